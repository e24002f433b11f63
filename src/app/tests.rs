use std::time::{Duration, Instant};

use super::*;
use crate::article::{Article, Quote};
use crate::corpus::TagMode;

/// A keystroke's time, now.
fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// The time of a loader's message or a frame at `instant`.
fn at(instant: Instant) -> TimeSlice {
    TimeSlice::new(instant)
}

fn article(title: &str, date: &str, tags: &[&str], body: &str) -> Article {
    Article {
        id: title.into(),
        title: title.into(),
        published: Some(date.into()),
        source: Some("Daily".into()),
        paragraphs: body.split("\n\n").map(Into::into).collect(),
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Article::default()
    }
}

fn articles() -> Vec<Article> {
    let long: Vec<String> = (0..60).map(|i| format!("Paragraph {i} of a long story about ferries.")).collect();
    let mut ferry = article("Ferry launch", "2026-01-12", &["korea", "transport"], &long.join("\n\n"));
    ferry.paragraphs[40] = "The mayor said “cross for lunch and be home for dinner” with a smile.".into();
    ferry.quotes = vec![
        Quote { text: "Paragraph 3 of a long story".into(), speaker: Some("Kim".into()), paragraph: 3 },
        Quote { text: "cross for lunch and be home for dinner".into(), speaker: Some("Choi".into()), paragraph: 40 },
    ];
    vec![
        ferry,
        article("Chip exports", "2026-01-14", &["korea", "economy"], "Exports rose. Chips led."),
        article("Snow in Hokkaido", "2026-01-08", &["japan", "weather"], "Snow fell on the island."),
        article("Alpha summit", "2026-01-10", &["korea", "japan", "diplomacy"], "Leaders met at the summit."),
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

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c), now());
    }
}

fn pick_tag(app: &mut App, name: &str) {
    app.update(Action::OpenTagPicker, now());
    type_text(app, name);
    app.update(Action::ToggleTag, now());
    app.update(Action::Back, now());
}

#[test]
fn starts_newest_first_with_the_first_article_selected() {
    let app = app();
    assert_eq!(titles(&app), ["Chip exports", "Ferry launch", "Alpha summit", "Snow in Hokkaido"]);
    assert_eq!(selected_title(&app), "Chip exports");
    assert!(app.reading().doc().is_some());
}

#[test]
fn moving_the_cursor_selects_and_wraps_the_article() {
    let mut app = app();
    app.update(Action::Down, now());
    assert_eq!(selected_title(&app), "Ferry launch");
    assert_eq!(app.reading().doc().map(|d| d.article), app.list().selected());
    app.update(Action::Bottom, now());
    assert_eq!(selected_title(&app), "Snow in Hokkaido");
    app.update(Action::Down, now());
    assert_eq!(app.list().cursor(), 3);
    app.update(Action::Top, now());
    assert_eq!(app.list().cursor(), 0);
}

#[test]
fn tag_picker_lists_tags_most_used_first_and_narrows_as_you_type() {
    let mut app = app();
    app.update(Action::OpenTagPicker, now());
    assert_eq!(app.mode(), Mode::TagPicker);
    let Some(Popup::Tags(picker)) = app.popup() else { panic!("no picker") };
    let names: Vec<&str> = picker.shown().iter().map(|&(id, _)| app.corpus().tags().name(id)).collect();
    assert_eq!(&names[..2], ["korea", "japan"]);
    assert_eq!(picker.shown()[0].1, 3);
    type_text(&mut app, "JAP");
    let Some(Popup::Tags(picker)) = app.popup() else { panic!("no picker") };
    assert_eq!(picker.shown().len(), 1);
    // `q` and `o` are letters in the picker, not quit and AND/OR.
    type_text(&mut app, "qo");
    assert!(!app.should_quit());
    assert_eq!(app.tags().mode(), TagMode::And);
}

#[test]
fn tags_filter_the_list_and_combine_with_and_or_or() {
    let mut app = app();
    pick_tag(&mut app, "korea");
    assert_eq!(titles(&app), ["Chip exports", "Ferry launch", "Alpha summit"]);
    pick_tag(&mut app, "japan");
    assert_eq!(titles(&app), ["Alpha summit"]);
    assert_eq!(selected_title(&app), "Alpha summit");
    app.update(Action::ToggleTagMode, now());
    assert_eq!(app.tags().mode(), TagMode::Or);
    assert_eq!(titles(&app).len(), 4);
    // Still the same article after the view widened.
    assert_eq!(selected_title(&app), "Alpha summit");
    app.update(Action::ToggleTagMode, now());
    app.update(Action::ClearTags, now());
    assert_eq!(titles(&app).len(), 4);
    assert!(!app.tags().is_active());
}

#[test]
fn toggling_a_selected_tag_again_removes_it() {
    let mut app = app();
    pick_tag(&mut app, "weather");
    assert_eq!(titles(&app), ["Snow in Hokkaido"]);
    pick_tag(&mut app, "weather");
    assert_eq!(titles(&app).len(), 4);
}

#[test]
fn start_tags_apply_once_the_tag_is_loaded() {
    let mut app = App::new(vec!["JAPAN".into()]);
    let now = Instant::now();
    app.on_load(LoadEvent::Articles { articles: articles()[..2].to_vec(), files: 2 }, at(now));
    assert!(app.view().is_empty(), "no article carries the tag yet");
    app.on_load(LoadEvent::Articles { articles: articles()[2..].to_vec(), files: 2 }, at(now + Duration::from_secs(1)));
    assert_eq!(titles(&app), ["Alpha summit", "Snow in Hokkaido"]);
    assert_eq!(app.tags().wanted().len(), 0);
}

#[test]
fn search_narrows_as_you_type_and_backspace_widens_again() {
    let mut app = app();
    app.update(Action::StartSearch, now());
    assert_eq!(app.mode(), Mode::Search);
    type_text(&mut app, "s");
    assert_eq!(titles(&app).len(), 4);
    type_text(&mut app, "umm");
    assert_eq!(titles(&app), ["Alpha summit"]);
    app.update(Action::DeleteChar, now());
    app.update(Action::DeleteChar, now());
    app.update(Action::DeleteChar, now());
    assert_eq!(titles(&app).len(), 4);
    type_text(&mut app, "NOW");
    assert_eq!(titles(&app), ["Snow in Hokkaido"]);
    app.update(Action::Confirm, now());
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.search().query().map(|q| q.text()), Some("sNOW"));
    app.update(Action::Back, now());
    assert_eq!(titles(&app).len(), 4, "Esc on the list clears the search");
}

#[test]
fn cancelling_a_search_restores_the_one_before() {
    let mut app = app();
    app.update(Action::StartSearch, now());
    type_text(&mut app, "chips");
    app.update(Action::Confirm, now());
    app.update(Action::StartSearch, now());
    type_text(&mut app, "snow");
    assert_eq!(titles(&app), ["Snow in Hokkaido"]);
    app.update(Action::Cancel, now());
    assert_eq!(titles(&app), ["Chip exports"]);
    assert_eq!(app.search_line().text(), "chips");
}

#[test]
fn search_looks_at_quotes_and_captions_too() {
    let mut articles = articles();
    articles[2].captions = vec![crate::article::Caption { text: "A plow at work".into(), credit: None }];
    let mut app = App::with_articles(articles, (120, 40));
    app.update(Action::StartSearch, now());
    type_text(&mut app, "plow");
    assert_eq!(titles(&app), ["Snow in Hokkaido"]);
}

#[test]
fn n_and_shift_n_step_through_matches_in_the_body() {
    let mut app = app();
    app.update(Action::Down, now());
    app.update(Action::StartSearch, now());
    type_text(&mut app, "paragraph 5");
    app.update(Action::Confirm, now());
    assert_eq!(selected_title(&app), "Ferry launch");
    // `Paragraph 5` and `Paragraph 50`..`59`.
    assert_eq!(app.reading().matches().len(), 11);
    app.update(Action::NextMatch, now());
    assert_eq!(app.reading().current_match(), Some(0));
    app.update(Action::NextMatch, now());
    assert_eq!(app.reading().current_match(), Some(1));
    let line = app.reading().matches()[1].first_line;
    let rows = usize::from(app.body_area().height);
    assert!(app.reading().scroll() <= line && line < app.reading().scroll() + rows);
    app.update(Action::PrevMatch, now());
    app.update(Action::PrevMatch, now());
    assert_eq!(app.reading().current_match(), Some(10), "wraps around");
}

#[test]
fn enter_on_a_quote_scrolls_the_body_to_it_and_highlights_it() {
    let mut app = app();
    app.update(Action::Down, now());
    app.update(Action::FocusNext, now());
    app.update(Action::FocusNext, now());
    assert_eq!(app.focus(), Focus::Quotes);
    assert!(app.quotes_visible());
    app.update(Action::Down, now());
    assert_eq!(app.reading().quote_cursor(), 1);
    app.update(Action::Open, now());
    assert_eq!(app.reading().active_quote(), Some(1));
    let doc = app.reading().doc().unwrap();
    let line = doc.quote_starts[1].unwrap();
    assert_eq!(doc.lines[line].part, document::Part::Body(40));
    assert_eq!(app.reading().scroll(), line - 2);
}

#[test]
fn quotes_pane_toggles_and_tab_cycles_focus() {
    let mut app = app();
    app.update(Action::ToggleQuotes, now());
    assert!(app.screen().is_some_and(|s| !s.quotes.is_empty()));
    app.update(Action::FocusNext, now());
    assert_eq!(app.focus(), Focus::Body);
    app.update(Action::FocusPrev, now());
    assert_eq!(app.focus(), Focus::List);
    app.update(Action::FocusPrev, now());
    assert_eq!(app.focus(), Focus::Quotes);
    app.update(Action::ToggleQuotes, now());
    assert_eq!(app.focus(), Focus::Body);
}

#[test]
fn sort_cycles_and_keeps_the_selection() {
    let mut app = app();
    app.update(Action::Down, now());
    app.update(Action::CycleSort, now());
    assert_eq!(app.sort(), crate::corpus::SortKey::Oldest);
    assert_eq!(titles(&app), ["Snow in Hokkaido", "Alpha summit", "Ferry launch", "Chip exports"]);
    assert_eq!(selected_title(&app), "Ferry launch");
    app.update(Action::CycleSort, now());
    assert_eq!(titles(&app), ["Alpha summit", "Chip exports", "Ferry launch", "Snow in Hokkaido"]);
    app.update(Action::CycleSort, now());
    app.update(Action::CycleSort, now());
    assert_eq!(app.sort(), crate::corpus::SortKey::Newest);
}

#[test]
fn body_scrolls_within_bounds() {
    let mut app = app();
    app.update(Action::Down, now());
    app.update(Action::Open, now());
    assert_eq!(app.focus(), Focus::Body);
    app.update(Action::PageDown, now());
    assert!(app.reading().scroll() > 30);
    app.update(Action::Bottom, now());
    let total = app.reading().doc().unwrap().lines.len();
    assert_eq!(app.reading().scroll(), total - usize::from(app.body_area().height));
    app.update(Action::Down, now());
    assert_eq!(app.reading().scroll(), total - usize::from(app.body_area().height));
    app.update(Action::Top, now());
    assert_eq!(app.reading().scroll(), 0);
}

#[test]
fn resizing_keeps_the_selection_and_the_reading_position() {
    let mut app = app();
    app.update(Action::Down, now());
    app.update(Action::Open, now());
    for _ in 0..40 {
        app.update(Action::Down, now());
    }
    let doc = app.reading().doc().unwrap();
    let top = doc.text(app.selected_article().unwrap(), &doc.lines[app.reading().scroll()]).to_string();
    for (w, h) in [(70, 20), (1, 1), (19, 4), (200, 60), (120, 40)] {
        app.update(Action::Resize { width: w, height: h }, now());
        assert_eq!(selected_title(&app), "Ferry launch");
    }
    let doc = app.reading().doc().unwrap();
    let line = doc.text(app.selected_article().unwrap(), &doc.lines[app.reading().scroll()]);
    assert_eq!(line, top);
}

#[test]
fn narrow_screens_show_one_pane_and_esc_goes_back() {
    let mut app = app();
    app.update(Action::Resize { width: 70, height: 20 }, now());
    let screen = app.screen().unwrap();
    assert!(screen.body.is_empty() && !screen.list.is_empty());
    app.update(Action::Open, now());
    let screen = app.screen().unwrap();
    assert!(screen.list.is_empty() && screen.body.width == 70);
    app.update(Action::Back, now());
    assert_eq!(app.focus(), Focus::List);
    assert!(app.screen().unwrap().body.is_empty());
}

#[test]
fn popups_close_with_esc_or_q_before_q_quits() {
    let mut app = app();
    app.update(Action::Help, now());
    assert_eq!(app.mode(), Mode::Popup);
    app.update(Action::PageDown, now());
    app.update(Action::Back, now());
    assert!(app.popup().is_none() && !app.should_quit());
    app.update(Action::Errors, now());
    app.update(Action::Quit, now());
    assert!(app.should_quit(), "Ctrl-C (and the table's quit) ends from a popup too");
}

#[test]
fn loading_appends_batches_but_refreshes_the_list_at_most_every_100_ms() {
    let mut app = App::new(Vec::new());
    let t0 = Instant::now();
    let all = articles();
    app.on_load(LoadEvent::Found(4), at(t0));
    app.on_load(LoadEvent::Articles { articles: vec![all[0].clone()], files: 1 }, at(t0));
    assert_eq!(titles(&app), ["Ferry launch"], "the first batch shows at once");
    app.on_load(LoadEvent::Articles { articles: vec![all[1].clone()], files: 1 }, at(t0 + Duration::from_millis(10)));
    assert_eq!(app.corpus().len(), 2);
    assert_eq!(app.view().len(), 1, "not yet recomputed");
    app.tick(at(t0 + Duration::from_millis(150)));
    assert_eq!(titles(&app), ["Chip exports", "Ferry launch"]);
    assert_eq!(selected_title(&app), "Chip exports", "untouched, the list stays at its top");
    app.update(Action::Down, now());
    assert_eq!(selected_title(&app), "Ferry launch");
    app.on_load(LoadEvent::Articles { articles: all[2..].to_vec(), files: 2 }, at(t0 + Duration::from_millis(160)));
    app.on_load(LoadEvent::Finished, at(t0 + Duration::from_millis(170)));
    assert_eq!(app.view().len(), 4);
    assert_eq!(selected_title(&app), "Ferry launch", "a chosen article stays selected");
    assert!(!app.is_loading());
}

#[test]
fn a_search_typed_while_loading_covers_articles_loaded_later() {
    let mut app = App::new(Vec::new());
    let t0 = Instant::now();
    let all = articles();
    app.on_load(LoadEvent::Articles { articles: all[..2].to_vec(), files: 2 }, at(t0));
    app.update(Action::StartSearch, now());
    type_text(&mut app, "snow");
    assert!(app.view().is_empty());
    app.on_load(LoadEvent::Articles { articles: all[2..].to_vec(), files: 2 }, at(t0 + Duration::from_secs(1)));
    assert_eq!(titles(&app), ["Snow in Hokkaido"]);
}

#[test]
fn failures_are_listed_in_the_order_of_their_paths_whatever_order_they_came_in() {
    let mut app = app();
    for path in ["c.txt", "a.txt", "b.txt", "a.txt"] {
        let error = crate::error::FileError { path: path.into(), error: crate::error::Error::Empty };
        app.on_load(LoadEvent::Failed(error), at(Instant::now()));
    }
    let failures = app.loading().failures();
    let paths: Vec<&str> = failures.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["a.txt", "a.txt", "b.txt", "c.txt"]);
    assert_eq!(failures[0].reason, "no text in the file");
}

#[test]
fn a_click_selects_the_entry_under_the_pointer_and_the_wheel_scrolls_the_body() {
    let mut app = app();
    app.update(Action::ClickAt { column: 5, row: 1 + 2 * ENTRY_HEIGHT }, now());
    assert_eq!(selected_title(&app), "Alpha summit");
    app.update(Action::ClickAt { column: 5, row: 1 }, now());
    app.update(Action::Down, now());
    app.update(Action::ScrollAt { column: 80, row: 10, lines: 3 }, now());
    assert_eq!(app.reading().scroll(), 3);
    app.update(Action::ClickAt { column: 5, row: 38 }, now());
    assert_eq!(selected_title(&app), "Ferry launch", "a click below the entries changes nothing");
}

#[test]
fn an_empty_reader_ignores_every_action() {
    let mut app = App::new(Vec::new());
    for action in [Action::Down, Action::Open, Action::FocusNext, Action::NextMatch, Action::OpenTagPicker] {
        app.update(action, now());
    }
    app.update(Action::ToggleTag, now());
    app.update(Action::Back, now());
    assert_eq!(app.focus(), Focus::List);
}

#[test]
fn a_long_search_goes_on_between_frames_and_typing_restarts_it() {
    let many: Vec<Article> = (0..20_000)
        .map(|i| article(&format!("Story {i}"), "2026-01-01", &[], if i % 2 == 0 { "even ferry" } else { "odd" }))
        .collect();
    let mut app = App::with_articles(many, (120, 40));
    // Each keystroke and each frame does one chunk of work.
    let slice = || TimeSlice::one_chunk(Instant::now());
    // By title (`Story 0`, `Story 1`, `Story 10`, …): the list's order is not the articles'.
    app.update(Action::CycleSort, slice());
    app.update(Action::CycleSort, slice());
    assert_eq!(app.sort(), crate::corpus::SortKey::Title);
    app.update(Action::StartSearch, slice());
    "ferry".chars().for_each(|c| app.update(Action::Input(c), slice()));
    assert!(app.search().is_running(), "one chunk per slice cannot cover 20,000 articles");
    let so_far = app.view().to_vec();
    assert!(!so_far.is_empty() && so_far.len() < 10_000, "the list shows what was found so far");
    while app.search().is_running() {
        app.tick(slice());
    }
    assert_eq!(app.view().len(), 10_000);
    assert_eq!(app.view()[..so_far.len()], so_far[..], "what was shown first is the top of the final list");
    app.update(Action::Input('x'), slice());
    while app.search().is_running() {
        app.tick(slice());
    }
    assert!(app.view().is_empty());
    app.update(Action::DeleteChar, slice());
    assert!(!app.search().is_running(), "a cached result needs no search");
    assert_eq!(app.view().len(), 10_000);
}
