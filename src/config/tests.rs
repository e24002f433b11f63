use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier, Style};

use super::*;
use crate::app::keys::{HelpLine, Mode};
use crate::app::{Action, Keymap};
use crate::theme::Part;

fn press(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

fn problems(text: &str) -> Vec<String> {
    parse(text, "c.toml").problems
}

#[test]
fn a_rebound_key_does_the_action_its_old_key_does_not_and_the_help_says_so() {
    let config = parse("[keys]\nnext_match = \"x\"\ntoggle_quotes = []\n", "c.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    let keys = &config.keymap;
    assert_eq!(keys.action_for(press('x'), Mode::Normal), Some(Action::NextMatch));
    assert_eq!(keys.action_for(press('n'), Mode::Normal), None);
    assert_eq!(keys.action_for(press('Q'), Mode::Normal), None);
    // Only what is named changes.
    assert_eq!(keys.action_for(press('N'), Mode::Normal), Some(Action::PrevMatch));
    let help = keys.help_lines();
    assert!(help.contains(&HelpLine::Keys { keys: "x".into(), help: "next match in the body" }));
    assert!(!help.iter().any(|l| matches!(l, HelpLine::Keys { help, .. } if help.contains("quotes pane"))));
}

#[test]
fn modes_have_tables_of_their_own() {
    let config = parse("[keys.search]\ncancel = [\"Esc\", \"Ctrl-g\"]\n[keys.popup]\nback = \"x\"\n", "c.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    let ctrl_g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL);
    assert_eq!(config.keymap.action_for(ctrl_g, Mode::Search), Some(Action::Cancel));
    assert_eq!(config.keymap.action_for(press('x'), Mode::Popup), Some(Action::Back));
    assert_eq!(config.keymap.action_for(press('q'), Mode::Popup), None);
}

#[test]
fn each_problem_is_one_line_with_the_file_line_and_column() {
    assert_eq!(
        problems("[keys]\njump = \"x\"\n"),
        ["c.toml:2:1: unknown action `jump` (`tidings config --default` lists them)"]
    );
    assert_eq!(
        problems("[keys]\ninput = \"x\"\n")[0],
        "c.toml:2:1: unknown action `input` (`tidings config --default` lists them)"
    );
    let bad_key = problems("[keys]\nquit = [\"q\", \"Hyper-x\"]\n");
    assert_eq!(bad_key.len(), 1);
    assert!(bad_key[0].starts_with("c.toml:2:14: `Hyper-x` is not a key"), "{bad_key:?}");
    assert!(problems("[keys]\nquit = 3\n")[0].starts_with("c.toml:2:8: keys should be a string or an array"));
    assert_eq!(
        problems("[theme]\n\nquote = \"blurple\"\n")[0],
        "c.toml:3:9: quote: `blurple` is not a colour (a name such as yellow or light_blue, #rrggbb, or 0-255) \
         nor a modifier (bold, dim, italic, underline, underlined, reversed, crossed_out)"
    );
    assert_eq!(
        problems("[theme]\nbase = \"solarized\"\n"),
        ["c.toml:2:8: unknown theme `solarized` (the built-in themes are dark, light, mono)"]
    );
    assert!(problems("[theme]\nborders = \"red\"\n")[0].starts_with("c.toml:2:1: unknown part `borders`"));
    assert!(
        problems("[open]\nbrowser = \"firefox {url}\"\n")[0].starts_with("c.toml:2:11: should be an array of strings")
    );
    assert!(problems("[open]\npager = [\"less\"]\n")[0].starts_with("c.toml:2:9: should be an array"));
    assert!(problems("[colours]\n")[0].starts_with("c.toml:1:2: unknown section `colours`"));
    assert!(problems("keys = 1\n")[0].starts_with("c.toml:1:8: `keys` should be a table"));
    let toml = problems("[keys]\nquit = \"q\n");
    assert!(toml[0].starts_with("c.toml:2:10: invalid TOML: invalid basic string"), "{toml:?}");
}

#[test]
fn the_rest_of_a_file_with_a_problem_is_used() {
    let config = parse("[keys]\njump = \"x\"\nquit = \"Q\"\n[theme]\nquote = \"nope\"\nchip = \"red\"\n", "c.toml");
    assert_eq!(config.problems.len(), 2, "{:?}", config.problems);
    assert_eq!(config.keymap.action_for(press('Q'), Mode::Normal), Some(Action::Quit));
    assert_eq!(config.theme.style(Part::Chip), Style::new().fg(Color::Red));
    assert_eq!(config.theme.style(Part::Quote), Theme::dark().style(Part::Quote));
}

#[test]
fn a_wholly_broken_file_gives_the_defaults_and_says_so() {
    let config = parse("this is not toml at all ][\n", "c.toml");
    assert_eq!(config.keymap, Keymap::default());
    assert_eq!(config.theme, Theme::dark());
    assert!(config.problems.iter().any(|p| p == "c.toml: nothing could be read; the default config is in use"));
    assert!(config.summary().is_some_and(|s| s.starts_with("c.toml:1:")), "{:?}", config.summary());
}

#[test]
fn a_theme_starts_from_its_base_and_sets_parts() {
    let config = parse("[theme]\nbase = \"light\"\nquote = \"bold black on #ffe0a0\"\n", "c.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    assert_eq!(config.theme.style(Part::Chip), Theme::light().style(Part::Chip));
    assert_eq!(
        config.theme.style(Part::Quote),
        Style::new().fg(Color::Black).bg(Color::Rgb(255, 224, 160)).add_modifier(Modifier::BOLD)
    );
    assert_eq!(parse("[theme]\nbase = \"mono\"\n", "c").theme, Theme::mono());
}

#[test]
fn open_commands_are_argument_lists() {
    let config = parse("[open]\nbrowser = [\"w3m\", \"{url}\"]\npager = [\"bat\", \"{path}\"]\n", "c.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    assert_eq!(config.commands.browser, Some(vec!["w3m".to_string(), "{url}".to_string()]));
    assert_eq!(config.commands.pager, Some(vec!["bat".to_string(), "{path}".to_string()]));
}

#[test]
fn the_default_file_changes_nothing_and_uncommented_gives_the_defaults() {
    let text = default_file();
    let config = parse(&text, "default.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    assert_eq!((config.keymap, config.theme), (Keymap::default(), Theme::dark()));
    let uncommented: String = text
        .lines()
        .map(|l| if l.starts_with("## ") { l } else { l.strip_prefix("# ").unwrap_or(l) })
        .map(|l| format!("{l}\n"))
        .collect();
    let config = parse(&uncommented, "uncommented.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    assert_eq!(config.keymap.help_lines(), Keymap::default().help_lines());
    assert_eq!(config.theme, Theme::dark());
    assert!(config.commands.browser.is_some());
}

#[test]
fn the_file_is_found_by_flag_then_variable_then_xdg() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    };
    let both: &[(&str, &str)] = &[("TIDINGS_CONFIG", "/t/c.toml"), ("XDG_CONFIG_HOME", "/x")];
    assert_eq!(locate(Some(Path::new("f.toml")), env(both)), Some((PathBuf::from("f.toml"), true)));
    assert_eq!(locate(None, env(both)), Some((PathBuf::from("/t/c.toml"), true)));
    assert_eq!(locate(None, env(&[("XDG_CONFIG_HOME", "/x")])), Some((PathBuf::from("/x/tidings/config.toml"), false)));
}

#[test]
fn a_file_named_but_missing_is_a_problem() {
    let config = load(Some(Path::new("/nonexistent/tidings.toml")));
    assert!(config.problems[0].starts_with("/nonexistent/tidings.toml: cannot be read"), "{:?}", config.problems);
}

#[test]
fn the_quotes_view_and_its_pickers_are_rebound_like_any_other_keys() {
    let text = "[keys]\ntoggle_quotes_view = \"a\"\nclear_filters = []\n\
                [keys.speaker_source_picker]\ntoggle_pick = \"Tab\"\n[keys.dates]\ncancel = \"Ctrl-g\"\n";
    let config = parse(text, "c.toml");
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    let keys = &config.keymap;
    assert_eq!(keys.action_for(press('a'), Mode::Normal), Some(Action::ToggleQuotesView));
    assert_eq!(keys.action_for(press('"'), Mode::Normal), None);
    assert_eq!(keys.action_for(press('x'), Mode::Normal), None);
    let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(keys.action_for(tab, Mode::FacetPicker), Some(Action::TogglePick));
    let ctrl_g = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::CONTROL);
    assert_eq!(keys.action_for(ctrl_g, Mode::Dates), Some(Action::Cancel));
    let help = keys.help_lines();
    assert!(
        help.contains(&HelpLine::Keys { keys: "a".into(), help: "quotes view: every quote shown, by date / back" })
    );
    let unknown = problems("[keys.quotes]\nback = \"x\"\n");
    assert!(unknown[0].ends_with("(search, tag_picker, speaker_source_picker, dates, popup, prompt)"), "{unknown:?}");
}
