//! The quotes view's state: every quote of the articles shown, by date, the cursor and the
//! first entry in view, and the selected quote's context (`quote_context.rs`). The list is a
//! vector of (article, quote) pairs built from the articles' date order and the corpus's
//! speaker array (`corpus/speakers.rs`) without reading an article, so it costs a pass over
//! the order whatever the filters.

use crate::bitmap::Bitmap;
use crate::corpus::SpeakerIndex;

use super::quote_context::{QuoteAt, QuoteContext};

/// The quotes view.
#[derive(Debug, Clone, Default)]
pub struct QuotesView {
    shown: bool,
    entries: Vec<QuoteAt>,
    cursor: usize,
    /// The first entry in view.
    offset: usize,
    /// The context pane has the keys (on a narrow screen: it is shown instead of the list).
    context_focused: bool,
    context: Option<QuoteContext>,
    /// The context pane's first visible line.
    context_scroll: usize,
    /// The article on screen was opened from here: `Esc` comes back.
    opened_from_here: bool,
    /// The entries were listed again since the context was laid out (an article may have
    /// changed under it).
    context_stale: bool,
}

impl QuotesView {
    /// Whether the quotes view is on screen (instead of the article list).
    pub fn is_shown(&self) -> bool {
        self.shown
    }

    /// Every quote shown, newest article first (oldest first when the list is so sorted), an
    /// article's quotes in reading order.
    pub fn entries(&self) -> &[QuoteAt] {
        &self.entries
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The first entry in view.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The quote under the cursor.
    pub fn current(&self) -> Option<QuoteAt> {
        self.entries.get(self.cursor).copied()
    }

    /// Whether the context pane has the keys.
    pub fn context_focused(&self) -> bool {
        self.context_focused
    }

    /// The selected quote in its paragraph, laid out for the context pane.
    pub fn context(&self) -> Option<&QuoteContext> {
        self.context.as_ref()
    }

    /// The context pane's first visible line.
    pub fn context_scroll(&self) -> usize {
        self.context_scroll
    }

    /// Whether the article on screen was opened from the quotes view.
    pub fn opened_from_here(&self) -> bool {
        self.opened_from_here
    }

    pub(super) fn show(&mut self) {
        self.shown = true;
        self.opened_from_here = false;
    }

    /// Leaves for the list of articles; the entries are dropped (they are rebuilt on return).
    pub(super) fn hide(&mut self) {
        self.shown = false;
        self.context_focused = false;
        self.opened_from_here = false;
        self.entries = Vec::new();
        self.context = None;
    }

    /// Leaves for the article of the selected quote, keeping the place to come back to.
    pub(super) fn leave_for_article(&mut self) {
        self.shown = false;
        self.opened_from_here = true;
    }

    /// Takes the entries again (`fill` writes them into the emptied list), keeping the quote
    /// under the cursor when it is still there.
    pub(super) fn rebuild(&mut self, rows: usize, fill: impl FnOnce(&mut Vec<QuoteAt>)) {
        let current = self.current();
        self.context_stale = true;
        self.entries.clear();
        fill(&mut self.entries);
        let kept = current.filter(|_| self.cursor > 0).and_then(|at| self.entries.iter().position(|&e| e == at));
        self.cursor = kept.unwrap_or(self.cursor).min(self.entries.len().saturating_sub(1));
        self.keep_cursor_visible(rows);
    }

    pub(super) fn move_by(&mut self, delta: isize, rows: usize) {
        if self.entries.is_empty() {
            return;
        }
        self.cursor = self.cursor.saturating_add_signed(delta).min(self.entries.len() - 1);
        self.keep_cursor_visible(rows);
    }

    /// Puts the cursor on entry `index` (a click), if there is one.
    pub(super) fn select(&mut self, index: usize) {
        if index < self.entries.len() {
            self.cursor = index;
        }
    }

    /// Scrolls the list by `delta` entries without moving the cursor (the wheel).
    pub(super) fn scroll_by(&mut self, delta: isize, rows: usize) {
        self.offset = self.offset.saturating_add_signed(delta).min(self.entries.len().saturating_sub(rows));
    }

    pub(super) fn keep_cursor_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
        self.offset = self.offset.min(self.entries.len().saturating_sub(rows));
    }

    pub(super) fn focus_context(&mut self, focused: bool) {
        self.context_focused = focused;
    }

    /// Whether the context shown is that of `at` at `width`.
    pub(super) fn has_context(&self, at: Option<QuoteAt>, width: u16) -> bool {
        match (&self.context, at) {
            _ if self.context_stale => false,
            (Some(c), Some(at)) => c.at == at && c.width == width,
            (None, None) => true,
            _ => false,
        }
    }

    /// Takes the context of the selected quote: a newly selected one scrolled so that the
    /// quote is in view with a line or two before it, the same one laid out again where it was.
    pub(super) fn set_context(&mut self, context: Option<QuoteContext>, rows: usize) {
        let same = matches!((&self.context, &context), (Some(old), Some(new)) if old.at == new.at);
        if !same {
            self.context_scroll = context.as_ref().map_or(0, |c| {
                let line = c.first_mark_line();
                if line + 1 < rows { 0 } else { line.saturating_sub(2) }
            });
        }
        self.context = context;
        self.context_stale = false;
        self.clamp_context(rows);
    }

    pub(super) fn scroll_context_by(&mut self, delta: isize, rows: usize) {
        self.context_scroll = self.context_scroll.saturating_add_signed(delta);
        self.clamp_context(rows);
    }

    fn clamp_context(&mut self, rows: usize) {
        let lines = self.context.as_ref().map_or(0, |c| c.lines.len());
        self.context_scroll = self.context_scroll.min(lines.saturating_sub(rows));
    }
}

/// Writes into `out` each quote of the articles in `order` (already filtered), an article's
/// quotes in reading order, keeping only those by a speaker in `chosen` when it is given.
pub(super) fn collect(order: &[u32], speakers: &SpeakerIndex, chosen: Option<&Bitmap>, out: &mut Vec<QuoteAt>) {
    for &article in order {
        let of_article = speakers.of_article(article);
        match chosen {
            None => out.extend((0..of_article.len() as u32).map(|quote| QuoteAt { article, quote })),
            Some(chosen) => out.extend(
                of_article
                    .iter()
                    .enumerate()
                    .filter(|&(_, &s)| chosen.contains(s))
                    .map(|(quote, _)| QuoteAt { article, quote: quote as u32 }),
            ),
        }
    }
}
