//! Who said what, across the corpus: each quote's speaker as an id of one name table (the same
//! full name in two articles is one speaker, `names.rs`), kept in one flat array with each
//! article's run in it, so that listing 600,000 quotes or counting them by speaker reads two
//! arrays front to back and no article.

use super::names::{NameTable, ranked};
use crate::article::StoredArticle;
use crate::bitmap::Bitmap;

/// Index of a speaker in the corpus's speaker table.
pub type SpeakerId = u32;

/// The speaker of quotes whose speaker the text does not say.
pub const UNKNOWN_SPEAKER: SpeakerId = 0;

/// Where an article's quotes' speakers are in [`SpeakerIndex::quotes`].
#[derive(Debug, Clone, Copy, Default)]
struct Run {
    start: u32,
    len: u32,
}

/// The speakers of every filed article's quotes.
#[derive(Debug, Clone)]
pub struct SpeakerIndex {
    names: NameTable,
    /// Each article's run, by article number (empty for an article not filed or without quotes).
    runs: Vec<Run>,
    /// The speaker of each quote, an article's quotes together and in reading order.
    quotes: Vec<SpeakerId>,
    /// Slots of `quotes` no run points at any more (an article filed again).
    unused: usize,
}

impl Default for SpeakerIndex {
    fn default() -> Self {
        SpeakerIndex { names: NameTable::new("(unknown)"), runs: Vec::new(), quotes: Vec::new(), unused: 0 }
    }
}

impl SpeakerIndex {
    /// Files the speakers of article `number`'s quotes, in place of what was filed for it.
    pub(super) fn file(&mut self, number: u32, article: &StoredArticle) {
        let at = number as usize;
        if self.runs.len() <= at {
            self.runs.resize(at + 1, Run::default());
        }
        self.unused += self.runs[at].len as usize;
        let quotes = article.quotes();
        let start = self.quotes.len() as u32;
        // An article's quotes mostly repeat a speaker or two: the last one is kept at hand.
        let mut last: Option<(&str, SpeakerId)> = None;
        for quote in quotes {
            let id = match (quote.speaker(), last) {
                (None, _) => UNKNOWN_SPEAKER,
                (Some(name), Some((seen, id))) if seen == name => id,
                (Some(name), _) => {
                    let id = self.names.intern(name);
                    last = Some((name, id));
                    id
                }
            };
            self.quotes.push(id);
        }
        self.runs[at] = Run { start, len: quotes.len() as u32 };
        if self.unused > 4096 && self.unused > self.quotes.len() / 2 {
            self.compact();
        }
    }

    /// Drops the slots no article points at.
    fn compact(&mut self) {
        let mut quotes = Vec::with_capacity(self.quotes.len() - self.unused);
        for run in &mut self.runs {
            let start = quotes.len() as u32;
            quotes.extend_from_slice(&self.quotes[run.start as usize..(run.start + run.len) as usize]);
            run.start = start;
        }
        self.quotes = quotes;
        self.unused = 0;
    }

    /// The speakers of article `number`'s quotes, in reading order.
    pub fn of_article(&self, number: u32) -> &[SpeakerId] {
        self.runs
            .get(number as usize)
            .map_or(&[], |run| &self.quotes[run.start as usize..(run.start + run.len) as usize])
    }

    /// The speakers' names.
    pub fn names(&self) -> &NameTable {
        &self.names
    }

    /// A speaker's name as first seen; `(unknown)` for [`UNKNOWN_SPEAKER`].
    pub fn name(&self, id: SpeakerId) -> &str {
        self.names.name(id)
    }

    /// The speaker of this full name (any case, spacing or dots), if any quote has it.
    pub fn id(&self, name: &str) -> Option<SpeakerId> {
        self.names.get(name)
    }

    /// How many quotes are filed.
    pub fn quote_count(&self) -> usize {
        self.quotes.len() - self.unused
    }

    /// The articles, among `len`, with a quote by one of the speakers in `selected` (a set of
    /// speaker ids).
    pub fn articles_quoting(&self, selected: &Bitmap, len: usize) -> Bitmap {
        let mut out = Bitmap::new(len);
        for (number, run) in self.runs.iter().enumerate().take(len) {
            let speakers = &self.quotes[run.start as usize..(run.start + run.len) as usize];
            if speakers.iter().any(|&s| selected.contains(s)) {
                out.insert(number as u32);
            }
        }
        out
    }

    /// Each speaker with its quotes in the articles `shown` (`None`: all), most quoted first,
    /// then by name; speakers without a quote there are left out.
    pub fn by_count(&self, shown: Option<&Bitmap>) -> Vec<(SpeakerId, usize)> {
        let mut counts = vec![0usize; self.names.len()];
        for (number, run) in self.runs.iter().enumerate() {
            if shown.is_none_or(|b| b.contains(number as u32)) {
                for &s in &self.quotes[run.start as usize..(run.start + run.len) as usize] {
                    counts[s as usize] += 1;
                }
            }
        }
        ranked(counts, &self.names)
    }
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
