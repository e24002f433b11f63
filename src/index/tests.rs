use super::*;
use crate::search::Query;

fn article(title: &str, body: &str) -> Article {
    Article { title: title.into(), paragraphs: vec![body.into()], ..Article::default() }
}

/// The articles as the reader keeps them, which a search and the frequent grams read.
fn stored(articles: &[Article]) -> Vec<StoredArticle> {
    articles.iter().map(|a| *StoredArticle::new(a.clone()).0).collect()
}

fn index(articles: &[Article]) -> SearchIndex {
    let mut builder = IndexBuilder::new(2);
    // In any order, as the full parse delivers them.
    for (n, a) in articles.iter().enumerate().rev() {
        builder.add(n as u32, &terms_of(a));
    }
    builder.finish(articles.len())
}

#[test]
fn words_are_lower_cased_distinct_and_sorted() {
    let a = article("Ferry, ferry!", "Jeju 제주 섬의 ÉTÉ Ferry");
    assert_eq!(words_of(&a), "ferry\njeju\nété\n섬의\n제주\n");
}

#[test]
fn one_word_queries_are_answered_exactly_as_a_scan() {
    let articles: Vec<Article> = (0..300)
        .map(|i| article(&format!("Title {i}"), ["Ferry to Jeju", "Summit talks", "제주 섬", "café"][i % 4]))
        .collect();
    let idx = index(&articles);
    for q in ["f", "Err", "JEJU", "mmit", "제주", "CAFÉ", "1", "29", "zzz"] {
        let kept = stored(&articles);
        let scan: Vec<u32> = (0..300u32).filter(|&n| Query::new(q).matches_article(&kept[n as usize])).collect();
        match idx.lookup(q) {
            Lookup::Exact(bits) => assert_eq!(bits.numbers(), scan, "{q}"),
            other => panic!("{q}: {other:?}"),
        }
    }
}

#[test]
fn several_words_give_candidates_to_check_and_punctuation_alone_gives_none() {
    let idx = index(&[article("a", "ferry summit"), article("b", "summit of the ferry"), article("c", "x")]);
    match idx.lookup("ferry sum") {
        Lookup::Candidates(bits) => assert_eq!(bits.numbers(), [0, 1]),
        other => panic!("{other:?}"),
    }
    assert!(matches!(idx.lookup("—"), Lookup::Unindexed));
    assert!(matches!(idx.lookup("ferry,"), Lookup::Candidates(_)));
}

/// Every article as a scan finds it, and what the index says of the query.
fn scan_and_lookup(articles: &[Article], query: &str) -> (Vec<u32>, Lookup) {
    let kept = stored(articles);
    let scan = (0..articles.len() as u32).filter(|&n| Query::new(query).matches_article(&kept[n as usize]));
    (scan.collect(), index(articles).lookup(query))
}

#[test]
fn a_common_word_a_space_and_a_letter_are_answered_from_the_grams() {
    let articles = [
        article("The gate", "x"),
        article("t", "Of the Gulf and THE gap"),
        article("t", "breathe gently"),
        article("t", "the, gone; the  g"),
        article("t", "bathe in the sea"),
        article("t", "the \u{212A}iln and ſaid \u{212A}im"),
    ];
    let hits_and_unsure = |query: &str| match scan_and_lookup(&articles, query) {
        (scan, Lookup::Partly { hits, unsure }) => {
            let mut both = hits.clone();
            both.union_with(&unsure);
            // Each hit matches; what matches is a hit or is checked.
            assert!(hits.numbers().iter().all(|n| scan.contains(n)), "{query}");
            assert!(scan.iter().all(|&n| both.contains(n)), "{query}");
            (hits.numbers(), unsure.numbers())
        }
        (_, other) => panic!("{query}: {other:?}"),
    };
    // `breathe` is not a common word: its article is checked.
    assert_eq!(hits_and_unsure("the g"), (vec![0, 1], vec![2]));
    assert_eq!(hits_and_unsure("THE K"), (vec![5], vec![]));
    assert_eq!(hits_and_unsure("said k"), (vec![5], vec![]));
    assert_eq!(hits_and_unsure("he g"), (vec![0, 1], vec![2]));
    assert_eq!(hits_and_unsure("e g"), (vec![0, 1], vec![2, 3]));
    // A longer query, another word before, or a digit after: candidates only.
    for query in ["the ga", "of the g", "the 9"] {
        match scan_and_lookup(&articles, query) {
            (scan, Lookup::Candidates(bits)) => assert!(scan.iter().all(|&n| bits.contains(n)), "{query}"),
            (_, other) => panic!("{query}: {other:?}"),
        }
    }
    assert_eq!(scan_and_lookup(&articles, "the ga").0, [0, 1]);
}

#[test]
fn frequent_words_turn_into_bitmaps_and_still_answer() {
    let articles: Vec<Article> = (0..500).map(|i| article("the", &format!("word{}", i % 7))).collect();
    let idx = index(&articles);
    assert!(idx.postings.iter().any(|p| matches!(p, Postings::Bits(_))));
    match idx.lookup("THE") {
        Lookup::Exact(bits) => assert_eq!(bits.count(), 500),
        other => panic!("{other:?}"),
    }
    assert_eq!(idx.word_count(), 8);
}

/// The index with its frequent grams read, a few articles at a time.
fn index_with_grams(articles: &[Article]) -> SearchIndex {
    let mut idx = index(articles);
    let kept = stored(articles);
    while idx.read_for_grams(&kept, 3) {}
    idx
}

#[test]
fn a_frequent_word_a_space_and_a_letter_are_answered_once_its_grams_are_read() {
    let mut articles = vec![
        article("Zeta gate", "x"),
        article("t", "ZETA Gulf"),
        article("t", "bzeta gone"),
        article("t", "zeta  g, zeta"),
        article("t", "zeta sea"),
    ];
    // `zeta` is in 5 of 13 articles: frequent (an eighth or more); `bzeta` is not.
    articles.extend((0..8).map(|i| article("t", &format!("filler{i}"))));
    let partly = |idx: &SearchIndex, query: &str| match idx.lookup(query) {
        Lookup::Partly { hits, unsure } => (hits.numbers(), unsure.numbers()),
        other => panic!("{query}: {other:?}"),
    };
    let before = index(&articles);
    assert!(before.grams_pending());
    // Before: every article with a word ending in `zeta` and one holding `g` is checked.
    assert_eq!(partly(&before, "zeta g"), (vec![], vec![0, 1, 2, 3]));
    let idx = index_with_grams(&articles);
    assert!(!idx.grams_pending() && idx.frequent_words() > 0);
    // Whole words only: the article of `bzeta` is still checked.
    assert_eq!(partly(&idx, "zeta g"), (vec![0, 1], vec![2]));
    assert_eq!(partly(&idx, "ZETA S"), (vec![4], vec![]));
    assert_eq!(partly(&idx, "eta g"), (vec![0, 1], vec![2]));
    for query in ["zeta g", "ZETA S", "eta g", "a g"] {
        let (scan, _) = scan_and_lookup(&articles, query);
        let (hits, unsure) = partly(&idx, query);
        assert!(hits.iter().all(|n| scan.contains(n)) && scan.iter().all(|n| hits.contains(n) || unsure.contains(n)));
    }
}

#[test]
fn frequent_grams_keep_to_their_budget_by_dropping_the_least_frequent_words() {
    // `alpha` is in every article, `beta` in half, each followed by many letters.
    let articles: Vec<Article> = (0..64)
        .map(|i| {
            let letter = char::from(b'a' + (i % 26) as u8);
            let beta = if i % 2 == 0 { format!("beta {letter}x") } else { String::new() };
            article("", &format!("alpha {letter}y {beta}"))
        })
        .collect();
    let mut idx = index(&articles);
    while idx.read_for_grams(&stored(&articles), 8) {}
    assert_eq!(idx.frequent_words(), 2);
    let full = idx.frequent.heap_bytes();
    idx.budget_grams(full - 1);
    while idx.read_for_grams(&stored(&articles), 8) {}
    assert_eq!(idx.frequent_words(), 1);
    // `beta` went: its phrases are checked; `alpha`'s are still answered.
    let counts = |lookup| match lookup {
        Lookup::Partly { hits, unsure } => (hits.count(), unsure.count()),
        other => panic!("{other:?}"),
    };
    // Articles 2, 28 and 54 have `c` after both words.
    assert_eq!(counts(idx.lookup("alpha c")), (3, 0));
    assert_eq!(counts(idx.lookup("beta c")), (0, 3));
    idx.budget_grams(0);
    while idx.read_for_grams(&stored(&articles), 8) {}
    assert_eq!(idx.frequent_words(), 0);
    assert!(!idx.grams_pending());
}
