//! `[keys]`: `action = "key"` or `action = ["key", …]` (`[]` unbinds it) for the reading keys,
//! and the same in `[keys.search]`, `[keys.tag_picker]`, `[keys.speaker_source_picker]`,
//! `[keys.dates]`, `[keys.popup]` and `[keys.prompt]`.
//! Actions are named as [`Action`] serialises them (`next_match`); only the actions named
//! change.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::app::keymap::{is_bindable, parse_key};
use crate::app::keys::Key;
use crate::app::{Action, Keymap, Mode};

use super::{Problems, string};

/// Applies `[keys]` to `keymap`.
pub fn read(table: &DeTable, keymap: &mut Keymap, problems: &mut Problems) {
    read_mode(table, Mode::Normal, keymap, problems);
}

fn read_mode(table: &DeTable, mode: Mode, keymap: &mut Keymap, problems: &mut Problems) {
    for (name, value) in table {
        let name_text: &str = name.get_ref();
        if let DeValue::Table(inner) = value.get_ref() {
            match Mode::ALL.into_iter().find(|m| m.config_name() == name_text && *m != Mode::Normal) {
                Some(inner_mode) if mode == Mode::Normal => read_mode(inner, inner_mode, keymap, problems),
                _ => {
                    let tables: Vec<&str> =
                        Mode::ALL.iter().filter(|m| **m != Mode::Normal).map(|m| m.config_name()).collect();
                    problems
                        .at(name.span(), format_args!("`{name_text}` is not a mode's table ({})", tables.join(", ")))
                }
            }
            continue;
        }
        let Some(action) = action_named(name_text) else {
            problems
                .at(name.span(), format_args!("unknown action `{name_text}` (`tidings config --default` lists them)"));
            continue;
        };
        if let Some(keys) = keys_of(value, problems) {
            keymap.bind(mode, action, keys);
        }
    }
}

/// The action a config names, if a key can do it.
fn action_named(name: &str) -> Option<Action> {
    let action: Action = serde_json::from_value(serde_json::Value::String(name.to_string())).ok()?;
    is_bindable(action).then_some(action)
}

/// The keys of a value: a string or an array of strings. A bad key is a problem and is left
/// out; the others are bound.
fn keys_of(value: &Spanned<DeValue<'_>>, problems: &mut Problems) -> Option<Vec<Key>> {
    let one = |item: &Spanned<DeValue<'_>>, problems: &mut Problems| {
        let text = string(item, "a key", problems)?;
        parse_key(text).map_err(|why| problems.at(item.span(), why)).ok()
    };
    match value.get_ref() {
        DeValue::Array(items) => Some(items.iter().filter_map(|item| one(item, problems)).collect()),
        DeValue::String(_) => one(value, problems).map(|key| vec![key]),
        other => {
            problems.at(
                value.span(),
                format_args!("keys should be a string or an array of strings, not {}", other.type_str()),
            );
            None
        }
    }
}
