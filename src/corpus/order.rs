//! Sort orders: a full sort once, then kept up to date by merging. Appending a batch of 256 to
//! 100,000 sorted articles costs at most one pass over the order, not a re-sort.

use std::cmp::Ordering;

use rayon::prelude::*;

use super::SortKey;
use crate::article::StoredArticle;

/// Lower-cased character by character: the same order for the full sort's keys and for the
/// comparisons of a merge (`str::to_lowercase` treats a final Σ apart).
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().flat_map(char::to_lowercase)
}

/// Articles without a source sort after every source.
fn source_of(article: &StoredArticle) -> &str {
    article.source().unwrap_or("\u{10FFFF}")
}

/// Older first; articles without a date go last.
fn by_date(x: &StoredArticle, y: &StoredArticle) -> Ordering {
    match (x.published(), y.published()) {
        (Some(dx), Some(dy)) => dx.cmp(dy),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// An order-keeping summary of a date: its first 16 bytes (`YYYY-MM-DDTHH:MM`), big-endian
/// (0 for no date), and whether the date says more than that. Comparing these first keeps a
/// merge from reading 100,000 scattered articles (each comparison of two `published` strings
/// is two cache misses); equal keys of two dates that are not long are equal dates (a date
/// holds no NUL, which pads the key). The loader computes it where the article is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateKey {
    pub(super) key: u128,
    pub(super) long: bool,
}

impl DateKey {
    /// The key of an article's `published` date.
    pub fn of(published: Option<&str>) -> DateKey {
        let Some(date) = published else { return DateKey { key: 0, long: false } };
        let mut bytes = [0u8; KEY_BYTES];
        let head = &date.as_bytes()[..date.len().min(KEY_BYTES)];
        bytes[..head.len()].copy_from_slice(head);
        // An empty date string still sorts as a date, before every other.
        DateKey { key: u128::from_be_bytes(bytes).max(1), long: date.len() > KEY_BYTES }
    }
}

/// The bytes of a date a [`DateKey`] holds: `YYYY-MM-DDTHH:MM`, all that most dates say.
const KEY_BYTES: usize = 16;

/// What orders are computed from: the articles, and each one's [`DateKey`] (in two lists).
#[derive(Clone, Copy)]
pub(super) struct Keys<'a> {
    pub articles: &'a [Box<StoredArticle>],
    pub dates: &'a [u128],
    pub long_dates: &'a [bool],
}

impl Keys<'_> {
    /// The order of dates as one number: ascending for `Oldest` and descending for `Newest`
    /// (by [`DateKey`]), articles without a date last in both. Cheap to compare, and what
    /// [`compare`] decides by but for ties of long dates.
    #[inline]
    fn date_rank(&self, key: SortKey, n: u32) -> u128 {
        match (self.dates[n as usize], key) {
            (0, _) => u128::MAX,
            (date, SortKey::Newest) => !date,
            (date, _) => date,
        }
    }
}

/// Where `x` goes relative to `y` in the order `key`; ties go by article number.
pub(super) fn compare(key: SortKey, keys: Keys<'_>, x: u32, y: u32) -> Ordering {
    let ordering = match key {
        SortKey::Oldest | SortKey::Newest => keys.date_rank(key, x).cmp(&keys.date_rank(key, y)).then_with(|| {
            // Equal ranks are equal dates unless a date is longer than its key.
            let (xi, yi) = (x as usize, y as usize);
            if !(keys.long_dates[xi] || keys.long_dates[yi]) || keys.dates[xi] == 0 {
                return Ordering::Equal;
            }
            let (a, b) = (&keys.articles[xi], &keys.articles[yi]);
            if key == SortKey::Oldest { by_date(a, b) } else { by_date(b, a) }
        }),
        _ => compare_text(key, keys.articles, x, y),
    };
    ordering.then(x.cmp(&y))
}

fn compare_text(key: SortKey, articles: &[Box<StoredArticle>], x: u32, y: u32) -> Ordering {
    let (a, b) = (&articles[x as usize], &articles[y as usize]);
    match key {
        SortKey::Title => folded(a.title()).cmp(folded(b.title())),
        _ => folded(source_of(a)).cmp(folded(source_of(b))).then_with(|| by_date(b, a)),
    }
}

/// Every article in the order `key`, sorted on all cores (text keys folded once, not per
/// comparison).
fn sorted(key: SortKey, keys: Keys<'_>) -> Vec<u32> {
    let articles = keys.articles;
    let mut numbers: Vec<u32> = (0..articles.len() as u32).collect();
    let text_key = |article: &StoredArticle| -> String {
        match key {
            SortKey::Title => folded(article.title()).collect(),
            _ => folded(source_of(article)).collect(),
        }
    };
    match key {
        SortKey::Oldest | SortKey::Newest => numbers.par_sort_by(|&x, &y| compare(key, keys, x, y)),
        SortKey::Title | SortKey::Source => {
            let keys: Vec<String> = articles.par_iter().map(|a| text_key(a)).collect();
            numbers.par_sort_by(|&x, &y| {
                let ordering = keys[x as usize].cmp(&keys[y as usize]);
                let ordering = match key {
                    SortKey::Source => ordering.then_with(|| by_date(&articles[y as usize], &articles[x as usize])),
                    _ => ordering,
                };
                ordering.then(x.cmp(&y))
            });
        }
    }
    numbers
}

/// A cached order: the article numbers, and for a date order each one's rank beside it, so
/// that a merge reads two lists front to back instead of 100,000 scattered dates.
#[derive(Debug, Clone, Default)]
pub(super) struct Order {
    numbers: Vec<u32>,
    /// [`Keys::date_rank`] of each of `numbers` in a date order; empty in the others.
    ranks: Vec<u128>,
}

fn by_rank(key: SortKey) -> bool {
    matches!(key, SortKey::Oldest | SortKey::Newest)
}

impl Order {
    /// Every article in the order `key`.
    pub(super) fn sorted(key: SortKey, keys: Keys<'_>) -> Order {
        let numbers = sorted(key, keys);
        let ranks = if by_rank(key) { numbers.iter().map(|&n| keys.date_rank(key, n)).collect() } else { Vec::new() };
        Order { numbers, ranks }
    }

    pub(super) fn numbers(&self) -> &[u32] {
        &self.numbers
    }

    /// Keeps the articles `keep` says yes to, in order.
    pub(super) fn retain(&mut self, keep: impl Fn(u32) -> bool) {
        // A title or source order has no ranks (an order of no articles needs neither way).
        if self.ranks.len() != self.numbers.len() {
            self.numbers.retain(|&n| keep(n));
            return;
        }
        let mut kept = 0;
        for at in 0..self.numbers.len() {
            if keep(self.numbers[at]) {
                (self.numbers[kept], self.ranks[kept]) = (self.numbers[at], self.ranks[at]);
                kept += 1;
            }
        }
        self.numbers.truncate(kept);
        self.ranks.truncate(kept);
    }

    /// Puts `added` (numbers not in the order) in their places.
    pub(super) fn merge(&mut self, added: Vec<u32>, key: SortKey, keys: Keys<'_>) {
        if added.is_empty() {
            return;
        }
        if by_rank(key) {
            self.merge_by_rank(added, key, keys);
        } else {
            merge(&mut self.numbers, added, key, keys);
        }
    }

    /// [`Order::merge`] for a date order: the added articles sorted by rank, then merged in from
    /// the back, in place, so each article of the order moves at most once and the ranks are
    /// read in turn. Only ties of long dates read the articles.
    fn merge_by_rank(&mut self, added: Vec<u32>, key: SortKey, keys: Keys<'_>) {
        let mut ranked: Vec<(u128, u32)> = added.iter().map(|&n| (keys.date_rank(key, n), n)).collect();
        ranked.sort_unstable();
        // Ties by number, as `compare` has it unless a date is longer than its rank: this stable
        // sort only checks the order (one pass) when none is.
        ranked.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| compare(key, keys, a.1, b.1)));
        let old = self.numbers.len();
        self.numbers.resize(old + ranked.len(), 0);
        self.ranks.resize(old + ranked.len(), 0);
        let (numbers, ranks) = (&mut self.numbers, &mut self.ranks);
        let (mut from, mut to) = (old, old + ranked.len());
        for &(rank, n) in ranked.iter().rev() {
            // The articles of the order that go after `n` move up past it.
            while from > 0
                && (ranks[from - 1] > rank
                    || (ranks[from - 1] == rank && compare(key, keys, numbers[from - 1], n) == Ordering::Greater))
            {
                (from, to) = (from - 1, to - 1);
                (numbers[to], ranks[to]) = (numbers[from], ranks[from]);
            }
            to -= 1;
            (numbers[to], ranks[to]) = (n, rank);
        }
    }
}

/// Puts `added` (numbers not in `order`) into the sorted `order`: each finds its place by a
/// galloping search in what is left of `order`, and the runs between are copied once.
fn merge(order: &mut Vec<u32>, mut added: Vec<u32>, key: SortKey, keys: Keys<'_>) {
    added.sort_by(|&x, &y| compare(key, keys, x, y));
    let mut merged = Vec::with_capacity(order.len() + added.len());
    let mut rest = &order[..];
    for n in added {
        let at = galloping_search(rest, |m| compare(key, keys, m, n) == Ordering::Less);
        merged.extend_from_slice(&rest[..at]);
        merged.push(n);
        rest = &rest[at..];
    }
    merged.extend_from_slice(rest);
    *order = merged;
}

/// `rest.partition_point(before)` in O(log k) steps for an answer `k`: positions 0, 1, 3, 7, …
/// until one is not before, then a binary search between the last two. A merge's next place
/// is usually close to its last, so this looks at few of the articles in between (each look is
/// a cache miss at 100,000).
fn galloping_search(rest: &[u32], mut before: impl FnMut(u32) -> bool) -> usize {
    let mut end = 1;
    while end <= rest.len() && before(rest[end - 1]) {
        end *= 2;
    }
    // Everything below `start` is before; `end - 1` is not, or lies past the end.
    let start = end / 2;
    let end = end.min(rest.len());
    start + rest[start..end].partition_point(|&m| before(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

    fn article(title: &str, date: Option<&str>, source: Option<&str>) -> Article {
        Article {
            title: title.into(),
            published: date.map(Into::into),
            source: source.map(Into::into),
            ..Article::default()
        }
    }

    /// Articles with ties, missing dates and sources, and case differences.
    fn articles(n: usize) -> Vec<Article> {
        (0..n)
            .map(|i| {
                let date = (i % 5 != 0).then(|| format!("2026-0{}-1{}", 1 + i % 7, i % 3));
                let source = (i % 4 != 0).then(|| ["Daily", "daily", "Herald", "Ülm"][i % 4].to_string());
                let title = format!("{} {}", ["beta", "Alpha", "ÉTÉ", "alpha", "Σofia"][i % 5], i % 6);
                article(&title, date.as_deref(), source.as_deref())
            })
            .collect()
    }

    #[expect(clippy::vec_box, reason = "as the corpus keeps them")]
    fn dates(all: &[Article]) -> (Vec<Box<StoredArticle>>, Vec<u128>, Vec<bool>) {
        let keys: Vec<DateKey> = all.iter().map(|a| DateKey::of(a.published.as_deref())).collect();
        (
            all.iter().map(|a| StoredArticle::new(a.clone()).0).collect(),
            keys.iter().map(|k| k.key).collect(),
            keys.iter().map(|k| k.long).collect(),
        )
    }

    #[test]
    fn galloping_finds_the_partition_point() {
        for len in 0..40u32 {
            let rest: Vec<u32> = (0..len).map(|i| i * 2).collect();
            for n in 0..len * 2 + 2 {
                assert_eq!(galloping_search(&rest, |m| m < n), rest.partition_point(|&m| m < n), "{len} {n}");
            }
        }
    }

    #[test]
    fn merging_batches_gives_the_full_sort() {
        let mut all = articles(200);
        // Dates alike in their first 16 bytes (equal ranks), told apart only by the articles.
        for (i, article) in all.iter_mut().enumerate().filter(|(i, _)| i % 7 == 3) {
            let seconds = ["", ":09", ":01+09:00", ":09Z"][i % 4];
            article.published = Some(format!("2026-03-12T08:05{seconds}"));
        }
        let (boxed, dates, long_dates) = dates(&all);
        let keys = Keys { articles: &boxed, dates: &dates, long_dates: &long_dates };
        for key in SortKey::ALL {
            let first = Keys { articles: &boxed[..50], dates: &dates[..50], long_dates: &long_dates[..50] };
            let mut order = Order::sorted(key, first);
            for batch in (50..200u32).collect::<Vec<_>>().chunks(37) {
                order.merge(batch.to_vec(), key, keys);
            }
            let fresh = Order::sorted(key, keys);
            assert_eq!((order.numbers(), &order.ranks), (fresh.numbers(), &fresh.ranks), "{key:?}");
            // Taken out and merged again, as a replaced article that moved.
            let moved = [3, 77, 150, 199];
            order.retain(|n| !moved.contains(&n));
            assert_eq!(order.numbers().len(), 196);
            order.merge(moved.to_vec(), key, keys);
            assert_eq!((order.numbers(), &order.ranks), (fresh.numbers(), &fresh.ranks), "{key:?}, moved");
        }
    }

    #[test]
    fn full_sort_agrees_with_compare_and_with_plain_date_strings() {
        let mut all = articles(100);
        // Dates alike in their first 16 bytes, told apart by seconds and zones.
        all[1].published = Some("2026-03-12T08:05:09+09:00".into());
        all[2].published = Some("2026-03-12T08:05".into());
        all[3].published = Some("2026-03-12T08:05:01".into());
        all[4].published = Some(String::new());
        all[5].published = Some("2026-03-12T08:05:09Z".into());
        all[6].published = Some("2026-03-12".into());
        let (boxed, dates, long_dates) = dates(&all);
        let keys = Keys { articles: &boxed, dates: &dates, long_dates: &long_dates };
        for key in SortKey::ALL {
            let order = sorted(key, keys);
            assert!(order.windows(2).all(|w| compare(key, keys, w[0], w[1]) == Ordering::Less), "{key:?}");
        }
        let oldest = sorted(SortKey::Oldest, keys);
        let by_strings = |x: &u32, y: &u32| by_date(&boxed[*x as usize], &boxed[*y as usize]).then(x.cmp(y));
        assert!(oldest.is_sorted_by(|x, y| by_strings(x, y) == Ordering::Less));
    }
}
