//! Tags: names to ids without regard to case (`Korea` and `korea` are one tag), for the
//! corpus's tag table and for the loader, which numbers the tags of the articles it lists on
//! the reading cores, where their text is still in the cache, rather than on the UI thread; and
//! the corpus's tag index, each tag's articles.

use rustc_hash::FxHashMap;

use super::{Corpus, TagEntry, TagId, TagMode};
use crate::bitmap::Bitmap;

/// Lower-cased tag -> id; ids are handed out in order from 0.
#[derive(Debug, Clone, Default)]
pub struct TagInterner {
    ids: FxHashMap<String, TagId>,
    /// A reused buffer for lower-casing.
    folded: String,
}

impl TagInterner {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The id of `tag` in any case, if known.
    pub fn get(&self, tag: &str) -> Option<TagId> {
        self.ids.get(folded(tag, &mut String::new())).copied()
    }

    /// The id of `tag` in any case, and whether it is new (then it is the next number).
    pub fn intern(&mut self, tag: &str) -> (TagId, bool) {
        let next = self.ids.len() as TagId;
        let mut buffer = std::mem::take(&mut self.folded);
        let key = folded(tag, &mut buffer);
        let found = match self.ids.get(key) {
            Some(&id) => (id, false),
            None => {
                self.ids.insert(key.to_string(), next);
                (next, true)
            }
        };
        self.folded = buffer;
        found
    }
}

/// `tag` lower-cased as `str::to_lowercase` does it: borrowed when it is lower case already,
/// else into `buffer` (byte by byte when ASCII).
fn folded<'a>(tag: &'a str, buffer: &'a mut String) -> &'a str {
    if !tag.chars().any(char::is_uppercase) {
        tag
    } else if tag.is_ascii() {
        buffer.clear();
        buffer.push_str(tag);
        buffer.make_ascii_lowercase();
        buffer
    } else {
        *buffer = tag.to_lowercase();
        buffer
    }
}

/// The tag index: names to ids, and each tag's articles.
impl Corpus {
    /// Files `number` under each of `tags` (new names get ids); returns the ids in page order.
    pub(super) fn index_tags(&mut self, number: u32, tags: Vec<String>) -> Box<[TagId]> {
        let ids: Box<[TagId]> = tags.into_iter().map(|tag| self.intern_tag(tag)).collect();
        self.file_under(number, &ids);
        ids
    }

    /// The id of a tag, a new one for a new name.
    pub(super) fn intern_tag(&mut self, tag: String) -> TagId {
        let (id, new) = self.tag_ids.intern(&tag);
        if new {
            self.tags.push(TagEntry { name: tag, articles: Vec::new() });
        }
        id
    }

    /// Files `number` under each tag of `ids`.
    pub(super) fn file_under(&mut self, number: u32, ids: &[TagId]) {
        for &id in ids {
            let Some(entry) = self.tags.get_mut(id as usize) else { continue };
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
    pub fn tag_names(&self, number: u32) -> Vec<String> {
        let ids = self.article_tags.get(number as usize).map_or(&[][..], |ids| &ids[..]);
        let mut names: Vec<String> = Vec::with_capacity(ids.len());
        for &id in ids {
            let name = self.tag_name(id);
            // `Korea` and `korea` in one page are one tag.
            if !names.iter().any(|n| n == name) {
                names.push(name.to_string());
            }
        }
        names
    }

    /// Only if a full parse found other tags than the light pass (never, by contract).
    pub(super) fn retag(&mut self, number: u32, tags: Vec<String>) {
        for &id in &self.article_tags[number as usize] {
            self.tags[id as usize].articles.retain(|&n| n != number);
        }
        self.article_tags[number as usize] = self.index_tags(number, tags);
    }

    pub fn tag_count(&self) -> usize {
        self.tags.len()
    }

    pub fn tag_name(&self, id: TagId) -> &str {
        self.tags.get(id as usize).map_or("", |t| t.name.as_str())
    }

    /// The id of a tag, matched without regard to case.
    pub fn tag_id(&self, name: &str) -> Option<TagId> {
        self.tag_ids.get(name.trim())
    }

    /// Every tag with its article count, most used first, then by name.
    pub fn tags_by_count(&self) -> Vec<(TagId, usize)> {
        let mut counted: Vec<(TagId, usize)> =
            (0..self.tags.len() as TagId).map(|id| (id, self.tags[id as usize].articles.len())).collect();
        counted.sort_by(|a, b| {
            b.1.cmp(&a.1).then_with(|| {
                let (x, y) = (&self.tags[a.0 as usize].name, &self.tags[b.0 as usize].name);
                x.to_lowercase().cmp(&y.to_lowercase()).then_with(|| x.cmp(y))
            })
        });
        counted
    }

    /// Articles carrying the selected tags (all of them, or any, by `mode`), as a bitmap.
    /// `None` when no tag is selected, meaning every article.
    pub fn tag_matches(&self, tags: &[TagId], mode: TagMode) -> Option<Bitmap> {
        if tags.is_empty() {
            return None;
        }
        let mut postings: Vec<&[u32]> =
            tags.iter().map(|&id| self.tags.get(id as usize).map_or(&[][..], |t| t.articles.as_slice())).collect();
        let mut bitmap = Bitmap::new(self.articles.len());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_id_for_every_case_and_new_ids_in_order() {
        let mut tags = TagInterner::default();
        assert_eq!(tags.intern("Korea"), (0, true));
        assert_eq!(tags.intern("korea"), (0, false));
        assert_eq!(tags.intern("ÉTÉ"), (1, true));
        assert_eq!(tags.intern("été"), (1, false));
        // A final capital sigma lower-cases to ς, as `to_lowercase` does.
        assert_eq!(tags.intern("ΟΔΟΣ"), (2, true));
        let (final_sigma, sigma) = ("\u{3bf}\u{3b4}\u{3bf}\u{3c2}", "\u{3bf}\u{3b4}\u{3bf}\u{3c3}");
        assert_eq!((tags.get(final_sigma), tags.get(sigma)), (Some(2), None));
        assert_eq!(tags.get(&sigma.to_uppercase()), Some(2));
        assert_eq!((tags.get("KOREA"), tags.len()), (Some(0), 3));
    }
}
