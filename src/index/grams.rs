//! Common grams: what follows the commonest words. A phrase that starts with one (`the g`,
//! `said k`) has candidates in nearly every article, since nearly every article holds both of
//! its words somewhere, and checking them reads the whole corpus: 60-70 ms on two cores at
//! 100,000 articles, more than a keystroke may take. As Lucene's CommonGrams filter does for
//! phrase queries, the index keeps a little more for these few words: per article and word,
//! the classes of the characters that follow the word and one space, in 32 bits (6.4 MB at
//! 100,000 articles for [`COMMON`]). `the g` is then answered from the masks of `the`, plus
//! the articles holding another word ending in `the` (`breathe`), which are checked.

use crate::article::Article;
use crate::search::follow_class;

use super::is_word;
use crate::search::fold_char;

/// The words whose followers are kept: the commonest in English news text.
pub const COMMON: [&str; 16] =
    ["the", "a", "of", "to", "and", "in", "said", "for", "on", "that", "is", "with", "at", "by", "was", "as"];

/// The longest word in [`COMMON`].
const LONGEST: usize = 4;

/// For each word of [`COMMON`], one bit per [`gram_class`] of the characters found right after
/// the word and one space, in any field of one article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Grams(pub [u32; COMMON.len()]);

/// The class of a character in 32: each of `a`-`z` (in either case, with KELVIN SIGN and LONG
/// S as `k` and `s`) and the space exactly; the digits share one class, every other character
/// one of four. Whether the class holds only that character (in its cases). 32 bits an article
/// and word is what the grams can spend; a phrase is mostly a word and a letter, which keep a
/// class each.
pub fn gram_class(c: char) -> (u32, bool) {
    const SPACE: u32 = 26;
    const DIGITS: u32 = 27;
    /// The first of the four classes the other characters share.
    const OTHERS: u32 = 28;
    let (class, exact) = follow_class(c);
    match class {
        // Letters keep the class `follow_class` gives them.
        0..=25 => (class, exact),
        36 => (SPACE, true),
        26..=35 => (DIGITS, false),
        _ => (OTHERS + class % 4, false),
    }
}

/// The slot in [`Grams`] of a word (lower-cased), if it is one of [`COMMON`].
pub fn common_slot(word: &[u8]) -> Option<usize> {
    COMMON.iter().position(|common| common.as_bytes() == word)
}

/// The common grams of the article's searchable text: title, captions, body and quotes, each
/// field apart (a phrase does not run from one into the next).
pub fn grams_of(article: &Article) -> Grams {
    let fields = std::iter::once(article.title.as_str())
        .chain(article.captions.iter().map(|c| c.text.as_str()))
        .chain(article.paragraphs.iter().map(String::as_str))
        .chain(article.quotes.iter().map(|q| q.text.as_str()));
    grams_of_fields(fields)
}

/// [`grams_of`] over any searchable fields, each apart.
pub(super) fn grams_of_fields<'a>(fields: impl Iterator<Item = &'a str>) -> Grams {
    let mut grams = Grams::default();
    for text in fields {
        note_grams(text, &mut grams);
    }
    grams
}

fn note_grams(text: &str, grams: &mut Grams) {
    // The word being read, lower-cased, while it may still be a common one.
    let (mut word, mut len, mut in_word, mut common) = ([0u8; LONGEST], 0, false, true);
    // After a common word and a space: whose follower the next character is.
    let mut pending: Option<usize> = None;
    for c in text.chars() {
        if let Some(slot) = pending.take() {
            grams.0[slot] |= 1 << gram_class(c).0;
        }
        if is_word(c) {
            if !in_word {
                (in_word, len, common) = (true, 0, true);
            }
            match fold_char(c) {
                folded if folded.is_ascii() && len < LONGEST && common => {
                    word[len] = folded as u8;
                    len += 1;
                }
                _ => common = false,
            }
        } else if in_word {
            in_word = false;
            if common && c == ' ' {
                pending = common_slot(&word[..len]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grams(text: &str) -> Vec<(&'static str, Vec<char>)> {
        let mut grams = Grams::default();
        note_grams(text, &mut grams);
        let classes = ('a'..='z').chain([' ', '1', '“']);
        COMMON
            .iter()
            .zip(grams.0)
            .filter(|(_, mask)| *mask != 0)
            .map(|(word, mask)| (*word, classes.clone().filter(|&c| mask & (1 << gram_class(c).0) != 0).collect()))
            .collect()
    }

    #[test]
    fn notes_the_character_after_a_common_word_and_one_space() {
        assert_eq!(grams("The gate and THE Kiln"), [("the", vec!['g', 'k']), ("and", vec!['t'])]);
        // Not after two spaces or another mark, nor at the end, nor inside a longer word.
        assert_eq!(grams("the  x bathe g the, y others z the"), [("the", vec![' '])]);
        assert_eq!(grams("ſaid \u{212A}im, said 1"), [("said", vec!['k', '1'])]);
        assert_eq!(grams("thé g the“x” the “x” a “b”"), [("the", vec!['“']), ("a", vec!['“'])]);
        assert!(grams("").is_empty() && grams("the").is_empty() && grams("the ").is_empty());
    }

    #[test]
    fn classes_are_exact_for_letters_and_the_space_only() {
        assert_eq!(gram_class('G'), gram_class('g'));
        assert_eq!(gram_class('\u{212A}'), gram_class('k'));
        assert!(gram_class('g').1 && gram_class(' ').1 && !gram_class('7').1 && !gram_class('é').1);
        assert!((0..=u32::from(char::MAX)).filter_map(char::from_u32).step_by(97).all(|c| gram_class(c).0 < 32));
    }
}
