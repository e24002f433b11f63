//! Case folding as the search's regex does it: Unicode simple case folding, one character for
//! one. The word index and the narrowing of one query by another fold this way, so that they
//! agree with the regex: `ς` and `σ` are one letter to it (as `Σ`), LONG S is `s`, and `İ`
//! is only itself (its lower case, `i̇`, is two characters that `i` would match).

use std::cell::RefCell;

use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange};
use rustc_hash::FxHashMap;

thread_local! {
    /// Folded non-ASCII characters, as computing one builds a character class.
    static FOLDED: RefCell<FxHashMap<char, char>> = RefCell::new(FxHashMap::default());
}

/// The character standing for every character that matches `c` without regard to case: its
/// lower case when that is one of them (`é` for `É`, `σ` for `ς`), else the first of them.
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    // Hangul, kana and CJK ideographs have no case: most of a Korean or Japanese text.
    if matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7A3}') {
        return c;
    }
    FOLDED.with(|folded| *folded.borrow_mut().entry(c).or_insert_with(|| fold_uncached(c)))
}

fn fold_uncached(c: char) -> char {
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    if class.try_case_fold_simple().is_err() {
        return c;
    }
    let first = class.ranges().first().map_or(c, ClassUnicodeRange::start);
    let mut lower = first.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if class.ranges().iter().any(|r| (r.start()..=r.end()).contains(&l)) => l,
        _ => first,
    }
}

/// `text` with every character folded by [`fold_char`].
pub fn fold_str(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_the_regex_matches_together_fold_together() {
        for group in ["aA", "kK\u{212A}", "sSſ", "σςΣ", "éÉ", "ßẞ", "θϑΘϴ"] {
            let folded: Vec<char> = group.chars().map(fold_char).collect();
            assert!(folded.iter().all(|&f| f == folded[0]), "{group}: {folded:?}");
            assert!(group.chars().any(|c| c == folded[0]), "{group} folds to one of its own");
        }
        assert_eq!([fold_char('K'), fold_char('σ'), fold_char('É')], ['k', 'σ', 'é']);
        // `İ` matches only itself; `ı` only itself.
        assert_eq!([fold_char('İ'), fold_char('ı'), fold_char('I')], ['İ', 'ı', 'i']);
        assert_eq!(fold_str("제주 ΟΔΟΣ かな"), "제주 οδοσ かな");
    }
}
