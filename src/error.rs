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
