//! The search session: incremental search over the corpus as the reader types. It owns what
//! a search needs beyond one query: the word index (`crate::index`, once the loader has built
//! it), the results of the queries typed last (`cache.rs`), the search still running (`job.rs`),
//! the notes on the last result for the next keystroke (`notes.rs`), and the choice of where a
//! search starts (`strategy.rs`).
//!
//! A keystroke narrows from the cached result of the query it extends, and the search itself
//! runs in slices ([`TimeSlice`](crate::session::TimeSlice)): what does not fit in the
//! keystroke's slice continues in the next frames', so typing never waits for a scan of the
//! corpus. The
//! first articles looked at are the top of the list, and the list shows what was found so far:
//! its top is final after the first slice, and the rest fills in below.

use crate::bitmap::Bitmap;
use crate::corpus::{Corpus, SortKey};
use crate::index::SearchIndex;
use crate::search::Query;

mod cache;
mod job;
mod notes;
mod scan;
mod slice;
mod strategy;

use cache::{Cached, ResultCache};
use job::Job;
use notes::Notes;
pub use slice::{SLICE, TimeSlice};
use strategy::Start;

/// Articles searched (or noted) between two looks at the clock, on all cores: about 5 ms of
/// work over generated articles, so a slice overruns by little.
const CHUNK: usize = 4096;
/// Articles read for the frequent grams between two looks at the clock: about 15 ms on two
/// cores, so a keystroke during the pass waits no longer.
const GRAM_CHUNK: usize = 1024;

/// The order the list shows the articles in: a search looks at them in this order, so that
/// the top of the list is final first.
#[derive(Debug, Clone, Copy)]
pub struct ListOrder<'a> {
    pub sort: SortKey,
    /// The articles the tag filter keeps (`None`: all).
    pub tags: Option<&'a Bitmap>,
}

/// The search session.
#[derive(Debug, Default)]
pub struct SearchSession {
    /// The search whose result the list shows; `None` shows every article.
    query: Option<Query>,
    /// The result of `query` over the articles below `upto`, ascending.
    hits: Vec<u32>,
    upto: u32,
    /// The articles the list shows: `hits`, or what a running search found so far.
    shown: Option<Bitmap>,
    cache: ResultCache,
    job: Option<Job>,
    /// Notes on the last finished search for the next keystroke.
    notes: Option<Notes>,
    /// The word index, once the loader has built it over every article.
    index: Option<SearchIndex>,
    /// Whether this session read the index's frequent grams to the end, and nobody took them
    /// yet ([`SearchSession::take_read_grams`]).
    grams_read: bool,
}

impl SearchSession {
    /// The search whose result the list shows (or is being found).
    pub fn query(&self) -> Option<&Query> {
        self.query.as_ref()
    }

    /// The articles the list shows; `None` for every article.
    pub fn shown(&self) -> Option<&Bitmap> {
        self.shown.as_ref()
    }

    /// Whether a query is in force or being searched.
    pub fn is_active(&self) -> bool {
        self.query.is_some() || self.job.is_some()
    }

    /// Whether a search is still running (the list shows what it found so far).
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Whether notes for the next keystroke are still being made (the list is final).
    pub fn is_preparing(&self) -> bool {
        self.notes.as_ref().is_some_and(|notes| !notes.is_finished())
    }

    /// Whether the word index still reads articles for its frequent grams.
    pub fn grams_pending(&self, corpus: &Corpus) -> bool {
        self.index(corpus).is_some_and(SearchIndex::grams_pending)
    }

    /// Whether there is work to do between frames: a search, notes, or the frequent grams.
    pub fn is_busy(&self, corpus: &Corpus) -> bool {
        self.is_running() || self.is_preparing() || self.grams_pending(corpus)
    }

    /// The word index, when it covers the articles of `corpus` (those added since it was built,
    /// after its last, are searched as if it did not know them).
    pub fn index(&self, corpus: &Corpus) -> Option<&SearchIndex> {
        self.index.as_ref().filter(|index| index.len() <= corpus.len())
    }

    /// Takes the loader's word index; used while it covers every article.
    pub fn set_index(&mut self, index: SearchIndex) {
        self.index = Some(index);
    }

    /// Drops the results kept for earlier queries and the notes on the last one, so the next
    /// search starts from scratch (as the benches measure it).
    pub fn forget(&mut self) {
        self.cache.clear();
        self.notes = None;
    }

    /// Starts searching for `text` (the empty text shows every article), and searches for the
    /// rest of `slice`. A cached result for the same text is used at once; otherwise where the
    /// search starts is chosen (`strategy.rs`) and the candidates are looked at in the list's
    /// order.
    pub fn search(&mut self, text: &str, corpus: &mut Corpus, order: ListOrder<'_>, slice: TimeSlice) {
        self.job = None;
        if text.is_empty() {
            (self.query, self.shown) = (None, None);
            self.hits.clear();
            return;
        }
        let query = Query::new(text);
        let len = corpus.len() as u32;
        let index = self.index.as_ref().filter(|index| index.len() <= len as usize);
        let job = match strategy::start(&query, &mut self.cache, self.notes.as_ref(), index, len) {
            Start::Cached { hits, upto } => Job::new(query, (upto..len).collect(), len, hits),
            Start::Noted(followed) => {
                let mut candidates = followed.maybe;
                candidates.extend(followed.upto..len);
                Job::new(query, in_list_order(Some(candidates), corpus, order), len, followed.matches)
            }
            Start::Narrowed { hits, candidates } => {
                Job::new(query, in_list_order(candidates, corpus, order), len, hits)
            }
        };
        self.job = Some(job);
        self.run(corpus, slice);
    }

    /// Searches until the running search is done or the slice is over. True when there was a
    /// search to run: what the list shows changed.
    pub fn run(&mut self, corpus: &Corpus, slice: TimeSlice) -> bool {
        let Some(mut job) = self.job.take() else { return false };
        if !job.run(corpus.articles(), slice) {
            self.query = Some(job.query.clone());
            self.shown = Some(Bitmap::from_numbers(corpus.len(), &job.hits));
            self.job = Some(job);
            return true;
        }
        job.hits.sort_unstable();
        let recheck = std::mem::take(&mut job.recheck);
        recheck_among(corpus, &job.query, &mut job.hits, recheck, job.upto);
        self.notes = Some(Notes::start(self.notes.as_ref(), &job.query, &job.hits, job.upto));
        self.cache.push(Cached { query: job.query.clone(), hits: job.hits.clone(), upto: job.upto });
        (self.hits, self.upto, self.query) = (job.hits, job.upto, Some(job.query));
        self.articles_added(corpus);
        self.shown = Some(Bitmap::from_numbers(corpus.len(), &self.hits));
        true
    }

    /// Makes notes for the next keystroke for the rest of `slice`; true while more remain.
    pub fn prepare(&mut self, corpus: &Corpus, slice: TimeSlice) -> bool {
        self.notes.as_mut().is_some_and(|notes| notes.make(corpus.articles(), slice))
    }

    /// Reads articles for the word index's frequent grams for the rest of `slice`.
    pub fn read_grams(&mut self, corpus: &Corpus, slice: TimeSlice) {
        let covering = self.index.as_mut().filter(|index| index.len() <= corpus.len());
        let Some(index) = covering.filter(|index| index.grams_pending()) else { return };
        while index.read_for_grams(corpus.articles(), GRAM_CHUNK) && !slice.is_over() {}
        self.grams_read = !index.grams_pending();
    }

    /// Takes the frequent grams a cache kept for the index, if they are its own
    /// ([`SearchIndex::restore_grams`]); else they are read as before.
    pub fn restore_grams(&mut self, grams: &[u8]) {
        if let Some(index) = self.index.as_mut().filter(|index| index.grams_pending()) {
            let _ = index.restore_grams(grams);
        }
    }

    /// The index's frequent grams as bytes ([`SearchIndex::grams_snapshot`]), once, after this
    /// session read them to the end: for the reader to keep in the cache beside the index.
    pub fn take_read_grams(&mut self) -> Option<Vec<u8>> {
        if !std::mem::take(&mut self.grams_read) {
            return None;
        }
        self.index.as_ref().map(SearchIndex::grams_snapshot)
    }

    /// After articles were appended: searches only the new ones (a running search covers them
    /// when it ends).
    pub fn articles_added(&mut self, corpus: &Corpus) {
        let len = corpus.len() as u32;
        if self.job.is_some() || self.upto >= len {
            return;
        }
        if let Some(query) = &self.query {
            let fresh: Vec<u32> = (self.upto..len).collect();
            self.hits.extend(scan::matching(corpus.articles(), query, &fresh));
            self.upto = len;
            self.shown = Some(Bitmap::from_numbers(len as usize, &self.hits));
        }
    }

    /// After full parses replaced light-pass articles: their text changed, so older results
    /// are dropped and the one shown is corrected for those articles (or the running search
    /// looks at them again when it ends).
    pub fn articles_replaced(&mut self, corpus: &Corpus, numbers: &[u32]) {
        if numbers.is_empty() {
            return;
        }
        self.cache.clear();
        self.notes = None;
        if let Some(job) = &mut self.job {
            job.recheck.extend_from_slice(numbers);
            return;
        }
        let Some(query) = &self.query else { return };
        recheck_among(corpus, query, &mut self.hits, numbers.to_vec(), self.upto);
        self.shown = Some(Bitmap::from_numbers(corpus.len(), &self.hits));
    }
}

/// Searches `numbers` (below `upto`) again and puts them in or out of the sorted `hits`.
fn recheck_among(corpus: &Corpus, query: &Query, hits: &mut Vec<u32>, mut numbers: Vec<u32>, upto: u32) {
    numbers.retain(|&n| n < upto);
    if numbers.is_empty() {
        return;
    }
    numbers.sort_unstable();
    numbers.dedup();
    let again = Bitmap::from_numbers(corpus.len(), &numbers);
    hits.retain(|&n| !again.contains(n));
    hits.extend(scan::matching(corpus.articles(), query, &numbers));
    hits.sort_unstable();
}

/// `candidates` (or every article) as the list shows them: first those the tag filter keeps,
/// in the list's sort, then the others (searched too, for the cached result).
fn in_list_order(candidates: Option<Vec<u32>>, corpus: &mut Corpus, list: ListOrder<'_>) -> Vec<u32> {
    if candidates.as_ref().is_some_and(Vec::is_empty) {
        return Vec::new();
    }
    let len = corpus.len();
    let wanted = candidates.as_deref().map(|numbers| Bitmap::from_numbers(len, numbers));
    let mut shown = Vec::with_capacity(candidates.as_ref().map_or(len, Vec::len));
    let mut hidden = Vec::new();
    for &n in corpus.order(list.sort) {
        if wanted.as_ref().is_none_or(|w| w.contains(n)) {
            if list.tags.is_none_or(|t| t.contains(n)) { shown.push(n) } else { hidden.push(n) }
        }
    }
    shown.append(&mut hidden);
    // Only the first chunk (the first slice) needs the list's order to make the top of the
    // list final; the rest goes in article order, which reads the packed bodies in the order
    // they lie in memory (a batch's bodies in one block) instead of jumping between blocks.
    if let Some(rest) = shown.get_mut(CHUNK..) {
        rest.sort_unstable();
    }
    shown
}

#[cfg(test)]
mod tests;
