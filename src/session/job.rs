//! A search still running: the articles left to look at, and what was found so far.

use crate::article::StoredArticle;
use crate::search::Query;

use super::{CHUNK, TimeSlice, scan};

/// A search in progress.
#[derive(Debug, Clone)]
pub(super) struct Job {
    pub query: Query,
    /// Articles to look at, the first ones first (the top of the list, see
    /// [`super::SearchSession::search`]).
    pub candidates: Vec<u32>,
    /// How many of `candidates` were looked at.
    pub next: usize,
    /// The search covers the articles below this number.
    pub upto: u32,
    /// Found so far: final, but not in order.
    pub hits: Vec<u32>,
    /// Articles replaced by their full parse while the job ran: looked at again at the end.
    pub recheck: Vec<u32>,
}

impl Job {
    /// A search for `query` over `candidates` below `upto`, with `hits` known already.
    pub(super) fn new(query: Query, candidates: Vec<u32>, upto: u32, hits: Vec<u32>) -> Job {
        Job { query, candidates, next: 0, upto, hits, recheck: Vec::new() }
    }

    fn remaining(&self) -> usize {
        self.candidates.len().saturating_sub(self.next)
    }

    /// Looks at candidates, a chunk at a time, until none is left or the slice is over; true
    /// when none is left.
    pub(super) fn run(&mut self, articles: &[Box<StoredArticle>], slice: TimeSlice) -> bool {
        while self.remaining() > 0 {
            let end = self.next + CHUNK.min(self.remaining());
            self.hits.extend(scan::matching(articles, &self.query, &self.candidates[self.next..end]));
            self.next = end;
            if slice.is_over() {
                break;
            }
        }
        self.remaining() == 0
    }
}
