//! The list pane's state: its cursor, its first visible entry, and the article under the
//! cursor, which is what stays selected when the list changes under it.

/// The list pane. `rows` below is how many entries the pane shows.
#[derive(Debug, Clone, Default)]
pub struct ListPane {
    cursor: usize,
    offset: usize,
    selected: Option<u32>,
    /// The reader did something (moved, opened, searched…): the article selected then stays
    /// selected as articles arrive. Until then the list stays at its top (the newest).
    chosen: bool,
}

impl ListPane {
    /// The entry under the cursor, by position in the list.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The first entry shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The article under the cursor.
    pub fn selected(&self) -> Option<u32> {
        self.selected
    }

    /// Whether the reader did something since the start (the selection is the reader's).
    pub fn is_chosen(&self) -> bool {
        self.chosen
    }

    /// Puts the cursor on article `number`, if the list shows it.
    pub(super) fn select_article(&mut self, number: u32, view: &[u32], rows: usize) {
        if let Some(index) = view.iter().position(|&n| n == number) {
            self.cursor = index;
            self.selected = Some(number);
            self.keep_cursor_visible(view.len(), rows);
        }
    }

    /// The reader did something: the article selected now stays selected.
    pub(super) fn choose(&mut self) {
        self.chosen = true;
    }

    /// Before the reader did anything, the list stays at its top as newer articles arrive.
    pub(super) fn stay_on_top_until_chosen(&mut self) {
        if !self.chosen {
            (self.selected, self.cursor) = (None, 0);
        }
    }

    /// After the list changed: the selected article stays under the cursor if it is still
    /// shown, else the cursor stays where it was (within the list).
    pub(super) fn reselect(&mut self, view: &[u32], rows: usize) {
        let kept = self.selected.and_then(|n| view.iter().position(|&v| v == n));
        self.cursor = kept.unwrap_or(self.cursor).min(view.len().saturating_sub(1));
        self.selected = view.get(self.cursor).copied();
        self.keep_cursor_visible(view.len(), rows);
    }

    /// Moves the cursor by `delta` entries, within the list.
    pub(super) fn move_by(&mut self, delta: isize, view: &[u32], rows: usize) {
        if view.is_empty() {
            return;
        }
        self.cursor = self.cursor.saturating_add_signed(delta).min(view.len() - 1);
        self.selected = view.get(self.cursor).copied();
        self.keep_cursor_visible(view.len(), rows);
    }

    /// Puts the cursor on entry `index` (a click), if there is one.
    pub(super) fn select(&mut self, index: usize, view: &[u32]) {
        if index < view.len() {
            self.cursor = index;
            self.selected = view.get(index).copied();
        }
    }

    /// Scrolls the list by `delta` entries without moving the cursor (the wheel).
    pub(super) fn scroll_by(&mut self, delta: isize, len: usize, rows: usize) {
        self.offset = self.offset.saturating_add_signed(delta);
        self.clamp_offset(len, rows);
    }

    pub(super) fn keep_cursor_visible(&mut self, len: usize, rows: usize) {
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
        self.clamp_offset(len, rows);
    }

    /// Keeps the last page of the list full: the offset is at most `len - rows`.
    pub(super) fn clamp_offset(&mut self, len: usize, rows: usize) {
        self.offset = self.offset.min(len.saturating_sub(rows));
    }
}
