//! The list: which articles it shows (sort, tag filter, and the search's bitmap) and its cursor.

use crate::bitmap::Bitmap;
use crate::corpus::{TagId, TagMode};

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
