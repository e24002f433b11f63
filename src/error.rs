//! Errors of the library. The binary turns them into one line: `tidings: path: reason`.

use std::fmt;
use std::path::PathBuf;

/// Why one input could not become articles.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("not a text file ({0})")]
    NotText(&'static str),
    #[error("no text in the file")]
    Empty,
    #[error("not an article in JSON: {0}")]
    Json(String),
    #[error("not a feed: {0}")]
    Feed(String),
    #[error("no article found in the page")]
    NoArticle,
    /// A link to a folder that holds it: followed, the walk would never end.
    #[error("a link back to {}, a folder it is in (a loop: not followed)", .0.display())]
    LinkLoop(PathBuf),
    #[error("a link to nothing (its target does not exist)")]
    BrokenLink,
    /// One record of a file of several (a line of JSON Lines, an item of an array) that could
    /// not be read; the others were.
    #[error("{place}: {error}")]
    Record { place: String, error: Box<Error> },
}

/// An [`Error`] with the file it happened to.
#[derive(Debug)]
pub struct FileError {
    pub path: PathBuf,
    pub error: Error,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for FileError {}
