//! Styles checked cell by cell: the selected row, the focused pane, a search match and a quote
//! are each told apart by their colours, which the snapshots (symbols only) cannot see.

use std::time::Instant;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use tidings::app::{Action, App, TimeSlice, layout};
use tidings::ui::Theme;
use tidings::ui::theme;
use tidings::{Article, Quote};

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn article(title: &str, date: &str, paragraphs: &[&str]) -> Article {
    Article {
        id: title.into(),
        title: title.into(),
        published: Some(date.into()),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        ..Article::default()
    }
}

/// Three articles, newest first in the list; the first has a quote in its second paragraph.
fn app() -> App {
    let mut ferry = article(
        "Ferry sails at dawn",
        "2026-01-14",
        &["The harbour was calm.", "The captain said \"we leave on time\" and waved."],
    );
    ferry.quotes = vec![Quote { text: "we leave on time".into(), speaker: Some("Captain".into()), paragraph: 1 }];
    let others =
        [article("Snow on the pass", "2026-01-12", &["Snow fell."]), article("Chips", "2026-01-10", &["Chips."])];
    let mut app = App::with_articles([vec![ferry], others.to_vec()].concat(), (120, 40));
    app.update(Action::Resize { width: 120, height: 40 }, now());
    app
}

fn draw(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    terminal.draw(|frame| tidings::ui::draw(frame, app)).expect("draw");
    terminal.backend().buffer().clone()
}

/// Where `text` (ASCII) is drawn inside `area`: its first cell.
fn find(buf: &Buffer, area: Rect, text: &str) -> (u16, u16) {
    for y in area.top()..area.bottom() {
        let row: String = (area.left()..area.right()).map(|x| buf[(x, y)].symbol()).collect();
        if let Some(at) = row.find(text) {
            return (area.left() + at as u16, y);
        }
    }
    panic!("{text:?} is not drawn in {area:?}");
}

/// The style of each cell of `text` as drawn at `at`.
fn styles(buf: &Buffer, (x, y): (u16, u16), text: &str) -> Vec<Style> {
    (x..x + text.len() as u16).map(|x| buf[(x, y)].style()).collect()
}

fn screen(app: &App) -> layout::Screen {
    app.screen().expect("a screen of 120×40")
}

#[test]
fn the_selected_row_has_the_selection_background_and_the_others_not() {
    let mut app = app();
    app.update(Action::Down, now());
    let buf = draw(&app);
    let list = layout::inner(screen(&app).list);
    let selected_bg = Theme::default().selected().bg;
    // The whole entry, its padding included, and the title in bold.
    let (x, y) = find(&buf, list, "Snow on the pass");
    assert!(
        styles(&buf, (x, y), "Snow").iter().all(|s| s.bg == selected_bg && s.add_modifier.contains(Modifier::BOLD))
    );
    for row in [y, y + 1] {
        assert_eq!(buf[(list.right() - 2, row)].style().bg, selected_bg, "padding of row {row}");
    }
    assert_eq!(
        (buf[(list.left(), y)].symbol(), buf[(list.left(), y)].style().fg),
        ("▌", Theme::default().caption_bar().fg)
    );
    for other in ["Ferry sails at dawn", "Chips"] {
        let (x, y) = find(&buf, list, other);
        assert!(styles(&buf, (x, y), other).iter().all(|s| s.bg != selected_bg), "{other}");
        assert_ne!(buf[(list.right() - 2, y)].style().bg, selected_bg, "{other}");
    }
}

#[test]
fn the_focused_pane_has_the_accent_border_and_the_others_a_dim_one() {
    let mut app = app();
    let border_at = |app: &App, pane: Rect| draw(app)[(pane.x, pane.y + 1)].style().fg;
    let (list, body) = (screen(&app).list, screen(&app).body);
    assert_eq!((border_at(&app, list), border_at(&app, body)), (Some(theme::ACCENT), Some(Color::DarkGray)));
    app.update(Action::FocusNext, now());
    assert_eq!((border_at(&app, list), border_at(&app, body)), (Some(Color::DarkGray), Some(theme::ACCENT)));
}

#[test]
fn search_matches_are_highlighted_and_the_current_one_apart() {
    let mut app = app();
    app.update(Action::StartSearch, now());
    "the".chars().for_each(|c| app.update(Action::Input(c), now()));
    app.update(Action::Confirm, now());
    let body = layout::inner(screen(&app).body);
    let buf = draw(&app);
    // `The harbour`, `The captain`: both matches, none current yet.
    let (x, y) = find(&buf, body, "The harbour");
    assert!(styles(&buf, (x, y), "The").iter().all(|s| s.bg == Theme::default().search_match().bg));
    assert!(styles(&buf, (x + 4, y), "harbour").iter().all(|s| s.bg != Theme::default().search_match().bg));
    app.update(Action::NextMatch, now());
    let buf = draw(&app);
    assert!(styles(&buf, (x, y), "The").iter().all(|s| s.bg == Theme::default().current_match().bg));
    let (x, y) = find(&buf, body, "The captain");
    assert!(styles(&buf, (x, y), "The").iter().all(|s| s.bg == Theme::default().search_match().bg));
}

#[test]
fn a_quote_is_highlighted_in_the_body_and_the_one_jumped_to_apart() {
    let mut app = app();
    let body = layout::inner(screen(&app).body);
    let buf = draw(&app);
    let (x, y) = find(&buf, body, "we leave on time");
    assert!(styles(&buf, (x, y), "we leave on time").iter().all(|s| s.fg == Theme::default().quote().fg));
    let (before, _) = find(&buf, body, "The captain said");
    assert!(styles(&buf, (before, y), "The captain").iter().all(|s| s.fg != Theme::default().quote().fg));
    // Enter on the quote in the quotes pane: the body shows it as the active one.
    app.update(Action::FocusPrev, now());
    app.update(Action::Open, now());
    let body = layout::inner(screen(&app).body);
    let buf = draw(&app);
    let at = find(&buf, body, "we leave on time");
    assert!(styles(&buf, at, "we leave on time").iter().all(|s| s.bg == Theme::default().active_quote().bg));
}
