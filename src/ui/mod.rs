//! Drawing only: from `&App` to a frame. Nothing here changes state; every rectangle comes from
//! [`crate::app::layout`], the same function `update` uses for page sizes and mouse hits.

mod detail;
mod facet_picker;
mod filters;
mod help;
mod list;
mod quote_view;
mod quotes;
mod status;
mod tag_picker;
pub mod theme;
mod width;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{
    Block, BorderType, Clear, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Popup, layout};

pub fn draw(frame: &mut Frame, app: &App) {
    frame.render_widget(app, frame.area());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(screen) = layout::screen(area, self.shape()) else {
            let line = Line::styled(width::truncate("terminal too small", usize::from(area.width)), theme::warning());
            buf.set_line(area.x, area.y, &line, area.width);
            return;
        };
        if self.quotes_view().is_shown() {
            quote_view::render(self, area, buf);
        } else {
            list::render(self, screen.list, buf);
            detail::render(self, screen.body, buf);
            quotes::render(self, screen.quotes, buf);
        }
        status::render(self, screen.status, buf);
        match self.popup() {
            Some(Popup::Tags(picker)) => tag_picker::render(self, picker, layout::picker(area), buf),
            Some(Popup::Facet(picker)) => facet_picker::render(self, picker, layout::picker(area), buf),
            Some(Popup::Help { scroll }) => help::render_help(*scroll, layout::help(area), buf),
            Some(Popup::Errors { scroll }) => help::render_errors(self, *scroll, layout::errors(area), buf),
            None => {}
        }
    }
}

/// A pane's frame: rounded border, highlighted when focused, with a title.
fn pane<'a>(title: Line<'a>, focused: bool) -> Block<'a> {
    Block::bordered().border_type(BorderType::Rounded).border_style(theme::border(focused)).title(title)
}

/// A popup's frame, after clearing what is under it.
fn popup<'a>(title: Line<'a>, area: Rect, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    // A wide character just left of the box would still cover its left border on a terminal.
    if area.x > buf.area.x {
        for y in area.top()..area.bottom() {
            if let Some(cell) = buf.cell_mut((area.x - 1, y))
                && cell.symbol().width() > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
    let block = pane(title, true);
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// A scrollbar on the right border of `pane` when `content` rows do not fit in `viewport`;
/// `position` runs from 0 to `positions - 1`.
fn scrollbar(pane: Rect, content: usize, viewport: usize, (position, positions): (usize, usize), buf: &mut Buffer) {
    if content <= viewport || pane.height < 3 {
        return;
    }
    let area = Rect { y: pane.y + 1, height: pane.height - 2, ..pane };
    let mut state = ScrollbarState::new(positions).position(position).viewport_content_length(viewport);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .render(area, buf, &mut state);
}
