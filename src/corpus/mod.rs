//! The loaded articles and their indexes: tags, sorted orders, filters and search.
//!
//! Article numbers (`u32`) are positions in load order; every view is a list of them.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::index::SearchIndex;
use crate::search::{Follows, Query};

mod order;
mod tags;

use crate::bitmap::Bitmap;
pub use order::DateKey;
pub use tags::TagInterner;

/// Index of a tag in the corpus's tag table.
pub type TagId = u32;

/// How several selected tags combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TagMode {
    /// An article must carry every selected tag.
    #[default]
    And,
    /// An article must carry at least one selected tag.
    Or,
}

impl TagMode {
    pub fn toggled(self) -> Self {
        match self {
            TagMode::And => TagMode::Or,
            TagMode::Or => TagMode::And,
        }
    }
}

/// The orders the list can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Newest,
    Oldest,
    Title,
    Source,
}

impl SortKey {
    pub const ALL: [SortKey; 4] = [SortKey::Newest, SortKey::Oldest, SortKey::Title, SortKey::Source];

    pub fn next(self) -> Self {
        match self {
            SortKey::Newest => SortKey::Oldest,
            SortKey::Oldest => SortKey::Title,
            SortKey::Title => SortKey::Source,
            SortKey::Source => SortKey::Newest,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortKey::Newest => "newest",
            SortKey::Oldest => "oldest",
            SortKey::Title => "title",
            SortKey::Source => "source",
        }
    }

    fn slot(self) -> usize {
        self as usize
    }
}

/// An article as the loader hands it over, ready to store: its tags as ids of the loader's
/// [`TagInterner`] (the article's own `tags` are not read), its date's key, and whether it is
/// final or from the light pass (then [`Corpus::replace`] brings its full parse later).
#[derive(Debug)]
pub struct Listed {
    pub article: Box<Article>,
    pub parsed: bool,
    pub tags: Box<[TagId]>,
    pub date: DateKey,
}

/// A tag as the corpus knows it: first-seen spelling and the articles carrying it.
#[derive(Debug, Clone)]
struct TagEntry {
    name: String,
    /// Article numbers, ascending (articles are only appended).
    articles: Vec<u32>,
}

/// All loaded articles with a tag index and cached sort orders.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Boxed, so that the loader's cores build each article where it stays: the UI thread moves
    /// a pointer, not the article (at 100,000 articles, copying them from the cores that made
    /// them was about a third of its work while listing).
    #[expect(clippy::vec_box, reason = "the loader's cores build the boxes; see above")]
    articles: Vec<Box<Article>>,
    tags: Vec<TagEntry>,
    /// Names to ids, so `Korea` and `korea` are one tag.
    tag_ids: TagInterner,
    /// The corpus's id of each of the loader's tag ids ([`Corpus::append_listed`]).
    loader_tags: Vec<TagId>,
    /// One cached permutation per [`SortKey`], computed when first asked for and kept up to
    /// date by merging as articles are added or replaced.
    orders: [Option<order::Order>; 4],
    /// Articles added since the cached orders were last merged: merged when an order is next
    /// asked for, so that a load of 400 batches merges a dozen times, not 400.
    unordered: Vec<u32>,
    /// Each article's tags as ids: the names live once in `tags`, not in every article (at
    /// 100,000 articles the strings alone weigh 20 MB). Stored articles have empty `tags`.
    article_tags: Vec<Box<[TagId]>>,
    /// Each article's [`DateKey`] (in two lists), so date orders are kept without reading
    /// articles.
    dates: Vec<u128>,
    long_dates: Vec<bool>,
    /// Which articles have had their full parse (the others have only the light pass's fields).
    parsed: Vec<bool>,
    /// The word index, once the loader has built it over every article.
    index: Option<SearchIndex>,
}

impl Corpus {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn get(&self, number: u32) -> Option<&Article> {
        self.articles.get(number as usize).map(|article| &**article)
    }

    /// Every article, by number.
    pub fn articles(&self) -> impl ExactSizeIterator<Item = &Article> {
        self.articles.iter().map(|article| &**article)
    }

    /// Makes room for `more` articles (the loader says how many once the folders are walked).
    pub fn reserve(&mut self, more: usize) {
        self.articles.reserve(more);
        self.article_tags.reserve(more);
        self.dates.reserve(more);
        self.long_dates.reserve(more);
        self.parsed.reserve(more);
    }

    /// Adds an article and indexes its tags; returns its number.
    pub fn push(&mut self, article: Article) -> u32 {
        let number = self.add(article, true);
        self.unordered.push(number);
        number
    }

    /// Adds articles fully parsed.
    pub fn extend(&mut self, articles: impl IntoIterator<Item = Article>) {
        self.append(articles.into_iter().map(|a| (a, true)));
    }

    /// Adds articles, each saying whether it is final or from the light pass (then
    /// [`Corpus::replace`] brings its full parse later). Cached orders are merged, not re-sorted.
    pub fn append(&mut self, articles: impl IntoIterator<Item = (Article, bool)>) {
        let added: Vec<u32> = articles.into_iter().map(|(article, parsed)| self.add(article, parsed)).collect();
        self.unordered.extend(added);
    }

    fn add(&mut self, mut article: Article, parsed: bool) -> u32 {
        // Kept as the loader keeps what it reads.
        article.share_quote_text();
        article.pack_paragraphs();
        let number = self.articles.len() as u32;
        let ids = self.index_tags(number, std::mem::take(&mut article.tags));
        let date = DateKey::of(&article);
        self.push_numbered(Listed { article: Box::new(article), parsed, tags: ids, date });
        number
    }

    /// Stores an article whose tags are filed already.
    fn push_numbered(&mut self, listed: Listed) {
        self.article_tags.push(listed.tags);
        self.dates.push(listed.date.key);
        self.long_dates.push(listed.date.long);
        self.articles.push(listed.article);
        self.parsed.push(listed.parsed);
    }

    /// Adds articles the loader has made ready ([`Listed`]): their tags are ids of the
    /// loader's [`TagInterner`], whose new names `new_tags` brings in id order. No article is
    /// read here, nor its tags.
    pub fn append_listed(&mut self, listed: Vec<Listed>, new_tags: Vec<String>) {
        for name in new_tags {
            let id = self.intern_tag(name);
            self.loader_tags.push(id);
        }
        let mut added = Vec::with_capacity(listed.len());
        for mut item in listed {
            let number = self.articles.len() as u32;
            for id in item.tags.iter_mut() {
                *id = self.loader_tags.get(*id as usize).copied().unwrap_or(*id);
            }
            self.file_under(number, &item.tags);
            self.push_numbered(item);
            added.push(number);
        }
        self.unordered.extend(added);
    }

    /// Brings the cached orders up to date with the articles added since.
    fn merge_unordered(&mut self) {
        if !self.unordered.is_empty() {
            let added = std::mem::take(&mut self.unordered);
            self.merge_orders(added);
        }
    }

    fn keys(&self) -> order::Keys<'_> {
        order::Keys { articles: &self.articles, dates: &self.dates, long_dates: &self.long_dates }
    }

    fn merge_orders(&mut self, added: Vec<u32>) {
        let keys = order::Keys { articles: &self.articles, dates: &self.dates, long_dates: &self.long_dates };
        for (slot, cached) in self.orders.iter_mut().enumerate() {
            if let Some(order) = cached {
                order.merge(added.clone(), SortKey::ALL[slot], keys);
            }
        }
    }

    /// Puts full parses in place of light-pass articles, keeping their numbers. The tags are the
    /// same (the light pass finds exactly the parser's), so the tag index stays; an article whose
    /// title, date or source settled differently moves in the cached orders. Returns whether any
    /// article moved.
    pub fn replace(&mut self, parsed: Vec<(u32, Article)>) -> bool {
        let mut moved = Vec::new();
        for (number, mut article) in parsed {
            let Some(old) = self.articles.get(number as usize) else { continue };
            if (&old.title, &old.published, &old.source) != (&article.title, &article.published, &article.source) {
                moved.push(number);
            }
            let tags = std::mem::take(&mut article.tags);
            let same = {
                let old_ids = &self.article_tags[number as usize];
                old_ids.len() == tags.len()
                    && tags.iter().zip(old_ids.iter()).all(|(t, &id)| self.tag_ids.get(t) == Some(id))
            };
            if !same {
                self.retag(number, tags);
            }
            let date = DateKey::of(&article);
            article.share_quote_text();
            article.pack_paragraphs();
            (self.dates[number as usize], self.long_dates[number as usize]) = (date.key, date.long);
            *self.articles[number as usize] = article;
            self.parsed[number as usize] = true;
        }
        if moved.is_empty() {
            return false;
        }
        self.merge_unordered();
        let gone = Bitmap::from_numbers(self.articles.len(), &moved);
        for order in self.orders.iter_mut().flatten() {
            order.retain(|n| !gone.contains(n));
        }
        self.merge_orders(moved);
        true
    }

    /// Takes the loader's word index; used for search while it covers every article.
    pub fn set_index(&mut self, index: SearchIndex) {
        self.index = Some(index);
    }

    /// The word index, when it covers every article.
    pub fn index(&self) -> Option<&SearchIndex> {
        self.index.as_ref().filter(|i| i.len() == self.articles.len())
    }

    /// Whether the word index still reads articles for its frequent grams.
    pub fn grams_pending(&self) -> bool {
        self.index().is_some_and(SearchIndex::grams_pending)
    }

    /// Reads the next `count` articles for the word index's frequent grams (on all cores); true
    /// while more remain.
    pub fn read_for_grams(&mut self, count: usize) -> bool {
        let len = self.articles.len();
        self.index.as_mut().filter(|i| i.len() == len).is_some_and(|index| index.read_for_grams(&self.articles, count))
    }

    /// Whether the article has had its full parse (body, captions, quotes).
    pub fn is_parsed(&self, number: u32) -> bool {
        self.parsed.get(number as usize).copied().unwrap_or(false)
    }

    /// Articles in the given order (sorted once, then kept up to date).
    pub fn order(&mut self, key: SortKey) -> &[u32] {
        self.merge_unordered();
        let slot = key.slot();
        if self.orders[slot].is_none() {
            self.orders[slot] = Some(order::Order::sorted(key, self.keys()));
        }
        self.orders[slot].as_ref().map_or(&[], order::Order::numbers)
    }

    /// Article numbers among `candidates` (or all) whose title, captions, body or quotes contain
    /// the query, in ascending order. Runs on all cores.
    pub fn search(&self, query: &Query, candidates: Option<&[u32]>) -> Vec<u32> {
        let matches = |&n: &u32| self.articles.get(n as usize).is_some_and(|a| query.matches_article(a));
        match candidates {
            Some(list) => list.par_iter().copied().filter(|n| matches(n)).collect(),
            None => (0..self.articles.len() as u32).into_par_iter().filter(|n| matches(n)).collect(),
        }
    }

    /// [`Query::follows`] of each of `numbers`, on all cores.
    pub fn follow_masks(&self, query: &Query, numbers: &[u32]) -> Vec<Follows> {
        numbers.par_iter().map(|&n| self.get(n).map_or(Follows::default(), |a| query.follows(a))).collect()
    }

    /// The list to show: `order` filtered by optional bitmaps (tags, search).
    pub fn view(&mut self, key: SortKey, filters: &[Option<&Bitmap>]) -> Vec<u32> {
        let active: Vec<&Bitmap> = filters.iter().flatten().copied().collect();
        self.order(key).iter().copied().filter(|&n| active.iter().all(|b| b.contains(n))).collect()
    }
}

#[cfg(test)]
mod tests;
