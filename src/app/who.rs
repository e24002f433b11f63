//! Who said what: the keys of the quotes view, the speaker and source pickers and the date
//! range, and what they change. The quotes view shows every quote of the articles the list
//! shows (tags, search, sources and dates narrow both), by date; the speaker filter narrows
//! the list to articles quoting a chosen speaker, and the quotes view to their quotes.

use chrono::NaiveDate;
use ratatui::layout::Rect;

use super::facet_picker::FacetPicker;
use super::facets::{Facet, Facets, StartFilters, counted};
use super::quote_context::QuoteContext;
use super::quote_list::collect;
use super::{Action, App, ENTRY_HEIGHT, Focus, Popup, Screen, Shape, TimeSlice, layout};
use crate::bitmap::Bitmap;
use crate::corpus::{DateRange, SortKey};

/// The date range being typed in the status bar, and why the last one typed was refused.
#[derive(Debug, Clone, Default)]
pub struct DatePrompt {
    text: String,
    error: Option<String>,
}

impl DatePrompt {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Why the range typed could not be taken, in words (`cannot read “soon” as a date: …`).
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }
}

impl App {
    /// The quotes view's state.
    pub fn quotes_view(&self) -> &super::QuotesView {
        &self.quotes
    }

    /// The speaker, source and date filters.
    pub fn facets(&self) -> &Facets {
        &self.facets
    }

    /// The date range being typed, if it is.
    pub fn dates_prompt(&self) -> Option<&DatePrompt> {
        self.dates_prompt.as_ref()
    }

    /// The day that relative ranges (`last 7 days`, `today`) count from; the app reads no
    /// clock of its own.
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = Some(today);
    }

    /// Starts with these speaker, source and date filters (applied as the names appear).
    pub fn set_start_filters(&mut self, start: StartFilters) {
        self.facets = Facets::new(start);
        self.facets.rebuild_active(&mut self.corpus);
        self.refresh_view();
    }

    /// The panes of the quotes view: the quotes (as `list`) and the selected quote's context
    /// (as `body`); below 100 columns one at a time.
    pub fn quotes_screen(&self) -> Option<Screen> {
        layout::screen(self.size, Shape { article_open: self.quotes.context_focused(), quotes: false })
    }

    /// Entries that fit in the quotes view's list.
    fn quotes_rows(&self) -> usize {
        let screen = layout::screen(self.size, Shape { article_open: false, quotes: false });
        screen.map_or(1, |s| usize::from(layout::inner(s.list).height / ENTRY_HEIGHT).max(1))
    }

    /// The context pane's text area, as it is when shown.
    fn context_area(&self) -> Rect {
        let screen = layout::screen(self.size, Shape { article_open: true, quotes: false });
        screen.map(|s| layout::inner(s.body)).unwrap_or_default()
    }

    /// A reading-mode action of the quotes view or its filters; false for the others.
    pub(super) fn update_who(&mut self, action: Action, time: TimeSlice) -> bool {
        match action {
            Action::ToggleQuotesView if self.quotes.is_shown() => self.quotes.hide(),
            Action::ToggleQuotesView => self.show_quotes_view(),
            Action::OpenSpeakerPicker => self.open_picker(Facet::Speakers),
            Action::OpenSourcePicker => self.open_picker(Facet::Sources),
            Action::EditDates => {
                let text = self.facets.dates().text();
                self.dates_prompt = Some(DatePrompt { text, error: None });
            }
            Action::ClearFilters => self.clear_filters(time),
            // Back from the article opened at a quote: to the quote.
            Action::Back if self.quotes.opened_from_here() && !self.quotes.is_shown() && self.focus != Focus::List => {
                self.show_quotes_view();
            }
            // What acts on an article acts on the selected quote's (`y` copies that quote).
            Action::OpenUrl
            | Action::OpenFile
            | Action::CopyQuote
            | Action::CopyUrl
            | Action::CopyArticle
            | Action::Warnings
            | Action::ToggleRead
            | Action::ToggleStar
                if self.quotes.is_shown() =>
            {
                self.select_quoted_article();
                return false;
            }
            _ if self.quotes.is_shown() => return self.update_quotes_view(action),
            _ => return false,
        }
        true
    }

    pub(super) fn show_quotes_view(&mut self) {
        self.quotes.show();
        self.focus = Focus::List;
        self.article_open = false;
        self.rebuild_quotes();
        self.sync_quotes();
    }

    /// Moving and opening in the quotes view; false for what the article list does alike
    /// (the tag picker, search, help…).
    fn update_quotes_view(&mut self, action: Action) -> bool {
        let (rows, context_rows) = (self.quotes_rows(), usize::from(self.context_area().height));
        let on_context = self.quotes.context_focused();
        let page = if on_context { context_rows.saturating_sub(1) } else { rows }.max(1) as isize;
        let delta = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -page,
            Action::PageDown => page,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            Action::FocusNext | Action::FocusPrev => {
                self.quotes.focus_context(!on_context && self.quotes.current().is_some());
                return true;
            }
            Action::Open => {
                self.open_at_quote();
                return true;
            }
            Action::Back if on_context => {
                self.quotes.focus_context(false);
                return true;
            }
            // The article's own quotes pane and body matches are not on this screen.
            Action::ToggleQuotes | Action::NextMatch | Action::PrevMatch => return true,
            Action::NextUnread => {
                self.next_unread_quote(rows);
                return true;
            }
            _ => return false,
        };
        if on_context {
            self.quotes.scroll_context_by(delta, context_rows);
        } else {
            self.quotes.move_by(delta, rows);
        }
        true
    }

    /// `u` in the quotes view: the next quote, after the cursor and round from the top, of
    /// another article that is not read yet (the list behind is left where it is).
    fn next_unread_quote(&mut self, rows: usize) {
        let entries = self.quotes.entries();
        let current = self.quotes.current().map(|at| at.article);
        let from = (self.quotes.cursor() + 1).min(entries.len());
        let unread = |&i: &usize| Some(entries[i].article) != current && !self.marks.is_read(entries[i].article);
        match (from..entries.len()).chain(0..from).find(unread) {
            Some(index) => {
                self.quotes.select(index);
                self.quotes.keep_cursor_visible(rows);
            }
            None => self.notify("no quote of an unread article in the quotes view", true),
        }
    }

    /// Selects the selected quote's article in the list, and the quote in its quotes pane.
    fn select_quoted_article(&mut self) {
        let Some(at) = self.quotes.current() else { return };
        let view = std::mem::take(&mut self.view);
        self.list.select_article(at.article, &view, self.list_rows());
        self.view = view;
        self.sync();
        self.reading.point_at_quote(at.quote as usize);
    }

    /// Opens the article of the selected quote, scrolled to the quote and marking it.
    fn open_at_quote(&mut self) {
        let Some(at) = self.quotes.current() else { return };
        let Some(index) = self.view.iter().position(|&n| n == at.article) else { return };
        self.list.select(index, &self.view);
        self.list.keep_cursor_visible(self.view.len(), self.list_rows());
        self.quotes.leave_for_article();
        self.set_focus(Focus::Body);
        self.sync();
        let first_line = self.reading.doc().and_then(|doc| doc.quote_first_line.get(at.quote as usize).copied());
        if let Some(line) = first_line {
            self.reading.point_at_quote_line(line);
            self.reading.jump_to_quote();
            self.clamp_reading();
        }
    }

    /// Each entry of `facet` counted in what the other filters (and the view by reading
    /// state) leave.
    fn facet_counts(&mut self, facet: Facet) -> Vec<(u32, usize)> {
        self.corpus.file_pending();
        let by_state = self.marks.passing(self.corpus.len());
        let [a, b, c] = self.facets.passing_except(Some(facet));
        let filters = [self.tags.passing(), self.search.shown(), by_state.as_ref(), a, b, c];
        counted(facet, &self.corpus, &filters, self.facets.filter(facet).selected())
    }

    fn open_picker(&mut self, facet: Facet) {
        let counts = self.facet_counts(facet);
        self.popup = Some(Popup::Facet(FacetPicker::new(facet, counts, facet.names(&self.corpus))));
    }

    /// Takes the counts again in an open speaker or source picker (more articles arrived).
    pub(super) fn reload_facet_picker(&mut self) {
        let Some(Popup::Facet(picker)) = &self.popup else { return };
        let facet = picker.facet();
        let counts = self.facet_counts(facet);
        if let Some(Popup::Facet(picker)) = &mut self.popup {
            picker.reload(counts, facet.names(&self.corpus));
        }
    }

    pub(super) fn update_facet_picker(&mut self, action: Action) {
        let rows = layout::picker_rows(self.size);
        let Some(Popup::Facet(picker)) = &mut self.popup else { return };
        match action {
            // Space chooses while nothing is typed; after, it is part of a name of several words.
            Action::Input(' ') if picker.filter().is_empty() => self.toggle_pick(),
            Action::Input(c) => picker.push(c),
            Action::DeleteChar => picker.pop(),
            Action::Up => picker.move_by(-1),
            Action::Down => picker.move_by(1),
            Action::PageUp => picker.move_by(-(rows as isize)),
            Action::PageDown => picker.move_by(rows as isize),
            Action::Top => picker.move_by(isize::MIN / 2),
            Action::Bottom => picker.move_by(isize::MAX / 2),
            Action::TogglePick => self.toggle_pick(),
            Action::Back | Action::Cancel => self.popup = None,
            _ => {}
        }
        if let Some(Popup::Facet(picker)) = &mut self.popup {
            picker.keep_visible(rows);
        }
    }

    /// Chooses the entry under the picker's cursor, or lets it go.
    fn toggle_pick(&mut self) {
        let Some(Popup::Facet(picker)) = &self.popup else { return };
        let Some(id) = picker.current() else { return };
        let facet = picker.facet();
        self.facets.filter_mut(facet).toggle(id);
        self.facets.rebuild(facet, &mut self.corpus);
        self.refresh_view();
    }

    pub(super) fn update_dates(&mut self, action: Action) {
        let Some(prompt) = &mut self.dates_prompt else { return };
        match action {
            Action::Input(c) => {
                prompt.text.push(c);
                prompt.error = None;
            }
            Action::DeleteChar => {
                prompt.text.pop();
                prompt.error = None;
            }
            Action::Confirm => match DateRange::parse(&prompt.text, self.today) {
                Ok(range) => {
                    let typed = std::mem::take(&mut prompt.text);
                    self.dates_prompt = None;
                    self.facets.set_dates(range, &typed, &self.corpus);
                    self.refresh_view();
                }
                Err(error) => prompt.error = Some(error.to_string()),
            },
            Action::Cancel => self.dates_prompt = None,
            _ => {}
        }
    }

    /// `x`: tags, speakers, sources, dates and the search all let go.
    fn clear_filters(&mut self, time: TimeSlice) {
        self.tags.set(Vec::new());
        self.tags.rebuild(self.corpus.tags(), self.corpus.len());
        self.facets.clear();
        if self.search.is_active() {
            self.line.clear();
            self.apply_search(time);
        } else {
            self.refresh_view();
        }
    }

    /// Lists the quotes of the articles shown again, when the quotes view is on screen (or
    /// will be again: an article opened from it).
    pub(super) fn rebuild_quotes(&mut self) {
        if !self.quotes.is_shown() {
            return;
        }
        self.corpus.file_pending();
        let rows = self.quotes_rows();
        // Quotes go by date: the list's own order when it is one, else the newest first.
        let by_date = match self.sort {
            SortKey::Newest | SortKey::Oldest => None,
            SortKey::Title | SortKey::Source => {
                let shown = Bitmap::from_numbers(self.corpus.len(), &self.view);
                Some(self.corpus.view(SortKey::Newest, &[Some(&shown)]))
            }
        };
        let order = by_date.as_deref().unwrap_or(&self.view);
        let chosen = self.facets.filter(Facet::Speakers).chosen();
        let speakers = self.corpus.speakers();
        self.quotes.rebuild(rows, |out| collect(order, speakers, chosen, out));
    }

    /// Keeps the quotes view in line after any change: the cursor in view, and the context of
    /// the selected quote laid out for the pane's width.
    pub(super) fn sync_quotes(&mut self) {
        if !self.quotes.is_shown() {
            return;
        }
        if self.quotes.current().is_none() {
            self.quotes.focus_context(false);
        }
        self.quotes.keep_cursor_visible(self.quotes_rows());
        let area = self.context_area();
        let at = self.quotes.current();
        if self.quotes.has_context(at, area.width) {
            return;
        }
        let context = at.and_then(|at| {
            let article = self.corpus.get(at.article)?;
            let speakers = self.corpus.speakers();
            let speaker = speakers.of_article(at.article).get(at.quote as usize).map_or("", |&s| speakers.name(s));
            Some(QuoteContext::new(at, article, speaker, area.width.max(1)))
        });
        self.quotes.set_context(context, usize::from(area.height));
    }

    /// The wheel over the quotes view: the pane under the pointer scrolls.
    pub(super) fn scroll_quotes_at(&mut self, column: u16, row: u16, lines: i16) {
        let Some(screen) = self.quotes_screen() else { return };
        let delta = isize::from(lines);
        if layout::hit(screen.list, column, row) {
            self.quotes.scroll_by(delta, self.quotes_rows());
        } else if layout::hit(screen.body, column, row) {
            self.quotes.scroll_context_by(delta, usize::from(self.context_area().height));
        }
    }

    /// A click in the quotes view: selects the quote under it, or gives the context the keys.
    pub(super) fn click_quotes_at(&mut self, column: u16, row: u16) {
        let Some(screen) = self.quotes_screen() else { return };
        if layout::hit(screen.list, column, row) {
            let inner = layout::inner(screen.list);
            if row >= inner.y && row < inner.bottom() {
                self.quotes.select(self.quotes.offset() + usize::from((row - inner.y) / ENTRY_HEIGHT));
            }
            self.quotes.focus_context(false);
        } else if layout::hit(screen.body, column, row) {
            self.quotes.focus_context(self.quotes.current().is_some());
        }
    }
}

#[cfg(test)]
#[path = "who_tests.rs"]
mod tests;
