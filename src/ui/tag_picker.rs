//! The tag picker popup: a filter line, the tags with their counts, and the keys.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, PickerRow, TagPicker};
use crate::corpus::TagMode;

use super::width::{shown, truncate, width};
use super::{Theme, popup, scrollbar};

pub fn render(app: &App, theme: &Theme, picker: &TagPicker, area: Rect, buf: &mut Buffer) {
    if area.width < 8 || area.height < 4 {
        return;
    }
    let mode = match app.tags().mode() {
        TagMode::And => "AND: every tag",
        TagMode::Or => "OR: any tag",
    };
    let title = Line::from(vec![
        Span::styled(" Tags ", theme.title()),
        Span::styled(format!("· {} selected · {mode} ", app.tags().selected().len()), theme.dim()),
    ]);
    let inner = popup(theme, title, area, buf);
    let filter = if picker.filter().is_empty() {
        Line::from(vec![Span::styled("› ", theme.caption_bar()), Span::styled("type to narrow", theme.dim())])
    } else {
        Line::from(vec![Span::styled("› ", theme.caption_bar()), Span::raw(format!("{}▏", shown(picker.filter())))])
    };
    buf.set_line(inner.x, inner.y, &filter, inner.width);
    let rows = usize::from(inner.height.saturating_sub(2));
    let room = usize::from(inner.width);
    for (row, index) in (picker.offset()..picker.len()).take(rows).enumerate() {
        let y = inner.y + 1 + row as u16;
        let selected = index == picker.cursor();
        // A name asked for (`--tag`) that no article carries: selected, with no articles.
        let (name, chosen, count, unknown) = match picker.row(index) {
            Some(PickerRow::Tag(id, count)) => {
                (app.corpus().tags().name(id), app.tags().selected().contains(&id), count, false)
            }
            Some(PickerRow::Unknown(name)) => (name, true, 0, true),
            None => continue,
        };
        let check = if chosen { "[x] " } else { "[ ] " };
        let count = if unknown { " no such tag ".to_string() } else { format!(" {count} ") };
        let name_room = room.saturating_sub(width(check) + width(&count) + 1);
        let name = truncate(&shown(name), name_room).into_owned();
        let pad = room.saturating_sub(width(check) + width(&name) + width(&count));
        let style = if selected {
            theme.selected()
        } else if chosen {
            theme.caption_bar()
        } else {
            Default::default()
        };
        let count_style = match (selected, unknown) {
            (true, _) => style,
            (false, true) => theme.warning(),
            (false, false) => theme.dim(),
        };
        let line = Line::from(vec![
            Span::styled(check, style),
            Span::styled(name, style),
            Span::styled(" ".repeat(pad), style),
            Span::styled(count, count_style),
        ]);
        buf.set_line(inner.x, y, &line, inner.width);
    }
    if picker.is_empty() {
        let message = if app.corpus().tags().count() == 0 { "No tags yet." } else { "No tag matches." };
        buf.set_line(inner.x + 2, inner.y + 1, &Line::styled(message, theme.dim()), inner.width.saturating_sub(2));
    }
    let hints = Line::styled("Enter toggle · Tab AND/OR · Esc close", theme.dim());
    buf.set_line(inner.x, inner.bottom().saturating_sub(1), &hints, inner.width);
    let list = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    scrollbar(list, picker.len(), rows, (picker.cursor(), picker.len()), buf);
}
