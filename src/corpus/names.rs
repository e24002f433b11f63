//! Names merged by a key: the speakers of quotes and the outlets of articles. `Lee Jae-hoon`
//! in one article and `LEE Jae-hoon` or `Lee  Jae-hoon` in another are one speaker; so are
//! `森田早苗` and `森田 早苗`, and `J.D. Hollis` and `JD Hollis`. A surname alone is another name
//! (the parser already gives a speaker's fullest name in the article): only the same full name
//! is merged across articles.

use rustc_hash::FxHashMap;

/// Names to ids by their [`name_key`]; id 0 is the entry for no name (a quote whose speaker is
/// unknown, an article without a source), which no name maps to.
#[derive(Debug, Clone)]
pub struct NameTable {
    /// Each name as first seen; entry 0 is the label of "no name".
    names: Vec<Box<str>>,
    /// Each name lower-cased, for narrowing a picker and ordering names.
    folded: Vec<Box<str>>,
    ids: FxHashMap<Box<str>, u32>,
    /// A reused buffer for keys.
    key: String,
}

impl NameTable {
    /// A table whose entry 0, for no name, is shown as `none_label`.
    pub fn new(none_label: &str) -> Self {
        NameTable {
            names: vec![none_label.into()],
            folded: vec![none_label.to_lowercase().into()],
            ids: FxHashMap::default(),
            key: String::new(),
        }
    }

    /// How many entries there are, the one for no name included.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether no name was seen (the entry for no name is always there).
    pub fn is_empty(&self) -> bool {
        self.names.len() == 1
    }

    /// The name of `id` as first seen (the label of no name for 0); empty for an unknown id.
    pub fn name(&self, id: u32) -> &str {
        self.names.get(id as usize).map_or("", |n| n)
    }

    /// The name of `id` lower-cased.
    pub fn folded(&self, id: u32) -> &str {
        self.folded.get(id as usize).map_or("", |n| n)
    }

    /// The id of `name` by its key, if seen.
    pub fn get(&self, name: &str) -> Option<u32> {
        let mut key = String::new();
        name_key(name, &mut key);
        self.ids.get(key.as_str()).copied()
    }

    /// The id of `name` by its key, a new one for a new name; a name of no letters or digits
    /// is no name (0).
    pub fn intern(&mut self, name: &str) -> u32 {
        let mut key = std::mem::take(&mut self.key);
        name_key(name, &mut key);
        let id = if key.is_empty() {
            0
        } else if let Some(&id) = self.ids.get(key.as_str()) {
            id
        } else {
            let id = self.names.len() as u32;
            self.ids.insert(key.as_str().into(), id);
            self.names.push(name.trim().into());
            self.folded.push(name.trim().to_lowercase().into());
            id
        };
        self.key = key;
        id
    }
}

/// The key names are merged by, into `out`: lower-cased, without spaces and periods, with
/// typographic apostrophes as `'`. Empty when the name has no letter or digit.
pub fn name_key(name: &str, out: &mut String) {
    out.clear();
    for c in name.chars() {
        match c {
            c if c.is_whitespace() => {}
            '.' | '\u{3002}' | '\u{FF0E}' => {}
            '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
    if !out.chars().any(char::is_alphanumeric) {
        out.clear();
    }
}

/// `(id, count)` of the non-zero `counts`, most first, then by folded name.
pub(super) fn ranked(counts: Vec<usize>, names: &NameTable) -> Vec<(u32, usize)> {
    let mut out: Vec<(u32, usize)> =
        counts.into_iter().enumerate().filter(|&(_, n)| n > 0).map(|(id, n)| (id as u32, n)).collect();
    out.sort_unstable_by(|a, b| {
        b.1.cmp(&a.1).then_with(|| names.folded(a.0).cmp(names.folded(b.0))).then_with(|| a.0.cmp(&b.0))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> String {
        let mut out = String::new();
        name_key(name, &mut out);
        out
    }

    #[test]
    fn the_same_full_name_in_any_case_spacing_or_dots_is_one_name() {
        let mut names = NameTable::new("(unknown)");
        let lee = names.intern("Lee Jae-hoon");
        assert_eq!(names.intern("LEE JAE-HOON"), lee);
        assert_eq!(names.intern(" Lee  Jae-hoon "), lee);
        assert_eq!(names.intern("森田早苗"), names.intern("森田 早苗"));
        assert_eq!(names.intern("J.D. Hollis"), names.intern("JD Hollis"));
        assert_eq!(names.intern("O’Brien"), names.intern("O'Brien"));
        assert_eq!((names.name(lee), names.folded(lee)), ("Lee Jae-hoon", "lee jae-hoon"));
        assert_eq!(names.get("lee jae-HOON"), Some(lee));
    }

    #[test]
    fn a_surname_or_another_name_is_another_speaker() {
        let mut names = NameTable::new("(unknown)");
        let lee = names.intern("Lee Jae-hoon");
        assert_ne!(names.intern("Lee"), lee);
        assert_ne!(names.intern("Lee Jae-won"), lee);
        assert_ne!(names.intern("이재훈"), lee);
        assert_eq!(names.len(), 5);
    }

    #[test]
    fn a_name_without_letters_is_no_name() {
        let mut names = NameTable::new("(unknown)");
        assert_eq!((names.intern(""), names.intern(" . "), names.intern("—")), (0, 0, 0));
        assert!(names.is_empty());
        assert_eq!(names.name(0), "(unknown)");
        assert_eq!(names.get("(unknown)"), None);
        assert_eq!(key("Kim Min-ji"), "kimmin-ji");
    }
}
