//! The quotes view, the speaker and source pickers and the date range, driven by actions.

use std::time::Instant;

use chrono::NaiveDate;

use super::*;
use crate::app::{LoadEvent, Mode};
use crate::article::{Article, Quote};

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn quote(speaker: Option<&str>, text: &str, paragraph: usize) -> Quote {
    Quote { text: text.into(), speaker: speaker.map(Into::into), paragraph }
}

/// An article whose paragraphs each hold the words of the quote said in it.
fn article(title: &str, date: &str, source: &str, tags: &[&str], quotes: Vec<Quote>) -> Article {
    let mut paragraphs = vec![format!("{title} opens here.")];
    for q in &quotes {
        while paragraphs.len() <= q.paragraph {
            paragraphs.push(format!("Filler paragraph {} of {title}.", paragraphs.len()));
        }
        paragraphs[q.paragraph] =
            format!("{} said “{}” to reporters.", q.speaker.as_deref().unwrap_or("Someone"), q.text);
    }
    Article {
        id: title.into(),
        title: title.into(),
        published: Some(date.into()),
        source: Some(source.into()),
        paragraphs,
        quotes,
        tags: tags.iter().map(|t| t.to_string()).collect(),
        ..Article::default()
    }
}

fn articles() -> Vec<Article> {
    vec![
        article(
            "Ferry launch",
            "2026-01-12T09:20",
            "Eastgate Daily",
            &["transport"],
            vec![quote(Some("Choi Hyun-woo"), "a bridge both cities built", 1), quote(None, "we sail on time", 2)],
        ),
        article(
            "Chip exports",
            "2026-01-14",
            "Yonhap",
            &["economy"],
            vec![quote(Some("CHOI Hyun-woo"), "exports will hold", 1), quote(Some("森田早苗"), "協力を深めたい", 2)],
        ),
        article(
            "Snow in Hokkaido",
            "2025-12-20",
            "Kyodo",
            &["weather"],
            vec![quote(Some("森田 早苗"), "stay safe", 1)],
        ),
        article("Tour opens", "2026-01-10", "yonhap", &["culture"], vec![quote(Some("한결"), "보답하겠다", 1)]),
        article("No quotes here", "2026-01-11", "Yonhap", &["economy"], Vec::new()),
    ]
}

fn app() -> App {
    let mut app = App::with_articles(articles(), (120, 40));
    app.update(Action::Resize { width: 120, height: 40 }, now());
    app.set_today(NaiveDate::from_ymd_opt(2026, 1, 14).unwrap());
    app
}

/// The quotes view's entries as `speaker: words`.
fn quotes(app: &App) -> Vec<String> {
    let corpus = app.corpus();
    app.quotes_view()
        .entries()
        .iter()
        .map(|at| {
            let article = corpus.get(at.article).unwrap();
            let quote = &article.quotes()[at.quote as usize];
            let speaker = corpus.speakers().of_article(at.article)[at.quote as usize];
            format!("{}: {}", corpus.speakers().name(speaker), article.quote_text(quote))
        })
        .collect()
}

fn titles(app: &App) -> Vec<&str> {
    app.view().iter().map(|&n| app.corpus().get(n).map_or("", |a| a.title())).collect()
}

fn type_text(app: &mut App, text: &str) {
    text.chars().for_each(|c| app.update(Action::Input(c), now()));
}

/// The picker's entries as `name count`.
fn picker(app: &App) -> Vec<String> {
    let Some(Popup::Facet(picker)) = app.popup() else { panic!("no picker open") };
    let names = picker.facet().names(app.corpus());
    picker.shown().iter().map(|&(id, n)| format!("{} {n}", names.name(id))).collect()
}

/// Chooses the entry of the open picker whose name starts with `name`.
fn pick(app: &mut App, name: &str) {
    let rows = picker(app);
    let at = rows.iter().position(|r| r.starts_with(name)).unwrap_or_else(|| panic!("{name} not in {rows:?}"));
    (0..rows.len()).for_each(|_| app.update(Action::Up, now()));
    (0..at).for_each(|_| app.update(Action::Down, now()));
    app.update(Action::TogglePick, now());
}

#[test]
fn the_quotes_view_lists_every_quote_by_date_newest_first_and_switches_back() {
    let mut app = app();
    app.update(Action::ToggleQuotesView, now());
    assert!(app.quotes_view().is_shown());
    assert_eq!(
        quotes(&app),
        [
            "Choi Hyun-woo: exports will hold",
            "森田早苗: 協力を深めたい",
            "Choi Hyun-woo: a bridge both cities built",
            "(unknown): we sail on time",
            "한결: 보답하겠다",
            "森田早苗: stay safe",
        ]
    );
    app.update(Action::CycleSort, now());
    assert_eq!(app.sort(), crate::corpus::SortKey::Oldest);
    assert_eq!(quotes(&app)[0], "森田早苗: stay safe");
    app.update(Action::CycleSort, now());
    // Sorted by title, the list is no date order: the quotes stay newest first.
    assert_eq!(quotes(&app)[0], "Choi Hyun-woo: exports will hold");
    app.update(Action::ToggleQuotesView, now());
    assert!(!app.quotes_view().is_shown() && app.quotes_view().entries().is_empty());
}

#[test]
fn the_selected_quotes_paragraph_is_shown_and_follows_the_cursor() {
    let mut app = app();
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::Down, now());
    let context = app.quotes_view().context().expect("a context");
    let marked: Vec<&str> = context.marks.iter().map(|m| &context.text[m.clone()]).collect();
    assert_eq!(marked, ["協力を深めたい"]);
    assert!(context.text.starts_with("Chip exports\n2026-01-14 · Yonhap"), "{}", context.text);
    app.update(Action::Down, now());
    let context = app.quotes_view().context().unwrap();
    assert!(context.text.contains("Choi Hyun-woo said “a bridge both cities built” to reporters."));
}

#[test]
fn enter_opens_the_article_at_the_quote_and_esc_comes_back_to_it() {
    let mut app = App::with_articles(articles(), (70, 20));
    app.update(Action::ToggleQuotesView, now());
    (0..3).for_each(|_| app.update(Action::Down, now()));
    app.update(Action::Open, now());
    assert!(!app.quotes_view().is_shown());
    assert_eq!((app.focus(), app.selected_article().map(|a| a.title())), (Focus::Body, Some("Ferry launch")));
    assert_eq!(app.reading().active_quote(), Some(1));
    let doc = app.reading().doc().unwrap();
    let line = doc.quote_starts[1].unwrap();
    assert!(app.reading().scroll() <= line && line < app.reading().scroll() + 18, "{}", app.reading().scroll());
    assert!(app.screen().unwrap().list.is_empty(), "one pane at a time below 100 columns");
    app.update(Action::Back, now());
    assert!(app.quotes_view().is_shown());
    assert_eq!((app.quotes_view().cursor(), app.focus()), (3, Focus::List));
}

#[test]
fn tab_shows_the_context_alone_on_a_narrow_screen() {
    let mut app = App::with_articles(articles(), (70, 20));
    app.update(Action::ToggleQuotesView, now());
    let screen = app.quotes_screen().unwrap();
    assert!(!screen.list.is_empty() && screen.body.is_empty());
    app.update(Action::FocusNext, now());
    let screen = app.quotes_screen().unwrap();
    assert!(screen.list.is_empty() && !screen.body.is_empty());
    app.update(Action::Back, now());
    assert!(!app.quotes_view().context_focused() && app.quotes_view().is_shown());
}

#[test]
fn the_tag_filter_and_the_search_narrow_the_quotes_too() {
    let mut app = app();
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::OpenTagPicker, now());
    type_text(&mut app, "economy");
    app.update(Action::ToggleTag, now());
    app.update(Action::Back, now());
    assert_eq!(quotes(&app), ["Choi Hyun-woo: exports will hold", "森田早苗: 協力を深めたい"]);
    app.update(Action::ClearTags, now());
    app.update(Action::StartSearch, now());
    type_text(&mut app, "hokkaido");
    app.update(Action::Confirm, now());
    assert_eq!(quotes(&app), ["森田早苗: stay safe"]);
}

#[test]
fn the_speaker_picker_counts_quotes_in_what_is_shown_and_narrows_both_views() {
    let mut app = app();
    app.update(Action::OpenSpeakerPicker, now());
    assert_eq!(app.mode(), Mode::FacetPicker);
    assert_eq!(picker(&app), ["Choi Hyun-woo 2", "森田早苗 2", "(unknown) 1", "한결 1"]);
    type_text(&mut app, "森田");
    assert_eq!(picker(&app), ["森田早苗 2"]);
    app.update(Action::TogglePick, now());
    assert_eq!(titles(&app), ["Chip exports", "Snow in Hokkaido"]);
    app.update(Action::DeleteChar, now());
    app.update(Action::DeleteChar, now());
    // Counts leave the speaker filter itself out: the others stay to be added.
    assert_eq!(picker(&app).len(), 4);
    pick(&mut app, "(unknown)");
    assert_eq!(titles(&app), ["Chip exports", "Ferry launch", "Snow in Hokkaido"]);
    app.update(Action::Back, now());
    app.update(Action::ToggleQuotesView, now());
    assert_eq!(quotes(&app), ["森田早苗: 協力を深めたい", "(unknown): we sail on time", "森田早苗: stay safe"]);
    // Choosing again lets go.
    app.update(Action::OpenSpeakerPicker, now());
    pick(&mut app, "森田早苗");
    pick(&mut app, "(unknown)");
    assert_eq!(quotes(&app).len(), 6);
}

#[test]
fn the_source_picker_counts_articles_and_combines_with_the_other_filters() {
    let mut app = app();
    app.update(Action::OpenSourcePicker, now());
    assert_eq!(picker(&app), ["Yonhap 3", "Eastgate Daily 1", "Kyodo 1"]);
    pick(&mut app, "Yonhap");
    app.update(Action::Back, now());
    assert_eq!(titles(&app), ["Chip exports", "No quotes here", "Tour opens"]);
    // With a speaker chosen, the sources count the articles quoting them.
    app.update(Action::OpenSpeakerPicker, now());
    pick(&mut app, "Choi");
    app.update(Action::Back, now());
    assert_eq!(titles(&app), ["Chip exports"]);
    app.update(Action::OpenSourcePicker, now());
    assert_eq!(picker(&app), ["Eastgate Daily 1", "Yonhap 1"]);
}

#[test]
fn a_date_range_typed_narrows_and_bad_input_says_why_in_the_prompt() {
    let mut app = app();
    app.update(Action::EditDates, now());
    assert_eq!(app.mode(), Mode::Dates);
    type_text(&mut app, "soon");
    app.update(Action::Confirm, now());
    let error = app.dates_prompt().and_then(DatePrompt::error).expect("an error");
    assert!(error.starts_with("cannot read “soon” as a date"), "{error}");
    assert_eq!((app.mode(), app.view().len()), (Mode::Dates, 5));
    (0..4).for_each(|_| app.update(Action::DeleteChar, now()));
    assert!(app.dates_prompt().and_then(DatePrompt::error).is_none());
    type_text(&mut app, "last 3 days");
    app.update(Action::Confirm, now());
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(titles(&app), ["Chip exports", "Ferry launch"]);
    assert_eq!(app.facets().dates().range().label(), "2026-01-12–2026-01-14");
    // The prompt opens on the range in force as it was typed; Esc leaves it as it was.
    app.update(Action::EditDates, now());
    assert_eq!(app.dates_prompt().map(DatePrompt::text), Some("last 3 days"));
    app.update(Action::Cancel, now());
    assert_eq!(app.view().len(), 2);
    app.update(Action::EditDates, now());
    (0..30).for_each(|_| app.update(Action::DeleteChar, now()));
    type_text(&mut app, "2025");
    app.update(Action::Confirm, now());
    assert_eq!(titles(&app), ["Snow in Hokkaido"]);
}

#[test]
fn one_key_lets_every_filter_go() {
    let mut app = app();
    app.update(Action::OpenSourcePicker, now());
    pick(&mut app, "Kyodo");
    app.update(Action::Back, now());
    app.update(Action::OpenTagPicker, now());
    app.update(Action::ToggleTag, now());
    app.update(Action::Back, now());
    app.update(Action::EditDates, now());
    type_text(&mut app, "2026");
    app.update(Action::Confirm, now());
    app.update(Action::StartSearch, now());
    type_text(&mut app, "snow");
    app.update(Action::Confirm, now());
    assert!(app.view().is_empty());
    app.update(Action::ClearFilters, now());
    assert_eq!(app.view().len(), 5);
    assert!(!app.facets().is_active() && !app.tags().is_active() && !app.search().is_active());
}

#[test]
fn speakers_and_sources_asked_for_at_the_start_apply_as_they_appear() {
    let mut app = App::new(Vec::new());
    app.set_start_filters(StartFilters {
        speakers: vec!["choi hyun-woo".into()],
        sources: vec!["Nobody Times".into(), "YONHAP".into()],
        dates: crate::corpus::DateRange::default(),
    });
    let time = now();
    app.on_load(LoadEvent::Articles { articles: articles(), files: 5 }, time);
    app.on_load(LoadEvent::Finished, time);
    assert_eq!(titles(&app), ["Chip exports"]);
    assert_eq!(app.facets().filter(Facet::Sources).wanted(), ["Nobody Times"]);
    let mut app = App::new(Vec::new());
    app.set_start_filters(StartFilters { speakers: vec!["Nobody".into()], ..StartFilters::default() });
    app.on_load(LoadEvent::Articles { articles: articles(), files: 5 }, time);
    app.on_load(LoadEvent::Finished, time);
    assert!(app.view().is_empty());
}

#[test]
fn moving_past_either_end_and_the_mouse_stay_in_the_list() {
    let mut app = app();
    app.update(Action::ToggleQuotesView, now());
    app.update(Action::Bottom, now());
    assert_eq!(app.quotes_view().cursor(), 5);
    app.update(Action::Down, now());
    assert_eq!(app.quotes_view().cursor(), 5);
    app.update(Action::Top, now());
    let list = layout::inner(app.quotes_screen().unwrap().list);
    app.update(Action::ClickAt { column: list.x + 2, row: list.y + 2 * ENTRY_HEIGHT }, now());
    assert_eq!(app.quotes_view().cursor(), 2);
    let body = app.quotes_screen().unwrap().body;
    app.update(Action::ClickAt { column: body.x + 2, row: body.y + 2 }, now());
    assert!(app.quotes_view().context_focused());
}

#[path = "who_state_tests.rs"]
mod with_state;

#[test]
fn u_in_the_quotes_view_goes_to_the_next_quote_of_another_unread_article() {
    let mut app = app();
    app.update(Action::ToggleQuotesView, now());
    let entries = app.quotes_view().entries().to_vec();
    let first = entries[0].article;
    // Read the next article that has quotes: `u` passes over it and over the first's own.
    let next = entries.iter().map(|at| at.article).find(|&a| a != first).unwrap();
    let index = entries.iter().position(|at| at.article == next).unwrap();
    app.update(Action::Down, now());
    while app.quotes_view().current().map(|at| at.article) != Some(next) {
        app.update(Action::Down, now());
    }
    app.update(Action::ToggleRead, now());
    assert!(app.marks().is_read(next));
    app.update(Action::Top, now());
    let list_cursor = app.list().cursor();
    app.update(Action::NextUnread, now());
    let expected = entries.iter().position(|at| at.article != first && at.article != next).unwrap();
    assert!(expected > index);
    assert_eq!(app.quotes_view().cursor(), expected);
    assert!(app.quotes_view().is_shown());
    assert_eq!(app.list().cursor(), list_cursor, "the hidden list stays");
    // Every article read but the one under the cursor: nowhere to go, and it says so.
    for at in &entries {
        if at.article != entries[expected].article && !app.marks().is_read(at.article) {
            let position = entries.iter().position(|e| e.article == at.article).unwrap();
            app.update(Action::Top, now());
            for _ in 0..position {
                app.update(Action::Down, now());
            }
            app.update(Action::ToggleRead, now());
        }
    }
    app.update(Action::Top, now());
    for _ in 0..expected {
        app.update(Action::Down, now());
    }
    app.update(Action::NextUnread, now());
    assert_eq!(app.quotes_view().cursor(), expected);
}
