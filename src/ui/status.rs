//! The status bar: how many articles are shown, loading progress, failures, the filters in
//! force, and short key hints when there is room.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::{App, Mode};
use crate::corpus::TagMode;

use super::width::{truncate, width};
use super::{filters, theme};
use crate::text::clean;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    buf.set_style(area, theme::status());
    let mut left: Vec<Span> = Vec::new();
    if app.mode() == Mode::Search {
        left.push(Span::styled(" /", theme::status_key()));
        left.push(Span::styled(format!("{}▏", clean(app.search_line().text())), theme::status()));
        left.push(Span::styled(format!(" {}/{} ", app.view().len(), app.corpus().len()), theme::status()));
        if app.search().is_running() {
            left.push(Span::styled("searching… ", theme::status()));
        }
    } else if let Some(prompt) = app.dates_prompt() {
        left.extend(filters::date_prompt(prompt));
    } else {
        left.extend(filters::quotes_count(app));
        left.push(Span::styled(format!(" {}/{} ", app.view().len(), app.corpus().len()), theme::status_key()));
        if let Some(percent) = app.loading().indexing() {
            // Listed and filterable; search finds bodies and quotes as they are parsed.
            left.push(Span::styled(format!("⟳ indexing {percent}% "), theme::status()));
        } else if app.is_loading() {
            let found = app.loading().found().map_or_else(|| "?".to_string(), |n| n.to_string());
            left.push(Span::styled(format!("⟳ loading {}/{found} files ", app.loading().files()), theme::status()));
        } else if app.reads_grams() {
            // The index's pass for phrases after frequent words (`index::frequent`): a second or
            // two at 100,000 articles, while such phrases are still searched.
            left.push(Span::styled("⟳ indexing phrases ", theme::status()));
        }
        if !app.loading().failures().is_empty() {
            let style = theme::status().patch(theme::warning());
            left.push(Span::styled(format!("{} failed (e) ", app.loading().failures().len()), style));
        }
        if app.tags().is_active() {
            left.push(Span::styled(format!("tags: {} ", tag_summary(app)), theme::status()));
        }
        left.extend(filters::facet_spans(app));
        if app.search().is_active() {
            left.push(Span::styled(format!("/{} ", clean(app.search_line().text())), theme::status()));
        }
        if app.search().is_running() {
            left.push(Span::styled("searching… ", theme::status()));
        }
    }
    let used: usize = left.iter().map(|s| width(&s.content)).sum();
    let room = usize::from(area.width);
    // The full hints when they fit, else the way out of the filters and to the help, else
    // at least the way to the help.
    let full = filters::hints(app).unwrap_or(hints(app.mode()));
    let short = filters::short_hints(app);
    let hints = [Some(full), short, Some("? help ")].into_iter().flatten().find(|h| used + width(h) < room);
    if let Some(hints) = hints {
        let pad = room - used - width(hints);
        left.push(Span::styled(" ".repeat(pad), theme::status()));
        left.push(Span::styled(hints, theme::status().patch(Style::new().fg(ratatui::style::Color::DarkGray))));
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
    truncate(&clean(&names.join(joiner)), TAG_SUMMARY_COLUMNS).into_owned()
}

fn hints(mode: Mode) -> &'static str {
    match mode {
        Mode::Normal => "? help  t tags  / search  Q quotes  v all quotes  q quit ",
        Mode::Search => "Enter keep  Esc cancel ",
        Mode::TagPicker => "Space toggle  Tab AND/OR  Esc close ",
        Mode::Popup => "Esc close ",
        Mode::FacetPicker => "Space choose  Esc close ",
        Mode::Dates => "Enter apply  Esc cancel ",
    }
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
        super::render(app, area, &mut buf);
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
