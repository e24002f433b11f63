//! The words beside a line's stamps: the labels that say which stamp is which, and whether
//! what is left makes the line metadata (a byline, a reading time) or a sentence.

use std::borrow::Cow;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::parse::lexicon::{self, DATE_FILLER, DATE_LINE_WORDS, PUBLISHED_LABELS, UPDATED_LABELS};

#[derive(Debug, PartialEq, Eq)]
pub(super) enum Label {
    Published,
    Updated,
    None,
}

/// The label standing last in `before` (the text before a stamp).
pub(super) fn label_of(before: &str) -> Label {
    let (mut published, mut updated) = (None, None);
    for (at, label) in labels_in(before) {
        let last = if label < PUBLISHED_LABELS.len() { &mut published } else { &mut updated };
        *last = (*last).max(Some(at));
    }
    match (published, updated) {
        (Some(p), Some(u)) if p > u => Label::Published,
        (_, Some(_)) => Label::Updated,
        (Some(_), None) => Label::Published,
        (None, None) => Label::None,
    }
}

/// Every label of [`PUBLISHED_LABELS`] then [`UPDATED_LABELS`] in one automaton: about sixty
/// labels in nine languages, looked for in one pass.
fn automaton() -> Option<&'static AhoCorasick> {
    static LABELS: OnceLock<Option<AhoCorasick>> = OnceLock::new();
    LABELS
        .get_or_init(|| {
            // A contiguous NFA: built in a fraction of a DFA's time, and the texts searched are
            // a line's few words.
            AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .ascii_case_insensitive(true)
                .build(PUBLISHED_LABELS.iter().chain(UPDATED_LABELS))
                .ok()
        })
        .as_ref()
}

/// The labels in `text`, overlapping ones too (`update` in `updated`): where each starts (in
/// `text` lower-cased) and its index in [`PUBLISHED_LABELS`] then [`UPDATED_LABELS`].
fn labels_in(text: &str) -> Vec<(usize, usize)> {
    // Every label is made of letters; most stamps have none before them (`Sep 28, 2023, 03:56`).
    let Some(automaton) = automaton().filter(|_| text.chars().any(char::is_alphabetic)) else {
        return Vec::new();
    };
    // The automaton ignores ASCII case; other letters are lower-cased first (`Опубликовано`).
    let lower = if text.is_ascii() { Cow::Borrowed(text) } else { Cow::Owned(text.to_lowercase()) };
    automaton.find_overlapping_iter(lower.as_ref()).map(|m| (m.start(), m.pattern().as_usize())).collect()
}

fn label_text(index: usize) -> &'static str {
    PUBLISHED_LABELS.get(index).or_else(|| UPDATED_LABELS.get(index - PUBLISHED_LABELS.len())).copied().unwrap_or("")
}

/// The byline the words beside the stamps hold (`None` inside when none); `None` when those
/// words make the line a sentence that mentions a date rather than a date line.
pub(super) fn byline_of_date_line(line: &str, leftover: &str) -> Option<Option<String>> {
    let labels: Vec<&str> = labels_in(leftover).into_iter().map(|(_, l)| label_text(l)).collect();
    let (extra_words, byline) = leftover_words(leftover, &labels);
    if extra_words >= 2 {
        // A labelled stamp (`Published`, `입력`) makes a date line even among other metadata:
        // `Published Jan 14, 2026 • Last updated 2 hours ago • 4 minute read`.
        let labelled = !labels.is_empty();
        if extra_words > 8 || (extra_words > 3 && !labelled) {
            return None;
        }
        // `- Leases signed after Jan. 1, 2026`: lower-case words of a sentence around the date.
        // A label does not save a sentence: `Le rapport publié le 12 mars 2025 montre que …`.
        let most = if labelled && !ends_sentence(line) { 3 } else { 1 };
        if prose_words(leftover, &labels) > most {
            return None;
        }
    }
    Some(byline.or_else(|| korean_reporter(leftover)).or_else(|| name_segment(line)))
}

/// Counts the words left beside the dates that are not `labels` or fillers, and picks out
/// `by NAME`.
fn leftover_words(leftover: &str, labels: &[&str]) -> (usize, Option<String>) {
    // Most date lines are their stamps and punctuation.
    if !leftover.chars().any(char::is_alphanumeric) {
        return (0, None);
    }
    let mut rest = leftover;
    let mut byline = None;
    if let Some(i) = find_word(leftover, "by") {
        let name = leftover[i + 2..].trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '|' | ',' | '-'));
        let name = name.split(['|', '·']).next().unwrap_or("").trim();
        if !name.is_empty() && name.split_whitespace().count() <= 5 {
            byline = Some(name.to_string());
        }
        rest = &leftover[..i];
    }
    let words = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .filter(|w| {
            let w = w.to_lowercase();
            !lexicon::contains(&DATE_FILLER, &w) && !is_label_word(labels, &w)
        })
        .count();
    (words, byline)
}

/// Whether the lower-case word `w` is one of `labels` or part of one (`mis` of `mis à jour`),
/// or holds one (`veröffentlichte` holds `veröffentlicht`).
fn is_label_word(labels: &[&str], w: &str) -> bool {
    labels.iter().any(|l| l.split(' ').any(|p| p == w) || w.contains(l))
}

/// Lower-case words beside the dates that a date line does not use (`signed`, `after`), as
/// opposed to names, places, `labels`, fillers and reading times (`3 min read`, `2 hours ago`).
fn prose_words(leftover: &str, labels: &[&str]) -> usize {
    leftover
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().nth(2).is_some() && w.chars().all(char::is_lowercase))
        .filter(|w| {
            !lexicon::contains(&DATE_FILLER, w) && !lexicon::contains(&DATE_LINE_WORDS, w) && !is_label_word(labels, w)
        })
        .count()
}

/// Whether the line ends as a sentence does: a word of three letters or more and a full stop
/// (`… è in vigore.`), not an abbreviation (`2025 г.`) or a stamp.
fn ends_sentence(line: &str) -> bool {
    let Some(rest) = line.trim_end().strip_suffix(['.', '!', '?']) else { return false };
    rest.chars().rev().take_while(|c| c.is_alphabetic()).nth(2).is_some()
}

/// `Amelia Dufresne · NBN News · Posted: …`: a segment of the date line that is a person's
/// name (two or three capitalised words, no digits, not the outlet).
fn name_segment(line: &str) -> Option<String> {
    // Without a separator the one segment is the whole line, which holds the date's digits.
    // A line without the bytes 0xB7 and 0xA2 holds neither `·` (C2 B7) nor `•` (E2 80 A2).
    if !line.bytes().any(|b| matches!(b, b'|' | 0xB7 | 0xA2)) {
        return None;
    }
    line.split(['·', '|', '•']).map(str::trim).find_map(|segment| {
        // Checked first: most segments beside a date hold its digits.
        if segment.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let words: Vec<&str> = segment.split_whitespace().collect();
        let name_like = (2..=3).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            })
            && !words.iter().any(|w| {
                ["News", "Times", "Post", "Daily", "Herald", "Press", "Posted", "Updated", "Published"].contains(w)
            });
        name_like.then(|| segment.to_string())
    })
}

/// `기자명 김도윤 기자` beside the date: the reporter's name.
fn korean_reporter(leftover: &str) -> Option<String> {
    if !leftover.contains("기자") {
        return None;
    }
    let words: Vec<&str> = leftover.split_whitespace().collect();
    let at = words.iter().position(|w| *w == "기자")?;
    let name = *words.get(at.checked_sub(1)?)?;
    let hangul = (2..=4).contains(&name.chars().count()) && name.chars().all(|c| ('가'..='힣').contains(&c));
    (hangul && name != "기자명").then(|| name.to_string())
}

/// Byte offset of `word` (ASCII, any case) standing as a word in `haystack`.
fn find_word(haystack: &str, word: &str) -> Option<usize> {
    let bytes = haystack.as_bytes();
    let n = word.len();
    (0..bytes.len().saturating_sub(n - 1)).filter(|&i| bytes[i..i + n].eq_ignore_ascii_case(word.as_bytes())).find(
        |&i| {
            let before_ok = haystack[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after_ok = haystack[i + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            before_ok && after_ok
        },
    )
}
