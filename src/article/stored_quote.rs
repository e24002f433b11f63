//! A quote as the reader keeps it: most quotes are found whole in their paragraph and keep
//! only where they stand there, not a second copy of their words.

use std::ops::Range;

/// A quote of a [`StoredArticle`](super::StoredArticle). Its words are read through
/// [`StoredArticle::quote_text`](super::StoredArticle::quote_text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredQuote {
    speaker: Option<Box<str>>,
    paragraph: u32,
    words: Words,
}

/// Where a quote's words are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Words {
    /// Byte start and end in the quote's paragraph.
    InParagraph { start: u32, end: u32 },
    /// A copy of their own: the words are not found whole in the paragraph (a quote running
    /// over several, whose parts the parser joined with a space).
    Own(Box<str>),
}

impl StoredQuote {
    /// The quote `text` of paragraph `paragraph` (whose text is `in_paragraph`, if there is one):
    /// a place in the paragraph when the words are found there (the first at or after byte
    /// `from`, else the first), else a copy of them.
    pub(super) fn new(
        text: String,
        speaker: Option<String>,
        paragraph: usize,
        in_paragraph: Option<&str>,
        from: usize,
    ) -> Self {
        let place = in_paragraph.filter(|_| !text.is_empty()).and_then(|p| {
            let later = p.get(from..).and_then(|rest| rest.find(text.as_str())).map(|at| from + at);
            let start = later.or_else(|| p.find(text.as_str()))?;
            Some(Words::InParagraph { start: u32::try_from(start).ok()?, end: u32::try_from(start + text.len()).ok()? })
        });
        StoredQuote {
            speaker: speaker.map(String::into_boxed_str),
            // No article has four billion paragraphs: a number past them finds none either way.
            paragraph: u32::try_from(paragraph).unwrap_or(u32::MAX),
            words: place.unwrap_or_else(|| Words::Own(text.into_boxed_str())),
        }
    }

    /// A quote as written by [`StoredQuote::place`] and [`StoredQuote::own_words`]: its words at
    /// `place` in its paragraph, or a copy of them.
    pub(super) fn from_parts(speaker: Option<String>, paragraph: u32, words: Result<Range<u32>, String>) -> Self {
        let words = match words {
            Ok(place) => Words::InParagraph { start: place.start, end: place.end },
            Err(own) => Words::Own(own.into_boxed_str()),
        };
        StoredQuote { speaker: speaker.map(String::into_boxed_str), paragraph, words }
    }

    /// The person's fullest name in the article, or `None` when the text does not say who.
    pub fn speaker(&self) -> Option<&str> {
        self.speaker.as_deref()
    }

    /// 0-based index of the paragraph where the quote starts.
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    /// Where the words stand in the quote's paragraph, when they are found there whole.
    pub fn place(&self) -> Option<Range<usize>> {
        match self.words {
            Words::InParagraph { start, end } => Some(start as usize..end as usize),
            Words::Own(_) => None,
        }
    }

    /// The quote's own copy of its words, kept only when they are not found whole in its
    /// paragraph ([`StoredQuote::place`] is then `None`).
    pub fn own_words(&self) -> Option<&str> {
        match &self.words {
            Words::Own(words) => Some(words),
            Words::InParagraph { .. } => None,
        }
    }
}
