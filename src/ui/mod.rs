//! Drawing only: from `&App` to a frame. Nothing here changes state; every rectangle comes from
//! [`crate::app::layout`], the same function `update` uses for page sizes and mouse hits.

mod detail;
mod facet_picker;
mod filters;
mod help;
mod list;
mod marks;
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
pub use theme::{Colors, Theme};

/// Draws the reader in full colour (tests, benches).
pub fn draw(frame: &mut Frame, app: &App) {
    draw_with(frame, app, &Theme::default());
}

/// Draws the reader in the colours of `theme`.
pub fn draw_with(frame: &mut Frame, app: &App, theme: &Theme) {
    render(app, theme, frame.area(), frame.buffer_mut());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        render(self, &Theme::default(), area, buf);
    }
}

/// The whole screen: the panes, the status bar, and a popup over them.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(screen) = layout::screen(area, app.shape()) else {
        let line = Line::styled(width::truncate("terminal too small", usize::from(area.width)), theme.warning());
        buf.set_line(area.x, area.y, &line, area.width);
        return;
    };
    if app.quotes_view().is_shown() {
        quote_view::render(app, theme, area, buf);
    } else {
        list::render(app, theme, screen.list, buf);
        detail::render(app, theme, screen.body, buf);
        quotes::render(app, theme, screen.quotes, buf);
    }
    status::render(app, theme, screen.status, buf);
    match app.popup() {
        Some(Popup::Tags(picker)) => tag_picker::render(app, theme, picker, layout::picker(area), buf),
        Some(Popup::Facet(picker)) => facet_picker::render(app, theme, picker, layout::picker(area), buf),
        Some(Popup::Help { scroll }) => help::render_help(app, theme, *scroll, layout::help(area), buf),
        Some(Popup::Errors { scroll }) => help::render_errors(app, theme, *scroll, layout::errors(area), buf),
        Some(Popup::Warnings { scroll }) => help::render_warnings(app, theme, *scroll, layout::errors(area), buf),
        None => {}
    }
}

/// A pane's frame: rounded border, highlighted when focused, with a title.
fn pane<'a>(theme: &Theme, title: Line<'a>, focused: bool) -> Block<'a> {
    Block::bordered().border_type(BorderType::Rounded).border_style(theme.border(focused)).title(title)
}

/// A popup's frame, after clearing what is under it.
fn popup<'a>(theme: &Theme, title: Line<'a>, area: Rect, buf: &mut Buffer) -> Rect {
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
    let block = pane(theme, title, true);
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
