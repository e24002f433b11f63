//! Times of day and zones after (or before) a date: `08:05`, `8:05 p.m.`, `08.05 GMT`,
//! `14h30`, `14.30 Uhr`, `오후 3:20`, `8時05分`, `KST`, `+0900`, `UTC+9`, `МСК`.

use super::date::{Time, digits_at, skip_spaces, word_at};
use super::lexicon::{CYRILLIC_ZONES, SEASONAL_ZONES, ZONES};

/// `08:05`, `8:05:30`, `8:05 am`, `8 p.m.`, `08.05 GMT`, `14h30`, `14h`, `14:30 Uhr`, `14 Uhr`,
/// `오후 3:20`, `오전 8시 5분`, `午後3時5分`. `linked`: a word that leads to a time stands before
/// (`alle`, `pukul`), so `14.30` is one without a zone or `Uhr` after it.
pub(super) fn time_at(s: &str, pos: usize, linked: bool) -> Option<(Time, Option<String>, usize)> {
    let (meridiem_before, pos) = korean_japanese_meridiem(s, pos);
    let (hour, _, end) = digits_at(s, pos, 2)?;
    let (minute, second, end, bare_hour) = if let Some(r) =
        s[end..].strip_prefix(':').or_else(|| s[end..].strip_prefix('.'))
    {
        let dot = s[end..].starts_with('.');
        let (minute, 2, m_end) = digits_at(s, s.len() - r.len(), 2)? else { return None };
        let (second, end) = match s[m_end..].strip_prefix(':') {
            Some(r) => match digits_at(s, s.len() - r.len(), 2) {
                Some((sec, 2, e)) => (Some(sec), e),
                _ => (None, m_end),
            },
            None => (None, m_end),
        };
        // `08.05` is a time only with a zone, am/pm or `Uhr` after it, or a word that leads to a
        // time before it (else it may be a number).
        if dot && !linked && !has_zone_or_meridiem(s, end) && uhr_at(s, end).is_none() {
            return None;
        }
        (minute, second, end, false)
    } else if let Some(r) = s[end..].strip_prefix(['h', 'H']) {
        // French and Portuguese hours: `14h30`, and `14h` after a word that leads to a time
        // (`à 14h`; `5h ago` is an age).
        let after = s.len() - r.len();
        match digits_at(s, after, 2) {
            Some((minute, 2, m_end)) => (minute, None, m_end, false),
            None if linked && !r.starts_with(char::is_alphanumeric) => (0, None, after, false),
            _ => return None,
        }
    } else if let Some(r) = s[end..].strip_prefix('시').or_else(|| s[end..].strip_prefix('時')) {
        let p = skip_spaces(s, s.len() - r.len());
        match digits_at(s, p, 2) {
            Some((minute, _, m_end)) => {
                let m_end = ["분", "分"].iter().find(|m| s[m_end..].starts_with(*m)).map_or(m_end, |m| m_end + m.len());
                (minute, None, m_end, false)
            }
            None => (0, None, s.len() - r.len(), false),
        }
    } else {
        (0, None, end, true)
    };
    // German hours: `14:30 Uhr`, `14 Uhr`.
    let (uhr, end) = uhr_at(s, end).map_or((false, end), |e| (true, e));
    let (meridiem_after, end) = if uhr { (None, end) } else { meridiem_at(s, end) };
    if bare_hour && meridiem_after.is_none() && !uhr {
        return None;
    }
    let hour = match meridiem_before.or(meridiem_after) {
        Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
        Some(_) => return None,
        None => hour,
    };
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return None;
    }
    let (zone, end) = zone_at(s, end);
    Some((Time { hour, minute, second }, zone, end))
}

fn korean_japanese_meridiem(s: &str, pos: usize) -> (Option<bool>, usize) {
    for (word, pm) in [("오전", false), ("오후", true), ("午前", false), ("午後", true)] {
        if s[pos..].starts_with(word) {
            return (Some(pm), skip_spaces(s, pos + word.len()));
        }
    }
    (None, pos)
}

/// `am`, `a.m.`, `AM`, `pm`, `p.m.` after optional spaces.
fn meridiem_at(s: &str, end: usize) -> (Option<bool>, usize) {
    let p = skip_spaces(s, end);
    let rest = &s[p..];
    if !rest.as_bytes().first().is_some_and(|b| matches!(b.to_ascii_lowercase(), b'a' | b'p')) {
        return (None, end);
    }
    for (form, pm) in [("a.m.", false), ("p.m.", true), ("a.m", false), ("p.m", true), ("am", false), ("pm", true)] {
        if rest.as_bytes().get(..form.len()).is_some_and(|b| b.eq_ignore_ascii_case(form.as_bytes())) {
            let after = &rest[form.len()..];
            if after.chars().next().is_none_or(|c| !c.is_alphanumeric()) {
                return (Some(pm), p + form.len());
            }
        }
    }
    (None, end)
}

/// The end of `Uhr` after optional spaces.
fn uhr_at(s: &str, end: usize) -> Option<usize> {
    let p = skip_spaces(s, end);
    let (word, w_end) = word_at(s, p);
    word.eq_ignore_ascii_case("uhr").then_some(w_end)
}

fn has_zone_or_meridiem(s: &str, end: usize) -> bool {
    meridiem_at(s, end).0.is_some() || zone_at(s, end).0.is_some()
}

/// A zone name (`KST`, `(KST)`), a numeric offset (`+0900`, `+09:00`) or `UTC+9` after a time.
fn zone_at(s: &str, end: usize) -> (Option<String>, usize) {
    let p = skip_spaces(s, end);
    if p == s.len() {
        return (None, end);
    }
    if let Some((name, offset)) = CYRILLIC_ZONES.iter().find(|z| s[p..].starts_with(z.0))
        && !s[p + name.len()..].starts_with(char::is_alphabetic)
    {
        return (Some(offset.to_string()), p + name.len());
    }
    let paren = s[p..].starts_with('(');
    let start = if paren { p + 1 } else { p };
    let (word, mut w_end) = word_at(s, start);
    let upper = !word.is_empty() && word.chars().all(|c| c.is_ascii_uppercase()) || word.eq_ignore_ascii_case("utc");
    let mut zone = None;
    if !word.is_empty() && upper {
        let lower = word.to_ascii_lowercase();
        zone = ZONES.iter().find(|z| z.0 == lower).map(|z| z.1.to_string());
        if zone.is_none() {
            zone = SEASONAL_ZONES.iter().find(|z| z.0 == lower).map(|z| format!("?{}", z.0));
        }
        if zone.is_some()
            && matches!(lower.as_str(), "utc" | "gmt")
            && let Some((offset, o_end)) = numeric_offset(s, w_end)
        {
            zone = Some(offset);
            w_end = o_end;
        }
    } else if word.is_empty()
        && let Some((offset, o_end)) = numeric_offset(s, start)
    {
        zone = Some(offset);
        w_end = o_end;
    }
    match zone {
        Some(z) => {
            let end = if paren && s[w_end..].starts_with(')') { w_end + 1 } else { w_end };
            (Some(z), end)
        }
        None => (None, end),
    }
}

/// `+0900`, `+09:00`, `-5`, `+9` -> `+09:00`.
fn numeric_offset(s: &str, pos: usize) -> Option<(String, usize)> {
    let sign = s[pos..].chars().next().filter(|c| matches!(c, '+' | '-' | '−'))?;
    let p = pos + sign.len_utf8();
    let (first, len, end) = digits_at(s, p, 4)?;
    let (hours, minutes, end) = match len {
        4 => (first / 100, first % 100, end),
        1 | 2 => match s[end..].strip_prefix(':').and_then(|r| digits_at(s, s.len() - r.len(), 2)) {
            Some((m, 2, e)) => (first, m, e),
            _ => (first, 0, end),
        },
        _ => return None,
    };
    if hours > 14 || minutes > 59 {
        return None;
    }
    let sign = if sign == '+' { '+' } else { '-' };
    Some((format!("{sign}{hours:02}:{minutes:02}"), end))
}

/// `?et` placeholders become the standard or daylight offset for the month (US rules, roughly).
pub(super) fn resolve_seasonal(zone: &str, month: u32) -> String {
    match zone.strip_prefix('?') {
        Some(name) => SEASONAL_ZONES
            .iter()
            .find(|z| z.0 == name)
            .map(|z| if (4..=10).contains(&month) { z.2 } else { z.1 })
            .unwrap_or("")
            .to_string(),
        None => zone.to_string(),
    }
}
