//! Key and mouse events -> [`Action`]. The default table below is where the reader's keys start:
//! a config file's `[keys]` changes a copy of it ([`Keymap`](super::keymap::Keymap)), which key
//! handling looks keys up in and the help overlay is generated from.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind};

use super::action::Action;

/// What the keyboard is talking to; each has its own bindings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The list, the body and the quotes pane.
    Normal,
    /// Typing a search.
    Search,
    /// The tag picker popup: letters narrow the tag list.
    TagPicker,
    /// The help or error popup.
    Popup,
    /// Typing the name of a file to write the articles shown to.
    Prompt,
}

impl Mode {
    pub const ALL: [Mode; 5] = [Mode::Normal, Mode::Search, Mode::TagPicker, Mode::Popup, Mode::Prompt];

    pub fn title(self) -> &'static str {
        match self {
            Mode::Normal => "Reading",
            Mode::Search => "Typing a search (/)",
            Mode::TagPicker => "Tag picker (t)",
            Mode::Popup => "Help, error and warning popups",
            Mode::Prompt => "Naming a file to write (E)",
        }
    }

    /// The name of the mode's table in a config file (`[keys.search]`); reading keys are
    /// `[keys]` itself.
    pub fn config_name(self) -> &'static str {
        match self {
            Mode::Normal => "reading",
            Mode::Search => "search",
            Mode::TagPicker => "tag_picker",
            Mode::Popup => "popup",
            Mode::Prompt => "prompt",
        }
    }
}

/// One key of a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Plain(KeyCode),
    Ctrl(char),
    /// Any printable character, given to [`Action::Input`].
    Text,
}

/// A row of the key table: these keys, in this mode, do this.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub mode: Mode,
    pub keys: &'static [Key],
    pub action: Action,
    pub help: &'static str,
}

use Key::{Ctrl, Plain, Text};
use KeyCode::{
    BackTab, Backspace, Char, Delete, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Tab, Up,
};

const fn bind(mode: Mode, keys: &'static [Key], action: Action, help: &'static str) -> Binding {
    Binding { mode, keys, action, help }
}

/// The default keys. Earlier rows win, so a mode's specific keys come before its `Text` row.
pub const BINDINGS: &[Binding] = &[
    bind(Mode::Normal, &[Plain(Char('j')), Plain(Down)], Action::Down, "down: next article, scroll, next quote"),
    bind(Mode::Normal, &[Plain(Char('k')), Plain(Up)], Action::Up, "up: previous article, scroll, previous quote"),
    bind(Mode::Normal, &[Plain(Char('g')), Plain(Home)], Action::Top, "to the top"),
    bind(Mode::Normal, &[Plain(Char('G')), Plain(End)], Action::Bottom, "to the bottom"),
    bind(Mode::Normal, &[Plain(PageUp)], Action::PageUp, "page up"),
    bind(Mode::Normal, &[Plain(PageDown), Plain(Char(' '))], Action::PageDown, "page down"),
    bind(Mode::Normal, &[Plain(Tab)], Action::FocusNext, "focus: list -> body -> quotes"),
    bind(Mode::Normal, &[Plain(BackTab)], Action::FocusPrev, "focus backwards"),
    bind(Mode::Normal, &[Plain(Enter)], Action::Open, "open the article / jump to the quote"),
    bind(Mode::Normal, &[Plain(Esc)], Action::Back, "back to the list / clear the search"),
    bind(Mode::Normal, &[Plain(Char('Q'))], Action::ToggleQuotes, "show or hide the quotes pane"),
    bind(Mode::Normal, &[Plain(Char('t'))], Action::OpenTagPicker, "tag picker"),
    bind(Mode::Normal, &[Plain(Char('T'))], Action::ClearTags, "clear the tag filter"),
    bind(Mode::Normal, &[Plain(Char('o'))], Action::ToggleTagMode, "tags combine with AND / OR"),
    bind(Mode::Normal, &[Plain(Char('/'))], Action::StartSearch, "search title, body, captions, quotes"),
    bind(Mode::Normal, &[Plain(Char('n'))], Action::NextMatch, "next match in the body"),
    bind(Mode::Normal, &[Plain(Char('N'))], Action::PrevMatch, "previous match in the body"),
    bind(Mode::Normal, &[Plain(Char('s'))], Action::CycleSort, "sort: newest, oldest, title, source"),
    // Reading state (issue 15): marks, views by them, and reading the folders again.
    bind(Mode::Normal, &[Plain(Char('m'))], Action::ToggleRead, "mark read / unread"),
    bind(Mode::Normal, &[Plain(Char('*'))], Action::ToggleStar, "star / unstar"),
    bind(Mode::Normal, &[Plain(Char('M'))], Action::MarkShownRead, "mark every article shown as read"),
    bind(Mode::Normal, &[Plain(Char('u'))], Action::NextUnread, "next unread article"),
    bind(Mode::Normal, &[Plain(Char('1'))], Action::ShowAll, "view: all articles"),
    bind(Mode::Normal, &[Plain(Char('2'))], Action::ShowUnread, "view: unread only"),
    bind(Mode::Normal, &[Plain(Char('3'))], Action::ShowStarred, "view: starred only"),
    bind(Mode::Normal, &[Plain(Char('R'))], Action::Reload, "read the folders again"),
    bind(Mode::Normal, &[Plain(Char('e'))], Action::Errors, "files that failed to load"),
    bind(Mode::Normal, &[Plain(Char('w'))], Action::Warnings, "the article's parser warnings (⚠ in its title)"),
    bind(Mode::Normal, &[Plain(Char('b'))], Action::OpenUrl, "open the article's URL in the browser"),
    bind(Mode::Normal, &[Plain(Char('v'))], Action::OpenFile, "view the article's file in $PAGER"),
    bind(Mode::Normal, &[Plain(Char('y'))], Action::CopyQuote, "copy the quote (speaker, title, URL)"),
    bind(Mode::Normal, &[Plain(Char('U'))], Action::CopyUrl, "copy the article's URL"),
    bind(Mode::Normal, &[Plain(Char('Y'))], Action::CopyArticle, "copy the article as Markdown"),
    bind(Mode::Normal, &[Plain(Char('E'))], Action::Export, "write the articles shown to a file"),
    bind(Mode::Normal, &[Plain(Char('?'))], Action::Help, "this help"),
    bind(Mode::Normal, &[Plain(Char('q'))], Action::Quit, "quit"),
    bind(Mode::Search, &[Plain(Enter)], Action::Confirm, "keep the search"),
    bind(Mode::Search, &[Plain(Esc)], Action::Cancel, "cancel the search"),
    bind(Mode::Search, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::Search, &[Plain(Down)], Action::Down, "next article"),
    bind(Mode::Search, &[Plain(Up)], Action::Up, "previous article"),
    bind(Mode::Search, &[Text], Action::Input(' '), "type: the list narrows as you type"),
    bind(Mode::TagPicker, &[Plain(Enter)], Action::ToggleTag, "select or unselect the tag"),
    bind(Mode::TagPicker, &[Plain(Tab), Ctrl('o')], Action::ToggleTagMode, "tags combine with AND / OR"),
    bind(Mode::TagPicker, &[Plain(Down)], Action::Down, "next tag"),
    bind(Mode::TagPicker, &[Plain(Up)], Action::Up, "previous tag"),
    bind(Mode::TagPicker, &[Plain(PageDown)], Action::PageDown, "page down"),
    bind(Mode::TagPicker, &[Plain(PageUp)], Action::PageUp, "page up"),
    bind(Mode::TagPicker, &[Plain(Home)], Action::Top, "first tag"),
    bind(Mode::TagPicker, &[Plain(End)], Action::Bottom, "last tag"),
    bind(Mode::TagPicker, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::TagPicker, &[Plain(Esc)], Action::Back, "close"),
    bind(
        Mode::TagPicker,
        &[Text],
        Action::Input(' '),
        "type: narrow the tags (any case); Space toggles until you type, then is a space",
    ),
    bind(Mode::Popup, &[Plain(Char('j')), Plain(Down)], Action::Down, "scroll down"),
    bind(Mode::Popup, &[Plain(Char('k')), Plain(Up)], Action::Up, "scroll up"),
    bind(Mode::Popup, &[Plain(PageDown), Plain(Char(' '))], Action::PageDown, "page down"),
    bind(Mode::Popup, &[Plain(PageUp)], Action::PageUp, "page up"),
    bind(Mode::Popup, &[Plain(Char('g')), Plain(Home)], Action::Top, "to the top"),
    bind(Mode::Popup, &[Plain(Char('G')), Plain(End)], Action::Bottom, "to the bottom"),
    bind(Mode::Popup, &[Plain(Esc), Plain(Char('q')), Plain(Char('?'))], Action::Back, "close"),
    bind(Mode::Prompt, &[Plain(Enter)], Action::Confirm, "write the file (.jsonl, .md or .csv)"),
    bind(Mode::Prompt, &[Plain(Esc)], Action::Cancel, "cancel"),
    bind(Mode::Prompt, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::Prompt, &[Text], Action::Input(' '), "type the file's name"),
];

/// Quits from anywhere; listed in the help with the reading keys.
pub const QUIT_ANYWHERE: Binding = bind(Mode::Normal, &[Ctrl('c')], Action::Quit, "quit from anywhere");
/// Suspends from anywhere, as in a shell (`fg` comes back); listed with the reading keys.
pub const SUSPEND_ANYWHERE: Binding =
    bind(Mode::Normal, &[Ctrl('z')], Action::Suspend, "suspend to the shell (fg to come back)");

/// The action for a key press in a mode, if any, with the default keys.
pub fn action_for(key: KeyEvent, mode: Mode) -> Option<Action> {
    lookup(BINDINGS.iter().map(|b| (b.mode, b.keys, b.action)), key, mode)
}

/// The action of the first row of `rows` in `mode` with `key` among its keys.
pub(super) fn lookup<'a>(
    rows: impl Iterator<Item = (Mode, &'a [Key], Action)>,
    key: KeyEvent,
    mode: Mode,
) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, Char('c' | 'C')) {
        return Some(Action::Quit);
    }
    if ctrl && matches!(key.code, Char('z' | 'Z')) {
        return Some(Action::Suspend);
    }
    // Alt-chords are not ours; leaving them alone keeps them from being typed into a search.
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    for (_, keys, action) in rows.filter(|(m, _, _)| *m == mode) {
        for spec in keys {
            let hit = match *spec {
                Plain(code) => !ctrl && code == key.code,
                Ctrl(c) => ctrl && key.code == Char(c),
                Text => match key.code {
                    Char(c) if !ctrl && !c.is_control() => return Some(Action::Input(c)),
                    _ => false,
                },
            };
            if hit {
                return Some(action);
            }
        }
    }
    None
}

/// Lines one notch of the wheel scrolls: what terminals and browsers scroll by.
const WHEEL_LINES: i16 = 3;

/// The action for a mouse event: the wheel scrolls what is under the pointer, a click selects.
pub fn action_for_mouse(mouse: MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::ScrollDown => Some(Action::ScrollAt { column, row, lines: WHEEL_LINES }),
        MouseEventKind::ScrollUp => Some(Action::ScrollAt { column, row, lines: -WHEEL_LINES }),
        MouseEventKind::Down(crossterm::event::MouseButton::Left) => Some(Action::ClickAt { column, row }),
        _ => None,
    }
}

/// How a key is written in the help: `j`, `↓`, `PgDn`, `Ctrl-C`.
pub fn key_label(key: Key) -> String {
    match key {
        Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Text => "letters".into(),
        Plain(code) => match code {
            Char(' ') => "Space".into(),
            Char(c) => c.to_string(),
            Down => "↓".into(),
            Up => "↑".into(),
            Left => "←".into(),
            Right => "→".into(),
            Delete => "Delete".into(),
            F(n) => format!("F{n}"),
            Home => "Home".into(),
            End => "End".into(),
            PageUp => "PgUp".into(),
            PageDown => "PgDn".into(),
            Tab => "Tab".into(),
            BackTab => "Shift-Tab".into(),
            Enter => "Enter".into(),
            Esc => "Esc".into(),
            Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        },
    }
}

/// What the reader writes, and where: the help says it after the keys. Nothing is ever written
/// beside the articles.
pub const WRITES: &[&str] = &[
    "Opening an article (Enter, Tab to it) marks it read. Files the reader writes, never beside",
    "the articles: the reading state (read, starred, where you were) in the data directory,",
    "$XDG_DATA_HOME/tidings/state.sqlite3 (TIDINGS_DATA_DIR); parsed articles in the cache",
    "directory, $XDG_CACHE_HOME/tidings/sets/ (TIDINGS_CACHE_DIR; --no-cache skips it).",
];

/// A line of the help overlay, as data: the ui styles each kind, and `update` scrolls by
/// their count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A mode's heading.
    Heading(&'static str),
    /// Keys (written as [`key_label`] writes them) and what they do.
    Keys {
        keys: String,
        help: &'static str,
    },
    Blank,
    /// A remark after the keys.
    Note(&'static str),
}

/// The help with the default keys.
pub fn help_lines() -> Vec<HelpLine> {
    help_from(BINDINGS.iter().map(|b| (b.mode, b.keys, b.help)))
}

/// The help: a heading per mode, then its keys and what they do (rows without keys left
/// out), then the mouse. `rows` are grouped by mode here; the quit- and suspend-from-anywhere keys
/// are listed with the reading keys.
pub(super) fn help_from<'a>(rows: impl Iterator<Item = (Mode, &'a [Key], &'static str)> + Clone) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for mode in Mode::ALL {
        let anywhere = [&QUIT_ANYWHERE, &SUSPEND_ANYWHERE]
            .into_iter()
            .filter(|_| mode == Mode::Normal)
            .map(|b| (b.mode, b.keys, b.help));
        let mut rows = rows.clone().filter(|(m, keys, _)| *m == mode && !keys.is_empty()).chain(anywhere).peekable();
        if rows.peek().is_none() {
            continue;
        }
        if !lines.is_empty() {
            lines.push(HelpLine::Blank);
        }
        lines.push(HelpLine::Heading(mode.title()));
        for (_, keys, help) in rows {
            let keys: Vec<String> = keys.iter().map(|&k| key_label(k)).collect();
            lines.push(HelpLine::Keys { keys: keys.join(" "), help });
        }
    }
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Note("Mouse: the wheel scrolls the pane under the pointer; a click selects."));
    lines.extend(WRITES.iter().map(|&line| HelpLine::Note(line)));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn reading_keys_map_to_actions() {
        assert_eq!(action_for(press(Char('j')), Mode::Normal), Some(Action::Down));
        assert_eq!(action_for(press(Down), Mode::Normal), Some(Action::Down));
        assert_eq!(action_for(press(Char(' ')), Mode::Normal), Some(Action::PageDown));
        assert_eq!(action_for(KeyEvent::new(Char('G'), KeyModifiers::SHIFT), Mode::Normal), Some(Action::Bottom));
        assert_eq!(action_for(KeyEvent::new(BackTab, KeyModifiers::SHIFT), Mode::Normal), Some(Action::FocusPrev));
        assert_eq!(action_for(press(Char('x')), Mode::Normal), None);
    }

    #[test]
    fn typing_modes_take_letters_that_are_keys_elsewhere() {
        assert_eq!(action_for(press(Char('q')), Mode::Search), Some(Action::Input('q')));
        assert_eq!(action_for(press(Char('o')), Mode::TagPicker), Some(Action::Input('o')));
        assert_eq!(action_for(press(Char('한')), Mode::Search), Some(Action::Input('한')));
        // Space is typed (a tag may have several words); `update` toggles with it while nothing is.
        assert_eq!(action_for(press(Char(' ')), Mode::TagPicker), Some(Action::Input(' ')));
        assert_eq!(action_for(press(Enter), Mode::TagPicker), Some(Action::ToggleTag));
        assert_eq!(action_for(press(Esc), Mode::Search), Some(Action::Cancel));
    }

    #[test]
    fn ctrl_c_quits_and_ctrl_z_suspends_everywhere_and_releases_are_ignored() {
        for mode in Mode::ALL {
            assert_eq!(action_for(KeyEvent::new(Char('c'), KeyModifiers::CONTROL), mode), Some(Action::Quit));
            assert_eq!(action_for(KeyEvent::new(Char('z'), KeyModifiers::CONTROL), mode), Some(Action::Suspend));
        }
        let mut release = press(Char('q'));
        release.kind = KeyEventKind::Release;
        assert_eq!(action_for(release, Mode::Normal), None);
    }

    #[test]
    fn q_closes_a_popup_instead_of_quitting() {
        assert_eq!(action_for(press(Char('q')), Mode::Popup), Some(Action::Back));
    }

    #[test]
    fn help_lists_every_binding_under_its_mode() {
        let lines = help_lines();
        let keys = |line: &HelpLine| match line {
            HelpLine::Keys { keys, help } => Some((keys.clone(), *help)),
            _ => None,
        };
        let rows: Vec<(String, &str)> = lines.iter().filter_map(keys).collect();
        assert_eq!(rows.len(), BINDINGS.len() + 2);
        assert!(rows.iter().any(|(keys, help)| keys == "t" && *help == "tag picker"));
        assert!(rows.iter().any(|(keys, _)| keys == "Ctrl-C"));
        let headings = lines.iter().filter(|l| matches!(l, HelpLine::Heading(_))).count();
        assert_eq!((headings, &lines[0]), (Mode::ALL.len(), &HelpLine::Heading(Mode::Normal.title())));
    }

    #[test]
    fn no_key_does_two_things_in_a_mode() {
        for mode in Mode::ALL {
            let keys: Vec<Key> =
                BINDINGS.iter().filter(|b| b.mode == mode).flat_map(|b| b.keys.iter().copied()).collect();
            for (i, key) in keys.iter().enumerate() {
                assert!(!keys[..i].contains(key), "{} is bound twice in {mode:?}", key_label(*key));
            }
        }
        // The state's keys and the outside ones, each where the help says.
        let normal = |c| action_for(press(Char(c)), Mode::Normal);
        assert_eq!((normal('u'), normal('U')), (Some(Action::NextUnread), Some(Action::CopyUrl)));
        assert_eq!((normal('w'), normal('E')), (Some(Action::Warnings), Some(Action::Export)));
        assert_eq!((normal('v'), normal('R')), (Some(Action::OpenFile), Some(Action::Reload)));
    }

    #[test]
    fn actions_have_snake_case_names() {
        assert_eq!(serde_json::to_string(&Action::NextMatch).unwrap(), r#""next_match""#);
        assert_eq!(serde_json::to_string(&Action::Input('a')).unwrap(), r#"{"input":"a"}"#);
    }
}
