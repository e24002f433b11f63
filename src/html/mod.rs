//! HTML pages -> [`Article`]: the body found in the page's markup, its metadata read from the
//! markup (Open Graph, JSON-LD, `<time>`, canonical link) before any guessing; quotes, dates
//! and caption credits through the page-text parser's own code ([`crate::parse`]).

pub mod blocks;
pub mod body;
pub mod charset;
pub mod date;
pub mod guard;
pub mod jsonld;
pub mod light;
pub mod meta;
pub mod title;

use trafilatura::dom::Document;

use crate::article::Article;
use crate::error::Error;
use crate::parse::{self, speech};

/// Parses the bytes of one saved HTML page.
pub fn parse_html(bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
    let mut warnings = Vec::new();
    let (doc, ordinary) = document(bytes, &mut warnings)?;
    let mut meta = meta::read(&doc);
    // What the markup does not say is looked for in the page's text, as in a saved text page:
    // the date and byline under the headline, the outlet of a copyright line or a dateline.
    if meta.published.is_none() || meta.byline.is_none() || meta.source.is_none() {
        let text = blocks::paragraphs(&doc, doc.root()).join("\n\n");
        if let Some(read) = parse::parse_text(&text) {
            meta.published = meta.published.or(read.published);
            meta.byline = meta.byline.or(read.byline);
            meta.source = meta.source.or(read.source);
        }
    }
    let body = body::extract(doc, meta.title.as_deref(), ordinary);
    let title = match meta.title.clone() {
        Some(title) => title,
        None => first_words(body.paragraphs.first().ok_or(Error::NoArticle)?),
    };
    let captions: Vec<String> = body.captions.iter().map(|c| c.text.clone()).collect();
    let quotes = speech::quotes(&body.paragraphs, &captions);
    let mut article = Article {
        id: Article::id_for(bytes),
        path: path.map(Into::into),
        url: meta.url,
        title,
        published: meta.published,
        source: meta.source,
        byline: meta.byline,
        captions: body.captions,
        paragraphs: body.paragraphs,
        quotes,
        tags: meta.tags,
        warnings,
    };
    finish(&mut article).then_some(article).ok_or(Error::NoArticle)
}

/// The parsed page, after the checks that keep hostile bytes cheap ([`guard`]), and whether
/// it is of a real page's size ([`guard::Scanned::is_ordinary`]).
pub fn document(bytes: &[u8], warnings: &mut Vec<String>) -> Result<(Document, bool), Error> {
    if let Some(kind) = guard::binary_kind(bytes) {
        return Err(Error::NotText(kind));
    }
    let mut bytes = bytes;
    if bytes.len() > parse::MAX_INPUT_BYTES {
        bytes = &bytes[..parse::MAX_INPUT_BYTES];
        warnings
            .push(format!("the page is larger than {} MiB; only the beginning was read", parse::MAX_INPUT_BYTES >> 20));
    }
    let (text, warning) = charset::decode(bytes);
    warnings.extend(warning);
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let scanned = guard::scan(&text);
    if scanned.flattened {
        warnings.push(format!("elements nested more than {} deep were flattened", guard::MAX_DEPTH));
    }
    let ordinary = scanned.is_ordinary();
    if !ordinary {
        warnings.push("the page is far larger than an article; its text was read block by block".into());
    }
    Ok((Document::parse(&scanned.html), ordinary))
}

/// Clears every field of control characters (with a warning) and drops empty paragraphs;
/// a title left empty is the start of the first paragraph. False when there is no title.
pub fn finish(article: &mut Article) -> bool {
    let removed = parse::json::sanitize(article);
    if removed > 0 {
        article.warnings.push(format!("removed {removed} control character(s) from the text"));
    }
    drop_empty_paragraphs(article);
    if article.title.trim().is_empty() {
        article.title = article.paragraphs.first().map(|p| first_words(p)).unwrap_or_default();
    }
    !article.title.trim().is_empty()
}

/// Paragraphs left empty (cleaning may empty one) go; each quote is renumbered to its
/// paragraph's new place, and a quote of an emptied paragraph goes with it.
fn drop_empty_paragraphs(article: &mut Article) {
    let kept: Vec<bool> = article.paragraphs.iter().map(|p| !p.trim().is_empty()).collect();
    if kept.iter().all(|&k| k) {
        return;
    }
    let new_place: Vec<usize> = kept.iter().scan(0, |n, &k| Some(std::mem::replace(n, *n + usize::from(k)))).collect();
    article.quotes.retain_mut(|q| match kept.get(q.paragraph) {
        Some(true) => {
            q.paragraph = new_place[q.paragraph];
            true
        }
        _ => false,
    });
    let mut flags = kept.iter();
    article.paragraphs.retain(|_| flags.next().copied().unwrap_or(false));
}

/// A title for a page that states none: the start of its first paragraph.
pub fn first_words(paragraph: &str) -> String {
    const MAX: usize = 80;
    if paragraph.chars().count() <= MAX {
        return paragraph.to_string();
    }
    let cut: String = paragraph.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}
