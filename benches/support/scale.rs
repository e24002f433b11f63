//! A reader with 100,000 articles loaded, for the benches: 2,000 generated pages parsed in
//! full, each repeated 50 times with its own number in the title (so sorting has work), and the
//! search index built as the loader builds it.

#![allow(dead_code)]

use std::time::Instant;

use rayon::prelude::*;
use tidings::app::{Action, App, LoadEvent, TimeSlice};
use tidings::article::store_together;
use tidings::corpus::{DateKey, Listed, TagInterner};
use tidings::index::{IndexBuilder, terms_of};
use tidings::{Article, parse};

use super::synth::Gen;

pub const ARTICLES: usize = 100_000;
const DISTINCT: usize = 2_000;
/// About as many articles as a loading core parses between two batches it sends (50 ms).
const LOADER_BATCH: usize = 200;

/// `n` generated pages (seed 1, as `gen_corpus` writes them).
pub fn pages(n: usize) -> Vec<String> {
    let mut g = Gen::new(1);
    (0..n).map(|_| g.page()).collect()
}

/// `n` articles parsed in full.
pub fn articles(n: usize) -> Vec<Article> {
    let parsed: Vec<Article> =
        pages(DISTINCT.min(n)).par_iter().filter_map(|p| parse::parse_page(p.as_bytes(), None).ok()).collect();
    (0..n)
        .map(|i| {
            let mut a = parsed[i % parsed.len()].clone();
            a.title = format!("{} {}", a.title, i / parsed.len());
            a
        })
        .collect()
}

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// A reader at `width`×`height` with `n` articles and the word index, as after loading.
pub fn app(n: usize, (width, height): (u16, u16)) -> App {
    let articles = articles(n);
    let terms: Vec<_> = articles.par_iter().map(terms_of).collect();
    // Bodies packed a batch to a block, as the loader's cores do.
    let batches: Vec<Vec<_>> = articles.par_chunks(LOADER_BATCH).map(|batch| store_together(batch.to_vec())).collect();
    let (mut interner, mut names, mut listed) = (TagInterner::default(), Vec::new(), Vec::with_capacity(n));
    for (article, tags) in batches.into_iter().flatten() {
        let tags = tags
            .into_iter()
            .map(|tag| {
                let (id, new) = interner.intern(&tag);
                if new {
                    names.push(tag);
                }
                id
            })
            .collect();
        let date = DateKey::of(article.published());
        listed.push(Listed { article, parsed: true, tags, date });
    }
    let mut builder = IndexBuilder::new(n);
    for (i, t) in terms.iter().enumerate() {
        builder.add(i as u32, t);
    }
    let mut app = App::new(Vec::new());
    app.update(Action::Resize { width, height }, now());
    app.on_load(LoadEvent::Read { articles: listed, new_tags: names, files: n }, now());
    app.on_load(LoadEvent::Indexed(Box::new(builder.finish(n))), now());
    app.on_load(LoadEvent::Finished, now());
    // The frequent grams, as the reader reads them between frames once loading is over.
    while app.reads_grams() {
        app.tick(now());
    }
    app
}
