//! Pass 2: the full parse of every page listed by pass 1, on all cores, the selected article's
//! file first. Each batch is stored as the reader keeps it (bodies packed into one block), its
//! articles given the ids their reading state is kept by, and written to the cache as one
//! shard. A file that vanished or became unreadable since pass 1 is reported, and its article
//! dropped: nothing waits on it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::Sender;
use std::time::Instant;

use rayon::prelude::*;

use super::files::Numbering;
use super::{NONE, PARSED_EVERY};
use crate::article::{Article, StoredArticle, store_together};
use crate::error::{Error, FileError};
use crate::index;
use crate::inputs;
use crate::load::{self, Source};
use crate::store::cache::{CacheSet, ShardBuilder, Stamp};
use crate::store::key;

/// A file read and parsed in full: its articles with the ids of their state, its stamp when
/// read (files only), and the terms of its articles for the index.
pub(super) struct FileRead {
    pub source: u32,
    pub articles: Vec<Article>,
    pub ids: Vec<u64>,
    pub terms: Vec<index::Terms>,
    pub stamp: Option<Stamp>,
}

/// A file's full parses as the reader keeps them, and their terms for the index.
pub(super) struct FileStored {
    pub source: u32,
    /// Each article as stored, with its tags.
    pub articles: Vec<(Box<StoredArticle>, Vec<String>)>,
    pub terms: Vec<index::Terms>,
    pub stamp: Option<Stamp>,
    /// Its first entry in the batch's shard, when the batch was written to the cache.
    pub entry: Option<u32>,
}

/// What the parsing cores send the loader's thread.
pub(super) struct Parsed {
    pub files: Vec<FileStored>,
    /// Files that could not be read again.
    pub gone: Vec<(u32, FileError)>,
    /// The shard the batch was written to, or why it was not.
    pub shard: Option<Result<String, String>>,
}

/// Reads and parses a source in full.
pub(super) fn read_file(source: u32, from: &Source) -> Result<FileRead, FileError> {
    let name = from.name();
    let failed = |error: Error| FileError { path: PathBuf::from(&name), error };
    let (bytes, stamp) = match from {
        Source::File(path) => {
            let (bytes, metadata) = load::read_with_metadata(path).map_err(failed)?;
            (std::borrow::Cow::Owned(bytes), Some(Stamp::of(&metadata)))
        }
        Source::Embedded(_, bytes) => (std::borrow::Cow::Borrowed(*bytes), None),
    };
    let articles = load::articles_from_bytes(&bytes, &name).map_err(failed)?;
    let page = || inputs::with_page_text(&bytes, &name, key::text_id);
    let ids = match articles.as_slice() {
        [one] => vec![key::state_id(one.url.as_deref(), page)],
        many => many.iter().map(key::article_id).collect(),
    };
    let terms = articles.iter().map(index::terms_of).collect();
    Ok(FileRead { source, articles, ids, terms, stamp })
}

/// Pass 2: the full parse of `to_parse`, in order but the wanted article's file first, on all
/// cores; each batch is written to `cache` when there is one.
pub(super) fn parse(
    sources: &[Source],
    to_parse: &[u32],
    wanted: &AtomicUsize,
    numbering: &Numbering,
    cache: Option<&CacheSet>,
    work: &Sender<Parsed>,
) {
    let done: Vec<AtomicBool> = sources.iter().map(|_| AtomicBool::new(false)).collect();
    let next = AtomicUsize::new(0);
    let take = || -> Option<u32> {
        let want = wanted.swap(NONE, Ordering::Relaxed);
        if let Some(source) = numbering.file_of(want)
            && done.get(source as usize).is_some_and(|d| !d.swap(true, Ordering::Relaxed))
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
        let (mut batch, mut gone, mut sent) = (Vec::new(), Vec::new(), Instant::now());
        while let Some(source) = take() {
            if let Some(from) = sources.get(source as usize) {
                match read_file(source, from) {
                    Ok(read) => batch.push(read),
                    Err(error) => gone.push((source, error)),
                }
            }
            if sent.elapsed() >= PARSED_EVERY {
                let _ = work.send(packed(std::mem::take(&mut batch), std::mem::take(&mut gone), cache));
                sent = Instant::now();
            }
        }
        // Nothing left to say (a start from the cache with nothing to parse): no batch, which the
        // reader would take as a change to refresh its list for.
        if !batch.is_empty() || !gone.is_empty() {
            let _ = work.send(packed(batch, gone, cache));
        }
    });
}

/// The batch as the reader keeps it, the bodies of its articles packed into one block, one
/// after the other ([`store_together`]): the one copy of the body made after parsing. Written
/// to the cache as one shard.
pub(super) fn packed(batch: Vec<FileRead>, gone: Vec<(u32, FileError)>, cache: Option<&CacheSet>) -> Parsed {
    let counts: Vec<usize> = batch.iter().map(|file| file.articles.len()).collect();
    let mut ids = Vec::new();
    let mut files = Vec::new();
    let mut articles = Vec::new();
    for file in batch {
        ids.extend(file.ids);
        files.push((file.source, file.terms, file.stamp));
        articles.extend(file.articles);
    }
    let mut stored = store_together(articles);
    for ((article, _), id) in stored.iter_mut().zip(ids) {
        article.set_state_id(id);
    }
    let mut shard = cache.map(|_| ShardBuilder::default());
    let mut stored = stored.into_iter();
    let files: Vec<FileStored> = files
        .into_iter()
        .zip(counts)
        .map(|((source, terms, stamp), count)| {
            let articles: Vec<_> = stored.by_ref().take(count).collect();
            let entry = match (&mut shard, stamp) {
                (Some(shard), Some(_)) => {
                    let first = shard.len() as u32;
                    let all = articles.iter().all(|(article, tags)| shard.add(article, tags).is_some());
                    all.then_some(first)
                }
                _ => None,
            };
            FileStored { source, articles, terms, stamp, entry }
        })
        .collect();
    let shard = match (cache, shard) {
        (Some(cache), Some(shard)) if !shard.is_empty() => Some(cache.write_shard(&shard).map_err(|e| e.to_string())),
        _ => None,
    };
    Parsed { files, gone, shard }
}
