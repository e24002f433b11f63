//! The scripting subcommands: `parse`, `tags`, `quotes` and `speakers` (`commands/who.rs`),
//! `export` (`commands/export.rs`). They write to any `Write`, so tests run them without a process; the
//! binary passes stdout and stderr.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::PathBuf;

use rayon::prelude::*;

use crate::article::Article;
use crate::error::FileError;
use crate::json;
use crate::load::{self, Source};
use crate::text::clean;

mod export;
mod who;

pub use export::{ExportOptions, export};
pub use who::{ArticleFilter, QuoteQuery, quotes, speakers};

/// Sources read in parallel at a time: enough to keep both cores busy, few enough that
/// memory stays small and output starts at once.
const CHUNK: usize = 512;

/// What a subcommand reports besides its output.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub articles: usize,
    pub failures: usize,
}

/// Reads every file under `paths` in input order, a chunk at a time on all cores, calling
/// `each` with each file's articles. Failures go to `err` as `tidings: path: reason`.
fn for_each_file(
    paths: &[PathBuf],
    err: &mut dyn Write,
    mut each: impl FnMut(Vec<Article>) -> io::Result<()>,
) -> io::Result<Outcome> {
    let (files, errors) = load::find_files(paths);
    let mut outcome = Outcome::default();
    for error in &errors {
        report(err, error)?;
    }
    outcome.failures += errors.len();
    let sources: Vec<Source> = files.into_iter().map(Source::File).collect();
    for chunk in sources.chunks(CHUNK) {
        let results: Vec<_> = chunk.par_iter().map(load::read_source).collect();
        for result in results {
            match result {
                Ok(load::Loaded { articles, bad }) => {
                    outcome.articles += articles.len();
                    outcome.failures += bad.len();
                    for error in &bad {
                        report(err, error)?;
                    }
                    each(articles)?;
                }
                Err(error) => {
                    outcome.failures += 1;
                    report(err, &error)?;
                }
            }
        }
    }
    Ok(outcome)
}

/// `tidings: path: reason`, cleaned ([`clean`]): a file name may hold escape sequences.
pub fn report(err: &mut dyn Write, error: &FileError) -> io::Result<()> {
    writeln!(err, "tidings: {}", clean(&error.to_string()))
}

/// `tidings parse`: one compact JSON article per line, or with `pretty` one indented object
/// for a single article, else an indented array.
pub fn parse(paths: &[PathBuf], pretty: bool, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Outcome> {
    if !pretty {
        return for_each_file(paths, err, |articles| {
            for article in &articles {
                json::write_compact(&mut *out, article)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        });
    }
    let mut all = Vec::new();
    let outcome = for_each_file(paths, err, |articles| {
        all.extend(articles);
        Ok(())
    })?;
    match all.as_slice() {
        [] => {}
        [one] => json::write_pretty(&mut *out, one)?,
        many => json::write_pretty(&mut *out, many)?,
    }
    if !all.is_empty() {
        out.write_all(b"\n")?;
    }
    Ok(outcome)
}

/// `tidings tags`: `COUNT<TAB>TAG`, most used first, then by name. Tags differing only in
/// case are one tag, shown as first seen.
///
/// Only the tags are read (the light pass finds exactly the full parse's tags), on all cores
/// while the folders are still being walked; each core counts on its own, and the counts are
/// merged at the end, keeping for each tag the spelling of the first file in input order.
pub fn tags(paths: &[PathBuf], out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Outcome> {
    let tally = load::walk(paths)
        .enumerate()
        .par_bridge()
        .fold(Tally::default, |mut tally, (index, found)| {
            let read = match found {
                Ok(path) => load::read_tags(&Source::File(path)),
                Err(error) => {
                    tally.errors.push((false, index, error));
                    return tally;
                }
            };
            match read {
                Ok((lists, bad)) => {
                    tally.errors.extend(bad.into_iter().map(|error| (true, index, error)));
                    tally.articles += lists.len();
                    for tag in lists.into_iter().flatten() {
                        let entry = tally.counts.entry(tag.to_lowercase()).or_insert_with(|| (index, tag.clone(), 0));
                        if index < entry.0 {
                            (entry.0, entry.1) = (index, tag);
                        }
                        entry.2 += 1;
                    }
                }
                Err(error) => tally.errors.push((true, index, error)),
            }
            tally
        })
        .reduce(Tally::default, Tally::merge);
    let mut errors = tally.errors;
    // As `for_each_file` reports them: errors of the walk first, then files that failed.
    errors.sort_by_key(|&(read, index, _)| (read, index));
    for (_, _, error) in &errors {
        report(err, error)?;
    }
    let mut rows: Vec<(String, usize)> = tally.counts.into_values().map(|(_, tag, n)| (tag, n)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.to_lowercase().cmp(&b.0.to_lowercase())));
    for (tag, count) in rows {
        writeln!(out, "{count}\t{}", field(&tag))?;
    }
    Ok(Outcome { articles: tally.articles, failures: errors.len() })
}

/// What one core counted: lower-cased tag -> (first file, its spelling there, articles).
#[derive(Default)]
struct Tally {
    counts: HashMap<String, (usize, String, usize)>,
    articles: usize,
    /// (whether reading failed, not the walk; input order; what went wrong)
    errors: Vec<(bool, usize, FileError)>,
}

impl Tally {
    fn merge(self, other: Tally) -> Tally {
        let (mut big, small) = if self.counts.len() >= other.counts.len() { (self, other) } else { (other, self) };
        for (key, (index, tag, n)) in small.counts {
            let entry = big.counts.entry(key).or_insert_with(|| (index, tag.clone(), 0));
            if index < entry.0 {
                (entry.0, entry.1) = (index, tag);
            }
            entry.2 += n;
        }
        big.articles += small.articles;
        big.errors.extend(small.errors);
        big
    }
}

/// A field of a tab-separated record, cleaned ([`clean`]: a tab or line end becomes a space,
/// so a record stays one line; escape sequences go).
fn field(text: &str) -> std::borrow::Cow<'_, str> {
    clean(text)
}
