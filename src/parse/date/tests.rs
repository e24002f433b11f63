use super::named::skip_weekday;
use super::stamp::push_padded;
use super::*;
use crate::parse::lexicon::{FOLD_MAX, WEEKDAYS};

fn stamp(line: &str) -> Option<String> {
    parse_line(line).and_then(|d| d.best().cloned())
}

#[test]
fn every_shape_of_format_md() {
    let cases = [
        ("Jan 14, 2026, 08:05 am", "2026-01-14T08:05"),
        ("Published : Jan. 14, 2026 - 08:05", "2026-01-14T08:05"),
        ("2026-01-14 08:05:00 KST", "2026-01-14T08:05:00+09:00"),
        ("14 January 2026", "2026-01-14"),
        ("January 14, 2026 at 8:05 p.m. EST", "2026-01-14T20:05-05:00"),
        ("2026.01.14 08:05", "2026-01-14T08:05"),
        ("Updated 2026-01-14 10:00 | Posted 2026-01-14 08:05", "2026-01-14T08:05"),
        ("Wed 14 Jan 2026 08.05 GMT", "2026-01-14T08:05+00:00"),
        ("Posted on 14 January 2026 by Jane Doe", "2026-01-14"),
    ];
    for (line, want) in cases {
        assert_eq!(stamp(line).as_deref(), Some(want), "{line}");
    }
}

#[test]
fn twelve_hour_clocks() {
    assert_eq!(stamp("Jan 14, 2026 12:30 am").as_deref(), Some("2026-01-14T00:30"));
    assert_eq!(stamp("Jan 14, 2026 12:30 PM").as_deref(), Some("2026-01-14T12:30"));
    assert_eq!(stamp("Jan 14, 2026 8 p.m.").as_deref(), Some("2026-01-14T20:00"));
    assert_eq!(stamp("Updated: 8:05 PM EST, Wed January 14, 2026").as_deref(), Some("2026-01-14T20:05-05:00"));
}

#[test]
fn day_first_and_month_first_numbers() {
    assert_eq!(stamp("14/01/2026").as_deref(), Some("2026-01-14"));
    assert_eq!(stamp("01/14/2026").as_deref(), Some("2026-01-14"));
    assert_eq!(stamp("03/04/2026").as_deref(), Some("2026-03-04"));
    assert_eq!(stamp("03.04.2026").as_deref(), Some("2026-04-03"));
}

#[test]
fn zones_and_offsets() {
    assert_eq!(stamp("2026-01-14 08:05 +0900").as_deref(), Some("2026-01-14T08:05+09:00"));
    assert_eq!(stamp("2026-01-14 08:05 (UTC+9)").as_deref(), Some("2026-01-14T08:05+09:00"));
    assert_eq!(stamp("2026-01-14 08:05 JST").as_deref(), Some("2026-01-14T08:05+09:00"));
    assert_eq!(stamp("July 4, 2026 9:00 a.m. ET").as_deref(), Some("2026-07-04T09:00-04:00"));
    assert_eq!(stamp("Jan 4, 2026 9:00 a.m. ET").as_deref(), Some("2026-01-04T09:00-05:00"));
}

#[test]
fn korean_and_japanese_dates() {
    assert_eq!(stamp("입력 2026-01-14 08:05 수정 2026-01-14 10:00").as_deref(), Some("2026-01-14T08:05"));
    assert_eq!(stamp("수정 2026-01-14 10:00 입력 2026-01-14 08:05").as_deref(), Some("2026-01-14T08:05"));
    assert_eq!(stamp("2026년 1월 14일 오후 3:20").as_deref(), Some("2026-01-14T15:20"));
    assert_eq!(stamp("기사입력 2026.01.14. 오전 8:05").as_deref(), Some("2026-01-14T08:05"));
    assert_eq!(stamp("2026年1月14日 8時05分").as_deref(), Some("2026-01-14T08:05"));
    assert_eq!(stamp("2026/01/14 08:05 JST").as_deref(), Some("2026-01-14T08:05+09:00"));
}

#[test]
fn published_wins_over_updated_in_any_order() {
    let d = parse_line("Published : Jan. 14, 2026 - 08:05 Updated : Jan. 14, 2026 - 10:00").unwrap();
    assert_eq!(d.published.as_deref(), Some("2026-01-14T08:05"));
    assert_eq!(d.updated.as_deref(), Some("2026-01-14T10:00"));
    assert_eq!(stamp("Updated Jan. 15, 2026").as_deref(), Some("2026-01-15"));
}

#[test]
fn byline_after_by_is_kept() {
    let d = parse_line("Posted on 14 January 2026 by Jane Doe").unwrap();
    assert_eq!(d.byline.as_deref(), Some("Jane Doe"));
}

#[test]
fn prose_mentioning_a_date_is_not_a_date_line() {
    assert_eq!(parse_line("The summit on Jan. 14, 2026 was the first in a decade for both."), None);
    assert_eq!(parse_line("Sales rose 14.5 percent in 2025."), None);
    assert_eq!(parse_line("He scored 2 goals"), None);
}

#[test]
fn impossible_dates_are_rejected() {
    assert_eq!(stamp("Feb 30, 2026"), None);
    assert_eq!(stamp("2026-13-01"), None);
    assert_eq!(stamp("Jan 14, 2026 25:00").as_deref(), Some("2026-01-14"));
    assert_eq!(stamp("Feb 29, 2028").as_deref(), Some("2028-02-29"));
}

#[test]
fn padded_numbers_match_format() {
    for n in [0, 1, 9, 10, 59, 99, 100, 1900, 2026, 12345, u32::MAX] {
        for width in [2, 4] {
            let mut out = String::new();
            push_padded(&mut out, n, width);
            assert_eq!(out, format!("{n:0width$}"));
        }
    }
}

#[test]
fn a_sentence_around_a_date_is_not_a_date_line() {
    assert!(parse_line("- Leases signed after Jan. 1, 2026").is_none());
    assert!(parse_line("Jan 14, 2026 · 3 min read").is_some());
    assert!(parse_line("Seoul Desk | January 14, 2026").is_some());
    assert!(parse_line("Updated 2 hours ago | Posted 2026-01-14 08:05").is_some());
}

#[test]
fn weekday_names_are_skipped_with_their_separators() {
    assert!(WEEKDAYS.words.iter().all(|w| w.len() <= FOLD_MAX), "a weekday longer than the folding buffer");
    assert_eq!(skip_weekday("Wednesday, Jan 14", 0), "Wednesday, ".len());
    assert_eq!(skip_weekday("Wed. Jan 14", 0), "Wed. ".len());
    assert_eq!(skip_weekday("sexta-feira, 22 de", 0), "sexta-feira, ".len());
    assert_eq!(skip_weekday("Mittwoch, 12. März", 0), "Mittwoch, ".len());
    assert_eq!(skip_weekday("среда, 12 марта", 0), "среда, ".len());
    assert_eq!(skip_weekday("Wedding, Jan 14", 0), 0);
    // `sexta` alone is a weekday; `sexta-parte` is no compound of one.
    assert_eq!(skip_weekday("sexta-parte", 0), "sexta-".len());
}
