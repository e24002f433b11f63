//! The reader's background loader, in two passes so that a large archive is listed and
//! filterable at once and fully read soon after:
//!
//! 1. the light pass ([`crate::light`]) over every file on all cores, streamed while the
//!    folders are still walked: title, date, source and the exact tags;
//! 2. the full parse of the same files, on all cores, replacing each article in place. The file
//!    the reader has selected goes first ([`Loader::want`](crate::loader::Loader::want)), so an opened article fills in fast.
//!
//! With a cache ([`crate::store::cache`]), a start whose files are unchanged does neither:
//! their full parses and the word index are read back and sent at once (`warm.rs`), and only
//! files new or changed since go through the two passes. Each batch of full parses is written
//! to the cache as it is made, and the cache's manifest once loading is over (`saving.rs`).
//!
//! Articles are numbered in the order they are sent (the reader appends them so): in pass 1
//! by the reading cores themselves, under one lock, and in pass 2 by the loader's thread, which
//! also builds the search index from the words the parsing cores extract. The UI thread only
//! drains the channel. No raw text is kept between the passes: pass 2 reads the files again (from the
//! page cache), which is cheaper than holding 100,000 pages.
//!
//! Once loading is over, the loader's thread stays for the reader's session when asked to
//! (`watch.rs`): files added, changed or removed in the folders, seen by the folder watcher or
//! asked for by the reader ([`Loader::reload`](crate::loader::Loader::reload)), are read and sent.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use crate::app::LoadEvent;
use crate::corpus::Replacement;
use crate::error::FileError;
use crate::index::IndexBuilder;
use crate::load::{self, Source};
use crate::store::cache::{CacheError, CacheSet};

mod fast;
mod files;
mod listing;
mod parsing;
mod saving;
mod shards;
mod stamped;
mod tags;
mod warm;
mod watch;

use files::{Files, Slot};
use listing::{Cached, Listing, Numbered, list};
use parsing::{FileStored, Parsed, parse};
use tags::LoaderTags;

/// Files per pass-1 batch: large enough to keep the channel quiet, small enough that the list
/// fills visibly.
const BATCH_FILES: usize = 256;
/// Pass 2 sends at least this often, so progress moves and a wanted article comes at once.
const PARSED_EVERY: Duration = Duration::from_millis(50);
const NONE: usize = usize::MAX;
/// Said when a file of the cache could not be read.
const DAMAGED: &str = "part of the article cache was damaged: those files are parsed again";

/// How a loader works beyond reading the files once.
#[derive(Debug, Clone, Default)]
pub struct LoaderOptions {
    /// The cache of parsed articles for this set of paths; `None` reads and parses every file.
    pub cache: Option<CacheSet>,
    /// Stay after loading for the reader's session: watch the folders, and read them again
    /// when asked ([`Loader::reload`]).
    pub watch: bool,
}

/// What the loader's thread is asked once loading is over.
pub(crate) enum Command {
    /// Read the folders again (the reader's key).
    Rescan,
    /// The watcher saw these paths change.
    Changed(Vec<PathBuf>),
}

/// The receiving end of a loader, and the way to ask it for an article first.
#[derive(Debug)]
pub struct Loader {
    pub events: Receiver<LoadEvent>,
    wanted: Arc<AtomicUsize>,
    commands: Sender<Command>,
    /// Cleared when the reader lets go of the loader: a loader that stays then ends.
    alive: Arc<AtomicBool>,
}

impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Command::Rescan => f.write_str("Rescan"),
            Command::Changed(paths) => write!(f, "Changed({paths:?})"),
        }
    }
}

impl Loader {
    /// Asks pass 2 to parse this article's file next.
    pub fn want(&self, article: Option<u32>) {
        self.wanted.store(article.map_or(NONE, |n| n as usize), Ordering::Relaxed);
    }

    /// Asks a loader that stays ([`LoaderOptions::watch`]) to read the folders again once
    /// loading is over: new, changed and removed files.
    pub fn reload(&self) {
        let _ = self.commands.send(Command::Rescan);
    }
}

impl Drop for Loader {
    fn drop(&mut self) {
        self.alive.store(false, Ordering::Relaxed);
    }
}

/// Starts loading in the background, without a cache, ending once everything is read.
pub fn spawn_loader(paths: Vec<PathBuf>, embedded: Vec<Source>) -> Loader {
    spawn_loader_with(paths, embedded, LoaderOptions::default())
}

/// Starts loading in the background, as `options` say.
pub fn spawn_loader_with(paths: Vec<PathBuf>, embedded: Vec<Source>, options: LoaderOptions) -> Loader {
    let (tx, events) = mpsc::channel();
    let (commands, asked) = mpsc::channel();
    let wanted = Arc::new(AtomicUsize::new(NONE));
    let alive = Arc::new(AtomicBool::new(true));
    let (want, live, to_self) = (Arc::clone(&wanted), Arc::clone(&alive), commands.clone());
    thread::spawn(move || {
        let loader = Context { paths, options, wanted: &want, tx: &tx, pool: loading_pool() };
        if let Some(session) = loader.load(embedded) {
            loader.stay(session, &asked, to_self, &live);
        }
    });
    Loader { events, wanted, commands, alive }
}

/// What the loader's thread works with.
struct Context<'a> {
    paths: Vec<PathBuf>,
    options: LoaderOptions,
    wanted: &'a AtomicUsize,
    tx: &'a Sender<LoadEvent>,
    pool: Option<rayon::ThreadPool>,
}

/// What the loader knows for the session: the files and the tags numbered, and the index of
/// the articles final in pass 1 until pass 2 adds the rest.
#[derive(Default)]
struct Session {
    files: Files,
    tags: LoaderTags,
    index: Option<IndexBuilder>,
}

impl Context<'_> {
    fn cache(&self) -> Option<&CacheSet> {
        self.options.cache.as_ref()
    }

    fn notice(&self, line: impl Into<String>) {
        let _ = self.tx.send(LoadEvent::Notice(line.into()));
    }

    /// The first load, from the cache when it has one; `None` when the reader is gone.
    fn load(&self, embedded: Vec<Source>) -> Option<Session> {
        let mut session = Session::default();
        let unreadable = |error: CacheError| {
            self.notice(format!("the article cache could not be read ({error}): rebuilding it"));
        };
        let head = match self.cache().map(CacheSet::manifest_head) {
            Some(Ok(head)) => head,
            Some(Err(error)) => {
                unreadable(error);
                None
            }
            None => None,
        };
        let start = match (self.cache(), head) {
            (Some(cache), Some(head)) if embedded.is_empty() => {
                warm::start(cache, head, &self.paths, self.pool.as_ref()).map_err(unreadable).ok()
            }
            _ => None,
        };
        let (snapshot, changed) = match start {
            Some(warm::Start::Fast(fast)) => (None, self.fast(fast, &mut session)?),
            Some(warm::Start::Reindex { cached, found, damaged }) => {
                if damaged {
                    self.notice(DAMAGED);
                }
                (self.full(found.into_iter(), Some(&cached), &mut session)?, true)
            }
            None => {
                let found = embedded.into_iter().map(Ok).chain(load::walk(&self.paths).map(|f| f.map(Source::File)));
                (self.full(found, None, &mut session)?, true)
            }
        };
        let _ = self.tx.send(LoadEvent::Finished);
        if let Some(cache) = self.cache().filter(|_| changed)
            && let Err(error) = saving::save(cache, &mut session.files, snapshot.as_deref())
        {
            self.notice(format!("the article cache could not be written: {error}"));
        }
        // The frequent grams a reader kept for the index (`CacheSet::keep_grams`), sent once
        // everything else is: read during the start, they would lie beside the shards being
        // decoded, the start's peak of memory. A new index has none.
        if let Some(cache) = self.cache()
            && let Some(index) = &session.files.index
            && let Ok(grams) = cache.read_grams(index)
        {
            let _ = self.tx.send(LoadEvent::Grams(grams));
        }
        Some(session)
    }

    /// A load that lists everything found in pass 1 (taking the cache's articles where `cached`
    /// has them) and parses the rest in pass 2, then builds the word index. Returns the index's
    /// snapshot, for the cache.
    fn full(
        &self,
        found: impl Iterator<Item = Result<Source, FileError>> + Send,
        cached: Option<&Cached>,
        session: &mut Session,
    ) -> Option<Option<Vec<u8>>> {
        let to_parse = self.list(found, cached, 0, session)?;
        let mut index = session.index.take().unwrap_or_default();
        index.expect(session.files.numbering.len());
        self.parse(&to_parse, Some(&mut index), session)?;
        let len = session.files.numbering.len();
        let index = index.finish(len);
        let snapshot = self.cache().map(|_| index.snapshot());
        session.files.indexed = len as u32;
        self.tx.send(LoadEvent::Indexed(Box::new(index))).ok()?;
        Some(snapshot)
    }

    /// Pass 1 over `found`, numbered on from what the session has; returns the pages to parse.
    fn list(
        &self,
        found: impl Iterator<Item = Result<Source, FileError>> + Send,
        cached: Option<&Cached>,
        found_before: usize,
        session: &mut Session,
    ) -> Option<Vec<u32>> {
        let numbered = Numbered {
            numbering: std::mem::take(&mut session.files.numbering),
            index: IndexBuilder::default(),
            tags: std::mem::take(&mut session.tags),
            written: Vec::new(),
            unwritten: None,
        };
        let listing = Listing {
            numbered: Mutex::new(numbered),
            tx: self.tx,
            cache: self.cache(),
            cached,
            first_source: session.files.sources.len() as u32,
            found_before,
        };
        let listed = on_pool(self.pool.as_ref(), || list(found, &listing));
        let Numbered { numbering, index, tags, written, unwritten } =
            listing.numbered.into_inner().unwrap_or_else(PoisonError::into_inner);
        (session.files.numbering, session.tags, session.index) = (numbering, tags, Some(index));
        let (sources, to_parse) = listed?;
        session.files.extend_sources(sources);
        for (source, stamp, name, entry) in written {
            let shard = session.files.shard(name);
            session.files.note(source, Some(stamp), Some(Slot { shard, entry }));
        }
        if let Some(why) = unwritten {
            self.notice(format!("the article cache could not be written: {why}"));
        }
        Some(to_parse)
    }

    /// Pass 2 over the pages `to_parse`, adding their terms to `index` when there is one.
    fn parse(&self, to_parse: &[u32], mut index: Option<&mut IndexBuilder>, session: &mut Session) -> Option<()> {
        let (work_tx, work) = mpsc::channel();
        let mut notes = Vec::new();
        let mut gone = Vec::new();
        let mut unwritten = None;
        let files = &session.files;
        let sent = thread::scope(|scope| {
            let (sources, numbering, cache) = (&files.sources, &files.numbering, self.cache());
            let pool = self.pool.as_ref();
            scope.spawn(move || on_pool(pool, || parse(sources, to_parse, self.wanted, numbering, cache, &work_tx)));
            for Parsed { files: read, gone: lost, shard } in work.iter() {
                let shard = match shard {
                    Some(Ok(name)) => Some(name),
                    Some(Err(why)) => {
                        unwritten = Some(why);
                        None
                    }
                    None => None,
                };
                let mut parsed = Vec::new();
                for FileStored { source, articles, terms, stamp, entry } in read {
                    // A page is one article; a file that now reads as more keeps only as many.
                    for ((number, (article, tags)), terms) in numbering.articles_of(source).zip(articles).zip(&terms) {
                        if let Some(index) = index.as_deref_mut() {
                            index.add(number, terms);
                        }
                        parsed.push(Replacement { number, article, tags });
                    }
                    notes.push((source, stamp, shard.clone().zip(entry)));
                }
                if !parsed.is_empty() && self.tx.send(LoadEvent::Parsed(parsed)).is_err() {
                    return false;
                }
                for (source, error) in lost {
                    let numbers: Vec<u32> = numbering.articles_of(source).collect();
                    let _ = self.tx.send(LoadEvent::Failed(error));
                    let _ = self.tx.send(LoadEvent::Removed(numbers));
                    gone.push(source);
                }
            }
            true
        });
        for (source, stamp, at) in notes {
            let slot = at.map(|(name, entry)| Slot { shard: session.files.shard(name), entry });
            session.files.note(source, stamp, slot);
        }
        for source in gone {
            session.files.numbering.drop_file(source);
            session.files.note(source, None, None);
        }
        if let Some(why) = unwritten {
            self.notice(format!("the article cache could not be written: {why}"));
        }
        sent.then_some(())
    }
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

#[cfg(test)]
mod tests;
