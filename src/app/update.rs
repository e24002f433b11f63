//! What the reader does: [`App::update`] takes an action, in the mode the keyboard is in.

use ratatui::layout::Rect;

use super::marks::StateView;
use super::picker::{PickerRow, TagPicker};
use super::{Action, App, ENTRY_HEIGHT, Focus, Mode, Popup, TimeSlice, layout};
use crate::store::state::Flag;

impl App {
    /// Takes one action. A search it starts goes on for the rest of `time` (the rest between
    /// frames, [`App::tick`]); nothing else here depends on the time.
    pub fn update(&mut self, action: Action, time: TimeSlice) {
        // Any step the reader takes (but resizing) pins the article selected now.
        if !matches!(action, Action::Resize { .. }) {
            self.list.choose();
            self.notice = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => {}
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.list.keep_cursor_visible(self.view.len(), self.list_rows());
                let rows = layout::picker_rows(self.size);
                match &mut self.popup {
                    Some(Popup::Tags(picker)) => picker.keep_visible(rows),
                    Some(Popup::Facet(picker)) => picker.keep_visible(rows),
                    _ => {}
                }
                // Laid out for the new width first (in `sync`), then back to the reader's place.
                self.sync();
                self.reading.keep_place();
            }
            Action::ScrollAt { column, row, lines } => self.scroll_at(column, row, lines),
            Action::ClickAt { column, row } => self.click_at(column, row),
            _ => match self.mode() {
                Mode::Normal => self.update_normal(action, time),
                Mode::Search => self.update_search(action, time),
                Mode::TagPicker => self.update_picker(action),
                Mode::FacetPicker => self.update_facet_picker(action),
                Mode::Dates => self.update_dates(action),
                Mode::Popup => self.update_popup(action),
                Mode::Prompt => self.update_prompt(action),
            },
        }
        self.sync();
        self.save_place();
    }

    fn update_normal(&mut self, action: Action, time: TimeSlice) {
        if self.update_who(action, time) {
            return;
        }
        match action {
            Action::Up => self.move_focused(-1),
            Action::Down => self.move_focused(1),
            Action::PageUp => self.move_focused(-self.page(self.focus)),
            Action::PageDown => self.move_focused(self.page(self.focus)),
            // Far enough to reach either end of any list or article, without overflowing.
            Action::Top => self.move_focused(isize::MIN / 2),
            Action::Bottom => self.move_focused(isize::MAX / 2),
            Action::FocusNext => self.set_focus(match self.focus {
                Focus::List => Focus::Body,
                Focus::Body => Focus::Quotes,
                Focus::Quotes => Focus::List,
            }),
            Action::FocusPrev => self.set_focus(match self.focus {
                Focus::List => Focus::Quotes,
                Focus::Body => Focus::List,
                Focus::Quotes => Focus::Body,
            }),
            Action::Open => match self.focus {
                Focus::List if self.list.selected().is_some() => self.set_focus(Focus::Body),
                Focus::Quotes => {
                    self.reading.jump_to_quote();
                    self.clamp_reading();
                }
                _ => {}
            },
            Action::Back => match self.focus {
                Focus::List if self.search.is_active() => {
                    self.line.clear();
                    self.apply_search(time);
                }
                Focus::List => {}
                Focus::Body | Focus::Quotes => self.set_focus(Focus::List),
            },
            Action::ToggleQuotes => {
                self.show_quotes = !self.show_quotes;
                if !self.show_quotes && self.focus == Focus::Quotes {
                    self.focus = Focus::Body;
                }
            }
            Action::OpenTagPicker => {
                self.popup = Some(Popup::Tags(TagPicker::new(self.corpus.tags(), self.tags.wanted())));
            }
            Action::ClearTags => {
                self.tags.set(Vec::new());
                self.after_tags();
            }
            Action::ToggleTagMode => {
                self.tags.toggle_mode();
                self.after_tags();
            }
            Action::StartSearch => {
                self.line.start();
                self.apply_search(time);
            }
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.refresh_view();
            }
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::Errors => self.popup = Some(Popup::Errors { scroll: 0 }),
            Action::OpenUrl
            | Action::OpenFile
            | Action::CopyQuote
            | Action::CopyUrl
            | Action::CopyArticle
            | Action::Export => self.update_outside(action),
            Action::Warnings if self.list.selected().is_some() => self.popup = Some(Popup::Warnings { scroll: 0 }),
            Action::ToggleRead => self.toggle_flag(Flag::Read),
            Action::ToggleStar => self.toggle_flag(Flag::Starred),
            Action::MarkShownRead => self.mark_shown_read(),
            Action::NextUnread => self.next_unread(),
            Action::ShowAll => self.show_view(StateView::All),
            Action::ShowUnread => self.show_view(StateView::Unread),
            Action::ShowStarred => self.show_view(StateView::Starred),
            Action::Reload => {
                self.reload = true;
                self.notify("reading the folders again…", true);
            }
            _ => {}
        }
    }

    fn update_search(&mut self, action: Action, time: TimeSlice) {
        match action {
            Action::Input(c) => {
                self.line.push(c);
                self.apply_search(time);
            }
            Action::DeleteChar => {
                self.line.pop();
                self.apply_search(time);
            }
            Action::Confirm => self.line.confirm(),
            Action::Cancel => {
                self.line.cancel();
                self.apply_search(time);
            }
            Action::Up => self.list.move_by(-1, &self.view, self.list_rows()),
            Action::Down => self.list.move_by(1, &self.view, self.list_rows()),
            _ => {}
        }
    }

    fn update_picker(&mut self, action: Action) {
        let rows = layout::picker_rows(self.size);
        let Some(Popup::Tags(picker)) = &mut self.popup else { return };
        match action {
            // Space toggles while nothing is typed; after, it is part of a tag of several words.
            Action::Input(' ') if picker.filter().is_empty() => self.toggle_picked(),
            Action::Input(c) => picker.push(c),
            Action::DeleteChar => picker.pop(),
            Action::Top => picker.move_by(isize::MIN / 2),
            Action::Bottom => picker.move_by(isize::MAX / 2),
            Action::Up => picker.move_by(-1),
            Action::Down => picker.move_by(1),
            Action::PageUp => picker.move_by(-(rows as isize)),
            Action::PageDown => picker.move_by(rows as isize),
            Action::ToggleTag => self.toggle_picked(),
            Action::ToggleTagMode => {
                self.tags.toggle_mode();
                self.after_tags();
            }
            Action::Back | Action::Cancel => self.popup = None,
            _ => {}
        }
        if let Some(Popup::Tags(picker)) = &mut self.popup {
            picker.keep_visible(rows);
        }
    }

    /// Toggles the tag under the picker's cursor, or forgets the unknown name there.
    fn toggle_picked(&mut self) {
        let Some(Popup::Tags(picker)) = &mut self.popup else { return };
        match picker.current_row() {
            Some(PickerRow::Tag(id, _)) => self.tags.toggle(id),
            Some(PickerRow::Unknown(name)) => {
                let name = name.to_string();
                self.tags.unwant(&name);
                picker.reload(self.corpus.tags(), self.tags.wanted());
            }
            None => return,
        }
        self.after_tags();
    }

    fn update_popup(&mut self, action: Action) {
        let (area, len) = match &self.popup {
            Some(Popup::Help { .. }) => (layout::help(self.size), self.keymap.help_lines().len()),
            Some(Popup::Warnings { .. }) => {
                (layout::errors(self.size), self.selected_article().map_or(0, |a| a.warnings().len()))
            }
            _ => (layout::errors(self.size), self.loading.failures().len()),
        };
        let rows = usize::from(layout::inner(area).height).max(1);
        if let Some(Popup::Help { scroll } | Popup::Errors { scroll } | Popup::Warnings { scroll }) = &mut self.popup {
            let delta = match action {
                Action::Up => -1,
                Action::Down => 1,
                Action::PageUp => -(rows as isize),
                Action::PageDown => rows as isize,
                Action::Top => isize::MIN / 2,
                Action::Bottom => isize::MAX / 2,
                _ => 0,
            };
            *scroll = scroll.saturating_add_signed(delta).min(len.saturating_sub(rows));
        }
        if action == Action::Back {
            self.popup = None;
        }
    }

    fn move_focused(&mut self, delta: isize) {
        match self.focus {
            Focus::List => self.list.move_by(delta, &self.view, self.list_rows()),
            Focus::Body => {
                self.reading.scroll_by(delta);
                self.clamp_reading();
            }
            Focus::Quotes => self.reading.move_quote(delta, usize::from(self.quotes_area().height)),
        }
    }

    /// Moves to the next (or previous) match in the body; on a narrow screen showing the list,
    /// the article is opened to show it.
    fn step_match(&mut self, forward: bool) {
        if self.reading.step_match(forward, usize::from(self.body_area().height)) {
            if self.focus == Focus::List && layout::is_narrow(self.size) {
                self.set_focus(Focus::Body);
            }
            self.clamp_reading();
        }
    }

    fn scroll_at(&mut self, column: u16, row: u16, lines: i16) {
        let delta = isize::from(lines);
        if let Some(popup) = &mut self.popup {
            match popup {
                Popup::Help { scroll } | Popup::Errors { scroll } | Popup::Warnings { scroll } => {
                    *scroll = scroll.saturating_add_signed(delta)
                }
                Popup::Tags(picker) => picker.move_by(delta),
                Popup::Facet(picker) => picker.move_by(delta),
            }
            return;
        }
        if self.quotes.is_shown() {
            return self.scroll_quotes_at(column, row, lines);
        }
        let Some(screen) = self.screen() else { return };
        if layout::hit(screen.list, column, row) {
            self.list.scroll_by(delta, self.view.len(), self.list_rows());
        } else if layout::hit(screen.body, column, row) {
            self.reading.scroll_by(delta);
            self.clamp_reading();
        } else if layout::hit(screen.quotes, column, row) {
            self.reading.scroll_quotes_by(delta);
            self.clamp_reading();
        }
    }

    fn click_at(&mut self, column: u16, row: u16) {
        if self.popup.is_some() || self.line.is_editing() {
            return;
        }
        if self.quotes.is_shown() {
            return self.click_quotes_at(column, row);
        }
        let Some(screen) = self.screen() else { return };
        if layout::hit(screen.list, column, row) {
            let inner = layout::inner(screen.list);
            if row >= inner.y && row < inner.bottom() {
                let index = self.list.offset() + usize::from((row - inner.y) / ENTRY_HEIGHT);
                self.list.select(index, &self.view);
            }
            self.focus = Focus::List;
        } else if layout::hit(screen.body, column, row) {
            self.set_focus(Focus::Body);
        } else if layout::hit(screen.quotes, column, row) {
            let inner = layout::inner(screen.quotes);
            self.reading.point_at_quote_line(self.reading.quote_offset() + usize::from(row.saturating_sub(inner.y)));
            self.set_focus(Focus::Quotes);
        }
    }
}
