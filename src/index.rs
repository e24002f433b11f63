//! A word index for search at scale. A search is a case-insensitive literal, found anywhere in
//! a word: the index keeps each word (lower-cased) once, all of them in one string, with the
//! articles holding it. A query of one word finds the words containing it with one substring
//! scan of that string (a few MB at most) and unites their articles: no article text is read.
//! A query of several words (or with punctuation) gets the articles holding a word containing
//! each of its words, which the reader then checks against the text.
//!
//! Why an index: a scan of 100,000 articles (400 MB of text) takes 100-400 ms on two cores;
//! a lookup takes a few ms whatever the query.

use std::collections::HashMap;

use memchr::memmem;

use crate::article::Article;
use crate::corpus::Bitmap;

/// Whether `c` is part of a word: what a query of word characters can only match inside of.
fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of `text`, lower-cased, each followed by `\n`, appended to `out`.
fn push_words(text: &str, out: &mut String) {
    let mut in_word = false;
    for c in text.chars() {
        if is_word(c) {
            out.extend(c.to_lowercase());
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
    let mut all = String::new();
    push_words(&article.title, &mut all);
    for caption in &article.captions {
        push_words(&caption.text, &mut all);
    }
    for text in article.paragraph_texts().chain(article.quotes.iter().map(|q| q.text.as_str())) {
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

/// The articles holding one word: a list while few, a bitmap once that is smaller.
#[derive(Debug, Clone)]
enum Postings {
    List(Vec<u32>),
    Bits(Bitmap),
}

/// Collects [`words_of`] results as the full parse produces them, in any order.
#[derive(Debug, Default)]
pub struct IndexBuilder {
    ids: HashMap<Box<str>, u32>,
    postings: Vec<Postings>,
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

    /// Indexes article `number` under each word of `words` (as [`words_of`] gives them).
    pub fn add(&mut self, number: u32, words: &str) {
        let max_list = self.articles.max(number as usize + 1).div_ceil(32);
        for word in words.split_terminator('\n') {
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
        let mut index = SearchIndex { len, ..SearchIndex::default() };
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
    /// No word in the query: every article must be checked.
    Unindexed,
}

/// The finished index: every word, sorted, one after the other, and its articles.
#[derive(Debug, Default)]
pub struct SearchIndex {
    words: String,
    starts: Vec<u32>,
    postings: Vec<Postings>,
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
        self.words.capacity() + self.starts.capacity() * 4 + self.postings.capacity() * size_of::<Postings>() + postings
    }

    /// Distinct words indexed.
    pub fn word_count(&self) -> usize {
        self.starts.len()
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
            Some(bits) => Lookup::Candidates(bits),
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
            match &self.postings[id] {
                Postings::List(list) => list.iter().for_each(|&n| bits.insert(n)),
                Postings::Bits(other) => bits.union_with(other),
            }
        }
        bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::Query;

    fn article(title: &str, body: &str) -> Article {
        Article { title: title.into(), paragraphs: vec![body.into()], ..Article::default() }
    }

    fn index(articles: &[Article]) -> SearchIndex {
        let mut builder = IndexBuilder::new(2);
        // In any order, as the full parse delivers them.
        for (n, a) in articles.iter().enumerate().rev() {
            builder.add(n as u32, &words_of(a));
        }
        builder.finish(articles.len())
    }

    #[test]
    fn words_are_lower_cased_distinct_and_sorted() {
        let a = article("Ferry, ferry!", "Jeju 제주 섬의 ÉTÉ Ferry");
        assert_eq!(words_of(&a), "ferry\njeju\nété\n섬의\n제주\n");
    }

    #[test]
    fn one_word_queries_are_answered_exactly_as_a_scan() {
        let articles: Vec<Article> = (0..300)
            .map(|i| article(&format!("Title {i}"), ["Ferry to Jeju", "Summit talks", "제주 섬", "café"][i % 4]))
            .collect();
        let idx = index(&articles);
        for q in ["f", "Err", "JEJU", "mmit", "제주", "CAFÉ", "1", "29", "zzz"] {
            let scan: Vec<u32> =
                (0..300u32).filter(|&n| Query::new(q).matches_article(&articles[n as usize])).collect();
            match idx.lookup(q) {
                Lookup::Exact(bits) => assert_eq!(bits.numbers(), scan, "{q}"),
                other => panic!("{q}: {other:?}"),
            }
        }
    }

    #[test]
    fn several_words_give_candidates_to_check_and_punctuation_alone_gives_none() {
        let idx = index(&[article("a", "ferry summit"), article("b", "summit of the ferry"), article("c", "x")]);
        match idx.lookup("ferry sum") {
            Lookup::Candidates(bits) => assert_eq!(bits.numbers(), [0, 1]),
            other => panic!("{other:?}"),
        }
        assert!(matches!(idx.lookup("—"), Lookup::Unindexed));
        assert!(matches!(idx.lookup("ferry,"), Lookup::Candidates(_)));
    }

    #[test]
    fn frequent_words_turn_into_bitmaps_and_still_answer() {
        let articles: Vec<Article> = (0..500).map(|i| article("the", &format!("word{}", i % 7))).collect();
        let idx = index(&articles);
        assert!(idx.postings.iter().any(|p| matches!(p, Postings::Bits(_))));
        match idx.lookup("THE") {
            Lookup::Exact(bits) => assert_eq!(bits.count(), 500),
            other => panic!("{other:?}"),
        }
        assert_eq!(idx.word_count(), 8);
    }
}
