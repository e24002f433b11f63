//! The status bar's parts for who said what: the quotes count, the speaker, source and date
//! filters in force, the date range being typed (and why it was refused), and the keys.

use ratatui::text::Span;

use crate::app::{App, DatePrompt, Facet, Mode};

use super::theme;
use super::width::truncate;
use crate::text::clean;

/// The most columns a speaker or source filter takes in the status bar: a name or two.
const FACET_SUMMARY_COLUMNS: usize = 30;

/// `1,204 quotes · ` before the article count, in the quotes view.
pub fn quotes_count(app: &App) -> Option<Span<'static>> {
    let view = app.quotes_view();
    let count = view.entries().len();
    let noun = if count == 1 { "quote" } else { "quotes" };
    view.is_shown().then(|| Span::styled(format!(" {count} {noun} ·"), theme::status_key()))
}

/// `speakers: Lee Jae-hoon | 森田早苗 `, `sources: Yonhap `, `dates: 2026-01-01–2026-01-31 `:
/// each filter in force.
pub fn facet_spans(app: &App) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    for (facet, label) in [(Facet::Speakers, "speakers"), (Facet::Sources, "sources")] {
        let filter = app.facets().filter(facet);
        if !filter.is_active() {
            continue;
        }
        let names = facet.names(app.corpus());
        let listed: Vec<&str> = filter
            .selected()
            .iter()
            .map(|&id| names.name(id))
            .chain(filter.wanted().iter().map(String::as_str))
            .collect();
        let summary = truncate(&clean(&listed.join(" | ")), FACET_SUMMARY_COLUMNS).into_owned();
        spans.push(Span::styled(format!("{label}: {summary} "), theme::status()));
    }
    let dates = app.facets().dates();
    if dates.is_active() {
        spans.push(Span::styled(format!("dates: {} ", dates.range().label()), theme::status()));
    }
    spans
}

/// ` dates › 2026-01▏ ` and, when the range typed was refused, why.
pub fn date_prompt(prompt: &DatePrompt) -> Vec<Span<'static>> {
    let mut spans = vec![
        Span::styled(" dates › ", theme::status_key()),
        Span::styled(format!("{}▏ ", clean(prompt.text())), theme::status()),
    ];
    if let Some(error) = prompt.error() {
        spans.push(Span::styled(format!("{} ", clean(error)), theme::status().patch(theme::warning())));
    }
    spans
}

/// The keys worth a hint in the quotes view, or while typing a date range; `None` for the
/// others.
pub fn hints(app: &App) -> Option<&'static str> {
    if let Some(prompt) = app.dates_prompt() {
        return Some(if prompt.error().is_some() {
            "Enter apply  Esc cancel "
        } else {
            "e.g. 2026-01  2026-01-05..2026-01-20  last 7 days  Enter apply "
        });
    }
    let filtered = app.facets().is_active() || app.tags().is_active() || app.search().is_active();
    match (app.quotes_view().is_shown(), filtered) {
        (true, true) => Some("v articles  p speakers  O sources  d dates  x clear  ? help "),
        (true, false) => Some("v articles  p speakers  O sources  d dates  ? help "),
        (false, true) if app.facets().is_active() => Some("? help  v quotes  p speakers  d dates  x clear "),
        _ => None,
    }
}

/// When the full hints do not fit beside the filters in force: the key that clears them.
pub fn short_hints(app: &App) -> Option<&'static str> {
    let filtered = app.facets().is_active() || app.tags().is_active() || app.search().is_active();
    (app.mode() == Mode::Normal && filtered).then_some("x clear  ? help ")
}
