//! Small predicates on Korean and Japanese words, shared by the sentence patterns (`cjk`)
//! and the full names (`cjk_names`).

use super::lexicon::{KOREAN_COUNTRIES, KOREAN_ORG_ENDINGS, KOREAN_SURNAMES};
use super::text::is_cjk;

/// `이수빈(29)씨는` -> `이수빈씨는`, `최고경영자(CEO)` -> `최고경영자`.
pub fn strip_parens(word: &str) -> String {
    match (word.find('('), word.rfind(')')) {
        (Some(open), Some(close)) if open > 0 && close > open => format!("{}{}", &word[..open], &word[close + 1..]),
        _ => word.to_string(),
    }
}

pub fn is_hangul_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

pub fn is_korean_name(word: &str) -> bool {
    is_hangul_word(word)
        && word.chars().count() == 3
        && word.chars().next().is_some_and(|c| KOREAN_SURNAMES.contains(c))
}

pub fn is_org_or_country(word: &str) -> bool {
    KOREAN_COUNTRIES.contains(&word)
        || (is_hangul_word(word) && KOREAN_ORG_ENDINGS.iter().any(|e| word.ends_with(e)) && word.chars().count() >= 3)
}

/// `リチャード・コールマン米` (before `国務長官`): the country before a title is not the name.
pub fn without_country(name: &str) -> &str {
    match name.char_indices().next_back() {
        Some((i, c))
            if "米中韓英仏独露豪".contains(c)
                && name[..i].ends_with(|p: char| ('\u{30A0}'..='\u{30FF}').contains(&p)) =>
        {
            &name[..i]
        }
        _ => name,
    }
}

/// The run of kanji and katakana at the end of `text`.
pub fn kanji_run_end(text: &str) -> &str {
    let start =
        text.char_indices().rev().take_while(|(_, c)| is_kanji_or_katakana(*c)).last().map_or(text.len(), |(i, _)| i);
    &text[start..]
}

pub fn is_kanji_or_katakana(c: char) -> bool {
    matches!(c as u32, 0x4E00..=0x9FFF | 0x30A0..=0x30FF | 0x3400..=0x4DBF) && is_cjk(c) || c == '々'
}
