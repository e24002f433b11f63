//! Full-text search: a case-insensitive literal query over an article's visible text.

use std::ops::Range;

use regex::{Regex, RegexBuilder};

use crate::article::Article;

/// A search as the user typed it, compiled once and reused for every article.
#[derive(Debug, Clone)]
pub struct Query {
    text: String,
    folded: String,
    /// `None` for the empty query, which matches everything.
    regex: Option<Regex>,
    /// Whether two matches can overlap (`aa` in `aaa`): the query is not ASCII, or it begins
    /// the way it ends. Otherwise one pass over the text finds every match.
    overlaps: bool,
    /// For an ASCII query, the way [`Query::is_match`] scans without the regex.
    ascii: Option<AsciiNeedle>,
}

/// An ASCII query holding a rare enough byte, found without regard to case by a search for
/// that byte (in both cases) and a comparison of the bytes around it: over generated article
/// text, 1.3 to 1.9 times the regex's speed (`the g`, `said kim`), whose search for the first
/// few letters stops at every `the`.
///
/// Without regard to case, an ASCII letter matches itself in either case and nothing else,
/// but for `k` (also KELVIN SIGN) and `s` (also LONG S): a text holding either, for a query
/// holding the letter, goes to the regex.
#[derive(Debug, Clone)]
struct AsciiNeedle {
    lower: Vec<u8>,
    /// Where in the query the byte searched for stands: its least common one in English text.
    anchor: usize,
    /// KELVIN SIGN and LONG S (UTF-8), when the query holds `k` or `s`.
    folds: Vec<&'static [u8]>,
}

impl AsciiNeedle {
    fn new(text: &str) -> Option<Self> {
        if text.is_empty() || !text.is_ascii() {
            return None;
        }
        let lower = text.as_bytes().to_ascii_lowercase();
        let folds = [(b'k', "\u{212A}"), (b's', "\u{17F}")]
            .into_iter()
            .filter(|(letter, _)| lower.contains(letter))
            .map(|(_, sign)| sign.as_bytes())
            .collect();
        let anchor = (0..lower.len()).max_by_key(|&at| commonness(lower[at]))?;
        // A common byte stops the search too often: the regex's own search does better then
        // (`of the`: a third faster).
        if commonness(lower[anchor]) < RARE_ENOUGH {
            return None;
        }
        Some(AsciiNeedle { lower, anchor, folds })
    }

    /// `Some(found)`, or `None` when only the regex can tell (a sign that folds to a letter).
    fn is_match(&self, haystack: &str) -> Option<bool> {
        let bytes = haystack.as_bytes();
        // One pass for both signs, by their last bytes (E2 84 AA and C5 BF).
        if !self.folds.is_empty()
            && memchr::memchr2_iter(0xAA, 0xBF, bytes)
                .any(|i| self.folds.iter().any(|sign| bytes[..=i].ends_with(sign)))
        {
            return None;
        }
        let (needle, anchor) = (&self.lower[..], self.anchor);
        let byte = needle[anchor];
        let found = memchr::memchr2_iter(byte, byte.to_ascii_uppercase(), bytes).any(|at| {
            at.checked_sub(anchor)
                .and_then(|start| bytes.get(start..start + needle.len()))
                .is_some_and(|window| window.eq_ignore_ascii_case(needle))
        });
        Some(found)
    }
}

/// Bytes in English text, most common first. Digits and punctuation rank with the rarer letters.
const BY_FREQUENCY: &[u8] = b" etaoinsrhldcumfpgwybvkxjqz";
/// The rank from which a byte is rare enough to search for: `g` and rarer.
const RARE_ENOUGH: usize = 17;

/// How common a byte (lower-cased) is in English text: its rank in [`BY_FREQUENCY`].
fn commonness(byte: u8) -> usize {
    BY_FREQUENCY.iter().position(|&b| b == byte).unwrap_or(BY_FREQUENCY.len() - 6)
}

impl Query {
    pub fn new(text: &str) -> Self {
        // Unicode-aware case folding on a literal: `josé` finds `JOSÉ`, Hangul is matched as is.
        let regex = (!text.is_empty())
            .then(|| RegexBuilder::new(&regex::escape(text)).case_insensitive(true).size_limit(1 << 20).build().ok());
        let lower = text.as_bytes().to_ascii_lowercase();
        let bordered = (1..lower.len()).any(|k| lower[..k] == lower[lower.len() - k..]);
        let overlaps = !text.is_ascii() || bordered;
        let ascii = AsciiNeedle::new(text);
        Self { text: text.to_string(), folded: text.to_lowercase(), regex: regex.flatten(), overlaps, ascii }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// True when every match of `self` is also a match of `previous`, so a narrowing search
    /// only has to look at the articles `previous` found.
    pub fn narrows(&self, previous: &Query) -> bool {
        !previous.is_empty() && self.folded.contains(&previous.folded)
    }

    pub fn is_match(&self, haystack: &str) -> bool {
        if let Some(found) = self.ascii.as_ref().and_then(|needle| needle.is_match(haystack)) {
            return found;
        }
        match &self.regex {
            Some(regex) => regex.is_match(haystack),
            None => self.text.is_empty(),
        }
    }

    /// Byte ranges of the matches in `haystack`, for highlighting.
    pub fn find_iter<'a>(&'a self, haystack: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        self.regex.iter().flat_map(move |regex| regex.find_iter(haystack).map(|m| m.range()))
    }

    /// Whether the title, a caption, a paragraph or a quote contains the query.
    pub fn matches_article(&self, article: &Article) -> bool {
        self.is_match(&article.title)
            || article.paragraphs.iter().any(|p| self.is_match(p))
            || article.captions.iter().any(|c| self.is_match(&c.text))
            // A quote can span paragraphs, joined by a space the body does not have.
            || article.quotes.iter().any(|q| self.is_match(&q.text))
    }

    /// The [`follow_class`] of the character right after each match in the article's
    /// searchable text (overlapping matches included), one bit each: the query extended by a
    /// character of class `k` can only match where bit `k` is set.
    pub fn follow_mask(&self, article: &Article) -> u64 {
        let Some(regex) = &self.regex else { return 0 };
        let fields = std::iter::once(article.title.as_str())
            .chain(article.paragraphs.iter().map(String::as_str))
            .chain(article.captions.iter().map(|c| c.text.as_str()))
            .chain(article.quotes.iter().map(|q| q.text.as_str()));
        let mut mask = 0;
        let mut note = |text: &str, end: usize| {
            if let Some(next) = text[end..].chars().next() {
                mask |= 1 << follow_class(next).0;
            }
        };
        for text in fields {
            if !self.overlaps {
                regex.find_iter(text).for_each(|found| note(text, found.end()));
                continue;
            }
            let mut at = 0;
            while let Some(found) = regex.find_at(text, at) {
                note(text, found.end());
                // The next match may start inside this one (`aa` in `aaa`).
                at = found.start() + text[found.start()..].chars().next().map_or(1, char::len_utf8);
            }
        }
        mask
    }
}

/// One of 64 classes of a character, without regard to case, and whether the class holds only
/// that character (in its cases): `a`-`z`, `0`-`9` and the space have one each, as have the two
/// characters that match an ASCII letter without regard to case (KELVIN SIGN and LONG S);
/// every other character shares one of the remaining classes by a hash of its lower case.
pub fn follow_class(c: char) -> (u32, bool) {
    let folded = match c {
        '\u{212A}' => 'k',
        '\u{17F}' => 's',
        _ => c.to_ascii_lowercase(),
    };
    match folded {
        'a'..='z' => (folded as u32 - 'a' as u32, true),
        '0'..='9' => (26 + folded as u32 - '0' as u32, true),
        ' ' => (36, true),
        _ => {
            let lower = c.to_lowercase().next().unwrap_or(c);
            (37 + (lower as u32).wrapping_mul(0x9E37_79B9) % 27, false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_without_regard_to_case_including_non_ascii() {
        let q = Query::new("josé");
        assert!(q.is_match("Said JOSÉ Martín."));
        assert!(!q.is_match("Jose"));
        assert!(Query::new("정상회담").is_match("한일 정상회담이 열렸다"));
    }

    #[test]
    fn ascii_queries_match_as_the_regex_does() {
        let q = Query::new("said k");
        assert!(q.is_match("SAID KIM") && q.is_match("they said kim") && !q.is_match("said  kim"));
        // KELVIN SIGN and LONG S match `k` and `s` without regard to case.
        assert!(q.is_match("SAID \u{212A}im") && q.is_match("\u{17F}aid kim") && !q.is_match("\u{17F}aid lim"));
        assert!(Query::new("the g").is_match("bathe GENTLY") && !Query::new("the g").is_match("the\ngate"));
        assert!(Query::new("x").is_match("X") && !Query::new("x").is_match("é"));
        assert!(Query::new("a.b").is_match("A.B") && !Query::new("ab").is_match("a"));
    }

    #[test]
    fn regex_characters_are_literal() {
        assert!(Query::new("a.b (c)").is_match("x a.b (c) y"));
        assert!(!Query::new("a.b").is_match("axb"));
    }

    #[test]
    fn finds_every_range() {
        let q = Query::new("ab");
        assert_eq!(q.find_iter("ab xAB").collect::<Vec<_>>(), [0..2, 4..6]);
    }

    #[test]
    fn follow_masks_say_what_comes_after_every_match() {
        let article = |body: &str| Article { paragraphs: vec![body.into()], ..Article::default() };
        let bit = |c: char| 1u64 << follow_class(c).0;
        // Overlapping matches, any case, the end of a field adding nothing.
        assert_eq!(Query::new("aa").follow_mask(&article("aaab AAC aa")), bit('a') | bit('b') | bit('c'));
        assert_eq!(Query::new("the ").follow_mask(&article("The Gate and the \u{212A}ey")), bit('g') | bit('k'));
        assert_eq!(Query::new("x").follow_mask(&article("none")), 0);
        // The class of every character matching `k` without regard to case is the same.
        assert_eq!([follow_class('K'), follow_class('\u{212A}')], [follow_class('k'); 2]);
        assert!(follow_class('k').1 && !follow_class('é').1 && follow_class('É') == follow_class('é'));
    }

    /// For every article, query and next character: a mask without the character's bit means
    /// no match of the longer query; with it, a match when the class is exact.
    #[test]
    fn follow_masks_agree_with_searching_the_longer_query() {
        let texts = ["The gate, the Gulf and THE GATE.", "the\u{212A}iln; theſe", "thé gâteau", "the", "tHe 9 lives"];
        let articles: Vec<Article> =
            texts.iter().map(|t| Article { paragraphs: vec![t.to_string()], ..Article::default() }).collect();
        for query in ["the", "the ", "th", "gat", "é"] {
            let q = Query::new(query);
            for article in &articles {
                let mask = q.follow_mask(article);
                for c in "gGkKsS 9éÉ,\u{212A}\u{17F}".chars() {
                    let (class, exact) = follow_class(c);
                    let longer = Query::new(&format!("{query}{c}")).matches_article(article);
                    let allowed = mask & (1 << class) != 0;
                    assert!(allowed || !longer, "{query:?}+{c:?} in {:?}", article.paragraphs);
                    if exact {
                        assert_eq!(allowed, longer, "{query:?}+{c:?} in {:?}", article.paragraphs);
                    }
                }
            }
        }
    }

    #[test]
    fn longer_query_narrows_shorter() {
        assert!(Query::new("Summit").narrows(&Query::new("sum")));
        assert!(!Query::new("sum").narrows(&Query::new("summit")));
        assert!(!Query::new("sum").narrows(&Query::new("")));
    }
}
