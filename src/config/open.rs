//! `[open]`: `browser = ["firefox", "--new-tab", "{url}"]`, `pager = ["less", "-R", "{path}"]`.
//! Argument vectors, run without a shell; the placeholder stands for one argument's text.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::outside::Commands;
use crate::outside::open::{PATH, URL};

use super::Problems;

/// The commands `[open]` sets.
pub fn read(table: &DeTable, problems: &mut Problems) -> Commands {
    let mut commands = Commands::default();
    for (name, value) in table {
        match name.get_ref().as_ref() {
            "browser" => commands.browser = argv(value, URL, problems),
            "pager" => commands.pager = argv(value, PATH, problems),
            other => problems.at(name.span(), format_args!("unknown command `{other}` (browser or pager)")),
        }
    }
    commands
}

/// A non-empty array of strings with `placeholder` in one of them.
fn argv(value: &Spanned<DeValue<'_>>, placeholder: &str, problems: &mut Problems) -> Option<Vec<String>> {
    let shape = format!("an array of strings such as [\"program\", \"{placeholder}\"] (no shell is run)");
    let Some(items) = value.get_ref().as_array() else {
        problems.at(value.span(), format_args!("should be {shape}"));
        return None;
    };
    let words: Option<Vec<String>> = items.iter().map(|item| item.get_ref().as_str().map(str::to_string)).collect();
    match words {
        Some(words)
            if words.first().is_some_and(|w| !w.is_empty()) && words.iter().any(|w| w.contains(placeholder)) =>
        {
            Some(words)
        }
        _ => {
            problems.at(value.span(), format_args!("should be {shape}"));
            None
        }
    }
}
