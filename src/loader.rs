//! The reader's background loader, in two passes so that a large archive is listed and
//! filterable at once and fully read soon after:
//!
//! 1. the light pass ([`crate::light`]) over every file on all cores, streamed while the
//!    folders are still walked: title, date, source and the exact tags;
//! 2. the full parse of the same files, on all cores, replacing each article in place. The file
//!    the reader has selected goes first ([`Loader::want`]), so an opened article fills in fast.
//!
//! The UI thread only drains the channel. No raw text is kept between the passes: pass 2 reads
//! the files again (from the page cache), which is cheaper than holding 100,000 pages.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::article::Article;
use crate::error::{Error, FileError};
use crate::load::{self, Source};

/// What the background loader reports.
#[derive(Debug)]
pub enum LoadEvent {
    /// The number of files found, once the folders are walked (articles may come before).
    Found(usize),
    /// Final articles of the next files read, and how many files those were.
    Articles { articles: Vec<Article>, files: usize },
    /// Pass 1: the next files read, and how many files were read (failures included).
    Read { read: Vec<Read>, files: usize },
    /// Pass 1 is over: every file is listed; this many will be parsed in full.
    Listed(usize),
    /// Pass 2: full parses of files sent before in [`LoadEvent::Read`].
    Parsed(Vec<Read>),
    /// A file that could not be read.
    Failed(FileError),
    /// Everything was read.
    Finished,
}

/// The articles of one file, with the file's place in the input.
#[derive(Debug)]
pub struct Read {
    pub source: u32,
    pub articles: Vec<Article>,
    /// Whether these are final (JSON, or pass 2), not the light pass's.
    pub full: bool,
}

/// Files per pass-1 batch: large enough to keep the channel quiet, small enough that the list
/// fills visibly.
const BATCH_FILES: usize = 256;
/// Pass 2 sends at least this often, so progress moves and a wanted article comes at once.
const PARSED_EVERY: Duration = Duration::from_millis(50);
const NONE: usize = usize::MAX;

/// The receiving end of a loader, and the way to ask it for a file first.
pub struct Loader {
    pub events: Receiver<LoadEvent>,
    wanted: Arc<AtomicUsize>,
}

impl Loader {
    /// Asks pass 2 to parse this file next (its index as in [`Read::source`]).
    pub fn want(&self, source: Option<u32>) {
        self.wanted.store(source.map_or(NONE, |s| s as usize), Ordering::Relaxed);
    }
}

/// Starts loading in the background.
pub fn spawn_loader(paths: Vec<PathBuf>, embedded: Vec<Source>) -> Loader {
    let (tx, events) = mpsc::channel();
    let wanted = Arc::new(AtomicUsize::new(NONE));
    let want = Arc::clone(&wanted);
    thread::spawn(move || {
        let (sources, to_parse) = list(&paths, embedded, &tx);
        if tx.send(LoadEvent::Listed(to_parse.len())).is_err() {
            return;
        }
        parse(&sources, &to_parse, &want, &tx);
        let _ = tx.send(LoadEvent::Finished);
    });
    Loader { events, wanted }
}

/// Pass 1: every source through the light pass, on all cores. Returns the sources in input
/// order and which of them (pages) still need their full parse.
fn list(paths: &[PathBuf], embedded: Vec<Source>, tx: &Sender<LoadEvent>) -> (Vec<Source>, Vec<u32>) {
    let sources = Mutex::new(Vec::new());
    let mut walked = false;
    // Said as soon as the walk ends, so progress has a total while pass 1 goes on.
    let count = std::iter::from_fn(|| {
        if !std::mem::replace(&mut walked, true) {
            let _ = tx.send(LoadEvent::Found(sources.lock().map_or(0, |s| s.len())));
        }
        None
    });
    let found = embedded.into_iter().map(Ok).chain(load::walk(paths).map(|f| f.map(Source::File))).chain(count);
    let mut to_parse: Vec<u32> = found
        .enumerate()
        .inspect(|(_, found)| {
            // In input order: `par_bridge` takes one item at a time from this iterator.
            let source = found.as_ref().map_or_else(|e| Source::File(e.path.clone()), Clone::clone);
            if let Ok(mut sources) = sources.lock() {
                sources.push(source);
            }
        })
        .par_bridge()
        .fold(Pass1::default, |mut pass, (index, found)| {
            pass.read(index as u32, found, tx);
            pass
        })
        .map(|mut pass| {
            pass.flush(tx);
            pass.pages
        })
        .flatten()
        .collect();
    to_parse.sort_unstable();
    (sources.into_inner().unwrap_or_default(), to_parse)
}

/// One core's share of pass 1: a batch being filled, and the pages it read.
#[derive(Default)]
struct Pass1 {
    batch: Vec<Read>,
    files: usize,
    pages: Vec<u32>,
}

impl Pass1 {
    fn read(&mut self, index: u32, found: Result<Source, FileError>, tx: &Sender<LoadEvent>) {
        self.files += 1;
        match found.and_then(|source| light_source(&source)) {
            Ok((articles, full)) => {
                if !full {
                    self.pages.push(index);
                }
                self.batch.push(Read { source: index, articles, full });
            }
            Err(error) => {
                let _ = tx.send(LoadEvent::Failed(error));
            }
        }
        if self.files >= BATCH_FILES {
            self.flush(tx);
        }
    }

    fn flush(&mut self, tx: &Sender<LoadEvent>) {
        if self.files > 0 {
            let _ = tx.send(LoadEvent::Read { read: std::mem::take(&mut self.batch), files: self.files });
            self.files = 0;
        }
    }
}

/// The light pass over one source: `(articles, full)`; JSON is read in full at once.
fn light_source(source: &Source) -> Result<(Vec<Article>, bool), FileError> {
    let name = source.name();
    let fail = |error: Error| FileError { path: PathBuf::from(&name), error };
    let bytes = match source {
        Source::File(path) => load::read_bounded(path).map_err(fail)?,
        Source::Embedded(_, bytes) => bytes.to_vec(),
    };
    if load::looks_json(&bytes, &name) {
        return load::read_source(source).map(|articles| (articles, true));
    }
    crate::light::light_page(&bytes, Some(&name)).map(|article| (vec![article], false)).map_err(fail)
}

/// Pass 2: the full parse of `to_parse`, in order but the wanted file first, on all cores.
fn parse(sources: &[Source], to_parse: &[u32], wanted: &AtomicUsize, tx: &Sender<LoadEvent>) {
    let done: Vec<AtomicBool> = sources.iter().map(|_| AtomicBool::new(false)).collect();
    let next = AtomicUsize::new(0);
    let take = || -> Option<u32> {
        let want = wanted.swap(NONE, Ordering::Relaxed);
        if want != NONE && done.get(want).is_some_and(|d| !d.swap(true, Ordering::Relaxed)) {
            return Some(want as u32);
        }
        loop {
            let source = *to_parse.get(next.fetch_add(1, Ordering::Relaxed))?;
            if !done[source as usize].swap(true, Ordering::Relaxed) {
                return Some(source);
            }
        }
    };
    (0..rayon::current_num_threads()).into_par_iter().for_each(|_| {
        let (mut batch, mut sent) = (Vec::new(), Instant::now());
        while let Some(source) = take() {
            // A file that changed or vanished since pass 1 keeps its light-pass article.
            if let Ok(articles) = sources.get(source as usize).map_or(Err(()), |s| load::read_source(s).map_err(drop)) {
                batch.push(Read { source, articles, full: true });
            }
            if sent.elapsed() >= PARSED_EVERY {
                let _ = tx.send(LoadEvent::Parsed(std::mem::take(&mut batch)));
                sent = Instant::now();
            }
        }
        let _ = tx.send(LoadEvent::Parsed(batch));
    });
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
        let mut light = 0;
        for event in loader.events {
            match event {
                LoadEvent::Found(n) => found = n,
                LoadEvent::Read { read, files: f } => {
                    files += f;
                    light += read.iter().filter(|r| !r.full).count();
                    assert!(read.iter().all(|r| r.full == (r.articles.len() == 2)));
                }
                LoadEvent::Listed(n) => listed = Some(n),
                LoadEvent::Parsed(read) => {
                    assert!(listed.is_some(), "pass 2 after pass 1");
                    for r in read {
                        assert!(!r.articles[0].paragraphs.is_empty());
                        parsed += 1;
                    }
                }
                LoadEvent::Failed(_) => failed += 1,
                LoadEvent::Articles { .. } => panic!("the loader sends passes"),
                LoadEvent::Finished => break,
            }
        }
        assert_eq!((found, files, failed, light, listed, parsed), (302, 302, 1, 300, Some(300), 300));
    }
}
