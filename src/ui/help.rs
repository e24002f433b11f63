//! The help overlay, generated from the key table that key handling uses, and the list of
//! files that failed to load.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::keys::HelpLine;

use super::width::{truncate, width};
use super::{popup, scrollbar, theme};
use crate::text::clean;

/// The help (the keys as bound, [`Keymap::help_lines`](crate::app::Keymap::help_lines))
/// styled: headings bold, keys in the accent colour and in a column.
fn styled_help(app: &App) -> Vec<Line<'static>> {
    let help = app.keymap().help_lines();
    let key_width = help
        .iter()
        .map(|line| match line {
            HelpLine::Keys { keys, .. } => width(keys),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    help.into_iter()
        .map(|line| match line {
            HelpLine::Heading(title) => Line::styled(title, theme::title()),
            HelpLine::Keys { keys, help } => {
                let pad = " ".repeat(key_width - width(&keys) + 2);
                Line::from(vec![
                    Span::styled(format!("  {keys}"), theme::caption_bar()),
                    Span::raw(pad),
                    Span::raw(help),
                ])
            }
            HelpLine::Blank => Line::default(),
            HelpLine::Note(note) => Line::styled(note, theme::dim()),
        })
        .collect()
}

pub fn render_help(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = styled_help(app);
    let inner = popup(Line::styled(" Keys ", theme::title()), area, buf);
    draw_lines(&lines, scroll, inner, area, buf);
}

pub fn render_errors(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let failures = app.loading().failures();
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
