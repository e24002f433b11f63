//! Sort orders: a full sort once, then kept up to date by merging. Appending a batch of 256 to
//! 100,000 sorted articles costs a few binary searches and one copy, not a re-sort.

use std::cmp::Ordering;

use rayon::prelude::*;

use super::SortKey;
use crate::article::Article;

/// Lower-cased character by character: the same order for the full sort's keys and for the
/// comparisons of a merge (`str::to_lowercase` treats a final Σ apart).
fn folded(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().flat_map(char::to_lowercase)
}

/// Articles without a source sort after every source.
fn source_of(article: &Article) -> &str {
    article.source.as_deref().unwrap_or("\u{10FFFF}")
}

/// Older first; articles without a date go last.
fn by_date(x: &Article, y: &Article) -> Ordering {
    match (&x.published, &y.published) {
        (Some(dx), Some(dy)) => dx.cmp(dy),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// An order-keeping summary of a date: its first 16 bytes (`YYYY-MM-DDTHH:MM`), big-endian;
/// 0 for no date. Comparing these first keeps a merge from reading 100,000 scattered articles
/// (each comparison of two `published` strings is two cache misses).
pub(super) fn date_key(article: &Article) -> u128 {
    article.published.as_deref().map_or(0, |date| {
        let mut bytes = [0u8; 16];
        let head = &date.as_bytes()[..date.len().min(16)];
        bytes[..head.len()].copy_from_slice(head);
        // An empty date string still sorts as a date, before every other.
        u128::from_be_bytes(bytes).max(1)
    })
}

/// What orders are computed from: the articles, and each one's [`date_key`].
#[derive(Clone, Copy)]
pub(super) struct Keys<'a> {
    pub articles: &'a [Article],
    pub dates: &'a [u128],
}

impl Keys<'_> {
    /// [`by_date`] by the date keys, reading the dates themselves only on a tie.
    fn by_date(&self, x: u32, y: u32) -> Ordering {
        match (self.dates[x as usize], self.dates[y as usize]) {
            (0, 0) => Ordering::Equal,
            (0, _) => Ordering::Greater,
            (_, 0) => Ordering::Less,
            (kx, ky) => kx.cmp(&ky).then_with(|| by_date(&self.articles[x as usize], &self.articles[y as usize])),
        }
    }
}

/// Where `x` goes relative to `y` in the order `key`; ties go by article number.
pub(super) fn compare(key: SortKey, keys: Keys<'_>, x: u32, y: u32) -> Ordering {
    let articles = keys.articles;
    let ordering = match key {
        SortKey::Oldest => keys.by_date(x, y),
        SortKey::Newest => match (keys.dates[x as usize], keys.dates[y as usize]) {
            (0, _) | (_, 0) => keys.by_date(x, y),
            _ => keys.by_date(y, x),
        },
        _ => compare_text(key, articles, x, y),
    };
    ordering.then(x.cmp(&y))
}

fn compare_text(key: SortKey, articles: &[Article], x: u32, y: u32) -> Ordering {
    let (a, b) = (&articles[x as usize], &articles[y as usize]);
    match key {
        SortKey::Title => folded(&a.title).cmp(folded(&b.title)),
        _ => folded(source_of(a)).cmp(folded(source_of(b))).then_with(|| by_date(b, a)),
    }
}

/// Every article in the order `key`, sorted on all cores (text keys folded once, not per
/// comparison).
pub(super) fn sorted(key: SortKey, keys: Keys<'_>) -> Vec<u32> {
    let articles = keys.articles;
    let mut numbers: Vec<u32> = (0..articles.len() as u32).collect();
    let text_key = |article: &Article| -> String {
        match key {
            SortKey::Title => folded(&article.title).collect(),
            _ => folded(source_of(article)).collect(),
        }
    };
    match key {
        SortKey::Oldest | SortKey::Newest => numbers.par_sort_by(|&x, &y| compare(key, keys, x, y)),
        SortKey::Title | SortKey::Source => {
            let keys: Vec<String> = articles.par_iter().map(text_key).collect();
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

/// Puts `added` (numbers not in `order`) into the sorted `order`: each finds its place by
/// binary search in what is left of `order`, then the runs between are copied once.
pub(super) fn merge(order: &mut Vec<u32>, mut added: Vec<u32>, key: SortKey, keys: Keys<'_>) {
    if added.is_empty() {
        return;
    }
    added.sort_by(|&x, &y| compare(key, keys, x, y));
    let mut merged = Vec::with_capacity(order.len() + added.len());
    let mut rest = &order[..];
    for n in added {
        let at = rest.partition_point(|&m| compare(key, keys, m, n) == Ordering::Less);
        merged.extend_from_slice(&rest[..at]);
        merged.push(n);
        rest = &rest[at..];
    }
    merged.extend_from_slice(rest);
    *order = merged;
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn dates(all: &[Article]) -> Vec<u128> {
        all.iter().map(date_key).collect()
    }

    #[test]
    fn merging_batches_gives_the_full_sort() {
        let all = articles(200);
        let dates = dates(&all);
        let keys = Keys { articles: &all, dates: &dates };
        for key in SortKey::ALL {
            let mut order = sorted(key, Keys { articles: &all[..50], dates: &dates[..50] });
            for batch in (50..200u32).collect::<Vec<_>>().chunks(37) {
                merge(&mut order, batch.to_vec(), key, keys);
            }
            assert_eq!(order, sorted(key, keys), "{key:?}");
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
        let dates = dates(&all);
        let keys = Keys { articles: &all, dates: &dates };
        for key in SortKey::ALL {
            let order = sorted(key, keys);
            assert!(order.windows(2).all(|w| compare(key, keys, w[0], w[1]) == Ordering::Less), "{key:?}");
        }
        let oldest = sorted(SortKey::Oldest, keys);
        let by_strings = |x: &u32, y: &u32| by_date(&all[*x as usize], &all[*y as usize]).then(x.cmp(y));
        assert!(oldest.is_sorted_by(|x, y| by_strings(x, y) == Ordering::Less));
    }
}
