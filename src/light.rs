//! The light first pass over a page, built on the parser's public API: the exact tags, and a
//! provisional title, date and source, in a few microseconds a page. `tidings tags` needs
//! nothing more, and the reader lists and filters with it while the full parse runs behind.
//!
//! Why not `parse::skim` as it is: on pages of the seed's shape its head pass lays out nearly
//! the whole page (the first 40 lines), and its tag pass lower-cases every line to look for a
//! `Tags` heading, so both run at about 20-140 MB/s a core, while reading the files runs at
//! 600 MB/s. This module only hands the parser the few lines that can matter, and checks the
//! result against `skim::tags_of` in its tests.

use crate::article::Article;
use crate::error::Error;
use crate::parse::{MAX_INPUT_BYTES, decode, lines, skim, tags};

/// Lines read from the top of a page for the title and date, at most.
const HEAD_LINES: usize = 40;
/// A line longer than this is body text: the head ends before it (as in `parse::lines`).
const LONG_LINE: usize = 160;
/// Lines read from the bottom for the copyright's outlet.
const TAIL_LINES: usize = 4;
/// The longest `Tags` heading is 15 bytes, so 15 characters, each at most 4 bytes long before
/// lower-casing: a longer line can never be a heading.
const LONGEST_HEADING: usize = 64;

/// The tags of a page: always exactly what [`skim::tags_of`] (so the full parse) finds.
pub fn tags_of(bytes: &[u8]) -> Result<Vec<String>, Error> {
    let decoded = decode::decode(bytes, MAX_INPUT_BYTES)?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty);
    }
    tags_in(&decoded.text).map_or_else(|| skim::tags_of(bytes), Ok)
}

/// The tags of clean text, or `None` when only the parser's own pass can tell.
///
/// Without a `Tags` heading (a list of tags, one per line, below it), the parser reads each
/// line on its own: only lines where `tags::parse_line` finds something contribute, in order,
/// duplicates dropped. Those lines alone, handed to `skim::tags_of`, give the same answer.
fn tags_in(text: &str) -> Option<Vec<String>> {
    let mut kept = String::new();
    for raw in text.split('\n') {
        let line = lines::trim(raw);
        if line.is_empty() {
            continue;
        }
        if line.trim_end_matches([':', '：', ' ']).len() <= LONGEST_HEADING && tags::is_heading(line) {
            return None;
        }
        if tags::may_start_tag_line(line) && tags::parse_line(&lines::collapse_spaces(line)).is_some() {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    if kept.is_empty() {
        return Some(Vec::new());
    }
    // Decoding may have grown the text past the limit the parser cuts at: let it decide.
    if kept.len() > MAX_INPUT_BYTES {
        return None;
    }
    skim::tags_of(kept.as_bytes()).ok()
}

/// What the list needs, fast: id, path, exact tags, and a title, date, byline and source read
/// from the page's head (the lines before the body) and its last lines. The body, captions and
/// quotes are left for the full parse, which may settle the title, date or source differently.
pub fn light_page(bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
    let decoded = decode::decode(bytes, MAX_INPUT_BYTES)?;
    let text = decoded.text.as_str();
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let tags = match tags_in(text) {
        Some(tags) => tags,
        None => skim::tags_of(bytes)?,
    };
    let mut head = String::new();
    let mut taken = 0;
    for raw in text.split('\n') {
        let line = lines::trim(raw);
        if line.len() > LONG_LINE || taken == HEAD_LINES {
            break;
        }
        taken += usize::from(!line.is_empty());
        head.push_str(line);
        head.push('\n');
    }
    let tail: Vec<&str> = text.rsplit('\n').map(lines::trim).filter(|l| !l.is_empty()).take(TAIL_LINES).collect();
    for line in tail.iter().rev().filter(|l| l.len() <= LONG_LINE) {
        head.push('\n');
        head.push_str(line);
    }
    // A page whose first line is already long prose: its beginning is the title candidate.
    if head.trim().is_empty() {
        head = text.chars().take(LONG_LINE).collect();
    }
    let skimmed = skim::skim_page(head.as_bytes(), path)?;
    Ok(Article {
        id: Article::id_for(bytes),
        path: skimmed.path,
        title: skimmed.title,
        published: skimmed.published,
        source: skimmed.source,
        byline: skimmed.byline,
        tags,
        warnings: decoded.warnings,
        ..Article::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixtures() -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut pages: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| (p.display().to_string(), std::fs::read(&p).unwrap()))
            .collect();
        pages.sort();
        pages
    }

    #[test]
    fn tags_are_the_parsers_on_every_fixture() {
        let pages = fixtures();
        assert!(pages.len() >= 30);
        for (name, bytes) in &pages {
            assert_eq!(tags_of(bytes).ok(), skim::tags_of(bytes).ok(), "{name}");
            assert_eq!(light_page(bytes, None).map(|a| a.tags).ok(), skim::tags_of(bytes).ok(), "{name}");
        }
    }

    #[test]
    fn tags_under_a_heading_and_in_odd_places_are_the_parsers() {
        let pages = [
            "Title here\n\nBody text.\n\nTags\nKorea\nTrade talks\n\nMore text.",
            "Title here\n\nBody.\n\n  #a #b\u{a0}#A\nTagged animals were seen.\nKeywords: x, y\n#b",
            "Title\n\n#only\n",
            "Title\n\nrelated topics:\n\nfoo\nbar baz\nThis ends a sentence.\nqux",
            "\u{212a}eywords: kelvin\nbody",
            "Title\n\nNo tags at all, just text.",
        ];
        for page in pages {
            assert_eq!(tags_of(page.as_bytes()).ok(), skim::tags_of(page.as_bytes()).ok(), "{page:?}");
        }
    }

    #[test]
    fn refuses_what_the_parser_refuses() {
        assert!(matches!(tags_of(b" \n\t\n"), Err(Error::Empty)));
        assert!(matches!(light_page(b"\n\n", None), Err(Error::Empty)));
        assert!(matches!(tags_of(b"PK\x03\x04\0\0"), Err(Error::NotText(_))));
    }

    #[test]
    fn reads_title_date_source_from_head_and_tail() {
        let body = "The government said it would expand support for local companies. ".repeat(5);
        let page = format!(
            "Trade talks gain pace in Seoul\n\nJan 14, 2026, 08:05 am\n\nprint page\n\n{body}\n\n{body}\n\n#trade talks\u{a0}#korea\nCopyright by Harbor Herald"
        );
        let a = light_page(page.as_bytes(), Some("p.txt")).unwrap();
        let full = crate::parse::parse_page(page.as_bytes(), Some("p.txt")).unwrap();
        assert_eq!(
            (&a.id, &a.path, &a.title, &a.published, &a.source),
            (&full.id, &full.path, &full.title, &full.published, &full.source)
        );
        assert_eq!(a.tags, ["trade talks", "korea"]);
        assert!(a.paragraphs.is_empty());
    }

    #[test]
    fn a_page_of_one_long_line_still_has_a_title() {
        let page = "word ".repeat(100);
        assert!(!light_page(page.as_bytes(), None).unwrap().title.is_empty());
    }
}
