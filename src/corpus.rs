//! The loaded articles and their indexes: tags, sorted orders, filters and search.
//!
//! Article numbers (`u32`) are positions in load order; every view is a list of them.

use std::collections::HashMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::search::Query;

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
    articles: Vec<Article>,
    tags: Vec<TagEntry>,
    /// Lower-cased tag -> id, so `Korea` and `korea` are one tag.
    tag_ids: HashMap<String, TagId>,
    /// One cached permutation per [`SortKey`], dropped when articles are added.
    orders: [Option<Vec<u32>>; 4],
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
        self.articles.get(number as usize)
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Adds an article and indexes its tags; returns its number.
    pub fn push(&mut self, article: Article) -> u32 {
        let number = self.articles.len() as u32;
        for tag in &article.tags {
            let key = tag.to_lowercase();
            let id = match self.tag_ids.get(&key) {
                Some(&id) => id,
                None => {
                    let id = self.tags.len() as TagId;
                    self.tags.push(TagEntry { name: tag.clone(), articles: Vec::new() });
                    self.tag_ids.insert(key, id);
                    id
                }
            };
            let postings = &mut self.tags[id as usize].articles;
            // A tag repeated in one article (different case) counts once.
            if postings.last() != Some(&number) {
                postings.push(number);
            }
        }
        self.articles.push(article);
        self.orders = Default::default();
        number
    }

    pub fn extend(&mut self, articles: impl IntoIterator<Item = Article>) {
        for article in articles {
            self.push(article);
        }
    }

    pub fn tag_count(&self) -> usize {
        self.tags.len()
    }

    pub fn tag_name(&self, id: TagId) -> &str {
        self.tags.get(id as usize).map_or("", |t| t.name.as_str())
    }

    /// The id of a tag, matched without regard to case.
    pub fn tag_id(&self, name: &str) -> Option<TagId> {
        self.tag_ids.get(&name.trim().to_lowercase()).copied()
    }

    /// Number of articles carrying the tag.
    pub fn tag_articles(&self, id: TagId) -> usize {
        self.tags.get(id as usize).map_or(0, |t| t.articles.len())
    }

    /// Every tag with its article count, most used first, then by name.
    pub fn tags_by_count(&self) -> Vec<(TagId, usize)> {
        let mut counted: Vec<(TagId, usize)> =
            (0..self.tags.len() as TagId).map(|id| (id, self.tags[id as usize].articles.len())).collect();
        counted.sort_by(|a, b| {
            b.1.cmp(&a.1).then_with(|| {
                let (x, y) = (&self.tags[a.0 as usize].name, &self.tags[b.0 as usize].name);
                x.to_lowercase().cmp(&y.to_lowercase()).then_with(|| x.cmp(y))
            })
        });
        counted
    }

    /// Articles in the given order (cached until the next `push`).
    pub fn order(&mut self, key: SortKey) -> &[u32] {
        let slot = key.slot();
        if self.orders[slot].is_none() {
            self.orders[slot] = Some(self.sorted(key));
        }
        self.orders[slot].as_deref().unwrap_or(&[])
    }

    fn sorted(&self, key: SortKey) -> Vec<u32> {
        let mut numbers: Vec<u32> = (0..self.articles.len() as u32).collect();
        let a = &self.articles;
        let by_date = |x: &u32, y: &u32| {
            // Articles without a date go last in both directions.
            let (dx, dy) = (&a[*x as usize].published, &a[*y as usize].published);
            match (dx, dy) {
                (Some(dx), Some(dy)) => dx.cmp(dy),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        };
        match key {
            SortKey::Oldest => numbers.par_sort_by(|x, y| by_date(x, y).then(x.cmp(y))),
            SortKey::Newest => numbers.par_sort_by(|x, y| {
                let ordering = match (&a[*x as usize].published, &a[*y as usize].published) {
                    (Some(dx), Some(dy)) => dy.cmp(dx),
                    _ => by_date(x, y),
                };
                ordering.then(x.cmp(y))
            }),
            SortKey::Title => {
                let keys: Vec<String> = a.par_iter().map(|art| art.title.to_lowercase()).collect();
                numbers.par_sort_by(|x, y| keys[*x as usize].cmp(&keys[*y as usize]).then(x.cmp(y)));
            }
            SortKey::Source => {
                let keys: Vec<String> =
                    a.par_iter().map(|art| art.source.as_deref().unwrap_or("\u{10FFFF}").to_lowercase()).collect();
                numbers.par_sort_by(|x, y| {
                    keys[*x as usize].cmp(&keys[*y as usize]).then_with(|| by_date(y, x)).then(x.cmp(y))
                });
            }
        }
        numbers
    }

    /// Articles carrying the selected tags (all of them, or any, by `mode`), as a bitmap.
    /// `None` when no tag is selected, meaning every article.
    pub fn tag_matches(&self, tags: &[TagId], mode: TagMode) -> Option<Bitmap> {
        if tags.is_empty() {
            return None;
        }
        let mut postings: Vec<&[u32]> =
            tags.iter().map(|&id| self.tags.get(id as usize).map_or(&[][..], |t| t.articles.as_slice())).collect();
        let mut bitmap = Bitmap::new(self.articles.len());
        match mode {
            TagMode::Or => {
                for list in postings {
                    for &n in list {
                        bitmap.insert(n);
                    }
                }
            }
            TagMode::And => {
                postings.sort_by_key(|p| p.len());
                let (first, rest) = postings.split_first().map_or((&[][..], &[][..]), |(f, r)| (*f, r));
                'next: for &n in first {
                    for list in rest {
                        if list.binary_search(&n).is_err() {
                            continue 'next;
                        }
                    }
                    bitmap.insert(n);
                }
            }
        }
        Some(bitmap)
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

    /// The list to show: `order` filtered by optional bitmaps (tags, search).
    pub fn view(&mut self, key: SortKey, filters: &[Option<&Bitmap>]) -> Vec<u32> {
        let active: Vec<&Bitmap> = filters.iter().flatten().copied().collect();
        self.order(key).iter().copied().filter(|&n| active.iter().all(|b| b.contains(n))).collect()
    }
}

/// A fixed-size set of article numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    words: Vec<u64>,
}

impl Bitmap {
    pub fn new(len: usize) -> Self {
        Self { words: vec![0; len.div_ceil(64)] }
    }

    pub fn from_numbers(len: usize, numbers: &[u32]) -> Self {
        let mut bitmap = Self::new(len);
        for &n in numbers {
            bitmap.insert(n);
        }
        bitmap
    }

    pub fn insert(&mut self, n: u32) {
        let (word, bit) = ((n / 64) as usize, n % 64);
        if let Some(w) = self.words.get_mut(word) {
            *w |= 1 << bit;
        }
    }

    pub fn contains(&self, n: u32) -> bool {
        let (word, bit) = ((n / 64) as usize, n % 64);
        self.words.get(word).is_some_and(|w| w & (1 << bit) != 0)
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, date: Option<&str>, tags: &[&str]) -> Article {
        Article {
            title: title.into(),
            published: date.map(Into::into),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            paragraphs: vec![format!("Body of {title}.")],
            ..Article::default()
        }
    }

    fn corpus() -> Corpus {
        let mut c = Corpus::new();
        c.push(article("Bravo", Some("2026-01-02"), &["trade", "Korea"]));
        c.push(article("alpha", Some("2026-01-03T08:00"), &["korea"]));
        c.push(article("Charlie", None, &["trade", "energy"]));
        c
    }

    #[test]
    fn tags_are_case_insensitive_and_counted_most_used_first() {
        let c = corpus();
        let names: Vec<(&str, usize)> = c.tags_by_count().iter().map(|&(id, n)| (c.tag_name(id), n)).collect();
        assert_eq!(names, [("Korea", 2), ("trade", 2), ("energy", 1)]);
    }

    #[test]
    fn and_needs_every_tag_or_needs_one() {
        let c = corpus();
        let (trade, korea) = (c.tag_id("TRADE").unwrap(), c.tag_id("korea").unwrap());
        let and = c.tag_matches(&[trade, korea], TagMode::And).unwrap();
        assert_eq!((and.contains(0), and.contains(1), and.contains(2)), (true, false, false));
        let or = c.tag_matches(&[trade, korea], TagMode::Or).unwrap();
        assert_eq!(or.count(), 3);
        assert!(c.tag_matches(&[], TagMode::And).is_none());
    }

    #[test]
    fn sort_orders_put_undated_last() {
        let mut c = corpus();
        assert_eq!(c.order(SortKey::Newest), [1, 0, 2]);
        assert_eq!(c.order(SortKey::Oldest), [0, 1, 2]);
        assert_eq!(c.order(SortKey::Title), [1, 0, 2]);
    }

    #[test]
    fn view_applies_every_filter_in_sort_order() {
        let mut c = corpus();
        let trade = c.tag_id("trade").unwrap();
        let tags = c.tag_matches(&[trade], TagMode::And);
        assert_eq!(c.view(SortKey::Title, &[tags.as_ref()]), [0, 2]);
        let hits = Bitmap::from_numbers(c.len(), &c.search(&Query::new("charlie"), None));
        assert_eq!(c.view(SortKey::Title, &[tags.as_ref(), Some(&hits)]), [2]);
    }

    #[test]
    fn push_invalidates_cached_orders() {
        let mut c = corpus();
        assert_eq!(c.order(SortKey::Newest).len(), 3);
        c.push(article("Delta", Some("2027-01-01"), &[]));
        assert_eq!(c.order(SortKey::Newest)[0], 3);
    }
}
