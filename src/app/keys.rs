//! Key and mouse events -> [`Action`]. The default table below is the single source of truth:
//! key handling looks keys up in it and the help overlay is generated from it.

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
}

impl Mode {
    pub const ALL: [Mode; 6] =
        [Mode::Normal, Mode::Search, Mode::TagPicker, Mode::FacetPicker, Mode::Dates, Mode::Popup];

    pub fn title(self) -> &'static str {
        match self {
            Mode::Normal => "Reading",
            Mode::Search => "Typing a search (/)",
            Mode::TagPicker => "Tag picker (t)",
            Mode::Popup => "Help and error popups",
            Mode::FacetPicker => "Speaker and source pickers (p, O)",
            Mode::Dates => "Typing a date range (d)",
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
use KeyCode::{BackTab, Backspace, Char, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab, Up};

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
    bind(Mode::Normal, &[Plain(Char('e'))], Action::Errors, "files that failed to load"),
    bind(Mode::Normal, &[Plain(Char('v'))], Action::ToggleQuotesView, "quotes view: every quote shown, by date / back"),
    bind(Mode::Normal, &[Plain(Char('p'))], Action::OpenSpeakerPicker, "speaker picker: who is quoted, how often"),
    bind(Mode::Normal, &[Plain(Char('O'))], Action::OpenSourcePicker, "source picker: outlets, how many articles"),
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
    bind(Mode::TagPicker, &[Plain(Char(' ')), Plain(Enter)], Action::ToggleTag, "select or unselect the tag"),
    bind(Mode::TagPicker, &[Plain(Tab), Ctrl('o')], Action::ToggleTagMode, "tags combine with AND / OR"),
    bind(Mode::TagPicker, &[Plain(Down)], Action::Down, "next tag"),
    bind(Mode::TagPicker, &[Plain(Up)], Action::Up, "previous tag"),
    bind(Mode::TagPicker, &[Plain(PageDown)], Action::PageDown, "page down"),
    bind(Mode::TagPicker, &[Plain(PageUp)], Action::PageUp, "page up"),
    bind(Mode::TagPicker, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::TagPicker, &[Plain(Esc)], Action::Back, "close"),
    bind(Mode::TagPicker, &[Text], Action::Input(' '), "type: narrow the tags (any case)"),
    bind(
        Mode::FacetPicker,
        &[Plain(Char(' ')), Plain(Enter)],
        Action::TogglePick,
        "choose or let go (several combine with OR)",
    ),
    bind(Mode::FacetPicker, &[Plain(Down)], Action::Down, "next entry"),
    bind(Mode::FacetPicker, &[Plain(Up)], Action::Up, "previous entry"),
    bind(Mode::FacetPicker, &[Plain(PageDown)], Action::PageDown, "page down"),
    bind(Mode::FacetPicker, &[Plain(PageUp)], Action::PageUp, "page up"),
    bind(Mode::FacetPicker, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::FacetPicker, &[Plain(Esc)], Action::Back, "close"),
    bind(Mode::FacetPicker, &[Text], Action::Input(' '), "type: narrow the names (any case)"),
    bind(Mode::Dates, &[Plain(Enter)], Action::Confirm, "apply the range (empty: no range)"),
    bind(Mode::Dates, &[Plain(Esc)], Action::Cancel, "leave the range as it was"),
    bind(Mode::Dates, &[Plain(Backspace)], Action::DeleteChar, "delete a character"),
    bind(Mode::Dates, &[Text], Action::Input(' '), "type: 2026-01, 2026-01-05..2026-01-20, since 2025-12, last 7 days"),
    bind(Mode::Popup, &[Plain(Char('j')), Plain(Down)], Action::Down, "scroll down"),
    bind(Mode::Popup, &[Plain(Char('k')), Plain(Up)], Action::Up, "scroll up"),
    bind(Mode::Popup, &[Plain(PageDown), Plain(Char(' '))], Action::PageDown, "page down"),
    bind(Mode::Popup, &[Plain(PageUp)], Action::PageUp, "page up"),
    bind(Mode::Popup, &[Plain(Esc), Plain(Char('q')), Plain(Char('?'))], Action::Back, "close"),
];

/// Quits from anywhere; listed in the help with the reading keys.
pub const QUIT_ANYWHERE: Binding = bind(Mode::Normal, &[Ctrl('c')], Action::Quit, "quit from anywhere");

/// The action for a key press in a mode, if any.
pub fn action_for(key: KeyEvent, mode: Mode) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, Char('c' | 'C')) {
        return Some(Action::Quit);
    }
    // Alt-chords are not ours; leaving them alone keeps them from being typed into a search.
    if key.modifiers.contains(KeyModifiers::ALT) {
        return None;
    }
    for binding in BINDINGS.iter().filter(|b| b.mode == mode) {
        for spec in binding.keys {
            let hit = match *spec {
                Plain(code) => !ctrl && code == key.code,
                Ctrl(c) => ctrl && key.code == Char(c),
                Text => match key.code {
                    Char(c) if !ctrl && !c.is_control() => return Some(Action::Input(c)),
                    _ => false,
                },
            };
            if hit {
                return Some(binding.action);
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

/// What the help says of the quotes view and its filters besides their keys.
const WHO_SAID_WHAT: &[&str] = &[
    "Quotes view (v): j/k move, Tab the quote's paragraph, Enter opens the article at the quote,",
    "Esc there comes back. Tags, search, speakers, sources and dates narrow both views.",
    "Dates: 2026 · 2026-01 · 2026-01-14 · Jan 2026 · A..B · since A · until B · before A ·",
    "after A · today · yesterday · this week/month/year · last 7 days · last 2 months.",
];

/// The help: a heading per mode, then its keys and what they do, then the mouse.
pub fn help_lines() -> Vec<HelpLine> {
    let mut lines = Vec::new();
    let mut mode = None;
    for (m, keys, help) in help_rows() {
        if mode != Some(m) {
            if mode.is_some() {
                lines.push(HelpLine::Blank);
            }
            lines.push(HelpLine::Heading(m.title()));
            mode = Some(m);
        }
        lines.push(HelpLine::Keys { keys, help });
    }
    lines.push(HelpLine::Blank);
    lines.push(HelpLine::Note("Mouse: the wheel scrolls the pane under the pointer; a click selects."));
    lines.extend(WHO_SAID_WHAT.iter().map(|&note| HelpLine::Note(note)));
    lines
}

/// The help's rows, grouped by mode, straight from [`BINDINGS`].
fn help_rows() -> Vec<(Mode, String, &'static str)> {
    let mut rows = Vec::new();
    for mode in Mode::ALL {
        for binding in
            BINDINGS.iter().filter(|b| b.mode == mode).chain((mode == Mode::Normal).then_some(&QUIT_ANYWHERE))
        {
            let keys: Vec<String> = binding.keys.iter().map(|&k| key_label(k)).collect();
            rows.push((mode, keys.join(" "), binding.help));
        }
    }
    rows
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
        assert_eq!(action_for(press(Char('z')), Mode::Normal), None);
    }

    #[test]
    fn typing_modes_take_letters_that_are_keys_elsewhere() {
        assert_eq!(action_for(press(Char('q')), Mode::Search), Some(Action::Input('q')));
        assert_eq!(action_for(press(Char('o')), Mode::TagPicker), Some(Action::Input('o')));
        assert_eq!(action_for(press(Char('한')), Mode::Search), Some(Action::Input('한')));
        assert_eq!(action_for(press(Char(' ')), Mode::TagPicker), Some(Action::ToggleTag));
        assert_eq!(action_for(press(Esc), Mode::Search), Some(Action::Cancel));
    }

    #[test]
    fn ctrl_c_quits_everywhere_and_releases_are_ignored() {
        for mode in Mode::ALL {
            assert_eq!(action_for(KeyEvent::new(Char('c'), KeyModifiers::CONTROL), mode), Some(Action::Quit));
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
        assert_eq!(rows.len(), BINDINGS.len() + 1);
        assert!(rows.iter().any(|(keys, help)| keys == "t" && *help == "tag picker"));
        assert!(rows.iter().any(|(keys, _)| keys == "Ctrl-C"));
        let headings = lines.iter().filter(|l| matches!(l, HelpLine::Heading(_))).count();
        assert_eq!((headings, &lines[0]), (Mode::ALL.len(), &HelpLine::Heading(Mode::Normal.title())));
    }

    #[test]
    fn actions_have_snake_case_names() {
        assert_eq!(serde_json::to_string(&Action::NextMatch).unwrap(), r#""next_match""#);
        assert_eq!(serde_json::to_string(&Action::Input('a')).unwrap(), r#"{"input":"a"}"#);
    }
}
