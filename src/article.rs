//! The article model of `shared/FORMAT.md`: what `tidings parse` prints and the reader shows.

use serde::{Deserialize, Serialize};

/// One parsed article. Field order is the order of the JSON contract.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Article {
    /// Stable across runs: derived from the file's content.
    pub id: String,
    /// The file it came from, if any.
    pub path: Option<String>,
    pub title: String,
    /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, plus an offset when the page states a zone.
    pub published: Option<String>,
    /// The outlet.
    pub source: Option<String>,
    pub byline: Option<String>,
    pub captions: Vec<Caption>,
    /// The body alone.
    pub paragraphs: Vec<String>,
    /// Direct speech, in reading order.
    pub quotes: Vec<Quote>,
    /// Without `#`, in page order, duplicates dropped.
    pub tags: Vec<String>,
    /// What the parser had to guess, repair or drop, in words a user understands.
    pub warnings: Vec<String>,
}

/// A photo caption with its credit split off.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Caption {
    pub text: String,
    pub credit: Option<String>,
}

/// One quotation of direct speech.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quote {
    /// The words inside the marks, without the marks and without a trailing comma.
    pub text: String,
    /// The person's fullest name in the article, or `None` when the text does not say who.
    pub speaker: Option<String>,
    /// 0-based index of the paragraph where the quote starts.
    pub paragraph: usize,
    /// Where the words stand in that paragraph, byte start and end, once
    /// [`Article::share_quote_text`] has dropped the copy in `text` (which is then empty). Not
    /// part of the JSON model; read a quote's words through [`Article::quote_text`].
    #[serde(skip)]
    pub in_paragraph: Option<(u32, u32)>,
}

impl Article {
    /// The words of one of this article's quotes, wherever they are kept.
    pub fn quote_text<'a>(&'a self, quote: &'a Quote) -> &'a str {
        match quote.in_paragraph {
            Some((start, end)) => {
                self.paragraphs.get(quote.paragraph).and_then(|p| p.get(start as usize..end as usize)).unwrap_or("")
            }
            None => &quote.text,
        }
    }

    /// Drops the copy of each quote's words that its paragraph already holds (most quotes: all
    /// but those running over several paragraphs), keeping where they are instead. The reader
    /// does this to the articles it keeps: quotes are about a sixth of an article's text.
    pub fn share_quote_text(&mut self) {
        for quote in &mut self.quotes {
            let Some(paragraph) = self.paragraphs.get(quote.paragraph) else { continue };
            if quote.text.is_empty() {
                continue;
            }
            let Some(start) = paragraph.find(quote.text.as_str()) else { continue };
            let (Ok(from), Ok(to)) = (u32::try_from(start), u32::try_from(start + quote.text.len())) else { continue };
            quote.in_paragraph = Some((from, to));
            quote.text = String::new();
        }
    }

    /// A stable id from the bytes an article was read from (64-bit xxh3, hex).
    pub fn id_for(bytes: &[u8]) -> String {
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_quote_text_reads_the_same() {
        let quote = |text: &str, paragraph| Quote { text: text.into(), paragraph, ..Quote::default() };
        let mut article = Article {
            paragraphs: vec!["“It works,” she said.".into(), "“Part one".into(), "“part two.”".into()],
            quotes: vec![quote("It works", 0), quote("Part one part two.", 1), quote("", 0), quote("x", 9)],
            ..Article::default()
        };
        let before: Vec<String> = article.quotes.iter().map(|q| article.quote_text(q).to_string()).collect();
        article.share_quote_text();
        let after: Vec<String> = article.quotes.iter().map(|q| article.quote_text(q).to_string()).collect();
        assert_eq!(before, after);
        assert_eq!(article.quotes[0].text, "");
        assert_eq!(article.quotes[0].in_paragraph, Some((3, 11)));
        // Over two paragraphs, the words are not in one of them: the copy stays.
        assert_eq!(article.quotes[1].in_paragraph, None);
    }
}
