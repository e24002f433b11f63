//! Articles arriving from the background loader. Batches are appended at once, but the list
//! is recomputed at most every [`REFRESH`] while loading (less often when it gets costly, and
//! once at the end), so a 100,000 article corpus does not rebuild its view on every batch.
//!
//! The loader lists every file with a light pass first, then replaces each article with its
//! full parse ([`crate::loader`]); `indexing N%` shows how far that second pass is.

use std::time::{Duration, Instant};

use crate::loader::LoadEvent;

use super::{App, Popup};

pub const REFRESH: Duration = Duration::from_millis(100);
/// Articles read for the frequent grams between two looks at the clock: about 15 ms on two
/// cores, so a keystroke during the pass waits no longer.
const GRAM_CHUNK: usize = 1024;

#[derive(Debug, Clone, Default)]
pub struct Loading {
    /// Files to read, once the loader has found them.
    pub found: Option<usize>,
    /// Files read so far.
    pub files: usize,
    /// Every file is listed (light pass done): the list and the tag filter are complete.
    pub listed: bool,
    /// Files waiting for (`to_parse`) and done with (`parsed`) their full parse.
    pub to_parse: usize,
    pub parsed: usize,
    pub finished: bool,
    /// `path: reason` for each file that could not be read.
    pub failures: Vec<String>,
    /// Articles were appended or replaced since the list was last recomputed.
    dirty: bool,
    last_refresh: Option<Instant>,
    /// What the last recomputation cost (re-sorting grows with the corpus).
    last_cost: Duration,
}

impl Loading {
    /// `Some(percent)` while the full parse goes on behind a complete list.
    pub fn indexing(&self) -> Option<usize> {
        (self.listed && !self.finished).then(|| (self.parsed * 100).checked_div(self.to_parse).unwrap_or(100))
    }
}

impl App {
    pub fn on_load(&mut self, event: LoadEvent, now: Instant) {
        match event {
            LoadEvent::Found(n) => {
                self.loading.found = Some(n);
                self.corpus.reserve(n.saturating_sub(self.loading.files));
            }
            LoadEvent::Articles { articles, files } => {
                self.loading.files += files;
                self.corpus.extend(articles);
                self.loaded(now);
            }
            LoadEvent::Read { articles, new_tags, files } => {
                self.loading.files += files;
                self.corpus.append_listed(articles, new_tags);
                self.loaded(now);
            }
            LoadEvent::Listed(to_parse) => {
                self.loading.listed = true;
                self.loading.to_parse = to_parse;
                self.refresh_loaded(now);
            }
            LoadEvent::Parsed(parsed) => {
                self.loading.parsed += parsed.len();
                self.replace_parsed(parsed);
                self.loaded(now);
            }
            LoadEvent::Indexed(index) => self.corpus.set_index(*index),
            LoadEvent::Failed(error) => self.loading.failures.push(error.to_string()),
            LoadEvent::Finished => {
                self.loading.listed = true;
                self.loading.finished = true;
                self.refresh_loaded(now);
            }
        }
    }

    fn loaded(&mut self, now: Instant) {
        self.loading.dirty = true;
        self.tick(now);
    }

    /// Full parses take the numbers of their light-pass articles.
    fn replace_parsed(&mut self, replaced: Vec<(u32, crate::Article)>) {
        let numbers: Vec<u32> = replaced.iter().map(|(n, _)| *n).collect();
        self.corpus.replace(replaced);
        if self.reading.doc.as_ref().is_some_and(|d| numbers.contains(&d.article)) {
            // The open article got its body: lay it out again, keeping the place.
            self.reading.doc = None;
        }
        self.search_replaced(&numbers);
    }

    /// The article whose full parse the reader waits for: the selected one, if not parsed.
    pub fn wanted_article(&self) -> Option<u32> {
        self.list.selected.filter(|&n| !self.corpus.is_parsed(n))
    }

    /// Between frames: goes on with a running search, and recomputes the list if articles
    /// arrived and the last recomputation is old enough.
    pub fn tick(&mut self, now: Instant) {
        if self.search.is_running() {
            self.run_search(Instant::now());
            self.sync();
        } else if self.search.is_preparing() {
            self.run_follow(Instant::now());
        } else if self.corpus.grams_pending() {
            self.run_grams(Instant::now());
        }
        // Recomputing may not take more than a fifth of the time while loading, so input and
        // drawing keep most of it even when a re-sort of a huge corpus costs tens of ms.
        let interval = REFRESH.max(self.loading.last_cost * 5);
        let due = self.loading.last_refresh.is_none_or(|last| now.duration_since(last) >= interval);
        if self.loading.dirty && due {
            self.refresh_loaded(now);
        }
    }

    fn refresh_loaded(&mut self, now: Instant) {
        let start = Instant::now();
        self.loading.dirty = false;
        self.loading.last_refresh = Some(now);
        self.search_new_articles();
        self.rebuild_tag_bitmap();
        if let Some(Popup::Tags(picker)) = &mut self.popup {
            picker.reload(&self.corpus);
        }
        if !self.list.chosen {
            // Nobody picked an article yet: the list stays at its top as newer ones arrive.
            (self.list.selected, self.list.cursor) = (None, 0);
        }
        self.refresh_view();
        self.sync();
        self.loading.last_cost = start.elapsed();
    }

    pub fn is_loading(&self) -> bool {
        !self.loading.finished
    }

    /// Whether there is work to do between frames even without input.
    pub fn is_busy(&self) -> bool {
        self.is_loading() || self.search.is_running() || self.search.is_preparing() || self.corpus.grams_pending()
    }

    /// Reads articles for the word index's frequent grams for one slice, once nothing else is
    /// to be done between frames.
    pub(crate) fn run_grams(&mut self, start: Instant) {
        while self.corpus.read_for_grams(GRAM_CHUNK) && start.elapsed() < self.search.slice {}
    }
}
