//! The list pane: only the entries in the visible window are built, so drawing costs the same
//! with 20 articles or 100,000.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::{App, ENTRY_HEIGHT, Focus};
use crate::article::StoredArticle;

use super::marks::EntryMarks;
use super::width::{shown, truncate};
use super::{Theme, pane, scrollbar};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let title =
        Line::from(vec![Span::raw(" Articles "), Span::styled(format!("· {} ", app.sort().label()), theme.dim())]);
    let block = pane(theme, title, app.focus() == Focus::List);
    let inner = block.inner(area);
    block.render(area, buf);
    if app.view().is_empty() {
        let unknown = app.tags().wanted();
        let message = if app.is_loading() {
            "Loading articles…".to_string()
        } else if app.corpus().is_empty() {
            "No articles found.".to_string()
        } else if !unknown.is_empty() {
            // `--tag` named a tag no article has: say so, and how to undo it.
            format!("No article has the tag “{}”: t picks tags, T clears the filter.", shown(&unknown.join("”, “")))
        } else {
            "No article matches the filter.".to_string()
        };
        let width = inner.width.saturating_sub(1);
        for (row, line) in crate::app::document::wrap_ranges(&message, usize::from(width)).into_iter().enumerate() {
            let Some(text) = message.get(line).filter(|_| row < usize::from(inner.height)) else { break };
            buf.set_line(inner.x + 1, inner.y + row as u16, &Line::styled(text, theme.dim()), width);
        }
        return;
    }
    let rows = usize::from(inner.height / ENTRY_HEIGHT);
    let (list, view) = (app.list(), app.view());
    for (row, (index, &number)) in view.iter().enumerate().skip(list.offset()).take(rows).enumerate() {
        let Some(article) = app.corpus().get(number) else { continue };
        let y = inner.y + row as u16 * ENTRY_HEIGHT;
        let parsed = app.corpus().is_parsed(number);
        let marks = EntryMarks::of(app, number);
        let area = Rect::new(inner.x, y, inner.width, ENTRY_HEIGHT);
        entry(theme, article, parsed, &marks, index == list.cursor(), area, buf);
    }
    scrollbar(area, view.len(), rows, (list.cursor(), view.len()), buf);
}

/// Title, then a dim `date · source · quotes` line; a bar and a background mark the selection.
/// Unread titles are bold, read ones plain; a star comes before a starred one.
fn entry(
    theme: &Theme,
    article: &StoredArticle,
    parsed: bool,
    marks: &EntryMarks,
    selected: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let (mut title_style, meta_style) =
        if selected { (theme.selected(), theme.selected_dim()) } else { (theme.title(), theme.dim()) };
    if selected {
        buf.set_style(area, theme.selected());
    }
    if marks.read {
        title_style = title_style.patch(theme.read_title());
    }
    let marker = if selected { Span::styled("▌", theme.caption_bar()) } else { Span::raw(" ") };
    let prefix = marks.prefix(theme);
    let room = usize::from(area.width).saturating_sub(2 + prefix.as_ref().map_or(0, |p| p.width()));
    let title = shown(article.title());
    let mut spans = vec![marker.clone()];
    spans.extend(prefix);
    spans.push(Span::styled(truncate(&title, room).into_owned(), title_style));
    let title = Line::from(spans);
    buf.set_line(area.x, area.y, &title, area.width);
    let meta = clean_meta(article, parsed);
    let meta = Line::from(vec![marker, Span::styled(truncate(&meta, room).into_owned(), meta_style)]);
    buf.set_line(area.x, area.y + 1, &meta, area.width);
}

/// `date · source · quotes`; an article listed by the light pass only has no quote count yet.
fn clean_meta(article: &StoredArticle, parsed: bool) -> String {
    let date = article.published().map_or_else(|| "no date".to_string(), |d| d.replacen('T', " ", 1));
    let quotes = match article.quotes().len() {
        _ if !parsed => None,
        0 => Some("no quotes".to_string()),
        1 => Some("1 quote".to_string()),
        n => Some(format!("{n} quotes")),
    };
    let mut parts = vec![date];
    parts.extend(article.source().map(String::from));
    parts.extend(quotes);
    shown(&parts.join(" · ")).into_owned()
}
