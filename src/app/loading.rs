//! What the reader accepts from a loader ([`LoadEvent`]), and how far loading has come
//! ([`Loading`]). The loader lists every file with a light pass first, then replaces each
//! article with its full parse (`crate::loader`); `indexing N%` shows how far that second pass
//! is. Batches are taken at once, but the list is recomputed at most every [`REFRESH`] while
//! loading (less often when it gets costly, and once at the end), so a 100,000 article corpus
//! does not rebuild its view on every batch.

use std::time::{Duration, Instant};

use crate::article::Article;
use crate::corpus::{Listed, Replacement};
use crate::error::FileError;
use crate::index::SearchIndex;

/// The least time between two recomputations of the list while loading: ten a second keep
/// the list moving without taking the time of the loading itself.
pub const REFRESH: Duration = Duration::from_millis(100);
/// While loading, recomputing the list may take at most one part in this many of the time, so
/// input and drawing keep most of it even when merging a huge corpus costs tens of ms.
const REFRESH_SHARE: u32 = 5;

/// What a loader hands the reader, in this order: the number of files, the articles of pass 1,
/// `Listed`, the full parses of pass 2, the word index, `Finished`; failures at any time.
#[derive(Debug)]
pub enum LoadEvent {
    /// The number of files found, once the folders are walked (articles may come before).
    Found(usize),
    /// Final articles of the next files read, and how many files those were.
    Articles { articles: Vec<Article>, files: usize },
    /// Pass 1: articles to append (numbered on from the corpus's length), final (JSON) or from
    /// the light pass, with the tag names first numbered since the last batch, in id order
    /// ([`Corpus::append_listed`](crate::corpus::Corpus::append_listed)), and how many files
    /// were read (failures included).
    Read { articles: Vec<Listed>, new_tags: Vec<String>, files: usize },
    /// Pass 1 is over: every file is listed; this many will be parsed in full.
    Listed(usize),
    /// Pass 2: full parses of articles sent before.
    Parsed(Vec<Replacement>),
    /// The search index over every article, once all are parsed.
    Indexed(Box<SearchIndex>),
    /// The index's frequent grams as the cache kept them ([`SearchIndex::grams_snapshot`]),
    /// after `Finished`: taken if they are the index's, else read again.
    Grams(Vec<u8>),
    /// A file that could not be read.
    Failed(FileError),
    /// Pass 2: a file listed in pass 1 that could not be read again (changed or deleted since):
    /// its articles keep what pass 1 found.
    Unreadable { articles: Vec<u32>, error: FileError },
    /// Articles whose files are gone (removed, or unreadable since they were listed): they
    /// leave every view.
    Removed(Vec<u32>),
    /// One line for the status bar (the cache was damaged and is rebuilt, could not be
    /// written, a reload's outcome).
    Notice(String),
    /// Everything was read.
    Finished,
}

/// A file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub path: String,
    pub reason: String,
}

/// How far loading has come, and when the list was last recomputed for it.
#[derive(Debug, Clone, Default)]
pub struct Loading {
    /// Files to read, once the loader has found them.
    found: Option<usize>,
    /// Files read so far.
    files: usize,
    /// Every file is listed (light pass done): the list and the tag filter are complete.
    listed: bool,
    /// Files waiting for (`to_parse`) and done with (`parsed`) their full parse.
    to_parse: usize,
    parsed: usize,
    finished: bool,
    /// Each file that could not be read, by path (the reasons of one file as they came).
    failures: Vec<Failure>,
    /// Articles whose file could not be read again for the full parse.
    unreadable: std::collections::HashSet<u32>,
    /// Articles were appended or replaced since the list was last recomputed.
    dirty: bool,
    last_refresh: Option<Instant>,
    /// What the last recomputation cost (re-sorting grows with the corpus).
    last_cost: Duration,
}

impl Loading {
    /// Files to read, once the loader has found them.
    pub fn found(&self) -> Option<usize> {
        self.found
    }

    /// Files read so far.
    pub fn files(&self) -> usize {
        self.files
    }

    /// Whether every file is listed: the list and the tag filter are complete.
    pub fn is_listed(&self) -> bool {
        self.listed
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// Each file that could not be read, in the order of their paths (the reasons of one file
    /// as they came), whatever order the loading cores found them in.
    pub fn failures(&self) -> &[Failure] {
        &self.failures
    }

    /// Whether article `number`'s file could not be read again for its full parse.
    pub fn is_unreadable(&self, number: u32) -> bool {
        self.unreadable.contains(&number)
    }

    /// `Some(percent)` while the full parse goes on behind a complete list.
    pub fn indexing(&self) -> Option<usize> {
        (self.listed && !self.finished).then(|| (self.parsed * 100).checked_div(self.to_parse).unwrap_or(100))
    }

    pub(super) fn found_files(&mut self, files: usize) {
        self.found = Some(files);
    }

    /// `files` more were read, and their articles taken.
    pub(super) fn read(&mut self, files: usize) {
        self.files += files;
        self.dirty = true;
    }

    /// Pass 1 is over; `to_parse` files will be parsed in full.
    pub(super) fn listed(&mut self, to_parse: usize) {
        self.listed = true;
        self.to_parse = to_parse;
    }

    /// `count` more full parses were taken.
    pub(super) fn parsed(&mut self, count: usize) {
        self.parsed += count;
        self.dirty = true;
    }

    pub(super) fn failed(&mut self, error: &FileError) {
        let failure = Failure { path: error.path.display().to_string(), reason: error.error.to_string() };
        let at = self.failures.partition_point(|f| f.path <= failure.path);
        self.failures.insert(at, failure);
    }

    /// Pass 2 could not read these articles' file again.
    pub(super) fn unreadable(&mut self, articles: &[u32]) {
        self.unreadable.extend(articles);
        // The file counts as done for `indexing N%`.
        self.parsed += 1;
    }

    /// Articles changed (removed) without being read: the list is recomputed.
    pub(super) fn changed(&mut self) {
        self.dirty = true;
    }

    pub(super) fn finished(&mut self) {
        self.listed = true;
        self.finished = true;
    }

    /// Whether articles arrived and the last recomputation of the list is old enough.
    pub(super) fn refresh_due(&self, now: Instant) -> bool {
        let interval = REFRESH.max(self.last_cost * REFRESH_SHARE);
        self.dirty && self.last_refresh.is_none_or(|last| now.duration_since(last) >= interval)
    }

    /// The list was recomputed at `now`, which took `cost`.
    pub(super) fn refreshed(&mut self, now: Instant, cost: Duration) {
        self.dirty = false;
        self.last_refresh = Some(now);
        self.last_cost = cost;
    }
}
