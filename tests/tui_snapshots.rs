//! Whole screens on a `TestBackend`, compared with the committed snapshots in
//! `tests/snapshots/`. Articles are built here so the screens do not move with the parser.

use std::time::Instant;

use insta::assert_snapshot;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tidings::app::{Action, App, TimeSlice};
use tidings::{Article, Caption, Quote};

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn ferry() -> Article {
    Article {
        id: "ferry".into(),
        title: "New Busan-Fukuoka fast ferry sails with hopes of a tourism boom".into(),
        published: Some("2026-01-12T09:20".into()),
        source: Some("Eastgate Daily".into()),
        byline: Some("By Han Ji-woo".into()),
        captions: vec![Caption {
            text: "Passengers wave from the deck as the catamaran leaves Busan on Jan. 11.".into(),
            credit: Some("Newsis".into()),
        }],
        paragraphs: vec![
            "A new high-speed ferry linking Busan and Fukuoka made its maiden voyage on Jan. 11, cutting the \
             crossing to just under three hours."
                .into(),
            "Busan Mayor Choi Hyun-woo called the route “a bridge that both cities built plank by plank,” \
             noting four years of talks."
                .into(),
            "“When people can cross for lunch and be home for dinner, they stop thinking of each other as \
             foreigners,” Choi said."
                .into(),
            "The operator plans three round trips a day from March, weather permitting.".into(),
        ],
        quotes: vec![
            Quote {
                text: "a bridge that both cities built plank by plank".into(),
                speaker: Some("Choi Hyun-woo".into()),
                paragraph: 1,
            },
            Quote {
                text: "When people can cross for lunch and be home for dinner, they stop thinking of each other \
                       as foreigners"
                    .into(),
                speaker: Some("Choi Hyun-woo".into()),
                paragraph: 2,
            },
        ],
        tags: vec!["Korea Japan relations".into(), "tourism".into(), "transport".into(), "local news".into()],
        ..Article::default()
    }
}

fn korean() -> Article {
    Article {
        id: "korean".into(),
        title: "그룹 노바린, 첫 월드투어 19개 도시에서 36만 관객 모은다".into(),
        published: Some("2025-12-18T08:05".into()),
        source: Some("서울온뉴스".into()),
        byline: Some("김하늘 기자".into()),
        captions: vec![Caption {
            text: "그룹 노바린이 서울 공연에서 인사하고 있다.".into(),
            credit: Some("연합뉴스".into()),
        }],
        paragraphs: vec![
            "5인조 그룹 노바린이 내년 봄부터 아시아와 북미, 유럽의 19개 도시를 도는 첫 월드투어에 나선다고 \
             소속사가 18일 밝혔다."
                .into(),
            "리더 한결은 “팬들이 기다려 준 만큼 가장 좋은 무대로 보답하겠다”고 말했다. 투어는 3월 서울 \
             공연으로 시작한다."
                .into(),
        ],
        quotes: vec![Quote {
            text: "팬들이 기다려 준 만큼 가장 좋은 무대로 보답하겠다".into(),
            speaker: Some("한결".into()),
            paragraph: 1,
        }],
        tags: vec!["K-pop".into(), "culture".into(), "tour".into()],
        ..Article::default()
    }
}

fn others() -> Vec<Article> {
    let one = |title: &str, date: &str, source: &str, tags: &[&str]| Article {
        id: title.into(),
        title: title.into(),
        published: Some(date.into()),
        source: Some(source.into()),
        paragraphs: vec![format!("{title}. More text follows here.")],
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Article::default()
    };
    vec![
        one("Exports hit December record on AI chip demand", "2026-01-01T10:32", "Yonhap", &["economy", "AI"]),
        one("Record snow strands drivers in northern Japan", "2026-01-08T21:14-05:00", "AP", &["climate", "Japan"]),
        one("Heat pump installations hit record high", "2026-01-05", "The Correspondent", &["climate", "energy"]),
        one("The island that switched off its diesel", "2026-01-04", "Asia Weekly", &["energy", "local news"]),
        one("地方鉄道にAI運行管理　大雪でも遅れ半減", "2026-01-10", "北陸みらい新聞", &["AI", "Japan", "local news"]),
    ]
}

fn app(width: u16, height: u16) -> App {
    let mut articles = vec![ferry(), korean()];
    articles.extend(others());
    let mut app = App::with_articles(articles, (width, height));
    app.update(Action::Resize { width, height }, now());
    app
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(app.size().width, app.size().height)).expect("test backend");
    terminal.draw(|frame| tidings::ui::draw(frame, app)).expect("draw");
    terminal.backend().to_string()
}

fn select(app: &mut App, title_start: &str) {
    app.update(Action::Top, now());
    for _ in 0..app.view().len() {
        if app.selected_article().is_some_and(|a| a.title().starts_with(title_start)) {
            return;
        }
        app.update(Action::Down, now());
    }
    panic!("no article {title_start}");
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.update(Action::Input(c), now());
    }
}

#[test]
fn wide_list_and_article() {
    let mut app = app(120, 40);
    select(&mut app, "New Busan");
    assert_snapshot!("wide_article", screen(&app));
}

#[test]
fn wide_korean_article_with_quotes_pane() {
    let mut app = app(120, 40);
    select(&mut app, "그룹");
    app.update(Action::ToggleQuotes, now());
    app.update(Action::FocusNext, now());
    app.update(Action::FocusNext, now());
    app.update(Action::Open, now());
    assert_snapshot!("wide_korean_quotes", screen(&app));
}

#[test]
fn wide_tag_picker_narrowed_with_a_tag_selected() {
    let mut app = app(120, 40);
    app.update(Action::OpenTagPicker, now());
    type_text(&mut app, "l");
    app.update(Action::Down, now());
    app.update(Action::ToggleTag, now());
    assert_snapshot!("wide_tag_picker", screen(&app));
}

#[test]
fn wide_search_highlights_matches() {
    let mut app = app(120, 40);
    app.update(Action::StartSearch, now());
    type_text(&mut app, "cross");
    app.update(Action::Confirm, now());
    app.update(Action::NextMatch, now());
    assert_snapshot!("wide_search", screen(&app));
}

#[test]
fn wide_help() {
    let mut app = app(120, 40);
    app.update(Action::Help, now());
    assert_snapshot!("wide_help", screen(&app));
}

#[test]
fn narrow_list() {
    let app = app(70, 20);
    assert_snapshot!("narrow_list", screen(&app));
}

#[test]
fn narrow_korean_article() {
    let mut app = app(70, 20);
    select(&mut app, "그룹");
    app.update(Action::Open, now());
    assert_snapshot!("narrow_korean_article", screen(&app));
}

#[test]
fn narrow_tag_picker() {
    let mut app = app(70, 20);
    app.update(Action::OpenTagPicker, now());
    assert_snapshot!("narrow_tag_picker", screen(&app));
}

#[test]
fn too_small() {
    let app = app(16, 4);
    assert_snapshot!("too_small", screen(&app));
}

#[test]
fn never_panics_at_any_size() {
    let mut app = app(120, 40);
    select(&mut app, "New Busan");
    app.update(Action::ToggleQuotes, now());
    for (w, h) in [(1, 1), (2, 1), (1, 7), (20, 5), (21, 6), (30, 8), (99, 10), (100, 10), (300, 3), (250, 90)] {
        app.update(Action::Resize { width: w, height: h }, now());
        for action in [Action::OpenTagPicker, Action::Back, Action::Help, Action::Back, Action::Open] {
            app.update(action, now());
            let _ = screen(&app);
        }
        assert!(app.selected_article().is_some());
    }
}
