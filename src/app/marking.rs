//! What the reader does with the reading state: marking read and starred, the views by them,
//! the next unread article, and an article marked read as it is opened.

use super::marks::StateView;
use super::{App, Focus};
use crate::store::state::Flag;

impl App {
    /// `m` and `*`: the selected article's flag, switched.
    pub(super) fn toggle_flag(&mut self, flag: Flag) {
        let Some(number) = self.list.selected() else { return };
        let Some(article) = self.corpus.get(number) else { return };
        let on = match flag {
            Flag::Read => !self.marks.is_read(number),
            Flag::Starred => !self.marks.is_starred(number),
        };
        self.marks.set(number, article, flag, on, true);
    }

    /// `M`: every article shown is read; the unread view then empties.
    pub(super) fn mark_shown_read(&mut self) {
        for &number in &self.view {
            if let Some(article) = self.corpus.get(number)
                && !self.marks.is_read(number)
            {
                self.marks.set(number, article, Flag::Read, true, false);
            }
        }
        self.refresh_view();
    }

    /// `u`: the next unread article below the cursor, else the first from the top.
    pub(super) fn next_unread(&mut self) {
        let from = self.list.cursor() + 1;
        let (before, after) = self.view.split_at(from.min(self.view.len()));
        match after.iter().chain(before).find(|&&n| !self.marks.is_read(n)) {
            Some(&number) => {
                let view = std::mem::take(&mut self.view);
                self.list.select_article(number, &view, self.list_rows());
                self.view = view;
            }
            None => self.notify("no unread article in the list", true),
        }
    }

    /// `1` `2` `3`: the articles of `view` only.
    pub(super) fn show_view(&mut self, view: StateView) {
        self.marks.set_view(view);
        self.refresh_view();
    }

    /// The article opened (the body or the quotes focused, or the article shown alone on a
    /// narrow screen) is read: once per opening, so that `m` can mark it unread again.
    pub(super) fn mark_opened(&mut self) {
        let opened = (self.focus != Focus::List || self.article_open).then(|| self.list.selected()).flatten();
        if opened == self.opened {
            return;
        }
        self.opened = opened;
        if let Some(number) = opened
            && let Some(article) = self.corpus.get(number)
        {
            self.marks.set(number, article, Flag::Read, true, true);
        }
    }
}
