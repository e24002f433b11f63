//! The speaker and source pickers: a filter line, the entries with their counts in what is
//! shown, and the keys; like the tag picker.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::{App, Facet, FacetPicker};

use super::width::{shown, truncate, width};
use super::{Theme, popup, scrollbar};

pub fn render(app: &App, theme: &Theme, picker: &FacetPicker, area: Rect, buf: &mut Buffer) {
    if area.width < 8 || area.height < 4 {
        return;
    }
    let facet = picker.facet();
    let filter = app.facets().filter(facet);
    let (name, counted) = match facet {
        Facet::Speakers => (" Speakers ", "quotes in what is shown"),
        Facet::Sources => (" Sources ", "articles in what is shown"),
    };
    let title = Line::from(vec![
        Span::styled(name, theme.title()),
        Span::styled(format!("· {} selected · {counted} ", filter.selected().len()), theme.dim()),
    ]);
    let inner = popup(theme, title, area, buf);
    let typed = if picker.filter().is_empty() {
        Line::from(vec![Span::styled("› ", theme.caption_bar()), Span::styled("type to narrow", theme.dim())])
    } else {
        Line::from(vec![Span::styled("› ", theme.caption_bar()), Span::raw(format!("{}▏", shown(picker.filter())))])
    };
    buf.set_line(inner.x, inner.y, &typed, inner.width);
    let rows = usize::from(inner.height.saturating_sub(2));
    let room = usize::from(inner.width);
    let names = facet.names(app.corpus());
    for (row, (index, &(id, count))) in picker.shown().iter().enumerate().skip(picker.offset()).take(rows).enumerate() {
        let y = inner.y + 1 + row as u16;
        let selected = index == picker.cursor();
        let chosen = filter.selected().contains(&id);
        let check = if chosen { "[x] " } else { "[ ] " };
        let count = format!(" {count} ");
        let name_room = room.saturating_sub(width(check) + width(&count) + 1);
        let label = truncate(&shown(names.name(id)), name_room).into_owned();
        let pad = room.saturating_sub(width(check) + width(&label) + width(&count));
        let style = if selected {
            theme.selected()
        } else if chosen {
            theme.caption_bar()
        } else {
            Default::default()
        };
        // No speaker named, no outlet: an entry of its own, told apart from a name.
        let label_style = if id == 0 { style.patch(theme.caption()) } else { style };
        let line = Line::from(vec![
            Span::styled(check, style),
            Span::styled(label, label_style),
            Span::styled(" ".repeat(pad), style),
            Span::styled(count, if selected { style } else { theme.dim() }),
        ]);
        buf.set_line(inner.x, y, &line, inner.width);
    }
    if picker.shown().is_empty() {
        let message = match (picker.total(), facet) {
            (0, Facet::Speakers) => "No quotes in what is shown.",
            (0, Facet::Sources) => "No articles shown.",
            _ => "No name matches.",
        };
        buf.set_line(inner.x + 2, inner.y + 1, &Line::styled(message, theme.dim()), inner.width.saturating_sub(2));
    }
    let hints = Line::styled("Space/Enter choose · several: any of them · Esc close", theme.dim());
    buf.set_line(inner.x, inner.bottom().saturating_sub(1), &hints, inner.width);
    let list = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    scrollbar(list, picker.shown().len(), rows, (picker.cursor(), picker.shown().len()), buf);
}
