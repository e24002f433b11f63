//! The cache of parsed articles, so that a second start does not parse again. Each set of paths
//! opened ([`crate::store::folders::set_key`]) has a folder of its own in the cache directory,
//! holding:
//!
//! - **shards** (`shard.rs`): the full parses of a batch of files, records and their packed
//!   text;
//! - **the index** (`crate::index`'s snapshot), over the article numbers the manifest gives,
//!   and its frequent grams once they are read (`grams-of-` its name);
//! - **the manifest**, written last: every file cached (its path, size and modification time),
//!   the article numbers it had, and where its articles are. Only what the manifest names is
//!   read, so a crash while writing leaves the previous cache as it was.
//!
//! An entry is used only while its file's size and modification time and the parser that wrote
//! it ([`PARSER_VERSION`]) are the same; a damaged file is refused whole (`frame.rs`). Deleting
//! the cache is always safe: the next start parses again and writes a new one.

mod frame;
mod shard;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::article::Tagged;
use crate::index::{SearchIndex, SnapshotError};

use frame::Kind;
pub use shard::ShardBuilder;

/// The version of everything that makes a cached article: a hash, made when tidings is built
/// (`build.rs`), of the sources of the parsers, the article model, the index and this cache,
/// of `Cargo.lock` (a parser crate updated changes what it gives) and of the crate's version.
/// Any change to them invalidates every entry, whether or not it changes an article: a cache
/// rebuilt for nothing costs one start; an article kept from an older parser would be wrong.
pub const PARSER_VERSION: u64 = parse_hex(env!("TIDINGS_PARSER_VERSION"));

const fn parse_hex(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut value = 0u64;
    let mut i = 0;
    while i < bytes.len() {
        let digit = match bytes[i] {
            b @ b'0'..=b'9' => b - b'0',
            b @ b'a'..=b'f' => b - b'a' + 10,
            _ => 0,
        };
        value = value << 4 | digit as u64;
        i += 1;
    }
    value
}

/// Files of a set's folder that no manifest names are removed once this old: younger ones may
/// be another reader's, still writing its manifest.
const ORPHAN_AGE: Duration = Duration::from_secs(60);
const MANIFEST: &str = "manifest.bin";

/// Why the cache could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum CacheError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("a cache file is damaged")]
    Damaged,
    #[error("the cache was written by another version of the parser")]
    Stale,
    #[error("{0}")]
    Index(#[from] SnapshotError),
}

/// A file's size and modification time: an entry is used while they are the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    /// Nanoseconds since 1970 (before it: negative).
    pub modified: i64,
}

impl Stamp {
    pub fn of(metadata: &std::fs::Metadata) -> Stamp {
        let modified = metadata.modified().ok().map_or(0, |time| match time.duration_since(UNIX_EPOCH) {
            Ok(after) => after.as_nanos() as i64,
            Err(before) => -(before.duration().as_nanos() as i64),
        });
        Stamp { size: metadata.len(), modified }
    }
}

/// A file in the cache: where it is, its stamp when read, its article numbers, and where its
/// articles are (entries `entry..entry + count` of shard `shard`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CachedFile {
    pub path: String,
    pub stamp: Stamp,
    pub first: u32,
    pub count: u32,
    pub shard: u32,
    pub entry: u32,
}

/// What the cache of a set of paths holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Article numbers in use: numbers no file has are of files gone since.
    pub len: u32,
    /// The index file, covering numbers `0..indexed`; later numbers are not in it.
    pub index: Option<String>,
    pub indexed: u32,
    pub shards: Vec<String>,
    /// In number order.
    pub files: Vec<CachedFile>,
}

/// A manifest read as far as its shards' names, so that they can be read while its list of
/// files (100,000 paths, about 20 ms) is decoded ([`ManifestHead::manifest`]).
pub struct ManifestHead {
    head: Head,
    payload: frame::Payload,
    files_at: usize,
}

/// The fields of a [`Manifest`] before its files, in its order.
#[derive(Deserialize)]
struct Head {
    len: u32,
    index: Option<String>,
    indexed: u32,
    shards: Vec<String>,
}

impl ManifestHead {
    pub fn shards(&self) -> &[String] {
        &self.head.shards
    }

    /// Article numbers in use, about as many as the files.
    pub fn len(&self) -> usize {
        self.head.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.head.len == 0
    }

    /// The whole manifest, its files decoded.
    pub fn manifest(self) -> Result<Manifest, CacheError> {
        let files = self.payload.bytes().get(self.files_at..).ok_or(CacheError::Damaged)?;
        let files = postcard::from_bytes(files).map_err(|_| CacheError::Damaged)?;
        let Head { len, index, indexed, shards } = self.head;
        Ok(Manifest { len, index, indexed, shards, files })
    }
}

/// The cache folder of one set of paths.
#[derive(Debug, Clone)]
pub struct CacheSet {
    dir: PathBuf,
    parser: u64,
}

impl CacheSet {
    /// The folder for the set of paths `set` in the cache directory `root`, for entries of the
    /// parser `parser` (normally [`PARSER_VERSION`]).
    pub fn new(root: &Path, set: &str, parser: u64) -> CacheSet {
        let name = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(set.as_bytes()));
        CacheSet { dir: root.join("sets").join(name), parser }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The manifest; `None` when there is no cache (or one of another parser).
    pub fn manifest(&self) -> Result<Option<Manifest>, CacheError> {
        self.manifest_head()?.map(ManifestHead::manifest).transpose()
    }

    /// The manifest read up to its list of files ([`ManifestHead`]); `None` as
    /// [`CacheSet::manifest`].
    pub fn manifest_head(&self) -> Result<Option<ManifestHead>, CacheError> {
        match frame::read(&self.dir.join(MANIFEST), Kind::Manifest, self.parser) {
            Ok(payload) => {
                let bytes = payload.bytes();
                let (head, files) = postcard::take_from_bytes::<Head>(bytes).map_err(|_| CacheError::Damaged)?;
                let files_at = bytes.len() - files.len();
                Ok(Some(ManifestHead { head, payload, files_at }))
            }
            Err(CacheError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(CacheError::Stale) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Writes the manifest: from now on the cache is what it names.
    pub fn write_manifest(&self, manifest: &Manifest) -> Result<(), CacheError> {
        let bytes = postcard::to_stdvec(manifest).map_err(|_| CacheError::Damaged)?;
        std::fs::create_dir_all(&self.dir)?;
        frame::write(&self.dir.join(MANIFEST), Kind::Manifest, self.parser, &[&bytes])
    }

    /// The articles of a shard, in entry order, with their tags.
    pub fn read_shard(&self, name: &str) -> Result<Vec<Tagged>, CacheError> {
        let (head, block) = frame::read_split(&self.dir.join(checked(name)?), Kind::Shard, self.parser)?;
        shard::articles(&head, block)
    }

    /// Writes a shard; returns its name.
    pub fn write_shard(&self, shard: &ShardBuilder) -> Result<String, CacheError> {
        let name = unique_name("shard");
        let (head, block) = shard.payload()?;
        std::fs::create_dir_all(&self.dir)?;
        frame::write(&self.dir.join(&name), Kind::Shard, self.parser, &[&head, block])?;
        Ok(name)
    }

    /// The index a snapshot file holds.
    pub fn read_index(&self, name: &str) -> Result<SearchIndex, CacheError> {
        let payload = frame::read(&self.dir.join(checked(name)?), Kind::Index, self.parser)?;
        Ok(SearchIndex::from_snapshot(payload.bytes())?)
    }

    /// Writes an index snapshot ([`SearchIndex::snapshot`]); returns its name.
    pub fn write_index(&self, snapshot: &[u8]) -> Result<String, CacheError> {
        let name = unique_name("index");
        std::fs::create_dir_all(&self.dir)?;
        frame::write(&self.dir.join(&name), Kind::Index, self.parser, &[snapshot])?;
        Ok(name)
    }

    /// The frequent grams kept for the index file `index` ([`SearchIndex::grams_snapshot`]),
    /// if any.
    pub fn read_grams(&self, index: &str) -> Result<Vec<u8>, CacheError> {
        let payload = frame::read(&self.dir.join(grams_name(checked(index)?)), Kind::Grams, self.parser)?;
        Ok(payload.into_vec())
    }

    /// Keeps `snapshot`, the frequent grams of the index the manifest names, beside it (a
    /// grams file that is not of that index is refused when read).
    pub fn keep_grams(&self, snapshot: &[u8]) -> Result<(), CacheError> {
        let head = self.manifest_head()?.ok_or(CacheError::Damaged)?;
        let index = head.head.index.as_deref().ok_or(CacheError::Damaged)?;
        self.write_grams(index, snapshot)
    }

    /// Keeps the frequent grams of the index file `index` beside it: read once every article
    /// was, they are written after the index, under a name that follows from its own (a grams
    /// file of an index the manifest no longer names is swept with it).
    pub fn write_grams(&self, index: &str, snapshot: &[u8]) -> Result<(), CacheError> {
        frame::write(&self.dir.join(grams_name(checked(index)?)), Kind::Grams, self.parser, &[snapshot])
    }

    /// Removes the files of the folder that `manifest` does not name and that are old enough
    /// not to be another reader's, still being written. Failures are left for next time.
    pub fn sweep(&self, manifest: &Manifest) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else { return };
        let grams = manifest.index.as_deref().map(grams_name);
        let named = |name: &str| {
            name == MANIFEST
                || manifest.index.as_deref() == Some(name)
                || grams.as_deref() == Some(name)
                || manifest.shards.iter().any(|s| s == name)
        };
        let now = SystemTime::now();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|at| now.duration_since(at).unwrap_or_default() >= ORPHAN_AGE);
            if !named(&name) && old {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
}

/// The name of the frequent grams' file of the index file `index`.
fn grams_name(index: &str) -> String {
    format!("grams-of-{index}")
}

/// A name no other file of the folder has, nor will have: this process's, numbered.
fn unique_name(kind: &str) -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let start = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    format!("{kind}-{start:x}-{}-{}.bin", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A name from a manifest is a file of the folder, never a path elsewhere.
fn checked(name: &str) -> Result<&str, CacheError> {
    let plain = !name.is_empty() && !name.contains(['/', '\\']) && name != ".." && name != ".";
    if plain { Ok(name) } else { Err(CacheError::Damaged) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_read_in_two_steps_is_the_manifest_written() {
        let dir = tempfile::tempdir().unwrap();
        let cache = CacheSet::new(dir.path(), "set", 7);
        assert!(cache.manifest_head().unwrap().is_none());
        let file = |n: u32| CachedFile {
            path: format!("/news/{n}.txt"),
            stamp: Stamp { size: u64::from(n), modified: -i64::from(n) },
            first: n,
            count: 1,
            shard: n % 2,
            entry: n / 2,
        };
        let manifest = Manifest {
            len: 5,
            index: Some("index-1.bin".into()),
            indexed: 4,
            shards: vec!["shard-a.bin".into(), "shard-b.bin".into()],
            files: (0..5).map(file).collect(),
        };
        cache.write_manifest(&manifest).unwrap();
        let head = cache.manifest_head().unwrap().unwrap();
        assert_eq!((head.shards(), head.len()), (&manifest.shards[..], 5));
        assert_eq!(head.manifest().unwrap(), manifest);
        assert_eq!(cache.manifest().unwrap(), Some(manifest));
        // Of another parser: no cache.
        assert!(CacheSet::new(dir.path(), "set", 8).manifest_head().unwrap().is_none());
    }
}
