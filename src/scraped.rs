//! The JSON that news scrapers write, recognised by its fields and mapped to the model:
//! news-please, trafilatura (`--json`) and newspaper4k. Quotes are found in their text by the
//! page-text parser's own code.

use serde_json::{Map, Value};

use crate::article::Article;
use crate::html::date;
use crate::parse::speech;

/// Which scraper wrote an object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scraper {
    NewsPlease,
    Trafilatura,
    Newspaper,
}

/// What the fields of an object say wrote it, if a scraper did.
pub fn recognise(object: &Map<String, Value>) -> Option<Scraper> {
    let has = |k: &str| object.contains_key(k);
    if has("maintext") || has("date_publish") || has("source_domain") {
        Some(Scraper::NewsPlease)
    } else if has("publish_date") || has("canonical_link") || has("top_image") || has("meta_keywords") {
        Some(Scraper::Newspaper)
    } else if has("text") && (has("hostname") || has("fingerprint") || has("raw_text") || has("source-hostname")) {
        Some(Scraper::Trafilatura)
    } else {
        None
    }
}

/// The fields each kind of JSON is recognised by, for a file that is none of them.
pub const EXPECTED: &str = "expected tidings' own fields (title, paragraphs), news-please's (title, maintext, \
                            date_publish), trafilatura's (title, text, hostname), newspaper4k's (title, text, \
                            publish_date) or a JSON Feed (version, items)";

/// The article a scraper's object describes; `None` without a title or text.
pub fn article(scraper: Scraper, object: &Map<String, Value>, raw: &str) -> Option<Article> {
    let text = |k: &str| match object.get(k) {
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        _ => None,
    };
    let list = |k: &str| -> Vec<String> {
        match object.get(k) {
            Some(Value::Array(items)) => {
                items.iter().filter_map(Value::as_str).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
            }
            Some(Value::String(s)) => {
                s.split([';', ',']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
            }
            _ => Vec::new(),
        }
    };
    let web = |u: Option<String>| u.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let (body, published, authors, url, source, tags) = match scraper {
        Scraper::NewsPlease => (
            text("maintext").or_else(|| text("text")),
            text("date_publish"),
            list("authors"),
            web(text("url")),
            text("source_domain"),
            Vec::new(),
        ),
        Scraper::Trafilatura => (
            text("text"),
            text("date"),
            list("author"),
            web(text("url")).or_else(|| web(text("source"))),
            text("sitename").or_else(|| text("source-hostname")).or_else(|| text("hostname")),
            [list("tags"), list("categories")].concat(),
        ),
        Scraper::Newspaper => (
            text("text"),
            text("publish_date"),
            list("authors"),
            web(text("canonical_link")).or_else(|| web(text("url"))),
            text("meta_site_name"),
            [list("tags"), list("keywords")].concat(),
        ),
    };
    let paragraphs: Vec<String> = body
        .iter()
        .flat_map(|b| b.lines())
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    let title = text("title").or_else(|| paragraphs.first().cloned())?;
    let quotes = speech::quotes(&paragraphs, &[]);
    let mut unique: Vec<String> = Vec::new();
    for tag in tags {
        if !unique.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            unique.push(tag);
        }
    }
    let mut article = Article {
        id: Article::id_for(raw.as_bytes()),
        url,
        title: title.split_whitespace().collect::<Vec<_>>().join(" "),
        published: published.and_then(|d| date::normalise(&d)),
        source,
        byline: (!authors.is_empty()).then(|| authors.join(", ")),
        paragraphs,
        quotes,
        tags: unique,
        ..Article::default()
    };
    crate::html::finish(&mut article).then_some(article)
}
