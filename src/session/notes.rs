//! What comes after the matches of the last search, so that the next keystroke is answered at
//! once. A query of several frequent words (`government s`) has candidates in almost every
//! article, and checking 400 MB of text takes 60-100 ms; but typed one character at a time,
//! each query is the one before plus a character. Once a search is done, the characters right
//! after each of its matches are noted per article ([`Follows`]: a `u64` of [`follow_class`]
//! bits, and one more for the character after a match and a space) in slices between frames;
//! the next keystroke keeps the articles whose note has the typed character's class: exactly
//! for letters, digits and the space, and as candidates to check for the others. Typed faster
//! than the notes are made, a keystroke searches the articles not noted yet, unless the word
//! index answers it with less to search (`strategy.rs`).

use crate::article::StoredArticle;
use crate::search::{Follows, Query, follow_class};

use super::{CHUNK, TimeSlice, scan};

/// The notes for one finished search: its hits, and for each the classes that follow a match.
#[derive(Debug, Clone)]
pub(super) struct Notes {
    query: Query,
    hits: Vec<u32>,
    /// What follows the matches in each of the first `masks.len()` hits: made so far.
    masks: Vec<Follows>,
    /// Articles below this number were searched.
    upto: u32,
    /// Whether `masks` say what follows a match and a space (not for notes taken from those of
    /// the query before).
    spaced: bool,
}

/// What the notes say of the query one character longer than the noted one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Followed {
    /// Articles below `upto` where it matches for certain.
    pub matches: Vec<u32>,
    /// Articles below `upto` where it may match: to be searched.
    pub maybe: Vec<u32>,
    /// Articles below this number were noted; the others are to be searched.
    pub upto: u32,
}

impl Notes {
    /// Notes to make on `query`, whose result is `hits` below `upto`; or, when `query` is the
    /// query of `before` plus a space and those are finished, notes taken from what they say
    /// follows a match and a space (a word typed at a reading pace, then a space and a letter
    /// at once, has the letter answered from them).
    pub(super) fn start(before: Option<&Notes>, query: &Query, hits: &[u32], upto: u32) -> Notes {
        let taken = before.and_then(|before| before.after_space(query, hits, upto));
        taken.unwrap_or_else(|| Notes {
            query: query.clone(),
            hits: hits.to_vec(),
            masks: Vec::new(),
            upto,
            spaced: true,
        })
    }

    fn after_space(&self, query: &Query, hits: &[u32], upto: u32) -> Option<Notes> {
        let finished = self.spaced && self.is_finished() && self.upto == upto;
        if !finished || query.text().strip_prefix(self.query.text()) != Some(" ") {
            return None;
        }
        let masks = hits
            .iter()
            .map(|n| {
                self.hits.binary_search(n).ok().map(|i| Follows { next: self.masks[i].after_space, after_space: 0 })
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Notes { query: query.clone(), hits: hits.to_vec(), masks, upto, spaced: false })
    }

    /// Whether every hit has its note.
    pub(super) fn is_finished(&self) -> bool {
        self.masks.len() == self.hits.len()
    }

    /// When `query` is the noted query plus one character: what the notes say of it. Notes not
    /// made yet leave their articles to be searched; without `partly`, only finished notes
    /// answer.
    pub(super) fn followed(&self, query: &Query, partly: bool) -> Option<Followed> {
        if !partly && !self.is_finished() {
            return None;
        }
        let rest = query.text().strip_prefix(self.query.text())?;
        let mut chars = rest.chars();
        let (Some(next), None) = (chars.next(), chars.next()) else { return None };
        let (class, exact) = follow_class(next);
        let noted = self.hits.iter().zip(&self.masks).filter(|&(_, m)| m.next & (1 << class) != 0).map(|(&n, _)| n);
        let unnoted = self.hits[self.masks.len()..].iter().copied();
        Some(if exact {
            Followed { matches: noted.collect(), maybe: unnoted.collect(), upto: self.upto }
        } else {
            Followed { matches: Vec::new(), maybe: noted.chain(unnoted).collect(), upto: self.upto }
        })
    }

    /// Makes notes until they are finished or the slice is over; true while more remain.
    pub(super) fn make(&mut self, articles: &[Box<StoredArticle>], slice: TimeSlice) -> bool {
        while !self.is_finished() {
            let from = self.masks.len();
            let to = (from + CHUNK).min(self.hits.len());
            self.masks.extend(scan::follows(articles, &self.query, &self.hits[from..to]));
            if slice.is_over() {
                break;
            }
        }
        !self.is_finished()
    }
}
