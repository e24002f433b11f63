//! Faults of the reader seen by a careful user, each pinned by feeding the state the actions
//! and messages that showed it, and by drawing the screen on a `TestBackend`.

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use tidings::app::{Action, App, LoadEvent, Mode, Popup, TimeSlice};
use tidings::error::{Error, FileError};
use tidings::{Article, Quote};

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn resize(app: &mut App, width: u16, height: u16) {
    app.update(Action::Resize { width, height }, now());
}

fn draw(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("test backend");
    terminal.draw(|frame| tidings::ui::draw(frame, app)).expect("draw");
    terminal.backend().buffer().clone()
}

fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height).map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()).collect()
}

fn long_article() -> Article {
    let paragraphs: Vec<String> = (0..150)
        .map(|i| format!("Paragraph {i} tells a part of a long story about the harbour and its ferries."))
        .collect();
    Article { id: "long".into(), title: "A long story".into(), paragraphs, ..Article::default() }
}

/// The reader on one long article, the body focused.
fn reading(width: u16, height: u16) -> App {
    let mut app = App::with_articles(vec![long_article()], (width, height));
    resize(&mut app, width, height);
    app.update(Action::Open, now());
    app
}

/// The text of the body's first visible line.
fn top_text(app: &App) -> String {
    let reading = app.reading();
    let (doc, article) = (reading.doc().expect("laid out"), app.selected_article().expect("selected"));
    doc.lines.get(reading.scroll()).map(|line| doc.text(article, line).to_string()).unwrap_or_default()
}

#[test]
fn the_reading_place_survives_any_chain_of_resizes() {
    // At the end (`G`), then taller and back: the same lines, not 85% of the way.
    let mut app = reading(120, 40);
    app.update(Action::Bottom, now());
    let (scroll, text) = (app.reading().scroll(), top_text(&app));
    resize(&mut app, 120, 60);
    resize(&mut app, 120, 40);
    assert_eq!((app.reading().scroll(), top_text(&app)), (scroll, text));
    // In the middle, then a chain of widths and heights, and back.
    for _ in 0..40 {
        app.update(Action::Up, now());
    }
    let (scroll, text) = (app.reading().scroll(), top_text(&app));
    for (w, h) in [(120, 60), (80, 24), (200, 50), (100, 10), (20, 5), (10, 3), (160, 45), (120, 30), (120, 40)] {
        resize(&mut app, w, h);
    }
    assert_eq!((app.reading().scroll(), top_text(&app)), (scroll, text));
    // Moving after a resize sets a new place.
    resize(&mut app, 120, 60);
    app.update(Action::Down, now());
    let text = top_text(&app);
    resize(&mut app, 90, 30);
    resize(&mut app, 120, 60);
    assert_eq!(top_text(&app), text);
}

fn tagged(title: &str, tags: &[&str]) -> Article {
    Article {
        id: title.into(),
        title: title.into(),
        paragraphs: vec![format!("{title} body.")],
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Article::default()
    }
}

fn picker_cursor_row(app: &App) -> (usize, usize) {
    let Some(Popup::Tags(picker)) = app.popup() else { panic!("no picker") };
    (picker.cursor(), picker.offset())
}

#[test]
fn the_tag_pickers_cursor_stays_on_screen_when_the_terminal_shrinks() {
    let articles: Vec<Article> = (0..40).map(|i| tagged(&format!("A{i}"), &[&format!("tag{i:02}")])).collect();
    let mut app = App::with_articles(articles, (120, 40));
    resize(&mut app, 120, 40);
    app.update(Action::OpenTagPicker, now());
    app.update(Action::Bottom, now());
    resize(&mut app, 120, 12);
    let (cursor, offset) = picker_cursor_row(&app);
    let shown = tidings::app::layout::picker_rows(app.size());
    assert!(cursor >= offset && cursor < offset + shown, "cursor {cursor}, rows {offset}..{}", offset + shown);
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("tag39"), "{screen}");
}

#[test]
fn a_tag_no_article_has_is_said_and_can_be_unselected_in_the_picker() {
    let mut app = App::new(vec!["nonexistent".into()]);
    let t = now();
    app.update(Action::Resize { width: 120, height: 40 }, t);
    app.on_load(LoadEvent::Found(2), t);
    app.on_load(
        LoadEvent::Articles { articles: vec![tagged("One", &["korea"]), tagged("Two", &["japan"])], files: 2 },
        t,
    );
    app.on_load(LoadEvent::Finished, t);
    assert!(app.view().is_empty());
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("No article has the tag “nonexistent”"), "{screen}");
    assert!(screen.contains("(no such tag)"), "{screen}");
    app.update(Action::OpenTagPicker, now());
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("[x] nonexistent") && screen.contains("no such tag"), "{screen}");
    app.update(Action::ToggleTag, now());
    assert!(app.tags().wanted().is_empty());
    assert_eq!(app.view().len(), 2);
}

#[test]
fn a_tag_of_several_words_can_be_typed_in_the_picker() {
    let mut app = App::with_articles(
        vec![tagged("One", &["south korea"]), tagged("Two", &["south africa"]), tagged("Three", &["north"])],
        (120, 40),
    );
    resize(&mut app, 120, 40);
    app.update(Action::OpenTagPicker, now());
    for c in "south k".chars() {
        let key =
            crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char(c), crossterm::event::KeyModifiers::NONE);
        let action = tidings::app::keys::action_for(key, app.mode()).expect("a key of the picker");
        app.update(action, now());
    }
    let Some(Popup::Tags(picker)) = app.popup() else { panic!("no picker") };
    assert_eq!(picker.filter(), "south k");
    assert_eq!(picker.len(), 1);
    // Nothing toggled while typing; Enter toggles.
    assert!(app.tags().selected().is_empty());
    app.update(Action::ToggleTag, now());
    assert_eq!(app.view().len(), 1);
    assert_eq!(app.mode(), Mode::TagPicker);
}

#[test]
fn enter_on_a_repeated_quote_goes_to_that_repetition() {
    let said = "“We will see,” he said.";
    let paragraph = (0..20).map(|i| format!("{said} Round {i} of the talks went by.")).collect::<Vec<_>>().join(" ");
    let quotes =
        (0..20).map(|_| Quote { text: "We will see".into(), speaker: Some("Lee".into()), paragraph: 0 }).collect();
    let article =
        Article { id: "r".into(), title: "Talks".into(), paragraphs: vec![paragraph], quotes, ..Article::default() };
    let mut app = App::with_articles(vec![article], (120, 40));
    resize(&mut app, 120, 40);
    app.update(Action::ToggleQuotes, now());
    app.update(Action::Open, now());
    app.update(Action::FocusNext, now());
    app.update(Action::Bottom, now());
    app.update(Action::Open, now());
    let reading = app.reading();
    let doc = reading.doc().expect("laid out");
    let active = reading.active_quote().expect("a quote jumped to");
    assert_eq!(active, 19);
    let marks: Vec<_> = doc.quote_marks.iter().filter(|(_, q)| *q == active).map(|(m, _)| m.range.clone()).collect();
    let last =
        app.selected_article().expect("article").paragraph(0).expect("text").rfind("We will see").expect("found");
    assert_eq!(marks, vec![last..last + "We will see".len()]);
    // Each repetition is a place of its own.
    let mut starts: Vec<usize> = doc.quote_marks.iter().map(|(m, _)| m.range.start).collect();
    starts.dedup();
    assert_eq!(starts.len(), 20);
}

#[test]
fn a_tiny_terminal_shows_a_position_that_fits_and_no_empty_range() {
    let mut app = reading(20, 5);
    app.update(Action::Bottom, now());
    let screen = rows(&draw(&app));
    let bottom = &screen[3];
    assert!(!bottom.contains('–') || bottom.contains(" 1") || bottom.contains("/"), "{bottom}");
    assert!(!screen.iter().any(|row| row.contains("–0/")), "{screen:?}");
    // Whatever is shown of the position is whole: it starts after the corner and a space.
    let inside = bottom.trim_start_matches('╰').trim_start_matches('─');
    assert!(inside.is_empty() || inside.starts_with(' '), "{bottom}");
    app.update(Action::ToggleQuotes, now());
    let screen = rows(&draw(&app));
    assert!(!screen.iter().any(|row| row.contains("–0/")), "{screen:?}");
}

#[test]
fn a_file_that_cannot_be_read_again_is_listed_and_its_article_says_so() {
    let mut app = App::new(Vec::new());
    let t = now();
    app.update(Action::Resize { width: 120, height: 40 }, t);
    let listed = Article { id: "g".into(), title: "Gone".into(), ..Article::default() };
    let (stored, tags) = tidings::article::StoredArticle::new(listed);
    app.on_load(LoadEvent::Found(1), t);
    let date = tidings::corpus::DateKey::of(None);
    let listing = tidings::corpus::Listed { article: stored, parsed: false, tags: Box::default(), date };
    assert!(tags.is_empty());
    app.on_load(LoadEvent::Read { articles: vec![listing], new_tags: Vec::new(), files: 1 }, t);
    app.on_load(LoadEvent::Listed(1), t);
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("Reading the full article…"), "{screen}");
    let error = FileError {
        path: "news/gone.txt".into(),
        error: Error::Io(std::io::Error::from(std::io::ErrorKind::NotFound)),
    };
    app.on_load(LoadEvent::Unreadable { articles: vec![0], error }, t);
    app.on_load(LoadEvent::Finished, t);
    let screen = rows(&draw(&app)).join("\n");
    assert!(!screen.contains("Reading the full article…"), "{screen}");
    assert!(screen.contains("could not be read again"), "{screen}");
    assert!(screen.contains("1 failed (e)"), "{screen}");
    app.update(Action::Errors, now());
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("news/gone.txt: cannot read"), "{screen}");
}

#[test]
fn a_long_path_does_not_hide_why_the_file_failed() {
    let mut app = reading(100, 30);
    let path = format!("/home/reader/{}/article.txt", "a-very-deep-folder/".repeat(8));
    let error = FileError { path: path.into(), error: Error::NotText("a PNG image") };
    app.on_load(LoadEvent::Failed(error), now());
    app.update(Action::Errors, now());
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("not a text file (a PNG image)"), "{screen}");
    assert!(screen.contains("…") && screen.contains("/article.txt: not a text file"), "{screen}");
}

#[test]
fn one_match_is_one_match() {
    let mut app = reading(120, 40);
    app.update(Action::StartSearch, now());
    for c in "Paragraph 7 ".chars() {
        app.update(Action::Input(c), now());
    }
    app.update(Action::Confirm, now());
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("· 1 match ") && !screen.contains("1 matches"), "{screen}");
}

#[test]
fn popups_go_to_their_top_and_bottom() {
    let mut app = reading(120, 20);
    app.update(Action::Help, now());
    app.update(Action::Bottom, now());
    let Some(Popup::Help { scroll }) = app.popup() else { panic!("no help") };
    assert!(*scroll > 0);
    app.update(Action::Top, now());
    assert!(matches!(app.popup(), Some(Popup::Help { scroll: 0 })));
    for (key, action) in [('g', Action::Top), ('G', Action::Bottom)] {
        let key =
            crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char(key), crossterm::event::KeyModifiers::NONE);
        assert_eq!(tidings::app::keys::action_for(key, Mode::Popup), Some(action));
    }
    let end = crossterm::event::KeyEvent::new(crossterm::event::KeyCode::End, crossterm::event::KeyModifiers::NONE);
    assert_eq!(tidings::app::keys::action_for(end, Mode::TagPicker), Some(Action::Bottom));
}

#[test]
fn the_parsers_warnings_are_one_key_away_from_the_article() {
    let mut article = long_article();
    article.warnings = vec!["removed 2 terminal escape sequence(s)".into(), "the date was guessed".into()];
    let mut app = App::with_articles(vec![article], (120, 40));
    resize(&mut app, 120, 40);
    let screen = rows(&draw(&app)).join("\n");
    assert!(screen.contains("⚠ 2 warnings (w)"), "{screen}");
    let key =
        crossterm::event::KeyEvent::new(crossterm::event::KeyCode::Char('w'), crossterm::event::KeyModifiers::NONE);
    let action = tidings::app::keys::action_for(key, app.mode()).expect("w is a key");
    app.update(action, now());
    let screen = rows(&draw(&app)).join("\n");
    assert!(
        screen.contains("removed 2 terminal escape sequence(s)") && screen.contains("the date was guessed"),
        "{screen}"
    );
}

#[test]
fn emoji_sequences_leave_the_rest_of_the_line_where_ratatui_put_it() {
    let body = "Fans 👍🏽 and 👨\u{200d}👩\u{200d}👧 cheered ❤\u{fe0f} loudly at the end.";
    let article =
        Article { id: "e".into(), title: "Cheers".into(), paragraphs: vec![body.into()], ..Article::default() };
    let mut app = App::with_articles(vec![article], (120, 40));
    resize(&mut app, 120, 40);
    let screen = rows(&draw(&app)).join("\n");
    // Each cell holds one emoji whose width every terminal agrees on: no joiner, modifier or VS16.
    assert!(screen.contains("👍") && screen.contains("👨"), "{screen}");
    for c in ['\u{200d}', '\u{fe0f}', '\u{1f3fd}'] {
        assert!(!screen.contains(c), "{c:?} drawn: {screen}");
    }
}
