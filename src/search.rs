//! Full-text search: a case-insensitive literal query over an article's visible text.

use std::ops::Range;

use aho_corasick::{Span, packed};
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
    /// Whether the query holds a `\n` (which joins packed paragraphs).
    newline: bool,
}

/// An ASCII query of more than one byte, or of one rare byte, found without regard to case
/// without the regex: by a search for its rarest part in every case ([`Finder`]) and a
/// comparison of the bytes around each place found. The regex's own search looks for the
/// first few letters (`the` in `the g`) and stops at every one of them: over generated article
/// text, this takes 0.3 to 0.9 times its time.
///
/// Without regard to case, an ASCII letter matches itself in either case and nothing else,
/// but for `k` (also KELVIN SIGN) and `s` (also LONG S): a text holding either, for a query
/// holding the letter, goes to the regex.
#[derive(Debug, Clone)]
struct AsciiNeedle {
    lower: Vec<u8>,
    /// Where in the query the part searched for starts.
    anchor: usize,
    finder: Finder,
    /// KELVIN SIGN and LONG S (UTF-8), when the query holds `k` or `s`.
    folds: Vec<&'static [u8]>,
}

/// How an [`AsciiNeedle`] finds where it may match.
#[derive(Debug, Clone)]
enum Finder {
    /// `memchr2` for one byte of the query in both cases: a byte rare in English (`k`, `z`,
    /// a digit) is found at close to the speed of memory.
    Byte,
    /// A SIMD search (aho-corasick's Teddy) for every case of the query's rarest window of up
    /// to four bytes (`he g` in `the g`: 8 spellings), where no single byte is rare enough.
    Window(packed::Searcher),
}

/// Bytes in English text, most common first. Digits and punctuation rank with the rarer letters.
const BY_FREQUENCY: &[u8] = b" etaoinsrhldcumfpgwybvkxjqz";
/// The rank from which one byte is rare enough to search for alone: `v` and rarer.
const RARE_ENOUGH: usize = 21;
/// The longest window searched for in every case: 16 spellings at most.
const WINDOW: usize = 4;

/// How common a byte (lower-cased) is in English text: its rank in [`BY_FREQUENCY`].
fn commonness(byte: u8) -> usize {
    BY_FREQUENCY.iter().position(|&b| b == byte).unwrap_or(RARE_ENOUGH)
}

impl AsciiNeedle {
    /// `None` for the regex: a query of one common byte (which it finds at once), a non-ASCII
    /// query, or one with no rare byte on a CPU without Teddy.
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
        let rarest = (0..lower.len()).max_by_key(|&at| commonness(lower[at]))?;
        let (anchor, finder) = match commonness(lower[rarest]) >= RARE_ENOUGH {
            true => (rarest, Finder::Byte),
            false if lower.len() > 1 => Self::window(&lower)?,
            false => return None,
        };
        Some(AsciiNeedle { lower, anchor, finder, folds })
    }

    /// The rarest window of the query and a Teddy searcher for its spellings, if the CPU has one.
    fn window(lower: &[u8]) -> Option<(usize, Finder)> {
        let len = lower.len().min(WINDOW);
        let rarity = |at: usize| lower[at..at + len].iter().map(|&b| commonness(b)).sum::<usize>();
        let anchor = (0..=lower.len() - len).max_by_key(|&at| rarity(at))?;
        let mut spellings = vec![Vec::with_capacity(len)];
        for &byte in &lower[anchor..anchor + len] {
            let upper = byte.to_ascii_uppercase();
            let mut more = Vec::new();
            for spelling in &mut spellings {
                if upper != byte {
                    let mut other = spelling.clone();
                    other.push(upper);
                    more.push(other);
                }
                spelling.push(byte);
            }
            spellings.append(&mut more);
        }
        let searcher =
            packed::Config::new().match_kind(packed::MatchKind::LeftmostFirst).builder().extend(spellings).build()?;
        Some((anchor, Finder::Window(searcher)))
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
        let matches_at = |at: usize| {
            at.checked_sub(anchor)
                .and_then(|start| bytes.get(start..start + needle.len()))
                .is_some_and(|window| window.eq_ignore_ascii_case(needle))
        };
        let found = match &self.finder {
            Finder::Byte => {
                let byte = needle[anchor];
                memchr::memchr2_iter(byte, byte.to_ascii_uppercase(), bytes).any(matches_at)
            }
            Finder::Window(searcher) => {
                let mut from = 0;
                loop {
                    let Some(found) = searcher.find_in(bytes, Span::from(from..bytes.len())) else { break false };
                    if matches_at(found.start()) {
                        break true;
                    }
                    // The next place may overlap this one (`aa` in `aaa`).
                    from = found.start() + 1;
                }
            }
        };
        Some(found)
    }
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
        let newline = text.contains('\n');
        Self { text: text.to_string(), folded: text.to_lowercase(), regex: regex.flatten(), overlaps, ascii, newline }
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
        // The body first: most matches are there, and then the title is not read at all.
        let body = match article.packed_body() {
            // One pass over the packed body: no match can take in the `\n` between two
            // paragraphs unless the query holds one.
            Some(body) if !self.newline => self.is_match(body),
            _ => article.paragraph_texts().any(|p| self.is_match(p)),
        };
        body || self.is_match(&article.title)
            || article.captions.iter().any(|c| self.is_match(&c.text))
            // A quote can span paragraphs, joined by a space the body does not have.
            || article.quotes.iter().any(|q| !q.text.is_empty() && self.is_match(&q.text))
    }

    /// The [`follow_class`] of the character right after each match in the article's
    /// searchable text (overlapping matches included), one bit each: the query extended by a
    /// character of class `k` can only match where bit `k` is set.
    pub fn follow_mask(&self, article: &Article) -> u64 {
        let Some(regex) = &self.regex else { return 0 };
        let fields = std::iter::once(article.title.as_str())
            .chain(article.paragraph_texts())
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
    fn packed_paragraphs_are_searched_as_each_paragraph() {
        let mut article = Article { paragraphs: vec!["Ends in a".into(), "b starts".into()], ..Article::default() };
        article.pack_paragraphs();
        assert!(article.packed_body().is_some());
        assert!(Query::new("ends").matches_article(&article) && Query::new("B STARTS").matches_article(&article));
        // The `\n` between them joins nothing: not `a b`, nor a query holding one.
        assert!(!Query::new("a b").matches_article(&article) && !Query::new("a\nb").matches_article(&article));
        let mut lines = Article { paragraphs: vec!["one\ntwo".into(), "three".into()], ..Article::default() };
        lines.pack_paragraphs();
        assert!(Query::new("one\ntwo").matches_article(&lines) && !Query::new("two\nthree").matches_article(&lines));
    }

    #[test]
    fn every_finder_matches_as_the_regex_does() {
        // A rare byte alone (`k`, `,`), a window of four (`he g`) or two (`ab`), and places
        // that overlap a failed one (`aab` in `aaab`).
        let cases = [
            ("said k", "X SAID KIM"),
            ("the g", "bathe then THE Gulf"),
            ("aab", "aaab"),
            ("ab", "xaAB"),
            ("a,b", "a,a,b"),
            ("the g", "the\ngate"),
            ("zz", "z z"),
            ("babab", "aababab"),
        ];
        for (query, text) in cases {
            let long = format!("{}{text}", "filler text without it; ".repeat(8));
            let regex = RegexBuilder::new(&regex::escape(query)).case_insensitive(true).build().unwrap();
            for haystack in [text, long.as_str()] {
                assert_eq!(Query::new(query).is_match(haystack), regex.is_match(haystack), "{query:?} in {haystack:?}");
            }
        }
        let finder = |q: &str| AsciiNeedle::new(q).map(|n| matches!(n.finder, Finder::Byte));
        assert_eq!([finder("said k"), finder(","), finder("e"), finder("é")], [Some(true), Some(true), None, None]);
        if packed::Config::new().builder().add("ab").build().is_some() {
            assert_eq!(finder("the g"), Some(false));
        }
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
