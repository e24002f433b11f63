//! The `tidings` binary: parse the command line, run a subcommand or the reader.

// As in the library (src/lib.rs): errors become one line and an exit code, never a panic.
#![warn(clippy::unwrap_used, clippy::expect_used)]

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use chrono::NaiveDate;
use cli::{ArticleFilters, Cli, Command};
use tidings::app::StartFilters;
use tidings::commands::{self, ArticleFilter, Outcome, QuoteQuery};
use tidings::corpus::{DateError, DateRange};

/// jemalloc rather than the system allocator: loading an archive allocates a few small strings
/// per article on the loading threads and frees many of them on others, where glibc's malloc
/// waits on its arenas' locks. jemalloc's thread caches do not; mimalloc's do not either, but
/// it keeps more memory, which the peak-memory target cannot spare (docs/performance.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = io::stderr();
    let result = match &cli.command {
        Some(Command::Parse { pretty, paths }) => commands::parse(paths, *pretty, &mut out, &mut err),
        Some(Command::Tags { paths }) => commands::tags(paths, &mut out, &mut err),
        Some(Command::Quotes { speaker, json, filters, paths }) => match article_filter(filters) {
            Ok(articles) => {
                let query = QuoteQuery { speaker: speaker.clone(), articles, json: *json };
                commands::quotes(paths, &query, &mut out, &mut err)
            }
            Err(code) => return code,
        },
        Some(Command::Speakers { filters, paths }) => match article_filter(filters) {
            Ok(filter) => commands::speakers(paths, &filter, &mut out, &mut err),
            Err(code) => return code,
        },
        None => {
            drop(out);
            return reader(&cli);
        }
    };
    let result = result.and_then(|outcome| out.flush().map(|()| outcome));
    exit_code(result)
}

fn exit_code(result: io::Result<Outcome>) -> ExitCode {
    match result {
        Ok(outcome) if outcome.failures > 0 => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        // `tidings parse dir | head` is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tidings: {e}");
            ExitCode::from(1)
        }
    }
}

/// `--since` and `--until` as a range of days (relative ones from today's date here), or the
/// exit code of bad usage after saying what is wrong.
fn date_range(since: Option<&str>, until: Option<&str>) -> Result<DateRange, ExitCode> {
    let today = Some(chrono::Local::now().date_naive());
    let since = flag("since", since.map(|t| DateRange::parse_since(t, today)))?;
    let until = flag("until", until.map(|t| DateRange::parse_until(t, today)))?;
    DateRange { since, until }.checked().map_err(|e| {
        eprintln!("tidings: --since, --until: {e}");
        ExitCode::from(2)
    })
}

/// A date flag read, or the exit code of bad usage after saying what is wrong with it.
fn flag(name: &str, read: Option<Result<NaiveDate, DateError>>) -> Result<Option<NaiveDate>, ExitCode> {
    read.transpose().map_err(|e| {
        eprintln!("tidings: --{name}: {e}");
        ExitCode::from(2)
    })
}

fn article_filter(filters: &ArticleFilters) -> Result<ArticleFilter, ExitCode> {
    let dates = date_range(filters.since.as_deref(), filters.until.as_deref())?;
    Ok(ArticleFilter { dates, sources: filters.sources.clone(), tags: filters.tags.clone() })
}

fn reader(cli: &Cli) -> ExitCode {
    let dates = match date_range(cli.since.as_deref(), cli.until.as_deref()) {
        Ok(dates) => dates,
        Err(code) => return code,
    };
    let start = StartFilters { speakers: cli.speakers.clone(), sources: cli.sources.clone(), dates };
    match tidings::reader::run(cli.paths.clone(), cli.tags.clone(), start) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tidings: {e}");
            ExitCode::from(1)
        }
    }
}
