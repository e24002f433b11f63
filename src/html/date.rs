//! Dates as markup states them (`2026-01-14T08:05:00+09:00` in a meta tag, JSON-LD or a
//! `<time datetime>`) to the model's ISO form; anything else goes through the text parser's
//! date lines ([`crate::parse::date`]).

use crate::parse::date;

/// The model's form of a date from markup: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, plus an
/// offset when one is stated (`Z` is `+00:00`); `None` when it is no date.
pub fn normalise(value: &str) -> Option<String> {
    let value = value.trim();
    iso(value).or_else(|| date::parse_line(value).and_then(|d| d.best().cloned()))
}

/// `YYYY-MM-DD`, then optionally `T`/space and `HH:MM[:SS[.fraction]]`, then optionally `Z`,
/// `±HH:MM` or `±HHMM`.
fn iso(value: &str) -> Option<String> {
    let b = value.as_bytes();
    let digits = |from: usize, n: usize| -> Option<u32> {
        let part = b.get(from..from + n)?;
        part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |acc, d| acc * 10 + u32::from(d - b'0')))
    };
    let (year, month, day) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let mut out = format!("{year:04}-{month:02}-{day:02}");
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return (b.len() == 10).then_some(out);
    }
    let (hour, minute) = (digits(11, 2)?, digits(14, 2)?);
    if b.get(13) != Some(&b':') || hour > 23 || minute > 59 {
        return Some(out);
    }
    out.push_str(&format!("T{hour:02}:{minute:02}"));
    let mut at = 16;
    if b.get(16) == Some(&b':')
        && let Some(second) = digits(17, 2).filter(|s| *s <= 60)
    {
        out.push_str(&format!(":{second:02}"));
        at = 19;
        if b.get(at) == Some(&b'.') {
            at += 1;
            while b.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
            }
        }
    }
    match b.get(at) {
        Some(b'Z' | b'z') => out.push_str("+00:00"),
        Some(&sign @ (b'+' | b'-')) => {
            let hours = digits(at + 1, 2)?;
            let colon = usize::from(b.get(at + 3) == Some(&b':'));
            let minutes = digits(at + 3 + colon, 2).unwrap_or(0);
            if hours <= 14 && minutes < 60 {
                out.push_str(&format!("{}{hours:02}:{minutes:02}", sign as char));
            }
        }
        _ => {}
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_dates_become_the_models_form() {
        let cases = [
            ("2026-01-14", Some("2026-01-14")),
            ("2026-01-14T08:05", Some("2026-01-14T08:05")),
            ("2026-01-14T08:05:09Z", Some("2026-01-14T08:05:09+00:00")),
            ("2026-01-14T08:05:09.123-0500", Some("2026-01-14T08:05:09-05:00")),
            (" 2026-01-14 08:05:00+09:00 ", Some("2026-01-14T08:05:00+09:00")),
            ("2026-13-14", None),
            ("January 14, 2026 at 8:05 p.m. EST", Some("2026-01-14T20:05-05:00")),
            ("yesterday", None),
            ("", None),
        ];
        for (value, want) in cases {
            assert_eq!(normalise(value).as_deref(), want, "{value:?}");
        }
    }
}
