//! Full-text search: a case-insensitive literal query over an article's visible text.

use std::ops::Range;

use regex::{Regex, RegexBuilder};

use crate::article::StoredArticle;

/// The most memory a query's compiled regex may take: a literal of any length a person types
/// fits, with every case of every letter; a pasted page that does not is no search (it matches
/// nothing) rather than a stall.
const REGEX_SIZE: usize = 1 << 20;

/// Classes of [`follow_class`]: one bit each in a `u64`.
const CLASSES: u32 = 64;
/// The classes of their own: `a`-`z` (0-25), `0`-`9` (26-35) and the space (36).
const OWN_CLASSES: u32 = 37;
/// Fibonacci hashing's multiplier for 32 bits (2^32 / φ): neighbouring code points, such as the
/// letters of one script, land in classes far apart.
const SPREAD: u32 = 0x9E37_79B9;

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

mod ascii;
mod fold;

use ascii::AsciiNeedle;
pub use fold::{fold_char, fold_str};

impl Query {
    pub fn new(text: &str) -> Self {
        // Unicode-aware case folding on a literal: `josé` finds `JOSÉ`, Hangul is matched as is.
        let regex = (!text.is_empty()).then(|| {
            RegexBuilder::new(&regex::escape(text)).case_insensitive(true).size_limit(REGEX_SIZE).build().ok()
        });
        let lower = text.as_bytes().to_ascii_lowercase();
        let bordered = (1..lower.len()).any(|k| lower[..k] == lower[lower.len() - k..]);
        let overlaps = !text.is_ascii() || bordered;
        let ascii = AsciiNeedle::new(text);
        let newline = text.contains('\n');
        Self { text: text.to_string(), folded: fold_str(text), regex: regex.flatten(), overlaps, ascii, newline }
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
        self.is_match_in(haystack, true)
    }

    /// As [`Query::is_match`]; without `signs`, the text holds neither KELVIN SIGN nor LONG S.
    fn is_match_in(&self, haystack: &str, signs: bool) -> bool {
        if let Some(found) = self.ascii.as_ref().and_then(|needle| needle.is_match(haystack, signs)) {
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
    pub fn matches_article(&self, article: &StoredArticle) -> bool {
        let signs = article.may_hold_case_signs();
        let is_match = |text: &str| self.is_match_in(text, signs);
        let fields = match article.packed_searchable() {
            // One pass over the packed body, title and captions: no match can take in the `\n`
            // between two of them unless the query holds one.
            Some(text) if !self.newline => is_match(text),
            // The body first: most matches are there, and then the title is not read at all.
            _ => {
                article.paragraph_texts().any(is_match)
                    || is_match(article.title())
                    || article.captions().iter().any(|c| is_match(&c.text))
            }
        };
        fields
            // A quote can span paragraphs, joined by a space the body does not have: only such
            // a quote keeps words of its own.
            || (article.may_hold_quote_text()
                && article.quotes().iter().filter_map(|q| q.own_words()).any(|w| !w.is_empty() && is_match(w)))
    }

    /// The [`follow_class`] of the character right after each match in the article's
    /// searchable text (overlapping matches included), one bit each: the query extended by a
    /// character of class `k` can only match where bit `k` is set; and the same for the query
    /// extended by a space.
    pub fn follows(&self, article: &StoredArticle) -> Follows {
        let mut mask = Follows::default();
        if self.regex.is_none() {
            return mask;
        }
        let signs = article.may_hold_case_signs();
        let field_end = |_: usize| false;
        self.note_follows(article.title(), signs, &field_end, &mut mask);
        match article.packed_body() {
            // The packed body in one pass: what follows a match at a paragraph's end is the
            // `\n` before the next, which is not noted (a field's end adds nothing).
            Some(body) if !self.newline => {
                self.note_follows(body, signs, &|at| article.is_paragraph_break(at), &mut mask);
            }
            _ => article.paragraph_texts().for_each(|p| self.note_follows(p, signs, &field_end, &mut mask)),
        }
        let quotes = if article.may_hold_quote_text() { article.quotes() } else { &[] };
        let others =
            article.captions().iter().map(|c| c.text.as_str()).chain(quotes.iter().filter_map(|q| q.own_words()));
        others.for_each(|text| self.note_follows(text, signs, &field_end, &mut mask));
        mask
    }

    /// Adds to `mask` the class of the character after each match in `text` (overlapping ones
    /// included), unless `ends(at)` says the text ends there for the reader.
    fn note_follows(&self, text: &str, signs: bool, ends: &dyn Fn(usize) -> bool, mask: &mut Follows) {
        let Some(regex) = &self.regex else { return };
        let mut note = |end: usize| {
            let mut rest = text[end..].chars();
            let Some(next) = rest.next().filter(|_| !ends(end)) else { return };
            mask.next |= 1 << follow_class(next).0;
            if let Some(after) = rest.next().filter(|_| next == ' ' && !ends(end + 1)) {
                mask.after_space |= 1 << follow_class(after).0;
            }
        };
        // An ASCII query's matches are as long as it is.
        if let Some(starts) = self.ascii.as_ref().and_then(|needle| needle.starts(text, signs)) {
            starts.for_each(|start| note(start + self.text.len()));
            return;
        }
        if !self.overlaps {
            regex.find_iter(text).for_each(|found| note(found.end()));
            return;
        }
        let mut at = 0;
        while let Some(found) = regex.find_at(text, at) {
            note(found.end());
            // The next match may start inside this one (`aa` in `aaa`).
            at = found.start() + text[found.start()..].chars().next().map_or(1, char::len_utf8);
        }
    }
}

/// What follows the matches of a query in one article, as [`follow_class`] bits: the character
/// right after each match, and the one after that where the first is a space.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Follows {
    pub next: u64,
    pub after_space: u64,
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
        ' ' => (OWN_CLASSES - 1, true),
        _ => {
            let lower = c.to_lowercase().next().unwrap_or(c);
            (OWN_CLASSES + (lower as u32).wrapping_mul(SPREAD) % (CLASSES - OWN_CLASSES), false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;

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

    fn stored(article: Article) -> StoredArticle {
        *StoredArticle::new(article).0
    }

    fn body(paragraphs: &[&str]) -> Article {
        Article { paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(), ..Article::default() }
    }

    #[test]
    fn a_quote_over_two_paragraphs_is_searched_in_its_own_words() {
        use crate::article::Quote;
        let quote = |text: &str, paragraph| Quote { text: text.into(), paragraph, ..Quote::default() };
        let article = Article {
            quotes: vec![quote("The sea is calm", 0), quote("Calm.", 1)],
            ..body(&["“The sea", "is calm,” she said. “Calm.”"])
        };
        // The second quote is in its paragraph and keeps no words of its own; the first runs
        // over two and does, and only its words join `sea` and `is`.
        let kept = stored(article.clone());
        assert!(kept.may_hold_quote_text() && kept.quotes()[1].own_words().is_none());
        assert!(Query::new("sea is").matches_article(&kept));
        let found = Article { quotes: vec![quote("Calm.", 1)], ..article };
        assert!(!stored(found).may_hold_quote_text());
    }

    #[test]
    fn packed_paragraphs_are_searched_as_each_paragraph() {
        let article = stored(body(&["Ends in a", "b starts"]));
        assert!(article.packed_body().is_some());
        assert!(Query::new("ends").matches_article(&article) && Query::new("B STARTS").matches_article(&article));
        // The `\n` between them joins nothing: not `a b`, nor a query holding one.
        assert!(!Query::new("a b").matches_article(&article) && !Query::new("a\nb").matches_article(&article));
        let lines = stored(body(&["one\ntwo", "three"]));
        assert!(Query::new("one\ntwo").matches_article(&lines) && !Query::new("two\nthree").matches_article(&lines));
        // Unpacked (a body too long for packing), the same.
        let unpacked = StoredArticle::new_unpacked(body(&["Ends in a", "b starts"]));
        assert!(unpacked.packed_body().is_none() && Query::new("b starts").matches_article(&unpacked));
        assert!(!Query::new("a b").matches_article(&unpacked));
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
        let article = |text: &str| stored(body(&[text]));
        let bit = |c: char| 1u64 << follow_class(c).0;
        // Overlapping matches, any case, the end of a field adding nothing.
        assert_eq!(Query::new("aa").follows(&article("aaab AAC aa")).next, bit('a') | bit('b') | bit('c'));
        assert_eq!(Query::new("the ").follows(&article("The Gate and the \u{212A}ey")).next, bit('g') | bit('k'));
        assert_eq!(Query::new("x").follows(&article("none")).next, 0);
        // The class of every character matching `k` without regard to case is the same.
        assert_eq!([follow_class('K'), follow_class('\u{212A}')], [follow_class('k'); 2]);
        assert!(follow_class('k').1 && !follow_class('é').1 && follow_class('É') == follow_class('é'));
        // Packed, the `\n` between paragraphs is not noted; one inside a paragraph is.
        let two = body(&["say the", "thé\nend, the x"]);
        let (unpacked, packed) = (StoredArticle::new_unpacked(two.clone()), stored(two));
        for (query, follows) in [("the", bit(' ')), ("thé", bit('\n')), ("say", bit(' '))] {
            assert_eq!(Query::new(query).follows(&unpacked).next, follows, "{query}");
            assert_eq!(Query::new(query).follows(&packed).next, follows, "{query} packed");
        }
    }

    /// For every article, query and next character: a mask without the character's bit means
    /// no match of the longer query; with it, a match when the class is exact.
    #[test]
    fn follow_masks_agree_with_searching_the_longer_query() {
        let texts = ["The gate, the Gulf and THE GATE.", "the\u{212A}iln; theſe", "thé gâteau", "the", "tHe 9 lives"];
        let articles: Vec<StoredArticle> = texts.iter().map(|t| stored(body(&[t]))).collect();
        for query in ["the", "the ", "th", "gat", "é"] {
            let q = Query::new(query);
            for article in &articles {
                let mask = q.follows(article).next;
                for c in "gGkKsS 9éÉ,\u{212A}\u{17F}".chars() {
                    let (class, exact) = follow_class(c);
                    let longer = Query::new(&format!("{query}{c}")).matches_article(article);
                    let allowed = mask & (1 << class) != 0;
                    assert!(allowed || !longer, "{query:?}+{c:?} in {:?}", article.packed_body());
                    if exact {
                        assert_eq!(allowed, longer, "{query:?}+{c:?} in {:?}", article.packed_body());
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
