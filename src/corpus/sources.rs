//! The outlets: each article's source as an id of one name table (`Yonhap` and `YONHAP` are
//! one outlet, `names.rs`), in an array by article number, so a source filter or the source
//! picker's counts read one array and no article.

use super::names::{NameTable, ranked};
use crate::bitmap::Bitmap;

/// Index of an outlet in the corpus's source table.
pub type SourceId = u32;

/// The source of articles that name none.
pub const NO_SOURCE: SourceId = 0;

/// In place of the source of an article whose file is gone: counted nowhere, chosen by no one.
const GONE: SourceId = SourceId::MAX;

/// The source of every filed article.
#[derive(Debug, Clone)]
pub struct SourceIndex {
    names: NameTable,
    /// Each article's source, by article number.
    of_article: Vec<SourceId>,
}

impl Default for SourceIndex {
    fn default() -> Self {
        SourceIndex { names: NameTable::new("(no source)"), of_article: Vec::new() }
    }
}

impl SourceIndex {
    /// Files article `number` under `source`, in place of what was filed for it.
    pub(super) fn file(&mut self, number: u32, source: Option<&str>) {
        let at = number as usize;
        if self.of_article.len() <= at {
            self.of_article.resize(at + 1, NO_SOURCE);
        }
        self.of_article[at] = source.map_or(NO_SOURCE, |name| self.names.intern(name));
    }

    /// Files article `number` under no outlet at all, its file gone: it is counted nowhere.
    pub(super) fn forget(&mut self, number: u32) {
        if let Some(slot) = self.of_article.get_mut(number as usize) {
            *slot = GONE;
        }
    }

    /// The source of article `number`.
    pub fn of_article(&self, number: u32) -> SourceId {
        self.of_article.get(number as usize).copied().filter(|&s| s != GONE).unwrap_or(NO_SOURCE)
    }

    /// The outlets' names.
    pub fn names(&self) -> &NameTable {
        &self.names
    }

    /// An outlet's name as first seen; `(no source)` for [`NO_SOURCE`].
    pub fn name(&self, id: SourceId) -> &str {
        self.names.name(id)
    }

    /// The outlet of this name (any case or spacing), if any article has it.
    pub fn id(&self, name: &str) -> Option<SourceId> {
        self.names.get(name)
    }

    /// The articles, among `len`, from one of the outlets in `selected` (a set of source ids).
    pub fn articles_from(&self, selected: &Bitmap, len: usize) -> Bitmap {
        let mut out = Bitmap::new(len);
        for (number, &source) in self.of_article.iter().enumerate().take(len) {
            if source != GONE && selected.contains(source) {
                out.insert(number as u32);
            }
        }
        out
    }

    /// Each outlet with its articles among `shown` (`None`: all), most first, then by name;
    /// outlets without an article there are left out.
    pub fn by_count(&self, shown: Option<&Bitmap>) -> Vec<(SourceId, usize)> {
        let mut counts = vec![0usize; self.names.len()];
        for (number, &source) in self.of_article.iter().enumerate() {
            if source != GONE && shown.is_none_or(|b| b.contains(number as u32)) {
                counts[source as usize] += 1;
            }
        }
        ranked(counts, &self.names)
    }
}
