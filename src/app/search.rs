//! Incremental search. A keystroke narrows from the cached result of the query it extends, and
//! the search itself runs in slices of at most [`SLICE`]: what does not fit in the keystroke
//! continues between frames (`App::tick`), so typing never waits for a scan of the corpus.
//! The first articles looked at are the top of the list, and the list shows what was found so
//! far: its top is final after the first slice, and the rest fills in below.

use std::time::{Duration, Instant};

use crate::bitmap::Bitmap;
use crate::index::Lookup;
use crate::search::Query;

use super::follow::Follow;
use super::{Action, App};

/// Work done per keystroke or per frame before the screen gets a turn.
pub const SLICE: Duration = Duration::from_millis(25);
/// Articles searched between two looks at the clock (in parallel).
pub(super) const CHUNK: usize = 4096;
/// Results kept for the queries typed last; each is at most one `u32` per article.
const CACHE: usize = 32;

/// A search result kept so that a longer query only looks at these articles and Backspace
/// finds its result again without searching.
#[derive(Debug, Clone)]
struct Cached {
    query: Query,
    hits: Vec<u32>,
    /// Articles below this number were searched.
    upto: u32,
}

/// A search still running: the articles left to look at and what was found so far.
#[derive(Debug, Clone)]
struct Job {
    query: Query,
    /// Articles to look at, or `None` for every article below `upto`.
    candidates: Option<Vec<u32>>,
    next: usize,
    upto: u32,
    hits: Vec<u32>,
    /// Articles replaced by their full parse while the job ran: looked at again at the end.
    recheck: Vec<u32>,
}

impl Job {
    fn remaining(&self) -> usize {
        self.candidates.as_ref().map_or(self.upto as usize, Vec::len).saturating_sub(self.next)
    }
}

#[derive(Debug, Clone)]
pub struct SearchState {
    /// The text in the search line (what is being typed, or what was kept).
    pub input: String,
    pub editing: bool,
    /// The search whose result the list shows; `None` shows every article.
    pub query: Option<Query>,
    /// How long one keystroke or frame may search (tests shorten it to see slicing).
    pub slice: Duration,
    /// The search line before `/`, restored by `Esc`.
    before: String,
    hits: Vec<u32>,
    upto: u32,
    pub(crate) bitmap: Option<Bitmap>,
    cache: Vec<Cached>,
    job: Option<Job>,
    /// Notes on the last finished search for the next keystroke ([`super::follow`]).
    pub(super) follow: Option<Follow>,
}

impl Default for SearchState {
    fn default() -> Self {
        SearchState {
            input: String::new(),
            editing: false,
            query: None,
            slice: SLICE,
            before: String::new(),
            hits: Vec::new(),
            upto: 0,
            bitmap: None,
            cache: Vec::new(),
            job: None,
            follow: None,
        }
    }
}

impl SearchState {
    /// Whether a search is still running (the list shows the previous result meanwhile).
    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// Drops the results kept for earlier queries and the notes on the last one, so the next
    /// search starts from scratch (as the benches measure it).
    pub fn forget(&mut self) {
        self.cache.clear();
        self.follow = None;
    }
}

impl App {
    pub(crate) fn start_search(&mut self) {
        self.search.before = self.search.input.clone();
        self.search.editing = true;
        self.search.input.clear();
        self.apply_search();
    }

    pub(crate) fn update_search(&mut self, action: Action) {
        match action {
            Action::Input(c) => {
                self.search.input.push(c);
                self.apply_search();
            }
            Action::DeleteChar => {
                self.search.input.pop();
                self.apply_search();
            }
            Action::Confirm => self.search.editing = false,
            Action::Cancel => {
                self.search.editing = false;
                self.search.input = std::mem::take(&mut self.search.before);
                self.apply_search();
            }
            Action::Up => self.move_cursor(-1),
            Action::Down => self.move_cursor(1),
            _ => {}
        }
    }

    pub(crate) fn clear_search(&mut self) {
        if self.search.query.is_some() || self.search.job.is_some() {
            self.search.input.clear();
            self.apply_search();
        }
    }

    /// Starts searching for the search line: a cached result for the same text is used at once;
    /// otherwise only the hits of the longest cached query it extends (plus articles loaded
    /// since) are looked at, else every article.
    pub(crate) fn apply_search(&mut self) {
        self.search.job = None;
        if self.search.input.is_empty() {
            self.search.query = None;
            self.search.hits.clear();
            self.search.bitmap = None;
            self.after_search();
            return;
        }
        let query = Query::new(&self.search.input);
        let len = self.corpus.len() as u32;
        let same = self.search.cache.iter().position(|c| c.query.text() == query.text());
        // Finished notes on the last query answer exactly. Before they are, whichever leaves
        // fewer articles to search: the index's answer (`the g` typed right after `the `: a
        // few) or the notes made so far with the articles not noted yet.
        let mut lookup = None;
        let mut followed = None;
        if same.is_none() {
            followed = self.search.followed(&query, false);
            if followed.is_none() {
                lookup = self.corpus.index().map(|index| index.lookup(query.text()));
                let index_leaves = match &lookup {
                    Some(Lookup::Exact(_)) => Some(0),
                    Some(Lookup::Partly { unsure, .. }) => Some(unsure.count()),
                    _ => None,
                };
                followed = self
                    .search
                    .followed(&query, true)
                    .filter(|(_, unsure, _)| index_leaves.is_none_or(|left| unsure.len() < left));
            }
        }
        let cache = &mut self.search.cache;
        let job = if let Some(i) = same {
            let cached = cache.remove(i);
            let fresh = (cached.upto < len).then(|| (cached.upto..len).collect::<Vec<_>>());
            Job {
                query,
                candidates: Some(fresh.unwrap_or_default()),
                next: 0,
                upto: len,
                hits: cached.hits,
                recheck: Vec::new(),
            }
        } else if let Some((hits, mut candidates, upto)) = followed {
            // The last query plus one character: its notes say where this one can match.
            candidates.extend(upto..len);
            let candidates = Some(self.in_list_order(Some(candidates)));
            Job { query, candidates, next: 0, upto: len, hits, recheck: Vec::new() }
        } else {
            let base = cache.iter().filter(|c| query.narrows(&c.query)).max_by_key(|c| c.query.text().len());
            let mut candidates: Option<Vec<u32>> = base.map(|b| b.hits.iter().copied().chain(b.upto..len).collect());
            let mut hits = Vec::new();
            // Once every article is parsed, the word index answers one word at once and
            // narrows anything else to the articles holding all of its words.
            match lookup {
                Some(Lookup::Exact(found)) => (hits, candidates) = (found.numbers(), Some(Vec::new())),
                Some(Lookup::Candidates(mut found)) => {
                    if let Some(base) = &candidates {
                        found.intersect_with(&Bitmap::from_numbers(len as usize, base));
                    }
                    candidates = Some(found.numbers());
                }
                // A common word, a space and a letter (`the g`): most hits are known at once.
                Some(Lookup::Partly { hits: found, mut unsure }) => {
                    if let Some(base) = &candidates {
                        unsure.intersect_with(&Bitmap::from_numbers(len as usize, base));
                    }
                    (hits, candidates) = (found.numbers(), Some(unsure.numbers()));
                }
                Some(Lookup::Unindexed) | None => {}
            }
            let candidates = Some(self.in_list_order(candidates));
            Job { query, candidates, next: 0, upto: len, hits, recheck: Vec::new() }
        };
        self.search.job = Some(job);
        self.run_search(Instant::now());
    }

    /// `candidates` (or every article) as the list shows them: first those the tag filter
    /// keeps, in the current sort, then the others (searched too, for the cached result).
    fn in_list_order(&mut self, candidates: Option<Vec<u32>>) -> Vec<u32> {
        if candidates.as_ref().is_some_and(Vec::is_empty) {
            return Vec::new();
        }
        let len = self.corpus.len();
        let wanted = candidates.as_deref().map(|list| Bitmap::from_numbers(len, list));
        let tags = self.tags.bitmap.as_ref();
        let order = self.corpus.order(self.sort);
        let mut shown = Vec::with_capacity(candidates.as_ref().map_or(len, Vec::len));
        let mut hidden = Vec::new();
        for &n in order {
            if wanted.as_ref().is_none_or(|w| w.contains(n)) {
                if tags.is_none_or(|t| t.contains(n)) { shown.push(n) } else { hidden.push(n) }
            }
        }
        shown.append(&mut hidden);
        // Only the first chunk (the first slice) needs the list's order to make the top of the
        // list final; the rest goes in article order, which reads memory in the order the
        // articles were stored (a quarter less time over 100,000 articles than list order).
        if let Some(rest) = shown.get_mut(CHUNK..) {
            rest.sort_unstable();
        }
        shown
    }

    /// Searches until the job is done or the slice is used up; applies the result when done.
    pub(crate) fn run_search(&mut self, start: Instant) {
        let Some(mut job) = self.search.job.take() else { return };
        while job.remaining() > 0 {
            let end = job.next + CHUNK.min(job.remaining());
            let found = match &job.candidates {
                Some(list) => self.corpus.search(&job.query, Some(&list[job.next..end])),
                None => {
                    let chunk: Vec<u32> = (job.next as u32..end as u32).collect();
                    self.corpus.search(&job.query, Some(&chunk))
                }
            };
            job.hits.extend(found);
            job.next = end;
            if start.elapsed() >= self.search.slice {
                break;
            }
        }
        if job.remaining() > 0 {
            self.show_found_so_far(&job);
            self.search.job = Some(job);
            return;
        }
        job.hits.sort_unstable();
        let recheck = std::mem::take(&mut job.recheck);
        self.corpus_recheck(&job.query, &mut job.hits, recheck, job.upto);
        self.search.start_follow(&job.query, &job.hits, job.upto);
        self.search.cache.push(Cached { query: job.query.clone(), hits: job.hits.clone(), upto: job.upto });
        if self.search.cache.len() > CACHE {
            self.search.cache.remove(0);
        }
        self.search.hits = job.hits;
        self.search.upto = job.upto;
        self.search.query = Some(job.query);
        self.search_new_articles();
        self.after_search();
    }

    /// The list while a search runs: the articles found so far, which (looked at in list
    /// order) are the top of the final list.
    fn show_found_so_far(&mut self, job: &Job) {
        self.search.query = Some(job.query.clone());
        self.search.bitmap = Some(Bitmap::from_numbers(self.corpus.len(), &job.hits));
        self.refresh_view();
        self.compute_matches();
    }

    fn after_search(&mut self) {
        let len = self.corpus.len();
        self.search.bitmap = self.search.query.as_ref().map(|_| Bitmap::from_numbers(len, &self.search.hits));
        self.refresh_view();
        self.compute_matches();
    }

    /// After articles were appended: search only the new ones (a running job covers them
    /// when it finishes).
    pub(crate) fn search_new_articles(&mut self) {
        let len = self.corpus.len() as u32;
        if self.search.job.is_some() || self.search.upto >= len {
            return;
        }
        if let Some(query) = &self.search.query {
            let fresh: Vec<u32> = (self.search.upto..len).collect();
            let found = self.corpus.search(query, Some(&fresh));
            self.search.hits.extend(found);
            self.search.upto = len;
            self.search.bitmap = Some(Bitmap::from_numbers(len as usize, &self.search.hits));
        }
    }

    /// After full parses replaced light-pass articles: their text changed, so older results
    /// are dropped and the one shown is corrected for those articles (or the running job
    /// looks at them again when it ends).
    pub(crate) fn search_replaced(&mut self, numbers: &[u32]) {
        if numbers.is_empty() {
            return;
        }
        self.search.cache.clear();
        self.search.follow = None;
        if let Some(job) = &mut self.search.job {
            job.recheck.extend_from_slice(numbers);
            return;
        }
        let Some(query) = self.search.query.clone() else { return };
        let mut hits = std::mem::take(&mut self.search.hits);
        self.corpus_recheck(&query, &mut hits, numbers.to_vec(), self.search.upto);
        self.search.bitmap = Some(Bitmap::from_numbers(self.corpus.len(), &hits));
        self.search.hits = hits;
    }

    /// Searches `numbers` (below `upto`) again and puts them in or out of the sorted `hits`.
    fn corpus_recheck(&self, query: &Query, hits: &mut Vec<u32>, mut numbers: Vec<u32>, upto: u32) {
        numbers.retain(|&n| n < upto);
        if numbers.is_empty() {
            return;
        }
        numbers.sort_unstable();
        numbers.dedup();
        let again = Bitmap::from_numbers(self.corpus.len(), &numbers);
        hits.retain(|&n| !again.contains(n));
        hits.extend(self.corpus.search(query, Some(&numbers)));
        hits.sort_unstable();
    }
}
