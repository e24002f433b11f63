//! The reading state in the app: the keys, the views, the unread count, and where the reader
//! was restored from a real state database at the next start.

use std::time::Instant;

use super::*;
use crate::article::Article;
use crate::corpus::SortKey;
use crate::store::state::{self, StateEvent};

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn article(title: &str, date: &str, tag: &str) -> Article {
    Article {
        id: title.into(),
        title: title.into(),
        published: Some(date.into()),
        paragraphs: vec![format!("The body of {title}.")],
        tags: vec![tag.into()],
        ..Article::default()
    }
}

fn articles() -> Vec<Article> {
    vec![
        article("Chip exports", "2026-01-14", "economy"),
        article("Ferry launch", "2026-01-12", "transport"),
        article("Alpha summit", "2026-01-10", "diplomacy"),
        article("Snow in Hokkaido", "2026-01-08", "weather"),
    ]
}

fn app() -> App {
    let mut app = App::with_articles(articles(), (120, 40));
    app.update(Action::Resize { width: 120, height: 40 }, now());
    app
}

fn titles(app: &App) -> Vec<&str> {
    app.view().iter().map(|&n| app.corpus().get(n).map_or("", |a| a.title())).collect()
}

fn selected_title(app: &App) -> &str {
    app.selected_article().map_or("", |a| a.title())
}

#[test]
fn keys_mark_read_and_starred_and_the_views_show_them() {
    let mut app = app();
    assert_eq!(app.unread(), 4);
    app.update(Action::ToggleRead, now());
    assert_eq!(app.unread(), 3);
    assert!(app.marks().is_read(app.list().selected().unwrap()));
    app.update(Action::ToggleRead, now());
    assert_eq!(app.unread(), 4, "m marks an article unread again");
    app.update(Action::Down, now());
    app.update(Action::ToggleStar, now());
    assert!(app.marks().is_starred(app.list().selected().unwrap()));
    app.update(Action::ShowStarred, now());
    assert_eq!(titles(&app), ["Ferry launch"]);
    app.update(Action::ShowAll, now());
    assert_eq!(titles(&app).len(), 4);
    // Opening an article marks it read.
    app.update(Action::Top, now());
    app.update(Action::Open, now());
    app.update(Action::FocusPrev, now());
    assert_eq!(app.unread(), 3);
    app.update(Action::ShowUnread, now());
    assert_eq!(titles(&app), ["Ferry launch", "Alpha summit", "Snow in Hokkaido"]);
    // u goes to the next unread one.
    app.update(Action::Top, now());
    app.update(Action::NextUnread, now());
    assert_eq!(selected_title(&app), "Alpha summit");
    // M marks everything shown read: the unread view empties.
    app.update(Action::MarkShownRead, now());
    assert_eq!(app.unread(), 0);
    assert!(titles(&app).is_empty());
    app.update(Action::ShowStarred, now());
    assert_eq!(titles(&app), ["Ferry launch"]);
}

#[test]
fn the_views_combine_with_the_tag_filter_and_the_search() {
    let mut app = app();
    app.update(Action::ToggleStar, now());
    app.update(Action::Down, now());
    app.update(Action::ToggleStar, now());
    app.update(Action::ShowStarred, now());
    assert_eq!(titles(&app), ["Chip exports", "Ferry launch"]);
    app.update(Action::StartSearch, now());
    for c in "ferry".chars() {
        app.update(Action::Input(c), now());
    }
    app.update(Action::Confirm, now());
    assert_eq!(titles(&app), ["Ferry launch"]);
    app.update(Action::Back, now());
    app.update(Action::OpenTagPicker, now());
    for c in "economy".chars() {
        app.update(Action::Input(c), now());
    }
    app.update(Action::ToggleTag, now());
    app.update(Action::Back, now());
    assert_eq!(titles(&app), ["Chip exports"]);
}

/// An app connected to the state in `dir`, the state loaded.
fn connected(dir: &std::path::Path, fresh: bool) -> (App, state::StateHandle) {
    let mut app = app();
    let (handle, events) = state::spawn(Some(dir.to_path_buf()), "set".into());
    app.connect_state(handle.clone(), "set".into(), fresh);
    match events.recv().unwrap() {
        event @ StateEvent::Loaded { .. } => app.on_state(event, now()),
        StateEvent::Problem(line) => panic!("{line}"),
    }
    (app, handle)
}

#[test]
fn the_state_and_where_the_reader_was_come_back_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    {
        let (mut app, handle) = connected(dir.path(), false);
        app.update(Action::Down, now());
        app.update(Action::ToggleStar, now());
        app.update(Action::Bottom, now());
        app.update(Action::ToggleRead, now());
        app.update(Action::Up, now());
        app.update(Action::CycleSort, now());
        app.update(Action::StartSearch, now());
        for c in "the".chars() {
            app.update(Action::Input(c), now());
        }
        app.update(Action::Confirm, now());
        app.update(Action::ShowUnread, now());
        assert_eq!(selected_title(&app), "Alpha summit");
        handle.flush();
    }
    let (app, _handle) = connected(dir.path(), false);
    assert_eq!(selected_title(&app), "Alpha summit");
    assert_eq!(app.sort(), SortKey::Oldest);
    assert_eq!(app.search_line().text(), "the");
    assert_eq!(app.marks().view(), StateView::Unread);
    assert_eq!(app.unread(), 3);
    let starred: Vec<&str> =
        (0..4).filter(|&n| app.marks().is_starred(n)).map(|n| app.corpus().get(n).unwrap().title()).collect();
    assert_eq!(starred, ["Ferry launch"]);
    // --fresh: the flags stay, where the reader was does not come back.
    let (app, _handle) = connected(dir.path(), true);
    assert_eq!(app.sort(), SortKey::Newest);
    assert_eq!(app.marks().view(), StateView::All);
    assert_eq!(selected_title(&app), "Chip exports");
    assert_eq!(app.unread(), 3);
}
