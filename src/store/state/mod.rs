//! The reading state: which articles were read and which are starred, and where the reader
//! was in each set of paths. Kept in the data directory ([`crate::store::folders`]) in SQLite
//! (`db.rs`), written by a thread of its own (`writer.rs`), so that the reader's UI thread
//! only sends messages ([`StateHandle`]) and never waits on the disk. Every change is
//! committed as it happens. `tidings state export` / `import` (`transfer.rs`) carry it between
//! machines as JSON Lines, the newest change of each flag winning.

mod db;
mod transfer;
mod writer;

use rustc_hash::FxHashMap;

pub use db::{BUSY_WAIT, FILE, StateDb, now_ms};
pub use transfer::{ImportReport, export, export_dir, import, import_file};
pub use writer::{StateEvent, StateHandle, spawn};

/// What one article's state says.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    pub read: bool,
    pub starred: bool,
}

/// One of the flags an article has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Read,
    Starred,
}

/// The state as loaded: each article's flags by its id ([`crate::store::key`]), and the id
/// last seen at each path (by the path's id), the second way to find an edited article.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub flags: FxHashMap<u64, Flags>,
    pub by_path: FxHashMap<u64, u64>,
}

/// One change to the state, as the reader makes it. `at` is when (milliseconds since 1970).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// A flag of the article whose key is `key` (and id `id`) set on or off; `path` is where
    /// the article is now.
    Flag { key: String, id: u64, flag: Flag, on: bool, path: Option<String>, at: i64 },
    /// The article once found by id `from` is now `to` (its file was edited in place): its state
    /// follows it, unless `to` has a state of its own.
    Rekey { from: u64, to: u64, key: String, path: Option<String> },
    /// Where the reader was in the set of paths `set`, as the app writes it.
    Place { set: String, place: String, at: i64 },
}

/// Why the state could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("the state file was written by a newer tidings")]
    Newer,
    #[error("no data directory")]
    NoDirectory,
}

#[cfg(test)]
mod tests;
