//! The command line.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use tidings::export::Format;
use tidings::text::clean;

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

    /// Neither read nor write the cache of parsed articles (every file is parsed).
    #[arg(long)]
    pub no_cache: bool,

    /// Start clean: do not restore the article, sort, filters and search of last time.
    #[arg(long)]
    pub fresh: bool,

    /// Start with the articles quoting this speaker, by full name in any case (repeat for any of
    /// several); the quotes view shows their quotes.
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

impl Cli {
    /// The command line of this process ([`Cli::parse_args`]).
    pub fn from_env() -> Cli {
        Cli::parse_args(std::env::args_os().collect())
    }

    /// Parses `args` (the program's name first). `--config FILE` is global, but clap reads any
    /// argument before a word as saying that the word is a PATH, not a subcommand
    /// (`args_conflicts_with_subcommands`, which keeps a subcommand from taking the reader's
    /// `--tag`): so `--config` options that alone come before a subcommand's name are moved
    /// after it, and `tidings --config FILE config` prints FILE's settings.
    pub fn parse_args(mut args: Vec<OsString>) -> Cli {
        let command = Cli::command();
        let mut at = 1;
        while let Some(arg) = args.get(at).and_then(|a| a.to_str()) {
            match arg {
                "--config" => at += 2,
                _ if arg.starts_with("--config=") => at += 1,
                _ => break,
            }
        }
        let word = args.get(at).and_then(|a| a.to_str());
        if at > 1 && at < args.len() && command.get_subcommands().any(|c| Some(c.get_name()) == word) {
            let name = args.remove(at);
            args.insert(1, name);
        }
        Cli::parse_from(args)
    }
}

/// The line to print for each of the reader's `paths` that does not exist:
/// `tidings: PATH: no such file or folder`, with a hint when PATH reads like a subcommand's
/// name mistyped (`tidings tag DIR` → `did you mean "tidings tags"?`). Empty when all exist.
pub fn missing_paths(paths: &[PathBuf]) -> Vec<String> {
    let command = Cli::command();
    let subcommands: Vec<&str> = command.get_subcommands().map(|c| c.get_name()).collect();
    paths
        .iter()
        .filter(|path| path.metadata().is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound))
        .map(|path| {
            let shown = clean(&path.display().to_string()).into_owned();
            match subcommand_like(&shown, &subcommands) {
                Some(name) => format!("tidings: {shown}: no such file or folder (did you mean \"tidings {name}\"?)"),
                None => format!("tidings: {shown}: no such file or folder"),
            }
        })
        .collect()
}

/// The subcommand a word is a likely typo of: one or two edits away, case aside; never a
/// path with a folder in it.
fn subcommand_like<'a>(word: &str, subcommands: &[&'a str]) -> Option<&'a str> {
    if word.contains(std::path::MAIN_SEPARATOR) || word.contains('/') {
        return None;
    }
    let word = word.to_lowercase();
    subcommands
        .iter()
        .map(|&name| (strsim::damerau_levenshtein(&word, name), name))
        .filter(|&(distance, name)| distance > 0 && distance <= 2 && distance < name.len())
        .min()
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_file_given_before_a_subcommand_is_the_subcommands() {
        let parse = |args: &[&str]| Cli::parse_args(args.iter().map(OsString::from).collect());
        let cli = parse(&["tidings", "--config", "my.toml", "config"]);
        assert!(matches!(cli.command, Some(Command::Config { default: false })));
        assert_eq!(cli.config.as_deref(), Some(std::path::Path::new("my.toml")));
        let cli = parse(&["tidings", "--config=my.toml", "tags", "news"]);
        assert!(matches!(cli.command, Some(Command::Tags { .. })));
        assert_eq!(cli.config.as_deref(), Some(std::path::Path::new("my.toml")));
        // The reader's own options still make a word after them a PATH.
        let cli = parse(&["tidings", "--fresh", "tags"]);
        assert!(cli.command.is_none());
        assert_eq!(cli.paths, [PathBuf::from("tags")]);
        let cli = parse(&["tidings", "--config", "my.toml", "news"]);
        assert!(cli.command.is_none());
        assert_eq!(cli.paths, [PathBuf::from("news")]);
    }

    #[test]
    fn a_missing_path_is_named_and_a_mistyped_subcommand_gets_a_hint() {
        let dir = tempfile::tempdir().unwrap();
        let lines = missing_paths(&[dir.path().to_path_buf(), PathBuf::from("tag"), dir.path().join("nope")]);
        assert_eq!(lines[0], "tidings: tag: no such file or folder (did you mean \"tidings tags\"?)");
        assert!(lines[1].ends_with("nope: no such file or folder"), "{}", lines[1]);
        assert_eq!(lines.len(), 2);
        assert_eq!(subcommand_like("prase", &["parse", "tags", "quotes"]), Some("parse"));
        assert_eq!(subcommand_like("Quote", &["parse", "tags", "quotes"]), Some("quotes"));
        assert_eq!(subcommand_like("news", &["parse", "tags", "quotes"]), None);
    }
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
