//! Pass 1, the light pass over every file: articles listed with their tags numbered, sent to
//! the reader in batches as the folders are walked. A file whose articles are in the cache
//! ([`Cached`]) is listed with them, final; JSON and feeds are read whole, final, and written
//! to the cache here.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard, PoisonError};

use rayon::prelude::*;

use super::BATCH_FILES;
use super::files::Numbering;
use super::tags::LoaderTags;
use crate::app::LoadEvent;
use crate::article::{Article, StoredArticle};
use crate::corpus::{DateKey, Listed, TagId, TagInterner};
use crate::error::FileError;
use crate::index::{self, IndexBuilder};
use crate::inputs;
use crate::load::{self, Source};
use crate::store::cache::{CacheSet, ShardBuilder, Stamp};

/// Articles read back from the cache, by path, each taken once.
pub(super) type Cached = HashMap<PathBuf, Mutex<Option<CachedArticles>>>;

/// A file's articles as the cache had them, valid for its stamp, with where they are.
pub(super) struct CachedArticles {
    pub articles: Vec<(Box<StoredArticle>, Vec<String>)>,
    pub stamp: Stamp,
    /// The shard's name and the first entry.
    pub at: (String, u32),
}

/// A file whose articles went to the cache in pass 1: its stamp and where they are (the shard's
/// name, the first entry).
pub(super) type Written = (u32, Stamp, String, u32);

/// What pass 1 keeps under its lock.
pub(super) struct Numbered {
    pub numbering: Numbering,
    /// The index of the articles final at once (JSON, feeds, the cache's).
    pub index: IndexBuilder,
    pub tags: LoaderTags,
    /// Files whose articles are in the cache after pass 1.
    pub written: Vec<Written>,
    /// Shards that could not be written, and why (said once).
    pub unwritten: Option<String>,
}

/// Pass 1's way out: articles are numbered in the order their batches are sent, so the batches
/// of both cores go to the reader under one lock (a few hundred times for 100,000 files), with
/// no thread between them.
pub(super) struct Listing<'a> {
    pub numbered: Mutex<Numbered>,
    pub tx: &'a Sender<LoadEvent>,
    /// Where final articles are written; `None` without a cache.
    pub cache: Option<&'a CacheSet>,
    /// Files whose articles the cache holds (a start that re-indexes).
    pub cached: Option<&'a Cached>,
    /// Sources numbered before these (a start from the cache lists only what changed).
    pub first_source: u32,
    /// Files counted before these, for progress.
    pub found_before: usize,
}

impl Listing<'_> {
    fn lock(&self) -> MutexGuard<'_, Numbered> {
        self.numbered.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn cached(&self, source: &Source) -> Option<CachedArticles> {
        let Source::File(path) = source else { return None };
        let slot = self.cached?.get(path)?;
        slot.lock().unwrap_or_else(PoisonError::into_inner).take()
    }
}

/// Pass 1: every source found through the light pass, on all cores, then [`LoadEvent::Listed`].
/// Returns the sources in input order and which of them (pages) still need their full parse,
/// or `None` when the reader is gone.
pub(super) fn list(
    found: impl Iterator<Item = Result<Source, FileError>> + Send,
    listing: &Listing<'_>,
) -> Option<(Vec<Source>, Vec<u32>)> {
    let tx = listing.tx;
    let walked = AtomicUsize::new(0);
    // Said as soon as the walk ends, so progress has a total while pass 1 goes on.
    let mut said = false;
    let count = std::iter::from_fn(|| {
        if !std::mem::replace(&mut said, true) {
            let _ = tx.send(LoadEvent::Found(listing.found_before + walked.load(Ordering::Relaxed)));
        }
        None
    });
    // Each core keeps the sources it read; nothing more is done while `par_bridge` holds the
    // walk (one item at a time), so the cores seldom wait for each other there.
    let passes: Vec<Pass1> = found
        .chain(count)
        .inspect(|_| {
            walked.fetch_add(1, Ordering::Relaxed);
        })
        .enumerate()
        .par_bridge()
        .fold(Pass1::default, |mut pass, (index, found)| {
            pass.read(listing.first_source + index as u32, found, listing);
            pass
        })
        .map(|mut pass| {
            pass.flush(listing);
            pass
        })
        .collect();
    // Said before the sources are put in order: the reader waits for nothing else.
    let pages = passes.iter().map(|pass| pass.pages.len()).sum();
    tx.send(LoadEvent::Listed(pages)).ok()?;
    let (mut to_parse, mut sources) = (Vec::new(), Vec::with_capacity(walked.load(Ordering::Relaxed)));
    for pass in passes {
        to_parse.extend(pass.pages);
        sources.extend(pass.sources);
    }
    to_parse.sort_unstable();
    sources.sort_unstable_by_key(|&(index, _)| index);
    Some((sources.into_iter().map(|(_, source)| source).collect(), to_parse))
}

/// One core's share of pass 1: a batch being filled, and the pages it read.
#[derive(Default)]
struct Pass1 {
    /// Articles ready for the corpus, in file order. Their tags are numbered as each file is
    /// read, while its text is still in this core's cache, first by this core's own table, whose
    /// ids become the loader's (`Numbered`) as the batch goes: one table shared by the cores
    /// would pass from one core's cache to the other's at every tag.
    articles: Vec<Listed>,
    tags: TagInterner,
    /// This core's tag names by its ids, and the loader's id for each one mapped so far.
    tag_names: Vec<String>,
    loader_ids: Vec<TagId>,
    /// Each file read into `articles` and how many articles it gave.
    counts: Vec<(u32, usize)>,
    /// The index terms of final articles, by position in `articles`.
    terms: Vec<(usize, index::Terms)>,
    files: usize,
    pages: Vec<u32>,
    /// Every source read (or not), by its index in the input.
    sources: Vec<(u32, Source)>,
    /// Final articles of this batch for the cache, and the files they came from.
    shard: ShardBuilder,
    shard_files: Vec<(u32, Stamp, u32)>,
    /// Files listed from the cache: where their articles already are.
    reused: Vec<Written>,
}

impl Pass1 {
    fn read(&mut self, index: u32, found: Result<Source, FileError>, listing: &Listing<'_>) {
        self.files += 1;
        let read = match found {
            Ok(source) => {
                let read = match listing.cached(&source) {
                    Some(cached) => Ok(Light::Cached(cached)),
                    None => light_source(&source),
                };
                self.sources.push((index, source));
                read
            }
            Err(error) => {
                // Kept in its place, so that sources stay numbered by their input order.
                self.sources.push((index, Source::File(error.path.clone())));
                Err(error)
            }
        };
        match read {
            Ok(Light::Page(article)) => {
                self.pages.push(index);
                self.counts.push((index, 1));
                let id = article.url.as_deref().map_or(0, crate::store::key::url_id);
                let (mut article, tags) = StoredArticle::new(article);
                article.set_state_id(id);
                self.list(article, tags, false);
            }
            Ok(Light::Final(articles, bad, stamp)) => {
                for error in bad {
                    let _ = listing.tx.send(LoadEvent::Failed(error));
                }
                self.counts.push((index, articles.len()));
                let first = self.shard.len() as u32;
                for article in articles {
                    self.terms.push((self.articles.len(), index::terms_of(&article)));
                    let id = crate::store::key::article_id(&article);
                    let (mut article, tags) = StoredArticle::new(article);
                    article.set_state_id(id);
                    if listing.cache.is_some() {
                        self.shard.add(&article, &tags);
                    }
                    self.list(article, tags, true);
                }
                if let Some(stamp) = stamp.filter(|_| listing.cache.is_some()) {
                    self.shard_files.push((index, stamp, first));
                }
            }
            Ok(Light::Cached(cached)) => {
                self.counts.push((index, cached.articles.len()));
                self.reused.push((index, cached.stamp, cached.at.0, cached.at.1));
                for (article, tags) in cached.articles {
                    self.terms.push((self.articles.len(), index::terms_of_stored(&article)));
                    self.list(article, tags, true);
                }
            }
            Err(error) => {
                let _ = listing.tx.send(LoadEvent::Failed(error));
            }
        }
        if self.files >= BATCH_FILES {
            self.flush(listing);
        }
    }

    /// Adds `article` to the batch, its tags numbered.
    fn list(&mut self, article: Box<StoredArticle>, tags: Vec<String>, parsed: bool) {
        let date = DateKey::of(article.published());
        let tags = self.number_tags(tags);
        self.articles.push(Listed { article, parsed, tags, date });
    }

    /// The ids of an article's tags in this core's table.
    fn number_tags(&mut self, tags: Vec<String>) -> Box<[TagId]> {
        tags.into_iter()
            .map(|tag| {
                let (id, new) = self.tags.intern(&tag);
                if new {
                    self.tag_names.push(tag);
                }
                id
            })
            .collect()
    }

    /// Writes the batch's final articles to the cache (outside the lock).
    fn write_shard(&mut self, cache: Option<&CacheSet>) -> Result<Vec<Written>, String> {
        let mut written = std::mem::take(&mut self.reused);
        let (Some(cache), false) = (cache, self.shard.is_empty()) else { return Ok(written) };
        let shard = std::mem::take(&mut self.shard);
        let files = std::mem::take(&mut self.shard_files);
        let name = cache.write_shard(&shard).map_err(|e| e.to_string())?;
        written.extend(files.into_iter().map(|(source, stamp, entry)| (source, stamp, name.clone(), entry)));
        Ok(written)
    }

    fn flush(&mut self, listing: &Listing<'_>) {
        if self.files == 0 {
            return;
        }
        let written = self.write_shard(listing.cache);
        let mut numbered = listing.lock();
        match written {
            Ok(written) => numbered.written.extend(written),
            Err(why) => numbered.unwritten = Some(why),
        }
        let first = numbered.numbering.len() as u32;
        for (source, count) in self.counts.drain(..) {
            numbered.numbering.add(source, count);
        }
        for (at, terms) in self.terms.drain(..) {
            numbered.index.add(first + at as u32, &terms);
        }
        for name in &self.tag_names[self.loader_ids.len()..] {
            let id = numbered.tags.id(name);
            self.loader_ids.push(id);
        }
        for listed in &mut self.articles {
            for id in listed.tags.iter_mut() {
                *id = self.loader_ids[*id as usize];
            }
        }
        // Every name numbered since the last batch went, by either core: this batch's tags
        // are among them or went before.
        let new_tags = numbered.tags.unsent();
        let (articles, files) = (std::mem::take(&mut self.articles), std::mem::take(&mut self.files));
        let _ = listing.tx.send(LoadEvent::Read { articles, new_tags, files });
    }
}

/// What the light pass makes of one source.
#[expect(clippy::large_enum_variant, reason = "made and taken apart once per file; a box would cost an allocation")]
enum Light {
    /// A page's light-pass article, to be parsed in full later.
    Page(Article),
    /// JSON or a feed, read in full at once, its records that could not be read, and its
    /// file's stamp when read.
    Final(Vec<Article>, Vec<FileError>, Option<Stamp>),
    /// The file's articles from the cache.
    Cached(CachedArticles),
}

/// The light pass over one source.
fn light_source(source: &Source) -> Result<Light, FileError> {
    let name = source.name();
    let result = load::with_page(source, |bytes| inputs::light_from_bytes(bytes, &name));
    match result {
        Ok(inputs::Light::Page(mut article)) => {
            // The name itself, not a copy of it.
            article.path = Some(name);
            Ok(Light::Page(*article))
        }
        // Read whole (a JSON archive or a feed is not cut at the page limit).
        Ok(inputs::Light::Whole) => {
            let stamp = stamp_of(source);
            load::read_source(source).map(|read| Light::Final(read.articles, read.bad, stamp))
        }
        Err(error) => Err(FileError { path: PathBuf::from(&name), error }),
    }
}

/// A file's stamp now, before it is read: a change while it is read is then seen next time.
fn stamp_of(source: &Source) -> Option<Stamp> {
    match source {
        Source::File(path) => std::fs::metadata(path).ok().map(|m| Stamp::of(&m)),
        Source::Embedded(..) => None,
    }
}
