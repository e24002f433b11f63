//! `tidings config --default`: a config file that changes nothing, every setting written out
//! as a comment with its default, generated from the same tables the reader uses.

use std::fmt::Write as _;

use ratatui::style::{Color, Modifier, Style};

use crate::app::keys::{BINDINGS, Key, Mode, key_label};
use crate::theme::{BUILT_IN, Part, Theme};

/// A TOML basic string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A colour as a style's words write it.
fn colour_word(colour: Color) -> String {
    match colour {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(n) => n.to_string(),
        named => {
            let debug = format!("{named:?}");
            let mut word = String::new();
            for (i, c) in debug.chars().enumerate() {
                if c.is_ascii_uppercase() && i > 0 {
                    word.push('_');
                }
                word.push(c.to_ascii_lowercase());
            }
            word
        }
    }
}

/// A style in the words [`crate::theme::parse_style`] reads.
pub fn style_words(style: Style) -> String {
    let mut words = Vec::new();
    for (name, modifier) in [
        ("bold", Modifier::BOLD),
        ("dim", Modifier::DIM),
        ("italic", Modifier::ITALIC),
        ("underline", Modifier::UNDERLINED),
        ("reversed", Modifier::REVERSED),
        ("crossed_out", Modifier::CROSSED_OUT),
    ] {
        if style.add_modifier.contains(modifier) {
            words.push(name.to_string());
        }
    }
    if let Some(fg) = style.fg {
        words.push(colour_word(fg));
    }
    if let Some(bg) = style.bg {
        words.push(format!("on {}", colour_word(bg)));
    }
    if words.is_empty() { "default".into() } else { words.join(" ") }
}

/// The commented default config.
pub fn default_file() -> String {
    let mut out = String::new();
    out.push_str(
        "## tidings config. Every setting below is commented out at its default: remove the `# `\n\
         ## before one to change it. Read from --config FILE, else $TIDINGS_CONFIG, else\n\
         ## $XDG_CONFIG_HOME/tidings/config.toml (the platform's config directory elsewhere).\n\n",
    );
    out.push_str(
        "## Keys: `action = \"key\"` or `action = [\"key\", \"key\"]`; `[]` unbinds the action. Naming an\n\
         ## action replaces its keys; a key it takes stops doing what it did. Keys: a character\n\
         ## (j, G, ?), Down, Up, Left, Right, Home, End, PgUp, PgDn, Tab, Shift-Tab, Enter, Esc,\n\
         ## Backspace, Delete, Space, F1-F12, Ctrl-letter. Ctrl-C always quits.\n",
    );
    for mode in Mode::ALL {
        if mode == Mode::Normal {
            out.push_str("[keys]\n");
        } else {
            let _ = writeln!(out, "\n## {}\n# [keys.{}]", mode.title(), mode.config_name());
        }
        for binding in BINDINGS.iter().filter(|b| b.mode == mode && !b.keys.contains(&Key::Text)) {
            let name = serde_json::to_value(binding.action).ok();
            let Some(name) = name.as_ref().and_then(|v| v.as_str()) else { continue };
            let keys: Vec<String> = binding.keys.iter().map(|&k| quoted(&key_label(k))).collect();
            let value = if keys.len() == 1 { keys[0].clone() } else { format!("[{}]", keys.join(", ")) };
            let _ = writeln!(out, "## {}\n# {name} = {value}", binding.help);
        }
    }
    let _ = writeln!(
        out,
        "\n## Colours. `base` is a built-in theme ({}); then any part's style, in words: colours\n\
         ## (names such as yellow or light_blue, #rrggbb, 0-255), `on` and a background colour,\n\
         ## and bold, dim, italic, underline, reversed, crossed_out. \"default\": the terminal's own.\n\
         [theme]\n# base = \"dark\"",
        BUILT_IN.join(", ")
    );
    let dark = Theme::dark();
    for part in Part::ALL {
        let _ = writeln!(out, "## {}\n# {} = {}", part.about(), part.name(), quoted(&style_words(dark.style(part))));
    }
    out.push_str(
        "\n## Programs, as argument lists run without a shell. The browser gets the URL as one\n\
         ## argument ({url}); by default the system's opener (xdg-open, open, start) is used. The\n\
         ## pager gets the article's file ({path}); by default $PAGER, else $EDITOR, else less.\n\
         [open]\n\
         # browser = [\"firefox\", \"--new-tab\", \"{url}\"]\n\
         # pager = [\"less\", \"-R\", \"{path}\"]\n",
    );
    out
}
