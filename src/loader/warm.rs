//! A start from the cache. The cache's shards are read and decoded on every core while another
//! thread walks the folders and takes each file's size and modification time; then each file
//! the cache holds is kept if they are the same, and
//!
//! - when most of it is ([`Start::Fast`]), its articles are sent at once in the cache's own
//!   numbering, with its word index: an article whose file is gone keeps its number, emptied
//!   and removed, and files new or changed since are listed and parsed after them as in a first
//!   start (the index does not know them: the search checks them);
//! - otherwise ([`Start::Reindex`]), the articles still valid are listed as final in pass 1,
//!   numbered anew, and the index is built again from them.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::listing::{Cached, CachedArticles};
use crate::article::Tagged;
use crate::error::{Error, FileError};
use crate::index::SearchIndex;
use crate::load::{self, Source};
use crate::store::cache::{CacheError, CacheSet, CachedFile, Manifest, Stamp};

/// A file's articles, read back, with their tags.
pub(super) type Articles = Vec<Tagged>;

/// How a start from the cache goes on.
pub(super) enum Start {
    Fast(Box<Fast>),
    Reindex { cached: Cached, found: Vec<Result<Source, FileError>>, damaged: bool },
}

/// Everything a fast start sends, in the cache's numbering.
pub(super) struct Fast {
    pub manifest: Manifest,
    /// Per file of the manifest (in its order): its articles if its file is unchanged.
    pub articles: Vec<Option<Articles>>,
    pub index: SearchIndex,
    /// Files new or changed since, to list and parse.
    pub to_read: Vec<Result<Source, FileError>>,
    pub damaged: bool,
}

/// The share of article numbers that may be of files gone or changed, or not in the index, for
/// a start to keep the cache's numbering and index: past it, searches would check too many
/// articles the index does not know, and numbers of nothing would pile up.
const STALE_SHARE: usize = 8;

/// Reads the cache of `paths` against the files as they are now.
pub(super) fn start(
    cache: &CacheSet,
    manifest: Manifest,
    paths: &[PathBuf],
    pool: Option<&rayon::ThreadPool>,
) -> Start {
    let ((walked, errors), (shards, index)) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| walk_stamped(paths));
        let read = super::on_pool(pool, || {
            rayon::join(
                || manifest.shards.par_iter().map(|name| cache.read_shard(name).ok()).collect::<Vec<_>>(),
                || manifest.index.as_deref().map(|name| cache.read_index(name)),
            )
        });
        (walk.join().unwrap_or_default(), read)
    });
    let damaged = shards.iter().any(Option::is_none) || matches!(index, Some(Err(CacheError::Damaged)));
    let mut shards: Vec<Vec<Option<Tagged>>> =
        shards.into_iter().map(|s| s.unwrap_or_default().into_iter().map(Some).collect()).collect();
    // Paths are matched by their bytes, as the walk wrote them both times, without a copy or a
    // parse into components each: a start matches 100,000 of them.
    let stamps: FxHashMap<&[u8], Stamp> = walked.iter().map(|(path, stamp)| (bytes(path), *stamp)).collect();
    let mut kept = FxHashSet::default();
    let articles: Vec<Option<Articles>> = manifest
        .files
        .iter()
        .map(|file| {
            let path = file.path.as_bytes();
            let valid = stamps.get(path) == Some(&file.stamp);
            let articles = valid.then(|| take(&mut shards, file)).flatten();
            if articles.is_some() {
                kept.insert(path);
            }
            articles
        })
        .collect();
    let to_read: Vec<Result<Source, FileError>> = walked
        .iter()
        .filter(|(path, _)| !kept.contains(bytes(path)))
        .map(|(path, _)| Ok(Source::File(path.clone())))
        .chain(errors.into_iter().map(Err))
        .collect();
    let kept_numbers: usize =
        manifest.files.iter().zip(&articles).filter(|(_, a)| a.is_some()).map(|(f, _)| f.count as usize).sum();
    let len = manifest.len as usize;
    let stale = len.saturating_sub(kept_numbers) + len.saturating_sub(manifest.indexed as usize) + to_read.len();
    let fast = len > 0 && stale * STALE_SHARE <= len;
    match index {
        Some(Ok(index)) if fast && index.len() == manifest.indexed as usize => {
            Start::Fast(Box::new(Fast { manifest, articles, index, to_read, damaged }))
        }
        _ => {
            let mut cached = Cached::new();
            for (file, articles) in manifest.files.iter().zip(articles) {
                let Some(articles) = articles else { continue };
                let stamp = file.stamp;
                let at = (manifest.shards.get(file.shard as usize).cloned().unwrap_or_default(), file.entry);
                let entry = std::sync::Mutex::new(Some(CachedArticles { articles, stamp, at }));
                cached.insert(PathBuf::from(&file.path), entry);
            }
            // Every file in walk order, the cache's among them: pass 1 takes their articles.
            let walked = walked.into_iter().map(|(path, _)| Ok(Source::File(path)));
            let found = walked.chain(to_read.into_iter().filter(Result::is_err)).collect();
            Start::Reindex { cached, found, damaged }
        }
    }
}

/// A path as bytes, the key a start matches the cache's files by.
fn bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

/// The articles of `file` out of the decoded shards, if they are all there.
fn take(shards: &mut [Vec<Option<Tagged>>], file: &CachedFile) -> Option<Articles> {
    let shard = shards.get_mut(file.shard as usize)?;
    let (from, to) = (file.entry as usize, file.entry as usize + file.count as usize);
    let entries = shard.get_mut(from..to)?;
    if entries.iter().any(Option::is_none) {
        return None;
    }
    Some(entries.iter_mut().filter_map(Option::take).collect())
}

/// Every file the folders hold, as a walk finds them, with its size and modification time now;
/// and what could not be walked.
pub(super) fn walk_stamped(paths: &[PathBuf]) -> (Vec<(PathBuf, Stamp)>, Vec<FileError>) {
    let (mut files, mut errors) = (Vec::new(), Vec::new());
    for found in load::walk(paths) {
        match found.and_then(|path| match std::fs::metadata(&path) {
            Ok(metadata) => Ok((path, Stamp::of(&metadata))),
            Err(error) => Err(FileError { path, error: Error::Io(error) }),
        }) {
            Ok(file) => files.push(file),
            Err(error) => errors.push(error),
        }
    }
    (files, errors)
}
