//! The index written to bytes and read back (the reader's cache keeps it beside the articles,
//! `crate::store::cache`): its arrays as little-endian numbers, one after the other, so that
//! reading them back is a copy, not a parse. Everything read is checked before it is used: a
//! damaged snapshot is refused, never a panic later.

use crate::bitmap::Bitmap;

use super::frequent::{CLASSES, FrequentGrams};
use super::{COMMON, Postings, SearchIndex};

/// Bumped when the layout below changes.
const FORMAT: u32 = 1;
const MAGIC: &[u8; 4] = b"TIDX";

/// Why a snapshot could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("the index snapshot is cut short")]
    Short,
    #[error("not an index snapshot of this version")]
    Format,
    #[error("the index snapshot does not hold together")]
    Damaged,
}

struct Out(Vec<u8>);

impl Out {
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn bytes(&mut self, v: &[u8]) {
        self.u64(v.len() as u64);
        self.0.extend_from_slice(v);
    }

    fn u32s(&mut self, v: &[u32]) {
        self.u64(v.len() as u64);
        self.0.reserve(v.len() * 4);
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }

    fn u64s(&mut self, v: &[u64]) {
        self.u64(v.len() as u64);
        self.0.reserve(v.len() * 8);
        for x in v {
            self.0.extend_from_slice(&x.to_le_bytes());
        }
    }

    /// Postings as a kind byte per entry, then every list in one array with their lengths,
    /// then every bitmap's words in one array with their lengths.
    fn postings(&mut self, all: &[&Postings]) {
        let kinds: Vec<u8> = all.iter().map(|p| u8::from(matches!(p, Postings::Bits(_)))).collect();
        self.bytes(&kinds);
        let (mut lens, mut flat, mut word_lens, mut words) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for p in all {
            match p {
                Postings::List(list) => {
                    lens.push(list.len() as u32);
                    flat.extend_from_slice(list);
                }
                Postings::Bits(bits) => {
                    word_lens.push(bits.words().len() as u32);
                    words.extend_from_slice(bits.words());
                }
            }
        }
        self.u32s(&lens);
        self.u32s(&flat);
        self.u32s(&word_lens);
        self.u64s(&words);
    }
}

struct In<'a> {
    bytes: &'a [u8],
}

impl<'a> In<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], SnapshotError> {
        if n > self.bytes.len() {
            return Err(SnapshotError::Short);
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Ok(head)
    }

    fn u64(&mut self) -> Result<u64, SnapshotError> {
        let b = self.take(8)?;
        Ok(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }

    fn len(&mut self, size: usize) -> Result<usize, SnapshotError> {
        let n = usize::try_from(self.u64()?).map_err(|_| SnapshotError::Damaged)?;
        if n.checked_mul(size).is_none_or(|bytes| bytes > self.bytes.len()) {
            return Err(SnapshotError::Short);
        }
        Ok(n)
    }

    fn bytes(&mut self) -> Result<&'a [u8], SnapshotError> {
        let n = self.len(1)?;
        self.take(n)
    }

    fn u32s(&mut self) -> Result<Vec<u32>, SnapshotError> {
        let n = self.len(4)?;
        Ok(self.take(n * 4)?.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }

    /// Postings as [`Out::postings`] wrote them; each list and bitmap made straight from the
    /// bytes (no array of them all in between: at 100,000 articles that was 17 MB more for a
    /// moment, during a start).
    fn postings(&mut self, len: usize) -> Result<Vec<Postings>, SnapshotError> {
        let kinds = self.bytes()?;
        let lens = self.u32s()?;
        let flat_len = self.len(4)?;
        let flat = self.take(flat_len * 4)?;
        let word_lens = self.u32s()?;
        let words_len = self.len(8)?;
        let words = self.take(words_len * 8)?;
        let (mut lists, mut bitmaps) = (lens.iter().map(|&n| n as usize), word_lens.iter().map(|&n| n as usize));
        let (mut at, mut word_at) = (0usize, 0usize);
        let mut out = Vec::with_capacity(kinds.len());
        let most_words = len.div_ceil(64);
        for &kind in kinds {
            out.push(if kind == 0 {
                let n = lists.next().ok_or(SnapshotError::Damaged)?;
                // `at` is within `flat` (it only grows by lists found there); `end` is checked.
                let end = at.checked_add(n).and_then(|end| end.checked_mul(4));
                let list = end.and_then(|end| flat.get(at * 4..end)).ok_or(SnapshotError::Damaged)?;
                at += n;
                Postings::List(list.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
            } else {
                let n = bitmaps.next().ok_or(SnapshotError::Damaged)?;
                let bits = word_at
                    .checked_add(n)
                    .and_then(|end| end.checked_mul(8))
                    .and_then(|end| words.get(word_at * 8..end))
                    .filter(|_| n <= most_words)
                    .ok_or(SnapshotError::Damaged)?;
                word_at += n;
                let bits =
                    bits.chunks_exact(8).map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
                Postings::Bits(Bitmap::from_words(bits.collect()))
            });
        }
        Ok(out)
    }
}

impl SearchIndex {
    /// The index as bytes, for [`SearchIndex::from_snapshot`].
    pub fn snapshot(&self) -> Vec<u8> {
        let mut out = Out(Vec::with_capacity(self.heap_bytes() + 1024));
        out.0.extend_from_slice(MAGIC);
        out.0.extend_from_slice(&FORMAT.to_le_bytes());
        out.u64(self.len as u64);
        out.bytes(self.words.as_bytes());
        out.u32s(&self.starts);
        out.postings(&self.postings.iter().collect::<Vec<_>>());
        for masks in &self.grams {
            out.u32s(masks);
        }
        self.frequent_out(&mut out);
        out.0
    }

    /// The index [`SearchIndex::snapshot`] wrote.
    pub fn from_snapshot(bytes: &[u8]) -> Result<SearchIndex, SnapshotError> {
        let mut input = In { bytes };
        if input.take(4)? != MAGIC || input.take(4)? != FORMAT.to_le_bytes() {
            return Err(SnapshotError::Format);
        }
        let len = usize::try_from(input.u64()?).map_err(|_| SnapshotError::Damaged)?;
        let words = String::from_utf8(input.bytes()?.to_vec()).map_err(|_| SnapshotError::Damaged)?;
        let starts = input.u32s()?;
        let postings = input.postings(len)?;
        if !words_hold_together(&words, &starts) || postings.len() != starts.len() {
            return Err(SnapshotError::Damaged);
        }
        let mut grams: [Vec<u32>; COMMON.len()] = Default::default();
        for masks in &mut grams {
            *masks = input.u32s()?;
            if masks.len() != len {
                return Err(SnapshotError::Damaged);
            }
        }
        let mut index = SearchIndex { words, starts, postings, grams, len, ..SearchIndex::default() };
        index.frequent = index.frequent_in(&mut input)?;
        if !input.bytes.is_empty() {
            return Err(SnapshotError::Damaged);
        }
        Ok(index)
    }
}

/// Bumped when the layout of the grams' snapshot changes.
const GRAMS_FORMAT: u32 = 1;
const GRAMS_MAGIC: &[u8; 4] = b"TIDG";

impl SearchIndex {
    /// The frequent grams alone, once read ([`SearchIndex::restore_grams`]): an index read back
    /// from a snapshot written before they were read (as the loader writes it, at once) has
    /// them again without reading every article. They name the index they belong to by its
    /// length and a hash of its words.
    pub fn grams_snapshot(&self) -> Vec<u8> {
        let mut out = Out(Vec::with_capacity(self.frequent.heap_bytes() + 1024));
        out.0.extend_from_slice(GRAMS_MAGIC);
        out.0.extend_from_slice(&GRAMS_FORMAT.to_le_bytes());
        out.u64(self.len as u64);
        out.u64(xxhash_rust::xxh3::xxh3_64(self.words.as_bytes()));
        self.frequent_out(&mut out);
        out.0
    }

    /// Takes the frequent grams of `bytes` ([`SearchIndex::grams_snapshot`]) if they are this
    /// index's and whole; otherwise the index is left as it was.
    pub fn restore_grams(&mut self, bytes: &[u8]) -> Result<(), SnapshotError> {
        let mut input = In { bytes };
        if input.take(4)? != GRAMS_MAGIC || input.take(4)? != GRAMS_FORMAT.to_le_bytes() {
            return Err(SnapshotError::Format);
        }
        let (len, words) = (input.u64()?, input.u64()?);
        if len != self.len as u64 || words != xxhash_rust::xxh3::xxh3_64(self.words.as_bytes()) {
            return Err(SnapshotError::Damaged);
        }
        let frequent = self.frequent_in(&mut input)?;
        if !input.bytes.is_empty() || frequent.pending() {
            return Err(SnapshotError::Damaged);
        }
        self.frequent = frequent;
        Ok(())
    }

    fn frequent_out(&self, out: &mut Out) {
        let frequent = &self.frequent;
        out.u32s(&frequent.ids);
        out.u64(u64::from(frequent.read));
        out.u64(u64::from(frequent.len));
        out.u64(frequent.budget as u64);
        out.postings(&frequent.postings.iter().flatten().collect::<Vec<_>>());
    }

    /// The frequent grams `input` holds next, checked against this index.
    fn frequent_in(&self, input: &mut In<'_>) -> Result<FrequentGrams, SnapshotError> {
        let ids = input.u32s()?;
        let (read, frequent_len, budget) = (input.u64()?, input.u64()?, input.u64()?);
        let flat = input.postings(self.len)?;
        let valid = ids.iter().all(|&id| (id as usize) < self.starts.len())
            && flat.len() == ids.len() * CLASSES
            && read <= frequent_len
            && frequent_len == self.len as u64;
        if !valid {
            return Err(SnapshotError::Damaged);
        }
        let mut flat = flat.into_iter();
        let per_word = ids.iter().map(|_| flat.by_ref().take(CLASSES).collect()).collect();
        Ok(FrequentGrams::restore(self, ids, per_word, read as u32, usize::try_from(budget).unwrap_or(0)))
    }
}

/// Whether `starts` are where the words of `words` start: each after a `\n`, in order, and the
/// text ends with one (so a word's end is the `\n` before the next start).
fn words_hold_together(words: &str, starts: &[u32]) -> bool {
    let bytes = words.as_bytes();
    let ordered = starts.windows(2).all(|w| w[0] < w[1]);
    let first = starts.first().is_none_or(|&s| s == 0);
    let each = starts.iter().all(|&s| {
        let s = s as usize;
        s < bytes.len() && (s == 0 || bytes[s - 1] == b'\n')
    });
    ordered && first && each && (starts.is_empty() || bytes.last() == Some(&b'\n'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::index::{IndexBuilder, Lookup, terms_of};

    fn index(n: usize) -> SearchIndex {
        let articles: Vec<Article> = (0..n)
            .map(|i| Article {
                title: format!("Report {i}"),
                paragraphs: vec![format!("the government said {} things", if i % 3 == 0 { "many" } else { "few" })],
                ..Article::default()
            })
            .collect();
        let mut builder = IndexBuilder::new(n);
        articles.iter().enumerate().for_each(|(i, a)| builder.add(i as u32, &terms_of(a)));
        let mut index = builder.finish(n);
        let stored: Vec<_> = articles.into_iter().map(|a| crate::article::StoredArticle::new(a).0).collect();
        while index.read_for_grams(&stored, 64) {}
        index
    }

    fn hits(index: &SearchIndex, query: &str) -> Vec<u32> {
        match index.lookup(query) {
            Lookup::Exact(bits) | Lookup::Candidates(bits) => bits.numbers(),
            Lookup::Partly { hits, .. } => hits.numbers(),
            Lookup::Unindexed => Vec::new(),
        }
    }

    #[test]
    fn an_index_read_back_answers_as_the_one_written() {
        let original = index(300);
        let back = SearchIndex::from_snapshot(&original.snapshot()).unwrap();
        for query in ["many", "report", "said", "the g", "government s", "few things", "zz"] {
            assert_eq!(hits(&back, query), hits(&original, query), "{query}");
        }
        assert_eq!((back.len(), back.word_count()), (300, original.word_count()));
        assert!(original.frequent_words() > 0);
        assert_eq!(back.frequent_words(), original.frequent_words());
        assert!(!back.grams_pending());
        assert_eq!(back.snapshot(), original.snapshot());
    }

    #[test]
    fn grams_read_back_apart_answer_as_those_read_and_only_for_their_index() {
        let original = index(300);
        let mut builder = IndexBuilder::new(300);
        let unread = {
            // The same index as the loader snapshots it: before its grams are read.
            let articles: Vec<Article> = (0..300)
                .map(|i| Article {
                    title: format!("Report {i}"),
                    paragraphs: vec![format!("the government said {} things", if i % 3 == 0 { "many" } else { "few" })],
                    ..Article::default()
                })
                .collect();
            articles.iter().enumerate().for_each(|(i, a)| builder.add(i as u32, &terms_of(a)));
            builder.finish(300)
        };
        let mut back = SearchIndex::from_snapshot(&unread.snapshot()).unwrap();
        assert!(back.grams_pending());
        let grams = original.grams_snapshot();
        back.restore_grams(&grams).unwrap();
        assert!(!back.grams_pending());
        assert_eq!(back.frequent_words(), original.frequent_words());
        for query in ["government s", "the g", "said m"] {
            assert_eq!(hits(&back, query), hits(&original, query), "{query}");
        }
        // Another index's, cut short or damaged: refused, the index as it was.
        let mut other = SearchIndex::from_snapshot(&index(299).snapshot()).unwrap();
        other.budget_grams(1 << 20);
        assert!(other.restore_grams(&grams).is_err());
        assert!(other.grams_pending());
        let mut fresh = SearchIndex::from_snapshot(&unread.snapshot()).unwrap();
        assert!(fresh.restore_grams(&grams[..grams.len() - 1]).is_err());
        for at in (8..grams.len()).step_by(5) {
            let mut flipped = grams.clone();
            flipped[at] ^= 0x5A;
            if fresh.restore_grams(&flipped).is_ok() {
                let _ = hits(&fresh, "government s");
            }
        }
    }

    #[test]
    fn a_damaged_or_cut_snapshot_is_refused() {
        let bytes = index(100).snapshot();
        assert!(SearchIndex::from_snapshot(&bytes[..bytes.len() - 1]).is_err());
        assert!(SearchIndex::from_snapshot(b"TIDX").is_err());
        let mut wrong = bytes.clone();
        wrong[0] = b'X';
        assert!(matches!(SearchIndex::from_snapshot(&wrong), Err(SnapshotError::Format)));
        // Every single flipped byte is refused or read without a panic.
        for at in (8..bytes.len()).step_by(7) {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x5A;
            if let Ok(back) = SearchIndex::from_snapshot(&flipped) {
                let _ = hits(&back, "government s");
            }
        }
    }
}
