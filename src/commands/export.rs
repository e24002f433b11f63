//! `tidings export`: the articles under the paths, filtered by tags and a search, written as
//! JSON Lines, Markdown or CSV to stdout or to a file that is not one of the inputs.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::export::{self, Filter, Format};

use super::{Outcome, for_each_file};

/// What `tidings export` was asked for, besides the paths.
#[derive(Debug, Clone)]
pub struct ExportOptions<'a> {
    pub format: Format,
    /// The file to write (stdout when `None`).
    pub output: Option<&'a Path>,
    /// Replace `output` if it exists (never an input).
    pub force: bool,
    pub tags: &'a [String],
    pub search: Option<&'a str>,
}

/// `tidings export`: the articles `options` keep, in input order, to `options.output` or `out`.
pub fn export(
    paths: &[PathBuf],
    options: &ExportOptions,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Outcome> {
    if let Some(target) = options.output {
        export::check_target(target, paths, options.force).map_err(|e| io::Error::other(e.to_string()))?;
    }
    let filter = Filter::new(options.tags, options.search);
    let mut kept = Vec::new();
    let outcome = for_each_file(paths, err, |articles| {
        kept.extend(articles.into_iter().filter(|a| filter.keeps(a)));
        Ok(())
    })?;
    match options.output {
        Some(target) => {
            let file =
                File::create(target).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", target.display())))?;
            let mut file = BufWriter::new(file);
            export::write(&mut file, options.format, &kept)?;
        }
        None => export::write(out, options.format, &kept)?,
    }
    Ok(Outcome { articles: kept.len(), failures: outcome.failures })
}
