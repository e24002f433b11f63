//! Who said a quote in Korean (`이재명 대통령은 “…”라고 말했다`) and Japanese
//! (`高市早苗首相は「…」と述べた`) text, and the fullest form of a name (`이 대통령` -> `이재명`).

use super::cjk_names::{japanese_names, japanese_organisations, korean_name_before, korean_with_english};
use super::cjk_words::{
    is_hangul_word, is_kanji_or_katakana, is_korean_name, is_org_or_country, kanji_run_end, strip_parens,
    without_country,
};
use super::lexicon::KOREAN_PARTICLES;
use super::lexicon::KOREAN_TAILS;
use super::lexicon::ORG_ENDINGS_JA;
use super::lexicon::{ANONYMOUS, CJK_ORG_SUBJECTS, UNNAMED_ENDINGS_JA};
use super::lexicon::{JAPANESE_QUOTE_PARTICLES, JAPANESE_TITLES, KOREAN_QUOTE_ENDINGS, KOREAN_TITLES};
use super::quotes::Span;
use super::speakers::{Attribution, Who};

/// The Korean and Japanese names an article gives in full, and its organisations' names
/// (`金沢地方気象台` for a later `気象台`).
#[derive(Debug, Default)]
pub struct People {
    names: Vec<String>,
    organisations: Vec<String>,
}

impl People {
    pub fn scan(paragraphs: &[String], captions: &[String]) -> Self {
        let mut names = Vec::new();
        let mut organisations = Vec::new();
        for text in paragraphs.iter().chain(captions) {
            let tokens: Vec<&str> = text.split_whitespace().collect();
            for i in 0..tokens.len() {
                if is_korean_title(&strip_tail(tokens[i]))
                    && let Some(name) = korean_name_before(&tokens[..i])
                {
                    names.push(name);
                }
            }
            names.extend(korean_with_english(text));
            names.extend(japanese_names(text));
            organisations.extend(japanese_organisations(text));
        }
        names.sort();
        names.dedup();
        People { names, organisations }
    }

    /// The fullest name the article gives an organisation (`気象台` -> `金沢地方気象台`).
    pub fn resolve_organisation(&self, written: &str) -> String {
        let fuller = self.organisations.iter().filter(|n| n.ends_with(written)).max_by_key(|n| n.chars().count());
        fuller.cloned().unwrap_or_else(|| written.to_string())
    }

    /// The longest known name that `written` is the start or the family name of.
    pub fn resolve(&self, written: &str) -> String {
        self.names
            .iter()
            .filter(|n| {
                n.as_str() == written
                    || n.starts_with(written)
                    || n.split_whitespace().next_back() == Some(written)
                    || n.split_whitespace().next() == Some(written)
                    // `コールマン` in `リチャード・コールマン`: a foreign family name comes last.
                    || n.rsplit('・').next() == Some(written)
            })
            .max_by_key(|n| n.chars().count())
            .cloned()
            .unwrap_or_else(|| written.to_string())
    }
}

/// The attribution of a quote in Korean or Japanese text.
pub fn attribute(paragraphs: &[String], span: &Span) -> Option<Attribution> {
    let after = &paragraphs[span.end_paragraph][span.close..];
    let korean = KOREAN_QUOTE_ENDINGS.iter().any(|e| after.starts_with(e.trim_end()) || after.starts_with(e));
    let japanese = JAPANESE_QUOTE_PARTICLES.iter().any(|p| after.starts_with(p));
    let p = &paragraphs[span.paragraph];
    let before = unquoted(&p[sentence_start(p, span.open)..span.open]);
    // The rest of the sentence after the quote: `“…”라고 김민수 장관은 말했다`.
    let rest = &after[..after.find(['.', '。', '"', '“', '「']).unwrap_or(after.len())];
    let who = if japanese || span.style == super::quotes::Style::Corner {
        japanese_subject(&before).or_else(|| japanese_subject(rest.trim_start_matches(['と', 'も'])))
    } else {
        korean_subject(&before).or_else(|| {
            let ending = KOREAN_QUOTE_ENDINGS.iter().find(|e| rest.starts_with(e.trim_end()))?;
            korean_subject(&rest[ending.trim_end().len()..])
        })
    };
    let adjacent = korean || japanese;
    match who {
        Some(who) => Some(Attribution { who, adjacent }),
        // `“…”고 말했다` with the speaker in an earlier sentence: speech, said by who spoke last.
        None if adjacent => Some(Attribution { who: Who::Unstated, adjacent }),
        None => None,
    }
}

/// The named subject of the sentence before the one holding byte `at` (for `그는`).
pub fn previous_subject(paragraph: &str, at: usize) -> Option<String> {
    let this = sentence_start(paragraph, at);
    let before = paragraph[..this].trim_end().trim_end_matches(['。', '.', '!', '?']);
    let previous = sentence_start(before, before.len());
    match korean_subject(&unquoted(&before[previous..])) {
        Some(Who::Name(name)) => Some(name),
        _ => None,
    }
}

/// Text with quoted passages taken out (an earlier quote of the same sentence).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '“' | '「' => depth += 1,
            '”' | '」' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Start of the sentence holding byte `at`, at most a few hundred bytes back.
fn sentence_start(p: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(600);
    while !p.is_char_boundary(from) {
        from -= 1;
    }
    p[from..at]
        .rfind(['。', '.', '!', '?'])
        .map_or(from, |i| from + i + p[from + i..].chars().next().map_or(1, char::len_utf8))
}

fn strip_tail(word: &str) -> String {
    let word = strip_parens(word);
    KOREAN_TAILS.iter().find_map(|t| word.strip_suffix(t)).unwrap_or(&word).to_string()
}

fn is_korean_title(word: &str) -> bool {
    !word.is_empty() && (KOREAN_TITLES.iter().any(|t| word.ends_with(t)) || word == "CEO")
}

/// The subject of a Korean sentence: `NAME … TITLE은`, `NAME씨는`, `이 대통령은`. Words
/// ending in a particle are tried in order (`출근하는` is a verb form, not the subject).
fn korean_subject(before: &str) -> Option<Who> {
    let tokens: Vec<&str> = before.split_whitespace().collect();
    // `(서울=연합뉴스) 김민지 기자 =` is the dateline and byline, not the sentence.
    let from = tokens.iter().rposition(|t| *t == "=" || t.ends_with('=')).map_or(0, |i| i + 1);
    for k in from..tokens.len() {
        let stem = strip_parens(tokens[k]);
        if !(KOREAN_PARTICLES.iter().any(|p| stem.ends_with(p)) && stem.chars().count() >= 2) {
            continue;
        }
        if let Some(who) = korean_subject_at(&tokens[from..=k]) {
            return Some(who);
        }
    }
    None
}

/// The subject phrase `tokens`, whose last word carries the particle.
fn korean_subject_at(tokens: &[&str]) -> Option<Who> {
    let k = tokens.len() - 1;
    let stem = strip_tail(tokens[k]);
    let stem = stem.as_str();
    // `한 소화기내과 전문의는` (a specialist): someone unnamed.
    let indefinite = tokens[..k].iter().rev().take(3).any(|t| *t == "한");
    // `한 반도체 업체 임원은` (an executive of a chip maker): someone unnamed, even when a word
    // before it looks like a name (`반도체` starts with the surname 반).
    let unnamed = indefinite && (!is_korean_title(stem) || !tokens[..k].iter().any(|t| is_korean_name(t)));
    if ANONYMOUS.iter().any(|a| stem.ends_with(a)) || unnamed {
        return Some(Who::Nobody);
    }
    // `검찰은`, `대통령실은`: an organisation speaks under its name.
    if CJK_ORG_SUBJECTS.iter().any(|o| stem.ends_with(o)) {
        return Some(Who::Org(stem.to_string()));
    }
    // `그는` (he), `그녀는` (she): whoever the sentence before was about.
    if matches!(stem, "그" | "그녀") {
        return Some(Who::Unstated);
    }
    // `이수빈(29)씨는`: the title is part of the word (`노조위원장` is a title, not `노조` + one).
    if let Some(t) = KOREAN_TITLES.iter().find(|t| stem.ends_with(*t) && stem.len() > t.len()) {
        let name = strip_parens(&stem[..stem.len() - t.len()]);
        let honorific = *t == "씨";
        let named =
            is_korean_name(&name) || (honorific && is_hangul_word(&name) && (2..=4).contains(&name.chars().count()));
        if named && !is_korean_title(&name) {
            return Some(Who::Name(name));
        }
    }
    if is_korean_title(stem) {
        if let Some(name) = korean_with_english(&tokens[..k].join(" ")).pop() {
            return Some(Who::Name(name));
        }
        // The name nearest the title: `윤도현 행정안전부 본부장은`, `이 대통령은`.
        for t in tokens[..k].iter().rev() {
            let word = strip_parens(t);
            if is_korean_name(&word) {
                return Some(Who::Name(word));
            }
        }
        // `윤 전 대통령은`: `전` (former), `현` (current) and `신임` (new) qualify the title.
        let last = tokens[..k]
            .iter()
            .rev()
            .map(|t| strip_parens(t))
            .find(|t| !KOREAN_TITLE_QUALIFIERS.contains(&t.as_str()))?;
        return (is_hangul_word(&last) && !is_org_or_country(&last)).then_some(Who::Name(last));
    }
    is_korean_name(stem).then(|| Who::Name(stem.to_string()))
}

/// Words between a name and its title that qualify the title.
const KOREAN_TITLE_QUALIFIERS: &[&str] = &["전", "현", "신임", "前"];

/// Japanese topic or subject: the name before `は` / `が`, its title (`首相`, `さん`) removed.
/// Japanese news names a person with a title or `さん`/`氏`: a subject without one
/// (`気象台は`, `中日本高速道路は`, `70代の女性は`) is an organisation or someone unnamed.
fn japanese_subject(before: &str) -> Option<Who> {
    for particle in ['は', 'が'] {
        for (i, _) in before.match_indices(particle) {
            // `鈴木一郎さん（45）は`: the age in brackets sits between the name and the particle,
            // and says the subject is a person.
            let stem = strip_trailing_brackets(&before[..i]);
            let aged = stem.len() < before[..i].trim_end().len();
            let Some(last) = stem.chars().next_back() else { continue };
            if !(is_kanji_or_katakana(last) || stem.ends_with("さん") || stem.ends_with("氏")) {
                continue;
            }
            // `ある外資系証券のエコノミストは` (an economist at …): someone unnamed.
            if ANONYMOUS.iter().any(|a| stem.ends_with(a)) || stem.starts_with("ある") {
                return Some(Who::Nobody);
            }
            // Titles can stack: `主任研究員`, `代表取締役社長`.
            let mut untitled = stem;
            while let Some(t) = JAPANESE_TITLES.iter().filter(|t| untitled.ends_with(*t)).max_by_key(|t| t.len()) {
                untitled = &untitled[..untitled.len() - t.len()];
            }
            let untitled = without_country(untitled);
            let name = kanji_run_end(untitled);
            let titled = untitled.len() < stem.len() || aged;
            if titled && (2..=12).contains(&name.chars().count()) {
                return Some(Who::Name(name.to_string()));
            }
            // `70代の女性は`: someone unnamed; `気象台は`: an organisation, under its name;
            // `投球後は` (after pitching) is no subject at all, so keep looking.
            if UNNAMED_ENDINGS_JA.iter().any(|e| stem.ends_with(e)) {
                return Some(Who::Nobody);
            }
            if CJK_ORG_SUBJECTS.iter().any(|o| stem.ends_with(o)) || ORG_ENDINGS_JA.iter().any(|e| stem.ends_with(e)) {
                let name = kanji_run_end(stem);
                return (!name.is_empty()).then(|| Who::Org(name.to_string()));
            }
        }
    }
    None
}

fn strip_trailing_brackets(text: &str) -> &str {
    let trimmed = text.trim_end();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if trimmed.ends_with(close)
            && let Some(i) = trimmed.rfind(open)
        {
            return &trimmed[..i];
        }
    }
    trimmed
}

#[cfg(test)]
#[path = "cjk_tests.rs"]
mod tests;
