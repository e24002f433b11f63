//! The article model of `shared/FORMAT.md`: what the parser makes and `tidings parse` prints.
//! The reader keeps each article in another form, [`StoredArticle`](crate::article::StoredArticle):
//! its body packed into one string, its quotes pointing into it.

use serde::{Deserialize, Serialize};

mod body;
pub mod stored;
mod stored_quote;

pub use body::Block;
pub use stored::{ArticleRecord, StoredArticle, Tagged, store_together};
pub use stored_quote::StoredQuote;

/// One parsed article. Field order is the order of the JSON contract.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Article {
    /// Stable across runs: derived from the file's content.
    pub id: String,
    /// The file it came from, if any.
    pub path: Option<String>,
    /// The article's address when the input gives one (HTML, feeds, scrapers' JSON, a page
    /// text's canonical-URL line).
    pub url: Option<String>,
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
}

/// The articles of one input, and the records of it that could not be read (a bad line of JSON
/// Lines, a bad item of an array), each an [`Error::Record`](crate::error::Error::Record) saying
/// where: one bad record does not lose the others.
#[derive(Debug, Default)]
pub struct Records {
    pub articles: Vec<Article>,
    pub bad: Vec<crate::error::Error>,
}

impl From<Vec<Article>> for Records {
    fn from(articles: Vec<Article>) -> Self {
        Records { articles, bad: Vec::new() }
    }
}

impl Records {
    /// Each record read in turn, `place` naming where it is (`line 3`): the good ones kept,
    /// the bad ones said with their place. A file with no good record is its first error.
    pub fn collect(
        read: impl IntoIterator<Item = (String, Result<Article, crate::error::Error>)>,
    ) -> Result<Records, crate::error::Error> {
        let mut records = Records::default();
        for (place, result) in read {
            match result {
                Ok(article) => records.articles.push(article),
                Err(error) => records.bad.push(crate::error::Error::Record { place, error: Box::new(error) }),
            }
        }
        match (records.articles.is_empty(), records.bad.is_empty()) {
            (true, false) => Err(records.bad.swap_remove(0)),
            _ => Ok(records),
        }
    }
}

impl Article {
    /// A stable id from the bytes an article was read from (64-bit xxh3, hex).
    pub fn id_for(bytes: &[u8]) -> String {
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
    }
}
