use super::*;
use crate::article::Quote;

fn with(paragraphs: &[&str]) -> Article {
    Article { paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(), ..Article::default() }
}

fn stored(article: Article) -> StoredArticle {
    *StoredArticle::new(article).0
}

#[test]
fn quotes_found_in_their_paragraph_keep_only_their_place() {
    let quote = |text: &str, paragraph| Quote { text: text.into(), paragraph, ..Quote::default() };
    let article = Article {
        paragraphs: vec!["“It works,” she said.".into(), "“Part one".into(), "“part two.”".into()],
        quotes: vec![quote("It works", 0), quote("Part one part two.", 1), quote("", 0), quote("x", 9)],
        ..Article::default()
    };
    let kept = stored(article.clone());
    let texts: Vec<&str> = kept.quotes().iter().map(|q| kept.quote_text(q)).collect();
    assert_eq!(texts, ["It works", "Part one part two.", "", "x"]);
    assert_eq!((kept.quotes()[0].place(), kept.quotes()[0].own_words()), (Some(3..11), None));
    // Over two paragraphs, the words are not in one of them: the copy stays.
    assert_eq!(kept.quotes()[1].own_words(), Some("Part one part two."));
    assert!(kept.may_hold_quote_text());
}

#[test]
fn packing_notes_signs_that_match_ascii_letters_in_any_field() {
    let signs = |article: Article| stored(Article { paragraphs: vec!["body".into()], ..article }).may_hold_case_signs();
    assert!(!signs(Article::default()));
    assert!(signs(Article { title: "\u{212A}elvin".into(), ..Article::default() }));
    assert!(signs(Article { captions: vec![Caption { text: "ſ".into(), credit: None }], ..Article::default() }));
    assert!(signs(Article {
        quotes: vec![Quote { text: "x\u{212A}".into(), ..Quote::default() }],
        ..Article::default()
    }));
    assert!(stored(with(&["plain", "leſs"])).may_hold_case_signs());
    // Without a body nothing is packed, and nothing is known.
    assert!(stored(Article::default()).may_hold_case_signs());
}

#[test]
fn articles_stored_together_read_as_each_stored_alone() {
    let originals = [with(&["one", "two"]), with(&[]), with(&["", "é\nthree"]), with(&["four"])];
    let together = store_together(originals.to_vec());
    for (original, (packed, _)) in originals.iter().zip(&together) {
        let alone = stored(original.clone());
        assert_eq!(**packed, alone);
        assert_eq!(packed.paragraph_texts().collect::<Vec<_>>(), original.paragraphs);
    }
    // One block for all the bodies; an article without one is not packed.
    assert!(together[0].0.shares_block(&together[2].0) && together[0].0.shares_block(&together[3].0));
    assert!(!together[0].0.shares_block(&stored(originals[0].clone())));
    assert!(together[1].0.packed_body().is_none());
}

#[test]
fn packed_paragraphs_read_as_they_were_parsed() {
    for paragraphs in [vec![], vec![""], vec!["one"], vec!["", "two\nlines", ""], vec!["a", "", "한국어 b"]] {
        let article = stored(with(&paragraphs));
        assert_eq!(article.packed_body().is_some(), !paragraphs.is_empty());
        assert_eq!(article.paragraph_count(), paragraphs.len());
        assert_eq!(article.paragraph_texts().collect::<Vec<_>>(), paragraphs);
        assert_eq!(article.paragraph(paragraphs.len()), None);
        if let Some(body) = article.packed_body() {
            assert_eq!(body, paragraphs.join("\n"));
        }
        assert_eq!(article.may_hold_case_signs(), paragraphs.is_empty());
    }
}

#[test]
fn the_title_and_captions_are_searchable_after_the_body_and_the_tags_come_back() {
    let article = Article {
        title: "Title".into(),
        captions: vec![Caption { text: "A caption".into(), credit: Some("Credit".into()) }],
        paragraphs: vec!["First.".into(), "Second.".into()],
        tags: vec!["one".into(), "Two".into()],
        ..Article::default()
    };
    let (kept, tags) = StoredArticle::new(article);
    assert_eq!(kept.packed_searchable(), Some("First.\nSecond.\nTitle\nA caption"));
    assert!(kept.is_paragraph_break(6) && !kept.is_paragraph_break(5));
    assert_eq!(tags, ["one", "Two"]);
    assert_eq!((kept.title(), kept.captions()[0].credit.as_deref()), ("Title", Some("Credit")));
}

#[test]
fn the_byte_check_before_cleaning_misses_no_unsafe_character() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        if is_unsafe_char(c) && !matches!(c, '\n' | '\t' | '\r') {
            assert!(super::may_hold_unsafe(&format!("ab{c}cd")), "{:04x}", c as u32);
        }
    }
    assert!(!super::may_hold_unsafe("Plain text, 한국어, 日本語 and “quotes”\n\t"));
}
