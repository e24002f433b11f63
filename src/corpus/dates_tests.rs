//! Date ranges as typed, and which dates they hold.

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A Wednesday.
fn today() -> Option<NaiveDate> {
    Some(day(2026, 1, 14))
}

fn range(text: &str) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let r = DateRange::parse(text, today()).unwrap_or_else(|e| panic!("{text}: {e}"));
    (r.since, r.until)
}

fn both(a: NaiveDate, b: NaiveDate) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (Some(a), Some(b))
}

#[test]
fn a_year_a_month_or_a_day_is_every_day_of_it() {
    assert_eq!(range("2026"), both(day(2026, 1, 1), day(2026, 12, 31)));
    assert_eq!(range("2026-01"), both(day(2026, 1, 1), day(2026, 1, 31)));
    assert_eq!(range("2024-02"), both(day(2024, 2, 1), day(2024, 2, 29)));
    assert_eq!(range(" 2026/1/14 "), both(day(2026, 1, 14), day(2026, 1, 14)));
    assert_eq!(range("2026.01.14"), both(day(2026, 1, 14), day(2026, 1, 14)));
    assert_eq!(range("Jan 2026"), both(day(2026, 1, 1), day(2026, 1, 31)));
    assert_eq!(range("14 January 2026"), both(day(2026, 1, 14), day(2026, 1, 14)));
    assert_eq!(range("December 3rd, 2025"), both(day(2025, 12, 3), day(2025, 12, 3)));
    assert_eq!(range("2026년 1월"), both(day(2026, 1, 1), day(2026, 1, 31)));
    assert_eq!(range("2026年1月14日"), both(day(2026, 1, 14), day(2026, 1, 14)));
}

#[test]
fn shapes_the_article_parser_reads_are_read_through_it() {
    assert_eq!(range("Wed 14 Jan 2026"), both(day(2026, 1, 14), day(2026, 1, 14)));
    assert_eq!(range("2026-01-14 08:05"), both(day(2026, 1, 14), day(2026, 1, 14)));
}

#[test]
fn two_ends_or_one_bound() {
    assert_eq!(range("2026-01-05..2026-01-20"), both(day(2026, 1, 5), day(2026, 1, 20)));
    assert_eq!(range("2025-12 to 2026-01"), both(day(2025, 12, 1), day(2026, 1, 31)));
    assert_eq!(range("from 2025-12 to 2026-01-10"), both(day(2025, 12, 1), day(2026, 1, 10)));
    assert_eq!(range("2025-11 – 2025-12"), both(day(2025, 11, 1), day(2025, 12, 31)));
    assert_eq!(range("2026-01-02..2026-01-02"), both(day(2026, 1, 2), day(2026, 1, 2)));
    assert_eq!(range("2025-12.."), (Some(day(2025, 12, 1)), None));
    assert_eq!(range("..2026-01"), (None, Some(day(2026, 1, 31))));
    assert_eq!(range("since 2025-12"), (Some(day(2025, 12, 1)), None));
    assert_eq!(range("from 2025-12-24"), (Some(day(2025, 12, 24)), None));
    assert_eq!(range("after 2025-12"), (Some(day(2026, 1, 1)), None));
    assert_eq!(range("until 2026-02-15"), (None, Some(day(2026, 2, 15))));
    assert_eq!(range("before 2026-02"), (None, Some(day(2026, 1, 31))));
    assert_eq!(range("   "), (None, None));
}

#[test]
fn periods_counted_from_today_end_today() {
    assert_eq!(range("today"), both(day(2026, 1, 14), day(2026, 1, 14)));
    assert_eq!(range("yesterday"), both(day(2026, 1, 13), day(2026, 1, 13)));
    assert_eq!(range("last 7 days"), both(day(2026, 1, 8), day(2026, 1, 14)));
    assert_eq!(range("past 2 weeks"), both(day(2026, 1, 1), day(2026, 1, 14)));
    assert_eq!(range("last month"), both(day(2025, 12, 15), day(2026, 1, 14)));
    assert_eq!(range("last year"), both(day(2025, 1, 15), day(2026, 1, 14)));
    assert_eq!(range("this week"), both(day(2026, 1, 12), day(2026, 1, 14)));
    assert_eq!(range("this month"), both(day(2026, 1, 1), day(2026, 1, 14)));
    assert_eq!(range("since last 7 days"), (Some(day(2026, 1, 8)), None));
    assert_eq!(DateRange::parse_since("last 30 days", today()), Ok(day(2025, 12, 16)));
    assert_eq!(DateRange::parse_until("2026-01", today()), Ok(day(2026, 1, 31)));
}

#[test]
fn bad_input_says_what_is_wrong() {
    let err = |text: &str| DateRange::parse(text, today()).unwrap_err();
    assert_eq!(err("soon"), DateError::Unreadable("soon".into()));
    assert!(err("soon").to_string().contains("try 2026-01"), "{}", err("soon"));
    assert_eq!(err("2026-02-30"), DateError::NoSuchDay("2026-02-30".into()));
    assert_eq!(err("2026-13"), DateError::NoSuchMonth("2026-13".into()));
    assert_eq!(err("2026-00-05"), DateError::NoSuchMonth("2026-00-05".into()));
    assert_eq!(err("last 0 days"), DateError::Unreadable("last 0 days".into()));
    assert_eq!(err("last 7 fortnights"), DateError::Unreadable("last 7 fortnights".into()));
    assert_eq!(err("14/01"), DateError::Unreadable("14/01".into()));
    let backwards = err("2026-02..2026-01");
    assert_eq!(backwards, DateError::Backwards { since: day(2026, 2, 1), until: day(2026, 1, 31) });
    assert_eq!(backwards.to_string(), "the range ends (2026-01-31) before it starts (2026-02-01)");
    assert_eq!(DateRange::parse("today", None), Err(DateError::NoToday("today".into())));
    // A date the calendar reads but a day that does not exist is not read as another one.
    assert!(matches!(err("2026-01-32"), DateError::NoSuchDay(_)));
}

#[test]
fn a_range_holds_the_days_it_names_as_the_articles_state_them() {
    let january = DateRange::parse("2026-01", None).unwrap();
    assert!(january.contains(Some("2026-01-01")));
    assert!(january.contains(Some("2026-01-31T23:59-05:00")));
    assert!(!january.contains(Some("2026-02-01T00:00")));
    assert!(!january.contains(Some("2025-12-31T23:59:59")));
    assert!(!january.contains(None));
    assert!(!january.contains(Some("")));
    let open = DateRange::default();
    assert!(open.contains(None) && open.is_open());
    assert_eq!((january.label(), january.text()), ("2026-01-01–2026-01-31".into(), "2026-01-01..2026-01-31".into()));
    let since = DateRange::parse("since 2026-01-05", None).unwrap();
    assert_eq!((since.label(), since.text()), ("since 2026-01-05".into(), "2026-01-05..".into()));
    assert_eq!(DateRange::parse(&since.text(), None), Ok(since));
    assert_eq!(DateRange::parse("2026-01-14", None).unwrap().label(), "2026-01-14");
}
