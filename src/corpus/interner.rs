//! Tag names to ids without regard to case (`Korea` and `korea` are one tag): the corpus's
//! table, and the loader's, which numbers the tags of the articles it lists on the reading
//! cores, where their text is still in the cache, rather than on the UI thread.

use rustc_hash::FxHashMap;

use super::TagId;

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
