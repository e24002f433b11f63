//! Telling input kinds apart and sending each to its parser: page text, HTML pages (gzipped
//! too), feed files, tidings' own JSON and scrapers' JSON. Names decide first (`.html`,
//! `.rss`, `.json` …); a file without a known extension is recognised by its first bytes.

pub mod json;
pub mod url_line;

use std::io::Read;

use crate::article::{Article, Records};
use crate::error::Error;
use crate::{feed, html, parse};

/// Extensions read from folders; files named on the command line are read whatever their name.
pub const EXTENSIONS: &[&str] = &["txt", "json", "jsonl", "html", "htm", "xml", "rss", "atom", "gz"];

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Html,
    Feed,
    /// tidings' own JSON, scrapers' JSON or a JSON Feed: which one is told by the fields.
    Json,
}

/// The lower-cased name without a `.gz` ending, and whether it had one.
fn inner_name(name: &str) -> (String, bool) {
    let lower = name.to_ascii_lowercase();
    match lower.strip_suffix(".gz") {
        Some(inner) => (inner.to_string(), true),
        None => (lower, false),
    }
}

/// The kind of a file named `name` whose (decompressed) bytes are `bytes`.
pub fn kind_of(bytes: &[u8], name: &str) -> Kind {
    let (lower, _) = inner_name(name);
    let ext = lower.rsplit_once('.').map(|(_, e)| e).filter(|e| !e.contains('/')).unwrap_or("");
    match ext {
        "html" | "htm" | "xhtml" | "shtml" => return Kind::Html,
        "rss" | "atom" => return Kind::Feed,
        "json" | "jsonl" => return Kind::Json,
        _ => {}
    }
    let head = head_of(bytes);
    if ext == "txt" {
        // Only an unmistakable page is not read as text.
        return if head.starts_with(b"<!doctype html") || head.starts_with(b"<html") { Kind::Html } else { Kind::Text };
    }
    if matches!(head.first(), Some(b'{' | b'[')) {
        return Kind::Json;
    }
    let has = |needle: &[u8]| memchr::memmem::find(&head, needle).is_some();
    if head.starts_with(b"<?xml") || head.starts_with(b"<rss") || head.starts_with(b"<feed") || ext == "xml" {
        let feed = has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf");
        return if !feed && has(b"<html") { Kind::Html } else { Kind::Feed };
    }
    let markup = ["<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<!--"];
    if markup.iter().any(|m| head.starts_with(m.as_bytes())) && (has(b"<html") || has(b"<body") || has(b"<p")) {
        return Kind::Html;
    }
    Kind::Text
}

/// The first bytes after a byte-order mark and blanks, lower-cased (ASCII).
fn head_of(bytes: &[u8]) -> Vec<u8> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    bytes[start..bytes.len().min(start + 4096)].to_ascii_lowercase()
}

/// Whether a file is gzip by its name or its first bytes.
pub fn is_gzip(bytes: &[u8], name: &str) -> bool {
    inner_name(name).1 || bytes.starts_with(b"\x1F\x8B")
}

/// Decompresses gzip data, stopping past `limit` bytes (a small file may unpack to gigabytes).
pub fn gunzip(bytes: &[u8], limit: usize) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| Error::Io(std::io::Error::new(e.kind(), format!("not valid gzip data: {e}"))))?;
    Ok(out)
}

/// The articles in the bytes of a file named `name`, and the records of it that could not be
/// read (a bad line of JSON Lines: the others load).
pub fn read_bytes(bytes: &[u8], name: &str) -> Result<Records, Error> {
    if is_gzip(bytes, name) {
        let unpacked = gunzip(bytes, parse::MAX_INPUT_BYTES)?;
        let (inner, _) = inner_name(name);
        return articles_of_kind(&unpacked, name, kind_of(&unpacked, &inner));
    }
    articles_of_kind(bytes, name, kind_of(bytes, name))
}

/// The articles in the bytes of a file named `name`, all of them or the error of the first
/// record that could not be read ([`read_bytes`] keeps the others).
pub fn articles_from_bytes(bytes: &[u8], name: &str) -> Result<Vec<Article>, Error> {
    let Records { articles, bad } = read_bytes(bytes, name)?;
    match bad.into_iter().next() {
        Some(error) => Err(error),
        None => Ok(articles),
    }
}

fn articles_of_kind(bytes: &[u8], name: &str, kind: Kind) -> Result<Records, Error> {
    match kind {
        Kind::Html => html::parse_html(bytes, Some(name)).map(|a| vec![a].into()),
        Kind::Feed => feed::articles(bytes, Some(name)).map(Records::from),
        Kind::Json => json::articles(bytes, name),
        Kind::Text => text_page(bytes, name).map(|a| vec![a].into()),
    }
}

/// A page of text, with the canonical-URL line it may hold.
fn text_page(bytes: &[u8], name: &str) -> Result<Article, Error> {
    let mut article = parse::parse_page(bytes, Some(name))?;
    article.url = text_url(bytes);
    Ok(article)
}

/// The canonical-URL line of a page of text ([`url_line`]), read from its first and
/// last bytes: the label and address are ASCII, so no decoding of the page is needed.
pub fn text_url(bytes: &[u8]) -> Option<String> {
    const ENDS: usize = 4096;
    let ends = |part: &[u8]| url_line::url_line(&String::from_utf8_lossy(part));
    ends(&bytes[..bytes.len().min(ENDS)]).or_else(|| ends(&bytes[bytes.len().saturating_sub(ENDS)..]))
}

/// Runs `f` on the decoded text of a file holding one page (text or HTML, gzipped or not):
/// what the reader keys an article's state by when it has no address (`crate::store::key`).
/// `None` for kinds of many articles (feeds, JSON) and for what cannot be decoded.
pub fn with_page_text<T>(bytes: &[u8], name: &str, f: impl FnOnce(&str) -> T) -> Option<T> {
    fn text_of(bytes: &[u8], kind: Kind) -> Option<std::borrow::Cow<'_, str>> {
        match kind {
            Kind::Text => parse::decode::decode(bytes, parse::MAX_INPUT_BYTES).ok().map(|d| d.text.into()),
            Kind::Html => Some(html::charset::decode(bytes).0),
            Kind::Feed | Kind::Json => None,
        }
    }
    if is_gzip(bytes, name) {
        let unpacked = gunzip(bytes, parse::MAX_INPUT_BYTES).ok()?;
        let (inner, _) = inner_name(name);
        return text_of(&unpacked, kind_of(&unpacked, &inner)).map(|text| f(&text));
    }
    text_of(bytes, kind_of(bytes, name)).map(|text| f(&text))
}

/// What the reader's light first pass makes of a file.
#[derive(Debug)]
pub enum Light {
    /// A page's provisional article (text or HTML), to be parsed in full later.
    Page(Box<Article>),
    /// A kind read whole at once (JSON, feeds): read it with [`read_bytes`].
    Whole,
}

/// The light pass over the bytes of a file named `name` ([`crate::light`] for text,
/// [`html::light`] for HTML pages).
pub fn light_from_bytes(bytes: &[u8], name: &str) -> Result<Light, Error> {
    if is_gzip(bytes, name) {
        let unpacked = gunzip(bytes, parse::MAX_INPUT_BYTES)?;
        let (inner, _) = inner_name(name);
        return match kind_of(&unpacked, &inner) {
            Kind::Html => html::light::light_page(&unpacked, Some(name)).map(|a| Light::Page(Box::new(a))),
            Kind::Text => crate::light::light_page(&unpacked, Some(name)).map(|a| Light::Page(Box::new(a))),
            Kind::Feed | Kind::Json => Ok(Light::Whole),
        };
    }
    match kind_of(bytes, name) {
        Kind::Html => html::light::light_page(bytes, Some(name)).map(|a| Light::Page(Box::new(a))),
        // The path is set by the caller, which owns the name.
        Kind::Text => crate::light::light_page(bytes, None).map(|a| Light::Page(Box::new(a))),
        Kind::Feed | Kind::Json => Ok(Light::Whole),
    }
}

/// Whether a kind is read whole rather than cut at the page limit (an archive of JSON, a feed).
pub fn read_whole(name: &str) -> bool {
    let (lower, gz) = inner_name(name);
    !gz && [".json", ".jsonl", ".xml", ".rss", ".atom"].iter().any(|e| lower.ends_with(e))
}

/// The tags of each article in the bytes of a file: the light pass's for page text (exactly
/// the full parse's), the full parse's for every other kind; and the records that could not be
/// read.
pub fn tags_from_bytes(bytes: &[u8], name: &str) -> Result<(Vec<Vec<String>>, Vec<Error>), Error> {
    if !is_gzip(bytes, name) && kind_of(bytes, name) == Kind::Text {
        return crate::light::tags_of(bytes).map(|tags| (vec![tags], Vec::new()));
    }
    let Records { articles, bad } = read_bytes(bytes, name)?;
    Ok((articles.into_iter().map(|a| a.tags).collect(), bad))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name_then_by_content() {
        assert_eq!(kind_of(b"Title\n\nBody", "a.html"), Kind::Html);
        assert_eq!(kind_of(b"<p>x", "a.HTM"), Kind::Html);
        assert_eq!(kind_of(b"<p>x", "a.htm.gz"), Kind::Html);
        assert_eq!(kind_of(b"<rss>", "a.rss"), Kind::Feed);
        assert_eq!(kind_of(b"{}", "a.json"), Kind::Json);
        assert_eq!(kind_of(b"\xEF\xBB\xBF  <!DOCTYPE html><html>", "page"), Kind::Html);
        assert_eq!(kind_of(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "feed"), Kind::Feed);
        assert_eq!(
            kind_of(b"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "x.xml"),
            Kind::Feed
        );
        assert_eq!(kind_of(b"[{\"title\":\"A\"}]", "dump"), Kind::Json);
        assert_eq!(kind_of(b"<html><body>", "notes.txt"), Kind::Html);
        assert_eq!(kind_of(b"<b>Title</b> of a page", "notes.txt"), Kind::Text);
        assert_eq!(kind_of(b"Title\n\nBody <html> text", "page"), Kind::Text);
    }

    #[test]
    fn gzip_is_unpacked_within_a_limit() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&vec![b'a'; 10_000]).unwrap();
        let bytes = gz.finish().unwrap();
        assert_eq!(gunzip(&bytes, 100).unwrap().len(), 101);
        assert_eq!(gunzip(&bytes, 1 << 20).unwrap().len(), 10_000);
        assert!(gunzip(b"\x1F\x8Bnot gzip", 100).is_err());
    }

    #[test]
    fn a_text_pages_url_line_is_its_url() {
        let page = b"URL: https://example.org/news/1\n\nPort deal signed\n\nThe port said on Monday that it signed.";
        let articles = articles_from_bytes(page, "p.txt").unwrap();
        assert_eq!(articles[0].url.as_deref(), Some("https://example.org/news/1"));
    }
}
