//! What arrives without the reader doing anything: a loader's messages ([`App::on_load`]) and
//! the time between frames ([`App::tick`]), in which a search, its notes and the index's
//! frequent grams go on.

use std::time::Instant;

use super::loading::LoadEvent;
use super::{App, Popup, TimeSlice};

/// Articles whose speakers and source are filed at a time between frames (some microseconds
/// each), the slice's time looked at between two.
const FILING_CHUNK: usize = 500;

impl App {
    /// Takes a loader's message, at the start of `time`.
    pub fn on_load(&mut self, event: LoadEvent, time: TimeSlice) {
        match event {
            LoadEvent::Found(n) => {
                self.loading.found_files(n);
                self.corpus.reserve(n.saturating_sub(self.loading.files()));
            }
            LoadEvent::Articles { articles, files } => {
                self.loading.read(files);
                let first = self.corpus.len() as u32;
                let ids: Vec<u64> = articles.iter().map(crate::store::key::article_id).collect();
                self.corpus.extend(articles);
                for (number, id) in (first..).zip(ids) {
                    self.corpus.set_state_id(number, id);
                }
                self.marks.arrived(first..self.corpus.len() as u32, &self.corpus, self.is_loading());
                self.tick(time);
            }
            LoadEvent::Read { articles, new_tags, files } => {
                self.loading.read(files);
                let first = self.corpus.len() as u32;
                self.corpus.append_listed(articles, new_tags);
                self.marks.arrived(first..self.corpus.len() as u32, &self.corpus, self.is_loading());
                self.tick(time);
            }
            LoadEvent::Listed(to_parse) => {
                self.loading.listed(to_parse);
                self.refresh_loaded(time);
            }
            LoadEvent::Parsed(parsed) => {
                self.loading.parsed(parsed.len());
                // Full parses take the numbers of their light-pass articles.
                let numbers: Vec<u32> = parsed.iter().map(|p| p.number).collect();
                self.corpus.replace(parsed);
                for &number in &numbers {
                    self.marks.arrived(number..number + 1, &self.corpus, self.is_loading());
                }
                // The open article got its body: it is laid out again, keeping the place.
                self.reading.forget_layout_of(&numbers);
                self.search.articles_replaced(&self.corpus, &numbers);
                self.tick(time);
            }
            LoadEvent::Indexed(index) => self.search.set_index(*index),
            LoadEvent::Grams(grams) => self.search.restore_grams(&grams),
            LoadEvent::Failed(error) => self.loading.failed(&error),
            LoadEvent::Unreadable { articles, error } => {
                self.loading.failed(&error);
                self.loading.unreadable(&articles);
            }
            LoadEvent::Removed(numbers) => {
                let ids: Vec<u64> = numbers.iter().map(|&n| self.corpus.get(n).map_or(0, |a| a.state_id())).collect();
                self.corpus.remove(&numbers);
                self.marks.removed(&numbers, &ids);
                self.reading.forget_layout_of(&numbers);
                self.search.articles_replaced(&self.corpus, &numbers);
                self.loading.changed();
            }
            LoadEvent::Notice(line) => self.notify(line, true),
            LoadEvent::Finished => {
                self.loading.finished();
                self.marks.loaded_all(&self.corpus);
                self.refresh_loaded(time);
            }
        }
    }

    /// Between frames: goes on with a running search (else the notes for the next keystroke)
    /// for `time`, and recomputes the list if articles arrived and the last recomputation is
    /// old enough. Once loading is over, files who said what and reads the index's frequent
    /// grams the same way: while the loader still sends articles, both would take the cores
    /// it decodes and parses on (a start from the cache is done sooner without them), and
    /// neither is needed to list or search (the quotes view files what is pending when opened).
    pub fn tick(&mut self, time: TimeSlice) {
        if self.search.is_running() {
            self.search.run(&self.corpus, time);
            self.after_search();
            self.sync();
        } else if self.search.is_preparing() {
            self.search.prepare(&self.corpus, time);
        } else if self.is_loading() {
            // Nothing more until the loader is done.
        } else if self.corpus.has_unfiled() {
            // Who said what, filed between frames: the quotes view and its pickers then open
            // without reading every article first.
            while self.corpus.file_some(FILING_CHUNK) && !time.is_over() {}
        } else {
            self.search.read_grams(&self.corpus, time);
        }
        if self.loading.refresh_due(time.start()) {
            self.refresh_loaded(time);
        }
    }

    fn refresh_loaded(&mut self, time: TimeSlice) {
        // What the recomputation costs sets how often it may run while loading.
        let start = Instant::now();
        self.search.articles_added(&self.corpus);
        self.tags.rebuild(self.corpus.tags(), self.corpus.len());
        if let Some(Popup::Tags(picker)) = &mut self.popup {
            picker.reload(self.corpus.tags(), self.tags.wanted());
        }
        self.facets.rebuild_active(&mut self.corpus);
        self.reload_facet_picker();
        // Nobody picked an article yet: the list stays at its top as newer ones arrive.
        self.list.stay_on_top_until_chosen();
        self.refresh_view();
        self.find_restored();
        self.sync();
        self.loading.refreshed(time.start(), start.elapsed());
    }
}
