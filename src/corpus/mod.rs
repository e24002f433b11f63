//! The loaded articles, with the parts the corpus composes to show them: the tag index
//! ([`TagIndex`](crate::corpus::TagIndex)) and the sort orders (`orders.rs`). Searching them is the search session's
//! (`crate::session`), which keeps the word index beside the corpus.
//!
//! Article numbers (`u32`) are positions in load order; every view is a list of them.

use serde::{Deserialize, Serialize};

use crate::article::{Article, StoredArticle};
use crate::bitmap::Bitmap;

mod dates;
mod interner;
mod names;
mod order;
mod orders;
mod sources;
mod speakers;
mod tags;

pub use dates::{DateError, DateRange};
pub use interner::TagInterner;
pub use names::{NameTable, name_key};
pub use order::DateKey;
use orders::Orders;
pub use sources::{NO_SOURCE, SourceId, SourceIndex};
pub use speakers::{SpeakerId, SpeakerIndex, UNKNOWN_SPEAKER};
pub use tags::TagIndex;

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
}

/// An article as the loader hands it over, ready to store: its tags as ids of the loader's
/// [`TagInterner`], its date's key, and whether it is final or from the light pass (then
/// [`Corpus::replace`] brings its full parse later).
#[derive(Debug)]
pub struct Listed {
    pub article: Box<StoredArticle>,
    pub parsed: bool,
    pub tags: Box<[TagId]>,
    pub date: DateKey,
}

/// The full parse of an article listed before, to put in its place ([`Corpus::replace`]).
#[derive(Debug)]
pub struct Replacement {
    pub number: u32,
    pub article: Box<StoredArticle>,
    pub tags: Vec<String>,
}

/// All loaded articles, with their tag index and cached sort orders.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Boxed, so that the loader's cores build each article where it stays: the UI thread moves
    /// a pointer, not the article, whose bytes would otherwise cross from the core that made
    /// them to the UI thread's cache, a miss for every article listed.
    #[expect(clippy::vec_box, reason = "the loader's cores build the boxes; see above")]
    articles: Vec<Box<StoredArticle>>,
    /// Which articles have had their full parse (the others have only the light pass's fields).
    parsed: Vec<bool>,
    /// Articles whose files are gone: their numbers stay (every view is a list of numbers), their
    /// places are emptied, and no view shows them.
    removed: Bitmap,
    tags: TagIndex,
    orders: Orders,
    /// Who said what, and each article's outlet (`speakers.rs`, `sources.rs`).
    speakers: SpeakerIndex,
    sources: SourceIndex,
    /// Articles listed by the loader whose speakers and source are not filed yet: filed when
    /// first asked for ([`Corpus::file_pending`]), so that listing reads no article.
    unfiled: Vec<u32>,
    /// The articles of `unfiled` filed since, by their full parse.
    refiled: Bitmap,
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

    pub fn get(&self, number: u32) -> Option<&StoredArticle> {
        self.articles.get(number as usize).map(|article| &**article)
    }

    /// Every article, by number.
    pub fn articles(&self) -> &[Box<StoredArticle>] {
        &self.articles
    }

    /// The tag index: names, ids, and which articles carry which tag.
    pub fn tags(&self) -> &TagIndex {
        &self.tags
    }

    /// Makes room for `more` articles (the loader says how many once the folders are walked).
    pub fn reserve(&mut self, more: usize) {
        self.articles.reserve(more);
        self.parsed.reserve(more);
        self.tags.reserve(more);
        self.orders.reserve(more);
    }

    /// Adds an article fully parsed, and files its tags; returns its number.
    pub fn push(&mut self, article: Article) -> u32 {
        let number = self.articles.len() as u32;
        self.extend([article]);
        number
    }

    /// Adds articles fully parsed.
    pub fn extend(&mut self, articles: impl IntoIterator<Item = Article>) {
        self.append(articles.into_iter().map(|a| (a, true)));
    }

    /// Adds articles, each saying whether it is final or from the light pass (then
    /// [`Corpus::replace`] brings its full parse later). Cached orders are merged, not re-sorted.
    pub fn append(&mut self, articles: impl IntoIterator<Item = (Article, bool)>) {
        for (article, parsed) in articles {
            let (stored, tags) = StoredArticle::new(article);
            let number = self.articles.len() as u32;
            self.tags.add(number, tags);
            self.add(stored, parsed);
        }
    }

    /// Adds articles the loader has made ready ([`Listed`]): their tags are ids of the
    /// loader's [`TagInterner`], whose new names `new_tags` brings in id order. No article is
    /// read here, nor its tags.
    pub fn append_listed(&mut self, listed: Vec<Listed>, new_tags: Vec<String>) {
        self.tags.add_loader_names(new_tags);
        for Listed { article, parsed, tags, date } in listed {
            let number = self.articles.len() as u32;
            self.tags.add_loader_ids(number, tags);
            self.orders.add(number, date);
            self.articles.push(article);
            self.parsed.push(parsed);
            self.unfiled.push(number);
        }
    }

    /// Stores an article whose tags are filed already.
    fn add(&mut self, article: Box<StoredArticle>, parsed: bool) {
        let number = self.articles.len() as u32;
        self.orders.add(number, DateKey::of(article.published()));
        self.speakers.file(number, &article);
        self.sources.file(number, article.source());
        self.articles.push(article);
        self.parsed.push(parsed);
    }

    /// Puts full parses in place of light-pass articles, keeping their numbers. The tags are the
    /// same (the light pass finds exactly the parser's), so the tag index stays; an article whose
    /// title, date or source settled differently moves in the cached orders. Returns whether any
    /// article moved.
    pub fn replace(&mut self, replacements: Vec<Replacement>) -> bool {
        let mut moved = Vec::new();
        let count = self.articles.len();
        for Replacement { number, article, tags } in replacements {
            let Some(old) = self.articles.get_mut(number as usize) else { continue };
            if (old.title(), old.published(), old.source()) != (article.title(), article.published(), article.source())
            {
                moved.push(number);
            }
            if !self.tags.has_exactly(number, &tags) {
                self.tags.retag(number, tags);
            }
            self.orders.redate(number, DateKey::of(article.published()));
            self.speakers.file(number, &article);
            self.sources.file(number, article.source());
            if !self.unfiled.is_empty() {
                self.refiled.grow(count);
                self.refiled.insert(number);
            }
            *old = article;
            self.parsed[number as usize] = true;
        }
        if moved.is_empty() {
            return false;
        }
        self.orders.moved(moved, &self.articles);
        true
    }

    /// Sets what finds an article's reading state (for articles made in memory, whose loader
    /// did not).
    pub fn set_state_id(&mut self, number: u32, id: u64) {
        if let Some(article) = self.articles.get_mut(number as usize) {
            article.set_state_id(id);
        }
    }

    /// Takes articles out, their files gone: each keeps its number, emptied (no text, no tags),
    /// and no view shows it again.
    pub fn remove(&mut self, numbers: &[u32]) {
        self.removed.grow(self.articles.len());
        for &number in numbers {
            let Some(slot) = self.articles.get_mut(number as usize) else { continue };
            *slot = StoredArticle::new(Article::default()).0;
            self.tags.retag(number, Vec::new());
            self.speakers.file(number, slot);
            self.sources.forget(number);
            if !self.unfiled.is_empty() {
                self.refiled.grow(self.articles.len());
                self.refiled.insert(number);
            }
            self.parsed[number as usize] = true;
            self.removed.insert(number);
        }
    }

    /// Whether the article's file is gone ([`Corpus::remove`]).
    pub fn is_removed(&self, number: u32) -> bool {
        self.removed.contains(number)
    }

    /// Articles there are, those removed left out.
    pub fn live_len(&self) -> usize {
        self.articles.len() - self.removed.count()
    }

    /// Whether the article has had its full parse (body, captions, quotes).
    pub fn is_parsed(&self, number: u32) -> bool {
        self.parsed.get(number as usize).copied().unwrap_or(false)
    }

    /// Articles in the given order (sorted once, then kept up to date).
    pub fn order(&mut self, key: SortKey) -> &[u32] {
        self.orders.get(key, &self.articles)
    }

    /// Who said what: the speakers of the filed articles' quotes ([`Corpus::file_pending`]).
    pub fn speakers(&self) -> &SpeakerIndex {
        &self.speakers
    }

    /// Each filed article's outlet ([`Corpus::file_pending`]).
    pub fn sources(&self) -> &SourceIndex {
        &self.sources
    }

    /// Files the speakers and source of the articles the loader listed since the last call
    /// (those replaced by their full parse since are filed already).
    pub fn file_pending(&mut self) {
        self.file_some(usize::MAX);
    }

    /// Whether some articles' speakers and source are not filed yet.
    pub fn has_unfiled(&self) -> bool {
        !self.unfiled.is_empty()
    }

    /// Files at most `most` of the articles waiting ([`Corpus::file_pending`]), so that the
    /// reader can do it between frames; whether some are still waiting.
    pub fn file_some(&mut self, most: usize) -> bool {
        for _ in 0..most {
            let Some(number) = self.unfiled.pop() else { break };
            if self.refiled.contains(number) {
                continue;
            }
            if let Some(article) = self.articles.get(number as usize) {
                self.speakers.file(number, article);
                self.sources.file(number, article.source());
            }
        }
        if self.unfiled.is_empty() {
            self.refiled = Bitmap::new(0);
        }
        !self.unfiled.is_empty()
    }

    /// The articles published in `range`; `None` when it is open (every article).
    pub fn dated(&self, range: &DateRange) -> Option<Bitmap> {
        if range.is_open() {
            return None;
        }
        let mut out = Bitmap::new(self.articles.len());
        let keys = range.keys();
        for (number, &key) in self.orders.date_keys().iter().enumerate() {
            if keys.holds(key) {
                out.insert(number as u32);
            }
        }
        Some(out)
    }

    /// The list to show: `order` filtered by optional bitmaps (tags, search), without the
    /// articles removed.
    pub fn view(&mut self, key: SortKey, filters: &[Option<&Bitmap>]) -> Vec<u32> {
        let active: Vec<&Bitmap> = filters.iter().flatten().copied().collect();
        let removed = &self.removed;
        let order = self.orders.get(key, &self.articles);
        order.iter().copied().filter(|&n| !removed.contains(n) && active.iter().all(|b| b.contains(n))).collect()
    }
}

#[cfg(test)]
mod tests;
