//! A shard: the full parses of a batch of files, as records ([`ArticleRecord`], serialised
//! with `postcard`) followed by one block of their packed text. Read back, the block becomes
//! one shared string again and each article points into it, as the loader's own batches do
//! (`article/stored.rs`), so a cached article costs the memory a parsed one does.

use std::sync::Arc;

use crate::article::{ArticleRecord, Block, StoredArticle, Tagged};

use super::CacheError;

/// A shard being filled.
#[derive(Debug, Default)]
pub struct ShardBuilder {
    records: Vec<ArticleRecord>,
    block: String,
}

impl ShardBuilder {
    /// Adds an article with its tags; returns its entry number in the shard, or `None` when
    /// the shard is full (its block at 4 GiB: start another).
    pub fn add(&mut self, article: &StoredArticle, tags: &[String]) -> Option<u32> {
        let record = article.to_record(tags, &mut self.block)?;
        self.records.push(record);
        Some(self.records.len() as u32 - 1)
    }

    /// Articles added.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// Bytes of text held.
    pub fn text_bytes(&self) -> usize {
        self.block.len()
    }

    /// The shard's payload: the records' length, the records, the block.
    pub(super) fn payload(&self) -> Result<(Vec<u8>, &[u8]), CacheError> {
        let records = postcard::to_stdvec(&self.records).map_err(|_| CacheError::Damaged)?;
        let mut head = (records.len() as u64).to_le_bytes().to_vec();
        head.extend_from_slice(&records);
        Ok((head, self.block.as_bytes()))
    }
}

/// The articles of a shard's payload read in two parts ([`super::frame::read_split`]): the
/// records' length and the records, and the block, which becomes their text as it is.
pub(super) fn articles(head: &[u8], block: Vec<u8>) -> Result<Vec<Tagged>, CacheError> {
    let records = head.get(8..).ok_or(CacheError::Damaged)?;
    let records: Vec<ArticleRecord> = postcard::from_bytes(records).map_err(|_| CacheError::Damaged)?;
    let block: Block = Arc::new(into_string(block)?);
    records.into_iter().map(|record| StoredArticle::from_record(record, &block).ok_or(CacheError::Damaged)).collect()
}

/// A shard's block as a string, checked as UTF-8 at the speed of `simdutf8` (std's check
/// reads Korean or Japanese text at a tenth of it, and a start from the cache checks the whole
/// archive's text).
fn into_string(block: Vec<u8>) -> Result<String, CacheError> {
    if simdutf8::basic::from_utf8(&block).is_err() {
        return Err(CacheError::Damaged);
    }
    // SAFETY: the bytes were just checked to be valid UTF-8.
    #[allow(unsafe_code, reason = "std would check the 400 MB again, at a tenth of the speed")]
    let text = unsafe { String::from_utf8_unchecked(block) };
    Ok(text)
}
