//! What the loader knows of the files it read, for as long as the reader runs: which articles
//! each file gave (article numbers are given in the order articles are sent, so the loader's
//! numbering is the reader's), its size and modification time when read, and where its
//! articles are in the cache. The folder watcher and the cache's manifest are made from it.

use std::collections::HashMap;
use std::ops::Range;
use std::path::PathBuf;

use crate::load::Source;
use crate::store::cache::{CachedFile, Manifest, Stamp};

/// Numbers no file has (files gone since the cache was written).
const NO_FILE: u32 = u32::MAX;

/// Article numbers by file and files by article number.
#[derive(Debug, Default)]
pub(super) struct Numbering {
    /// First article number of each file (`u32::MAX` for none) and each article's file.
    first_article: Vec<u32>,
    file_of: Vec<u32>,
}

impl Numbering {
    /// Numbers the next `articles` articles as file `source`'s (a file read again takes new
    /// numbers: its old ones are removed).
    pub(super) fn add(&mut self, source: u32, articles: usize) -> u32 {
        let first = self.file_of.len() as u32;
        if self.first_article.len() <= source as usize {
            self.first_article.resize(source as usize + 1, NO_FILE);
        }
        self.first_article[source as usize] = if articles == 0 { NO_FILE } else { first };
        self.file_of.extend(std::iter::repeat_n(source, articles));
        first
    }

    /// Numbers `count` articles of no file (gone before they were sent).
    pub(super) fn add_gone(&mut self, count: usize) {
        self.file_of.extend(std::iter::repeat_n(NO_FILE, count));
    }

    /// The numbers of a file's articles.
    pub(super) fn articles_of(&self, source: u32) -> Range<u32> {
        let first = self.first_article.get(source as usize).copied().unwrap_or(NO_FILE);
        let count =
            self.file_of.get(first as usize..).map_or(0, |rest| rest.iter().take_while(|&&s| s == source).count());
        first..first.saturating_add(count as u32)
    }

    /// The file of article `number`.
    pub(super) fn file_of(&self, number: usize) -> Option<u32> {
        self.file_of.get(number).copied().filter(|&s| s != NO_FILE)
    }

    /// The file's articles are gone; returns their numbers.
    pub(super) fn drop_file(&mut self, source: u32) -> Range<u32> {
        let numbers = self.articles_of(source);
        if let Some(first) = self.first_article.get_mut(source as usize) {
            *first = NO_FILE;
        }
        numbers
    }

    /// Articles numbered.
    pub(super) fn len(&self) -> usize {
        self.file_of.len()
    }
}

/// Where a file's articles are in the cache: entries `entry..` of shard `shard` (an index in
/// [`Files::shards`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Slot {
    pub shard: u32,
    pub entry: u32,
}

/// Every file read, by its index in the input.
#[derive(Debug, Default)]
pub(super) struct Files {
    pub sources: Vec<Source>,
    pub numbering: Numbering,
    /// Each file's size and modification time when its articles were read.
    pub stamps: Vec<Option<Stamp>>,
    /// Where each file's articles are in the cache, when they are.
    pub slots: Vec<Option<Slot>>,
    /// The cache's shards, by the index a [`Slot`] gives, and back.
    pub shards: Vec<String>,
    shard_ids: HashMap<String, u32>,
    /// The cached index and the articles it covers (`0..indexed`).
    pub index: Option<String>,
    pub indexed: u32,
}

impl Files {
    /// Adds a file; returns its index.
    pub(super) fn add_source(&mut self, source: Source) -> u32 {
        self.sources.push(source);
        self.stamps.push(None);
        self.slots.push(None);
        self.sources.len() as u32 - 1
    }

    /// Adds files in order (pass 1 gives their sources in one go).
    pub(super) fn extend_sources(&mut self, sources: Vec<Source>) {
        for source in sources {
            self.add_source(source);
        }
    }

    /// Notes that `source`'s articles, read from the file as `stamp` says, are in the cache at
    /// `slot` (`None`: not cached).
    pub(super) fn note(&mut self, source: u32, stamp: Option<Stamp>, slot: Option<Slot>) {
        let at = source as usize;
        if at >= self.sources.len() {
            return;
        }
        self.stamps[at] = stamp;
        self.slots[at] = slot;
    }

    /// Takes the shards a cache's manifest names, in its order (its slots give these indices).
    pub(super) fn set_shards(&mut self, names: &[String]) {
        for name in names {
            self.shard(name.clone());
        }
    }

    /// The index of a shard name, added if new.
    pub(super) fn shard(&mut self, name: String) -> u32 {
        if let Some(&at) = self.shard_ids.get(&name) {
            return at;
        }
        self.shards.push(name.clone());
        let at = self.shards.len() as u32 - 1;
        self.shard_ids.insert(name, at);
        at
    }

    /// Each file by its path, for the watcher.
    pub(super) fn by_path(&self) -> HashMap<PathBuf, u32> {
        let files = self.sources.iter().enumerate();
        files
            .filter_map(|(i, s)| match s {
                Source::File(path) => Some((path.clone(), i as u32)),
                Source::Embedded(..) => None,
            })
            .collect()
    }

    /// The cache's manifest for what is loaded now: every file cached, in number order.
    pub(super) fn manifest(&self) -> Manifest {
        let mut files: Vec<CachedFile> = (0..self.sources.len() as u32)
            .filter_map(|source| {
                let at = source as usize;
                let (Some(slot), Some(stamp)) = (self.slots[at], self.stamps[at]) else { return None };
                let Source::File(path) = &self.sources[at] else { return None };
                let numbers = self.numbering.articles_of(source);
                let path = path.to_str()?.to_string();
                (!numbers.is_empty()).then(|| CachedFile {
                    path,
                    stamp,
                    first: numbers.start,
                    count: numbers.len() as u32,
                    shard: slot.shard,
                    entry: slot.entry,
                })
            })
            .collect();
        files.sort_unstable_by_key(|f| f.first);
        // Only the shards still used are named (the others are swept).
        let mut used: Vec<u32> = files.iter().map(|f| f.shard).collect();
        used.sort_unstable();
        used.dedup();
        let renumber: HashMap<u32, u32> = used.iter().enumerate().map(|(new, &old)| (old, new as u32)).collect();
        for file in &mut files {
            file.shard = renumber.get(&file.shard).copied().unwrap_or(0);
        }
        Manifest {
            len: self.numbering.len() as u32,
            index: self.index.clone(),
            indexed: self.indexed,
            shards: used.iter().map(|&i| self.shards[i as usize].clone()).collect(),
            files,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_read_again_takes_new_numbers_and_gone_ones_have_none() {
        let mut numbering = Numbering::default();
        assert_eq!(numbering.add(0, 1), 0);
        numbering.add_gone(2);
        assert_eq!(numbering.add(1, 3), 3);
        assert_eq!((numbering.articles_of(0), numbering.articles_of(1)), (0..1, 3..6));
        assert_eq!((numbering.file_of(1), numbering.file_of(4)), (None, Some(1)));
        assert_eq!(numbering.add(0, 1), 6);
        assert_eq!(numbering.articles_of(0), 6..7);
        assert_eq!(numbering.drop_file(1), 3..6);
        assert!(numbering.articles_of(1).is_empty());
        assert_eq!(numbering.len(), 7);
    }
}
