//! Where the panes go, as a pure function of the terminal size and what is shown. `update`
//! uses it for wrap widths, page sizes and mouse hits; `ui` draws into the same rectangles.

use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};

/// Below this the screen only says it is too small.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 5;
/// Below this width one pane is shown at a time.
pub const NARROW_BELOW: u16 = 100;

/// The outer rectangles of the panes (borders included); an empty rectangle is a hidden pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Screen {
    pub list: Rect,
    pub body: Rect,
    pub quotes: Rect,
    pub status: Rect,
}

/// What the layout depends on besides the size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// On a narrow screen: the article is open instead of the list.
    pub article_open: bool,
    pub quotes: bool,
}

pub fn is_narrow(size: Rect) -> bool {
    size.width < NARROW_BELOW
}

pub fn too_small(size: Rect) -> bool {
    size.width < MIN_WIDTH || size.height < MIN_HEIGHT
}

/// The list's share of a wide screen's width, in percent: titles of 40-odd columns at 120,
/// and the body keeps the wider part for reading.
const LIST_PERCENT: u16 = 40;
/// The body's share of the height beside the quotes pane, in percent: reading comes first.
const BODY_PERCENT: u16 = 60;
/// The quotes pane's least height: a border above and below and one line between.
const QUOTES_MIN_HEIGHT: u16 = 3;

/// The panes for a terminal of `size`; `None` when it is too small to show anything useful.
pub fn screen(size: Rect, shape: Shape) -> Option<Screen> {
    if too_small(size) {
        return None;
    }
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(size);
    let (list, detail) = if is_narrow(size) {
        if shape.article_open { (Rect::default(), main) } else { (main, Rect::default()) }
    } else {
        let [list, detail] = Layout::horizontal([Constraint::Percentage(LIST_PERCENT), Constraint::Min(1)]).areas(main);
        (list, detail)
    };
    let (body, quotes) = if detail.is_empty() || !shape.quotes {
        (detail, Rect::default())
    } else {
        let [body, quotes] =
            Layout::vertical([Constraint::Percentage(BODY_PERCENT), Constraint::Min(QUOTES_MIN_HEIGHT)]).areas(detail);
        (body, quotes)
    };
    Some(Screen { list, body, quotes, status })
}

/// The text area inside a pane's border.
pub fn inner(pane: Rect) -> Rect {
    pane.inner(Margin::new(1, 1))
}

/// Whether a point is inside a (non-empty) pane.
pub fn hit(pane: Rect, column: u16, row: u16) -> bool {
    pane.contains(Position::new(column, row))
}

/// A box of at most `width`×`height` in the middle of the screen, above the status bar.
pub fn centered(size: Rect, width: u16, height: u16) -> Rect {
    let room = size.height.saturating_sub(1);
    let (w, h) = (width.min(size.width), height.min(room));
    Rect::new(size.x + (size.width - w) / 2, size.y + (room - h) / 2, w, h)
}

/// The tag picker: a tag name of about 50 columns beside its check box and count, and 22
/// tags at once between the filter line and the hints.
pub fn picker(size: Rect) -> Rect {
    centered(size, 64, 26)
}

/// Tags shown at once in the picker: its inner height less the filter and hint lines.
pub fn picker_rows(size: Rect) -> usize {
    usize::from(inner(picker(size)).height.saturating_sub(2)).max(1)
}

/// The help: a key column and its help within a classic 80-column terminal; as many rows as
/// the screen has, up to 40.
pub fn help(size: Rect) -> Rect {
    centered(size, 78, 40)
}

/// The failed files: wide enough for most paths, and a page of 18 of them at once.
pub fn errors(size: Rect) -> Rect {
    centered(size, 100, 20)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHAPE: Shape = Shape { article_open: false, quotes: false };

    #[test]
    fn wide_screens_show_list_and_body_side_by_side() {
        let s = screen(Rect::new(0, 0, 120, 40), SHAPE).unwrap();
        assert_eq!((s.list.width, s.body.x, s.body.width, s.status.y), (48, 48, 72, 39));
        assert!(s.quotes.is_empty());
        let q = screen(Rect::new(0, 0, 120, 40), Shape { quotes: true, ..SHAPE }).unwrap();
        assert_eq!(q.body.height + q.quotes.height, 39);
    }

    #[test]
    fn narrow_screens_show_one_pane() {
        let s = screen(Rect::new(0, 0, 70, 20), SHAPE).unwrap();
        assert_eq!((s.list.width, s.body), (70, Rect::default()));
        let s = screen(Rect::new(0, 0, 70, 20), Shape { article_open: true, quotes: false }).unwrap();
        assert_eq!((s.list, s.body.width), (Rect::default(), 70));
    }

    #[test]
    fn tiny_screens_have_no_panes() {
        assert!(screen(Rect::new(0, 0, 19, 40), SHAPE).is_none());
        assert!(screen(Rect::new(0, 0, 1, 1), SHAPE).is_none());
        assert!(screen(Rect::new(0, 0, 20, 5), SHAPE).is_some());
    }
}
