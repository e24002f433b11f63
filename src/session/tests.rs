//! The session driven as the reader drives it: a search per keystroke, the rest between frames.
//! Slices end after one chunk ([`TimeSlice::one_chunk`]), so what a keystroke answers at once
//! is what needs no search (or one chunk of one).

use std::time::Instant;

use super::*;
use crate::article::Article;
use crate::index::{IndexBuilder, terms_of};

fn article(title: &str, body: &str) -> Article {
    Article { title: title.into(), paragraphs: vec![body.into()], ..Article::default() }
}

/// `count` articles whose bodies go round `bodies`.
fn corpus(bodies: &[&str], count: usize) -> Corpus {
    let mut corpus = Corpus::new();
    corpus.extend((0..count).map(|i| article(&format!("Story {i}"), bodies[i % bodies.len()])));
    corpus
}

/// The word index over the corpus's articles, as the loader builds it.
fn index(bodies: &[&str], count: usize) -> SearchIndex {
    let mut builder = IndexBuilder::new(count);
    for i in 0..count {
        builder.add(i as u32, &terms_of(&article(&format!("Story {i}"), bodies[i % bodies.len()])));
    }
    builder.finish(count)
}

fn slice() -> TimeSlice {
    TimeSlice::one_chunk(Instant::now())
}

const ORDER: ListOrder<'static> = ListOrder { sort: SortKey::Newest, tags: None };

/// Types `text` after what is in the search line (`line`), one keystroke at a time.
fn type_text(session: &mut SearchSession, corpus: &mut Corpus, line: &mut String, text: &str) {
    for c in text.chars() {
        line.push(c);
        session.search(line, corpus, ORDER, slice());
    }
}

fn backspace(session: &mut SearchSession, corpus: &mut Corpus, line: &mut String) {
    line.pop();
    session.search(line, corpus, ORDER, slice());
}

fn finish(session: &mut SearchSession, corpus: &Corpus) {
    while session.run(corpus, slice()) {}
}

/// The search done, its notes made, and the frequent grams read.
fn settle(session: &mut SearchSession, corpus: &Corpus) {
    while session.is_busy(corpus) {
        if !session.run(corpus, slice()) && !session.prepare(corpus, slice()) {
            session.read_grams(corpus, slice());
        }
    }
}

fn shown(session: &SearchSession) -> Vec<u32> {
    session.shown().map(Bitmap::numbers).unwrap_or_default()
}

#[test]
fn the_next_keystroke_is_answered_from_notes_on_the_last_search() {
    let bodies = ["the gate opened", "The Gulf and the sea", "they go", "bathe gently", "the\u{212A}ey", "thé garden"];
    let mut corpus = corpus(&bodies, 600);
    let (mut session, mut line) = (SearchSession::default(), String::new());
    type_text(&mut session, &mut corpus, &mut line, "the ");
    settle(&mut session, &corpus);
    for (next, found) in [('g', 300), ('s', 100), ('k', 0)] {
        type_text(&mut session, &mut corpus, &mut line, &next.to_string());
        // A letter has a class of its own: the notes answer exactly, with no search to run.
        assert!(!session.is_running(), "the {next}");
        let noted = shown(&session);
        session.forget();
        backspace(&mut session, &mut corpus, &mut line);
        type_text(&mut session, &mut corpus, &mut line, &next.to_string());
        finish(&mut session, &corpus);
        assert_eq!((noted.len(), &noted), (found, &shown(&session)), "the {next}: notes and search agree");
        backspace(&mut session, &mut corpus, &mut line);
        settle(&mut session, &corpus);
    }
    // `é` shares its class: the notes give candidates, which are searched.
    type_text(&mut session, &mut corpus, &mut line, "\u{e9}");
    finish(&mut session, &corpus);
    assert!(shown(&session).is_empty(), "`the é` is in no article");
}

#[test]
fn typed_before_the_notes_are_made_the_rest_is_searched() {
    let mut corpus = corpus(&["the gate", "the sea", "bathe gently", "THE GULF"], 10_000);
    let (mut session, mut line) = (SearchSession::default(), String::new());
    type_text(&mut session, &mut corpus, &mut line, "the ");
    finish(&mut session, &corpus);
    session.prepare(&corpus, slice());
    assert!(session.is_preparing(), "one chunk of notes per slice cannot cover 10,000 articles");
    type_text(&mut session, &mut corpus, &mut line, "g");
    finish(&mut session, &corpus);
    assert_eq!(shown(&session).len(), 7_500);
}

#[test]
fn typed_before_the_notes_are_made_a_common_word_is_answered_by_the_index() {
    let bodies = ["the gate", "the sea", "bathe gently", "THE GULF", "breathe Gently"];
    let mut corpus = corpus(&bodies, 10_000);
    let (mut session, mut line) = (SearchSession::default(), String::new());
    session.set_index(index(&bodies, 10_000));
    type_text(&mut session, &mut corpus, &mut line, "the ");
    finish(&mut session, &corpus);
    assert!(session.is_preparing());
    type_text(&mut session, &mut corpus, &mut line, "g");
    // Only the 4,000 articles of `bathe` and `breathe` are left to search, one chunk: the
    // keystroke is answered at once (without the index, 10,000 take three slices).
    assert!(!session.is_running());
    assert_eq!(shown(&session).len(), 8_000);
    // With the notes made, they answer the next keystroke instead.
    backspace(&mut session, &mut corpus, &mut line);
    settle(&mut session, &corpus);
    type_text(&mut session, &mut corpus, &mut line, "g");
    assert!(!session.is_running());
    assert_eq!(shown(&session).len(), 8_000);
}

#[test]
fn a_space_then_a_letter_typed_at_once_are_answered_from_the_notes_on_the_word() {
    let mut corpus = corpus(&["zeta gate", "zeta sea", "zetas go", "ZETA GULF", "zeta  go"], 10_000);
    let (mut session, mut line) = (SearchSession::default(), String::new());
    type_text(&mut session, &mut corpus, &mut line, "zeta");
    settle(&mut session, &corpus);
    // A slice of one chunk searches 4,096 articles, or makes notes for as many: each keystroke
    // below is answered at once, or there would be a search to run or notes to make.
    type_text(&mut session, &mut corpus, &mut line, " ");
    assert!(!session.is_running() && !session.is_preparing());
    assert_eq!(shown(&session).len(), 8_000);
    type_text(&mut session, &mut corpus, &mut line, "g");
    assert!(!session.is_running());
    assert_eq!(shown(&session).len(), 4_000);
    // Notes taken from the word's answer a second space, but say nothing of what follows
    // it: for `zeta  g`, the articles of `zeta  ` are searched.
    backspace(&mut session, &mut corpus, &mut line);
    backspace(&mut session, &mut corpus, &mut line);
    settle(&mut session, &corpus);
    type_text(&mut session, &mut corpus, &mut line, "  ");
    assert!(!session.is_running());
    assert_eq!(shown(&session).len(), 2_000);
    type_text(&mut session, &mut corpus, &mut line, "g");
    assert_eq!(shown(&session).len(), 2_000);
}

#[test]
fn typed_before_the_notes_are_made_a_frequent_word_is_answered_by_its_grams() {
    let bodies = ["zeta gate", "zeta sea", "bzeta gently", "ZETA GULF"];
    let mut corpus = corpus(&bodies, 10_000);
    let (mut session, mut line) = (SearchSession::default(), String::new());
    session.set_index(index(&bodies, 10_000));
    // The pass over the articles for the frequent grams runs between frames.
    assert!(session.grams_pending(&corpus));
    settle(&mut session, &corpus);
    type_text(&mut session, &mut corpus, &mut line, "zeta ");
    finish(&mut session, &corpus);
    assert!(session.is_preparing());
    type_text(&mut session, &mut corpus, &mut line, "g");
    // Only the 2,500 articles of `bzeta` are left to search, one chunk; without the grams
    // of `zeta`, 7,500 (two).
    assert!(!session.is_running());
    assert_eq!(shown(&session).len(), 7_500);
}

#[test]
fn typed_while_the_notes_are_made_the_notes_answer_if_they_leave_less_to_search() {
    // `zeta` is no common word: the index leaves every article to search.
    let bodies = ["zeta gate", "zeta sea", "bathe gently", "ZETA GULF"];
    let mut corpus = corpus(&bodies, 10_000);
    let (mut session, mut line) = (SearchSession::default(), String::new());
    session.set_index(index(&bodies, 10_000));
    type_text(&mut session, &mut corpus, &mut line, "zeta ");
    finish(&mut session, &corpus);
    // One chunk of notes: 4,096 of the 7,500 hits.
    session.prepare(&corpus, slice());
    assert!(session.is_preparing());
    type_text(&mut session, &mut corpus, &mut line, "g");
    // The notes leave 3,404 articles to search, one chunk; the index 5,000 (`zeta` and a
    // word with `g`), two.
    assert!(!session.is_running());
    assert_eq!(shown(&session).len(), 5_000);
}

#[test]
fn a_cached_result_needs_no_search_and_new_articles_are_searched_alone() {
    let mut corpus = corpus(&["ferry", "bus"], 10_000);
    let (mut session, mut line) = (SearchSession::default(), String::new());
    type_text(&mut session, &mut corpus, &mut line, "ferry");
    finish(&mut session, &corpus);
    type_text(&mut session, &mut corpus, &mut line, "x");
    finish(&mut session, &corpus);
    assert!(shown(&session).is_empty());
    backspace(&mut session, &mut corpus, &mut line);
    assert!(!session.is_running(), "the result of `ferry` was kept");
    assert_eq!(shown(&session).len(), 5_000);
    corpus.extend([article("Late", "a late ferry")]);
    session.articles_added(&corpus);
    assert_eq!(shown(&session).len(), 5_001);
}
