//! The speaker and source pickers: each entry with its count in what is shown (quotes for a
//! speaker, articles for an outlet), most first, narrowed as you type; like the tag picker.

use crate::corpus::NameTable;

use super::facets::Facet;

/// A speaker or source picker's state.
#[derive(Debug, Clone)]
pub struct FacetPicker {
    facet: Facet,
    /// What was typed to narrow the list.
    filter: String,
    /// Every entry with its count, most first.
    all: Vec<(u32, usize)>,
    /// `all`'s names lower-cased, so narrowing is a plain substring test.
    folded: Vec<Box<str>>,
    /// The entries shown: `all` narrowed by `filter`.
    shown: Vec<(u32, usize)>,
    cursor: usize,
    offset: usize,
}

impl FacetPicker {
    /// A picker over `counts` (entries of `names`, most first).
    pub(super) fn new(facet: Facet, counts: Vec<(u32, usize)>, names: &NameTable) -> Self {
        let mut picker = FacetPicker {
            facet,
            filter: String::new(),
            all: Vec::new(),
            folded: Vec::new(),
            shown: Vec::new(),
            cursor: 0,
            offset: 0,
        };
        picker.reload(counts, names);
        picker
    }

    pub fn facet(&self) -> Facet {
        self.facet
    }

    /// What was typed to narrow the list.
    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// The entries shown, with their counts.
    pub fn shown(&self) -> &[(u32, usize)] {
        &self.shown
    }

    /// How many entries there are before narrowing.
    pub fn total(&self) -> usize {
        self.all.len()
    }

    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// The first entry shown.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The entry under the cursor.
    pub fn current(&self) -> Option<u32> {
        self.shown.get(self.cursor).map(|&(id, _)| id)
    }

    /// Takes new counts (more articles, other filters), keeping the filter and the entry under
    /// the cursor.
    pub(super) fn reload(&mut self, counts: Vec<(u32, usize)>, names: &NameTable) {
        let current = self.current();
        self.folded = counts.iter().map(|&(id, _)| names.folded(id).into()).collect();
        self.all = counts;
        self.narrow();
        if let Some(i) = current.and_then(|id| self.shown.iter().position(|&(s, _)| s == id)) {
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
            .filter(|(_, name)| name.contains(needle.as_str()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_narrows_by_any_part_of_the_name_in_any_case_and_keeps_the_entry() {
        let mut names = NameTable::new("(unknown)");
        let ids: Vec<u32> = ["Lee Jae-hoon", "Sanae Morita", "Kim Min-ji", "森田早苗"].map(|n| names.intern(n)).into();
        let counts = vec![(ids[0], 9), (ids[1], 5), (0, 4), (ids[2], 2), (ids[3], 1)];
        let mut picker = FacetPicker::new(Facet::Speakers, counts.clone(), &names);
        picker.move_by(1);
        assert_eq!(picker.current(), Some(ids[1]));
        "MOR".chars().for_each(|c| picker.push(c));
        assert_eq!((picker.shown(), picker.current()), (&[(ids[1], 5)][..], Some(ids[1])));
        (0..3).for_each(|_| picker.pop());
        picker.push('早');
        assert_eq!(picker.shown(), [(ids[3], 1)]);
        picker.pop();
        "unknown".chars().for_each(|c| picker.push(c));
        assert_eq!(picker.shown(), [(0, 4)]);
        picker.push('x');
        assert_eq!((picker.shown().len(), picker.current()), (0, None));
        (0..8).for_each(|_| picker.pop());
        picker.move_by(3);
        picker.reload(counts.into_iter().rev().collect(), &names);
        assert_eq!((picker.current(), picker.cursor(), picker.total()), (Some(ids[2]), 1, 5));
    }
}
