//! The tag picker: every tag with its article count, most used first, narrowed as you type.

use crate::corpus::{TagId, TagIndex};

/// The tag picker's state.
#[derive(Debug, Clone, Default)]
pub struct TagPicker {
    /// What was typed to narrow the list.
    filter: String,
    all: Vec<(TagId, usize)>,
    /// `all`'s names lower-cased once, so narrowing is a plain substring test.
    folded: Vec<String>,
    /// The tags shown: `all` narrowed by `filter`.
    shown: Vec<(TagId, usize)>,
    cursor: usize,
    offset: usize,
}

impl TagPicker {
    pub fn new(tags: &TagIndex) -> Self {
        let mut picker = TagPicker::default();
        picker.reload(tags);
        picker
    }

    /// What was typed to narrow the list.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// The tags shown, with their article counts.
    pub fn shown(&self) -> &[(TagId, usize)] {
        &self.shown
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The first tag shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The tag under the cursor.
    pub fn current(&self) -> Option<TagId> {
        self.shown.get(self.cursor).map(|&(id, _)| id)
    }

    /// Takes the corpus's tags again (more may have loaded), keeping the filter and cursor tag.
    pub(super) fn reload(&mut self, tags: &TagIndex) {
        let current = self.current();
        self.all = tags.by_count();
        self.folded = self.all.iter().map(|&(id, _)| tags.name(id).to_lowercase()).collect();
        self.narrow();
        if let Some(i) = current.and_then(|id| self.shown.iter().position(|&(t, _)| t == id)) {
            self.cursor = i;
        }
    }

    pub(super) fn push(&mut self, c: char) {
        self.filter.push(c);
        self.narrow();
    }

    pub(super) fn pop(&mut self) {
        self.filter.pop();
        self.narrow();
    }

    fn narrow(&mut self) {
        let needle = self.filter.to_lowercase();
        self.shown = self
            .all
            .iter()
            .zip(&self.folded)
            .filter(|(_, name)| name.contains(&needle))
            .map(|(entry, _)| *entry)
            .collect();
        self.cursor = self.cursor.min(self.shown.len().saturating_sub(1));
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        self.cursor = self.cursor.saturating_add_signed(delta).min(self.shown.len().saturating_sub(1));
    }

    /// Keeps the cursor inside a window of `rows` entries.
    pub(super) fn keep_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
        self.offset = self.offset.min(self.shown.len().saturating_sub(rows));
    }
}
