//! A range of publication dates, as a reader types it (`2026-01`, `2026-01-05..2026-01-20`,
//! `since 2025-12`, `last 7 days`) or gives it on the command line (`--since`, `--until`), and
//! the articles published in it, found from the dates' sort keys without reading an article.
//!
//! Dates are compared as the articles state them: `2026-01-14T23:30-05:00` is on the 14th,
//! whatever the reader's zone. Articles without a date are outside every range.

use chrono::{Datelike, Days, Months, NaiveDate};
use thiserror::Error;

use super::DateKey;
use crate::parse::date::parse_line;
use crate::parse::lexicon::MONTHS;

/// Days from `since` to `until`, both included; either may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateRange {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
}

/// Why a date range could not be read; said in words for the status bar and stderr.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("cannot read “{0}” as a date: try 2026-01, 2026-01-05..2026-01-20 or last 7 days")]
    Unreadable(String),
    #[error("there is no day {0}")]
    NoSuchDay(String),
    #[error("there is no month {0}: months go from 1 to 12")]
    NoSuchMonth(String),
    #[error("the range ends ({until}) before it starts ({since})")]
    Backwards { since: NaiveDate, until: NaiveDate },
    #[error("“{0}” counts from today, and today's date is not known")]
    NoToday(String),
}

/// Words that separate the two ends of a range, tried in this order.
const RANGE_SEPARATORS: &[&str] = &["..", " to ", " – ", " — ", " - ", "~", "〜", "～", "–", "—"];

impl DateRange {
    /// A range as the reader types it: a period (`2026`, `2026-01`, `2026-01-14`, `Jan 2026`,
    /// `14 January 2026`, `2026년 1월`, `today`, `this month`, `last 7 days`), two ends
    /// (`A..B`, `A to B`, `from A to B`; either end may be left out), or one bound (`since A`,
    /// `from A`, `after A`, `until A`, `till A`, `before A`). The empty text is no range.
    /// `today` is needed only for the periods that count from it.
    pub fn parse(text: &str, today: Option<NaiveDate>) -> Result<DateRange, DateError> {
        let lower = text.trim().to_lowercase();
        let t = lower.as_str();
        if t.is_empty() {
            return Ok(DateRange::default());
        }
        let range = if let Some(rest) = t.strip_prefix("from ") {
            match split_range(rest) {
                Some((a, b)) => two_ends(a, b, today)?,
                None => DateRange { since: Some(period(rest, today)?.0), until: None },
            }
        } else if let Some(rest) = t.strip_prefix("since ") {
            DateRange { since: Some(period(rest, today)?.0), until: None }
        } else if let Some(rest) = t.strip_prefix("after ") {
            DateRange { since: period(rest, today)?.1.succ_opt(), until: None }
        } else if let Some(rest) = t.strip_prefix("until ").or_else(|| t.strip_prefix("till ")) {
            DateRange { since: None, until: Some(period(rest, today)?.1) }
        } else if let Some(rest) = t.strip_prefix("before ") {
            DateRange { since: None, until: period(rest, today)?.0.pred_opt() }
        } else if let Some((a, b)) = split_range(t) {
            two_ends(a, b, today)?
        } else {
            let (since, until) = period(t, today)?;
            DateRange { since: Some(since), until: Some(until) }
        };
        range.checked()
    }

    /// `--since TEXT`: from the first day of the period `text` names.
    pub fn parse_since(text: &str, today: Option<NaiveDate>) -> Result<NaiveDate, DateError> {
        Ok(period(&text.trim().to_lowercase(), today)?.0)
    }

    /// `--until TEXT`: to the last day of the period `text` names.
    pub fn parse_until(text: &str, today: Option<NaiveDate>) -> Result<NaiveDate, DateError> {
        Ok(period(&text.trim().to_lowercase(), today)?.1)
    }

    /// The range from `since` to `until`, when it does not end before it starts.
    pub fn checked(self) -> Result<DateRange, DateError> {
        match (self.since, self.until) {
            (Some(since), Some(until)) if until < since => Err(DateError::Backwards { since, until }),
            _ => Ok(self),
        }
    }

    /// Whether the range leaves every article in.
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether an article published at `published` (ISO 8601) is in the range.
    pub fn contains(&self, published: Option<&str>) -> bool {
        self.is_open() || self.holds(DateKey::of(published).key)
    }

    /// Whether a date's sort key ([`DateKey`]) is in the range (an open range holds all).
    pub(super) fn holds(&self, key: u128) -> bool {
        self.keys().holds(key)
    }

    /// The range as bounds on sort keys, worked out once for testing many dates.
    pub(super) fn keys(&self) -> KeyRange {
        KeyRange { open: self.is_open(), from: self.since.map(day_key), below: self.until.map(after_key) }
    }

    /// The range as the status bar says it: `2026-01-01–2026-01-31`, `2026-01-14`,
    /// `since 2026-01-01`, `until 2026-01-31`.
    pub fn label(&self) -> String {
        match (self.since, self.until) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}–{b}"),
            (Some(a), None) => format!("since {a}"),
            (None, Some(b)) => format!("until {b}"),
            (None, None) => String::new(),
        }
    }

    /// The range as [`DateRange::parse`] reads it back: `2026-01-01..2026-01-31`, `2026-01-01..`.
    pub fn text(&self) -> String {
        match (self.since, self.until) {
            (None, None) => String::new(),
            (a, b) => format!(
                "{}..{}",
                a.map(|d| d.to_string()).unwrap_or_default(),
                b.map(|d| d.to_string()).unwrap_or_default()
            ),
        }
    }
}

/// `A..B` and the like: the two ends, either of which may be empty (not both).
fn split_range(t: &str) -> Option<(&str, &str)> {
    for sep in RANGE_SEPARATORS {
        if let Some((a, b)) = t.split_once(sep) {
            let (a, b) = (a.trim(), b.trim());
            if !(a.is_empty() && b.is_empty()) {
                return Some((a, b));
            }
        }
    }
    None
}

fn two_ends(a: &str, b: &str, today: Option<NaiveDate>) -> Result<DateRange, DateError> {
    let since = if a.is_empty() { None } else { Some(period(a, today)?.0) };
    let until = if b.is_empty() { None } else { Some(period(b, today)?.1) };
    Ok(DateRange { since, until })
}

/// The first and last day of the period `t` (lower case) names.
fn period(t: &str, today: Option<NaiveDate>) -> Result<(NaiveDate, NaiveDate), DateError> {
    let t = t.trim();
    if let Some(found) = relative(t, today)? {
        return Ok(found);
    }
    if let Some(found) = calendar(t)? {
        return Ok(found);
    }
    // Any other shape the article parser reads as a date line (`Wed 14 Jan 2026`, `2026년 1월
    // 14일`, `14 janvier 2026`, …): its day.
    let day = parse_line(t)
        .and_then(|line| line.best().cloned())
        .and_then(|iso| NaiveDate::parse_from_str(iso.get(..10)?, "%Y-%m-%d").ok());
    day.map(|d| (d, d)).ok_or_else(|| DateError::Unreadable(t.to_string()))
}

/// Periods counted from today: `today`, `yesterday`, `this week|month|year`,
/// `last [N] day(s)|week(s)|month(s)|year(s)` (ending today); `None` for other text.
fn relative(t: &str, today: Option<NaiveDate>) -> Result<Option<(NaiveDate, NaiveDate)>, DateError> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let is_relative = matches!(words.as_slice(), ["today" | "yesterday"] | ["this" | "past" | "last", ..]);
    if !is_relative {
        return Ok(None);
    }
    let Some(today) = today else { return Err(DateError::NoToday(t.to_string())) };
    let unreadable = || DateError::Unreadable(t.to_string());
    let found = match words.as_slice() {
        ["today"] => (today, today),
        ["yesterday"] => {
            let day = today.pred_opt().ok_or_else(unreadable)?;
            (day, day)
        }
        ["this", "week"] => (today - Days::new(u64::from(today.weekday().num_days_from_monday())), today),
        ["this", "month"] => (today.with_day(1).ok_or_else(unreadable)?, today),
        ["this", "year"] => (NaiveDate::from_ymd_opt(today.year(), 1, 1).ok_or_else(unreadable)?, today),
        ["last" | "past", rest @ ..] => {
            let (n, unit) = match rest {
                [unit] => (1, *unit),
                [n, unit] => (n.parse::<u32>().map_err(|_| unreadable())?, *unit),
                _ => return Err(unreadable()),
            };
            if n == 0 {
                return Err(unreadable());
            }
            let start = match unit.trim_end_matches('s') {
                "day" => today.checked_sub_days(Days::new(u64::from(n) - 1)),
                "week" => today.checked_sub_days(Days::new(u64::from(n) * 7 - 1)),
                "month" => today.checked_sub_months(Months::new(n)).and_then(|d| d.succ_opt()),
                "year" => today.checked_sub_months(Months::new(n.saturating_mul(12))).and_then(|d| d.succ_opt()),
                _ => return Err(unreadable()),
            };
            (start.ok_or_else(unreadable)?, today)
        }
        _ => return Err(unreadable()),
    };
    Ok(Some(found))
}

/// A year, a month or a day written with numbers and month names: `2026`, `2026-01`,
/// `2026/1/14`, `2026.01.14`, `jan 2026`, `14 january 2026`, `january 14, 2026`, `2026년 1월`,
/// `2026年1月14日`. `None` when the text is not made only of such pieces; an error for a day
/// that does not exist.
fn calendar(t: &str) -> Result<Option<(NaiveDate, NaiveDate)>, DateError> {
    let (mut numbers, mut month_word) = (Vec::new(), None);
    let separator = |c: char| !c.is_alphanumeric() || matches!(c, '年' | '月' | '日' | '년' | '월' | '일');
    for token in t.split(separator).filter(|s| !s.is_empty()) {
        let digits = token.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &token[digits.len()..];
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
                return Ok(None);
            }
            numbers.push(digits);
        } else if let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| *name == token) {
            if month_word.replace(m).is_some() {
                return Ok(None);
            }
        } else {
            return Ok(None);
        }
    }
    // The year is the number of four digits; with no month word, numbers go year, month, day.
    let Some(at) = numbers.iter().position(|n| n.len() == 4) else { return Ok(None) };
    let year: i32 = numbers.remove(at).parse().unwrap_or(0);
    let small: Vec<u32> = numbers.iter().filter_map(|n| n.parse().ok()).collect();
    let (month, day) = match (month_word, small.as_slice(), at) {
        (None, [], _) => (None, None),
        (None, [m], 0) => (Some(*m), None),
        (None, [m, d], 0) => (Some(*m), Some(*d)),
        (Some(m), [], _) => (Some(m), None),
        (Some(m), [d], _) => (Some(m), Some(*d)),
        _ => return Ok(None),
    };
    if month.is_some_and(|m| !(1..=12).contains(&m)) {
        return Err(DateError::NoSuchMonth(t.to_string()));
    }
    let no_such = || DateError::NoSuchDay(t.to_string());
    let found = match (month, day) {
        (None, _) => {
            let first = NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(no_such)?;
            (first, NaiveDate::from_ymd_opt(year, 12, 31).ok_or_else(no_such)?)
        }
        (Some(m), None) => {
            let first = NaiveDate::from_ymd_opt(year, m, 1).ok_or_else(no_such)?;
            let next = first.checked_add_months(Months::new(1)).ok_or_else(no_such)?;
            (first, next.pred_opt().ok_or_else(no_such)?)
        }
        (Some(m), Some(d)) => {
            let day = NaiveDate::from_ymd_opt(year, m, d).ok_or_else(no_such)?;
            (day, day)
        }
    };
    Ok(Some(found))
}

/// The sort key of the first moment of `day`.
fn day_key(day: NaiveDate) -> u128 {
    DateKey::of(Some(&day.format("%Y-%m-%d").to_string())).key
}

/// The sort key of the first moment after `day`.
fn after_key(day: NaiveDate) -> u128 {
    day.succ_opt().map_or(u128::MAX, day_key)
}

/// A [`DateRange`] as bounds on [`DateKey`]s: the first moment of its first day, the first
/// moment after its last day.
#[derive(Debug, Clone, Copy)]
pub(super) struct KeyRange {
    open: bool,
    from: Option<u128>,
    below: Option<u128>,
}

impl KeyRange {
    /// Whether a date's sort key is in the range.
    pub(super) fn holds(&self, key: u128) -> bool {
        // 0 is no date; 1 an empty one.
        self.open || (key > 1 && self.from.is_none_or(|k| key >= k) && self.below.is_none_or(|k| key < k))
    }
}

#[cfg(test)]
#[path = "dates_tests.rs"]
mod tests;
