//! The quotes view: every quote shown, two rows each (the speaker and the quote; the date,
//! source and title of its article), and the selected quote's context (its paragraph with the
//! quote marked). Only the entries in view are built, so a frame costs the same with 20 quotes
//! or 600,000.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::{App, ContextPart, ENTRY_HEIGHT, QuoteAt, QuoteContext, layout};
use crate::corpus::{SortKey, UNKNOWN_SPEAKER};

use super::width::{shown, truncate, width};
use super::{Theme, pane, scrollbar};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let shape = layout::Shape { article_open: app.quotes_view().context_focused(), quotes: false };
    let Some(screen) = layout::screen(area, shape) else { return };
    render_list(app, theme, screen.list, buf);
    render_context(app, theme, screen.body, buf);
}

fn render_list(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let view = app.quotes_view();
    let order = if app.sort() == SortKey::Oldest { "oldest" } else { "newest" };
    let title = Line::from(vec![
        Span::raw(" Quotes "),
        Span::styled(format!("· {} · {order} first ", view.entries().len()), theme.dim()),
    ]);
    let hint = Line::styled(" Enter: open the article at the quote ", theme.dim()).right_aligned();
    let block = pane(theme, title, !view.context_focused()).title_bottom(hint);
    let inner = block.inner(area);
    block.render(area, buf);
    if view.entries().is_empty() {
        let message = if app.is_loading() {
            "Loading articles… quotes come with the full parse."
        } else if app.view().is_empty() {
            "No article matches the filters."
        } else {
            "No quote in the articles shown."
        };
        buf.set_line(inner.x + 1, inner.y, &Line::styled(message, theme.dim()), inner.width.saturating_sub(1));
        return;
    }
    let rows = usize::from(inner.height / ENTRY_HEIGHT);
    for (row, (index, &at)) in view.entries().iter().enumerate().skip(view.offset()).take(rows).enumerate() {
        let y = inner.y + row as u16 * ENTRY_HEIGHT;
        entry(app, theme, at, index == view.cursor(), Rect::new(inner.x, y, inner.width, ENTRY_HEIGHT), buf);
    }
    scrollbar(area, view.entries().len(), rows, (view.cursor(), view.entries().len()), buf);
}

/// The most bytes of a quote read for one row: a row is at most a few hundred columns, and a
/// quote may be megabytes.
fn head(text: &str, columns: usize) -> &str {
    let mut end = text.len().min(columns.saturating_mul(4) + 4);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// `Speaker  quote…`, then a dim `date · source · title`; a bar and a background mark the
/// selection.
fn entry(app: &App, theme: &Theme, at: QuoteAt, selected: bool, area: Rect, buf: &mut Buffer) {
    let corpus = app.corpus();
    let Some(article) = corpus.get(at.article) else { return };
    let Some(quote) = article.quotes().get(at.quote as usize) else { return };
    let speakers = corpus.speakers();
    let speaker = speakers.of_article(at.article).get(at.quote as usize).copied().unwrap_or(UNKNOWN_SPEAKER);
    let (text_style, meta_style) =
        if selected { (theme.selected(), theme.selected_dim()) } else { (Style::new(), theme.dim()) };
    if selected {
        buf.set_style(area, theme.selected());
    }
    let marker = if selected { Span::styled("▌", theme.caption_bar()) } else { Span::raw(" ") };
    let room = usize::from(area.width).saturating_sub(2);
    let name_style = if speaker == UNKNOWN_SPEAKER { theme.dim() } else { theme.speaker() };
    let name = truncate(&shown(speakers.name(speaker)), room / 2).into_owned();
    let said_room = room.saturating_sub(width(&name) + 2);
    let words = article.quote_text(quote);
    let said = truncate(&shown(head(words, said_room)), said_room).into_owned();
    let first = Line::from(vec![
        marker.clone(),
        Span::styled(name, text_style.patch(name_style)),
        Span::styled("  ", text_style),
        Span::styled(said, text_style),
    ]);
    buf.set_line(area.x, area.y, &first, area.width);
    let date = article.published().map_or_else(|| "no date".to_string(), |d| d.replacen('T', " ", 1));
    let mut meta = vec![date];
    meta.extend(article.source().map(String::from));
    meta.push(head(article.title(), room).to_string());
    let meta = shown(&meta.join(" · ")).into_owned();
    let second = Line::from(vec![marker, Span::styled(truncate(&meta, room).into_owned(), meta_style)]);
    buf.set_line(area.x, area.y + 1, &second, area.width);
}

fn render_context(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let view = app.quotes_view();
    let block = pane(theme, Line::raw(" Said in "), view.context_focused());
    let inner = block.inner(area);
    block.render(area, buf);
    let Some(context) = view.context() else {
        buf.set_line(inner.x + 1, inner.y, &Line::styled("No quote selected.", theme.dim()), inner.width);
        return;
    };
    let rows = usize::from(inner.height);
    for (row, line) in context.lines.iter().skip(view.context_scroll()).take(rows).enumerate() {
        let y = inner.y + row as u16;
        let text = context.line_text(line);
        let styled = match line.part {
            ContextPart::Blank => Line::default(),
            ContextPart::Title => Line::styled(shown(text).into_owned(), theme.title()),
            ContextPart::Meta => Line::styled(shown(text).into_owned(), theme.dim()),
            ContextPart::Speaker => Line::styled(shown(text).into_owned(), theme.speaker()),
            ContextPart::Body => marked(theme, context, line.range.clone(), text),
        };
        buf.set_line(inner.x, y, &styled, inner.width);
    }
    let max = context.lines.len().saturating_sub(rows);
    scrollbar(area, context.lines.len(), rows, (view.context_scroll(), max + 1), buf);
}

/// A body line of the context (`range` of its text), the quote's parts in the highlight.
fn marked<'a>(theme: &Theme, context: &QuoteContext, range: std::ops::Range<usize>, text: &str) -> Line<'a> {
    let mut cuts = vec![range.start, range.end];
    for mark in &context.marks {
        cuts.extend([mark.start.clamp(range.start, range.end), mark.end.clamp(range.start, range.end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut spans = Vec::new();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let Some(piece) = text.get(a - range.start..b - range.start) else { continue };
        let inside = context.marks.iter().any(|m| m.start <= a && b <= m.end);
        let style = if inside { theme.active_quote() } else { Style::new() };
        spans.push(Span::styled(shown(piece).into_owned(), style));
    }
    Line::from(spans)
}
