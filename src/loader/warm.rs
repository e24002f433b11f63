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

use rustc_hash::{FxHashMap, FxHashSet};

use super::listing::{Cached, CachedArticles};
use super::shards::Shards;
use super::stamped::walk_stamped;
use crate::error::FileError;
use crate::index::SearchIndex;
use crate::load::Source;
use crate::store::cache::{CacheError, CacheSet, Manifest, ManifestHead, Stamp};

/// How a start from the cache goes on.
pub(super) enum Start {
    Fast(Box<Fast>),
    Reindex { cached: Cached, found: Vec<Result<Source, FileError>>, damaged: bool },
}

/// Everything a fast start sends, in the cache's numbering.
pub(super) struct Fast {
    pub manifest: Manifest,
    /// Per file of the manifest (in its order): whether its file is unchanged, its articles
    /// then to take from `shards`.
    pub unchanged: Vec<bool>,
    /// The shards, still being decoded.
    pub shards: Shards,
    pub index: SearchIndex,
    /// Files new or changed since, to list and parse.
    pub to_read: Vec<Result<Source, FileError>>,
}

/// The share of article numbers that may be of files gone or changed, or not in the index, for
/// a start to keep the cache's numbering and index: past it, searches would check too many
/// articles the index does not know, and numbers of nothing would pile up.
const STALE_SHARE: usize = 8;

/// Reads the cache of `paths` against the files as they are now. The shards are decoded on
/// the pool from the start, and a fast start takes them as they come; the folders are walked
/// while the manifest's list of files and the index are decoded. An error is the manifest's.
pub(super) fn start(
    cache: &CacheSet,
    head: ManifestHead,
    paths: &[PathBuf],
    pool: Option<&rayon::ThreadPool>,
) -> Result<Start, CacheError> {
    let mut shards = Shards::start(cache, head.shards(), pool);
    let expected = head.len();
    let ((walked, errors), manifest, index) = std::thread::scope(|scope| {
        let walk = scope.spawn(|| walk_stamped(paths, expected));
        let manifest = head.manifest();
        let index = manifest.as_ref().ok().and_then(|m| m.index.as_deref()).map(|name| cache.read_index(name));
        (walk.join().unwrap_or_default(), manifest, index)
    });
    let manifest = manifest?;
    // Paths are matched by their bytes, as the walk wrote them both times, without a copy or a
    // parse into components each: a start matches 100,000 of them.
    let stamps: FxHashMap<&[u8], Stamp> = walked.iter().map(|(path, stamp)| (bytes(path), *stamp)).collect();
    let unchanged: Vec<bool> =
        manifest.files.iter().map(|file| stamps.get(file.path.as_bytes()) == Some(&file.stamp)).collect();
    drop(stamps);
    let kept: FxHashSet<&[u8]> =
        manifest.files.iter().zip(&unchanged).filter(|(_, same)| **same).map(|(f, _)| f.path.as_bytes()).collect();
    let to_read: Vec<Result<Source, FileError>> = walked
        .iter()
        .filter(|(path, _)| !kept.contains(bytes(path)))
        .map(|(path, _)| Ok(Source::File(path.clone())))
        .chain(errors.into_iter().map(Err))
        .collect();
    drop(kept);
    let kept_numbers: usize =
        manifest.files.iter().zip(&unchanged).filter(|(_, same)| **same).map(|(f, _)| f.count as usize).sum();
    let len = manifest.len as usize;
    let stale = len.saturating_sub(kept_numbers) + len.saturating_sub(manifest.indexed as usize) + to_read.len();
    let fast = len > 0 && stale * STALE_SHARE <= len;
    match index {
        Some(Ok(index)) if fast && index.len() == manifest.indexed as usize => {
            Ok(Start::Fast(Box::new(Fast { manifest, unchanged, shards, index, to_read })))
        }
        index => {
            let mut cached = Cached::new();
            for (file, _) in manifest.files.iter().zip(&unchanged).filter(|(_, same)| **same) {
                let Some(articles) = shards.take(file) else { continue };
                let stamp = file.stamp;
                let at = (manifest.shards.get(file.shard as usize).cloned().unwrap_or_default(), file.entry);
                let entry = std::sync::Mutex::new(Some(CachedArticles { articles, stamp, at }));
                cached.insert(PathBuf::from(&file.path), entry);
            }
            let damaged = shards.damaged() || matches!(index, Some(Err(CacheError::Damaged)));
            // Every file in walk order, the cache's among them: pass 1 takes their articles.
            let walked = walked.into_iter().map(|(path, _)| Ok(Source::File(path)));
            let found = walked.chain(to_read.into_iter().filter(Result::is_err)).collect();
            Ok(Start::Reindex { cached, found, damaged })
        }
    }
}

/// A path as bytes, the key a start matches the cache's files by.
fn bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}
