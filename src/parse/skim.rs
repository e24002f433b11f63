//! A light first pass for archives: the tags (exactly as the full parse finds them), and the
//! title, date and source from a page's first and last lines. `tidings tags` needs nothing
//! more, and the reader lists and filters with it while the full parse goes on behind.

use super::{MAX_INPUT_BYTES, blocks, dateline, decode, layout, lines, tags, trailer};
use crate::article::Article;
use crate::error::Error;

/// Lines read from the top for the title and date, and from the bottom for the source.
const HEAD_LINES: usize = 40;
const TAIL_LINES: usize = 12;

/// The tags of a page, in order, duplicates dropped: the same as [`super::parse_page`] gives.
pub fn tags_of(bytes: &[u8]) -> Result<Vec<String>, Error> {
    let decoded = decode::decode(bytes, MAX_INPUT_BYTES)?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(tags_in(&decoded.text))
}

fn tags_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut add = |tag: String| {
        if seen.insert(tag.to_lowercase()) {
            out.push(tag);
        }
    };
    let mut list_heading = false;
    for raw in text.split('\n') {
        let line = lines::trim(raw);
        if line.is_empty() {
            continue;
        }
        // Under a `Tags` heading, one tag per line (as the layout's tag lists).
        if list_heading || tags::is_heading(line) {
            let collapsed = lines::collapse_spaces(line);
            if list_heading && lines::classify(&collapsed) == lines::Kind::Text && blocks::is_tag_item(&collapsed) {
                add(collapsed.into_owned());
                continue;
            }
            list_heading = tags::is_heading(line) && lines::classify(&collapsed).is_heading_like();
            if list_heading {
                continue;
            }
        }
        if !tags::may_start_tag_line(line) {
            continue;
        }
        // The full parse reads each line with its spaces collapsed, then as a tag line first.
        for tag in tags::parse_line(&lines::collapse_spaces(line)).into_iter().flatten() {
            add(tag);
        }
    }
    out
}

/// An article with what a list needs: id, path, title, date, source and tags. The body,
/// captions and quotes are left for the full parse.
pub fn skim_page(bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
    let decoded = decode::decode(bytes, MAX_INPUT_BYTES)?;
    let text = &decoded.text;
    let head_end = text.match_indices('\n').nth(HEAD_LINES).map_or(text.len(), |(i, _)| i);
    let head = layout::lay_out(lines::split(&text[..head_end]));
    if head.title.is_empty() {
        return Err(Error::Empty);
    }
    let tail_start = text.rmatch_indices('\n').nth(TAIL_LINES).map_or(0, |(i, _)| i + 1).max(head_end);
    let copyright = text[tail_start..]
        .split('\n')
        .filter_map(|l| trailer::parse_line(&lines::collapse_spaces(lines::trim(l))))
        .find(|t| t.ends_body)
        .and_then(|t| t.source);
    let source = head
        .copyright_source
        .or(copyright)
        .or_else(|| head.paragraphs.first().and_then(|p| dateline::credit(p)))
        .or(head.trailer_source);
    Ok(Article {
        id: Article::id_for(bytes),
        path: path.map(Into::into),
        title: head.title,
        published: head.published,
        source,
        byline: head.byline,
        tags: tags_in(text),
        warnings: decoded.warnings,
        ..Article::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse_page;

    #[test]
    fn tags_match_the_full_parse_on_every_fixture() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let bytes = std::fs::read(&path).unwrap();
                let full = parse_page(&bytes, None).unwrap();
                assert_eq!(tags_of(&bytes).unwrap(), full.tags, "{}", path.display());
                let skim = skim_page(&bytes, None).unwrap();
                assert_eq!(skim.tags, full.tags);
                checked += 1;
            }
        }
        assert!(checked >= 30);
    }

    #[test]
    fn skim_reads_title_date_and_source() {
        let page = "Site News\n\nA title here today\n\nJan 14, 2026, 08:05 am\n\nBody one.\n\nBody two.\n\n#a #b\nCopyright by Daily";
        let a = skim_page(page.as_bytes(), Some("x.txt")).unwrap();
        assert_eq!(a.title, "A title here today");
        assert_eq!(a.published.as_deref(), Some("2026-01-14T08:05"));
        assert_eq!(a.source.as_deref(), Some("Daily"));
        assert_eq!(a.tags, ["a", "b"]);
        assert!(a.paragraphs.is_empty());
    }
}
