//! `tidings quotes` and `tidings speakers`: who said what, for scripts, with the reader's
//! filters (dates, outlets, tags) and its merging of speakers (the same full name in two
//! articles is one speaker, `corpus::name_key`).

use std::io::{self, Write};
use std::path::PathBuf;

use serde::Serialize;

use super::{Outcome, field, for_each_file};
use crate::article::Article;
use crate::corpus::{DateRange, NameTable, name_key};
use crate::json;

/// Which articles' quotes are read: all of `dates`, from one of `sources` (by name in any
/// case or spacing; any when empty), with every one of `tags` (in any case).
#[derive(Debug, Clone, Default)]
pub struct ArticleFilter {
    pub dates: DateRange,
    pub sources: Vec<String>,
    pub tags: Vec<String>,
}

impl ArticleFilter {
    /// The filter, with the names folded once.
    fn folded(&self) -> Folded {
        let key = |name: &String| {
            let mut out = String::new();
            name_key(name, &mut out);
            out
        };
        Folded {
            dates: self.dates,
            sources: self.sources.iter().map(key).collect(),
            tags: self.tags.iter().map(|t| t.trim().to_lowercase()).collect(),
        }
    }
}

struct Folded {
    dates: DateRange,
    sources: Vec<String>,
    tags: Vec<String>,
}

impl Folded {
    fn keeps(&self, article: &Article) -> bool {
        if !self.dates.contains(article.published.as_deref()) {
            return false;
        }
        if !self.sources.is_empty() {
            let mut key = String::new();
            name_key(article.source.as_deref().unwrap_or(""), &mut key);
            if key.is_empty() || !self.sources.contains(&key) {
                return false;
            }
        }
        let tags: Vec<String> =
            if self.tags.is_empty() { Vec::new() } else { article.tags.iter().map(|t| t.to_lowercase()).collect() };
        self.tags.iter().all(|wanted| tags.contains(wanted))
    }
}

/// How `tidings quotes` prints and which quotes.
#[derive(Debug, Clone, Default)]
pub struct QuoteQuery {
    /// Only quotes whose speaker contains this (any case).
    pub speaker: Option<String>,
    pub articles: ArticleFilter,
    /// One JSON object a line instead of `SPEAKER<TAB>TEXT<TAB>TITLE`.
    pub json: bool,
}

/// A quote as `tidings quotes --json` prints it.
#[derive(Serialize)]
struct QuoteLine<'a> {
    speaker: Option<&'a str>,
    text: &'a str,
    article_id: &'a str,
    title: &'a str,
    source: Option<&'a str>,
    published: Option<&'a str>,
    url: Option<&'a str>,
    path: Option<&'a str>,
    paragraph: usize,
}

/// `tidings quotes`: every quote of the articles the filter keeps, in input order:
/// `speaker<TAB>text<TAB>title` (`-` for an unknown speaker), or with `json` one object a
/// line; with `speaker` only quotes whose speaker contains it (any case).
pub fn quotes(paths: &[PathBuf], query: &QuoteQuery, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Outcome> {
    let wanted = query.speaker.as_deref().map(str::to_lowercase);
    let filter = query.articles.folded();
    for_each_file(paths, err, |articles| {
        for article in articles.iter().filter(|a| filter.keeps(a)) {
            for quote in &article.quotes {
                let speaker = quote.speaker.as_deref();
                if wanted.as_ref().is_some_and(|w| !speaker.is_some_and(|s| s.to_lowercase().contains(w))) {
                    continue;
                }
                if query.json {
                    let line = QuoteLine {
                        speaker,
                        text: &quote.text,
                        article_id: &article.id,
                        title: &article.title,
                        source: article.source.as_deref(),
                        published: article.published.as_deref(),
                        url: article.url.as_deref(),
                        path: article.path.as_deref(),
                        paragraph: quote.paragraph,
                    };
                    json::write_compact(&mut *out, &line)?;
                    out.write_all(b"\n")?;
                } else {
                    let who = speaker.unwrap_or("-");
                    writeln!(out, "{}\t{}\t{}", field(who), field(&quote.text), field(&article.title))?;
                }
            }
        }
        Ok(())
    })
}

/// `tidings speakers`: `COUNT<TAB>SPEAKER` for the quotes of the articles the filter keeps,
/// most quoted first, then by name; a speaker is spelled as in the first file that names them,
/// and `-` counts the quotes whose speaker is unknown.
pub fn speakers(
    paths: &[PathBuf],
    filter: &ArticleFilter,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    let filter = filter.folded();
    let mut names = NameTable::new("-");
    let mut counts: Vec<usize> = vec![0];
    let outcome = for_each_file(paths, err, |articles| {
        for article in articles.iter().filter(|a| filter.keeps(a)) {
            for quote in &article.quotes {
                let id = quote.speaker.as_deref().map_or(0, |name| names.intern(name)) as usize;
                if id >= counts.len() {
                    counts.resize(id + 1, 0);
                }
                counts[id] += 1;
            }
        }
        Ok(())
    })?;
    let mut rows: Vec<(usize, usize)> = counts.into_iter().enumerate().filter(|&(_, n)| n > 0).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| names.folded(a.0 as u32).cmp(names.folded(b.0 as u32))));
    for (id, count) in rows {
        writeln!(out, "{count}\t{}", field(names.name(id as u32)))?;
    }
    Ok(outcome)
}
