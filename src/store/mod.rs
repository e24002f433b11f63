//! What the reader writes, and where: never beside the articles.
//!
//! - [`state`](crate::store::state): which articles were read and starred, and where the reader was, in the data
//!   directory (SQLite, written by a thread of its own);
//! - [`cache`](crate::store::cache): the parsed articles and the word index of each set of paths, in the cache
//!   directory, so that a second start does not parse again;
//! - [`key`](crate::store::key): what finds an article's state whatever happens to its file;
//! - [`folders`](crate::store::folders): the two directories, and the name of a set of paths.

pub mod cache;
pub mod folders;
pub mod key;
pub mod state;
