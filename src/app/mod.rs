//! The reader's state and the only places it changes: `App::update` (an action), and
//! `App::on_load` and `App::tick` (a loader's message, the time between frames). Each is given
//! the time it may take (a [`TimeSlice`](crate::session::TimeSlice)) and reads no clock of its
//! own, so every behaviour is tested by feeding actions and looking at the state. No terminal
//! in here.
//!
//! The state is made of parts, each in its own file with its fields private: the list pane
//! (`list.rs`), the open article (`reading.rs`, laid out as a `Document` by `document.rs`), the
//! tag filter (`tags.rs`) and picker (`picker.rs`), the search line (`search_line.rs`), loading
//! progress (`loading.rs`); the quotes view (`quote_list.rs`, `quote_context.rs`), the speaker,
//! source and date filters (`facets.rs`) and their pickers (`facet_picker.rs`), driven by
//! `who.rs`; beside them the articles ([`Corpus`](crate::corpus::Corpus)) and the
//! search session ([`SearchSession`](crate::session::SearchSession)). `App` holds them together:
//! `events.rs` takes what arrives, `update.rs` what the reader does, `view.rs` keeps what depends
//! on both in line.

pub mod action;
pub mod document;
mod events;
mod facet_picker;
mod facets;
pub mod keymap;
pub mod keys;
pub mod layout;
mod list;
mod loading;
mod marking;
mod marks;
pub mod outside;
mod picker;
mod quote_context;
mod quote_list;
mod reading;
mod remember;
mod search_line;
mod tags;
mod update;
mod view;
mod who;

use ratatui::layout::Rect;

use crate::article::StoredArticle;
use crate::corpus::{Corpus, SortKey};
use crate::session::SearchSession;
pub use action::Action;
pub use document::Document;
pub use facet_picker::FacetPicker;
pub use facets::{DateFilter, Facet, FacetFilter, Facets, StartFilters};
pub use keymap::Keymap;
pub use keys::Mode;
pub use layout::{Screen, Shape};
pub use list::ListPane;
pub use loading::{Failure, LoadEvent, Loading};
pub use marks::{Marks, StateView};
pub use outside::{Effect, Notice};
pub use picker::{PickerRow, TagPicker};
pub use quote_context::{ContextLine, ContextPart, QuoteAt, QuoteContext};
pub use quote_list::QuotesView;
pub use reading::Reading;
pub use remember::Place;
pub use search_line::SearchLine;
pub use tags::TagFilter;
pub use who::DatePrompt;

pub use crate::session::TimeSlice;

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
    Help {
        scroll: usize,
    },
    Errors {
        scroll: usize,
    },
    /// The selected article's parser warnings.
    Warnings {
        scroll: usize,
    },
    Tags(TagPicker),
    /// The speaker or the source picker.
    Facet(FacetPicker),
}

/// The reader's state.
#[derive(Debug)]
pub struct App {
    corpus: Corpus,
    search: SearchSession,
    /// The articles shown, in order: the corpus sorted, then filtered.
    view: Vec<u32>,
    sort: SortKey,
    tags: TagFilter,
    line: SearchLine,
    list: ListPane,
    reading: Reading,
    focus: Focus,
    show_quotes: bool,
    /// Narrow screens show the article instead of the list while this is set.
    article_open: bool,
    popup: Option<Popup>,
    size: Rect,
    loading: Loading,
    quit: bool,
    /// The keys in force.
    keymap: Keymap,
    /// What the event loop is to do outside the reader next.
    effect: Option<Effect>,
    /// The status bar's message, until the next key: what an outside action did, the state
    /// or the cache could not be written, a file was moved aside, a reload's outcome.
    notice: Option<Notice>,
    /// The export's file name, while it is typed.
    prompt: Option<String>,
    /// Read and starred, and the view by them (`marks.rs`).
    marks: Marks,
    /// Where the reader was, saved and restored (`remember.rs`).
    places: remember::Places,
    /// The reading state's thread, when connected.
    state: Option<crate::store::state::StateHandle>,
    /// The reader asked to read the folders again (`Action::Reload`), for the event loop.
    reload: bool,
    /// The article open now, marked read when it was opened.
    opened: Option<u32>,
    /// The quotes view, and the filters on speakers, sources and dates (`who.rs`).
    quotes: QuotesView,
    facets: Facets,
    /// The date range being typed, if it is.
    dates_prompt: Option<DatePrompt>,
    /// The day relative date ranges count from (`last 7 days`); given by the caller.
    today: Option<chrono::NaiveDate>,
}

impl App {
    /// An empty reader; `tags` is the filter to start with (applied as the tags appear).
    pub fn new(tags: Vec<String>) -> Self {
        App {
            corpus: Corpus::new(),
            search: SearchSession::default(),
            view: Vec::new(),
            sort: SortKey::default(),
            tags: TagFilter::new(tags),
            line: SearchLine::default(),
            list: ListPane::default(),
            reading: Reading::default(),
            focus: Focus::List,
            show_quotes: false,
            article_open: false,
            popup: None,
            size: Rect::new(0, 0, 80, 24),
            loading: Loading::default(),
            quit: false,
            keymap: Keymap::default(),
            effect: None,
            notice: None,
            prompt: None,
            marks: Marks::default(),
            places: remember::Places::default(),
            state: None,
            reload: false,
            opened: None,
            quotes: QuotesView::default(),
            facets: Facets::default(),
            dates_prompt: None,
            today: None,
        }
    }

    /// A reader with these articles already loaded, on a terminal of `size` (tests, and
    /// callers with articles in hand).
    pub fn with_articles(articles: Vec<crate::article::Article>, size: (u16, u16)) -> Self {
        let mut app = App::new(Vec::new());
        app.size = Rect::new(0, 0, size.0, size.1);
        let files = articles.len();
        let time = TimeSlice::new(std::time::Instant::now());
        app.on_load(LoadEvent::Found(files), time);
        app.on_load(LoadEvent::Articles { articles, files }, time);
        app.on_load(LoadEvent::Finished, time);
        app
    }

    /// The articles loaded.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The search session: the query in force, whether it is still running.
    pub fn search(&self) -> &SearchSession {
        &self.search
    }

    /// The articles shown, in order: the corpus sorted, then filtered.
    pub fn view(&self) -> &[u32] {
        &self.view
    }

    pub fn sort(&self) -> SortKey {
        self.sort
    }

    pub fn tags(&self) -> &TagFilter {
        &self.tags
    }

    pub fn search_line(&self) -> &SearchLine {
        &self.line
    }

    pub fn list(&self) -> &ListPane {
        &self.list
    }

    pub fn reading(&self) -> &Reading {
        &self.reading
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn popup(&self) -> Option<&Popup> {
        self.popup.as_ref()
    }

    /// The terminal's size, as last told by [`Action::Resize`].
    pub fn size(&self) -> Rect {
        self.size
    }

    pub fn loading(&self) -> &Loading {
        &self.loading
    }

    /// Read and starred articles, and the view by them.
    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    /// Unread articles (of those there are).
    pub fn unread(&self) -> usize {
        self.corpus.live_len().saturating_sub(self.marks.read_count())
    }

    /// Whether the reader asked to read the folders again; asking is forgotten.
    pub fn take_reload(&mut self) -> bool {
        std::mem::take(&mut self.reload)
    }

    /// Whether the reader asked to quit.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The keys in force.
    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    /// Puts `keymap` in force (a config file's keys).
    pub fn set_keymap(&mut self, keymap: Keymap) {
        self.keymap = keymap;
    }

    /// What the keyboard is talking to.
    pub fn mode(&self) -> Mode {
        if self.prompt.is_some() {
            return Mode::Prompt;
        }
        match &self.popup {
            Some(Popup::Tags(_)) => Mode::TagPicker,
            Some(Popup::Facet(_)) => Mode::FacetPicker,
            Some(_) => Mode::Popup,
            None if self.line.is_editing() => Mode::Search,
            None if self.dates_prompt.is_some() => Mode::Dates,
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

    pub fn selected_article(&self) -> Option<&StoredArticle> {
        self.list.selected().and_then(|n| self.corpus.get(n))
    }

    /// The article whose full parse the reader waits for: the selected one, if not parsed.
    pub fn wanted_article(&self) -> Option<u32> {
        self.list.selected().filter(|&n| !self.corpus.is_parsed(n))
    }

    pub fn is_loading(&self) -> bool {
        !self.loading.is_finished()
    }

    /// Whether the word index still reads articles for its frequent grams (after loading).
    pub fn reads_grams(&self) -> bool {
        self.search.grams_pending(&self.corpus)
    }

    /// The frequent grams as bytes, once, when they were just read to the end: the reader
    /// keeps them in the cache, so that the next start does not read them again.
    pub fn take_read_grams(&mut self) -> Option<Vec<u8>> {
        self.search.take_read_grams()
    }

    /// Drops the results kept for earlier searches and the notes on the last one, so the next
    /// search starts from scratch (as the benches measure it).
    pub fn forget_searches(&mut self) {
        self.search.forget();
    }

    /// Whether there is work to do between frames even without input.
    pub fn is_busy(&self) -> bool {
        self.is_loading() || self.search.is_busy(&self.corpus) || self.corpus.has_unfiled()
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod state_tests;
#[cfg(test)]
mod tests;
