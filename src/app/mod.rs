//! The reader's state and the only place it changes: [`App::update`](crate::app::App::update). No terminal in here, so
//! every behaviour is tested by feeding actions and looking at the state.

pub mod action;
mod follow;
pub mod keys;
pub mod layout;
mod loading;
mod picker;
mod reading;
mod search;
mod view;

use std::time::Instant;

use ratatui::layout::Rect;

use crate::corpus::{Corpus, SortKey};
pub use action::Action;
pub use keys::Mode;
pub use layout::{Screen, Shape};
pub use loading::Loading;
pub use picker::TagPicker;
pub use reading::Reading;
pub use search::SearchState;
pub use view::TagFilter;

/// Each list entry takes two rows: the title and the dim meta line.
pub const ENTRY_HEIGHT: u16 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Body,
    Quotes,
}

#[derive(Debug, Clone)]
pub enum Popup {
    Help { scroll: usize },
    Errors { scroll: usize },
    Tags(TagPicker),
}

/// The list's cursor, its first visible entry, and the article under the cursor (which is
/// what stays selected when the view changes under it).
#[derive(Debug, Clone, Default)]
pub struct ListPane {
    pub cursor: usize,
    pub offset: usize,
    pub selected: Option<u32>,
    /// The reader did something (moved, opened, searched…): the article selected then stays
    /// selected as articles arrive. Until then the list stays at its top (the newest).
    pub chosen: bool,
}

#[derive(Debug)]
pub struct App {
    pub corpus: Corpus,
    /// The articles shown, in order: the corpus sorted, then filtered.
    pub view: Vec<u32>,
    pub sort: SortKey,
    pub tags: TagFilter,
    pub search: SearchState,
    pub list: ListPane,
    pub reading: Reading,
    pub focus: Focus,
    pub show_quotes: bool,
    /// Narrow screens show the article instead of the list while this is set.
    pub article_open: bool,
    pub popup: Option<Popup>,
    pub size: Rect,
    pub loading: Loading,
    pub quit: bool,
}

impl App {
    /// An empty reader; `tags` is the filter to start with (applied as the tags appear).
    pub fn new(tags: Vec<String>) -> Self {
        App {
            corpus: Corpus::new(),
            view: Vec::new(),
            sort: SortKey::default(),
            tags: TagFilter { wanted: tags, ..TagFilter::default() },
            search: SearchState::default(),
            list: ListPane::default(),
            reading: Reading::default(),
            focus: Focus::List,
            show_quotes: false,
            article_open: false,
            popup: None,
            size: Rect::new(0, 0, 80, 24),
            loading: Loading::default(),
            quit: false,
        }
    }

    /// A reader with these articles already loaded (tests, and callers with articles in hand).
    pub fn with_articles(articles: Vec<crate::Article>, size: (u16, u16)) -> Self {
        let mut app = App::new(Vec::new());
        app.size = Rect::new(0, 0, size.0, size.1);
        let files = articles.len();
        let now = Instant::now();
        app.on_load(crate::loader::LoadEvent::Found(files), now);
        app.on_load(crate::loader::LoadEvent::Articles { articles, files }, now);
        app.on_load(crate::loader::LoadEvent::Finished, now);
        app
    }

    /// What the keyboard is talking to.
    pub fn mode(&self) -> Mode {
        match &self.popup {
            Some(Popup::Tags(_)) => Mode::TagPicker,
            Some(_) => Mode::Popup,
            None if self.search.editing => Mode::Search,
            None => Mode::Normal,
        }
    }

    pub fn quotes_visible(&self) -> bool {
        self.show_quotes || self.focus == Focus::Quotes
    }

    pub fn shape(&self) -> Shape {
        Shape { article_open: self.article_open, quotes: self.quotes_visible() }
    }

    /// The panes as drawn now; `None` when the terminal is too small.
    pub fn screen(&self) -> Option<Screen> {
        layout::screen(self.size, self.shape())
    }

    pub fn selected_article(&self) -> Option<&crate::Article> {
        self.list.selected.and_then(|n| self.corpus.get(n))
    }

    pub fn update(&mut self, action: Action) {
        // Any step the reader takes (but resizing) pins the article selected now.
        self.list.chosen |= !matches!(action, Action::Resize { .. });
        match action {
            Action::Quit => self.quit = true,
            Action::Resize { width, height } => {
                self.size = Rect::new(0, 0, width, height);
                self.keep_cursor_visible();
            }
            Action::ScrollAt { column, row, lines } => self.scroll_at(column, row, lines),
            Action::ClickAt { column, row } => self.click_at(column, row),
            _ => match self.mode() {
                Mode::Normal => self.update_normal(action),
                Mode::Search => self.update_search(action),
                Mode::TagPicker => self.update_picker(action),
                Mode::Popup => self.update_popup(action),
            },
        }
        self.sync();
    }

    fn update_normal(&mut self, action: Action) {
        match action {
            Action::Up => self.move_focused(-1),
            Action::Down => self.move_focused(1),
            Action::PageUp => self.move_focused(-self.page(self.focus)),
            Action::PageDown => self.move_focused(self.page(self.focus)),
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
                Focus::List if self.list.selected.is_some() => self.set_focus(Focus::Body),
                Focus::Quotes => self.jump_to_quote(),
                _ => {}
            },
            Action::Back => match self.focus {
                Focus::List => self.clear_search(),
                Focus::Body | Focus::Quotes => self.set_focus(Focus::List),
            },
            Action::ToggleQuotes => {
                self.show_quotes = !self.show_quotes;
                if !self.show_quotes && self.focus == Focus::Quotes {
                    self.focus = Focus::Body;
                }
            }
            Action::OpenTagPicker => self.popup = Some(Popup::Tags(TagPicker::new(&self.corpus))),
            Action::ClearTags => self.set_tags(Vec::new()),
            Action::ToggleTagMode => self.toggle_tag_mode(),
            Action::StartSearch => self.start_search(),
            Action::NextMatch => self.step_match(true),
            Action::PrevMatch => self.step_match(false),
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.refresh_view();
            }
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::Errors => self.popup = Some(Popup::Errors { scroll: 0 }),
            _ => {}
        }
    }

    fn update_popup(&mut self, action: Action) {
        let (area, len) = match &self.popup {
            Some(Popup::Help { .. }) => (layout::help(self.size), crate::ui::help::help_lines().len()),
            _ => (layout::errors(self.size), self.loading.failures.len()),
        };
        let rows = usize::from(layout::inner(area).height).max(1);
        if let Some(Popup::Help { scroll } | Popup::Errors { scroll }) = &mut self.popup {
            let delta = match action {
                Action::Up => -1,
                Action::Down => 1,
                Action::PageUp => -(rows as isize),
                Action::PageDown => rows as isize,
                _ => 0,
            };
            *scroll = scroll.saturating_add_signed(delta).min(len.saturating_sub(rows));
        }
        if action == Action::Back {
            self.popup = None;
        }
    }

    pub(crate) fn set_focus(&mut self, focus: Focus) {
        if focus != Focus::List && self.list.selected.is_none() {
            return;
        }
        self.focus = focus;
        self.article_open = focus != Focus::List;
    }

    /// Lines (or entries) one page moves in a pane.
    fn page(&self, focus: Focus) -> isize {
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

    fn move_focused(&mut self, delta: isize) {
        match self.focus {
            Focus::List => self.move_cursor(delta),
            Focus::Body => self.scroll_body(delta),
            Focus::Quotes => self.move_quote(delta),
        }
    }

    /// Brings derived state in line after any change: the selection, the wrapped article for the
    /// current width, and every scroll position within its bounds.
    fn sync(&mut self) {
        if self.view.is_empty() {
            self.focus = Focus::List;
            self.article_open = false;
        }
        self.sync_reading();
        self.clamp_list_offset();
        self.clamp_scrolls();
    }
}

#[cfg(test)]
mod tests;
