//! Tests of the default key table and the help drawn from it.

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
    // Space is typed (a tag may have several words); `update` toggles with it while nothing is.
    assert_eq!(action_for(press(Char(' ')), Mode::TagPicker), Some(Action::Input(' ')));
    assert_eq!(action_for(press(Enter), Mode::TagPicker), Some(Action::ToggleTag));
    assert_eq!(action_for(press(Esc), Mode::Search), Some(Action::Cancel));
    // The speaker and source pickers take Space as the tag picker does; a date range takes `x`.
    assert_eq!(action_for(press(Char(' ')), Mode::FacetPicker), Some(Action::Input(' ')));
    assert_eq!(action_for(press(Enter), Mode::FacetPicker), Some(Action::TogglePick));
    assert_eq!(action_for(press(Char('x')), Mode::Dates), Some(Action::Input('x')));
    assert_eq!(action_for(press(Enter), Mode::Dates), Some(Action::Confirm));
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
        let keys: Vec<Key> = BINDINGS.iter().filter(|b| b.mode == mode).flat_map(|b| b.keys.iter().copied()).collect();
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
