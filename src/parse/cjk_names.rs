//! Korean and Japanese names an article gives in full, found beside their titles (`이재명
//! 대통령`, `다카이치 사나에 일본 총리`, `마크 헤이든(Mark Hayden)`, `高市早苗首相`), and Japanese
//! organisations' names (`金沢地方気象台`), so that a shorter mention resolves to them.

use super::cjk_words::{
    is_hangul_word, is_korean_name, is_org_or_country, kanji_run_end, strip_parens, without_country,
};
use super::lexicon::{JAPANESE_TITLES, ORG_ENDINGS_JA};

/// The name right before a title word, skipping a country or an organisation: one word for a
/// Korean name, two for a foreign one (`다카이치 사나에 일본 총리`).
pub(super) fn korean_name_before(tokens: &[&str]) -> Option<String> {
    let mut i = tokens.len();
    while i > 0 && is_org_or_country(tokens[i - 1]) {
        i -= 1;
    }
    // `정태원 한은 총재`: a Korean name a word or two before the title.
    for t in tokens[..i].iter().rev().take(3) {
        let word = strip_parens(t);
        if is_korean_name(&word) {
            return Some(word);
        }
    }
    let last = strip_parens(tokens.get(i.checked_sub(1)?)?);
    if !is_hangul_word(&last) {
        return None;
    }
    let first = i.checked_sub(2).map(|j| strip_parens(tokens[j]));
    // A foreign name is two words; the first does not end in a particle (`통화는 다카이치`).
    let particle =
        |w: &str| ["은", "는", "을", "를", "의", "로", "와", "과", "도", "만", "에서"].iter().any(|p| w.ends_with(p));
    match first {
        // Both parts of a foreign name have two syllables or more (`이에 대해 윤 사장` is not one).
        Some(f)
            if is_hangul_word(&f)
                && !is_korean_name(&f)
                && f.chars().count() >= 2
                && last.chars().count() >= 2
                && !particle(&f) =>
        {
            Some(format!("{f} {last}"))
        }
        _ => None,
    }
}

/// `마크 헤이든(Mark Hayden)`: as many Hangul words before the brackets as the English name
/// has. Every such name in `text`, in order.
pub(super) fn korean_with_english(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for (open, _) in text.match_indices('(') {
        let Some(close) = text[open..].find(')').map(|c| open + c) else { continue };
        let english = &text[open + 1..close];
        let count = english.split_whitespace().count();
        let capitalised = english.split_whitespace().all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
        if !(2..=4).contains(&count) || !capitalised {
            continue;
        }
        let mut before: Vec<&str> = text[..open].split_whitespace().rev().take(count).collect();
        if before.len() < count {
            continue;
        }
        before.reverse();
        let parts = &before[..];
        if parts.iter().all(|p| is_hangul_word(p)) {
            names.push(parts.join(" "));
        }
    }
    names
}

/// `…答える高市早苗首相＝…` -> `高市早苗`: names before a title word.
pub(super) fn japanese_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for title in JAPANESE_TITLES {
        for (i, _) in text.match_indices(title) {
            // `長官` inside `林芳正官房長官` is the end of a longer title, which finds the name.
            let upto = &text[..i + title.len()];
            if JAPANESE_TITLES.iter().any(|t| t.len() > title.len() && upto.ends_with(t)) {
                continue;
            }
            let mut stem = &text[..i];
            // Stacked titles: `佐野由紀子主任` before `研究員`.
            while let Some(t) = JAPANESE_TITLES.iter().filter(|t| stem.ends_with(*t)).max_by_key(|t| t.len()) {
                stem = &stem[..stem.len() - t.len()];
            }
            let name = kanji_run_end(without_country(stem));
            if (2..=12).contains(&name.chars().count()) {
                names.push(name.to_string());
            }
        }
    }
    names
}

/// Organisations' names in Japanese text: kanji and katakana runs ending in an organisation's
/// word (`金沢地方気象台`, `中日本高速道路`).
pub(super) fn japanese_organisations(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for ending in ORG_ENDINGS_JA.iter().filter(|e| e.chars().count() > 1 || **e == "台" || **e == "庁" || **e == "省")
    {
        for (i, _) in text.match_indices(ending) {
            let name = kanji_run_end(&text[..i + ending.len()]);
            if name.chars().count() > ending.chars().count() {
                out.push(name.to_string());
            }
        }
    }
    out
}
