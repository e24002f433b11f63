//! The search line: what is typed, whether it is being typed, and what to go back to.

/// The search line. The search itself is the session's
/// ([`crate::session`]); this is only the text.
#[derive(Debug, Clone, Default)]
pub struct SearchLine {
    /// What is being typed, or what was kept.
    text: String,
    editing: bool,
    /// The line before `/`, restored by `Esc`.
    before: String,
}

impl SearchLine {
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the reader is typing in it.
    pub fn is_editing(&self) -> bool {
        self.editing
    }

    /// `/`: a new, empty line; `Esc` brings the old one back.
    pub(super) fn start(&mut self) {
        self.before = std::mem::take(&mut self.text);
        self.editing = true;
    }

    pub(super) fn push(&mut self, c: char) {
        self.text.push(c);
    }

    pub(super) fn pop(&mut self) {
        self.text.pop();
    }

    /// `Enter`: the line is kept.
    pub(super) fn confirm(&mut self) {
        self.editing = false;
    }

    /// `Esc` while typing: the line before `/` comes back.
    pub(super) fn cancel(&mut self) {
        self.editing = false;
        self.text = std::mem::take(&mut self.before);
    }

    /// A search kept from before (a place restored), as if typed and kept.
    pub(super) fn keep(&mut self, text: String) {
        self.text = text;
        self.editing = false;
    }

    pub(super) fn clear(&mut self) {
        self.text.clear();
    }
}
