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
    /// The speaker or source picker popup: letters narrow the list.
    FacetPicker,
    /// Typing a date range.
    Dates,
    /// Typing the name of a file to write the articles shown to.
    Prompt,
}

impl Mode {
    pub const ALL: [Mode; 7] =
        [Mode::Normal, Mode::Search, Mode::TagPicker, Mode::FacetPicker, Mode::Dates, Mode::Popup, Mode::Prompt];

    pub fn title(self) -> &'static str {
        match self {
            Mode::Normal => "Reading",
            Mode::Search => "Typing a search (/)",
            Mode::TagPicker => "Tag picker (t)",
            Mode::FacetPicker => "Speaker and source pickers (p, S)",
            Mode::Dates => "Typing a date range (d)",
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
            Mode::FacetPicker => "speaker_source_picker",
            Mode::Dates => "dates",
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
    // Who said what (issue 19): the quotes view and the filters beside the tags.
    bind(Mode::Normal, &[Plain(Char('"'))], Action::ToggleQuotesView, "quotes view: every quote shown, by date / back"),
    bind(Mode::Normal, &[Plain(Char('p'))], Action::OpenSpeakerPicker, "speaker picker: who is quoted, how often"),
    bind(Mode::Normal, &[Plain(Char('S'))], Action::OpenSourcePicker, "source picker: outlets, how many articles"),
    bind(Mode::Normal, &[Plain(Char('d'))], Action::EditDates, "date range: 2026-01, last 7 days, since 2025-12…"),
    bind(
        Mode::Normal,
        &[Plain(Char('x'))],
        Action::ClearFilters,
        "clear every filter: tags, speakers, sources, dates, search",
    ),
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
    bind(Mode::FacetPicker, &[Plain(Enter)], Action::TogglePick, "choose or let go (several: any of them)"),
    bind(Mode::FacetPicker, &[Plain(Down)], Action::Down, "next entry"),
    bind(Mode::FacetPicker, &[Plain(Up)], Action::Up, "previous entry"),
    bind(Mode::FacetPicker, &[Plain(PageDown)], Action::PageDown, "page down"),
    bind(Mode::FacetPicker, &[Plain(PageUp)], Action::PageUp, "page up"),
    bind(Mode::FacetPicker, &[Plain(Home)], Action::Top, "first entry"),
    bind(Mode::FacetPicker, &[Plain(End)], Action::Bottom, "last entry"),
    bind(Mode::FacetPicker, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::FacetPicker, &[Plain(Esc)], Action::Back, "close"),
    bind(
        Mode::FacetPicker,
        &[Text],
        Action::Input(' '),
        "type: narrow the names (any case); Space chooses until you type, then is a space",
    ),
    bind(Mode::Dates, &[Plain(Enter)], Action::Confirm, "apply the range (empty: no range)"),
    bind(Mode::Dates, &[Plain(Esc)], Action::Cancel, "leave the range as it was"),
    bind(Mode::Dates, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::Dates, &[Text], Action::Input(' '), "type: 2026-01, 2026-01-05..2026-01-20, since 2025-12, last 7 days"),
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

/// What the help says of the quotes view and its filters besides their keys.
const WHO_SAID_WHAT: &[&str] = &[
    "Quotes view: moving, Tab and Enter as in the list; Tab gives the quote's paragraph the keys,",
    "Enter opens the article at the quote and Esc there comes back. Copying, opening, marking and",
    "starring act on the selected quote's article. The view (all, unread, starred), tags, search,",
    "speakers, sources and dates narrow the list and the quotes alike.",
    "Dates: 2026 · 2026-01 · 2026-01-14 · Jan 2026 · A..B · since A · until B · before A ·",
    "after A · today · yesterday · this week/month/year · last 7 days · last 2 months.",
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
    lines.extend(WHO_SAID_WHAT.iter().map(|&note| HelpLine::Note(note)));
    lines.extend(WRITES.iter().map(|&line| HelpLine::Note(line)));
    lines
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
