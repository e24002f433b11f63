//! The sort orders the list is shown in: each sorted once, when first asked for, then kept up
//! to date by merging as articles are added or replaced.

use super::order::{Keys, Order};
use super::{DateKey, SortKey};
use crate::article::StoredArticle;
use crate::bitmap::Bitmap;

/// One cached permutation per [`SortKey`], and each article's [`DateKey`] (in two lists), so
/// date orders are kept without reading articles.
#[derive(Debug, Default)]
pub(super) struct Orders {
    cached: [Option<Order>; SortKey::ALL.len()],
    /// Articles added since the cached orders were last merged: merged when an order is next
    /// asked for, so that a load of 400 batches merges a dozen times, not 400.
    unordered: Vec<u32>,
    dates: Vec<u128>,
    long_dates: Vec<bool>,
}

impl Orders {
    pub(super) fn reserve(&mut self, more: usize) {
        self.dates.reserve(more);
        self.long_dates.reserve(more);
    }

    /// Notes article `number` (the next one), with its date's key; it is merged in later.
    pub(super) fn add(&mut self, number: u32, date: DateKey) {
        self.dates.push(date.key);
        self.long_dates.push(date.long);
        self.unordered.push(number);
    }

    /// Each article's date as its sort key ([`DateKey`]), by article number.
    pub(super) fn date_keys(&self) -> &[u128] {
        &self.dates
    }

    /// Takes the new date of article `number`, replaced; see [`Orders::moved`].
    pub(super) fn redate(&mut self, number: u32, date: DateKey) {
        (self.dates[number as usize], self.long_dates[number as usize]) = (date.key, date.long);
    }

    /// Puts the articles `moved` (replaced, with another title, date or source) in their new
    /// places.
    pub(super) fn moved(&mut self, moved: Vec<u32>, articles: &[Box<StoredArticle>]) {
        self.merge_unordered(articles);
        let gone = Bitmap::from_numbers(articles.len(), &moved);
        for order in self.cached.iter_mut().flatten() {
            order.retain(|n| !gone.contains(n));
        }
        self.merge(moved, articles);
    }

    /// Articles in the order `key` (sorted once, then kept up to date).
    pub(super) fn get(&mut self, key: SortKey, articles: &[Box<StoredArticle>]) -> &[u32] {
        self.merge_unordered(articles);
        let slot = key as usize;
        if self.cached[slot].is_none() {
            self.cached[slot] = Some(Order::sorted(key, self.keys(articles)));
        }
        self.cached[slot].as_ref().map_or(&[], Order::numbers)
    }

    fn keys<'a>(&'a self, articles: &'a [Box<StoredArticle>]) -> Keys<'a> {
        Keys { articles, dates: &self.dates, long_dates: &self.long_dates }
    }

    /// Brings the cached orders up to date with the articles added since.
    fn merge_unordered(&mut self, articles: &[Box<StoredArticle>]) {
        if !self.unordered.is_empty() {
            let added = std::mem::take(&mut self.unordered);
            self.merge(added, articles);
        }
    }

    fn merge(&mut self, added: Vec<u32>, articles: &[Box<StoredArticle>]) {
        let keys = Keys { articles, dates: &self.dates, long_dates: &self.long_dates };
        for (slot, cached) in self.cached.iter_mut().enumerate() {
            if let Some(order) = cached {
                order.merge(added.clone(), SortKey::ALL[slot], keys);
            }
        }
    }
}
