//! The `tidings` binary: parse the command line, run a subcommand or the reader.

// As in the library (src/lib.rs): errors become one line and an exit code, never a panic.
#![warn(clippy::unwrap_used, clippy::expect_used)]

mod cli;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use cli::{ArticleFilters, Cli, Command, StateAction};
use tidings::app::StartFilters;
use tidings::commands::{self, ArticleFilter, Outcome, QuoteQuery};
use tidings::corpus::{DateError, DateRange};
use tidings::store::state;
use tidings::text::clean;

/// jemalloc rather than the system allocator: loading an archive allocates a few small strings
/// per article on the loading threads and frees many of them on others, where glibc's malloc
/// waits on its arenas' locks. jemalloc's thread caches do not; mimalloc's do not either, but
/// it keeps more memory, which the peak-memory target cannot spare (docs/performance.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let cli = Cli::from_env();
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
        Some(Command::Export { format, output, force, tags, search, paths }) => {
            let options = commands::ExportOptions {
                format: *format,
                output: output.as_deref(),
                force: *force,
                tags,
                search: search.as_deref(),
            };
            commands::export(paths, &options, &mut out, &mut err)
        }
        Some(Command::Config { default }) => config(cli.config.as_deref(), *default, &mut out),
        Some(Command::State { action: StateAction::Export }) => {
            state_command(state::export_dir(&mut out).map(|articles| Outcome { articles, failures: 0 }))
        }
        Some(Command::State { action: StateAction::Import { file } }) => {
            state_command(state::import_file(file).map(|report| {
                for (line, why) in &report.bad {
                    eprintln!("tidings: {}:{line}: {why}", file.display());
                }
                eprintln!("tidings: {} articles read, {} changed", report.rows, report.changed);
                Outcome { articles: report.rows, failures: report.bad.len() }
            }))
        }
        None => {
            drop(out);
            return reader(&cli);
        }
    };
    let result = result.and_then(|outcome| out.flush().map(|()| outcome));
    exit_code(result)
}

/// A state subcommand's outcome as the others': its error one line on stderr.
fn state_command(result: Result<Outcome, state::StateError>) -> io::Result<Outcome> {
    result.map_err(|error| match error {
        state::StateError::Io(error) => error,
        other => io::Error::other(other.to_string()),
    })
}

fn exit_code(result: io::Result<Outcome>) -> ExitCode {
    match result {
        Ok(outcome) if outcome.failures > 0 => ExitCode::from(1),
        Ok(_) => ExitCode::SUCCESS,
        // `tidings parse dir | head` is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tidings: {}", clean(&e.to_string()));
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
        ExitCode::from(USAGE)
    })
}

/// A date flag read, or the exit code of bad usage after saying what is wrong with it.
fn flag(name: &str, read: Option<Result<NaiveDate, DateError>>) -> Result<Option<NaiveDate>, ExitCode> {
    read.transpose().map_err(|e| {
        eprintln!("tidings: --{name}: {e}");
        ExitCode::from(USAGE)
    })
}

fn article_filter(filters: &ArticleFilters) -> Result<ArticleFilter, ExitCode> {
    let dates = date_range(filters.since.as_deref(), filters.until.as_deref())?;
    Ok(ArticleFilter { dates, sources: filters.sources.clone(), tags: filters.tags.clone() })
}

/// `tidings config`: the commented default, or where the config is and its problems.
fn config(file: Option<&std::path::Path>, default: bool, out: &mut dyn Write) -> io::Result<Outcome> {
    if default {
        out.write_all(tidings::config::default_file().as_bytes())?;
        return Ok(Outcome::default());
    }
    let config = tidings::config::load(file);
    match &config.file {
        Some(path) => writeln!(out, "{}", path.display())?,
        None => writeln!(out, "no config file: the defaults are in use (`tidings config --default` prints one)")?,
    }
    for problem in &config.problems {
        eprintln!("tidings: {problem}");
    }
    Ok(Outcome { articles: 0, failures: config.problems.len() })
}

/// Bad usage, said before the screen opens: exit status 2, as clap's own errors.
const USAGE: u8 = 2;

/// The reader, once its paths exist and stdout is a terminal; 1 when some files failed to
/// load, as the subcommands.
fn reader(cli: &Cli) -> ExitCode {
    let missing = cli::missing_paths(&cli.paths);
    if !missing.is_empty() {
        missing.iter().for_each(|line| eprintln!("{line}"));
        return ExitCode::from(USAGE);
    }
    let dates = match date_range(cli.since.as_deref(), cli.until.as_deref()) {
        Ok(dates) => dates,
        Err(code) => return code,
    };
    if !io::stdout().is_terminal() {
        eprintln!(
            "tidings: the reader needs a terminal on its standard output; to print the articles instead, \
             run \"tidings parse PATH...\" (one JSON article per line)"
        );
        return ExitCode::from(USAGE);
    }
    let config = tidings::config::load(cli.config.as_deref());
    // Left on the screen the reader returns to; the status bar says it too.
    for problem in &config.problems {
        eprintln!("tidings: {problem}");
    }
    let options = tidings::reader::Options {
        paths: cli.paths.clone(),
        tags: cli.tags.clone(),
        no_cache: cli.no_cache,
        fresh: cli.fresh,
        start: StartFilters { speakers: cli.speakers.clone(), sources: cli.sources.clone(), dates },
    };
    let result = tidings::reader::run(options, config);
    if let Ok(outcome) = &result
        && outcome.failures > 0
    {
        eprintln!(
            "tidings: {} file(s) or record(s) could not be read (`e` in the reader lists them)",
            outcome.failures
        );
    }
    exit_code(result)
}
