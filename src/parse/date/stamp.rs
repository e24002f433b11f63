//! One stamp: a date with the time and zone beside it, at a place in a line, in the model's
//! ISO form.

use super::named::skip_weekday;
use super::numeric::date_at;
use super::scan::skip_separators;
use super::{Date, NumericOrder, Time};
use crate::parse::clock::{resolve_seasonal, time_at};

/// One date with an optional time and zone at `pos`, formatted; and where it ends.
pub(super) fn stamp_at(s: &str, pos: usize, order: NumericOrder) -> Option<(String, usize)> {
    // A time may come first: `8:05 PM EST, Wed January 14, 2026`.
    if let Some((time, zone, after_time)) = time_at(s, pos, false) {
        let date_pos = skip_weekday(s, skip_separators(s, after_time).0);
        let (date, end) = date_at(s, date_pos, order)?;
        let zone = zone.map(|z| resolve_seasonal(&z, date.month));
        return Some((format_stamp(date, Some(time), zone.as_deref()), end));
    }
    let (date, end) = date_at(s, skip_weekday(s, pos), order)?;
    let (time_pos, linked) = skip_separators(s, end);
    match time_at(s, skip_weekday(s, time_pos), linked) {
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
pub(super) fn push_padded(out: &mut String, mut n: u32, width: usize) {
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
