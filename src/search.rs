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
}

impl Query {
    pub fn new(text: &str) -> Self {
        // Unicode-aware case folding on a literal: `josé` finds `JOSÉ`, Hangul is matched as is.
        let regex = (!text.is_empty())
            .then(|| RegexBuilder::new(&regex::escape(text)).case_insensitive(true).size_limit(1 << 20).build().ok());
        Self { text: text.to_string(), folded: text.to_lowercase(), regex: regex.flatten() }
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
    fn longer_query_narrows_shorter() {
        assert!(Query::new("Summit").narrows(&Query::new("sum")));
        assert!(!Query::new("sum").narrows(&Query::new("summit")));
        assert!(!Query::new("sum").narrows(&Query::new("")));
    }
}
