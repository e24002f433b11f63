//! The reading state as drawn: the unread count and the view in the status bar, the notice
//! line, and the marks of an entry in the list (unread titles bold, read ones plain, a star
//! before a starred one).

use ratatui::text::Span;

use super::Theme;
use super::width::shown;
use crate::app::{App, StateView};

/// `12 unread` and, when the list shows only some, which.
pub fn status(app: &App, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = vec![Span::styled(format!("{} unread ", app.unread()), theme.status())];
    if app.marks().view() != StateView::All {
        spans.push(Span::styled(format!("[{}] ", app.marks().view().label()), theme.status_key()));
    }
    spans
}

/// The notice (what an outside action did; the state or the cache could not be written, a
/// reload's outcome), if any: one that needs a look marked ⚠ and in the warning's colour.
pub fn notice(app: &App, theme: &Theme) -> Option<Span<'static>> {
    let notice = app.notice()?;
    Some(if notice.warning {
        Span::styled(format!("⚠ {} ", shown(&notice.text)), theme.status().patch(theme.warning()))
    } else {
        Span::styled(format!("{} ", shown(&notice.text)), theme.status_key())
    })
}

/// How an entry's title is drawn: its star, and whether it is read.
pub struct EntryMarks {
    pub read: bool,
    pub starred: bool,
}

impl EntryMarks {
    pub fn of(app: &App, number: u32) -> EntryMarks {
        EntryMarks { read: app.marks().is_read(number), starred: app.marks().is_starred(number) }
    }

    /// What goes before the title.
    pub fn prefix(&self, theme: &Theme) -> Option<Span<'static>> {
        self.starred.then(|| Span::styled("★ ", theme.star()))
    }
}
