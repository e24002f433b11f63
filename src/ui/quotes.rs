//! The quotes pane: `speaker: text` for each quote of the article, wrapped like the body.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::{App, Focus};

use super::width::shown;
use super::{Theme, pane, scrollbar};

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    if area.is_empty() {
        return;
    }
    let reading = app.reading();
    let count = reading.doc().map_or(0, |d| d.entries.len());
    let focused = app.focus() == Focus::Quotes;
    let title = Line::from(vec![Span::raw(" Quotes "), Span::styled(format!("· {count} "), theme.dim())]);
    let hint = Line::styled(" Enter: show in the article ", theme.dim()).right_aligned();
    let block = pane(theme, title, focused).title_bottom(hint);
    let inner = block.inner(area);
    block.render(area, buf);
    let Some(doc) = reading.doc().filter(|_| count > 0) else {
        buf.set_line(inner.x + 1, inner.y, &Line::styled("No quotes in this article.", theme.dim()), inner.width);
        return;
    };
    let rows = usize::from(inner.height);
    for (row, line) in doc.quote_lines.iter().skip(reading.quote_offset()).take(rows).enumerate() {
        let Some((entry, speaker_end)) = doc.entries.get(line.quote) else { continue };
        let selected = line.quote == reading.quote_cursor();
        let y = inner.y + row as u16;
        let base = if selected && focused { theme.selected() } else { Style::new() };
        if selected && focused {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), base);
        }
        let marker = if selected { Span::styled("▌", theme.caption_bar()) } else { Span::raw(" ") };
        let mut spans = vec![marker];
        let split = (*speaker_end).clamp(line.range.start, line.range.end);
        if let Some(speaker) = entry.get(line.range.start..split).filter(|s| !s.is_empty()) {
            spans.push(Span::styled(shown(speaker).into_owned(), base.patch(theme.speaker())));
        }
        if let Some(text) = entry.get(split..line.range.end) {
            spans.push(Span::styled(shown(text).into_owned(), base));
        }
        buf.set_line(inner.x, y, &Line::from(spans), inner.width);
    }
    let max = doc.quote_lines.len().saturating_sub(rows);
    scrollbar(area, doc.quote_lines.len(), rows, (reading.quote_offset(), max + 1), buf);
}
