//! Articles arriving from the background loader. Batches are appended at once, but the list
//! is recomputed at most every [`REFRESH`] while loading (less often when it gets costly, and
//! once at the end), so a 100,000 article corpus does not rebuild its view on every batch.
//!
//! The loader lists every file with a light pass first, then replaces each article with its
//! full parse ([`crate::loader`]); `indexing N%` shows how far that second pass is.

use std::time::{Duration, Instant};

use crate::loader::{LoadEvent, Read};

use super::{App, Popup};

pub const REFRESH: Duration = Duration::from_millis(100);
const NO_ARTICLE: u32 = u32::MAX;

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
    /// First article number of each input file (by its index in the input), to put full
    /// parses in place, and the file of each article, to ask for the selected one first.
    first_article: Vec<u32>,
    file_of: Vec<u32>,
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
            LoadEvent::Found(n) => self.loading.found = Some(n),
            LoadEvent::Articles { articles, files } => {
                self.loading.files += files;
                self.corpus.extend(articles);
                self.loaded(now);
            }
            LoadEvent::Read { read, files } => {
                self.loading.files += files;
                for Read { source, articles, full } in read {
                    self.note_source(source, articles.len());
                    self.corpus.append(articles, full);
                }
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
            LoadEvent::Failed(error) => self.loading.failures.push(error.to_string()),
            LoadEvent::Finished => {
                self.loading.listed = true;
                self.loading.finished = true;
                self.loading.first_article = Vec::new();
                self.loading.file_of = Vec::new();
                self.refresh_loaded(now);
            }
        }
    }

    fn loaded(&mut self, now: Instant) {
        self.loading.dirty = true;
        self.tick(now);
    }

    fn note_source(&mut self, source: u32, articles: usize) {
        let first = self.corpus.len() as u32;
        let table = &mut self.loading.first_article;
        if table.len() <= source as usize {
            table.resize(source as usize + 1, NO_ARTICLE);
        }
        table[source as usize] = first;
        self.loading.file_of.extend(std::iter::repeat_n(source, articles));
    }

    /// Full parses take the numbers of their light-pass articles.
    fn replace_parsed(&mut self, parsed: Vec<Read>) {
        let mut replaced = Vec::new();
        for Read { source, articles, .. } in parsed {
            let first = self.loading.first_article.get(source as usize).copied().unwrap_or(NO_ARTICLE);
            if first == NO_ARTICLE {
                continue;
            }
            // A page is one article; a file that now reads as more keeps only as many.
            let count = self.loading.file_of[first as usize..].iter().take_while(|&&s| s == source).count();
            replaced.extend((first..).zip(articles).take(count));
        }
        let numbers: Vec<u32> = replaced.iter().map(|(n, _)| *n).collect();
        self.corpus.replace(replaced);
        if self.reading.doc.as_ref().is_some_and(|d| numbers.contains(&d.article)) {
            // The open article got its body: lay it out again, keeping the place.
            self.reading.doc = None;
        }
        self.search_replaced(&numbers);
    }

    /// The file whose full parse the reader waits for: the selected article's, if not parsed.
    pub fn wanted_file(&self) -> Option<u32> {
        let number = self.list.selected?;
        (!self.corpus.is_parsed(number)).then(|| self.loading.file_of.get(number as usize).copied()).flatten()
    }

    /// Between frames: goes on with a running search, and recomputes the list if articles
    /// arrived and the last recomputation is old enough.
    pub fn tick(&mut self, now: Instant) {
        if self.search.is_running() {
            self.run_search(Instant::now());
            self.sync();
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
        self.refresh_view();
        self.sync();
        self.loading.last_cost = start.elapsed();
    }

    pub fn is_loading(&self) -> bool {
        !self.loading.finished
    }

    /// Whether there is work to do between frames even without input.
    pub fn is_busy(&self) -> bool {
        self.is_loading() || self.search.is_running()
    }
}
