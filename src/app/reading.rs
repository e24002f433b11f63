//! The open article: its wrapped lines (cached per article and width), the body's scroll,
//! the quotes pane, search matches in the body, and the mouse.

use crate::ui::wrap::{Document, Mark, Part};

use super::{App, ENTRY_HEIGHT, Focus, Popup, Shape, layout};

#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The selected article laid out for the body's width.
    pub doc: Option<Document>,
    /// The body's first visible line.
    pub scroll: usize,
    pub quote_cursor: usize,
    /// The quotes pane's first visible line.
    pub quote_offset: usize,
    /// The quote last jumped to, highlighted in the body.
    pub active_quote: Option<usize>,
    /// Search matches in the title, captions and body, in reading order.
    pub matches: Vec<Mark>,
    pub current_match: Option<usize>,
}

impl App {
    /// The body's text area as it is when the article is shown (also while a narrow screen
    /// shows the list, so the article is ready when opened).
    pub(crate) fn body_area(&self) -> ratatui::layout::Rect {
        let shape = Shape { article_open: true, quotes: self.quotes_visible() };
        layout::screen(self.size, shape).map(|s| layout::inner(s.body)).unwrap_or_default()
    }

    fn quotes_area(&self) -> ratatui::layout::Rect {
        let shape = Shape { article_open: true, quotes: true };
        layout::screen(self.size, shape).map(|s| layout::inner(s.quotes)).unwrap_or_default()
    }

    /// Wraps the selected article when the selection or the width changed. A new article starts
    /// at its top; the same article at a new width keeps the line being read at the top.
    pub(crate) fn sync_reading(&mut self) {
        let Some(number) = self.list.selected else {
            self.reading = Reading::default();
            return;
        };
        // Too small to show anything: keep the old layout, so growing back loses nothing.
        if layout::too_small(self.size) && self.reading.doc.as_ref().is_some_and(|d| d.article == number) {
            return;
        }
        let width = self.body_area().width.max(1);
        let same_article = self.reading.doc.as_ref().is_some_and(|d| d.article == number);
        if same_article && self.reading.doc.as_ref().is_some_and(|d| d.width == width) {
            return;
        }
        let Some(article) = self.corpus.get(number) else { return };
        let doc = Document::new(number, article, &self.corpus.tag_names(number), width);
        if same_article {
            let anchor = self.reading.doc.as_ref().and_then(|old| old.anchor(self.reading.scroll));
            self.reading.scroll = anchor.map_or(0, |a| doc.line_of_anchor(a));
            self.reading.quote_offset = doc.quote_first_line.get(self.reading.quote_cursor).copied().unwrap_or(0);
            self.reading.doc = Some(doc);
        } else {
            self.reading = Reading { doc: Some(doc), ..Reading::default() };
            if self.focus != Focus::List && self.list.selected.is_none() {
                self.focus = Focus::List;
            }
        }
        self.compute_matches();
    }

    pub(crate) fn clamp_scrolls(&mut self) {
        let body_rows = usize::from(self.body_area().height);
        let quote_rows = usize::from(self.quotes_area().height);
        let r = &mut self.reading;
        let (lines, quote_lines, quotes) =
            r.doc.as_ref().map_or((0, 0, 0), |d| (d.lines.len(), d.quote_lines.len(), d.entries.len()));
        r.scroll = r.scroll.min(lines.saturating_sub(body_rows));
        r.quote_offset = r.quote_offset.min(quote_lines.saturating_sub(quote_rows));
        r.quote_cursor = r.quote_cursor.min(quotes.saturating_sub(1));
    }

    pub(crate) fn scroll_body(&mut self, delta: isize) {
        self.reading.scroll = self.reading.scroll.saturating_add_signed(delta);
        self.clamp_scrolls();
    }

    pub(crate) fn move_quote(&mut self, delta: isize) {
        let Some(doc) = &self.reading.doc else { return };
        let count = doc.entries.len();
        if count == 0 {
            return;
        }
        let cursor = self.reading.quote_cursor.saturating_add_signed(delta).min(count - 1);
        self.reading.quote_cursor = cursor;
        // Keep the whole entry in view when it fits, else its first line.
        let first = doc.quote_first_line.get(cursor).copied().unwrap_or(0);
        let end = doc.quote_first_line.get(cursor + 1).copied().unwrap_or(doc.quote_lines.len());
        let rows = usize::from(self.quotes_area().height).max(1);
        let offset = &mut self.reading.quote_offset;
        if first < *offset {
            *offset = first;
        } else if end > *offset + rows {
            *offset = (end - rows).min(first);
        }
    }

    /// Scrolls the body to the quote under the quotes cursor and highlights it there.
    pub(crate) fn jump_to_quote(&mut self) {
        let cursor = self.reading.quote_cursor;
        let Some(doc) = &self.reading.doc else { return };
        if cursor >= doc.entries.len() {
            return;
        }
        self.reading.active_quote = Some(cursor);
        if let Some(Some(line)) = doc.quote_starts.get(cursor) {
            self.reading.scroll = line.saturating_sub(2);
        }
        self.clamp_scrolls();
    }

    /// Finds the search in the open article, for highlighting and `n`/`N`.
    pub(crate) fn compute_matches(&mut self) {
        self.reading.matches.clear();
        self.reading.current_match = None;
        let (Some(query), Some(doc)) = (&self.search.query, &self.reading.doc) else { return };
        let Some(article) = self.corpus.get(doc.article) else { return };
        let parts = std::iter::once((Part::Title, article.title.as_str()))
            .chain(article.captions.iter().enumerate().map(|(i, c)| (Part::Caption(i as u32), c.text.as_str())))
            .chain(article.paragraph_texts().enumerate().map(|(i, p)| (Part::Body(i as u32), p)));
        for (part, text) in parts {
            self.reading.matches.extend(query.find_iter(text).map(|range| doc.mark(part, range)));
        }
        self.reading.matches.sort_by_key(|m| (m.first_line, m.range.start));
    }

    /// Moves to the next (or previous) match, wrapping around, and scrolls it into view.
    pub(crate) fn step_match(&mut self, forward: bool) {
        let count = self.reading.matches.len();
        if count == 0 {
            return;
        }
        let next = match (self.reading.current_match, forward) {
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
            (None, true) => {
                let top = self.reading.scroll;
                self.reading.matches.iter().position(|m| m.first_line >= top).unwrap_or(0)
            }
            (None, false) => count - 1,
        };
        self.reading.current_match = Some(next);
        if self.focus == Focus::List && layout::is_narrow(self.size) {
            self.set_focus(Focus::Body);
        }
        let line = self.reading.matches[next].first_line;
        let rows = usize::from(self.body_area().height);
        if line < self.reading.scroll || line >= self.reading.scroll + rows {
            self.reading.scroll = line.saturating_sub(rows / 3);
        }
        self.clamp_scrolls();
    }

    pub(crate) fn scroll_at(&mut self, column: u16, row: u16, lines: i16) {
        let delta = isize::from(lines);
        if let Some(popup) = &mut self.popup {
            match popup {
                Popup::Help { scroll } | Popup::Errors { scroll } => *scroll = scroll.saturating_add_signed(delta),
                Popup::Tags(picker) => picker.move_by(delta),
            }
            return;
        }
        let Some(screen) = self.screen() else { return };
        if layout::hit(screen.list, column, row) {
            self.list.offset = self.list.offset.saturating_add_signed(delta);
            self.clamp_list_offset();
        } else if layout::hit(screen.body, column, row) {
            self.scroll_body(delta);
        } else if layout::hit(screen.quotes, column, row) {
            self.reading.quote_offset = self.reading.quote_offset.saturating_add_signed(delta);
            self.clamp_scrolls();
        }
    }

    pub(crate) fn click_at(&mut self, column: u16, row: u16) {
        if self.popup.is_some() || self.search.editing {
            return;
        }
        let Some(screen) = self.screen() else { return };
        if layout::hit(screen.list, column, row) {
            let inner = layout::inner(screen.list);
            if row >= inner.y && row < inner.bottom() {
                let index = self.list.offset + usize::from((row - inner.y) / ENTRY_HEIGHT);
                if index < self.view.len() {
                    self.list.cursor = index;
                    self.list.selected = self.view.get(index).copied();
                }
            }
            self.focus = Focus::List;
        } else if layout::hit(screen.body, column, row) {
            self.set_focus(Focus::Body);
        } else if layout::hit(screen.quotes, column, row) {
            let inner = layout::inner(screen.quotes);
            let line = self.reading.quote_offset + usize::from(row.saturating_sub(inner.y));
            if let Some(q) = self.reading.doc.as_ref().and_then(|d| d.quote_lines.get(line)) {
                self.reading.quote_cursor = q.quote;
            }
            self.set_focus(Focus::Quotes);
        }
    }
}
