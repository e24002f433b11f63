//! The results of the queries typed last, so that a longer query only looks at the articles
//! a shorter one found, and Backspace finds its result again without searching.

use crate::search::Query;

/// Results kept: each is at most one `u32` per article (400 KB at 100,000), and typing goes
/// back further than this seldom.
const KEPT: usize = 32;

/// A finished search's result.
#[derive(Debug, Clone)]
pub(super) struct Cached {
    pub query: Query,
    pub hits: Vec<u32>,
    /// Articles below this number were searched.
    pub upto: u32,
}

/// The last [`KEPT`] results, oldest first.
#[derive(Debug, Clone, Default)]
pub(super) struct ResultCache {
    results: Vec<Cached>,
}

impl ResultCache {
    /// Takes out the result of a query of this very text.
    pub(super) fn take(&mut self, query: &Query) -> Option<Cached> {
        let at = self.results.iter().position(|c| c.query.text() == query.text())?;
        Some(self.results.remove(at))
    }

    /// The longest query kept that `query` narrows (every match of `query` is one of it).
    pub(super) fn narrowed_by(&self, query: &Query) -> Option<&Cached> {
        self.results.iter().filter(|c| query.narrows(&c.query)).max_by_key(|c| c.query.text().len())
    }

    /// Keeps a result, forgetting the oldest beyond [`KEPT`].
    pub(super) fn push(&mut self, cached: Cached) {
        self.results.push(cached);
        if self.results.len() > KEPT {
            self.results.remove(0);
        }
    }

    pub(super) fn clear(&mut self) {
        self.results.clear();
    }
}
