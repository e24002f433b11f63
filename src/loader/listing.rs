//! Pass 1, the light pass over every file: articles listed with their tags numbered, sent to
//! the reader in batches as the folders are walked.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard, PoisonError};

use rayon::prelude::*;

use super::{BATCH_FILES, Numbering};
use crate::app::LoadEvent;
use crate::article::{Article, StoredArticle};
use crate::corpus::{DateKey, Listed, TagId, TagInterner};
use crate::error::FileError;
use crate::index::{self, IndexBuilder};
use crate::inputs;
use crate::load::{self, Source};

/// What pass 1 keeps under its lock.
#[derive(Default)]
pub(super) struct Numbered {
    pub numbering: Numbering,
    /// The index of the articles final at once (JSON).
    pub index: IndexBuilder,
    tags: TagInterner,
    /// Each tag's first spelling, by id, and how many of them the reader has been sent.
    tag_names: Vec<String>,
    names_sent: usize,
}

impl Numbered {
    /// The loader's id for a tag name, numbering it if new.
    fn tag_id(&mut self, name: &str) -> TagId {
        let (id, new) = self.tags.intern(name);
        if new {
            self.tag_names.push(name.to_string());
        }
        id
    }
}

/// Pass 1's way out: articles are numbered in the order their batches are sent, so the batches
/// of both cores go to the reader under one lock (a few hundred times for 100,000 files), with
/// no thread between them.
pub(super) struct Listing<'a> {
    pub numbered: Mutex<Numbered>,
    pub tx: &'a Sender<LoadEvent>,
}

impl Listing<'_> {
    fn lock(&self) -> MutexGuard<'_, Numbered> {
        self.numbered.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Pass 1: every source through the light pass, on all cores, then [`LoadEvent::Listed`].
/// Returns the sources in input order and which of them (pages) still need their full parse,
/// or `None` when the reader is gone.
pub(super) fn list(paths: &[PathBuf], embedded: Vec<Source>, listing: &Listing<'_>) -> Option<(Vec<Source>, Vec<u32>)> {
    let tx = listing.tx;
    let walked = AtomicUsize::new(0);
    // Said as soon as the walk ends, so progress has a total while pass 1 goes on.
    let mut said = false;
    let count = std::iter::from_fn(|| {
        if !std::mem::replace(&mut said, true) {
            let _ = tx.send(LoadEvent::Found(walked.load(Ordering::Relaxed)));
        }
        None
    });
    let found = embedded.into_iter().map(Ok).chain(load::walk(paths).map(|f| f.map(Source::File))).chain(count);
    // Each core keeps the sources it read; nothing more is done while `par_bridge` holds the
    // walk (one item at a time), so the cores seldom wait for each other there.
    let passes: Vec<Pass1> = found
        .inspect(|_| {
            walked.fetch_add(1, Ordering::Relaxed);
        })
        .enumerate()
        .par_bridge()
        .fold(Pass1::default, |mut pass, (index, found)| {
            pass.read(index as u32, found, listing);
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
}

impl Pass1 {
    fn read(&mut self, index: u32, found: Result<Source, FileError>, listing: &Listing<'_>) {
        self.files += 1;
        let read = match found {
            Ok(source) => {
                let read = light_source(&source);
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
                self.list(article, false);
            }
            Ok(Light::Final(articles, bad)) => {
                for error in bad {
                    let _ = listing.tx.send(LoadEvent::Failed(error));
                }
                self.counts.push((index, articles.len()));
                for article in articles {
                    self.terms.push((self.articles.len(), index::terms_of(&article)));
                    self.list(article, true);
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

    /// Adds `article` to the batch, stored, its tags numbered.
    fn list(&mut self, article: Article, parsed: bool) {
        let date = DateKey::of(article.published.as_deref());
        let (article, tags) = StoredArticle::new(article);
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

    fn flush(&mut self, listing: &Listing<'_>) {
        if self.files == 0 {
            return;
        }
        let mut numbered = listing.lock();
        let first = numbered.numbering.file_of.len() as u32;
        for (source, count) in self.counts.drain(..) {
            numbered.numbering.add(source, count);
        }
        for (at, terms) in self.terms.drain(..) {
            numbered.index.add(first + at as u32, &terms);
        }
        for name in &self.tag_names[self.loader_ids.len()..] {
            let id = numbered.tag_id(name);
            self.loader_ids.push(id);
        }
        for listed in &mut self.articles {
            for id in listed.tags.iter_mut() {
                *id = self.loader_ids[*id as usize];
            }
        }
        // Every name numbered since the last batch went, by either core: this batch's tags
        // are among them or went before.
        let new_tags = numbered.tag_names[numbered.names_sent..].to_vec();
        numbered.names_sent = numbered.tag_names.len();
        let (articles, files) = (std::mem::take(&mut self.articles), std::mem::take(&mut self.files));
        let _ = listing.tx.send(LoadEvent::Read { articles, new_tags, files });
    }
}

/// What the light pass makes of one source.
#[expect(clippy::large_enum_variant, reason = "made and taken apart once per file; a box would cost an allocation")]
enum Light {
    /// A page's light-pass article, to be parsed in full later.
    Page(Article),
    /// JSON, read in full at once, and its records that could not be read.
    Final(Vec<Article>, Vec<FileError>),
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
        Ok(inputs::Light::Whole) => load::read_source(source).map(|read| Light::Final(read.articles, read.bad)),
        Err(error) => Err(FileError { path: PathBuf::from(&name), error }),
    }
}
