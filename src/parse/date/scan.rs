//! The small scanners the date readers share: digits, letters, spaces, ordinals and the
//! separators between a date and its time, and the check that a date exists.

use super::Date;
use crate::parse::lexicon::{self, TIME_LINKS};

/// Whether `c` is a letter of a script with case that spaces its words (Latin, Greek,
/// Cyrillic): the scripts of every month and weekday name, whose words are read whole.
pub(super) fn is_spaced_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(c, '\u{C0}'..='\u{24F}' | '\u{370}'..='\u{52F}' | '\u{1E00}'..='\u{1FFF}') && c.is_alphabetic()
}

/// The letters of [`is_spaced_letter`] at `pos`, and where they end.
pub(super) fn letters_at(s: &str, pos: usize) -> (&str, usize) {
    let bytes = s.as_bytes();
    let mut end = pos;
    while let Some(&b) = bytes.get(end) {
        if b.is_ascii_alphabetic() {
            end += 1;
            continue;
        }
        if b.is_ascii() {
            break;
        }
        match s[end..].chars().next() {
            Some(c) if is_spaced_letter(c) => end += c.len_utf8(),
            _ => break,
        }
    }
    (&s[pos..end], end)
}

/// The ASCII letters at `pos`, and where they end (a character boundary: every byte before it
/// is an ASCII letter).
pub(in crate::parse) fn word_at(s: &str, pos: usize) -> (&str, usize) {
    let len = s.as_bytes()[pos..].iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(s.len() - pos);
    (&s[pos..pos + len], pos + len)
}

/// The number of at most `max` (at most 9) ASCII digits at `pos`, how many digits, and its end.
pub(in crate::parse) fn digits_at(s: &str, pos: usize, max: usize) -> Option<(u32, usize, usize)> {
    let (mut value, mut len) = (0u32, 0);
    for &b in s.as_bytes().get(pos..)? {
        if !b.is_ascii_digit() {
            break;
        }
        len += 1;
        if len > max.min(9) {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
    }
    (len > 0).then_some((value, len, pos + len))
}

pub(in crate::parse) fn skip_spaces(s: &str, pos: usize) -> usize {
    pos + (s[pos..].len() - s[pos..].trim_start().len())
}

/// Skips the ordinal after a day: `14th`, French `1er`, Portuguese `1º`.
pub(super) fn skip_ordinal(s: &str, end: usize) -> usize {
    ["st", "nd", "rd", "th", "er", "º", "°"].iter().find(|o| s[end..].starts_with(*o)).map_or(end, |o| end + o.len())
}

pub(super) fn valid(year: u32, month: u32, day: u32) -> Option<Date> {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1900..=2100).contains(&year) && (1..=days).contains(&day)).then_some(Date { year, month, day })
}

/// Skips what may stand between a date and its time: punctuation, ISO's `T`, and the words of
/// [`TIME_LINKS`] (`at`, `às`, `a las`, `um`, `alle`, `pukul`, `г. в`). Says whether such a
/// word was there: after one, `14.30` is a time.
pub(super) fn skip_separators(s: &str, mut pos: usize) -> (usize, bool) {
    let mut linked = false;
    loop {
        let rest = &s[pos..];
        let trimmed = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '|' | '/' | '·' | '•' | '(')
        });
        let mut next = s.len() - trimmed.len();
        if trimmed.starts_with('T') && trimmed.as_bytes().get(1).is_some_and(u8::is_ascii_digit) {
            next += 1;
        } else if let Some(end) = link_word_end(s, next) {
            next = end;
            linked = true;
        }
        if next == pos {
            return (pos, linked);
        }
        pos = next;
    }
}

/// The end of a word of [`TIME_LINKS`] at `pos` (with its dot: `г.`), when a space or a comma
/// follows it.
fn link_word_end(s: &str, pos: usize) -> Option<usize> {
    let (word, end) = letters_at(s, pos);
    if word.is_empty() || !lexicon::contains_folded(&TIME_LINKS, word) {
        return None;
    }
    let end = if s[end..].starts_with('.') { end + 1 } else { end };
    s[end..].starts_with(|c: char| c.is_whitespace() || c == ',').then_some(end)
}
