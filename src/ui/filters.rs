//! The status bar's parts for who said what: the quotes count, the speaker, source and date
//! filters in force, and the date range being typed (and why it was refused).

use ratatui::text::Span;

use crate::app::{App, DatePrompt, Facet};

use super::Theme;
use super::width::{shown, truncate};

/// The most columns a speaker or source filter takes in the status bar: a name or two.
const FACET_SUMMARY_COLUMNS: usize = 30;

/// `1,204 quotes · ` before the article count, in the quotes view.
pub fn quotes_count(app: &App, theme: &Theme) -> Option<Span<'static>> {
    let view = app.quotes_view();
    let count = view.entries().len();
    let noun = if count == 1 { "quote" } else { "quotes" };
    view.is_shown().then(|| Span::styled(format!(" {count} {noun} ·"), theme.status_key()))
}

/// `speakers: Lee Jae-hoon | 森田早苗 `, `sources: Yonhap `, `dates: 2026-01-01–2026-01-31 `:
/// each filter in force.
pub fn facet_spans(app: &App, theme: &Theme) -> Vec<Span<'static>> {
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
        let summary = truncate(&shown(&listed.join(" | ")), FACET_SUMMARY_COLUMNS).into_owned();
        spans.push(Span::styled(format!("{label}: {summary} "), theme.status()));
    }
    let dates = app.facets().dates();
    if dates.is_active() {
        spans.push(Span::styled(format!("dates: {} ", dates.range().label()), theme.status()));
    }
    spans
}

/// ` dates › 2026-01▏ ` and, when the range typed was refused, why.
pub fn date_prompt(prompt: &DatePrompt, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = vec![
        Span::styled(" dates › ", theme.status_key()),
        Span::styled(format!("{}▏ ", shown(prompt.text())), theme.status()),
    ];
    if let Some(error) = prompt.error() {
        spans.push(Span::styled(format!("{} ", shown(error)), theme.status().patch(theme.warning())));
    }
    spans
}
