//! The reader's light first pass over an HTML page: the metadata of its `<head>` only (title,
//! date, outlet, tags, address), without looking for the main content. The full parse settles
//! them later (an `<h1>` or JSON-LD in the body may change the title).

use trafilatura::dom::Document;

use super::{charset, guard, meta};
use crate::article::Article;
use crate::error::Error;
use crate::parse::MAX_INPUT_BYTES;

/// The head's metadata as an article without a body.
pub fn light_page(bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
    if let Some(kind) = guard::binary_kind(bytes) {
        return Err(Error::NotText(kind));
    }
    let bytes = &bytes[..bytes.len().min(MAX_INPUT_BYTES)];
    let head = &bytes[..body_start(bytes).unwrap_or(bytes.len())];
    let (text, _) = charset::decode(head);
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let doc = Document::parse(&guard::flatten(&text));
    let meta = meta::read(&doc);
    let title = meta.title.or_else(|| path.and_then(file_stem)).ok_or(Error::NoArticle)?;
    Ok(Article {
        path: path.map(Into::into),
        url: meta.url,
        title,
        published: meta.published,
        source: meta.source,
        byline: meta.byline,
        tags: meta.tags,
        ..Article::default()
    })
}

/// Where `<body` starts (any case).
fn body_start(bytes: &[u8]) -> Option<usize> {
    memchr::memmem::find_iter(bytes, b"<")
        .find(|&i| bytes.get(i + 1..i + 5).is_some_and(|n| n.eq_ignore_ascii_case(b"body")))
}

fn file_stem(path: &str) -> Option<String> {
    let name = std::path::Path::new(path).file_name()?.to_string_lossy().into_owned();
    Some(name.split('.').next().unwrap_or(&name).to_string()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heads_metadata_is_the_full_parses_on_a_page_that_states_it() {
        let page = r#"<html><head><title>Port deal signed | Harbor Herald</title>
            <meta property="og:title" content="Port deal signed"><meta property="og:site_name" content="Harbor Herald">
            <meta property="article:published_time" content="2026-01-14T08:05:00+09:00">
            <meta property="article:tag" content="ports"><link rel="canonical" href="https://example.org/port-deal">
            </head><body><h1>Port deal signed</h1><p>The port authority signed the deal on Monday after months of talks with the unions and the city.</p></body></html>"#;
        let light = light_page(page.as_bytes(), Some("p.html")).unwrap();
        let full = super::super::parse_html(page.as_bytes(), Some("p.html")).unwrap();
        assert_eq!(
            (&light.title, &light.published, &light.source, &light.tags, &light.url),
            (&full.title, &full.published, &full.source, &full.tags, &full.url)
        );
        assert!(light.paragraphs.is_empty() && !full.paragraphs.is_empty());
    }

    #[test]
    fn a_page_without_a_head_title_is_listed_by_its_file_name() {
        let light = light_page(b"<p>Only a body here.</p>", Some("dir/saved-page.html")).unwrap();
        assert_eq!(light.title, "saved-page");
        assert!(matches!(light_page(b"\x89PNG\r\n", None), Err(Error::NotText(_))));
    }
}
