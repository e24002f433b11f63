//! The config file: `[keys]` (the keys of each action), `[theme]` (the colours) and `[open]`
//! (the browser and pager commands). Found at `--config FILE`, else `$TIDINGS_CONFIG`, else
//! `$XDG_CONFIG_HOME/tidings/config.toml`, else the platform's config directory. Every problem
//! is one line, `FILE:LINE:COLUMN: what`, and what is right in the file is used all the same.

mod default_file;
mod keys;
mod open;
mod theme;

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::app::Keymap;
use crate::outside::Commands;
use crate::theme::Theme;

pub use default_file::default_file;

/// The config as read: what it sets (defaults elsewhere) and what was wrong in it.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    pub commands: Commands,
    /// One line per problem: `FILE:LINE:COLUMN: what`.
    pub problems: Vec<String>,
    /// The file read, if one was.
    pub file: Option<PathBuf>,
}

impl Config {
    /// What the status bar says about the config when something was wrong: the first problem,
    /// and how many more.
    pub fn summary(&self) -> Option<String> {
        let first = self.problems.first()?;
        Some(match self.problems.len() {
            1 => first.clone(),
            n => format!("{first} (and {} more config problems)", n - 1),
        })
    }
}

/// Where the config file is: `explicit` (`--config`), else `$TIDINGS_CONFIG`, else
/// `$XDG_CONFIG_HOME/tidings/config.toml`, else the platform's config directory; `env` reads
/// the environment. The second value says whether the file was asked for by name (then a
/// missing file is a problem, not the usual case).
pub fn locate(explicit: Option<&Path>, env: impl Fn(&str) -> Option<String>) -> Option<(PathBuf, bool)> {
    if let Some(path) = explicit {
        return Some((path.to_path_buf(), true));
    }
    if let Some(path) = env("TIDINGS_CONFIG").filter(|p| !p.is_empty()) {
        return Some((PathBuf::from(path), true));
    }
    let xdg = env("XDG_CONFIG_HOME").map(PathBuf::from).filter(|p| p.is_absolute());
    let dir = xdg.or_else(dirs::config_dir)?;
    Some((dir.join("tidings").join("config.toml"), false))
}

/// Reads the config from where [`locate`] finds it (defaults when there is none).
pub fn load(explicit: Option<&Path>) -> Config {
    let Some((path, named)) = locate(explicit, |var| std::env::var(var).ok()) else {
        return Config::default();
    };
    match std::fs::read(&path) {
        Ok(bytes) => {
            let name = path.display().to_string();
            let mut config = match String::from_utf8(bytes) {
                Ok(text) => parse(&text, &name),
                Err(_) => Config {
                    problems: vec![format!("{name}:1:1: not UTF-8 text; the default config is in use")],
                    ..Config::default()
                },
            };
            config.file = Some(path);
            config
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !named => Config::default(),
        Err(e) => Config {
            problems: vec![format!("{}: cannot be read ({e}); the default config is in use", path.display())],
            ..Config::default()
        },
    }
}

/// Problems found in one file, each placed by its byte span.
pub(crate) struct Problems<'a> {
    text: &'a str,
    file: &'a str,
    lines: Vec<String>,
}

impl<'a> Problems<'a> {
    fn new(text: &'a str, file: &'a str) -> Self {
        Problems { text, file, lines: Vec::new() }
    }

    /// Notes `what` at the start of `span`: `FILE:LINE:COLUMN: what` (1-based; columns in
    /// characters).
    pub(crate) fn at(&mut self, span: Range<usize>, what: impl std::fmt::Display) {
        let start = span.start.min(self.text.len());
        let start = (0..=start).rev().find(|&i| self.text.is_char_boundary(i)).unwrap_or(0);
        let before = &self.text[..start];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        // What the file says is shown, not obeyed: no control character reaches the terminal.
        let what = crate::text::clean(&what.to_string()).into_owned();
        self.lines.push(format!("{}:{line}:{column}: {what}", self.file));
    }
}

/// The sections a config file may have.
const SECTIONS: [&str; 3] = ["keys", "theme", "open"];

/// Reads a config file's `text`; `file` names it in the problems.
pub fn parse(text: &str, file: &str) -> Config {
    let mut problems = Problems::new(text, file);
    let (table, errors) = DeTable::parse_recoverable(text);
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        let message = error.message().lines().next().unwrap_or("invalid TOML").trim_end_matches('.');
        problems.at(span, format_args!("invalid TOML: {message}"));
    }
    let table = table.into_inner();
    let mut config = Config::default();
    if !errors.is_empty() && table.is_empty() {
        problems.lines.push(format!("{file}: nothing could be read; the default config is in use"));
    }
    for (name, value) in &table {
        let span = name.span();
        match (name.get_ref().as_ref(), value.get_ref()) {
            ("keys", DeValue::Table(keys)) => keys::read(keys, &mut config.keymap, &mut problems),
            ("theme", DeValue::Table(theme)) => config.theme = theme::read(theme, &mut problems),
            ("open", DeValue::Table(open)) => config.commands = open::read(open, &mut problems),
            (section, _) if SECTIONS.contains(&section) => {
                problems.at(value.span(), format_args!("`{section}` should be a table ([{section}])"))
            }
            (other, _) => {
                problems.at(span, format_args!("unknown section `{other}` (the sections are keys, theme and open)"))
            }
        }
    }
    config.problems = problems.lines;
    config
}

/// The text of a string value, or a problem at it.
pub(crate) fn string<'v>(value: &'v Spanned<DeValue<'_>>, what: &str, problems: &mut Problems) -> Option<&'v str> {
    let text = value.get_ref().as_str();
    if text.is_none() {
        problems.at(value.span(), format_args!("{what} should be a string, not {}", value.get_ref().type_str()));
    }
    text
}

#[cfg(test)]
mod tests;
