//! The light first pass over a page, built on the parser's public API: the exact tags, and a
//! provisional title, date and source, in about 20 µs a page. `tidings tags` needs
//! nothing more, and the reader lists and filters with it while the full parse runs behind.
//!
//! Why not `parse::skim` as it is: on pages of the seed's shape its head pass lays out nearly
//! the whole page (the first 40 lines), and its tag pass lower-cases every line to look for a
//! `Tags` heading, so both run at about 20-140 MB/s a core, while reading the files runs at
//! 600 MB/s. This module only hands the parser the few lines that can matter, and checks the
//! result against `skim::tags_of` in its tests.

use std::borrow::Cow;
use std::cell::RefCell;

use rustc_hash::FxHashMap;

use crate::article::Article;
use crate::error::Error;
use crate::parse::{MAX_INPUT_BYTES, date, decode, lines, skim, tags, trailer};

/// Lines read below the first for a date, at most.
const HEAD_LINES: usize = 8;
/// A line longer than this is body text: the head ends before it (as in `parse::lines`).
const LONG_LINE: usize = 160;
/// Lines read from the bottom for the copyright's outlet.
const TAIL_LINES: usize = 3;
/// The longest `Tags` heading is 15 bytes, so 15 characters, each at most 4 bytes long before
/// lower-casing: a longer line can never be a heading.
const LONGEST_HEADING: usize = 64;

/// The tags of a page: always exactly what [`skim::tags_of`] (so the full parse) finds.
pub fn tags_of(bytes: &[u8]) -> Result<Vec<String>, Error> {
    let (text, _) = text_of(bytes)?;
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    tags_in(&text).map_or_else(|| skim::tags_of(bytes), Ok)
}

/// The page's text as `decode::decode` gives it, with its warnings; borrowed when the bytes
/// already are clean text, which `decode` would return unchanged after copying them.
fn text_of(bytes: &[u8]) -> Result<(Cow<'_, str>, Vec<String>), Error> {
    if let Some(text) = plain(bytes) {
        return Ok((Cow::Borrowed(text), Vec::new()));
    }
    let decoded = decode::decode(bytes, MAX_INPUT_BYTES)?;
    Ok((Cow::Owned(decoded.text), decoded.warnings))
}

/// `Some` when `decode` has nothing to do: UTF-8 within the size limit, no byte-order mark, no
/// control character but `\n`, no line or paragraph separator, bidi control or zero-width
/// no-break space. One pass the compiler vectorises, then a look at the lead bytes of the few
/// multi-byte characters that matter (as `decode` checks it; a test holds the two together).
fn plain(bytes: &[u8]) -> Option<&str> {
    if bytes.len() > MAX_INPUT_BYTES || bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return None;
    }
    let control = bytes
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |acc, &b| acc | ((b < 0x20) & (b != b'\n')) | (b == 0x7f)));
    if control {
        return None;
    }
    // `simdutf8`: std's check reads Korean text at a tenth of its speed.
    let text = simdutf8::basic::from_utf8(bytes).ok()?;
    let special = memchr::memchr3_iter(0xC2, 0xE2, 0xEF, bytes).any(|i| {
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        match bytes[i] {
            0xC2 => (0x80..=0x9F).contains(&next(1)),
            0xE2 => matches!((next(1), next(2)), (0x80, 0xA8..=0xAE) | (0x81, 0xA6..=0xA9)),
            _ => (next(1), next(2)) == (0xBB, 0xBF),
        }
    });
    (!special).then_some(text)
}

/// The tags of clean text, or `None` when only the parser's own pass can tell.
///
/// Without a `Tags` heading (a list of tags, one per line, below it), the parser reads each
/// line on its own ([`skim::tags_of`]): only lines where `tags::parse_line` finds something
/// contribute, in order, duplicates (in any case) dropped. This does the same, once per line.
fn tags_in(text: &str) -> Option<Vec<String>> {
    let mut found: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for raw in split_lines(text) {
        let line = lines::trim(raw);
        if line.is_empty() {
            continue;
        }
        if line.trim_end_matches([':', '：', ' ']).len() <= LONGEST_HEADING && tags::is_heading(line) {
            return None;
        }
        if !tags::may_be_tag_line(line) {
            continue;
        }
        for tag in tags::parse_line(&lines::collapse_spaces(line)).into_iter().flatten() {
            // A handful of tags a page: a list beats a hash set.
            let folded = tag.to_lowercase();
            if !seen.contains(&folded) {
                seen.push(folded);
                found.push(tag);
            }
        }
    }
    Some(found)
}

/// `text.split('\n')`, with the SIMD search of `memchr` (`str::split` searches a byte at a time).
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes()).map(Some).chain([None]).map(move |end| {
        let end = end.unwrap_or(text.len());
        // `\n` is one byte, so both ends are character boundaries.
        let line = text.get(start..end).unwrap_or("");
        start = end + 1;
        line
    })
}

/// `text.rsplit('\n')`, with the SIMD search of `memchr`.
fn split_lines_back(text: &str) -> impl Iterator<Item = &str> {
    let mut end = text.len();
    memchr::memrchr_iter(b'\n', text.as_bytes()).map(Some).chain([None]).map(move |start| {
        let start = start.map_or(0, |i| i + 1);
        let line = text.get(start..end).unwrap_or("");
        end = start.saturating_sub(1);
        line
    })
}

/// Copyright lines seen by this core, with their outlets: an archive repeats its outlets'
/// lines word for word on every page, and a look-up costs a tenth of parsing one.
const KNOWN_TRAILERS: usize = 256;

thread_local! {
    static TRAILERS: RefCell<FxHashMap<Box<str>, Option<String>>> = RefCell::default();
}

/// For a line that ends the body (a copyright line, `(END)`): `Some` of its outlet, if named.
fn outlet_of(line: &str) -> Option<Option<String>> {
    let known = TRAILERS.with(|known| known.try_borrow().ok().and_then(|known| known.get(line).cloned()));
    if known.is_some() {
        return known;
    }
    let trailer = trailer::parse_line(&lines::collapse_spaces(line)).filter(|t| t.ends_body)?;
    TRAILERS.with(|known| {
        if let Ok(mut known) = known.try_borrow_mut() {
            if known.len() >= KNOWN_TRAILERS {
                known.clear();
            }
            known.insert(line.into(), trailer.source.clone());
        }
    });
    Some(trailer.source)
}

/// What the list needs, fast: path, the exact tags, and a provisional title, date and
/// source: the page's first line, the first date line among the next few short lines, and the
/// outlet of a copyright line among the last lines. The body, captions and quotes are left for
/// the full parse, which settles the title, date and source (it skips site chrome above the
/// title, for one); the reader moves an article in its list when they change.
///
/// Why not `skim::skim_page`: its head pass classifies each line at 2-4 µs a line, which makes
/// it 40-60 µs a page: more than reading, decoding and tagging a page together.
pub fn light_page(bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
    let (text, warnings) = text_of(bytes)?;
    let text = text.as_ref();
    let mut head = split_lines(text).map(lines::trim).filter(|l| !l.is_empty());
    let title = head.next().ok_or(Error::Empty)?;
    let tags = match tags_in(text) {
        Some(tags) => tags,
        None => skim::tags_of(bytes)?,
    };
    let published = head
        .take(HEAD_LINES)
        .filter(|l| l.len() <= LONG_LINE)
        .find_map(|l| date::parse_line(&lines::collapse_spaces(l)).map(|d| d.published))
        .flatten();
    let source = split_lines_back(text)
        .map(lines::trim)
        .filter(|l| !l.is_empty())
        .take(TAIL_LINES)
        .find_map(outlet_of)
        .flatten();
    Ok(Article {
        // The id (a hash of the whole page) comes with the full parse: nothing in a list needs it.
        path: path.map(Into::into),
        title: lines::collapse_spaces(title).into_owned(),
        published,
        source,
        tags,
        warnings,
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
    fn plain_text_is_exactly_what_decode_leaves_unchanged() {
        let mut pages: Vec<Vec<u8>> = fixtures().into_iter().map(|(_, bytes)| bytes).collect();
        let odd = [
            "plain\nascii",
            "a\r\nb",
            "tab\there",
            "nbsp\u{a0}and “quotes” — 한국어 日本語",
            "c1 \u{85} \u{9b}",
            "ls \u{2028} ps \u{2029}",
            "bidi \u{202e} \u{2067}",
            "bom \u{feff} inside",
            "\u{feff}bom first",
            "del \u{7f}",
            "esc \u{1b}[31m",
            "nul \0",
            "\u{2027}\u{202f}\u{2065}\u{206a}\u{a0}\u{c2}",
        ];
        pages.extend(odd.iter().map(|s| s.as_bytes().to_vec()));
        pages.push(b"latin1 \xe9".to_vec());
        pages.push(vec![0xFF, 0xFE, b'a', 0]);
        for bytes in &pages {
            let decoded = decode::decode(bytes, MAX_INPUT_BYTES);
            let untouched = decoded.as_ref().is_ok_and(|d| d.text.as_bytes() == &bytes[..] && d.warnings.is_empty());
            // Plain implies untouched; untouched but not plain only costs a copy.
            if let Some(text) = plain(bytes) {
                assert!(untouched, "{text:?}");
            }
        }
        assert!(plain("nbsp\u{a0}and “quotes” — 한국어".as_bytes()).is_some());
        assert!(fixtures().iter().filter(|(_, b)| plain(b).is_some()).count() > 20);
    }

    #[test]
    fn a_known_copyright_line_gives_the_outlet_parsing_gives() {
        let parsed = |line: &str| trailer::parse_line(line).filter(|t| t.ends_body).map(|t| t.source);
        let lines =
            ["Copyright by Harbor Herald", "ⓒ 한빛일보 무단전재 및 재배포 금지", "(END)", "Not a trailer", "Copyright"];
        // The second round answers from what the first noted.
        for _ in 0..2 {
            for line in lines {
                assert_eq!(outlet_of(line), parsed(line), "{line:?}");
            }
        }
        assert_eq!(outlet_of("Copyright by Harbor Herald"), Some(Some("Harbor Herald".into())));
        // More distinct lines than are kept: still answered right.
        for i in 0..KNOWN_TRAILERS * 2 {
            let line = format!("Copyright by Outlet Number{i}");
            assert_eq!(outlet_of(&line), parsed(&line));
        }
    }

    #[test]
    fn lines_split_as_str_split_does() {
        for text in ["", "\n", "a", "a\n", "\na\n\nb", "한국\n日本\n", "x\r\ny"] {
            assert_eq!(split_lines(text).collect::<Vec<_>>(), text.split('\n').collect::<Vec<_>>(), "{text:?}");
            assert_eq!(split_lines_back(text).collect::<Vec<_>>(), text.rsplit('\n').collect::<Vec<_>>(), "{text:?}");
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
            (&a.path, &a.title, &a.published, &a.source),
            (&full.path, &full.title, &full.published, &full.source)
        );
        assert_eq!(a.tags, ["trade talks", "korea"]);
        assert!(a.paragraphs.is_empty());
    }

    #[test]
    fn the_head_is_provisional_but_close_on_most_fixtures() {
        let pages = fixtures();
        let same = pages
            .iter()
            .filter(|(_, bytes)| {
                let (light, full) = (light_page(bytes, None).unwrap(), crate::parse::parse_page(bytes, None).unwrap());
                light.title == full.title
            })
            .count();
        // Saved pages often start with site chrome: the full parse settles those titles.
        println!("{same} of {} titles as the full parse's", pages.len());
        assert!(same * 3 >= pages.len(), "{same} of {}", pages.len());
    }
}
