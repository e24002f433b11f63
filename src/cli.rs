//! The command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

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

    /// Start with the articles quoting this speaker, by full name in any case (repeat for any of
    /// several); the quotes view (v) shows their quotes.
    #[arg(long = "speaker", value_name = "NAME")]
    pub speakers: Vec<String>,

    /// Start with the articles of this outlet, in any case (repeat for any of several).
    #[arg(long = "source", value_name = "NAME")]
    pub sources: Vec<String>,

    /// Start with the articles published from the first day of DATE on: 2026, 2026-01,
    /// 2026-01-14, "Jan 2026", "last 7 days", "this month", "yesterday".
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,

    /// Start with the articles published up to the last day of DATE (as for --since).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,

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
    /// Print every quote: SPEAKER<TAB>TEXT<TAB>TITLE (`-` when the speaker is unknown), or
    /// with --json one object a line.
    Quotes {
        /// Only quotes whose speaker contains NAME (any case).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        /// One JSON object a line: speaker, text, article_id, title, source, published, url,
        /// path, paragraph.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        filters: ArticleFilters,
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print every speaker with the number of quotes: COUNT<TAB>SPEAKER, most quoted first
    /// (`-` counts the quotes whose speaker is unknown). The same full name in two articles is
    /// one speaker.
    Speakers {
        #[command(flatten)]
        filters: ArticleFilters,
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
}

/// Which articles' quotes `quotes` and `speakers` read.
#[derive(Debug, Args)]
pub struct ArticleFilters {
    /// Only articles published from the first day of DATE on: 2026, 2026-01, 2026-01-14,
    /// "Jan 2026", "last 7 days", "this month", "yesterday".
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only articles published up to the last day of DATE (as for --since).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only articles of this outlet, in any case (repeat for any of several).
    #[arg(long = "source", value_name = "NAME")]
    pub sources: Vec<String>,
    /// Only articles with this hashtag, in any case (repeat: every one of them).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}
