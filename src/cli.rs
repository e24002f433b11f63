//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// A terminal reader for news articles saved from web pages: text, HTML, feeds, scrapers' JSON.
///
/// With no PATH, opens the sample articles bundled with tidings.
#[derive(Debug, Parser)]
#[command(name = "tidings", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Start with this hashtag filter applied (repeat for several; they combine with AND).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

    /// Neither read nor write the cache of parsed articles (every file is parsed).
    #[arg(long)]
    pub no_cache: bool,

    /// Start clean: do not restore the article, sort, filters and search of last time.
    #[arg(long)]
    pub fresh: bool,

    /// Files or folders of articles (.txt pages, .html / .htm pages, gzipped too, RSS / Atom /
    /// JSON feeds, .json / .jsonl articles of tidings or of news scrapers).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print each article as one line of JSON (the model of FORMAT.md).
    Parse {
        /// One indented object (or an array for several articles).
        #[arg(long)]
        pretty: bool,
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print every hashtag with its article count: COUNT<TAB>TAG, most used first.
    Tags {
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print every quote: SPEAKER<TAB>TEXT<TAB>TITLE (`-` when the speaker is unknown).
    Quotes {
        /// Only quotes whose speaker contains NAME (any case).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// The reading state (read, starred), to keep machines in step through any file sync.
    State {
        #[command(subcommand)]
        action: StateAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum StateAction {
    /// Print every article's state as JSON Lines, each flag with when it was set.
    Export,
    /// Merge a file of `state export` into the state, the newer setting of each flag winning.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}
