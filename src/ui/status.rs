//! The status bar: how many articles are shown, loading progress, failures, the filters in
//! force, and short key hints when there is room.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::keys::key_label;
use crate::app::{Action, App, Mode};
use crate::corpus::TagMode;

use super::width::{shown, truncate, width};
use super::{Theme, filters};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    buf.set_style(area, theme.status());
    let mut left: Vec<Span> = Vec::new();
    if let Some(name) = app.prompt() {
        left.push(Span::styled(" write the articles shown to: ", theme.status_key()));
        left.push(Span::styled(format!("{}▏", shown(name)), theme.status()));
    } else if app.mode() == Mode::Search {
        left.push(Span::styled(" /", theme.status_key()));
        left.push(Span::styled(format!("{}▏", shown(app.search_line().text())), theme.status()));
        left.push(Span::styled(format!(" {}/{} ", app.view().len(), app.corpus().live_len()), theme.status()));
        if app.search().is_running() {
            left.push(Span::styled("searching… ", theme.status()));
        }
    } else if let Some(prompt) = app.dates_prompt() {
        left.extend(filters::date_prompt(prompt, theme));
    } else {
        left.extend(filters::quotes_count(app, theme));
        left.push(Span::styled(format!(" {}/{} ", app.view().len(), app.corpus().live_len()), theme.status_key()));
        left.extend(super::marks::status(app, theme));
        if let Some(percent) = app.loading().indexing() {
            // Listed and filterable; search finds bodies and quotes as they are parsed.
            left.push(Span::styled(format!("⟳ indexing {percent}% "), theme.status()));
        } else if app.is_loading() {
            let found = app.loading().found().map_or_else(|| "?".to_string(), |n| n.to_string());
            left.push(Span::styled(format!("⟳ loading {}/{found} files ", app.loading().files()), theme.status()));
        } else if app.reads_grams() {
            // The index's pass for phrases after frequent words (`index::frequent`): a second or
            // two at 100,000 articles, while such phrases are still searched.
            left.push(Span::styled("⟳ indexing phrases ", theme.status()));
        }
        if !app.loading().failures().is_empty() {
            let style = theme.status().patch(theme.warning());
            left.push(Span::styled(format!("{} failed (e) ", app.loading().failures().len()), style));
        }
        if app.tags().is_active() {
            left.push(Span::styled(format!("tags: {} ", tag_summary(app)), theme.status()));
        }
        if !app.is_loading() && !app.tags().wanted().is_empty() {
            // Every file is read: a tag asked for that is still unknown is no article's.
            left.push(Span::styled("(no such tag) ", theme.status().patch(theme.warning())));
        }
        left.extend(filters::facet_spans(app, theme));
        if app.search().is_active() {
            left.push(Span::styled(format!("/{} ", shown(app.search_line().text())), theme.status()));
        }
        if app.search().is_running() {
            left.push(Span::styled("searching… ", theme.status()));
        }
    }
    left.extend(super::marks::notice(app, theme));
    let used: usize = left.iter().map(|s| width(&s.content)).sum();
    let room = usize::from(area.width);
    // The full hints when they fit, else the ways out of the filters and of the quotes view,
    // else at least the way to the help.
    let hints = hint_choices(app).into_iter().find(|h| !h.is_empty() && used + width(h) < room);
    if let Some(hints) = hints {
        let pad = room - used - width(&hints);
        left.push(Span::styled(" ".repeat(pad), theme.status()));
        left.push(Span::styled(hints, theme.status_hint()));
    }
    buf.set_line(area.x, area.y, &Line::from(left), area.width);
}

/// The most columns the tag filter takes in the status bar: two or three tags, and room left
/// for the counts and the key hints at 80 columns.
const TAG_SUMMARY_COLUMNS: usize = 40;

/// `korea + trade` under AND, `korea | trade` under OR, names as the corpus spells them.
fn tag_summary(app: &App) -> String {
    let tags = app.tags();
    let names: Vec<String> = tags
        .selected()
        .iter()
        .map(|&id| app.corpus().tags().name(id).to_string())
        .chain(tags.wanted().iter().cloned())
        .collect();
    let joiner = if tags.mode() == TagMode::And { " + " } else { " | " };
    truncate(&shown(&names.join(joiner)), TAG_SUMMARY_COLUMNS).into_owned()
}

/// The key hints to show, fullest first.
fn hint_choices(app: &App) -> Vec<String> {
    let mut choices = vec![hints(app, app.mode())];
    let plain = !app.quotes_view().is_shown() && !app.facets().is_active();
    if app.mode() == Mode::Normal && plain {
        choices.push(hint_list(app, Mode::Normal, &READING_HINTS[..READING_HINTS.len() - 1]));
    }
    if app.mode() == Mode::Normal {
        let help = (Action::Help, "help");
        let back = app.quotes_view().is_shown().then_some((Action::ToggleQuotesView, "articles"));
        let clear = is_filtered(app).then_some((Action::ClearFilters, "clear"));
        for short in [[back, clear], [None, clear], [back, None]] {
            let short: Vec<(Action, &str)> = short.into_iter().flatten().chain([help]).collect();
            choices.push(hint_list(app, Mode::Normal, &short));
        }
    }
    // At least the way to the help, or out of what is being typed or picked (where `?` is typed).
    choices.push(match app.mode() {
        Mode::Normal => hint_list(app, Mode::Normal, &[(Action::Help, "help")]),
        mode => hint_list(app, mode, &[(Action::Cancel, "cancel"), (Action::Back, "close")]),
    });
    choices
}

/// Whether any filter narrows what is shown: tags, search, speakers, sources, dates.
fn is_filtered(app: &App) -> bool {
    app.facets().is_active() || app.tags().is_active() || app.search().is_active()
}

/// The hints of the reading keys, the last left out first when they do not fit.
const READING_HINTS: [(Action, &str); 7] = [
    (Action::Help, "help"),
    (Action::OpenTagPicker, "tags"),
    (Action::StartSearch, "search"),
    (Action::CycleSort, "sort"),
    (Action::ToggleQuotes, "quotes"),
    (Action::Quit, "quit"),
    (Action::ToggleQuotesView, "quotes view"),
];

/// The key hints of a mode (and of the quotes view, or a date range being typed), with the keys
/// as bound.
fn hints(app: &App, mode: Mode) -> String {
    use Action::*;
    let quotes_view = app.quotes_view().is_shown();
    let hints: &[(Action, &str)] = match mode {
        Mode::Normal if quotes_view && is_filtered(app) => &[
            (ToggleQuotesView, "articles"),
            (OpenSpeakerPicker, "speakers"),
            (OpenSourcePicker, "sources"),
            (EditDates, "dates"),
            (ClearFilters, "clear"),
            (Help, "help"),
        ],
        Mode::Normal if quotes_view => &[
            (ToggleQuotesView, "articles"),
            (OpenSpeakerPicker, "speakers"),
            (OpenSourcePicker, "sources"),
            (EditDates, "dates"),
            (Help, "help"),
        ],
        Mode::Normal if app.facets().is_active() => &[
            (Help, "help"),
            (ToggleQuotesView, "quotes view"),
            (OpenSpeakerPicker, "speakers"),
            (EditDates, "dates"),
            (ClearFilters, "clear"),
        ],
        Mode::Normal => &READING_HINTS,
        Mode::Search => &[(Confirm, "keep"), (Cancel, "cancel")],
        Mode::TagPicker => &[(ToggleTag, "toggle"), (ToggleTagMode, "AND/OR"), (Back, "close")],
        Mode::FacetPicker => &[(TogglePick, "choose"), (Back, "close")],
        Mode::Dates if app.dates_prompt().is_some_and(|p| p.error().is_some()) => {
            &[(Confirm, "apply"), (Cancel, "cancel")]
        }
        Mode::Dates => {
            let keys = hint_list(app, mode, &[(Confirm, "apply")]);
            return format!("e.g. 2026-01  2026-01-05..2026-01-20  last 7 days  {keys}");
        }
        Mode::Popup => &[(Back, "close")],
        Mode::Prompt => &[(Confirm, "write .jsonl .md .csv"), (Cancel, "cancel")],
    };
    hint_list(app, mode, hints)
}

/// `KEY what` for each action that has a key in `mode`, its first key.
fn hint_list(app: &App, mode: Mode, hints: &[(Action, &str)]) -> String {
    let mut out = String::new();
    for &(action, what) in hints {
        if let Some(&key) = app.keymap().keys_of(mode, action).first() {
            if !out.is_empty() {
                out.push_str("  ");
            }
            out.push_str(&format!("{} {what}", key_label(key)));
        }
    }
    if !out.is_empty() {
        out.push(' ');
    }
    out
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;

    use std::time::Instant;

    use crate::app::{App, LoadEvent, TimeSlice};
    use crate::article::Article;
    use crate::index::{IndexBuilder, terms_of};

    fn status(app: &App) -> String {
        let area = Rect::new(0, 0, 100, 1);
        let mut buf = Buffer::empty(area);
        super::render(app, &super::Theme::default(), area, &mut buf);
        buf.content().iter().map(|cell| cell.symbol()).collect()
    }

    #[test]
    fn says_so_while_the_index_reads_the_frequent_grams() {
        let many: Vec<Article> =
            (0..20).map(|i| Article { paragraphs: vec![format!("zeta {i}")], ..Article::default() }).collect();
        let mut builder = IndexBuilder::new(many.len());
        many.iter().enumerate().for_each(|(n, a)| builder.add(n as u32, &terms_of(a)));
        let mut app = App::with_articles(many, (100, 30));
        app.on_load(LoadEvent::Indexed(Box::new(builder.finish(20))), TimeSlice::new(Instant::now()));
        assert!(status(&app).contains("⟳ indexing phrases"), "{}", status(&app));
        while app.is_busy() {
            app.tick(TimeSlice::one_chunk(Instant::now()));
        }
        assert!(!status(&app).contains("indexing"), "{}", status(&app));
    }
}
