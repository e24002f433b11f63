//! A reader with 100,000 articles loaded, for the benches: 2,000 generated pages parsed in
//! full, each repeated 50 times with its own number in the title (so sorting has work), and the
//! search index built as the loader builds it.

#![allow(dead_code)]

use rayon::prelude::*;
use tidings::app::{Action, App};
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

/// A reader at `width`×`height` with `n` articles and the word index, as after loading.
pub fn app(n: usize, (width, height): (u16, u16)) -> App {
    let mut articles = articles(n);
    let terms: Vec<_> = articles.par_iter().map(terms_of).collect();
    // Bodies packed a batch to a block, as the loader's cores do.
    articles.par_chunks_mut(LOADER_BATCH).for_each(|batch| {
        let mut batch: Vec<&mut Article> = batch.iter_mut().collect();
        tidings::article::pack_together(&mut batch);
    });
    let mut builder = IndexBuilder::new(n);
    for (i, t) in terms.iter().enumerate() {
        builder.add(i as u32, t);
    }
    let mut app = App::with_articles(articles, (width, height));
    app.corpus.set_index(builder.finish(n));
    // The frequent grams, as the reader reads them between frames once loading is over.
    while app.corpus.read_for_grams(4096) {}
    app.update(Action::Resize { width, height });
    app
}
