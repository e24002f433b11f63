//! What depends on more than one part of the state, kept in line after every change: the
//! list (from the corpus's order and both filters), the selection, the open article's layout
//! and matches, and the panes' sizes, which scrolling and paging go by.

use ratatui::layout::Rect;

use super::document::Document;
use super::{App, ENTRY_HEIGHT, Focus, Shape, layout};
use crate::session::ListOrder;

impl App {
    /// Recomputes the list from the cached sort order and the filters' bitmaps, keeping the
    /// selected article selected when it is still shown.
    pub(super) fn refresh_view(&mut self) {
        let by_state = self.marks.passing(self.corpus.len());
        let [speakers, sources, dates] = self.facets.passing_except(None);
        let filters = [self.tags.passing(), self.search.shown(), by_state.as_ref(), speakers, sources, dates];
        self.view = self.corpus.view(self.sort, &filters);
        self.list.reselect(&self.view, self.list_rows());
        self.rebuild_quotes();
    }

    /// After the search session changed what it shows: the list, and the matches in the body.
    pub(super) fn after_search(&mut self) {
        self.refresh_view();
        self.find_matches();
    }

    /// Searches for the search line's text, starting in `time`.
    pub(super) fn apply_search(&mut self, time: crate::session::TimeSlice) {
        let order = ListOrder { sort: self.sort, tags: self.tags.passing() };
        self.search.search(self.line.text(), &mut self.corpus, order, time);
        self.after_search();
    }

    /// The tag filter changed: the articles passing it, and the list.
    pub(super) fn after_tags(&mut self) {
        self.tags.rebuild(self.corpus.tags(), self.corpus.len());
        self.refresh_view();
    }

    /// Brings derived state in line after any change: the selection, the wrapped article for the
    /// current width, and every scroll position within its bounds.
    pub(super) fn sync(&mut self) {
        if self.view.is_empty() {
            self.focus = Focus::List;
            self.article_open = false;
        }
        self.sync_reading();
        self.list.clamp_offset(self.view.len(), self.list_rows());
        self.clamp_reading();
        self.sync_quotes();
        self.mark_opened();
    }

    /// Wraps the selected article when the selection or the width changed.
    fn sync_reading(&mut self) {
        let Some(number) = self.list.selected() else {
            self.reading.close();
            return;
        };
        // Too small to show anything: keep the old layout, so growing back loses nothing.
        if layout::too_small(self.size) && self.reading.is_open(number) {
            return;
        }
        let width = self.body_area().width.max(1);
        if self.reading.is_laid_out(number, width) {
            return;
        }
        let Some(article) = self.corpus.get(number) else { return };
        let doc = Document::new(number, article, &self.corpus.tags().names_of(number), width);
        self.reading.lay_out(doc);
        self.find_matches();
    }

    /// Finds the search in the open article, for highlighting and `n`/`N`.
    fn find_matches(&mut self) {
        let article = self.reading.doc().and_then(|doc| self.corpus.get(doc.article));
        self.reading.find_matches(self.search.query(), article);
    }

    pub(super) fn clamp_reading(&mut self) {
        let (body, quotes) = (self.body_area().height, self.quotes_area().height);
        self.reading.clamp(usize::from(body), usize::from(quotes));
    }

    pub(super) fn set_focus(&mut self, focus: Focus) {
        if focus != Focus::List && self.list.selected().is_none() {
            return;
        }
        self.focus = focus;
        self.article_open = focus != Focus::List;
    }

    /// The body's text area as it is when the article is shown (also while a narrow screen
    /// shows the list, so the article is ready when opened).
    pub(super) fn body_area(&self) -> Rect {
        let shape = Shape { article_open: true, quotes: self.quotes_visible() };
        layout::screen(self.size, shape).map(|s| layout::inner(s.body)).unwrap_or_default()
    }

    pub(super) fn quotes_area(&self) -> Rect {
        let shape = Shape { article_open: true, quotes: true };
        layout::screen(self.size, shape).map(|s| layout::inner(s.quotes)).unwrap_or_default()
    }

    /// Entries that fit in the list pane.
    pub(super) fn list_rows(&self) -> usize {
        let shape = Shape { article_open: false, quotes: self.quotes_visible() };
        layout::screen(self.size, shape).map_or(1, |s| usize::from(layout::inner(s.list).height / ENTRY_HEIGHT).max(1))
    }

    /// Lines (or entries) one page moves in a pane: all it shows, but one line of the body
    /// or the quotes, which stays in view to read on from.
    pub(super) fn page(&self, focus: Focus) -> isize {
        let screen =
            layout::screen(self.size, Shape { article_open: focus != Focus::List, quotes: self.quotes_visible() });
        let rows = screen.map_or(1, |s| {
            let pane = match focus {
                Focus::List => s.list,
                Focus::Body => s.body,
                Focus::Quotes => s.quotes,
            };
            let rows = layout::inner(pane).height;
            if focus == Focus::List { rows / ENTRY_HEIGHT } else { rows.saturating_sub(1) }
        });
        rows.max(1) as isize
    }
}
