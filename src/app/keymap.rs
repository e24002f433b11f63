//! The keys in force: the default table ([`BINDINGS`]) with a config file's changes. Key
//! handling looks keys up here and the help overlay is generated from it, so the help always
//! shows the keys as bound.

use crossterm::event::{KeyCode, KeyEvent};

use super::action::Action;
use super::keys::{self, BINDINGS, HelpLine, Key, Mode};

/// A row of the keymap: these keys, in this mode, do this.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    mode: Mode,
    keys: Vec<Key>,
    action: Action,
    help: &'static str,
}

/// The reader's keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    rows: Vec<Row>,
}

impl Default for Keymap {
    fn default() -> Self {
        let rows = BINDINGS
            .iter()
            .map(|b| Row { mode: b.mode, keys: b.keys.to_vec(), action: b.action, help: b.help })
            .collect();
        Keymap { rows }
    }
}

impl Keymap {
    /// The action for a key press in a mode, if any.
    pub fn action_for(&self, key: KeyEvent, mode: Mode) -> Option<Action> {
        keys::lookup(self.rows.iter().map(|r| (r.mode, r.keys.as_slice(), r.action)), key, mode)
    }

    /// The help, with the keys as bound.
    pub fn help_lines(&self) -> Vec<HelpLine> {
        keys::help_from(self.rows.iter().map(|r| (r.mode, r.keys.as_slice(), r.help)))
    }

    /// The keys that do `action` in `mode`.
    pub fn keys_of(&self, mode: Mode, action: Action) -> Vec<Key> {
        self.rows.iter().filter(|r| r.mode == mode && r.action == action).flat_map(|r| r.keys.clone()).collect()
    }

    /// Makes `keys` (none: unbound) the keys of `action` in `mode`, in place of its old ones;
    /// a key taken from another action there no longer does that one.
    pub fn bind(&mut self, mode: Mode, action: Action, keys: Vec<Key>) {
        for row in self.rows.iter_mut().filter(|r| r.mode == mode) {
            if row.action == action {
                row.keys.clear();
            } else {
                row.keys.retain(|k| !keys.contains(k));
            }
        }
        let mut own = self.rows.iter_mut().filter(|r| r.mode == mode && r.action == action);
        if let Some(row) = own.next() {
            row.keys = keys;
            return;
        }
        if keys.is_empty() {
            return;
        }
        // An action the mode had no key for: its words from another mode, else its name.
        let help = self.rows.iter().find(|r| r.action == action).map_or("(bound in the config)", |r| r.help);
        // Before the mode's typing row, which would otherwise take a letter first.
        let at = self.rows.iter().position(|r| r.mode == mode && r.keys.contains(&Key::Text));
        let row = Row { mode, keys, action, help };
        match at {
            Some(at) => self.rows.insert(at, row),
            None => self.rows.push(row),
        }
    }
}

/// Whether `action` is one a key can be bound to (not typing, resizing or the mouse).
pub fn is_bindable(action: Action) -> bool {
    !matches!(action, Action::Input(_) | Action::Resize { .. } | Action::ScrollAt { .. } | Action::ClickAt { .. })
}

/// A key as a config file writes it: a character (`j`, `G`, `?`), a name (`Down`, `PgDn`,
/// `Enter`, `Esc`, `Space`, `Tab`, `Shift-Tab`, `Backspace`, `F5`…), the help's arrows (`↓`),
/// or `Ctrl-` and a letter.
pub fn parse_key(text: &str) -> Result<Key, String> {
    let lower = text.to_ascii_lowercase();
    for prefix in ["ctrl-", "ctrl+", "c-"] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            let mut chars = rest.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) if c.is_ascii_alphabetic() => Ok(Key::Ctrl(c)),
                _ => Err(format!("`{text}`: Ctrl- takes one letter (Ctrl-o)")),
            };
        }
    }
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_control() {
            return Err(format!("{c:?} is a control character, not a key"));
        }
        return Ok(Key::Plain(match c {
            '↓' => KeyCode::Down,
            '↑' => KeyCode::Up,
            '←' => KeyCode::Left,
            '→' => KeyCode::Right,
            c => KeyCode::Char(c),
        }));
    }
    let code = match lower.as_str() {
        "down" => KeyCode::Down,
        "up" => KeyCode::Up,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "tab" => KeyCode::Tab,
        "shift-tab" | "backtab" => KeyCode::BackTab,
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "backspace" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "space" => KeyCode::Char(' '),
        other => match other.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()).filter(|n| (1..=12).contains(n)) {
            Some(n) => KeyCode::F(n),
            None => {
                return Err(format!(
                    "`{text}` is not a key (a character, Down, Up, Left, Right, Home, End, PgUp, PgDn, Tab, \
                     Shift-Tab, Enter, Esc, Backspace, Delete, Space, F1-F12, or Ctrl-letter)"
                ));
            }
        },
    };
    Ok(Key::Plain(code))
}

#[cfg(test)]
mod tests {
    use crossterm::event::{KeyCode::Char, KeyModifiers};

    use super::*;

    fn press(c: char) -> KeyEvent {
        KeyEvent::new(Char(c), KeyModifiers::NONE)
    }

    fn help_keys(map: &Keymap, help: &str) -> Vec<String> {
        map.help_lines()
            .into_iter()
            .filter_map(|line| match line {
                HelpLine::Keys { keys, help: h } if h == help => Some(keys),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_default_keymap_is_the_default_table() {
        let map = Keymap::default();
        assert_eq!(map.action_for(press('n'), Mode::Normal), Some(Action::NextMatch));
        assert_eq!(map.help_lines(), keys::help_lines());
    }

    #[test]
    fn a_rebound_action_answers_its_new_key_and_not_its_old_one() {
        let mut map = Keymap::default();
        map.bind(Mode::Normal, Action::NextMatch, vec![Key::Plain(Char('x')), Key::Ctrl('n')]);
        assert_eq!(map.action_for(press('x'), Mode::Normal), Some(Action::NextMatch));
        assert_eq!(
            map.action_for(KeyEvent::new(Char('n'), KeyModifiers::CONTROL), Mode::Normal),
            Some(Action::NextMatch)
        );
        assert_eq!(map.action_for(press('n'), Mode::Normal), None);
        assert_eq!(help_keys(&map, "next match in the body"), ["x Ctrl-N"]);
    }

    #[test]
    fn a_key_taken_by_another_action_leaves_the_first() {
        let mut map = Keymap::default();
        map.bind(Mode::Normal, Action::Quit, vec![Key::Plain(Char('j'))]);
        assert_eq!(map.action_for(press('j'), Mode::Normal), Some(Action::Quit));
        assert_eq!(map.action_for(press('q'), Mode::Normal), None);
        // `↓` still moves down.
        assert_eq!(map.keys_of(Mode::Normal, Action::Down), [Key::Plain(KeyCode::Down)]);
        assert_eq!(help_keys(&map, "quit"), ["j"]);
    }

    #[test]
    fn an_unbound_action_has_no_key_and_leaves_the_help() {
        let mut map = Keymap::default();
        map.bind(Mode::Normal, Action::ToggleQuotes, Vec::new());
        assert_eq!(map.action_for(press('Q'), Mode::Normal), None);
        assert!(help_keys(&map, "show or hide the quotes pane").is_empty());
    }

    #[test]
    fn an_action_new_to_a_mode_comes_before_its_typing() {
        let mut map = Keymap::default();
        map.bind(Mode::Search, Action::Quit, vec![Key::Ctrl('q')]);
        assert_eq!(map.action_for(KeyEvent::new(Char('q'), KeyModifiers::CONTROL), Mode::Search), Some(Action::Quit));
        assert_eq!(map.action_for(press('q'), Mode::Search), Some(Action::Input('q')));
    }

    #[test]
    fn keys_read_as_the_help_writes_them() {
        assert_eq!(parse_key("G"), Ok(Key::Plain(Char('G'))));
        assert_eq!(parse_key("PgDn"), Ok(Key::Plain(KeyCode::PageDown)));
        assert_eq!(parse_key("↓"), Ok(Key::Plain(KeyCode::Down)));
        assert_eq!(parse_key("Ctrl-O"), Ok(Key::Ctrl('o')));
        assert_eq!(parse_key("space"), Ok(Key::Plain(Char(' '))));
        assert_eq!(parse_key("F5"), Ok(Key::Plain(KeyCode::F(5))));
        assert!(parse_key("Hyper-x").is_err_and(|e| e.contains("`Hyper-x` is not a key")));
        assert!(parse_key("Ctrl-").is_err());
        assert!(parse_key("F13").is_err());
        for binding in BINDINGS {
            for &key in binding.keys.iter().filter(|k| **k != Key::Text) {
                assert_eq!(parse_key(&keys::key_label(key)), Ok(key), "{}", keys::key_label(key));
            }
        }
    }
}
