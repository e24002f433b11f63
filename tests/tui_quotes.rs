//! The quotes view and the speaker and source pickers on a `TestBackend`: whole screens against
//! the committed snapshots (`tests/snapshots/`) at 120×40 and 70×20, with Korean and Japanese
//! speakers among them, and their styles checked cell by cell (which the snapshots, symbols
//! only, cannot see). Articles are built here so the screens do not move with the parser.

use std::time::Instant;

use chrono::NaiveDate;
use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Span;
use tidings::app::{Action, App, TimeSlice, layout};
use tidings::ui::Theme;
use tidings::{Article, Quote};

/// The styles the screens are drawn in (`tidings::ui::draw`: the built-in dark theme).
fn theme() -> Theme {
    Theme::default()
}

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn quote(speaker: Option<&str>, text: &str, paragraph: usize) -> Quote {
    Quote { text: text.into(), speaker: speaker.map(Into::into), paragraph }
}

fn article(title: &str, date: &str, source: &str, paragraphs: &[&str], quotes: Vec<Quote>) -> Article {
    Article {
        id: title.into(),
        title: title.into(),
        published: Some(date.into()),
        source: Some(source.into()),
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        quotes,
        ..Article::default()
    }
}

fn articles() -> Vec<Article> {
    vec![
        article(
            "New Busan-Fukuoka fast ferry sails with hopes of a tourism boom",
            "2026-01-12T09:20",
            "Eastgate Daily",
            &[
                "A new high-speed ferry linking Busan and Fukuoka made its maiden voyage on Jan. 11.",
                "Busan Mayor Choi Hyun-woo called the route “a bridge that both cities built plank by plank,” \
                 noting four years of talks.",
                "“When people can cross for lunch and be home for dinner, they stop thinking of each other as \
                 foreigners,” Choi said.",
            ],
            vec![
                quote(Some("Choi Hyun-woo"), "a bridge that both cities built plank by plank", 1),
                quote(
                    Some("Choi Hyun-woo"),
                    "When people can cross for lunch and be home for dinner, they stop thinking of each other as \
                     foreigners",
                    2,
                ),
            ],
        ),
        article(
            "그룹 노바린, 첫 월드투어 19개 도시에서 36만 관객 모은다",
            "2025-12-18T08:05",
            "서울온뉴스",
            &[
                "5인조 그룹 노바린이 내년 봄부터 19개 도시를 도는 첫 월드투어에 나선다.",
                "리더 박서연은 “팬들이 기다려 준 만큼 가장 좋은 무대로 보답하겠다”고 말했다.",
            ],
            vec![quote(Some("박서연"), "팬들이 기다려 준 만큼 가장 좋은 무대로 보답하겠다", 1)],
        ),
        article(
            "地方鉄道にAI運行管理　大雪でも遅れ半減",
            "2026-01-10",
            "北陸みらい新聞",
            &[
                "北陸の地方鉄道がAIによる運行管理を導入した。",
                "運行部長の佐藤美咲さんは「大雪の日でも遅れを半分にできた」と話した。",
            ],
            vec![quote(Some("佐藤美咲"), "大雪の日でも遅れを半分にできた", 1)],
        ),
        article(
            "Record snow strands drivers in northern Japan",
            "2026-01-08T21:14-05:00",
            "AP",
            &["Hundreds of drivers spent the night in their cars.", "“We had no warning at all,” one driver said."],
            vec![quote(None, "We had no warning at all", 1)],
        ),
        article(
            "Heat pump installations hit record high",
            "2026-01-05",
            "Yonhap",
            &["Installations rose."],
            Vec::new(),
        ),
    ]
}

fn app(width: u16, height: u16) -> App {
    let mut app = App::with_articles(articles(), (width, height));
    app.update(Action::Resize { width, height }, now());
    app.set_today(NaiveDate::from_ymd_opt(2026, 1, 14).expect("a day"));
    app
}

fn buffer(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("test backend");
    terminal.draw(|frame| tidings::ui::draw(frame, app)).expect("draw");
    terminal.backend().buffer().clone()
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("test backend");
    terminal.draw(|frame| tidings::ui::draw(frame, app)).expect("draw");
    terminal.backend().to_string()
}

/// Where `text` is drawn inside `area`: its first cell (wide characters take two cells, the
/// second of which is skipped).
fn find(buf: &Buffer, area: Rect, text: &str) -> (u16, u16) {
    for y in area.top()..area.bottom() {
        let mut row = String::new();
        let mut columns = Vec::new();
        let mut wide = false;
        for x in area.left()..area.right() {
            let symbol = buf[(x, y)].symbol();
            if std::mem::take(&mut wide) {
                continue;
            }
            wide = Span::raw(symbol).width() > 1;
            columns.extend(std::iter::repeat_n(x, symbol.len()));
            row.push_str(symbol);
        }
        if let Some(at) = row.find(text) {
            return (columns[at], y);
        }
    }
    panic!("{text:?} is not drawn in {area:?}");
}

fn type_text(app: &mut App, text: &str) {
    text.chars().for_each(|c| app.update(Action::Input(c), now()));
}

#[test]
fn wide_quotes_view() {
    let mut app = app(120, 40);
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::Down, now());
    assert_snapshot!(screen(&app));
}

#[test]
fn narrow_quotes_view_and_its_context() {
    let mut app = app(70, 20);
    app.update(Action::ToggleQuotesView, now());
    (0..2).for_each(|_| app.update(Action::Down, now()));
    assert_snapshot!("narrow_quotes_view", screen(&app));
    app.update(Action::FocusNext, now());
    assert_snapshot!("narrow_quote_context", screen(&app));
}

#[test]
fn wide_speaker_picker() {
    let mut app = app(120, 40);
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::OpenSpeakerPicker, now());
    app.update(Action::Down, now());
    app.update(Action::TogglePick, now());
    assert_snapshot!(screen(&app));
}

#[test]
fn narrow_speaker_picker_narrowed() {
    let mut app = app(70, 20);
    app.update(Action::OpenSpeakerPicker, now());
    type_text(&mut app, "佐藤");
    app.update(Action::TogglePick, now());
    assert_snapshot!(screen(&app));
}

#[test]
fn wide_source_picker() {
    let mut app = app(120, 40);
    app.update(Action::OpenSourcePicker, now());
    app.update(Action::Down, now());
    app.update(Action::TogglePick, now());
    assert_snapshot!(screen(&app));
}

#[test]
fn narrow_source_picker() {
    let mut app = app(70, 20);
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::OpenSourcePicker, now());
    assert_snapshot!(screen(&app));
}

#[test]
fn every_filter_in_the_status_bar_and_a_refused_date_range() {
    let mut app = app(120, 40);
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::OpenSpeakerPicker, now());
    type_text(&mut app, "choi");
    app.update(Action::TogglePick, now());
    app.update(Action::Back, now());
    app.update(Action::OpenSourcePicker, now());
    app.update(Action::TogglePick, now());
    app.update(Action::Back, now());
    app.update(Action::EditDates, now());
    type_text(&mut app, "2026-01");
    app.update(Action::Confirm, now());
    let status = |app: &App| {
        let buf = buffer(app);
        (0..app.size().width).map(|x| buf[(x, app.size().height - 1)].symbol().to_string()).collect::<String>()
    };
    let line = status(&app);
    assert!(
        line.starts_with(
            " 2 quotes · 1/5 5 unread speakers: Choi Hyun-woo sources: Eastgate Daily dates: 2026-01-01–2026-01-31"
        ),
        "{line}"
    );
    assert!(line.contains("x clear"), "{line}");
    app.update(Action::EditDates, now());
    (0..30).for_each(|_| app.update(Action::DeleteChar, now()));
    type_text(&mut app, "2026-02-30");
    app.update(Action::Confirm, now());
    assert_snapshot!("refused_date_range", status(&app));
    let buf = buffer(&app);
    let (x, y) = find(&buf, Rect::new(0, 39, 120, 1), "there is no day");
    assert_eq!(buf[(x, y)].style().fg, theme().warning().fg);
    // A longer reason leaves room for the way out only: Esc, not `?`, which would be typed.
    (0..12).for_each(|_| app.update(Action::DeleteChar, now()));
    type_text(&mut app, "soon");
    app.update(Action::Confirm, now());
    let line = status(&app);
    assert!(line.contains("cannot read “soon” as a date") && line.ends_with(" Esc cancel "), "{line}");
    app.update(Action::Cancel, now());
    app.update(Action::ClearFilters, now());
    assert!(status(&app).starts_with(" 5 quotes · 5/5 "), "{}", status(&app));
}

#[test]
fn the_selected_quote_and_its_words_in_the_context_stand_out() {
    let mut app = app(120, 40);
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::Down, now());
    let buf = buffer(&app);
    let screen = app.quotes_screen().expect("a screen");
    let (list, context) = (layout::inner(screen.list), layout::inner(screen.body));
    // The selected entry (Choi's second quote): both rows on the selection background, the
    // speaker in the accent; his first quote above it is not selected.
    let (x, y) = find(&buf, list, "When people can cross");
    for row in [y, y + 1] {
        assert_eq!(buf[(list.right() - 2, row)].style().bg, theme().selected().bg, "row {row}");
    }
    assert_eq!(buf[(x - 3, y)].style().bg, theme().selected().bg);
    let (x, first) = find(&buf, list, "Choi Hyun-woo");
    assert_eq!(first + 2, y);
    assert_eq!(buf[(x, first)].style().fg, theme().speaker().fg);
    assert!(buf[(x, first)].style().add_modifier.contains(Modifier::BOLD));
    assert_ne!(buf[(list.right() - 2, first)].style().bg, theme().selected().bg);
    // In the context, the quote's words are marked and the rest of its paragraph is not.
    let (x, y) = find(&buf, context, "When people can cross");
    assert_eq!(buf[(x + 1, y)].style().bg, theme().active_quote().bg);
    let (x, y) = find(&buf, context, "Choi said.");
    assert_ne!(buf[(x, y)].style().bg, theme().active_quote().bg);
    // The unknown speaker's entry is dim, a Korean speaker's in the accent.
    let (x, y) = find(&buf, list, "(unknown)");
    assert_eq!(buf[(x, y)].style().fg, theme().dim().fg);
    let (x, y) = find(&buf, list, "박서연");
    assert_eq!(buf[(x, y)].style().fg, theme().speaker().fg);
}

#[test]
fn the_pickers_mark_what_is_chosen_and_no_name_apart() {
    let mut app = app(120, 40);
    app.update(Action::OpenSpeakerPicker, now());
    let picker = layout::inner(layout::picker(app.size()));
    let last = app.corpus().speakers().names().len();
    assert_eq!(last, 4, "the entry for no name, Choi, 박서연 and 佐藤美咲");
    type_text(&mut app, "佐藤");
    app.update(Action::TogglePick, now());
    app.update(Action::DeleteChar, now());
    app.update(Action::DeleteChar, now());
    let buf = buffer(&app);
    let (x, y) = find(&buf, picker, "[x] 佐藤美咲");
    assert_eq!(buf[(x + 4, y)].style().fg, theme().caption_bar().fg);
    let (x, y) = find(&buf, picker, "(unknown)");
    assert!(buf[(x, y)].style().add_modifier.contains(Modifier::ITALIC));
    let (x, y) = find(&buf, picker, "Choi Hyun-woo");
    assert_eq!(buf[(x, y)].style().bg, theme().selected().bg, "the cursor's row");
}
