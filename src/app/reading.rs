//! The open article: its wrapped lines ([`Document`], cached per article and width), the
//! body's scroll, the quotes pane, and the search's matches in the body. `body_rows` and
//! `quote_rows` below are the heights of the two panes' text areas.
//!
//! Where the reader is in the body is kept as a place in the text ([`Place`]), set when the
//! reader moves, not as a row: a resize lays the article out again and clamps the scroll to
//! the new height, but the place stays, so any chain of resizes that comes back to a size comes
//! back to the same lines.

use crate::article::StoredArticle;
use crate::search::Query;

use super::document::{Anchor, Document, Mark, Part};

/// Lines of what comes before a quote jumped to, so that it is read in its place.
const LINES_BEFORE_A_QUOTE: usize = 2;

/// Where the reader left the body, in the text: the line at the top, or the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Place {
    top: Anchor,
    /// The last line was in view at the bottom: a resize keeps the end in view.
    at_end: bool,
}

/// The open article's state.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The selected article laid out for the body's width.
    doc: Option<Document>,
    /// The body's first visible line.
    scroll: usize,
    /// Where the reader last moved to, kept across layouts and resizes.
    place: Option<Place>,
    /// The reader moved since the last clamp: the place is taken again from the scroll.
    moved: bool,
    quote_cursor: usize,
    /// The quotes pane's first visible line.
    quote_offset: usize,
    /// The quote last jumped to, highlighted in the body.
    active_quote: Option<usize>,
    /// Search matches in the title, captions and body, in reading order.
    matches: Vec<Mark>,
    current_match: Option<usize>,
}

impl Reading {
    /// The selected article laid out for the body's width.
    pub fn doc(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The body's first visible line.
    pub fn scroll(&self) -> usize {
        self.scroll
    }

    /// The quote under the quotes pane's cursor.
    pub fn quote_cursor(&self) -> usize {
        self.quote_cursor
    }

    /// The quotes pane's first visible line.
    pub fn quote_offset(&self) -> usize {
        self.quote_offset
    }

    /// The quote last jumped to, highlighted in the body.
    pub fn active_quote(&self) -> Option<usize> {
        self.active_quote
    }

    /// Search matches in the title, captions and body, in reading order.
    pub fn matches(&self) -> &[Mark] {
        &self.matches
    }

    /// The match last stepped to (`n`, `N`).
    pub fn current_match(&self) -> Option<usize> {
        self.current_match
    }

    /// Whether article `number` is laid out for `width` already.
    pub(super) fn is_laid_out(&self, number: u32, width: u16) -> bool {
        self.doc.as_ref().is_some_and(|d| d.article == number && d.width == width)
    }

    /// Whether article `number` is the one open.
    pub(super) fn is_open(&self, number: u32) -> bool {
        self.doc.as_ref().is_some_and(|d| d.article == number)
    }

    /// Takes a new layout: a new article starts at its top; the same article at a new width
    /// keeps the place being read.
    pub(super) fn lay_out(&mut self, doc: Document) {
        let old = self.doc.take();
        match old.filter(|old| old.article == doc.article) {
            Some(old) => {
                let top = self.place.map(|p| p.top).or_else(|| old.anchor(self.scroll));
                self.scroll = top.map_or(0, |a| doc.line_of_anchor(a));
                self.quote_offset = doc.quote_first_line.get(self.quote_cursor).copied().unwrap_or(0);
                self.doc = Some(doc);
            }
            None => *self = Reading { doc: Some(doc), ..Reading::default() },
        }
    }

    /// Closes the article (nothing is selected).
    pub(super) fn close(&mut self) {
        *self = Reading::default();
    }

    /// Drops the layout of the open article if it is among `numbers` (replaced by their full
    /// parse): it is laid out again, keeping the place.
    pub(super) fn forget_layout_of(&mut self, numbers: &[u32]) {
        if self.doc.as_ref().is_some_and(|d| numbers.contains(&d.article)) {
            self.doc = None;
        }
    }

    /// Keeps every scroll position within its pane's bounds; after the reader moved, the place
    /// is taken from where the body now is.
    pub(super) fn clamp(&mut self, body_rows: usize, quote_rows: usize) {
        let (lines, quote_lines, quotes) =
            self.doc.as_ref().map_or((0, 0, 0), |d| (d.lines.len(), d.quote_lines.len(), d.entries.len()));
        let last_top = lines.saturating_sub(body_rows);
        self.scroll = self.scroll.min(last_top);
        if std::mem::take(&mut self.moved) {
            self.place = self
                .doc
                .as_ref()
                .and_then(|d| d.anchor(self.scroll))
                .map(|top| Place { top, at_end: last_top > 0 && self.scroll == last_top });
        }
        self.quote_offset = self.quote_offset.min(quote_lines.saturating_sub(quote_rows));
        self.quote_cursor = self.quote_cursor.min(quotes.saturating_sub(1));
    }

    /// Scrolls the body by `delta` lines (the bounds are kept by [`Reading::clamp`]).
    pub(super) fn scroll_by(&mut self, delta: isize) {
        self.scroll = self.scroll.saturating_add_signed(delta);
        self.moved = true;
    }

    /// The terminal changed size (the layout for a new width is in already): the body goes
    /// back to the reader's place, the end if they were at it. [`Reading::clamp`] follows.
    pub(super) fn keep_place(&mut self) {
        let (Some(doc), Some(place)) = (&self.doc, self.place) else { return };
        self.scroll = if place.at_end { usize::MAX } else { doc.line_of_anchor(place.top) };
    }

    /// Scrolls the quotes pane by `delta` lines (the bounds are kept by [`Reading::clamp`]).
    pub(super) fn scroll_quotes_by(&mut self, delta: isize) {
        self.quote_offset = self.quote_offset.saturating_add_signed(delta);
    }

    /// Moves the quotes cursor by `delta`, keeping the whole entry in view when it fits, else
    /// its first line.
    pub(super) fn move_quote(&mut self, delta: isize, quote_rows: usize) {
        let Some(doc) = &self.doc else { return };
        let count = doc.entries.len();
        if count == 0 {
            return;
        }
        let cursor = self.quote_cursor.saturating_add_signed(delta).min(count - 1);
        self.quote_cursor = cursor;
        let first = doc.quote_first_line.get(cursor).copied().unwrap_or(0);
        let end = doc.quote_first_line.get(cursor + 1).copied().unwrap_or(doc.quote_lines.len());
        let rows = quote_rows.max(1);
        if first < self.quote_offset {
            self.quote_offset = first;
        } else if end > self.quote_offset + rows {
            self.quote_offset = (end - rows).min(first);
        }
    }

    /// Puts the quotes cursor on quote `quote` of the article, if it has it.
    pub(super) fn point_at_quote(&mut self, quote: usize) {
        if self.doc.as_ref().is_some_and(|d| quote < d.entries.len()) {
            self.quote_cursor = quote;
        }
    }

    /// Puts the quotes cursor on the quote shown on line `line` of the quotes pane (a click).
    pub(super) fn point_at_quote_line(&mut self, line: usize) {
        if let Some(q) = self.doc.as_ref().and_then(|d| d.quote_lines.get(line)) {
            self.quote_cursor = q.quote;
        }
    }

    /// Scrolls the body to the quote under the quotes cursor and highlights it there.
    pub(super) fn jump_to_quote(&mut self) {
        let cursor = self.quote_cursor;
        let Some(doc) = &self.doc else { return };
        if cursor >= doc.entries.len() {
            return;
        }
        self.active_quote = Some(cursor);
        if let Some(Some(line)) = doc.quote_starts.get(cursor) {
            self.scroll = line.saturating_sub(LINES_BEFORE_A_QUOTE);
            self.moved = true;
        }
    }

    /// Finds `query` in the open article (which is `article`), for highlighting and `n`/`N`.
    pub(super) fn find_matches(&mut self, query: Option<&Query>, article: Option<&StoredArticle>) {
        self.matches.clear();
        self.current_match = None;
        let (Some(query), Some(doc), Some(article)) = (query, &self.doc, article) else { return };
        let parts = std::iter::once((Part::Title, article.title()))
            .chain(article.captions().iter().enumerate().map(|(i, c)| (Part::Caption(i as u32), c.text.as_str())))
            .chain(article.paragraph_texts().enumerate().map(|(i, p)| (Part::Body(i as u32), p)));
        for (part, text) in parts {
            self.matches.extend(query.find_iter(text).map(|range| doc.mark(part, range)));
        }
        self.matches.sort_by_key(|m| (m.first_line, m.range.start));
    }

    /// Moves to the next (or previous) match, wrapping around, and scrolls it into view, a
    /// third of the way down the pane. False when there is no match.
    pub(super) fn step_match(&mut self, forward: bool, body_rows: usize) -> bool {
        let count = self.matches.len();
        if count == 0 {
            return false;
        }
        let next = match (self.current_match, forward) {
            (Some(i), true) => (i + 1) % count,
            (Some(i), false) => (i + count - 1) % count,
            (None, true) => {
                let top = self.scroll;
                self.matches.iter().position(|m| m.first_line >= top).unwrap_or(0)
            }
            (None, false) => count - 1,
        };
        self.current_match = Some(next);
        let line = self.matches[next].first_line;
        if line < self.scroll || line >= self.scroll + body_rows {
            self.scroll = line.saturating_sub(body_rows / 3);
            self.moved = true;
        }
        true
    }
}
