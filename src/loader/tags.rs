//! The loader's tag table, for the whole session: tags are numbered where articles are listed
//! (pass 1, the cache, the watcher), and the reader is sent each new name once, in id order
//! (`Corpus::append_listed`), so both tables stay one.

use crate::corpus::{TagId, TagInterner};

#[derive(Debug, Default)]
pub(super) struct LoaderTags {
    interner: TagInterner,
    /// Each tag's first spelling, by id, and how many of them the reader has been sent.
    names: Vec<String>,
    sent: usize,
}

impl LoaderTags {
    /// The loader's id for a tag name, numbering it if new.
    pub(super) fn id(&mut self, name: &str) -> TagId {
        let (id, new) = self.interner.intern(name);
        if new {
            self.names.push(name.to_string());
        }
        id
    }

    /// The ids of an article's tags.
    pub(super) fn ids(&mut self, names: &[String]) -> Box<[TagId]> {
        names.iter().map(|name| self.id(name)).collect()
    }

    /// The names numbered since the reader was last sent them.
    pub(super) fn unsent(&mut self) -> Vec<String> {
        let new = self.names[self.sent..].to_vec();
        self.sent = self.names.len();
        new
    }
}
