//! The tag filter: the tags asked for, how they combine, and the articles that pass.

use crate::bitmap::Bitmap;
use crate::corpus::{TagId, TagIndex, TagMode};

/// The tag filter: tags known to the corpus, and names asked for (`--tag`) not seen yet.
#[derive(Debug, Clone, Default)]
pub struct TagFilter {
    selected: Vec<TagId>,
    wanted: Vec<String>,
    mode: TagMode,
    /// Articles passing the filter; `None` when no tag is asked for.
    passing: Option<Bitmap>,
}

impl TagFilter {
    /// A filter on the tags named `wanted`, applied as they appear.
    pub fn new(wanted: Vec<String>) -> Self {
        TagFilter { wanted, ..TagFilter::default() }
    }

    /// The tags selected, in the order they were.
    pub fn selected(&self) -> &[TagId] {
        &self.selected
    }

    /// Names asked for that no article carries yet.
    pub fn wanted(&self) -> &[String] {
        &self.wanted
    }

    pub fn mode(&self) -> TagMode {
        self.mode
    }

    pub fn is_active(&self) -> bool {
        !self.selected.is_empty() || !self.wanted.is_empty()
    }

    /// The articles passing the filter; `None` when no tag is asked for.
    pub fn passing(&self) -> Option<&Bitmap> {
        self.passing.as_ref()
    }

    /// Asks for the tags named `names`, combined by `mode` (a filter remembered), applied as
    /// they appear.
    pub(super) fn restore(&mut self, names: Vec<String>, mode: TagMode) {
        self.wanted = names;
        self.mode = mode;
    }

    /// Selects exactly `selected`, forgetting names not seen yet.
    pub(super) fn set(&mut self, selected: Vec<TagId>) {
        self.selected = selected;
        self.wanted.clear();
    }

    /// Selects `id`, or unselects it when selected.
    pub(super) fn toggle(&mut self, id: TagId) {
        match self.selected.iter().position(|&t| t == id) {
            Some(i) => {
                self.selected.remove(i);
            }
            None => self.selected.push(id),
        }
    }

    /// Forgets a name asked for that no article carries.
    pub(super) fn unwant(&mut self, name: &str) {
        self.wanted.retain(|w| w != name);
    }

    pub(super) fn toggle_mode(&mut self) {
        self.mode = self.mode.toggled();
    }

    /// Turns names asked for into tag ids as soon as `tags` knows them, then recomputes the
    /// articles passing, among the corpus's `len`.
    pub(super) fn rebuild(&mut self, tags: &TagIndex, len: usize) {
        let mut found = Vec::new();
        self.wanted.retain(|name| match tags.id(name) {
            Some(id) => {
                found.push(id);
                false
            }
            None => true,
        });
        for id in found {
            if !self.selected.contains(&id) {
                self.selected.push(id);
            }
        }
        // A tag no article carries yet matches nothing under AND, and adds nothing under OR.
        let unknown = !self.wanted.is_empty();
        self.passing = match (self.mode, tags.matching(&self.selected, self.mode)) {
            (TagMode::And, _) | (_, None) if unknown => Some(Bitmap::new(len)),
            (_, bitmap) => bitmap,
        };
    }
}
