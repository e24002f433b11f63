//! The article model of `shared/FORMAT.md`: what the parser makes and `tidings parse` prints.
//! The reader keeps each article in another form, [`StoredArticle`](crate::article::StoredArticle):
//! its body packed into one string, its quotes pointing into it.

use serde::{Deserialize, Serialize};

mod body;
pub mod stored;
mod stored_quote;

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

impl Article {
    /// A stable id from the bytes an article was read from (64-bit xxh3, hex).
    pub fn id_for(bytes: &[u8]) -> String {
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
    }
}
