//! Clean text -> lines, each classified on its own: the first pass of the pipeline.
//! Context (where the title is, where the body starts) is the layout pass's job.

use std::borrow::Cow;

use super::byline::{self, Byline};
use super::caption;
use super::chrome;
use super::date::{self, DateLine};
use super::phrases::Needle;
use super::tags;
use super::trailer::{self, Trailer};
use crate::article::Caption;

/// What a line is, judged on its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Chrome,
    Date(DateLine),
    Tags(Vec<String>),
    Trailer(Trailer),
    Byline(Byline),
    Caption(Caption),
    /// A line that is only a photo credit, for the caption line above it.
    Credit(String),
    /// `Related articles`, `Most viewed`: the link titles under it are chrome.
    RelatedHeading,
    /// Anything else: the title, body text, or a headline-like line.
    Text,
}

impl Kind {
    /// Could be a heading over a list (a tag list's `Tags`, a link list's `Related`).
    pub fn is_heading_like(&self) -> bool {
        matches!(self, Kind::Text | Kind::RelatedHeading | Kind::Chrome)
    }
}

/// One non-blank line, trimmed, with runs of spaces collapsed.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    pub text: Cow<'a, str>,
    /// Lines with no blank line between them share a block number.
    pub block: u32,
    pub kind: Kind,
}

/// Splits and classifies. Blank lines only separate blocks.
pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut block = 0;
    let mut previous_blank = false;
    for raw in text.split('\n') {
        let trimmed = trim(raw);
        if trimmed.is_empty() {
            if !previous_blank {
                block += 1;
            }
            previous_blank = true;
            continue;
        }
        previous_blank = false;
        let text = collapse_spaces(trimmed);
        let kind = classify(&text);
        lines.push(Line { text, block, kind });
    }
    lines
}

/// A line without the blanks around it (ideographic spaces indent Japanese paragraphs).
pub fn trim(raw: &str) -> &str {
    raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
}

/// `a  b` -> `a b` (NO-BREAK SPACE kept: tag lines use it as a separator).
pub fn collapse_spaces(line: &str) -> Cow<'_, str> {
    let bytes = line.as_bytes();
    // Setting up the SIMD search costs more than it saves on a short line.
    let doubled = if bytes.len() < 64 {
        bytes.windows(2).any(|pair| pair == b"  ")
    } else {
        static DOUBLE_SPACE: Needle = Needle::new(b"  ");
        DOUBLE_SPACE.is_in(bytes)
    };
    if !doubled {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut previous_space = false;
    for c in line.chars() {
        if c == ' ' {
            if !previous_space {
                out.push(c);
            }
            previous_space = true;
        } else {
            out.push(c);
            previous_space = false;
        }
    }
    Cow::Owned(out)
}

/// Lines longer than this are never a date, byline, heading or credit line; only the
/// checks that look at their first or last bytes run on them.
const SHORT_LINE: usize = 160;

/// The order matters: a date line may hold `by NAME`, a menu may hold ` / `.
pub fn classify(line: &str) -> Kind {
    if let Some(tags) = tags::parse_line(line) {
        return Kind::Tags(tags);
    }
    if let Some(trailer) = trailer::parse_line(line) {
        return Kind::Trailer(trailer);
    }
    if line.len() <= SHORT_LINE {
        if let Some(date) = date::parse_line(line) {
            return Kind::Date(date);
        }
        if let Some(byline) = byline::parse_line(line) {
            return Kind::Byline(byline);
        }
        if chrome::is_related_heading(line) {
            return Kind::RelatedHeading;
        }
    }
    if chrome::is_chrome(line) {
        return Kind::Chrome;
    }
    if let Some(credit) = caption::credit_only(line) {
        return Kind::Credit(credit);
    }
    if let Some(caption) = caption::parse_line(line) {
        return Kind::Caption(caption);
    }
    Kind::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_separated_by_blank_lines() {
        let lines = split("A\n\n\nB\nC\n  \nD");
        let blocks: Vec<(&str, u32)> = lines.iter().map(|l| (&*l.text, l.block)).collect();
        assert_eq!(blocks, [("A", 0), ("B", 1), ("C", 1), ("D", 2)]);
    }

    #[test]
    fn spaces_are_collapsed_and_ideographic_indents_trimmed() {
        let lines = split("\u{3000}本文です。\n  a   b  ");
        assert_eq!(lines[0].text, "本文です。");
        assert_eq!(lines[1].text, "a b");
    }

    #[test]
    fn the_seed_shapes_classify() {
        assert!(matches!(classify("Jan 14, 2026, 08:05 am"), Kind::Date(_)));
        assert_eq!(classify("print page small font big font"), Kind::Chrome);
        assert!(matches!(classify("Leaders meet in Nara on Jan. 13. / Yonhap"), Kind::Caption(_)));
        assert!(matches!(classify("#a b\u{a0}#c"), Kind::Tags(_)));
        assert!(matches!(classify("Copyright by Asiatoday"), Kind::Trailer(_)));
        assert_eq!(classify("Lee, Takaichi call for deeper Korea-Japan ties"), Kind::Text);
    }
}
