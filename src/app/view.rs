//! The list: which articles it shows (sort, tag filter, search) and its cursor.

use crate::corpus::{Bitmap, TagId, TagMode};
use crate::search::Query;

use super::{App, ENTRY_HEIGHT, Shape, layout};

/// The tag filter: tags known to the corpus, and names asked for (`--tag`) not seen yet.
#[derive(Debug, Clone, Default)]
pub struct TagFilter {
    pub selected: Vec<TagId>,
    pub wanted: Vec<String>,
    pub mode: TagMode,
    /// Articles passing the filter; `None` when no tag is asked for.
    pub(crate) bitmap: Option<Bitmap>,
}

impl TagFilter {
    pub fn is_active(&self) -> bool {
        !self.selected.is_empty() || !self.wanted.is_empty()
    }
}

/// A search result kept so that a longer query only looks at these articles and Backspace
/// finds its result again without searching.
#[derive(Debug, Clone)]
struct Cached {
    query: Query,
    hits: Vec<u32>,
    /// Articles below this number were searched.
    upto: u32,
}

/// Results kept for the queries typed last; each is at most one `u32` per article.
const CACHE: usize = 32;

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    /// The text in the search line (what is being typed, or what was kept).
    pub input: String,
    pub editing: bool,
    /// The search in force; `None` shows every article.
    pub query: Option<Query>,
    /// The search line before `/`, restored by `Esc`.
    before: String,
    hits: Vec<u32>,
    upto: u32,
    pub(crate) bitmap: Option<Bitmap>,
    cache: Vec<Cached>,
}

impl App {
    /// Recomputes the list from the cached sort order and the filters' bitmaps, keeping the
    /// selected article selected when it is still shown.
    pub(crate) fn refresh_view(&mut self) {
        let filters = [self.tags.bitmap.as_ref(), self.search.bitmap.as_ref()];
        self.view = self.corpus.view(self.sort, &filters);
        self.reselect();
    }

    fn reselect(&mut self) {
        let kept = self.list.selected.and_then(|n| self.view.iter().position(|&v| v == n));
        self.list.cursor = kept.unwrap_or(self.list.cursor).min(self.view.len().saturating_sub(1));
        self.list.selected = self.view.get(self.list.cursor).copied();
        self.keep_cursor_visible();
    }

    /// Turns `--tag` names into tag ids as soon as the corpus knows them, then rebuilds the bitmap.
    pub(crate) fn rebuild_tag_bitmap(&mut self) {
        let corpus = &self.corpus;
        let mut found = Vec::new();
        self.tags.wanted.retain(|name| match corpus.tag_id(name) {
            Some(id) => {
                found.push(id);
                false
            }
            None => true,
        });
        for id in found {
            if !self.tags.selected.contains(&id) {
                self.tags.selected.push(id);
            }
        }
        // A tag no article carries yet matches nothing under AND, and adds nothing under OR.
        let unknown = !self.tags.wanted.is_empty();
        self.tags.bitmap = match (self.tags.mode, self.corpus.tag_matches(&self.tags.selected, self.tags.mode)) {
            (TagMode::And, _) | (_, None) if unknown => Some(Bitmap::new(self.corpus.len())),
            (_, bitmap) => bitmap,
        };
    }

    pub(crate) fn set_tags(&mut self, selected: Vec<TagId>) {
        self.tags.selected = selected;
        self.tags.wanted.clear();
        self.rebuild_tag_bitmap();
        self.refresh_view();
    }

    pub(crate) fn toggle_tag(&mut self, id: TagId) {
        let mut selected = self.tags.selected.clone();
        match selected.iter().position(|&t| t == id) {
            Some(i) => {
                selected.remove(i);
            }
            None => selected.push(id),
        }
        let wanted = std::mem::take(&mut self.tags.wanted);
        self.tags.selected = selected;
        self.tags.wanted = wanted;
        self.rebuild_tag_bitmap();
        self.refresh_view();
    }

    pub(crate) fn toggle_tag_mode(&mut self) {
        self.tags.mode = self.tags.mode.toggled();
        self.rebuild_tag_bitmap();
        self.refresh_view();
    }

    pub(crate) fn start_search(&mut self) {
        self.search.before = self.search.input.clone();
        self.search.editing = true;
        self.search.input.clear();
        self.apply_search();
    }

    pub(crate) fn update_search(&mut self, action: super::Action) {
        use super::Action;
        match action {
            Action::Input(c) => {
                self.search.input.push(c);
                self.apply_search();
            }
            Action::DeleteChar => {
                self.search.input.pop();
                self.apply_search();
            }
            Action::Confirm => self.search.editing = false,
            Action::Cancel => {
                self.search.editing = false;
                self.search.input = std::mem::take(&mut self.search.before);
                self.apply_search();
            }
            Action::Up => self.move_cursor(-1),
            Action::Down => self.move_cursor(1),
            _ => {}
        }
    }

    pub(crate) fn clear_search(&mut self) {
        if self.search.query.is_some() {
            self.search.input.clear();
            self.apply_search();
        }
    }

    /// Runs the search line against the corpus: from a cached result when one exists for the
    /// same text, else narrowing the longest cached query it extends, else over everything.
    pub(crate) fn apply_search(&mut self) {
        if self.search.input.is_empty() {
            self.search.query = None;
            self.search.hits.clear();
            self.search.bitmap = None;
        } else {
            let query = Query::new(&self.search.input);
            let len = self.corpus.len() as u32;
            let hits = match self.search.cache.iter().position(|c| c.query.text() == query.text()) {
                Some(i) => {
                    let cached = self.search.cache.remove(i);
                    self.extend_hits(&query, cached.hits, cached.upto)
                }
                None => {
                    let base = self
                        .search
                        .cache
                        .iter()
                        .filter(|c| query.narrows(&c.query))
                        .max_by_key(|c| c.query.text().len());
                    match base {
                        Some(base) => {
                            let mut candidates = base.hits.clone();
                            candidates.extend(base.upto..len);
                            self.corpus.search(&query, Some(&candidates))
                        }
                        None => self.corpus.search(&query, None),
                    }
                }
            };
            self.search.cache.push(Cached { query: query.clone(), hits: hits.clone(), upto: len });
            if self.search.cache.len() > CACHE {
                self.search.cache.remove(0);
            }
            self.search.bitmap = Some(Bitmap::from_numbers(len as usize, &hits));
            self.search.hits = hits;
            self.search.upto = len;
            self.search.query = Some(query);
        }
        self.refresh_view();
        self.compute_matches();
    }

    /// `hits` for articles below `upto`, plus a search of the articles loaded since.
    fn extend_hits(&self, query: &Query, mut hits: Vec<u32>, upto: u32) -> Vec<u32> {
        let len = self.corpus.len() as u32;
        if upto < len {
            let fresh: Vec<u32> = (upto..len).collect();
            hits.extend(self.corpus.search(query, Some(&fresh)));
        }
        hits
    }

    /// After articles were appended: search only the new ones and widen the bitmaps.
    pub(crate) fn search_new_articles(&mut self) {
        let len = self.corpus.len() as u32;
        if let Some(query) = self.search.query.clone()
            && self.search.upto < len
        {
            let hits = std::mem::take(&mut self.search.hits);
            let hits = self.extend_hits(&query, hits, self.search.upto);
            self.search.bitmap = Some(Bitmap::from_numbers(len as usize, &hits));
            self.search.hits = hits;
            self.search.upto = len;
        }
    }

    pub(crate) fn move_cursor(&mut self, delta: isize) {
        if self.view.is_empty() {
            return;
        }
        let last = self.view.len() - 1;
        self.list.cursor = self.list.cursor.saturating_add_signed(delta).min(last);
        self.list.selected = self.view.get(self.list.cursor).copied();
        self.keep_cursor_visible();
    }

    /// Entries that fit in the list pane.
    pub(crate) fn list_rows(&self) -> usize {
        let shape = Shape { article_open: false, quotes: self.quotes_visible() };
        layout::screen(self.size, shape).map_or(1, |s| usize::from(layout::inner(s.list).height / ENTRY_HEIGHT).max(1))
    }

    pub(crate) fn keep_cursor_visible(&mut self) {
        let rows = self.list_rows();
        let list = &mut self.list;
        if list.cursor < list.offset {
            list.offset = list.cursor;
        } else if list.cursor >= list.offset + rows {
            list.offset = list.cursor + 1 - rows;
        }
        self.clamp_list_offset();
    }

    /// The wheel moves the list without the cursor; only the bounds are kept.
    pub(crate) fn clamp_list_offset(&mut self) {
        self.list.offset = self.list.offset.min(self.view.len().saturating_sub(self.list_rows()));
    }
}
