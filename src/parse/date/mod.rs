//! Date lines: every shape of FORMAT.md to an ISO 8601 stamp, in the languages whose month
//! names, labels and small words the lexicon holds (`lexicon/dates.rs`): `Jan 14, 2026`,
//! `12 de março de 2025 às 14h30`, `Veröffentlicht am 12. März 2025, 14:30 Uhr`,
//! `Rabu, 12 Maret 2025 14:30 WIB`, `12 марта 2025 г., 14:30`, `2026년 1월 14일` ….
//!
//! A line is a date line when, after its dates, times, zones and labels are taken out, at most
//! a few words are left (a byline after `by`, a separator). Prose that mentions a date is not.
//!
//! The pieces: `stamp` reads one date with its time at a place in the line, `named` the dates
//! with a month name, `numeric` the dates in digits, `leftover` judges the words left beside
//! the stamps.

mod leftover;
mod named;
mod numeric;
mod scan;
mod stamp;

pub(super) use scan::{digits_at, skip_spaces, word_at};

use leftover::Label;

/// What a date line says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateLine {
    /// The publication stamp (labelled so, or the only one).
    pub published: Option<String>,
    /// An update stamp, used only when nothing says published.
    pub updated: Option<String>,
    /// A name after `by` on the same line (`Posted on … by Jane Doe`).
    pub byline: Option<String>,
}

impl DateLine {
    pub fn best(&self) -> Option<&String> {
        self.published.as_ref().or(self.updated.as_ref())
    }
}

/// How a numeric date whose parts could be either way round (`03/04/2026`) is read. A date
/// that can be read one way only (`18/03/2026`, `03/18/2026`) is read that way under both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NumericOrder {
    /// Slashes month first (`03/04/2026` is March 4th), dots and dashes day first
    /// (`03.04.2026` is April 3rd): the reading of English pages.
    #[default]
    MonthFirst,
    /// Day first whatever the separator (`03/04/2026` is April 3rd): the reading of pages in
    /// most other languages.
    DayFirst,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Date {
    year: u32,
    month: u32,
    day: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Time {
    pub(super) hour: u32,
    pub(super) minute: u32,
    pub(super) second: Option<u32>,
}

/// Longest line taken for a date line.
const MAX_DATE_LINE: usize = 160;

/// Parses a date line, numeric dates read as [`NumericOrder::MonthFirst`]; `None` for lines
/// that are not one.
pub fn parse_line(line: &str) -> Option<DateLine> {
    parse_line_in(line, NumericOrder::MonthFirst)
}

/// Parses a date line, reading numeric dates that could be either way round in `order`;
/// `None` for lines that are not one.
pub fn parse_line_in(line: &str, order: NumericOrder) -> Option<DateLine> {
    if line.len() > MAX_DATE_LINE || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut result = DateLine::default();
    let mut leftover = String::new();
    let mut pos = 0;
    let mut last_end = 0;
    let mut found_any = false;
    while pos < line.len() {
        if !starts_token(line, pos) {
            pos += next_char_len(line, pos);
            continue;
        }
        // Most words of a line are no month or weekday: passed whole, with one look-up.
        if let Some(end) = named::plain_word_end(line, pos) {
            pos = end;
            continue;
        }
        let Some((stamp, end)) = stamp::stamp_at(line, pos, order) else {
            pos += next_char_len(line, pos);
            continue;
        };
        let before = &line[last_end..pos];
        // Only the words left matter, apart: nothing is kept (or allocated) for an empty piece.
        if !before.is_empty() {
            leftover.push_str(before);
            leftover.push(' ');
        }
        let label = leftover::label_of(before);
        found_any = true;
        match label {
            Label::Updated => result.updated = result.updated.or(Some(stamp)),
            Label::Published => result.published = result.published.or(Some(stamp)),
            // An unlabelled stamp after an update stamp is the other one of the pair.
            Label::None if result.published.is_none() => result.published = Some(stamp),
            Label::None => {}
        }
        pos = end;
        last_end = end;
    }
    if !found_any {
        return None;
    }
    leftover.push_str(&line[last_end..]);
    result.byline = leftover::byline_of_date_line(line, &leftover)?;
    Some(result)
}

fn next_char_len(s: &str, pos: usize) -> usize {
    if s.as_bytes()[pos].is_ascii() {
        return 1;
    }
    s[pos..].chars().next().map_or(1, char::len_utf8)
}

/// A date may start at a digit or a letter that does not follow a digit or a letter of a
/// script that spaces its words (Latin, Greek, Cyrillic): `Выпуск12.03.2025` holds no date, as
/// `Issue12.03.2025` does not. After Korean and Japanese letters every position is a start
/// (`配信午後3時`).
/// Answered from the bytes for ASCII: this runs at every position of every short line with a
/// digit. `pos` is a char boundary, so the byte before it is ASCII only if that char is.
fn starts_token(s: &str, pos: usize) -> bool {
    let bytes = s.as_bytes();
    let Some(&b) = bytes.get(pos) else { return false };
    if pos > 0 {
        let before = bytes[pos - 1];
        if before.is_ascii_alphanumeric()
            || (!before.is_ascii() && s[..pos].chars().next_back().is_some_and(scan::is_spaced_letter))
        {
            return false;
        }
    }
    if b.is_ascii() {
        return b.is_ascii_alphanumeric();
    }
    s[pos..].chars().next().is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_languages;
