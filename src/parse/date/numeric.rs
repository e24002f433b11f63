//! Dates in digits (`14/01/2026`, `14.01.2026`, `2026-01-14`, `2026년 1월 14일`), the entry to
//! every date form.

use super::named::{day_first, month_first};
use super::scan::{digits_at, skip_ordinal, skip_spaces, valid};
use super::{Date, NumericOrder};

/// One date at `pos`, in any form, and where it ends.
pub(super) fn date_at(s: &str, pos: usize, order: NumericOrder) -> Option<(Date, usize)> {
    if !s.as_bytes().get(pos)?.is_ascii_digit() {
        return month_first(s, pos);
    }
    let (first, len, end) = digits_at(s, pos, 4)?;
    if len == 4 {
        return ymd_at(s, first, end);
    }
    let end = skip_ordinal(s, end);
    if let Some(found) = day_first(s, first, end) {
        return Some(found);
    }
    day_month_year(s, first, end, order)
}

/// `14/01/2026`, `01/14/2026`, `14.01.2026`, `14-01-2026` after the first number (`first`,
/// ending at `end`).
fn day_month_year(s: &str, first: u32, end: usize, order: NumericOrder) -> Option<(Date, usize)> {
    let sep = s[end..].chars().next().filter(|c| matches!(c, '/' | '.' | '-'))?;
    let (second, _, end2) = digits_at(s, end + 1, 2)?;
    if !s[end2..].starts_with(sep) {
        return None;
    }
    let (year, 4, end3) = digits_at(s, end2 + 1, 4)? else { return None };
    let (month, day) = match (first > 12, second > 12) {
        (true, _) => (second, first),
        (_, true) => (first, second),
        // Either way round: slashes are American on English pages (month first), dots and
        // dashes European.
        _ if sep == '/' && order == NumericOrder::MonthFirst => (first, second),
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
