//! Tags, orders, views and replacement of the corpus.

use super::*;

/// The full parse of article `number`, as the loader hands it over.
fn replacement(number: u32, article: Article) -> Replacement {
    let (article, tags) = StoredArticle::new(article);
    Replacement { number, article, tags }
}

fn article(title: &str, date: Option<&str>, tags: &[&str]) -> Article {
    Article {
        title: title.into(),
        published: date.map(Into::into),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        paragraphs: vec![format!("Body of {title}.")],
        ..Article::default()
    }
}

fn corpus() -> Corpus {
    let mut c = Corpus::new();
    c.push(article("Bravo", Some("2026-01-02"), &["trade", "Korea"]));
    c.push(article("alpha", Some("2026-01-03T08:00"), &["korea"]));
    c.push(article("Charlie", None, &["trade", "energy"]));
    c
}

#[test]
fn tags_are_case_insensitive_and_counted_most_used_first() {
    let c = corpus();
    let names: Vec<(&str, usize)> = c.tags().by_count().iter().map(|&(id, n)| (c.tags().name(id), n)).collect();
    assert_eq!(names, [("Korea", 2), ("trade", 2), ("energy", 1)]);
}

#[test]
fn and_needs_every_tag_or_needs_one() {
    let c = corpus();
    let (trade, korea) = (c.tags().id("TRADE").unwrap(), c.tags().id("korea").unwrap());
    let and = c.tags().matching(&[trade, korea], TagMode::And).unwrap();
    assert_eq!((and.contains(0), and.contains(1), and.contains(2)), (true, false, false));
    let or = c.tags().matching(&[trade, korea], TagMode::Or).unwrap();
    assert_eq!(or.count(), 3);
    assert!(c.tags().matching(&[], TagMode::And).is_none());
}

#[test]
fn sort_orders_put_undated_last() {
    let mut c = corpus();
    assert_eq!(c.order(SortKey::Newest), [1, 0, 2]);
    assert_eq!(c.order(SortKey::Oldest), [0, 1, 2]);
    assert_eq!(c.order(SortKey::Title), [1, 0, 2]);
}

#[test]
fn view_applies_every_filter_in_sort_order() {
    let mut c = corpus();
    let trade = c.tags().id("trade").unwrap();
    let tags = c.tags().matching(&[trade], TagMode::And);
    assert_eq!(c.view(SortKey::Title, &[tags.as_ref()]), [0, 2]);
    let hits = Bitmap::from_numbers(c.len(), &[2]);
    assert_eq!(c.view(SortKey::Title, &[tags.as_ref(), Some(&hits)]), [2]);
}

#[test]
fn push_merges_into_cached_orders() {
    let mut c = corpus();
    assert_eq!(c.order(SortKey::Newest).len(), 3);
    c.push(article("Delta", Some("2027-01-01"), &[]));
    assert_eq!(c.order(SortKey::Newest), [3, 1, 0, 2]);
    c.append([(article("aardvark", None, &[]), false), (article("Echo", Some("2026-01-01"), &[]), false)]);
    assert_eq!(c.order(SortKey::Newest), [3, 1, 0, 5, 2, 4]);
    assert_eq!(c.order(SortKey::Title), [4, 1, 0, 2, 3, 5]);
}

#[test]
fn replacing_keeps_numbers_and_tags_and_moves_settled_articles() {
    let mut c = Corpus::new();
    c.append([(article("b", Some("2026-01-01"), &["x"]), false), (article("a", Some("2026-01-02"), &["y"]), false)]);
    assert_eq!(c.order(SortKey::Title), [1, 0]);
    assert!(!c.is_parsed(0));
    let mut full = article("c settled", Some("2026-01-01"), &["x"]);
    full.paragraphs.push("Now with a body.".into());
    assert!(c.replace(vec![replacement(1, full)]));
    assert!(c.is_parsed(1) && !c.is_parsed(0));
    assert_eq!(c.order(SortKey::Title), [0, 1]);
    assert_eq!(c.order(SortKey::Newest), [0, 1]);
    assert_eq!(c.get(1).map(|a| a.title()), Some("c settled"));
    let y = c.tags().id("y").unwrap();
    assert_eq!(tag_articles(&c, y), 0);
    assert_eq!(tag_articles(&c, c.tags().id("x").unwrap()), 2);
    // Same sort fields: nothing moves.
    assert!(!c.replace(vec![replacement(0, article("b", Some("2026-01-01"), &["x"]))]));
}

#[test]
fn orders_merged_late_are_the_orders_sorted_afresh() {
    let batch = |from: usize| -> Vec<(Article, bool)> {
        (from..from + 40)
            .map(|i| (article(&format!("t{}", i * 7 % 13), Some(&format!("2026-01-{:02}", 1 + i % 28)), &[]), false))
            .collect()
    };
    let mut c = Corpus::new();
    c.append(batch(0));
    assert_eq!(c.order(SortKey::Newest).len(), 40);
    c.order(SortKey::Title);
    // Two batches, then a replacement that moves an article of the first, with no order asked
    // for in between.
    c.append(batch(40));
    c.append(batch(80));
    let moved = article("a moved", Some("2025-12-31"), &[]);
    c.replace(vec![replacement(85, moved.clone())]);
    let mut fresh = Corpus::new();
    let mut all: Vec<(Article, bool)> = [batch(0), batch(40), batch(80)].concat();
    all[85].0 = moved;
    fresh.append(all);
    for key in SortKey::ALL {
        assert_eq!(c.order(key), fresh.order(key), "{key:?}");
    }
}

#[test]
fn articles_tagged_by_the_loader_map_its_ids_onto_the_corpus_table() {
    let mut c = corpus();
    // The loader's own table: 0 = energy (known to the corpus as id 2), 1 = Ferry (new).
    let mut loader = TagInterner::default();
    let listed: Vec<Listed> =
        [("Delta", Some("2026-01-04"), &["ENERGY", "Ferry"][..], false), ("Echo", None, &["ferry"][..], true)]
            .into_iter()
            .map(|(title, date, tags, parsed)| {
                let article = article(title, date, &[]);
                let date = DateKey::of(article.published.as_deref());
                let tags = tags.iter().map(|t| loader.intern(t).0).collect();
                Listed { article: StoredArticle::new(article).0, parsed, tags, date }
            })
            .collect();
    c.append_listed(listed, vec!["energy".into(), "Ferry".into()]);
    let (energy, ferry) = (c.tags().id("energy").unwrap(), c.tags().id("FERRY").unwrap());
    assert_eq!((energy, ferry, c.tags().name(ferry)), (2, 3, "Ferry"));
    assert_eq!(
        (c.tags().names_of(3), c.tags().names_of(4)),
        (vec!["energy".to_string(), "Ferry".into()], vec!["Ferry".to_string()])
    );
    assert_eq!((tag_articles(&c, energy), tag_articles(&c, ferry)), (2, 2));
    assert_eq!((c.is_parsed(3), c.is_parsed(4)), (false, true));
    assert_eq!(c.view(SortKey::Newest, &[]), [3, 1, 0, 2, 4]);
}

/// How many articles carry tag `id`.
fn tag_articles(c: &Corpus, id: TagId) -> usize {
    c.tags().matching(&[id], TagMode::And).map_or(0, |articles| articles.count())
}
