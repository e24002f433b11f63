//! The filters beside the tags: speakers, sources and a date range. Each keeps the articles
//! passing it as a bitmap over article numbers, as the tag filter does, so the list is their
//! intersection; the speaker filter also keeps the speakers chosen as a set, for the quotes
//! view, which shows only their quotes. Several speakers (or sources) combine with OR: a quote
//! has one speaker and an article one outlet.

use crate::bitmap::Bitmap;
use crate::corpus::{Corpus, DateRange, NameTable};

/// What a picker and its filter are over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    /// Who said the quotes: counted in quotes.
    Speakers,
    /// The outlets: counted in articles.
    Sources,
}

impl Facet {
    /// The names of the facet's entries.
    pub fn names(self, corpus: &Corpus) -> &NameTable {
        match self {
            Facet::Speakers => corpus.speakers().names(),
            Facet::Sources => corpus.sources().names(),
        }
    }

    /// Each entry with its count in the articles `shown`, most first.
    fn counts(self, corpus: &Corpus, shown: Option<&Bitmap>) -> Vec<(u32, usize)> {
        match self {
            Facet::Speakers => corpus.speakers().by_count(shown),
            Facet::Sources => corpus.sources().by_count(shown),
        }
    }
}

/// A filter on speakers or sources: those chosen (ids), names asked for (`--speaker`,
/// `--source`) not seen yet, and the articles passing.
#[derive(Debug, Clone, Default)]
pub struct FacetFilter {
    selected: Vec<u32>,
    wanted: Vec<String>,
    /// `selected` as a set; `None` when nothing is asked for.
    chosen: Option<Bitmap>,
    /// The articles with a quote by a chosen speaker, or from a chosen source; `None` when
    /// nothing is asked for.
    passing: Option<Bitmap>,
}

impl FacetFilter {
    /// A filter on the names `wanted`, applied as they appear.
    pub fn new(wanted: Vec<String>) -> Self {
        FacetFilter { wanted, ..FacetFilter::default() }
    }

    /// The entries chosen, in the order they were.
    pub fn selected(&self) -> &[u32] {
        &self.selected
    }

    /// Names asked for that no article has yet.
    pub fn wanted(&self) -> &[String] {
        &self.wanted
    }

    /// Every name asked for: those chosen, as `names` spells them, then those not seen yet.
    pub fn names(&self, names: &NameTable) -> Vec<String> {
        let chosen = self.selected.iter().map(|&id| names.name(id).to_string());
        chosen.chain(self.wanted.iter().cloned()).collect()
    }

    pub fn is_active(&self) -> bool {
        !self.selected.is_empty() || !self.wanted.is_empty()
    }

    /// The entries chosen, as a set; `None` when nothing is asked for.
    pub fn chosen(&self) -> Option<&Bitmap> {
        self.chosen.as_ref()
    }

    /// The articles passing; `None` when nothing is asked for.
    pub fn passing(&self) -> Option<&Bitmap> {
        self.passing.as_ref()
    }

    /// Chooses `id`, or lets it go when chosen.
    pub(super) fn toggle(&mut self, id: u32) {
        match self.selected.iter().position(|&s| s == id) {
            Some(i) => {
                self.selected.remove(i);
            }
            None => self.selected.push(id),
        }
    }

    /// Turns names asked for into ids as soon as the corpus knows them (filed, see
    /// [`Corpus::file_pending`]), then recomputes the articles passing.
    fn rebuild(&mut self, facet: Facet, corpus: &Corpus) {
        let names = facet.names(corpus);
        let mut found = Vec::new();
        self.wanted.retain(|name| match names.get(name) {
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
        if !self.is_active() {
            (self.chosen, self.passing) = (None, None);
            return;
        }
        // A name no article has yet adds nothing: with nothing else chosen, nothing passes.
        let chosen = Bitmap::from_numbers(names.len(), &self.selected);
        let len = corpus.len();
        self.passing = Some(match facet {
            Facet::Speakers => corpus.speakers().articles_quoting(&chosen, len),
            Facet::Sources => corpus.sources().articles_from(&chosen, len),
        });
        self.chosen = Some(chosen);
    }
}

/// The date filter: the range asked for, as it was typed, and the articles published in it.
#[derive(Debug, Clone, Default)]
pub struct DateFilter {
    range: DateRange,
    /// The words the range was given in (`last 7 days`), so that it is remembered and edited as
    /// such; empty when it came as dates.
    typed: String,
    passing: Option<Bitmap>,
}

impl DateFilter {
    pub fn range(&self) -> &DateRange {
        &self.range
    }

    /// The range as it was typed, else as dates (`2026-01-01..2026-01-31`); empty when open.
    pub fn text(&self) -> String {
        if self.typed.is_empty() || self.range.is_open() { self.range.text() } else { self.typed.clone() }
    }

    pub fn is_active(&self) -> bool {
        !self.range.is_open()
    }

    /// The articles published in the range; `None` when it is open.
    pub fn passing(&self) -> Option<&Bitmap> {
        self.passing.as_ref()
    }
}

/// What the reader starts with besides the tags: `--speaker`, `--source`, `--since`/`--until`.
#[derive(Debug, Clone, Default)]
pub struct StartFilters {
    pub speakers: Vec<String>,
    pub sources: Vec<String>,
    pub dates: DateRange,
}

/// The speaker, source and date filters.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    speakers: FacetFilter,
    sources: FacetFilter,
    dates: DateFilter,
}

impl Facets {
    pub(super) fn new(start: StartFilters) -> Self {
        Facets {
            speakers: FacetFilter::new(start.speakers),
            sources: FacetFilter::new(start.sources),
            dates: DateFilter { range: start.dates, typed: String::new(), passing: None },
        }
    }

    /// The speaker or the source filter.
    pub fn filter(&self, facet: Facet) -> &FacetFilter {
        match facet {
            Facet::Speakers => &self.speakers,
            Facet::Sources => &self.sources,
        }
    }

    pub(super) fn filter_mut(&mut self, facet: Facet) -> &mut FacetFilter {
        match facet {
            Facet::Speakers => &mut self.speakers,
            Facet::Sources => &mut self.sources,
        }
    }

    pub fn dates(&self) -> &DateFilter {
        &self.dates
    }

    /// Whether any of the three asks for something.
    pub fn is_active(&self) -> bool {
        self.speakers.is_active() || self.sources.is_active() || self.dates.is_active()
    }

    /// The articles passing each filter but `except`'s (a picker's counts leave its own
    /// filter out, so that choosing one speaker does not hide the others).
    pub(super) fn passing_except(&self, except: Option<Facet>) -> [Option<&Bitmap>; 3] {
        let keep = |facet: Facet| if except == Some(facet) { None } else { self.filter(facet).passing() };
        [keep(Facet::Speakers), keep(Facet::Sources), self.dates.passing()]
    }

    /// Sets the date range, typed as `typed`, and the articles in it.
    pub(super) fn set_dates(&mut self, range: DateRange, typed: &str, corpus: &Corpus) {
        self.dates.range = range;
        self.dates.typed = typed.trim().to_string();
        self.dates.passing = corpus.dated(&range);
    }

    /// Asks for the speakers or sources `names` in place of those asked for (applied as the
    /// names appear).
    pub(super) fn want(&mut self, facet: Facet, names: Vec<String>) {
        *self.filter_mut(facet) = FacetFilter::new(names);
    }

    /// Recomputes one facet's filter.
    pub(super) fn rebuild(&mut self, facet: Facet, corpus: &mut Corpus) {
        corpus.file_pending();
        self.filter_mut(facet).rebuild(facet, corpus);
    }

    /// Recomputes the filters in force, after articles arrived.
    pub(super) fn rebuild_active(&mut self, corpus: &mut Corpus) {
        for facet in [Facet::Speakers, Facet::Sources] {
            if self.filter(facet).is_active() {
                self.rebuild(facet, corpus);
            }
        }
        if self.dates.is_active() {
            self.dates.passing = corpus.dated(&self.dates.range);
        }
    }

    /// Lets every filter go.
    pub(super) fn clear(&mut self) {
        *self = Facets::default();
    }
}

/// Each entry of `facet` with its count in the articles passing `filters` (`None` ones pass
/// every article), most first; entries chosen but not counted there come last with 0, so they
/// can be let go.
pub(super) fn counted(facet: Facet, corpus: &Corpus, filters: &[Option<&Bitmap>], chosen: &[u32]) -> Vec<(u32, usize)> {
    let shown = intersection(filters);
    let mut counts = facet.counts(corpus, shown.as_ref());
    for &id in chosen {
        if !counts.iter().any(|&(c, _)| c == id) {
            counts.push((id, 0));
        }
    }
    counts
}

/// The articles in every one of `filters`; `None` when none filters.
pub(super) fn intersection(filters: &[Option<&Bitmap>]) -> Option<Bitmap> {
    let mut active = filters.iter().flatten();
    let mut out = (*active.next()?).clone();
    for bitmap in active {
        out.intersect_with(bitmap);
    }
    Some(out)
}
