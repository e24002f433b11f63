//! The reader's background loader, in two passes so that a large archive is listed and
//! filterable at once and fully read soon after:
//!
//! 1. the light pass ([`crate::light`]) over every file on all cores, streamed while the
//!    folders are still walked: title, date, source and the exact tags;
//! 2. the full parse of the same files, on all cores, replacing each article in place. The file
//!    the reader has selected goes first ([`Loader::want`](crate::loader::Loader::want)), so an opened article fills in fast.
//!
//! Articles are numbered in the order they are sent (the reader appends them so): in pass 1
//! by the reading cores themselves, under one lock, and in pass 2 by the loader's thread, which
//! also builds the search index from the words the parsing cores extract. The UI thread only
//! drains the channel. No raw text is kept between the passes: pass 2 reads the files again (from the
//! page cache), which is cheaper than holding 100,000 pages.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::app::LoadEvent;
use crate::article::{Article, StoredArticle, store_together};
use crate::corpus::Replacement;
use crate::error::FileError;
use crate::index;
use crate::load::{self, Source};

mod listing;

use listing::{Listing, Numbered, list};

/// Files per pass-1 batch: large enough to keep the channel quiet, small enough that the list
/// fills visibly.
const BATCH_FILES: usize = 256;
/// Pass 2 sends at least this often, so progress moves and a wanted article comes at once.
const PARSED_EVERY: Duration = Duration::from_millis(50);
const NONE: usize = usize::MAX;

/// The receiving end of a loader, and the way to ask it for an article first.
#[derive(Debug)]
pub struct Loader {
    pub events: Receiver<LoadEvent>,
    wanted: Arc<AtomicUsize>,
}

impl Loader {
    /// Asks pass 2 to parse this article's file next.
    pub fn want(&self, article: Option<u32>) {
        self.wanted.store(article.map_or(NONE, |n| n as usize), Ordering::Relaxed);
    }
}

/// The full parses of one file (by its index in the input), and their terms for the index.
struct FileRead {
    source: u32,
    articles: Vec<Article>,
    terms: Vec<index::Terms>,
}

/// The full parses of one file as the reader keeps them, and their terms for the index.
struct FileStored {
    source: u32,
    /// Each article as stored, with its tags.
    articles: Vec<(Box<StoredArticle>, Vec<String>)>,
    terms: Vec<index::Terms>,
}

/// What the parsing cores send the loader's thread in pass 2: the files parsed, and those that
/// could not be read again (changed or deleted since pass 1), by their index in the input.
#[derive(Default)]
struct Parsed {
    files: Vec<FileStored>,
    failed: Vec<(u32, FileError)>,
}

/// Article numbers by file and files by article number.
#[derive(Default)]
struct Numbering {
    /// First article number of each file (`u32::MAX` for none) and each article's file.
    first_article: Vec<u32>,
    file_of: Vec<u32>,
}

impl Numbering {
    fn add(&mut self, source: u32, articles: usize) -> u32 {
        let first = self.file_of.len() as u32;
        if self.first_article.len() <= source as usize {
            self.first_article.resize(source as usize + 1, u32::MAX);
        }
        self.first_article[source as usize] = first;
        self.file_of.extend(std::iter::repeat_n(source, articles));
        first
    }

    /// The numbers of a file's articles.
    fn articles_of(&self, source: u32) -> std::ops::Range<u32> {
        let first = self.first_article.get(source as usize).copied().unwrap_or(u32::MAX);
        let count =
            self.file_of.get(first as usize..).map_or(0, |rest| rest.iter().take_while(|&&s| s == source).count());
        first..first.saturating_add(count as u32)
    }
}

/// Starts loading in the background.
pub fn spawn_loader(paths: Vec<PathBuf>, embedded: Vec<Source>) -> Loader {
    let (tx, events) = mpsc::channel();
    let wanted = Arc::new(AtomicUsize::new(NONE));
    let want = Arc::clone(&wanted);
    thread::spawn(move || run(paths, embedded, &want, &tx));
    Loader { events, wanted }
}

/// A pool for loading, one thread a core, whose threads yield to the UI thread: on a machine
/// of two cores, loading at the same priority would leave a frame waiting for its turn behind
/// a whole time slice of the scheduler's.
fn loading_pool() -> Option<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("tidings-load-{i}"))
        .start_handler(|_| yield_to_ui())
        .build()
        .ok()
}

/// Runs `f` on the loading pool, or on rayon's global pool if it could not be made.
fn on_pool<T: Send>(pool: Option<&rayon::ThreadPool>, f: impl FnOnce() -> T + Send) -> T {
    match pool {
        Some(pool) => pool.install(f),
        None => f(),
    }
}

/// The loading threads' nice value: any lower priority than the UI thread's 0 lets a frame go
/// first; 10 is the usual value for background work, and the highest that lowers no further.
const LOADING_NICENESS: libc::c_int = 10;

/// Lowers this thread's priority (Linux gives each thread its own nice value; elsewhere the
/// call would lower the whole process, so it is not made).
fn yield_to_ui() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its integer arguments; `who` 0 is the calling thread.
    #[allow(unsafe_code, reason = "the one call the standard library has no safe form of")]
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, LOADING_NICENESS);
    }
}

/// The loader's own thread: numbers the articles, maps them to files, builds the index, while
/// the rayon pool reads and parses.
fn run(paths: Vec<PathBuf>, embedded: Vec<Source>, wanted: &AtomicUsize, tx: &Sender<LoadEvent>) {
    let pool = loading_pool();
    let pool = pool.as_ref();
    let listing = Listing { numbered: Mutex::new(Numbered::default()), tx };
    let Some((sources, to_parse)) = on_pool(pool, || list(&paths, embedded, &listing)) else { return };
    let Numbered { numbering, mut index, .. } = listing.numbered.into_inner().unwrap_or_else(PoisonError::into_inner);
    index.expect(numbering.file_of.len());
    let (work_tx, work) = mpsc::channel();
    thread::scope(|scope| {
        let numbering = &numbering;
        scope.spawn(move || on_pool(pool, || parse(&sources, &to_parse, wanted, numbering, &work_tx)));
        for Parsed { files, failed } in work.iter() {
            for (source, error) in failed {
                let articles = numbering.articles_of(source).collect();
                if tx.send(LoadEvent::Unreadable { articles, error }).is_err() {
                    return;
                }
            }
            let mut parsed = Vec::new();
            for FileStored { source, articles, terms } in files {
                // A page is one article; a file that now reads as more keeps only as many.
                for ((number, (article, tags)), terms) in numbering.articles_of(source).zip(articles).zip(&terms) {
                    index.add(number, terms);
                    parsed.push(Replacement { number, article, tags });
                }
            }
            if tx.send(LoadEvent::Parsed(parsed)).is_err() {
                return;
            }
        }
    });
    let index = index.finish(numbering.file_of.len());
    let _ = tx.send(LoadEvent::Indexed(Box::new(index)));
    let _ = tx.send(LoadEvent::Finished);
}

/// Pass 2: the full parse of `to_parse`, in order but the wanted article's file first, on all
/// cores.
fn parse(sources: &[Source], to_parse: &[u32], wanted: &AtomicUsize, numbering: &Numbering, work: &Sender<Parsed>) {
    let done: Vec<AtomicBool> = sources.iter().map(|_| AtomicBool::new(false)).collect();
    let next = AtomicUsize::new(0);
    let take = || -> Option<u32> {
        let want = wanted.swap(NONE, Ordering::Relaxed);
        if let Some(&source) = numbering.file_of.get(want)
            && !done[source as usize].swap(true, Ordering::Relaxed)
        {
            return Some(source);
        }
        loop {
            let source = *to_parse.get(next.fetch_add(1, Ordering::Relaxed))?;
            if !done[source as usize].swap(true, Ordering::Relaxed) {
                return Some(source);
            }
        }
    };
    (0..rayon::current_num_threads()).into_par_iter().for_each(|_| {
        let (mut batch, mut failed, mut sent) = (Vec::new(), Vec::new(), Instant::now());
        while let Some(source) = take() {
            // A file that changed or vanished since pass 1 keeps its light-pass article, and
            // is reported.
            match sources.get(source as usize).map(load::read_source) {
                // A page is one record: it has no bad ones (JSON is read whole in pass 1).
                Some(Ok(load::Loaded { articles, .. })) => {
                    let terms = articles.iter().map(index::terms_of).collect();
                    batch.push(FileRead { source, articles, terms });
                }
                Some(Err(error)) => failed.push((source, error)),
                None => {}
            }
            if sent.elapsed() >= PARSED_EVERY {
                let files = packed(std::mem::take(&mut batch));
                let _ = work.send(Parsed { files, failed: std::mem::take(&mut failed) });
                sent = Instant::now();
            }
        }
        let _ = work.send(Parsed { files: packed(batch), failed });
    });
}

/// The batch as the reader keeps it, the bodies of its articles packed into one block, one
/// after the other ([`store_together`]): the one copy of the body made after parsing.
fn packed(batch: Vec<FileRead>) -> Vec<FileStored> {
    let counts: Vec<usize> = batch.iter().map(|file| file.articles.len()).collect();
    let (files, articles): (Vec<_>, Vec<_>) =
        batch.into_iter().map(|file| ((file.source, file.terms), file.articles)).unzip();
    let mut stored = store_together(articles.into_iter().flatten().collect()).into_iter();
    files
        .into_iter()
        .zip(counts)
        .map(|((source, terms), count)| FileStored { source, articles: stored.by_ref().take(count).collect(), terms })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn lists_everything_then_parses_every_page_then_finishes() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..300 {
            let page = format!("Title {i}\n\nBody number {i}, “a quote here,” she said.\n\n#tag{}", i % 3);
            fs::write(dir.path().join(format!("{i:03}.txt")), page).unwrap();
        }
        fs::write(dir.path().join("bad.txt"), b"\0\0\0binary").unwrap();
        fs::write(dir.path().join("z.json"), r#"[{"title": "J1"}, {"title": "J2"}]"#).unwrap();
        let loader = spawn_loader(vec![dir.path().to_path_buf()], Vec::new());
        let (mut found, mut listed, mut failed, mut files, mut parsed) = (0, None, 0, 0, 0);
        let (mut light, mut numbers, mut indexed, mut grams, mut tag_names) = (0, 0, 0, 0, Vec::new());
        for event in loader.events {
            match event {
                LoadEvent::Found(n) => found = n,
                LoadEvent::Read { articles, new_tags, files: f } => {
                    files += f;
                    // Each page has one tag; the JSON articles have none.
                    assert!(articles.iter().all(|a| a.tags.len() == usize::from(!a.parsed)));
                    tag_names.extend(new_tags);
                    light += articles.iter().filter(|a| !a.parsed).count();
                    numbers += articles.len() as u32;
                }
                LoadEvent::Listed(n) => listed = Some(n),
                LoadEvent::Parsed(read) => {
                    assert!(listed.is_some(), "pass 2 after pass 1");
                    for Replacement { number, article, tags } in read {
                        assert!(number < numbers && article.packed_body().is_some() && tags.len() == 1);
                        parsed += 1;
                    }
                }
                LoadEvent::Indexed(index) => {
                    indexed = index.len();
                    // The common grams came through: `a` and a space before `quote` in each page.
                    grams = match index.lookup("a q") {
                        crate::index::Lookup::Partly { hits, .. } => hits.count(),
                        _ => 0,
                    };
                }
                LoadEvent::Failed(_) => failed += 1,
                LoadEvent::Unreadable { .. } => panic!("no file changes in this test"),
                LoadEvent::Articles { .. } => panic!("the loader sends passes"),
                LoadEvent::Finished => break,
            }
        }
        assert_eq!((found, files, failed, light, listed, parsed), (302, 302, 1, 300, Some(300), 300));
        assert_eq!((numbers, indexed, grams), (302, 302, 300));
        tag_names.sort();
        assert_eq!(tag_names, ["tag0", "tag1", "tag2"]);
    }

    #[test]
    fn a_file_gone_before_its_full_parse_is_reported_with_its_articles() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("kept.txt"), "Kept\n\nA body that stays.").unwrap();
        // Listed by pass 1, deleted before pass 2 reads it again.
        let sources = vec![Source::File(dir.path().join("kept.txt")), Source::File(dir.path().join("gone.txt"))];
        let mut numbering = Numbering::default();
        numbering.add(0, 1);
        numbering.add(1, 1);
        let (work_tx, work) = mpsc::channel();
        parse(&sources, &[0, 1], &AtomicUsize::new(NONE), &numbering, &work_tx);
        drop(work_tx);
        let (mut files, mut failed) = (0, Vec::new());
        for parsed in work.iter() {
            files += parsed.files.len();
            failed.extend(parsed.failed);
        }
        assert_eq!(files, 1);
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].0, 1);
        assert!(failed[0].1.path.ends_with("gone.txt"), "{}", failed[0].1);
        assert_eq!(numbering.articles_of(failed[0].0).collect::<Vec<_>>(), [1]);
    }
}
