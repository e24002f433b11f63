//! Drawing checked cell by cell on a `Buffer`: what must hold whatever the layout looks like.

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use tidings::app::{Action, App, TimeSlice};
use tidings::{Article, Caption, Quote};

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn draw(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("test backend");
    terminal.draw(|frame| tidings::ui::draw(frame, app)).expect("draw");
    terminal.backend().buffer().clone()
}

fn text(buf: &Buffer) -> String {
    buf.content().iter().map(|c| c.symbol()).collect()
}

#[test]
fn no_control_character_reaches_the_screen() {
    let hostile = Article {
        title: "Title \u{1b}[2J with \u{9b}31m escape".into(),
        source: Some("Evil\u{7}Source".into()),
        captions: vec![Caption { text: "cap\u{1b}]0;pwned\u{7}".into(), credit: Some("\u{202e}kcah".into()) }],
        paragraphs: vec!["Body \u{1b}[31mred\u{1b}[0m and \u{2066}isolate\u{2069} text.".into()],
        quotes: vec![Quote { text: "red\u{1b}".into(), speaker: Some("\u{1b}c".into()), paragraph: 0 }],
        tags: vec!["tag\u{1b}[1m".into()],
        ..Article::default()
    };
    let mut app = App::with_articles(vec![hostile], (120, 30));
    app.update(Action::Resize { width: 120, height: 30 }, now());
    app.update(Action::ToggleQuotes, now());
    app.update(Action::StartSearch, now());
    app.update(Action::Input('b'), now());
    let screen = text(&draw(&app));
    assert!(!screen.chars().any(tidings::text::is_unsafe_char), "{screen}");
    // Escape sequences go whole (`text::clean`): nothing of `[2J` or `31m` is left.
    assert!(screen.contains("Title  with  escape"), "{screen}");
    assert!(screen.contains("Body red and isolate text."), "{screen}");
    assert!(!screen.contains("[2J") && !screen.contains("pwned"), "{screen}");
}

#[test]
fn list_titles_are_cut_with_an_ellipsis_by_display_width() {
    let article = Article {
        title: "한국어 제목이 아주 길어서 목록 칸에 다 들어가지 않는다".into(),
        ..Article::default()
    };
    let mut app = App::with_articles(vec![article], (40, 10));
    app.update(Action::Resize { width: 40, height: 10 }, now());
    let buf = draw(&app);
    let row: String = (0..40).map(|x| buf[(x, 1)].symbol()).collect();
    assert!(row.contains('…'), "{row}");
    assert_eq!(buf[(39, 1)].symbol(), "│", "the border stays where it is");
}

#[test]
fn a_popup_border_is_not_covered_by_a_wide_character_beside_it() {
    let articles = (0..12)
        .map(|i| Article {
            title: format!("地方鉄道にAI運行管理 {i}"),
            tags: vec!["rail".into()],
            ..Article::default()
        })
        .collect();
    let mut app = App::with_articles(articles, (70, 20));
    app.update(Action::Resize { width: 70, height: 20 }, now());
    app.update(Action::OpenTagPicker, now());
    let buf = draw(&app);
    let left = tidings::app::layout::picker(buf.area).x;
    for y in 1..18 {
        let before = buf[(left - 1, y)].symbol();
        assert!(unicode_width::UnicodeWidthStr::width(before) <= 1, "row {y}: {before:?}");
    }
}

#[test]
fn only_the_visible_window_of_a_long_list_is_drawn() {
    let articles: Vec<Article> =
        (0..5000).map(|i| Article { title: format!("Article number {i:05}"), ..Article::default() }).collect();
    let mut app = App::with_articles(articles, (120, 40));
    app.update(Action::Resize { width: 120, height: 40 }, now());
    for _ in 0..2500 {
        app.update(Action::Down, now());
    }
    let screen = text(&draw(&app));
    let selected = app.selected_article().map(|a| a.title().to_string()).unwrap_or_default();
    assert!(screen.contains(&selected));
    assert!(!screen.contains("Article number 00000"));
}
