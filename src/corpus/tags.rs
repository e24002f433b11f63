//! The tag index: each tag's name and articles, and each article's tags as ids, so the
//! names live once here and not in every article (at 100,000 articles the strings alone would
//! weigh 20 MB).

use super::{TagId, TagInterner, TagMode};
use crate::bitmap::Bitmap;

/// A tag as the corpus knows it: first-seen spelling and the articles carrying it.
#[derive(Debug, Clone)]
struct TagEntry {
    name: String,
    /// Article numbers, ascending (articles are only appended).
    articles: Vec<u32>,
}

/// The corpus's tags; changed only by the corpus, as articles arrive.
#[derive(Debug, Default)]
pub struct TagIndex {
    entries: Vec<TagEntry>,
    /// Names to ids, so `Korea` and `korea` are one tag.
    ids: TagInterner,
    /// The corpus's id of each of the loader's tag ids ([`TagIndex::add_loader_names`]).
    loader_ids: Vec<TagId>,
    /// Each article's tags, by article number.
    of_article: Vec<Box<[TagId]>>,
}

impl TagIndex {
    pub(super) fn reserve(&mut self, more: usize) {
        self.of_article.reserve(more);
    }

    /// Files article `number` (the next one) under `tags` (new names get ids).
    pub(super) fn add(&mut self, number: u32, tags: Vec<String>) {
        let ids: Box<[TagId]> = tags.into_iter().map(|tag| self.intern(tag)).collect();
        self.file_under(number, &ids);
        self.of_article.push(ids);
    }

    /// Takes the names the loader numbered since its last batch, in the order of its ids.
    pub(super) fn add_loader_names(&mut self, names: Vec<String>) {
        for name in names {
            let id = self.intern(name);
            self.loader_ids.push(id);
        }
    }

    /// Files article `number` (the next one) under tags numbered by the loader
    /// ([`TagIndex::add_loader_names`]).
    pub(super) fn add_loader_ids(&mut self, number: u32, mut ids: Box<[TagId]>) {
        for id in ids.iter_mut() {
            *id = self.loader_ids.get(*id as usize).copied().unwrap_or(*id);
        }
        self.file_under(number, &ids);
        self.of_article.push(ids);
    }

    /// Whether article `number` carries exactly `tags`, in this order (in any case).
    pub(super) fn has_exactly(&self, number: u32, tags: &[String]) -> bool {
        let ids = self.of_article.get(number as usize).map_or(&[][..], |ids| &ids[..]);
        ids.len() == tags.len() && tags.iter().zip(ids).all(|(t, &id)| self.ids.get(t) == Some(id))
    }

    /// Files article `number` again, under `tags`: only if a full parse found other tags than
    /// the light pass (never, by contract).
    pub(super) fn retag(&mut self, number: u32, tags: Vec<String>) {
        let Some(old) = self.of_article.get(number as usize) else { return };
        for &id in old.iter() {
            self.entries[id as usize].articles.retain(|&n| n != number);
        }
        let ids: Box<[TagId]> = tags.into_iter().map(|tag| self.intern(tag)).collect();
        self.file_under(number, &ids);
        self.of_article[number as usize] = ids;
    }

    /// The id of a tag, a new one for a new name.
    fn intern(&mut self, tag: String) -> TagId {
        let (id, new) = self.ids.intern(&tag);
        if new {
            self.entries.push(TagEntry { name: tag, articles: Vec::new() });
        }
        id
    }

    /// Files `number` under each tag of `ids`.
    fn file_under(&mut self, number: u32, ids: &[TagId]) {
        for &id in ids {
            let Some(entry) = self.entries.get_mut(id as usize) else { continue };
            let postings = &mut entry.articles;
            // Postings stay sorted; a tag repeated in one article (different case) counts once.
            // Articles come in number order, so the search is almost never needed (and each
            // of its steps is a cache miss at 100,000 articles).
            if postings.last().is_none_or(|&last| last < number) {
                postings.push(number);
            } else if let Err(at) = postings.binary_search(&number) {
                postings.insert(at, number);
            }
        }
    }

    /// An article's tags, spelled as the corpus first saw them.
    pub fn names_of(&self, number: u32) -> Vec<String> {
        let ids = self.of_article.get(number as usize).map_or(&[][..], |ids| &ids[..]);
        let mut names: Vec<String> = Vec::with_capacity(ids.len());
        for &id in ids {
            let name = self.name(id);
            // `Korea` and `korea` in one page are one tag.
            if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        names
    }

    /// How many distinct tags there are.
    pub fn count(&self) -> usize {
        self.entries.len()
    }

    pub fn name(&self, id: TagId) -> &str {
        self.entries.get(id as usize).map_or("", |t| t.name.as_str())
    }

    /// The id of a tag, matched without regard to case.
    pub fn id(&self, name: &str) -> Option<TagId> {
        self.ids.get(name.trim())
    }

    /// Every tag with its article count, most used first, then by name.
    pub fn by_count(&self) -> Vec<(TagId, usize)> {
        let entries = &self.entries;
        let mut counted: Vec<(TagId, usize)> =
            (0..entries.len() as TagId).map(|id| (id, entries[id as usize].articles.len())).collect();
        counted.sort_by(|a, b| {
            b.1.cmp(&a.1).then_with(|| {
                let (x, y) = (&entries[a.0 as usize].name, &entries[b.0 as usize].name);
                x.to_lowercase().cmp(&y.to_lowercase()).then_with(|| x.cmp(y))
            })
        });
        counted
    }

    /// Articles carrying the selected tags (all of them, or any, by `mode`), as a bitmap.
    /// `None` when no tag is selected, meaning every article.
    pub fn matching(&self, tags: &[TagId], mode: TagMode) -> Option<Bitmap> {
        if tags.is_empty() {
            return None;
        }
        let mut postings: Vec<&[u32]> =
            tags.iter().map(|&id| self.entries.get(id as usize).map_or(&[][..], |t| t.articles.as_slice())).collect();
        let mut bitmap = Bitmap::new(self.of_article.len());
        match mode {
            TagMode::Or => {
                for list in postings {
                    for &n in list {
                        bitmap.insert(n);
                    }
                }
            }
            TagMode::And => {
                postings.sort_by_key(|p| p.len());
                let (first, rest) = postings.split_first().map_or((&[][..], &[][..]), |(f, r)| (*f, r));
                'next: for &n in first {
                    for list in rest {
                        if list.binary_search(&n).is_err() {
                            continue 'next;
                        }
                    }
                    bitmap.insert(n);
                }
            }
        }
        Some(bitmap)
    }
}
