//! The article's URL as a link the terminal can open (OSC 8), written over the cells the
//! frame has just drawn it in: the same characters in the same style, wrapped in the link's
//! escapes. Drawing stays plain text in cells; only terminals that know OSC 8 are sent it.

use std::io::{self, Write};

use crossterm::cursor::MoveTo;
use crossterm::queue;
use crossterm::style::{Attribute, Print, SetAttribute, SetStyle};
use ratatui::backend::IntoCrossterm;

use crate::app::document::Part;
use crate::app::outside::refuse_url;
use crate::app::{App, layout};

/// Whether the terminal is one that shows OSC 8 links or ignores them quietly: every terminal
/// emulator of today does one or the other; the Linux console and `dumb` print them.
pub fn supported(term: Option<&str>) -> bool {
    term.is_some_and(|t| !t.is_empty() && t != "dumb" && t != "linux")
}

/// Writes the visible lines of the article's URL again, as a link.
pub fn link_url(app: &App, style: ratatui::style::Style, out: &mut impl Write) -> io::Result<()> {
    let (Some(screen), None) = (app.screen(), app.popup()) else { return Ok(()) };
    let reading = app.reading();
    let Some(doc) = reading.doc() else { return Ok(()) };
    let Some(article) = app.corpus().get(doc.article) else { return Ok(()) };
    let Some(url) = article.url() else { return Ok(()) };
    // The link's target goes inside an escape sequence: printable ASCII only.
    if refuse_url(url).is_some() || !url.bytes().all(|b| (0x21..0x7f).contains(&b)) {
        return Ok(());
    }
    let inner = layout::inner(screen.body);
    let mut wrote = false;
    for (row, line) in doc.lines.iter().enumerate().skip(reading.scroll()).take(usize::from(inner.height)) {
        if line.part != Part::Url {
            continue;
        }
        let text = doc.text(article, line);
        let y = inner.y + (row - reading.scroll()) as u16;
        let text: String = text.chars().take(usize::from(inner.width)).collect();
        queue!(
            out,
            MoveTo(inner.x, y),
            SetStyle(style.into_crossterm()),
            Print(format!("\x1b]8;;{url}\x1b\\{text}\x1b]8;;\x1b\\")),
            SetAttribute(Attribute::Reset)
        )?;
        wrote = true;
    }
    if wrote {
        out.flush()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_go_to_terminals_that_take_them() {
        assert!(supported(Some("xterm-256color")));
        assert!(supported(Some("tmux-256color")));
        assert!(!supported(Some("linux")));
        assert!(!supported(Some("dumb")));
        assert!(!supported(None));
    }
}
