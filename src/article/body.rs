//! The packed body: an article's paragraphs in one string, the title and captions after them.

use std::sync::Arc;

/// The text of the articles packed together, shared by them. An `Arc<String>` rather than an
/// `Arc<str>`: the block is made as a `String` (packed, or read from a cache file) and shared
/// without copying its text into an allocation of the `Arc`'s own, which for a cache holding
/// hundreds of megabytes of text is a second start's largest copy.
pub type Block = Arc<String>;

/// An article's paragraphs in one string, each followed by `\n` but the last, then the title
/// and each caption, each after a `\n`. A search reads an article's text in one pass over
/// contiguous memory, where field by field it would take one allocation (and one cache miss)
/// and one call per field, and a paragraph costs four bytes instead of a `String`'s
/// twenty-four. The string is part of a block shared by the articles packed together
/// ([`super::store_together`]): the reader's loader packs each batch of full parses into one,
/// so the bodies lie one after the other, and none is rounded up to the allocator's next size
/// class (a 4.1 KB body alone would take a 5 KiB allocation).
#[derive(Debug, Clone)]
pub(super) struct PackedBody {
    block: Block,
    /// Where the body starts in `block`.
    start: u32,
    /// Where each paragraph ends, from `start`: the last is the body's length. Never empty.
    ends: Box<[u32]>,
    /// The length of the body with the title and captions after it.
    searchable: u32,
}

impl PackedBody {
    /// The body at `start` in `block`, its paragraphs ending at `ends`, the title and captions
    /// after it up to `searchable`. `ends` is not empty.
    pub(super) fn new(block: Block, start: u32, ends: Box<[u32]>, searchable: u32) -> Self {
        PackedBody { block, start, ends, searchable }
    }

    /// Where each paragraph ends, from the body's start (for writing it).
    pub(super) fn ends(&self) -> &[u32] {
        &self.ends
    }

    /// How many paragraphs there are.
    pub(super) fn paragraph_count(&self) -> usize {
        self.ends.len()
    }

    /// The whole body, paragraphs joined by `\n`.
    pub(super) fn body(&self) -> &str {
        let start = self.start as usize;
        let len = self.ends.last().map_or(0, |&end| end as usize);
        self.block.get(start..start + len).unwrap_or("")
    }

    /// The body, then the title and the captions, joined by `\n`.
    pub(super) fn searchable(&self) -> &str {
        let start = self.start as usize;
        self.block.get(start..start + self.searchable as usize).unwrap_or("")
    }

    /// Paragraph `i`: from after the previous one's `\n` to its end.
    pub(super) fn paragraph(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i.checked_sub(1) {
            Some(before) => self.ends[before] as usize + 1,
            None => 0,
        };
        self.body().get(start..end)
    }

    /// Whether byte `at` of the body is the `\n` between two paragraphs.
    pub(super) fn is_paragraph_break(&self, at: usize) -> bool {
        u32::try_from(at).is_ok_and(|at| self.ends.binary_search(&at).is_ok())
    }

    /// Whether both bodies are packed in the same block.
    #[cfg(test)]
    pub(super) fn shares_block(&self, other: &PackedBody) -> bool {
        Arc::ptr_eq(&self.block, &other.block)
    }
}

/// Equal when the texts are, wherever their blocks are.
impl PartialEq for PackedBody {
    fn eq(&self, other: &Self) -> bool {
        self.searchable() == other.searchable() && self.ends == other.ends
    }
}

impl Eq for PackedBody {}
