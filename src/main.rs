//! The `tidings` binary: parse the command line, run a subcommand or the reader.

// As in the library (src/lib.rs): errors become one line and an exit code, never a panic.
#![warn(clippy::unwrap_used, clippy::expect_used)]

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};
use tidings::commands::{self, Outcome};

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
        Some(Command::Quotes { speaker, paths }) => commands::quotes(paths, speaker.as_deref(), &mut out, &mut err),
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

fn reader(cli: &Cli) -> ExitCode {
    let config = tidings::config::load(cli.config.as_deref());
    // Left on the screen the reader returns to; the status bar says it too.
    for problem in &config.problems {
        eprintln!("tidings: {problem}");
    }
    match tidings::reader::run(cli.paths.clone(), cli.tags.clone(), config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tidings: {e}");
            ExitCode::from(1)
        }
    }
}
