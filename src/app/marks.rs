//! The reading state as the app keeps it: which articles are read and starred (a bitmap each,
//! by article number), the state loaded from disk (by the articles' ids,
//! [`crate::store::key`]), and the view by state (all, unread, starred). Changes go to the
//! state's thread through a [`StateHandle`]: a toggle costs the UI thread a few bit operations
//! and a channel send.
//!
//! An article is found in the loaded state by its id; an article listed by the light pass,
//! whose id comes with its full parse, is found by its path meanwhile. An article whose id has
//! no state but whose path has another id's, that id's article gone, was edited in place: the
//! state follows it (`Change::Rekey`).

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::article::StoredArticle;
use crate::bitmap::Bitmap;
use crate::corpus::Corpus;
use crate::store::key;
use crate::store::state::{Change, Flag, Flags, Rows, StateHandle};

/// Which articles the list shows by their reading state (with the tag filter and the search).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StateView {
    #[default]
    All,
    Unread,
    Starred,
}

impl StateView {
    pub fn label(self) -> &'static str {
        match self {
            StateView::All => "all",
            StateView::Unread => "unread",
            StateView::Starred => "starred",
        }
    }
}

/// The reading state part of the app.
#[derive(Debug, Default)]
pub struct Marks {
    /// Flags by article id, as loaded and as changed since.
    rows: FxHashMap<u64, Flags>,
    /// The id last seen at each path (by the path's id).
    by_path: FxHashMap<u64, u64>,
    /// Whether the state on disk has been loaded (until then, articles wait with no flags).
    loaded: bool,
    read: Bitmap,
    starred: Bitmap,
    /// The article of each id present, for finding an article by its key.
    present: FxHashMap<u64, u32>,
    view: StateView,
    /// Articles the view keeps though they no longer pass it: read, or unstarred, while shown.
    kept: Bitmap,
    /// Flags set on articles whose id was not known yet (listed by the light pass): written
    /// once it is.
    waiting: Vec<(u32, Flag, bool)>,
    /// Articles whose id has no state and whose path had another id's: looked at again once
    /// loading is over (the other may still come).
    maybe_edited: Vec<u32>,
    handle: Option<StateHandle>,
}

impl Marks {
    pub fn view(&self) -> StateView {
        self.view
    }

    pub fn is_read(&self, number: u32) -> bool {
        self.read.contains(number)
    }

    pub fn is_starred(&self, number: u32) -> bool {
        self.starred.contains(number)
    }

    /// Articles read (among those there are).
    pub fn read_count(&self) -> usize {
        self.read.count()
    }

    /// Whether the state on disk has been read.
    pub fn is_loaded(&self) -> bool {
        self.loaded
    }

    pub(super) fn connect(&mut self, handle: StateHandle) {
        self.handle = Some(handle);
    }

    /// The article of an id, if it is there.
    pub(super) fn article_of(&self, id: u64) -> Option<u32> {
        self.present.get(&id).copied()
    }

    /// Takes the state loaded from disk, and looks up every article there is.
    pub(super) fn load(&mut self, rows: Rows, corpus: &Corpus, loading: bool) {
        // Changes made before it came (few: the state loads in a fraction of a second) win.
        let mine = std::mem::replace(&mut self.rows, rows.flags);
        self.rows.extend(mine);
        self.by_path.extend(rows.by_path);
        self.loaded = true;
        self.arrived(0..corpus.len() as u32, corpus, loading);
    }

    /// Articles `numbers` arrived or changed (a full parse, a file read again): their flags.
    pub(super) fn arrived(&mut self, numbers: std::ops::Range<u32>, corpus: &Corpus, loading: bool) {
        self.read.grow(corpus.len());
        self.starred.grow(corpus.len());
        for number in numbers {
            let Some(article) = corpus.get(number) else { continue };
            if corpus.is_removed(number) {
                continue;
            }
            let id = article.state_id();
            if id != 0 {
                self.present.insert(id, number);
                self.write_waiting(number, article);
            }
            if !self.loaded {
                continue;
            }
            let flags = match self.rows.get(&id) {
                Some(&flags) if id != 0 => flags,
                _ => self.by_path_of(number, article, loading),
            };
            self.show(number, flags);
        }
    }

    /// The flags of an article not found by its id: those kept at its path. An article whose id
    /// is known but has no state, found so, may have been edited in place.
    fn by_path_of(&mut self, number: u32, article: &StoredArticle, loading: bool) -> Flags {
        let Some(path) = article.path() else { return Flags::default() };
        let Some(&old) = self.by_path.get(&key::path_id(path)) else { return Flags::default() };
        if article.state_id() == 0 {
            return self.rows.get(&old).copied().unwrap_or_default();
        }
        if old == article.state_id() {
            return Flags::default();
        }
        if loading {
            // The article of the old id may still come: it decides then.
            self.maybe_edited.push(number);
            Flags::default()
        } else {
            self.follow_edit(article, old)
        }
    }

    /// Loading is over: the articles that may have been edited in place are decided.
    pub(super) fn loaded_all(&mut self, corpus: &Corpus) {
        for number in std::mem::take(&mut self.maybe_edited) {
            let Some(article) = corpus.get(number).filter(|_| !corpus.is_removed(number)) else { continue };
            let Some(path) = article.path() else { continue };
            let Some(&old) = self.by_path.get(&key::path_id(path)) else { continue };
            if old != article.state_id() && !self.rows.contains_key(&article.state_id()) {
                let flags = self.follow_edit(article, old);
                self.show(number, flags);
            }
        }
    }

    /// The article of id `old` is no longer there and one of a new id is at its path: it was
    /// edited, and its state moves to the new id.
    fn follow_edit(&mut self, article: &StoredArticle, old: u64) -> Flags {
        if self.present.contains_key(&old) {
            // Another file holds the old text: this one was not edited, it is new.
            return Flags::default();
        }
        let Some(flags) = self.rows.remove(&old) else { return Flags::default() };
        let id = article.state_id();
        self.rows.insert(id, flags);
        let path = article.path().map(String::from);
        if let Some(path) = &path {
            self.by_path.insert(key::path_id(path), id);
        }
        if let Some(handle) = &self.handle {
            handle.send(Change::Rekey { from: old, to: id, key: key::key_of(article.url(), id), path });
        }
        flags
    }

    fn show(&mut self, number: u32, flags: Flags) {
        set_bit(&mut self.read, number, flags.read);
        set_bit(&mut self.starred, number, flags.starred);
    }

    /// Articles removed (their files are gone): they are neither read nor unread now.
    pub(super) fn removed(&mut self, numbers: &[u32], ids: &[u64]) {
        for (&number, id) in numbers.iter().zip(ids) {
            self.read.remove(number);
            self.starred.remove(number);
            self.kept.remove(number);
            if self.present.get(id) == Some(&number) {
                self.present.remove(id);
            }
        }
    }

    /// Sets a flag of article `number` (which is `article`), writes it, and keeps it in view
    /// if the view would drop it.
    pub(super) fn set(&mut self, number: u32, article: &StoredArticle, flag: Flag, on: bool, keep_shown: bool) {
        let bits = match flag {
            Flag::Read => &mut self.read,
            Flag::Starred => &mut self.starred,
        };
        if bits.contains(number) == on {
            return;
        }
        set_bit(bits, number, on);
        let leaves_view = match (self.view, flag) {
            (StateView::Unread, Flag::Read) | (StateView::Starred, Flag::Starred) => keep_shown,
            _ => false,
        };
        if leaves_view {
            self.kept.grow(number as usize + 1);
            self.kept.insert(number);
        }
        let id = article.state_id();
        if id == 0 {
            self.waiting.push((number, flag, on));
            return;
        }
        let flags = self.rows.entry(id).or_default();
        match flag {
            Flag::Read => flags.read = on,
            Flag::Starred => flags.starred = on,
        }
        if let Some(path) = article.path() {
            self.by_path.insert(key::path_id(path), id);
        }
        if let Some(handle) = &self.handle {
            handle.set(key::key_of(article.url(), id), id, flag, on, article.path().map(String::from));
        }
    }

    /// Writes the flags set on article `number` before its id was known.
    fn write_waiting(&mut self, number: u32, article: &StoredArticle) {
        if self.waiting.is_empty() {
            return;
        }
        let (now, later): (Vec<_>, Vec<_>) = self.waiting.drain(..).partition(|&(n, _, _)| n == number);
        self.waiting = later;
        for (_, flag, on) in now {
            // The bit is set already: write it as if it were set now.
            let bits = match flag {
                Flag::Read => &mut self.read,
                Flag::Starred => &mut self.starred,
            };
            set_bit(bits, number, !on);
            self.set(number, article, flag, on, false);
        }
    }

    /// Shows the articles of `view` from now on.
    pub(super) fn set_view(&mut self, view: StateView) {
        self.view = view;
        self.kept = Bitmap::default();
    }

    /// The articles the view passes, among `len`; `None` for all.
    pub(super) fn passing(&self, len: usize) -> Option<Bitmap> {
        let mut passing = match self.view {
            StateView::All => return None,
            StateView::Unread => {
                let mut unread = Bitmap::full(len);
                unread.subtract(&self.read);
                unread
            }
            StateView::Starred => {
                let mut starred = self.starred.clone();
                starred.grow(len);
                starred
            }
        };
        passing.union_with(&self.kept);
        Some(passing)
    }
}

fn set_bit(bits: &mut Bitmap, number: u32, on: bool) {
    if on {
        bits.grow(number as usize + 1);
        bits.insert(number);
    } else {
        bits.remove(number);
    }
}
