//! Speakers and outlets filed as articles arrive, merged by full name, counted in what is shown.

use crate::article::{Article, Quote, StoredArticle};
use crate::bitmap::Bitmap;
use crate::corpus::{Corpus, DateKey, Listed, NO_SOURCE, Replacement, UNKNOWN_SPEAKER};

fn quote(speaker: Option<&str>, text: &str) -> Quote {
    Quote { text: text.into(), speaker: speaker.map(Into::into), paragraph: 0 }
}

fn article(title: &str, source: Option<&str>, quotes: Vec<Quote>) -> Article {
    let body = quotes.iter().map(|q| format!("“{}”", q.text)).collect::<Vec<_>>().join(" ");
    Article {
        title: title.into(),
        source: source.map(Into::into),
        paragraphs: vec![body],
        quotes,
        ..Article::default()
    }
}

fn corpus() -> Corpus {
    let mut c = Corpus::new();
    c.push(article(
        "one",
        Some("Yonhap"),
        vec![quote(Some("Lee Jae-hoon"), "a"), quote(Some("Lee Jae-hoon"), "b"), quote(None, "c")],
    ));
    c.push(article("two", Some("YONHAP"), vec![quote(Some("LEE Jae-hoon"), "d"), quote(Some("森田早苗"), "e")]));
    c.push(article("three", None, vec![quote(Some("森田 早苗"), "f"), quote(Some("Lee"), "g")]));
    c
}

#[test]
fn the_same_full_name_in_two_articles_is_one_speaker_and_unknown_counts_as_such() {
    let c = corpus();
    let speakers = c.speakers();
    let counted: Vec<(&str, usize)> = speakers.by_count(None).iter().map(|&(id, n)| (speakers.name(id), n)).collect();
    assert_eq!(counted, [("Lee Jae-hoon", 3), ("森田早苗", 2), ("(unknown)", 1), ("Lee", 1)]);
    let lee = speakers.id("lee jae-hoon").unwrap();
    assert_eq!(speakers.of_article(0), [lee, lee, UNKNOWN_SPEAKER]);
    assert_eq!(speakers.quote_count(), 7);
}

#[test]
fn counts_cover_the_articles_shown_and_filters_find_articles() {
    let c = corpus();
    let speakers = c.speakers();
    let shown = Bitmap::from_numbers(3, &[1, 2]);
    let counted: Vec<(&str, usize)> =
        speakers.by_count(Some(&shown)).iter().map(|&(id, n)| (speakers.name(id), n)).collect();
    assert_eq!(counted, [("森田早苗", 2), ("Lee", 1), ("Lee Jae-hoon", 1)]);
    let takaichi = speakers.id("森田早苗").unwrap();
    let quoting = speakers.articles_quoting(&Bitmap::from_numbers(8, &[takaichi, UNKNOWN_SPEAKER]), 3);
    assert_eq!(quoting.numbers(), [0, 1, 2]);
    assert_eq!(speakers.articles_quoting(&Bitmap::from_numbers(8, &[takaichi]), 3).numbers(), [1, 2]);
    let sources = c.sources();
    let yonhap = sources.id("yonhap").unwrap();
    assert_eq!((sources.of_article(1), sources.of_article(2)), (yonhap, NO_SOURCE));
    let counted: Vec<(&str, usize)> = sources.by_count(None).iter().map(|&(id, n)| (sources.name(id), n)).collect();
    assert_eq!(counted, [("Yonhap", 2), ("(no source)", 1)]);
    assert_eq!(sources.articles_from(&Bitmap::from_numbers(4, &[NO_SOURCE]), 3).numbers(), [2]);
}

#[test]
fn listed_articles_are_filed_when_asked_and_replacements_at_once() {
    let mut c = Corpus::new();
    let listed = |a: Article, parsed: bool| {
        let (article, _) = StoredArticle::new(a);
        let date = DateKey::of(article.published());
        Listed { article, parsed, tags: Box::default(), date }
    };
    let light = article("light", Some("Light Daily"), Vec::new());
    let final_json = article("json", Some("Wire"), vec![quote(Some("Kim Min-ji"), "x")]);
    c.append_listed(vec![listed(light, false), listed(final_json, true)], Vec::new());
    assert_eq!(c.speakers().quote_count(), 0);
    // The light article's full parse arrives before anything asked: filed at once, and not
    // filed again from the light pass's version.
    let (full, tags) = StoredArticle::new(article("light", Some("Full Daily"), vec![quote(Some("Park"), "y")]));
    c.replace(vec![Replacement { number: 0, article: full, tags }]);
    // A few at a time, as the reader does between frames.
    assert!(c.file_some(1) && c.has_unfiled());
    assert_eq!(c.speakers().quote_count(), 2);
    assert!(!c.file_some(1) && !c.has_unfiled());
    c.file_pending();
    let (speakers, sources) = (c.speakers(), c.sources());
    assert_eq!(speakers.of_article(0).iter().map(|&s| speakers.name(s)).collect::<Vec<_>>(), ["Park"]);
    assert_eq!(speakers.of_article(1).iter().map(|&s| speakers.name(s)).collect::<Vec<_>>(), ["Kim Min-ji"]);
    assert_eq!((sources.name(sources.of_article(0)), sources.name(sources.of_article(1))), ("Full Daily", "Wire"));
    assert_eq!(sources.id("Light Daily"), None);
    assert_eq!(speakers.quote_count(), 2);
}

#[test]
fn an_article_filed_again_leaves_no_stale_speakers() {
    let mut c = corpus();
    for round in 0..3000 {
        let who = if round % 2 == 0 { "Choi" } else { "Jung" };
        let (full, tags) = StoredArticle::new(article("one", None, vec![quote(Some(who), "z"), quote(None, "w")]));
        c.replace(vec![Replacement { number: 0, article: full, tags }]);
    }
    let speakers = c.speakers();
    assert_eq!(speakers.of_article(0).iter().map(|&s| speakers.name(s)).collect::<Vec<_>>(), ["Jung", "(unknown)"]);
    assert_eq!(speakers.of_article(1).len(), 2);
    assert_eq!(speakers.quote_count(), 6);
    let counted: Vec<(&str, usize)> = speakers.by_count(None).iter().map(|&(id, n)| (speakers.name(id), n)).collect();
    assert_eq!(counted, [("森田早苗", 2), ("(unknown)", 1), ("Jung", 1), ("Lee", 1), ("Lee Jae-hoon", 1)]);
}

#[test]
fn dated_finds_the_articles_of_a_range_from_their_keys() {
    let mut c = Corpus::new();
    for date in [Some("2025-12-31T23:59"), Some("2026-01-01"), Some("2026-01-31T10:00+09:00"), None] {
        c.push(Article { title: "t".into(), published: date.map(Into::into), ..Article::default() });
    }
    let january = crate::corpus::DateRange::parse("2026-01", None).unwrap();
    assert_eq!(c.dated(&january).map(|b| b.numbers()), Some(vec![1, 2]));
    assert_eq!(c.dated(&crate::corpus::DateRange::default()), None);
}
