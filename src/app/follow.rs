//! What comes after the matches of the last search, so that the next keystroke is answered at
//! once. A query of several frequent words (`government s`) has candidates in almost every
//! article, and checking 400 MB of text takes 60-100 ms; but typed one character at a time,
//! each query is the one before plus a character. Once a search is done, the characters right
//! after each of its matches are noted per article ([`Follows`]: a `u64` of [`follow_class`]
//! bits, and one more for the character after a match and a space) in slices between frames;
//! the next keystroke keeps the articles whose note has the typed character's class: exactly
//! for letters, digits and the space, and as candidates to check for the others. Typed faster
//! than the notes are made, a keystroke searches the articles not noted yet, unless the word
//! index answers it with less to search (`crate::index`).

use std::time::Instant;

use crate::search::{Follows, Query, follow_class};

use super::App;
use super::search::{CHUNK, SearchState};

/// The notes for one finished search: its hits, and for each the classes that follow a match.
#[derive(Debug, Clone)]
pub struct Follow {
    query: Query,
    hits: Vec<u32>,
    masks: Vec<Follows>,
    /// Articles below this number were searched.
    upto: u32,
    /// Whether `masks` say what follows a match and a space (not for notes taken from those of
    /// the query before).
    spaced: bool,
}

impl Follow {
    /// Notes for `query`, the noted query plus a space, whose result is `hits`: taken from what
    /// follows a match and a space in these notes, once they are finished. A word typed at a
    /// reading pace, then a space and a letter at once, has the letter answered from them.
    fn after_space(&self, query: &Query, hits: &[u32], upto: u32) -> Option<Follow> {
        let finished = self.spaced && self.masks.len() == self.hits.len() && self.upto == upto;
        if !finished || query.text().strip_prefix(self.query.text()) != Some(" ") {
            return None;
        }
        let masks = hits
            .iter()
            .map(|n| {
                self.hits.binary_search(n).ok().map(|i| Follows { next: self.masks[i].after_space, after_space: 0 })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Follow { query: query.clone(), hits: hits.to_vec(), masks, upto, spaced: false })
    }
}

impl SearchState {
    /// Whether notes for the next keystroke are still being made (the list is final).
    pub fn is_preparing(&self) -> bool {
        self.follow.as_ref().is_some_and(|f| f.masks.len() < f.hits.len())
    }

    /// Starts noting what follows the matches of `query`, whose result is `hits` below `upto`
    /// (or takes the notes from those on the query before, [`Follow::after_space`]).
    pub(crate) fn start_follow(&mut self, query: &Query, hits: &[u32], upto: u32) {
        let taken = self.follow.as_ref().and_then(|before| before.after_space(query, hits, upto));
        self.follow = Some(taken.unwrap_or_else(|| Follow {
            query: query.clone(),
            hits: hits.to_vec(),
            masks: Vec::new(),
            upto,
            spaced: true,
        }));
    }

    /// When `query` is the noted query plus one character: the articles below the noted
    /// `upto` where it matches for certain, those where it may match (to be searched), and
    /// `upto`. Notes not made yet leave their articles to be searched; without `partly`, only
    /// finished notes answer.
    pub(crate) fn followed(&self, query: &Query, partly: bool) -> Option<(Vec<u32>, Vec<u32>, u32)> {
        let follow = self.follow.as_ref().filter(|f| partly || f.masks.len() == f.hits.len())?;
        let rest = query.text().strip_prefix(follow.query.text())?;
        let mut chars = rest.chars();
        let (Some(next), None) = (chars.next(), chars.next()) else { return None };
        let (class, exact) = follow_class(next);
        let noted = follow.hits.iter().zip(&follow.masks).filter(|&(_, m)| m.next & (1 << class) != 0).map(|(&n, _)| n);
        let unnoted = follow.hits[follow.masks.len()..].iter().copied();
        Some(if exact {
            (noted.collect(), unnoted.collect(), follow.upto)
        } else {
            (Vec::new(), noted.chain(unnoted).collect(), follow.upto)
        })
    }
}

impl App {
    /// Makes notes for one slice; true while there is more to do.
    pub(crate) fn run_follow(&mut self, start: Instant) -> bool {
        let Some(mut follow) = self.search.follow.take() else { return false };
        while follow.masks.len() < follow.hits.len() {
            let from = follow.masks.len();
            let to = (from + CHUNK).min(follow.hits.len());
            follow.masks.extend(self.corpus.follow_masks(&follow.query, &follow.hits[from..to]));
            if start.elapsed() >= self.search.slice {
                break;
            }
        }
        let more = follow.masks.len() < follow.hits.len();
        self.search.follow = Some(follow);
        more
    }
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, Instant};

    use crate::app::{Action, App};
    use crate::article::Article;

    fn article(title: &str, body: &str) -> Article {
        Article { title: title.into(), paragraphs: vec![body.into()], ..Article::default() }
    }

    fn type_text(app: &mut App, text: &str) {
        text.chars().for_each(|c| app.update(Action::Input(c)));
    }

    #[test]
    fn the_next_keystroke_is_answered_from_notes_on_the_last_search() {
        let bodies =
            ["the gate opened", "The Gulf and the sea", "they go", "bathe gently", "the\u{212A}ey", "thé garden"];
        let many: Vec<Article> = (0..600).map(|i| article(&format!("Story {i}"), bodies[i % bodies.len()])).collect();
        let mut app = App::with_articles(many, (120, 40));
        app.search.slice = Duration::ZERO;
        app.update(Action::StartSearch);
        type_text(&mut app, "the ");
        while app.is_busy() {
            app.tick(Instant::now());
        }
        for (next, found) in [('g', 300), ('s', 100), ('k', 0)] {
            type_text(&mut app, &next.to_string());
            // A letter has a class of its own: the notes answer exactly, with no search to run.
            assert!(!app.search.is_running(), "the {next}");
            let noted = app.view.clone();
            app.search.forget();
            app.update(Action::DeleteChar);
            type_text(&mut app, &next.to_string());
            while app.search.is_running() {
                app.tick(Instant::now());
            }
            assert_eq!((noted.len(), &noted), (found, &app.view), "the {next}: notes and search agree");
            app.update(Action::DeleteChar);
            while app.is_busy() {
                app.tick(Instant::now());
            }
        }
        // `é` shares its class: the notes give candidates, which are searched.
        type_text(&mut app, "\u{e9}");
        while app.search.is_running() {
            app.tick(Instant::now());
        }
        assert!(app.view.is_empty(), "`the é` is in no article");
    }

    #[test]
    fn typed_before_the_notes_are_made_the_rest_is_searched() {
        let bodies = ["the gate", "the sea", "bathe gently", "THE GULF"];
        let many: Vec<Article> = (0..10_000).map(|i| article(&format!("Story {i}"), bodies[i % 4])).collect();
        let mut app = App::with_articles(many, (120, 40));
        app.search.slice = Duration::ZERO;
        app.update(Action::StartSearch);
        type_text(&mut app, "the ");
        while app.search.is_running() {
            app.tick(Instant::now());
        }
        app.tick(Instant::now());
        assert!(app.search.is_preparing(), "one chunk of notes per slice cannot cover 10,000 articles");
        type_text(&mut app, "g");
        while app.search.is_running() {
            app.tick(Instant::now());
        }
        assert_eq!(app.view.len(), 7_500);
    }

    #[test]
    fn typed_before_the_notes_are_made_a_common_word_is_answered_by_the_index() {
        let bodies = ["the gate", "the sea", "bathe gently", "THE GULF", "breathe Gently"];
        let many: Vec<Article> = (0..10_000).map(|i| article(&format!("Story {i}"), bodies[i % 5])).collect();
        let mut builder = crate::index::IndexBuilder::new(many.len());
        for (n, a) in many.iter().enumerate() {
            builder.add(n as u32, &crate::index::terms_of(a));
        }
        let mut app = App::with_articles(many, (120, 40));
        app.corpus.set_index(builder.finish(10_000));
        app.search.slice = Duration::ZERO;
        app.update(Action::StartSearch);
        type_text(&mut app, "the ");
        while app.search.is_running() {
            app.tick(Instant::now());
        }
        assert!(app.search.is_preparing());
        type_text(&mut app, "g");
        // Only the 4,000 articles of `bathe` and `breathe` are left to search, one chunk: the
        // keystroke is answered at once (without the index, 10,000 take three slices).
        assert!(!app.search.is_running());
        assert_eq!(app.view.len(), 8_000);
        // With the notes made, they answer the next keystroke instead.
        app.update(Action::DeleteChar);
        while app.is_busy() {
            app.tick(Instant::now());
        }
        type_text(&mut app, "g");
        assert!(!app.search.is_running());
        assert_eq!(app.view.len(), 8_000);
    }

    #[test]
    fn a_space_then_a_letter_typed_at_once_are_answered_from_the_notes_on_the_word() {
        let bodies = ["zeta gate", "zeta sea", "zetas go", "ZETA GULF", "zeta  go"];
        let many: Vec<Article> = (0..10_000).map(|i| article(&format!("Story {i}"), bodies[i % 5])).collect();
        let mut app = App::with_articles(many, (120, 40));
        app.search.slice = Duration::ZERO;
        app.update(Action::StartSearch);
        type_text(&mut app, "zeta");
        while app.is_busy() {
            app.tick(Instant::now());
        }
        // A slice of zero searches one chunk of 4,096 articles, or makes notes for one: each
        // keystroke below is answered at once, or there would be a search to run or notes to
        // make.
        type_text(&mut app, " ");
        assert!(!app.search.is_running() && !app.search.is_preparing());
        assert_eq!(app.view.len(), 8_000);
        type_text(&mut app, "g");
        assert!(!app.search.is_running());
        assert_eq!(app.view.len(), 4_000);
        // Notes taken from the word's answer a second space, but say nothing of what follows
        // it: for `zeta  g`, the articles of `zeta  ` are searched.
        app.update(Action::DeleteChar);
        app.update(Action::DeleteChar);
        while app.is_busy() {
            app.tick(Instant::now());
        }
        type_text(&mut app, "  ");
        assert!(!app.search.is_running());
        assert_eq!(app.view.len(), 2_000);
        type_text(&mut app, "g");
        assert_eq!(app.view.len(), 2_000);
    }

    #[test]
    fn typed_before_the_notes_are_made_a_frequent_word_is_answered_by_its_grams() {
        let bodies = ["zeta gate", "zeta sea", "bzeta gently", "ZETA GULF"];
        let many: Vec<Article> = (0..10_000).map(|i| article(&format!("Story {i}"), bodies[i % 4])).collect();
        let mut builder = crate::index::IndexBuilder::new(many.len());
        for (n, a) in many.iter().enumerate() {
            builder.add(n as u32, &crate::index::terms_of(a));
        }
        let mut app = App::with_articles(many, (120, 40));
        app.corpus.set_index(builder.finish(10_000));
        app.search.slice = Duration::ZERO;
        // The pass over the articles for the frequent grams runs between frames.
        assert!(app.is_busy());
        while app.is_busy() {
            app.tick(Instant::now());
        }
        app.update(Action::StartSearch);
        type_text(&mut app, "zeta ");
        while app.search.is_running() {
            app.tick(Instant::now());
        }
        assert!(app.search.is_preparing());
        type_text(&mut app, "g");
        // Only the 2,500 articles of `bzeta` are left to search, one chunk; without the grams
        // of `zeta`, 7,500 (two).
        assert!(!app.search.is_running());
        assert_eq!(app.view.len(), 7_500);
    }

    #[test]
    fn typed_while_the_notes_are_made_the_notes_answer_if_they_leave_less_to_search() {
        // `zeta` is no common word: the index leaves every article to search.
        let bodies = ["zeta gate", "zeta sea", "bathe gently", "ZETA GULF"];
        let many: Vec<Article> = (0..10_000).map(|i| article(&format!("Story {i}"), bodies[i % 4])).collect();
        let mut builder = crate::index::IndexBuilder::new(many.len());
        for (n, a) in many.iter().enumerate() {
            builder.add(n as u32, &crate::index::terms_of(a));
        }
        let mut app = App::with_articles(many, (120, 40));
        app.corpus.set_index(builder.finish(10_000));
        app.search.slice = Duration::ZERO;
        app.update(Action::StartSearch);
        type_text(&mut app, "zeta ");
        while app.search.is_running() {
            app.tick(Instant::now());
        }
        // One chunk of notes: 4,096 of the 7,500 hits.
        app.tick(Instant::now());
        assert!(app.search.is_preparing());
        type_text(&mut app, "g");
        // The notes leave 3,404 articles to search, one chunk; the index 5,000 (`zeta` and a
        // word with `g`), two.
        assert!(!app.search.is_running());
        assert_eq!(app.view.len(), 5_000);
    }
}
