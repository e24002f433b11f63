//! Where a search starts: what is known of its result before an article is read, from the
//! cheapest source that knows it. In order: the result kept for the same text; the finished
//! notes on the last query, when this one is that plus a character; otherwise whichever of the
//! word index and the notes made so far leaves fewer articles to search (`the g` typed right
//! after `the `: the index's common grams leave a few), narrowed by the result of a shorter
//! query it extends.

use crate::bitmap::Bitmap;
use crate::index::{Lookup, SearchIndex};
use crate::search::Query;

use super::cache::ResultCache;
use super::notes::{Followed, Notes};

/// What is known of a search's result before it starts.
#[derive(Debug)]
pub(super) enum Start {
    /// The same text was searched before: its hits below `upto` are final.
    Cached { hits: Vec<u32>, upto: u32 },
    /// The notes on the last query say where this one matches.
    Noted(Followed),
    /// Hits known already, and the articles left to check: `None` for every article.
    Narrowed { hits: Vec<u32>, candidates: Option<Vec<u32>> },
}

/// How the search for `query`, over articles `0..len`, starts. A cached
/// result for the same text is taken out of the cache (the search puts it back when done).
pub(super) fn start(
    query: &Query,
    cache: &mut ResultCache,
    notes: Option<&Notes>,
    index: Option<&SearchIndex>,
    len: u32,
) -> Start {
    if let Some(cached) = cache.take(query) {
        return Start::Cached { hits: cached.hits, upto: cached.upto };
    }
    if let Some(followed) = notes.and_then(|notes| notes.followed(query, false)) {
        return Start::Noted(followed);
    }
    let lookup = index.map(|index| with_tail(index.lookup(query.text()), index.len(), len));
    let index_leaves = match &lookup {
        Some(Lookup::Exact(_)) => Some(0),
        Some(Lookup::Partly { unsure, .. }) => Some(unsure.count()),
        _ => None,
    };
    let noted = notes
        .and_then(|notes| notes.followed(query, true))
        .filter(|followed| index_leaves.is_none_or(|left| followed.maybe.len() < left));
    if let Some(followed) = noted {
        return Start::Noted(followed);
    }
    let base = cache.narrowed_by(query);
    let mut candidates: Option<Vec<u32>> = base.map(|b| b.hits.iter().copied().chain(b.upto..len).collect());
    let mut hits = Vec::new();
    // Once every article is parsed, the word index answers one word at once and narrows
    // anything else to the articles holding all of its words.
    match lookup {
        Some(Lookup::Exact(found)) => (hits, candidates) = (found.numbers(), Some(Vec::new())),
        Some(Lookup::Candidates(mut found)) => {
            if let Some(base) = &candidates {
                found.intersect_with(&Bitmap::from_numbers(len as usize, base));
            }
            candidates = Some(found.numbers());
        }
        // A common word, a space and a letter (`the g`): most hits are known at once.
        Some(Lookup::Partly { hits: found, mut unsure }) => {
            if let Some(base) = &candidates {
                unsure.intersect_with(&Bitmap::from_numbers(len as usize, base));
            }
            (hits, candidates) = (found.numbers(), Some(unsure.numbers()));
        }
        Some(Lookup::Unindexed) | None => {}
    }
    Start::Narrowed { hits, candidates }
}

/// What the index says, with the articles added after it was built (numbers from `indexed` to
/// `len`: new files, or files changed since) as ones that may match: they are checked.
fn with_tail(lookup: Lookup, indexed: usize, len: u32) -> Lookup {
    if indexed >= len as usize {
        return lookup;
    }
    let mut tail = Bitmap::full(len as usize);
    tail.subtract(&Bitmap::full(indexed));
    match lookup {
        Lookup::Exact(hits) => Lookup::Partly { hits, unsure: tail },
        Lookup::Candidates(mut candidates) => {
            candidates.union_with(&tail);
            Lookup::Candidates(candidates)
        }
        Lookup::Partly { hits, mut unsure } => {
            unsure.union_with(&tail);
            Lookup::Partly { hits, unsure }
        }
        Lookup::Unindexed => Lookup::Unindexed,
    }
}
