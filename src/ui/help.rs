//! The help overlay, generated from the key table that key handling uses, and the list of
//! files that failed to load.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::keys::help_rows;

use super::width::{truncate, width};
use super::{popup, scrollbar, theme};
use crate::text::clean;

/// The help as lines: a heading per mode, then `keys  what they do`.
pub fn help_lines() -> Vec<Line<'static>> {
    let rows = help_rows();
    let key_width = rows.iter().map(|(_, keys, _)| width(keys)).max().unwrap_or(0);
    let mut lines = Vec::new();
    let mut mode = None;
    for (m, keys, help) in rows {
        if mode != Some(m) {
            if mode.is_some() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(m.title(), theme::title()));
            mode = Some(m);
        }
        let pad = " ".repeat(key_width - width(&keys) + 2);
        lines.push(Line::from(vec![
            Span::styled(format!("  {keys}"), theme::caption_bar()),
            Span::raw(pad),
            Span::raw(help),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::styled("Mouse: the wheel scrolls the pane under the pointer; a click selects.", theme::dim()));
    lines
}

pub fn render_help(scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = help_lines();
    let inner = popup(Line::styled(" Keys ", theme::title()), area, buf);
    draw_lines(&lines, scroll, inner, area, buf);
}

pub fn render_errors(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let failures = &app.loading.failures;
    let title = Line::styled(format!(" Files that failed to load: {} ", failures.len()), theme::title());
    let inner = popup(title, area, buf);
    let lines: Vec<Line> = if failures.is_empty() {
        vec![Line::styled("Every file loaded.", theme::dim())]
    } else {
        let room = usize::from(inner.width);
        failures.iter().map(|f| Line::raw(truncate(&clean(f), room).into_owned())).collect()
    };
    draw_lines(&lines, scroll, inner, area, buf);
}

fn draw_lines(lines: &[Line], scroll: usize, inner: Rect, area: Rect, buf: &mut Buffer) {
    let rows = usize::from(inner.height);
    let scroll = scroll.min(lines.len().saturating_sub(rows));
    for (row, line) in lines.iter().skip(scroll).take(rows).enumerate() {
        buf.set_line(inner.x, inner.y + row as u16, line, inner.width);
    }
    let max = lines.len().saturating_sub(rows);
    scrollbar(area, lines.len(), rows, (scroll, max + 1), buf);
}
