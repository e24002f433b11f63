//! Dates with a month name (`Jan 14, 2026`, `12 de março de 2025`, `12. März 2025`,
//! `12 марта 2025`) and the weekday names skipped beside them.

use super::Date;
use super::scan::{digits_at, letters_at, skip_ordinal, skip_separators, skip_spaces, valid};
use crate::parse::lexicon::{self, FOLD_MAX, MONTH_NAMES, WEEKDAYS};

/// Where the word at `pos` ends when no date can start with it: a word that is no month or
/// weekday name. `None` at a digit, a Korean or Japanese letter, or a calendar word.
pub(super) fn plain_word_end(s: &str, pos: usize) -> Option<usize> {
    let (word, end) = letters_at(s, pos);
    if word.is_empty() {
        return None;
    }
    let mut buf = [0u8; FOLD_MAX];
    // Longer than any list word: not a calendar word.
    let Some(lower) = lexicon::fold_into(word, &mut buf) else { return Some(end) };
    let calendar = MONTH_NAMES.get_lower(lower).is_some() || WEEKDAYS.contains_lower(lower);
    (!calendar).then_some(end)
}

/// Skips a weekday name (`Wed`, `Mittwoch,`, `sexta-feira,`) and the separators after it.
pub(super) fn skip_weekday(s: &str, pos: usize) -> usize {
    let (word, end) = letters_at(s, pos);
    if word.is_empty() {
        return pos;
    }
    // Portuguese names are compounds: `quarta-feira`.
    let compound = s[end..]
        .strip_prefix('-')
        .map(|_| letters_at(s, end + 1).1)
        .filter(|&e| e > end + 1 && lexicon::contains_folded(&WEEKDAYS, &s[pos..e]));
    let end = match compound {
        Some(e) => e,
        None if lexicon::contains_folded(&WEEKDAYS, word) => end,
        None => return pos,
    };
    let end = if s[end..].starts_with('.') { end + 1 } else { end };
    skip_separators(s, end).0
}

/// A month name at `pos` (its abbreviation's dot too): its number and where it ends.
fn month_at(s: &str, pos: usize) -> Option<(u32, usize)> {
    let (word, end) = letters_at(s, pos);
    if word.is_empty() {
        return None;
    }
    let month = MONTH_NAMES.get_folded(word)?;
    let end = if s[end..].starts_with('.') { end + 1 } else { end };
    Some((month, end))
}

/// `Jan 14, 2026`, `January 14th 2026`, `marzo 12 de 2025`.
pub(super) fn month_first(s: &str, pos: usize) -> Option<(Date, usize)> {
    let (month, end) = month_at(s, pos)?;
    let p = skip_spaces(s, end);
    let (day, _, end) = digits_at(s, p, 2)?;
    let end = skip_ordinal(s, end);
    let p = skip_spaces(s, s[end..].strip_prefix(',').map_or(end, |_| end + 1));
    let (year, 4, end) = digits_at(s, skip_de(s, p), 4)? else { return None };
    valid(year, month, day).map(|d| (d, end))
}

/// After a day's digits at `end` (and its ordinal): `14 January 2026`, `12 de março de 2025`,
/// `12 de marzo del 2025`, `12. März 2025`, `1er mars 2025`, `12 марта 2025`.
pub(super) fn day_first(s: &str, day: u32, end: usize) -> Option<(Date, usize)> {
    // German writes the day as an ordinal: `12. März`.
    let end = if s[end..].starts_with(". ") { end + 1 } else { end };
    let p = skip_spaces(s, end);
    if p == end {
        return None;
    }
    let (month, m_end) = month_at(s, skip_de(s, p))?;
    let p = skip_spaces(s, s[m_end..].strip_prefix(',').map_or(m_end, |_| m_end + 1));
    let (year, 4, y_end) = digits_at(s, skip_de(s, p), 4)? else { return None };
    valid(year, month, day).map(|d| (d, y_end))
}

/// Skips the Portuguese and Spanish `de ` / `del ` between a date's parts.
fn skip_de(s: &str, pos: usize) -> usize {
    let (word, end) = letters_at(s, pos);
    let de = word.eq_ignore_ascii_case("de") || word.eq_ignore_ascii_case("del");
    match de && s[end..].starts_with(char::is_whitespace) {
        true => skip_spaces(s, end),
        false => pos,
    }
}
