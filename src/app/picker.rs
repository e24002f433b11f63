//! The tag picker: every tag with its article count, most used first, narrowed as you type.

use crate::corpus::{Corpus, TagId};

use super::{Action, App, Popup, layout};

#[derive(Debug, Clone, Default)]
pub struct TagPicker {
    /// What was typed to narrow the list.
    pub filter: String,
    all: Vec<(TagId, usize)>,
    /// `all`'s names lower-cased once, so narrowing is a plain substring test.
    folded: Vec<String>,
    /// The tags shown: `all` narrowed by `filter`.
    pub shown: Vec<(TagId, usize)>,
    pub cursor: usize,
    pub offset: usize,
}

impl TagPicker {
    pub fn new(corpus: &Corpus) -> Self {
        let mut picker = TagPicker::default();
        picker.reload(corpus);
        picker
    }

    /// Takes the corpus's tags again (more may have loaded), keeping the filter and cursor tag.
    pub fn reload(&mut self, corpus: &Corpus) {
        let current = self.current();
        self.all = corpus.tags_by_count();
        self.folded = self.all.iter().map(|&(id, _)| corpus.tag_name(id).to_lowercase()).collect();
        self.narrow();
        if let Some(i) = current.and_then(|id| self.shown.iter().position(|&(t, _)| t == id)) {
            self.cursor = i;
        }
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

    pub fn current(&self) -> Option<TagId> {
        self.shown.get(self.cursor).map(|&(id, _)| id)
    }

    pub fn move_by(&mut self, delta: isize) {
        self.cursor = self.cursor.saturating_add_signed(delta).min(self.shown.len().saturating_sub(1));
    }

    /// Keeps the cursor inside a window of `rows` entries.
    pub fn keep_visible(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
        self.offset = self.offset.min(self.shown.len().saturating_sub(rows));
    }
}

impl App {
    pub(crate) fn update_picker(&mut self, action: Action) {
        let rows = layout::picker_rows(self.size);
        let Some(Popup::Tags(picker)) = &mut self.popup else { return };
        match action {
            Action::Input(c) => {
                picker.filter.push(c);
                picker.narrow();
            }
            Action::DeleteChar => {
                picker.filter.pop();
                picker.narrow();
            }
            Action::Up => picker.move_by(-1),
            Action::Down => picker.move_by(1),
            Action::PageUp => picker.move_by(-(rows as isize)),
            Action::PageDown => picker.move_by(rows as isize),
            Action::ToggleTag => {
                if let Some(id) = picker.current() {
                    self.toggle_tag(id);
                }
            }
            Action::ToggleTagMode => self.toggle_tag_mode(),
            Action::Back | Action::Cancel => self.popup = None,
            _ => {}
        }
        if let Some(Popup::Tags(picker)) = &mut self.popup {
            picker.keep_visible(rows);
        }
    }
}
