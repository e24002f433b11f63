//! Reading articles for a query, on all cores: the work a search does when the index cannot
//! answer for it.

use rayon::prelude::*;

use crate::article::StoredArticle;
use crate::search::{Follows, Query};

/// Those of `numbers` whose article's title, captions, body or quotes contain the query, in
/// the order given.
pub(super) fn matching(articles: &[Box<StoredArticle>], query: &Query, numbers: &[u32]) -> Vec<u32> {
    let matches = |&n: &u32| articles.get(n as usize).is_some_and(|a| query.matches_article(a));
    numbers.par_iter().copied().filter(|n| matches(n)).collect()
}

/// [`Query::follows`] of the article of each of `numbers`.
pub(super) fn follows(articles: &[Box<StoredArticle>], query: &Query, numbers: &[u32]) -> Vec<Follows> {
    numbers.par_iter().map(|&n| articles.get(n as usize).map_or(Follows::default(), |a| query.follows(a))).collect()
}
