//! What keeps hostile markup from costing more than a page: files that are not text are
//! refused by their first bytes, and nesting deeper than any real page is flattened before the
//! HTML parser sees it (html5ever checks the stack of open elements at each tag, so a million
//! nested `<div>`s would take it minutes; the extractor ignores what lies deeper than 500).

use std::borrow::Cow;

/// Elements open at once, at most; tags that would open more are dropped with their end tags
/// (their text stays). Real pages nest a few dozen deep.
pub const MAX_DEPTH: usize = 200;

/// What the first bytes say a file is, when it is not text: `Some("a PNG image")`.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1F\x8B", "gzip data"),
        (b"BM", "a BMP image"),
        (b"II*\0", "a TIFF image"),
        (b"MM\0*", "a TIFF image"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(kind);
    }
    if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        return Some("a WebP image");
    }
    if bytes.get(4..8) == Some(b"ftyp") {
        return Some("a video or HEIF image");
    }
    // UTF-16 has NUL bytes in every other place; it starts with a byte-order mark.
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    let sample = &bytes[..bytes.len().min(4096)];
    (!utf16 && memchr::memchr(0, sample).is_some()).then_some("binary data")
}

/// Elements whose content is text to the HTML parser: tags inside them are not tags.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Elements that never hold others, or that the parser closes when a sibling opens: they do
/// not deepen the tree however many are left open.
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "p",
    "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc",
    "colgroup", "caption", "html", "head", "body", "a", "nobr", "image", "keygen", "basefont", "bgsound", "frame",
];

/// Tags in a page past which the main-content extractor is not asked (it takes seconds on a
/// million elements); real pages have a few thousand.
pub const MAX_TAGS: usize = 30_000;
/// Bytes of text (outside tags, scripts and styles) past which the same holds; the longest
/// real articles have about 100 KB.
pub const MAX_TEXT: usize = 1 << 20;

/// A page made safe for the HTML parser, and how big it is.
#[derive(Debug)]
pub struct Scanned<'a> {
    pub html: Cow<'a, str>,
    /// Whether tags were dropped ([`MAX_DEPTH`]).
    pub flattened: bool,
    pub tags: usize,
    pub text_bytes: usize,
}

impl Scanned<'_> {
    /// Whether the page is the size of a real one, for the main-content extractor.
    pub fn is_ordinary(&self) -> bool {
        self.tags <= MAX_TAGS && self.text_bytes <= MAX_TEXT
    }
}

/// `html` with every tag that would open an element deeper than [`MAX_DEPTH`] removed, and
/// the end tags that close them; borrowed when nothing is that deep (every real page).
pub fn flatten(html: &str) -> Cow<'_, str> {
    scan(html).html
}

/// [`flatten`], counting the page's tags and text on the way.
pub fn scan(html: &str) -> Scanned<'_> {
    let bytes = html.as_bytes();
    let (mut tags, mut text_bytes) = (0, 0);
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut depth = 0usize;
    let mut pos = 0;
    while let Some(found) = memchr::memchr(b'<', &bytes[pos..]) {
        let start = pos + found;
        text_bytes += found;
        let rest = &bytes[start..];
        if rest.starts_with(b"<!--") {
            pos = find(bytes, start + 4, b"-->").map_or(bytes.len(), |end| end + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = bytes[name_start..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'-').count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            pos = start + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        pos = end;
        tags += 1;
        if name == "plaintext" && !closing {
            break;
        }
        let nesting = !NOT_NESTING.contains(&name.as_str());
        let self_closed = bytes[..end].ends_with(b"/>");
        let drop = if closing {
            let deep = nesting && depth > MAX_DEPTH;
            if nesting {
                depth = depth.saturating_sub(1);
            }
            deep
        } else if nesting && !self_closed {
            depth += 1;
            depth > MAX_DEPTH
        } else {
            false
        };
        if drop {
            let out = out.get_or_insert_with(|| String::with_capacity(html.len()));
            out.push_str(&html[copied..start]);
            copied = end;
        }
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            pos = raw_text_end(bytes, end, name.as_bytes());
        }
    }
    text_bytes += bytes.len().saturating_sub(pos);
    let flattened = out.is_some();
    let html = match out {
        Some(mut out) => {
            out.push_str(&html[copied..]);
            Cow::Owned(out)
        }
        None => Cow::Borrowed(html),
    };
    Scanned { html, flattened, tags, text_bytes }
}

/// Just past the `>` that ends a tag whose name ends at `from`, skipping quoted attribute
/// values; the end of the text if there is none.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if q == b => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// Where the raw text of element `name` ends: at its end tag (any case), or the end.
fn raw_text_end(bytes: &[u8], from: usize, name: &[u8]) -> usize {
    let mut pos = from;
    while let Some(found) = find(bytes, pos, b"</") {
        let after = found + 2;
        if bytes.get(after..after + name.len()).is_some_and(|n| n.eq_ignore_ascii_case(name)) {
            return found;
        }
        pos = after;
    }
    bytes.len()
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_and_binary_data_are_told_apart_from_text() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n...."), Some("a PNG image"));
        assert_eq!(binary_kind(b"\xFF\xD8\xFF\xE0"), Some("a JPEG image"));
        assert_eq!(binary_kind(b"<html>\0</html>"), Some("binary data"));
        assert_eq!(binary_kind(b"<!doctype html><p>Hi"), None);
        assert_eq!(binary_kind(b"\xFF\xFE<\0h\0"), None);
    }

    #[test]
    fn real_nesting_is_left_alone() {
        let page = "<html><body><div class=\"a>b\"><p>One<p>Two<script>if (a<b) x('<div>')</script></div>";
        assert!(matches!(flatten(page), Cow::Borrowed(_)));
    }

    #[test]
    fn nesting_past_the_limit_is_flattened_keeping_the_text() {
        let deep = MAX_DEPTH + 50;
        let page = format!("{}<p>deep words</p>{}<p>after</p>", "<div>".repeat(deep), "</div>".repeat(deep));
        let flat = flatten(&page);
        assert_eq!(flat.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("<p>deep words</p>") && flat.ends_with("<p>after</p>"));
        let scanned = scan(&page);
        assert!(scanned.flattened && scanned.is_ordinary());
        assert_eq!((scanned.tags, scanned.text_bytes), (deep * 2 + 4, "deep words".len() + "after".len()));
        // Tags inside scripts and comments are not counted.
        let hidden = format!("<script>{}</script><!--{}-->", "<div>".repeat(deep), "<div>".repeat(deep));
        assert!(matches!(flatten(&hidden), Cow::Borrowed(_)));
    }
}
