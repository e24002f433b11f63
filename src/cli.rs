//! The command line.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use tidings::export::Format;

/// A terminal reader for news articles saved from web pages: text, HTML, feeds, scrapers' JSON.
///
/// With no PATH, opens the sample articles bundled with tidings.
#[derive(Debug, Parser)]
#[command(name = "tidings", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Read keys, colours and commands from FILE instead of the usual config file
    /// ($TIDINGS_CONFIG, else $XDG_CONFIG_HOME/tidings/config.toml).
    #[arg(long, value_name = "FILE", global = true)]
    pub config: Option<PathBuf>,

    /// Start with this hashtag filter applied (repeat for several; they combine with AND).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,

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
    /// Write the articles (those with every --tag, and that --search finds) as JSON Lines,
    /// Markdown or CSV. JSON Lines loads back into tidings as the same articles.
    Export {
        #[arg(long, value_enum, default_value = "jsonl")]
        format: Format,
        /// Write to FILE instead of stdout; never to an input file.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE when it exists.
        #[arg(long)]
        force: bool,
        /// Only articles with this hashtag (any case; repeat for several, combined with AND).
        #[arg(long = "tag", value_name = "TAG")]
        tags: Vec<String>,
        /// Only articles whose title, body, captions or quotes hold TEXT (any case).
        #[arg(long, value_name = "TEXT")]
        search: Option<String>,
        #[arg(value_name = "PATH", required = true)]
        paths: Vec<PathBuf>,
    },
    /// Show where the config file is and what is wrong in it, or print a commented default.
    Config {
        /// Print a config file that changes nothing, every setting commented at its default.
        #[arg(long)]
        default: bool,
    },
}
