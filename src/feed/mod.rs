//! Feed files (RSS 2.0 and 0.9x, RSS 1.0, Atom, JSON Feed) -> one [`Article`] per item, read
//! by the `feed-rs` crate. An item's HTML content (or its summary when it has none) goes
//! through the HTML pages' body path ([`crate::html::body`]).

use feed_rs::model::{Entry, Text};
use trafilatura::dom::Document;

use crate::article::Article;
use crate::error::Error;
use crate::html::{self, meta::clean};
use crate::parse::speech;

/// Items read from one feed, at most: a feed is a page of recent items, not an archive.
const MAX_ITEMS: usize = 10_000;

/// The articles of a feed file.
pub fn articles(bytes: &[u8], path: Option<&str>) -> Result<Vec<Article>, Error> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| Error::Feed(e.to_string()))?;
    let source = feed.title.as_ref().map(plain).filter(|s| !s.is_empty());
    let articles: Vec<Article> = feed
        .entries
        .iter()
        .take(MAX_ITEMS)
        .enumerate()
        .filter_map(|(i, entry)| item(entry, i, bytes, path, source.as_deref()))
        .collect();
    if articles.is_empty() {
        return Err(Error::Feed("the feed has no items with a title or text".into()));
    }
    Ok(articles)
}

fn item(entry: &Entry, index: usize, bytes: &[u8], path: Option<&str>, source: Option<&str>) -> Option<Article> {
    let title = entry.title.as_ref().map(plain).filter(|t| !t.is_empty());
    let html = entry.content.as_ref().and_then(|c| c.body.clone()).or_else(|| entry.summary.as_ref().map(html_of));
    let body = html.map(|h| {
        let scanned = html::guard::scan(&h);
        let ordinary = scanned.is_ordinary();
        html::body::extract(Document::parse(&scanned.html), title.as_deref(), ordinary)
    });
    let body = body.unwrap_or_default();
    let title = title.or_else(|| body.paragraphs.first().map(|p| clean(p)))?;
    let captions: Vec<String> = body.captions.iter().map(|c| c.text.clone()).collect();
    let quotes = speech::quotes(&body.paragraphs, &captions);
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|u| !u.is_empty());
    let authors: Vec<String> =
        entry.authors.iter().filter_map(|p| p.name.as_deref()).map(clean).filter(|n| !n.is_empty()).collect();
    let mut tags: Vec<String> = Vec::new();
    for category in &entry.categories {
        let tag = clean(category.label.as_deref().unwrap_or(&category.term));
        if !tag.is_empty() && !tags.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            tags.push(tag);
        }
    }
    let published = entry.published.or(entry.updated).map(|d| d.format("%Y-%m-%dT%H:%M:%S+00:00").to_string());
    // The feed's bytes and the item's place in it: stable across runs, apart per item.
    let mut keyed = bytes.to_vec();
    keyed.extend_from_slice(format!("\n#{index}").as_bytes());
    let mut article = Article {
        id: Article::id_for(&keyed),
        path: path.map(Into::into),
        url,
        title,
        published,
        source: source.map(Into::into),
        byline: (!authors.is_empty()).then(|| authors.join(", ")),
        captions: body.captions,
        paragraphs: body.paragraphs,
        quotes,
        tags,
        ..Article::default()
    };
    html::finish(&mut article).then_some(article)
}

/// The text of a feed's text construct: HTML when it says so (tags dropped), else as it is.
fn plain(text: &Text) -> String {
    if matches!(text.content_type.subty().as_str(), "html" | "xhtml") {
        let doc = Document::parse(&html::guard::flatten(&text.content));
        return clean(&doc.text_content(doc.root()));
    }
    clean(&text.content)
}

/// A summary as HTML: escaped when it is plain text, so that its words are not read as tags.
fn html_of(text: &Text) -> String {
    if text.content_type.subty().as_str() == "plain" {
        let escaped = text.content.replace('&', "&amp;").replace('<', "&lt;");
        return escaped.split("\n\n").map(|p| format!("<p>{p}</p>")).collect();
    }
    text.content.clone()
}
