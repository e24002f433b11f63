//! The help overlay, generated from the key table that key handling uses, the list of files
//! that failed to load, and the open article's parser warnings.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::keys::HelpLine;
use crate::app::{App, Failure};

use super::width::{shown, truncate, truncate_left, width};
use super::{Theme, popup, scrollbar};

/// The help (the keys as bound, [`Keymap::help_lines`](crate::app::Keymap::help_lines))
/// styled: headings bold, keys in the accent colour and in a column.
fn styled_help(app: &App, theme: &Theme) -> Vec<Line<'static>> {
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
            HelpLine::Heading(title) => Line::styled(title, theme.title()),
            HelpLine::Keys { keys, help } => {
                let pad = " ".repeat(key_width - width(&keys) + 2);
                Line::from(vec![
                    Span::styled(format!("  {keys}"), theme.caption_bar()),
                    Span::raw(pad),
                    Span::raw(help),
                ])
            }
            HelpLine::Blank => Line::default(),
            HelpLine::Note(note) => Line::styled(note, theme.dim()),
        })
        .collect()
}

pub fn render_help(app: &App, theme: &Theme, scroll: usize, area: Rect, buf: &mut Buffer) {
    let lines = styled_help(app, theme);
    let inner = popup(theme, Line::styled(" Keys ", theme.title()), area, buf);
    draw_lines(&lines, scroll, inner, area, buf);
}

pub fn render_errors(app: &App, theme: &Theme, scroll: usize, area: Rect, buf: &mut Buffer) {
    let failures = app.loading().failures();
    let title = Line::styled(format!(" Files that failed to load: {} ", failures.len()), theme.title());
    let inner = popup(theme, title, area, buf);
    let lines: Vec<Line> = if failures.is_empty() {
        vec![Line::styled("Every file loaded.", theme.dim())]
    } else {
        let room = usize::from(inner.width);
        failures.iter().map(|f| failure_line(theme, f, room)).collect()
    };
    draw_lines(&lines, scroll, inner, area, buf);
}

/// The selected article's parser warnings: what it had to guess, repair or drop.
pub fn render_warnings(app: &App, theme: &Theme, scroll: usize, area: Rect, buf: &mut Buffer) {
    let warnings = app.selected_article().map_or(&[][..], |a| a.warnings());
    let title = Line::styled(format!(" The parser's warnings about this article: {} ", warnings.len()), theme.title());
    let inner = popup(theme, title, area, buf);
    let lines: Vec<Line> = if warnings.is_empty() {
        vec![Line::styled("Nothing to warn about: the page read cleanly.", theme.dim())]
    } else {
        let room = usize::from(inner.width);
        warnings.iter().map(|w| Line::raw(truncate(&shown(w), room).into_owned())).collect()
    };
    draw_lines(&lines, scroll, inner, area, buf);
}

/// The columns a path keeps at least when its reason is long: enough for a file name.
const PATH_COLUMNS: usize = 24;

/// `path: reason` in `room` columns: a path too long is cut from the left (its file name
/// stays), so that the reason is seen; the reason is cut only when it alone does not fit.
fn failure_line(theme: &Theme, failure: &Failure, room: usize) -> Line<'static> {
    let (path, reason) = (shown(&failure.path), shown(&failure.reason));
    let reason_room = room.saturating_sub(width(&path) + 2).max(room.saturating_sub(PATH_COLUMNS + 2));
    let reason = truncate(&reason, reason_room).into_owned();
    let path = truncate_left(&path, room.saturating_sub(width(&reason) + 2)).into_owned();
    Line::from(vec![Span::styled(path, theme.dim()), Span::raw(": "), Span::raw(reason)])
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
