//! The tag picker: every tag with its article count, most used first, narrowed as you type.
//! Above them, the names asked for (`--tag`) that no article carries, so that they can be seen
//! and unselected where tags are chosen.

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
    /// Names asked for that no article carries, narrowed by `filter`: the first rows.
    unknown: Vec<String>,
    /// All such names, to narrow again.
    all_unknown: Vec<String>,
    /// The row under the cursor: the unknown names' rows, then the tags'.
    cursor: usize,
    offset: usize,
}

/// A row of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerRow<'a> {
    /// A name asked for that no article carries (selected, no articles).
    Unknown(&'a str),
    /// A tag and its article count.
    Tag(TagId, usize),
}

impl TagPicker {
    /// The corpus's tags, under the names asked for that none of them is (`unknown`).
    pub fn new(tags: &TagIndex, unknown: &[String]) -> Self {
        let mut picker = TagPicker::default();
        picker.reload(tags, unknown);
        picker
    }

    /// Rows in the picker: unknown names, then tags.
    pub fn len(&self) -> usize {
        self.unknown.len() + self.shown.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Row `index`: the unknown names first, then the tags.
    pub fn row(&self, index: usize) -> Option<PickerRow<'_>> {
        match self.unknown.get(index) {
            Some(name) => Some(PickerRow::Unknown(name)),
            None => self.shown.get(index - self.unknown.len()).map(|&(id, count)| PickerRow::Tag(id, count)),
        }
    }

    /// The row under the cursor.
    pub fn current_row(&self) -> Option<PickerRow<'_>> {
        self.row(self.cursor)
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
        match self.current_row()? {
            PickerRow::Tag(id, _) => Some(id),
            PickerRow::Unknown(_) => None,
        }
    }

    /// Takes the corpus's tags and the unknown names again (more may have loaded, a name may
    /// have been unselected), keeping the filter and the tag under the cursor.
    pub(super) fn reload(&mut self, tags: &TagIndex, unknown: &[String]) {
        let current = self.current();
        self.all = tags.by_count();
        self.folded = self.all.iter().map(|&(id, _)| tags.name(id).to_lowercase()).collect();
        self.all_unknown = unknown.to_vec();
        self.narrow();
        if let Some(i) = current.and_then(|id| self.shown.iter().position(|&(t, _)| t == id)) {
            self.cursor = self.unknown.len() + i;
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
        self.unknown = self.all_unknown.iter().filter(|name| name.to_lowercase().contains(&needle)).cloned().collect();
        self.cursor = self.cursor.min(self.len().saturating_sub(1));
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        self.cursor = self.cursor.saturating_add_signed(delta).min(self.len().saturating_sub(1));
    }

    /// Keeps the cursor inside a window of `rows` entries.
    pub(super) fn keep_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
        self.offset = self.offset.min(self.len().saturating_sub(rows));
    }
}
