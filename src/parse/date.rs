//! Date lines: every shape of FORMAT.md to an ISO 8601 stamp.
//!
//! A line is a date line when, after its dates, times, zones and labels are taken out, at most
//! a few words are left (a byline after `by`, a separator). Prose that mentions a date is not.

use super::clock::{resolve_seasonal, time_at};
use super::lexicon::{self, DATE_FILLER, DATE_LINE_WORDS, MONTHS, PUBLISHED_LABELS, UPDATED_LABELS, WEEKDAYS};

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

/// Parses a date line; `None` for lines that are not one.
pub fn parse_line(line: &str) -> Option<DateLine> {
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
        let Some((stamp, end)) = stamp_at(line, pos) else {
            pos += next_char_len(line, pos);
            continue;
        };
        let before = &line[last_end..pos];
        // Only the words left matter, apart: nothing is kept (or allocated) for an empty piece.
        if !before.is_empty() {
            leftover.push_str(before);
            leftover.push(' ');
        }
        let label = label_of(before);
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
    let (extra_words, byline) = leftover_words(&leftover);
    // A labelled stamp (`Published`, `입력`) makes a date line even among other metadata:
    // `Published Jan 14, 2026 • Last updated 2 hours ago • 4 minute read`.
    if extra_words > 8 || (extra_words > 3 && label_of(line) == Label::None) {
        return None;
    }
    // `- Leases signed after Jan. 1, 2026`: lower-case words of a sentence around the date.
    if extra_words >= 2 && prose_words(&leftover) >= 2 && label_of(line) == Label::None {
        return None;
    }
    result.byline = byline.or_else(|| korean_reporter(&leftover)).or_else(|| name_segment(line));
    Some(result)
}

fn next_char_len(s: &str, pos: usize) -> usize {
    if s.as_bytes()[pos].is_ascii() {
        return 1;
    }
    s[pos..].chars().next().map_or(1, char::len_utf8)
}

/// A date may start at a digit or a letter that follows a non-alphanumeric character.
/// Answered from the bytes for ASCII: this runs at every position of every short line with a
/// digit. `pos` is a char boundary, so the byte before it is ASCII only if that char is.
fn starts_token(s: &str, pos: usize) -> bool {
    let bytes = s.as_bytes();
    let Some(&b) = bytes.get(pos) else { return false };
    if pos > 0 && bytes[pos - 1].is_ascii_alphanumeric() {
        return false;
    }
    if b.is_ascii() {
        return b.is_ascii_alphanumeric();
    }
    s[pos..].chars().next().is_some_and(char::is_alphanumeric)
}

#[derive(Debug, PartialEq, Eq)]
enum Label {
    Published,
    Updated,
    None,
}

fn label_of(before: &str) -> Label {
    // Every label is made of letters; most stamps have none before them (`Sep 28, 2023, 03:56`).
    if !before.chars().any(char::is_alphabetic) {
        return Label::None;
    }
    let lower = before.to_lowercase();
    let last = |labels: &[&str]| labels.iter().filter_map(|l| lower.rfind(l)).max();
    match (last(PUBLISHED_LABELS), last(UPDATED_LABELS)) {
        (Some(p), Some(u)) if p > u => Label::Published,
        (_, Some(_)) => Label::Updated,
        (Some(_), None) => Label::Published,
        (None, None) => Label::None,
    }
}

/// Counts the words left beside the dates that are not labels, and picks out `by NAME`.
fn leftover_words(leftover: &str) -> (usize, Option<String>) {
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
            !lexicon::contains(&DATE_FILLER, &w)
                && !PUBLISHED_LABELS.iter().chain(UPDATED_LABELS).any(|l| l.split(' ').any(|p| p == w) || w.contains(l))
        })
        .count();
    (words, byline)
}

/// Lower-case words beside the dates that a date line does not use (`signed`, `after`), as
/// opposed to names, places, fillers and reading times (`3 min read`, `2 hours ago`).
fn prose_words(leftover: &str) -> usize {
    leftover
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()))
        .filter(|w| !lexicon::contains(&DATE_FILLER, w) && !lexicon::contains(&DATE_LINE_WORDS, w))
        .count()
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

/// One date with an optional time and zone at `pos`, formatted; and where it ends.
fn stamp_at(s: &str, pos: usize) -> Option<(String, usize)> {
    // A time may come first: `8:05 PM EST, Wed January 14, 2026`.
    if let Some((time, zone, after_time)) = time_at(s, pos) {
        let date_pos = skip_separators(s, after_time);
        let date_pos = skip_weekday(s, date_pos);
        let (date, end) = date_at(s, date_pos)?;
        let zone = zone.map(|z| resolve_seasonal(&z, date.month));
        return Some((format_stamp(date, Some(time), zone.as_deref()), end));
    }
    let (date, end) = date_at(s, skip_weekday(s, pos))?;
    let time_pos = skip_weekday(s, skip_separators(s, end));
    match time_at(s, time_pos) {
        Some((time, zone, end)) => {
            let zone = zone.map(|z| resolve_seasonal(&z, date.month));
            Some((format_stamp(date, Some(time), zone.as_deref()), end))
        }
        None => Some((format_stamp(date, None, None), end)),
    }
}

fn format_stamp(date: Date, time: Option<Time>, zone: Option<&str>) -> String {
    // Written digit by digit into one buffer: `format!` cost more than the rest of the parse.
    let mut out = String::with_capacity(32);
    push_padded(&mut out, date.year, 4);
    out.push('-');
    push_padded(&mut out, date.month, 2);
    out.push('-');
    push_padded(&mut out, date.day, 2);
    if let Some(t) = time {
        out.push('T');
        push_padded(&mut out, t.hour, 2);
        out.push(':');
        push_padded(&mut out, t.minute, 2);
        if let Some(sec) = t.second {
            out.push(':');
            push_padded(&mut out, sec, 2);
        }
        if let Some(zone) = zone {
            out.push_str(zone);
        }
    }
    out
}

/// `n` in decimal, zero-padded to at least `width` digits (as `{:0width$}` writes it).
fn push_padded(out: &mut String, mut n: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in len..width {
        out.push('0');
    }
    out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
}

fn skip_separators(s: &str, mut pos: usize) -> usize {
    loop {
        let rest = &s[pos..];
        let trimmed = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '-' | '–' | '—' | '|' | '/' | '·' | '•' | '(')
        });
        let trimmed = trimmed.strip_prefix("at ").or_else(|| trimmed.strip_prefix("T")).unwrap_or(trimmed);
        let next = s.len() - trimmed.len();
        if next == pos {
            return pos;
        }
        pos = next;
    }
}

fn skip_weekday(s: &str, pos: usize) -> usize {
    let (word, end) = word_at(s, pos);
    // `word` is ASCII letters: folding it in place is the same as lower-casing a copy. Weekday
    // names are 3 to 9 letters; this runs before every date and time.
    if (3..=9).contains(&word.len()) && lexicon::contains_folded(&WEEKDAYS, word) {
        let end = if s[end..].starts_with('.') { end + 1 } else { end };
        return skip_separators(s, end);
    }
    pos
}

/// The ASCII letters at `pos`, and where they end (a character boundary: every byte before it
/// is an ASCII letter).
pub(super) fn word_at(s: &str, pos: usize) -> (&str, usize) {
    let len = s.as_bytes()[pos..].iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(s.len() - pos);
    (&s[pos..pos + len], pos + len)
}

/// The number of at most `max` (at most 9) ASCII digits at `pos`, how many digits, and its end.
pub(super) fn digits_at(s: &str, pos: usize, max: usize) -> Option<(u32, usize, usize)> {
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

fn month_at(s: &str, pos: usize) -> Option<(u32, usize)> {
    let (word, end) = word_at(s, pos);
    // Month names are lower-case ASCII (a test checks): comparing ignoring case needs no copy.
    let month = MONTHS.iter().find(|(name, _)| name.eq_ignore_ascii_case(word))?.1;
    let end = if s[end..].starts_with('.') { end + 1 } else { end };
    Some((month, end))
}

fn date_at(s: &str, pos: usize) -> Option<(Date, usize)> {
    if let Some((month, end)) = month_at(s, pos) {
        // Jan 14, 2026 / January 14th 2026
        let p = skip_spaces(s, end);
        let (day, _, end) = digits_at(s, p, 2)?;
        let end = skip_ordinal(s, end);
        let p = skip_spaces(s, s[end..].strip_prefix(',').map_or(end, |_| end + 1));
        let (year, 4, end) = digits_at(s, p, 4)? else { return None };
        return valid(year, month, day).map(|d| (d, end));
    }
    let (first, len, end) = digits_at(s, pos, 4)?;
    if len == 4 {
        return ymd_at(s, first, end);
    }
    let end = skip_ordinal(s, end);
    // 14 January 2026
    if let Some((month, m_end)) = month_at(s, skip_spaces(s, end)).filter(|_| s[end..].starts_with(' ')) {
        let p = skip_spaces(s, s[m_end..].strip_prefix(',').map_or(m_end, |_| m_end + 1));
        let (year, 4, y_end) = digits_at(s, p, 4)? else { return None };
        return valid(year, month, first).map(|d| (d, y_end));
    }
    // 14/01/2026, 01/14/2026, 14.01.2026
    let sep = s[end..].chars().next().filter(|c| matches!(c, '/' | '.' | '-'))?;
    let (second, _, end2) = digits_at(s, end + 1, 2)?;
    if !s[end2..].starts_with(sep) {
        return None;
    }
    let (year, 4, end3) = digits_at(s, end2 + 1, 4)? else { return None };
    let (month, day) = match (first > 12, second > 12) {
        (true, _) => (second, first),
        (_, true) => (first, second),
        // Ambiguous: slashes are American (month first), dots and dashes European.
        _ if sep == '/' => (first, second),
        _ => (second, first),
    };
    valid(year, month, day).map(|d| (d, end3))
}

/// After a four-digit year: `-01-14`, `.1.14.`, `/01/14`, `년 1월 14일`, `年1月14日`.
fn ymd_at(s: &str, year: u32, end: usize) -> Option<(Date, usize)> {
    let rest = &s[end..];
    for (year_mark, month_mark, day_mark) in [("년", "월", "일"), ("年", "月", "日")] {
        if let Some(r) = rest.strip_prefix(year_mark) {
            let p = skip_spaces(s, s.len() - r.len());
            let (month, _, m_end) = digits_at(s, p, 2)?;
            let p = skip_spaces(s, m_end + s[m_end..].strip_prefix(month_mark).map(|_| month_mark.len())?);
            let (day, _, d_end) = digits_at(s, p, 2)?;
            let d_end = d_end + s[d_end..].strip_prefix(day_mark).map_or(0, |_| day_mark.len());
            return valid(year, month, day).map(|d| (d, d_end));
        }
    }
    let sep = rest.chars().next().filter(|c| matches!(c, '-' | '.' | '/'))?;
    let (month, _, m_end) = digits_at(s, end + 1, 2)?;
    if !s[m_end..].starts_with(sep) {
        return None;
    }
    let (day, _, d_end) = digits_at(s, m_end + 1, 2)?;
    // Korean pages write `2026.01.14.`; a final dot belongs to the date.
    let d_end = if sep == '.' && s[d_end..].starts_with('.') { d_end + 1 } else { d_end };
    valid(year, month, day).map(|d| (d, d_end))
}

pub(super) fn skip_spaces(s: &str, pos: usize) -> usize {
    pos + (s[pos..].len() - s[pos..].trim_start().len())
}

fn skip_ordinal(s: &str, end: usize) -> usize {
    ["st", "nd", "rd", "th"].iter().find(|o| s[end..].starts_with(*o)).map_or(end, |o| end + o.len())
}

fn valid(year: u32, month: u32, day: u32) -> Option<Date> {
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

#[cfg(test)]
#[path = "date_tests.rs"]
mod tests;
