//! Frequent grams: what follows the corpus's own frequent words. The common grams
//! ([`super::Grams`]) cover sixteen English words, fixed in advance; but any word found in a
//! large share of the articles makes a phrase after it (`government s`) a check of nearly the
//! whole corpus, 60-70 ms at 100,000 articles. Once the index is built, the words in at least
//! an eighth of the articles are known, and one pass over the articles (in slices between
//! frames, [`SearchIndex::read_for_grams`]) notes for each of them the articles where it is
//! followed by a space and a character of each [`gram_class`]: a list of article numbers per
//! word and class, or a bitmap once that is smaller.
//!
//! Memory is bounded: when the pass's projected size passes [`BYTES_PER_ARTICLE`] per
//! article (or 1 MiB in a small corpus), the least frequent words are dropped, and phrases
//! after them are checked as before.

use rustc_hash::FxHashMap;

use crate::article::StoredArticle;
use crate::bitmap::Bitmap;
use crate::search::fold_char;

use super::grams::{common_slot, gram_class};
use super::{Postings, SearchIndex, is_word};

/// Memory the frequent grams may take per article: 12.8 MB at 100,000 articles.
pub const BYTES_PER_ARTICLE: usize = 128;
/// Memory they may take in any corpus: room for every word's 32 lists in a small one.
const LEAST_BUDGET: usize = 1 << 20;
/// A word is frequent when at least this share of the articles holds it (1/8).
const SHARE: usize = 8;
/// Words kept at most (a slot is a byte).
const MOST: usize = 255;
/// The longest word kept, in bytes ([`key`]).
const KEY_BYTES: usize = 16;
/// Gram classes ([`gram_class`]).
pub(super) const CLASSES: usize = 32;

/// The frequent words of an index and, as the pass goes, what follows them.
#[derive(Debug, Default)]
pub(super) struct FrequentGrams {
    /// Index word ids of the words still kept, most frequent first.
    pub(super) ids: Vec<u32>,
    /// Each kept word's text (folded, as indexed) to its slot in `ids`.
    slots: FxHashMap<u128, u8>,
    /// The longest kept word, in bytes: longer words are not looked up.
    longest: usize,
    /// Per slot, per class: the articles where the word is followed by a space and a character
    /// of the class.
    pub(super) postings: Vec<Vec<Postings>>,
    /// Articles read so far (from 0).
    pub(super) read: u32,
    /// Articles in the index.
    pub(super) len: u32,
    pub(super) budget: usize,
}

/// The memory budget of the frequent grams over `len` articles.
pub(super) fn budget(len: usize) -> usize {
    (len * BYTES_PER_ARTICLE).max(LEAST_BUDGET)
}

impl FrequentGrams {
    /// The frequent words of `index` (not the common ones, whose grams it has), none read yet.
    pub(super) fn new(index: &SearchIndex, budget: usize) -> Self {
        let len = index.len;
        let mut frequent: Vec<(usize, u32)> = (0..index.postings.len())
            .filter(|&id| key(index.word(id)).is_some() && common_slot(index.word(id).as_bytes()).is_none())
            .map(|id| (index.count(id), id as u32))
            .filter(|&(count, _)| count > 0 && count * SHARE >= len)
            .collect();
        frequent.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        frequent.truncate(MOST);
        let ids: Vec<u32> = frequent.into_iter().map(|(_, id)| id).collect();
        let mut grams = FrequentGrams { ids, len: len as u32, budget, ..FrequentGrams::default() };
        grams.postings = grams.ids.iter().map(|_| (0..CLASSES).map(|_| Postings::List(Vec::new())).collect()).collect();
        grams.reslot(index);
        grams
    }

    /// The grams a snapshot kept (`snapshot.rs`): `ids` and their `postings`, `read` articles
    /// read of the index's.
    pub(super) fn restore(
        index: &SearchIndex,
        ids: Vec<u32>,
        postings: Vec<Vec<Postings>>,
        read: u32,
        budget: usize,
    ) -> Self {
        let mut grams =
            FrequentGrams { ids, postings, read, len: index.len as u32, budget, ..FrequentGrams::default() };
        grams.reslot(index);
        grams
    }

    fn reslot(&mut self, index: &SearchIndex) {
        let words = self.ids.iter().map(|&id| index.word(id as usize));
        self.longest = words.clone().map(str::len).max().unwrap_or(0);
        self.slots = words.enumerate().filter_map(|(slot, word)| Some((key(word)?, slot as u8))).collect();
    }

    /// Whether articles remain to be read.
    /// How many words are kept.
    pub(super) fn word_count(&self) -> usize {
        self.ids.len()
    }

    pub(super) fn pending(&self) -> bool {
        self.read < self.len && !self.ids.is_empty()
    }

    /// The articles where word `id` is followed by a space and a character of `class`, once
    /// every article is read and if the word is kept.
    pub(super) fn after(&self, id: usize, class: u32) -> Option<&Postings> {
        if self.pending() {
            return None;
        }
        let slot = self.ids.iter().position(|&kept| kept as usize == id)?;
        self.postings.get(slot)?.get(class as usize)
    }

    /// Reads the next `count` articles of `articles` (all of the index's, by number).
    pub(super) fn read<A>(&mut self, index: &SearchIndex, articles: &[A], count: usize)
    where
        A: std::borrow::Borrow<StoredArticle> + Sync,
    {
        use rayon::prelude::*;
        let from = self.read as usize;
        let to = (from + count.max(1)).min(self.len as usize);
        let Some(chunk) = articles.get(from..to) else {
            // Not the index's articles: no grams rather than wrong ones.
            (self.ids, self.postings) = (Vec::new(), Vec::new());
            return;
        };
        let found: Vec<Vec<(u8, u32)>> = chunk.par_iter().map(|a| self.grams_of(a.borrow())).collect();
        // A list takes 32 bits an article, a bitmap one bit for each article of the index.
        let max_list = (self.len as usize).div_ceil(u32::BITS as usize);
        for (n, grams) in (from as u32..).zip(found) {
            for (slot, mask) in grams {
                let classes = &mut self.postings[slot as usize];
                let mut bits = mask;
                while bits != 0 {
                    let class = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let postings = &mut classes[class];
                    match postings {
                        Postings::List(list) if list.len() >= max_list => {
                            let mut bitmap = Bitmap::from_numbers(self.len as usize, list);
                            bitmap.insert(n);
                            *postings = Postings::Bits(bitmap);
                        }
                        Postings::List(list) => list.push(n),
                        Postings::Bits(bitmap) => bitmap.insert(n),
                    }
                }
            }
        }
        self.read = to as u32;
        self.keep_to_budget(index);
        if !self.pending() {
            for postings in self.postings.iter_mut().flatten() {
                if let Postings::List(list) = postings {
                    list.shrink_to_fit();
                }
            }
        }
    }

    /// Drops the least frequent words while the size, projected to every article, is over the
    /// budget.
    fn keep_to_budget(&mut self, index: &SearchIndex) {
        let before = self.ids.len();
        while !self.ids.is_empty() && self.projected_bytes() > self.budget {
            self.ids.pop();
            self.postings.pop();
        }
        if self.ids.len() != before {
            self.reslot(index);
        }
    }

    /// The size once every article is read, if the lists grow as they have: a list at most up
    /// to a bitmap's size, where it would turn into one.
    fn projected_bytes(&self) -> usize {
        let (len, read) = (self.len as usize, self.read.max(1) as usize);
        let postings: usize = self
            .postings
            .iter()
            .flatten()
            .map(|p| match p {
                Postings::List(list) => (list.len() * 4 * len / read).min(len.div_ceil(8)),
                Postings::Bits(bits) => bits.heap_bytes(),
            })
            .sum();
        postings + self.postings.len() * CLASSES * size_of::<Postings>()
    }

    pub(super) fn heap_bytes(&self) -> usize {
        let postings: usize = self
            .postings
            .iter()
            .flatten()
            .map(|p| match p {
                Postings::List(list) => list.capacity() * 4,
                Postings::Bits(bits) => bits.heap_bytes(),
            })
            .sum();
        postings + self.postings.len() * CLASSES * size_of::<Postings>()
    }

    /// Per kept word in the article's searchable text (each field apart, as
    /// [`super::grams_of`]), the classes of what follows it and one space.
    fn grams_of(&self, article: &StoredArticle) -> Vec<(u8, u32)> {
        let mut masks = vec![0u32; self.ids.len()];
        // Quotes found in their paragraph keep no words of their own.
        let quotes = if article.may_hold_quote_text() { article.quotes() } else { &[] };
        let fields = std::iter::once(article.title())
            .chain(article.captions().iter().map(|c| c.text.as_str()))
            .chain(article.paragraph_texts())
            .chain(quotes.iter().filter_map(|q| q.own_words()));
        for text in fields {
            self.note(text, &mut masks);
        }
        masks.iter().enumerate().filter(|&(_, &m)| m != 0).map(|(slot, &m)| (slot as u8, m)).collect()
    }

    fn note(&self, text: &str, masks: &mut [u32]) {
        let bytes = text.as_bytes();
        // Where the run of ASCII letters and digits up to here starts.
        let mut start = 0;
        for (at, &byte) in bytes.iter().enumerate() {
            if byte.is_ascii_alphanumeric() {
                continue;
            }
            if byte == b' '
                && let Some(&after) = bytes.get(at + 1)
            {
                let other = |i: usize| i > 0 && !bytes[i - 1].is_ascii();
                let word = if other(start) || other(at) {
                    // Other letters than ASCII may belong to the word: decoded, rarely.
                    self.word_before(text, at)
                } else {
                    (at > start && at - start <= self.longest).then(|| ascii_key(&bytes[start..at]))
                };
                if let Some(&slot) = word.and_then(|word| self.slots.get(&word)) {
                    let next =
                        if after.is_ascii() { char::from(after) } else { text[at + 1..].chars().next().unwrap_or(' ') };
                    masks[slot as usize] |= 1 << gram_class(next).0;
                }
            }
            start = at + 1;
        }
    }

    /// The [`key`] of the word (folded) that ends at `end`, unless there is none or it is longer
    /// than every kept word.
    fn word_before(&self, text: &str, end: usize) -> Option<u128> {
        let bytes = text.as_bytes();
        let mut start = end;
        while start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            if end - start == self.longest {
                return None;
            }
            start -= 1;
        }
        if start > 0 && !bytes[start - 1].is_ascii() {
            // A word with other letters than ASCII (or none before the space but those).
            let word: Vec<char> = text[..end].chars().rev().take_while(|&c| is_word(c)).collect();
            let folded: String = word.iter().rev().map(|&c| fold_char(c)).collect();
            return (folded.len() <= self.longest && !folded.is_empty()).then(|| key(&folded)).flatten();
        }
        (start < end).then(|| ascii_key(&bytes[start..end]))
    }
}

/// The [`key`] of ASCII letters and digits, lower-cased (folded), at most [`KEY_BYTES`].
fn ascii_key(word: &[u8]) -> u128 {
    word.iter().rev().fold(0u128, |key, &b| key << 8 | u128::from(b.to_ascii_lowercase()))
}

/// A word of up to [`KEY_BYTES`] bytes as a number: compared and hashed as one, where a byte
/// string would take a call to `memcmp` for every word of every article read. Words hold no
/// NUL, so the zeros after a shorter word tell it from a longer one.
fn key(word: &str) -> Option<u128> {
    let bytes = word.as_bytes();
    (bytes.len() <= KEY_BYTES).then(|| bytes.iter().rev().fold(0u128, |key, &b| key << 8 | u128::from(b)))
}
