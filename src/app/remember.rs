//! What the reader remembers between starts: the state's thread connected
//! ([`App::connect_state`]), its messages taken ([`App::on_state`]), and where the reader was
//! in this set of paths ([`Place`]: the selected article, the sort, the tag filter, the kept
//! search, the view, the speaker, source and date filters and whether the quotes view was on),
//! saved as it changes and restored at the next start.

use serde::{Deserialize, Serialize};

use super::facets::Facet;
use super::marks::StateView;
use super::{App, TimeSlice};
use crate::corpus::{DateRange, SortKey, TagMode};
use crate::store::key;
use crate::store::state::{Change, StateEvent, StateHandle, now_ms};

/// Where the reader was in a set of paths.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Place {
    /// The selected article's key ([`crate::store::key`]), and its path (for an article whose
    /// key was not known yet).
    pub selected: Option<String>,
    pub selected_path: Option<String>,
    pub sort: SortKey,
    pub tags: Vec<String>,
    pub tag_mode: TagMode,
    pub search: String,
    pub view: StateView,
    /// The speakers and sources asked for, by name.
    pub speakers: Vec<String>,
    pub sources: Vec<String>,
    /// The date range as it was typed (`last 7 days` counts from the day of the next start).
    pub dates: String,
    pub quotes_view: bool,
}

/// The place's bookkeeping.
#[derive(Debug, Default)]
pub(super) struct Places {
    /// The set of paths places are saved for; `None`: not saved (no state connected).
    set: Option<String>,
    /// The place last written.
    saved: Option<Place>,
    /// The article to select once it has arrived, from the place restored.
    restore: Option<Target>,
    /// Whether the state's thread has said what it holds (saving waits for it, so that the
    /// place restored is not overwritten first).
    heard: bool,
    /// Start clean (`--fresh`): nothing is restored.
    fresh: bool,
}

#[derive(Debug, Clone)]
struct Target {
    id: Option<u64>,
    path: Option<String>,
}

impl App {
    /// Connects the reading state's thread: flags are written through `handle`, and the place
    /// is saved for the set of paths `set` (and restored from it unless `fresh`).
    pub fn connect_state(&mut self, handle: StateHandle, set: String, fresh: bool) {
        self.marks.connect(handle.clone());
        self.state = Some(handle);
        self.places.set = Some(set);
        self.places.fresh = fresh;
    }

    /// Takes a message of the state's thread.
    pub fn on_state(&mut self, event: StateEvent, time: TimeSlice) {
        match event {
            StateEvent::Loaded { rows, place } => {
                self.marks.load(rows, &self.corpus, self.is_loading());
                self.places.heard = true;
                let place = place.and_then(|json| serde_json::from_str::<Place>(&json).ok());
                match place {
                    Some(place) if !self.places.fresh => self.restore(place, time),
                    _ => {}
                }
                self.refresh_view();
                self.sync();
            }
            StateEvent::Problem(line) => self.notify(line, true),
        }
    }

    /// Puts the reader back where `place` says, the selection as soon as its article is there.
    fn restore(&mut self, place: Place, time: TimeSlice) {
        self.sort = place.sort;
        self.restore_who(&place);
        // A filter given on the command line wins over the one remembered.
        if !self.tags.is_active() {
            self.tags.restore(place.tags, place.tag_mode);
            self.tags.rebuild(self.corpus.tags(), self.corpus.len());
        }
        self.marks.set_view(place.view);
        if !place.search.is_empty() {
            self.line.keep(place.search);
            self.apply_search(time);
        }
        let id = place.selected.as_deref().and_then(key::id_of_key);
        if id.is_some() || place.selected_path.is_some() {
            self.places.restore = Some(Target { id, path: place.selected_path });
        }
        self.places.saved = Some(self.place());
        self.find_restored();
    }

    /// The speaker, source and date filters of `place`, each unless given on the command line,
    /// and the quotes view.
    fn restore_who(&mut self, place: &Place) {
        for (facet, names) in [(Facet::Speakers, &place.speakers), (Facet::Sources, &place.sources)] {
            if !self.facets.filter(facet).is_active() && !names.is_empty() {
                self.facets.want(facet, names.clone());
            }
        }
        // A range that no longer reads (`last 7 days` with no today) is left out.
        if !self.facets.dates().is_active()
            && let Ok(range) = DateRange::parse(&place.dates, self.today)
        {
            self.facets.set_dates(range, &place.dates, &self.corpus);
        }
        self.facets.rebuild_active(&mut self.corpus);
        if place.quotes_view && !self.quotes.is_shown() {
            self.show_quotes_view();
        }
    }

    /// Selects the article restored, once it is there (and the reader has not chosen another).
    pub(super) fn find_restored(&mut self) {
        let Some(target) = self.places.restore.clone() else { return };
        if self.list.is_chosen() {
            self.places.restore = None;
            return;
        }
        let by_id = target.id.and_then(|id| self.marks.article_of(id));
        // By path only once every article is there: a scan, made once.
        let by_path = || {
            let path = target.path.as_deref()?;
            let found = self.corpus.articles().iter().position(|a| a.path() == Some(path))?;
            Some(found as u32).filter(|&n| !self.corpus.is_removed(n))
        };
        let found = by_id.or_else(|| if self.is_loading() { None } else { by_path() });
        if let Some(number) = found {
            self.list.select_article(number, &self.view, self.list_rows());
            self.list.choose();
            self.places.restore = None;
            self.sync();
        } else if !self.is_loading() {
            self.places.restore = None;
        }
    }

    /// Where the reader is now.
    fn place(&self) -> Place {
        let selected = self.list.selected().and_then(|n| self.corpus.get(n));
        let names = self.tags.selected().iter().map(|&id| self.corpus.tags().name(id).to_string());
        Place {
            selected: selected.filter(|a| a.state_id() != 0).map(|a| key::key_of(a.url(), a.state_id())),
            selected_path: selected.and_then(|a| a.path()).map(String::from),
            sort: self.sort,
            tags: names.chain(self.tags.wanted().iter().cloned()).collect(),
            tag_mode: self.tags.mode(),
            search: if self.search.is_active() { self.line.text().to_string() } else { String::new() },
            view: self.marks.view(),
            speakers: self.facets.filter(Facet::Speakers).names(Facet::Speakers.names(&self.corpus)),
            sources: self.facets.filter(Facet::Sources).names(Facet::Sources.names(&self.corpus)),
            dates: self.facets.dates().text(),
            quotes_view: self.quotes.is_shown(),
        }
    }

    /// Writes where the reader is, if it changed: after every action. Not before the state
    /// said what it holds, nor while the article restored is still awaited.
    pub(super) fn save_place(&mut self) {
        let Some(set) = &self.places.set else { return };
        if !self.places.heard || self.places.restore.is_some() || self.line.is_editing() {
            return;
        }
        let place = self.place();
        if self.places.saved.as_ref() == Some(&place) {
            return;
        }
        if let (Some(handle), Ok(json)) = (&self.state, serde_json::to_string(&place)) {
            handle.send(Change::Place { set: set.clone(), place: json, at: now_ms() });
        }
        self.places.saved = Some(place);
    }
}
