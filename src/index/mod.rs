//! A word index for search at scale. A search is a case-insensitive literal, found anywhere in
//! a word: the index keeps each word (lower-cased) once, all of them in one string, with the
//! articles holding it. A query of one word finds the words containing it with one substring
//! scan of that string (a few MB at most) and unites their articles: no article text is read.
//! A query of several words (or with punctuation) gets the articles holding a word containing
//! each of its words, which the reader then checks against the text.
//!
//! A query of a word, a space and a character, the word ending one of the commonest words
//! (`the g`), is answered from the common grams ([`Grams`](crate::index::Grams)): what follows
//! each of those words in each article.
//!
//! After the index is built, one pass over the articles notes the same for the corpus's own
//! frequent words (`government s`): see [`SearchIndex::read_for_grams`](crate::index::SearchIndex::read_for_grams).
//!
//! Why an index: a scan of 100,000 articles (400 MB of text) takes 60-100 ms on two cores;
//! a lookup takes a few ms whatever the query.

use std::collections::HashMap;

use memchr::memmem;

use crate::article::{Article, StoredArticle};
use crate::bitmap::Bitmap;
use crate::search::fold_char;

mod frequent;
mod grams;
mod snapshot;

pub use frequent::BYTES_PER_ARTICLE;
pub use grams::{COMMON, Grams, gram_class, grams_of};
pub use snapshot::SnapshotError;

/// Whether `c` is part of a word: what a query of word characters can only match inside of.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of `text`, lower-cased, each followed by `\n`, appended to `out`.
fn push_words(text: &str, out: &mut String) {
    let mut in_word = false;
    for c in text.chars() {
        if is_word(c) {
            out.push(fold_char(c));
            in_word = true;
        } else if in_word {
            out.push('\n');
            in_word = false;
        }
    }
    if in_word {
        out.push('\n');
    }
}

/// The distinct words of an article's searchable text (title, captions, body, quotes), sorted,
/// each followed by `\n`. Computed where the article is parsed, off the UI thread.
pub fn words_of(article: &Article) -> String {
    words_of_fields(fields_of(article))
}

/// The searchable fields of an article, each apart: title, captions, body, quotes.
fn fields_of(article: &Article) -> impl Iterator<Item = &str> + Clone {
    std::iter::once(article.title.as_str())
        .chain(article.captions.iter().map(|c| c.text.as_str()))
        .chain(article.paragraphs.iter().map(String::as_str))
        .chain(article.quotes.iter().map(|q| q.text.as_str()))
}

/// The same fields of an article as the reader keeps it.
fn stored_fields(article: &StoredArticle) -> impl Iterator<Item = &str> + Clone {
    std::iter::once(article.title())
        .chain(article.captions().iter().map(|c| c.text.as_str()))
        .chain(article.paragraph_texts())
        .chain(article.quotes().iter().map(|q| article.quote_text(q)))
}

/// [`words_of`] over any searchable fields.
fn words_of_fields<'a>(fields: impl Iterator<Item = &'a str>) -> String {
    let mut all = String::new();
    for text in fields {
        push_words(text, &mut all);
    }
    let mut words: Vec<&str> = all.split_terminator('\n').collect();
    words.sort_unstable();
    words.dedup();
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for word in words {
        out.push_str(word);
        out.push('\n');
    }
    out
}

/// What the index keeps of one article, computed where it is parsed.
#[derive(Debug, Clone, Default)]
pub struct Terms {
    /// As [`words_of`] gives them.
    pub words: String,
    pub grams: Grams,
}

/// The article's [`Terms`].
pub fn terms_of(article: &Article) -> Terms {
    Terms { words: words_of(article), grams: grams::grams_of_fields(fields_of(article)) }
}

/// The [`Terms`] of an article as the reader keeps it: the same as [`terms_of`] gives for the
/// article it was stored from (an article read back from the cache is indexed so).
pub fn terms_of_stored(article: &StoredArticle) -> Terms {
    let fields = stored_fields(article);
    Terms { words: words_of_fields(fields.clone()), grams: grams::grams_of_fields(fields) }
}

/// The articles holding one word: a list while few, a bitmap once that is smaller.
#[derive(Debug, Clone)]
enum Postings {
    List(Vec<u32>),
    Bits(Bitmap),
}

/// Collects [`Terms`] as the full parse produces them, in any order.
#[derive(Debug, Default)]
pub struct IndexBuilder {
    ids: HashMap<Box<str>, u32>,
    postings: Vec<Postings>,
    /// Per word of [`COMMON`], each article's mask of [`Grams`].
    grams: [Vec<u32>; COMMON.len()],
    /// Articles expected: lists longer than a bitmap of this size become bitmaps.
    articles: usize,
}

impl IndexBuilder {
    pub fn new(articles: usize) -> Self {
        IndexBuilder { articles, ..Self::default() }
    }

    /// Sets how many articles to expect, once known.
    pub fn expect(&mut self, articles: usize) {
        self.articles = articles;
    }

    /// Indexes article `number` under each of its words, with its grams.
    pub fn add(&mut self, number: u32, terms: &Terms) {
        for (masks, mask) in self.grams.iter_mut().zip(terms.grams.0) {
            if masks.len() <= number as usize {
                masks.resize(self.articles.max(number as usize + 1), 0);
            }
            masks[number as usize] = mask;
        }
        // A list takes 32 bits an article, a bitmap one bit for each of `articles`.
        let max_list = self.articles.max(number as usize + 1).div_ceil(u32::BITS as usize);
        for word in terms.words.split_terminator('\n') {
            let id = match self.ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.postings.len() as u32;
                    self.ids.insert(word.into(), id);
                    self.postings.push(Postings::List(Vec::new()));
                    id
                }
            };
            let postings = &mut self.postings[id as usize];
            match postings {
                Postings::List(list) if list.len() >= max_list => {
                    let size = list.iter().max().map_or(0, |&n| n as usize + 1).max(number as usize + 1);
                    let mut bits = Bitmap::from_numbers(size.max(self.articles), list);
                    bits.insert(number);
                    *postings = Postings::Bits(bits);
                }
                Postings::List(list) => list.push(number),
                Postings::Bits(bits) => {
                    bits.grow(number as usize + 1);
                    bits.insert(number);
                }
            }
        }
    }

    /// The index over articles `0..len`.
    pub fn finish(self, len: usize) -> SearchIndex {
        let mut entries: Vec<(Box<str>, u32)> = self.ids.into_iter().collect();
        entries.sort_unstable();
        let mut postings: Vec<Option<Postings>> = self.postings.into_iter().map(Some).collect();
        let mut grams = self.grams;
        for masks in &mut grams {
            masks.resize(len, 0);
            masks.shrink_to_fit();
        }
        let mut index = SearchIndex { len, grams, ..SearchIndex::default() };
        // Built below, once the words and their articles are known.
        for (word, id) in entries {
            index.starts.push(index.words.len() as u32);
            index.words.push_str(&word);
            index.words.push('\n');
            let mut found = postings[id as usize].take().unwrap_or(Postings::List(Vec::new()));
            if let Postings::List(list) = &mut found {
                list.sort_unstable();
                list.shrink_to_fit();
            }
            index.postings.push(found);
        }
        index.frequent = frequent::FrequentGrams::new(&index, frequent::budget(len));
        index
    }
}

/// What the index can say about a query.
#[derive(Debug)]
pub enum Lookup {
    /// Exactly the articles matching (a query of one word).
    Exact(Bitmap),
    /// The only articles that can match; each must still be checked.
    Candidates(Bitmap),
    /// Articles that match (`hits`), and others that can match and must be checked (a common
    /// word, a space and a character: [`Grams`]).
    Partly { hits: Bitmap, unsure: Bitmap },
    /// No word in the query: every article must be checked.
    Unindexed,
}

/// The finished index: every word, sorted, one after the other, and its articles.
#[derive(Debug, Default)]
pub struct SearchIndex {
    words: String,
    starts: Vec<u32>,
    postings: Vec<Postings>,
    /// Per word of [`COMMON`], each article's mask of [`Grams`].
    grams: [Vec<u32>; COMMON.len()],
    /// The same for the corpus's frequent words, once read ([`SearchIndex::read_for_grams`]).
    frequent: frequent::FrequentGrams,
    len: usize,
}

impl SearchIndex {
    /// Articles covered: numbers `0..len`.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes the index holds on the heap (for the figures of `examples/reader_load.rs`).
    pub fn heap_bytes(&self) -> usize {
        let postings: usize = self
            .postings
            .iter()
            .map(|p| match p {
                Postings::List(list) => list.capacity() * 4,
                Postings::Bits(bits) => bits.heap_bytes(),
            })
            .sum();
        let grams: usize = self.grams.iter().map(|masks| masks.capacity() * 4).sum();
        self.words.capacity()
            + self.starts.capacity() * 4
            + self.postings.capacity() * size_of::<Postings>()
            + postings
            + grams
            + self.frequent.heap_bytes()
    }

    /// The text of word `id` (folded).
    fn word(&self, id: usize) -> &str {
        let start = self.starts[id] as usize;
        let end = self.starts.get(id + 1).map_or(self.words.len(), |&s| s as usize) - 1;
        &self.words[start..end]
    }

    /// How many articles hold word `id`.
    fn count(&self, id: usize) -> usize {
        match &self.postings[id] {
            Postings::List(list) => list.len(),
            Postings::Bits(bits) => bits.count(),
        }
    }

    /// Distinct words indexed.
    pub fn word_count(&self) -> usize {
        self.starts.len()
    }

    /// Whether the frequent grams still have articles to read ([`SearchIndex::read_for_grams`]).
    pub fn grams_pending(&self) -> bool {
        self.frequent.pending()
    }

    /// Reads the next `count` of `articles` (every article of the index, by number) for the
    /// frequent grams; true while more remain. Phrases after a frequent word are answered from
    /// them once all are read.
    pub fn read_for_grams<A>(&mut self, articles: &[A], count: usize) -> bool
    where
        A: std::borrow::Borrow<StoredArticle> + Sync,
    {
        let mut frequent = std::mem::take(&mut self.frequent);
        frequent.read(self, articles, count);
        self.frequent = frequent;
        self.grams_pending()
    }

    /// Starts the frequent grams over with another memory budget (for tests of the budget).
    #[cfg(test)]
    fn budget_grams(&mut self, budget: usize) {
        self.frequent = frequent::FrequentGrams::new(self, budget);
    }

    /// How many words have frequent grams (for the figures of `examples/reader_load.rs`).
    pub fn frequent_words(&self) -> usize {
        self.frequent.word_count()
    }

    /// What the index knows about articles matching `query` (as typed).
    pub fn lookup(&self, query: &str) -> Lookup {
        let mut folded = String::new();
        push_words(query, &mut folded);
        let parts: Vec<&str> = folded.split_terminator('\n').collect();
        let single = parts.len() == 1 && query.chars().all(is_word);
        let mut result: Option<Bitmap> = None;
        for part in parts {
            let found = self.containing(part);
            match &mut result {
                Some(bits) => bits.intersect_with(&found),
                None => result = Some(found),
            }
        }
        match result {
            None => Lookup::Unindexed,
            Some(bits) if single => Lookup::Exact(bits),
            Some(mut bits) => match self.after_word(query) {
                Some(After { mut hits, mut unsure, whole: true }) => {
                    unsure.intersect_with(&bits);
                    unsure.subtract(&hits);
                    hits.intersect_with(&bits);
                    Lookup::Partly { hits, unsure }
                }
                Some(After { mut hits, unsure, whole: false }) => {
                    hits.union_with(&unsure);
                    bits.intersect_with(&hits);
                    Lookup::Candidates(bits)
                }
                None => Lookup::Candidates(bits),
            },
        }
    }

    /// For a query `…X c…`, where `X` is the ASCII word before its last space and `c` the
    /// character after it: the articles where a common or frequent word ending in `X` is
    /// followed by a space and a character of `c`'s class ([`Grams`], [`frequent`]), and those
    /// holding another word ending in `X`. When the query is just `X c` with `c` of an exact
    /// class, the first match it.
    fn after_word(&self, query: &str) -> Option<After> {
        let (before, after) = query.rsplit_once(' ')?;
        let mut rest = after.chars();
        let c = rest.next()?;
        let start = before.len() - before.bytes().rev().take_while(u8::is_ascii_alphanumeric).count();
        let word = before[start..].to_ascii_lowercase();
        if word.is_empty() {
            return None;
        }
        let (class, exact) = gram_class(c);
        let whole = start == 0 && rest.as_str().is_empty() && exact;
        let (mut hits, mut unsure) = (Bitmap::new(self.len), Bitmap::new(self.len));
        let ending = format!("{word}\n");
        for at in memmem::find_iter(self.words.as_bytes(), ending.as_bytes()) {
            let id = self.starts.partition_point(|&s| s as usize <= at) - 1;
            if let Some(masks) = grams::common_slot(self.word(id).as_bytes()).and_then(|slot| self.grams.get(slot)) {
                for (n, mask) in masks.iter().enumerate() {
                    if mask & (1 << class) != 0 {
                        hits.insert(n as u32);
                    }
                }
            } else if let Some(found) = self.frequent.after(id, class) {
                match found {
                    Postings::List(list) => list.iter().for_each(|&n| hits.insert(n)),
                    Postings::Bits(bits) => hits.union_with(bits),
                }
            } else {
                self.postings_into(id, &mut unsure);
            }
        }
        Some(After { hits, unsure, whole })
    }

    fn postings_into(&self, id: usize, bits: &mut Bitmap) {
        match &self.postings[id] {
            Postings::List(list) => list.iter().for_each(|&n| bits.insert(n)),
            Postings::Bits(other) => bits.union_with(other),
        }
    }

    /// Articles with a word containing `part` (lower-cased, one word).
    fn containing(&self, part: &str) -> Bitmap {
        let mut bits = Bitmap::new(self.len);
        let mut last = None;
        for at in memmem::find_iter(self.words.as_bytes(), part.as_bytes()) {
            let id = self.starts.partition_point(|&s| s as usize <= at) - 1;
            if last == Some(id) {
                continue;
            }
            last = Some(id);
            self.postings_into(id, &mut bits);
        }
        bits
    }
}

/// What [`SearchIndex::after_word`] found.
struct After {
    hits: Bitmap,
    unsure: Bitmap,
    /// Whether `hits` match the query, not only may.
    whole: bool,
}

#[cfg(test)]
mod tests;
