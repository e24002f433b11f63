//! An article laid out for one width: every line of the detail pane and of the quotes pane as a
//! byte range into the article's own text. Computed once per (article, width) by `update` and
//! kept in the `App`, which scrolls by its lines; drawing then only slices the visible lines,
//! so a 5 MB article scrolls as fast as a short one.

use std::ops::Range;

use textwrap::WordSeparator;
use textwrap::core::break_words;
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthStr;

use crate::article::{StoredArticle, StoredQuote};

/// Which text a line shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Blank,
    Title,
    Meta,
    /// The article's address, under the meta line.
    Url,
    /// The file the article was read from, under its address.
    File,
    Caption(u32),
    Credit(u32),
    Body(u32),
    /// Tag chips; the line's range is a range of tag indices.
    Tags,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocLine {
    pub part: Part,
    pub range: Range<usize>,
}

/// A highlighted stretch of text (a quote, a search match) and the lines it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub part: Part,
    pub range: Range<usize>,
    pub first_line: usize,
    pub last_line: usize,
}

/// One line of the quotes pane: a range of `entries[quote]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteLine {
    pub quote: usize,
    pub range: Range<usize>,
}

/// A place in an article's text that does not depend on the width: the part and byte a line
/// starts at, and how many lines above that line the place is (blank lines before it).
pub type Anchor = (Part, usize, usize);

/// Columns taken by the caption bar (`▍ `) and the credit dash (`  — `).
pub const CAPTION_INDENT: usize = 2;
pub const CREDIT_INDENT: usize = 4;

#[derive(Debug, Clone, Default)]
pub struct Document {
    pub article: u32,
    pub width: u16,
    /// Date · source · byline.
    pub meta: String,
    pub lines: Vec<DocLine>,
    /// The article's tags, which `Part::Tags` lines index.
    pub tags: Vec<String>,
    title: Range<usize>,
    meta_lines: Range<usize>,
    url_lines: Range<usize>,
    file_lines: Range<usize>,
    captions: Vec<Range<usize>>,
    credits: Vec<Range<usize>>,
    paragraphs: Vec<Range<usize>>,
    /// Where each quote is in the body, in reading order; `quote_marks[i].1` is the quote index.
    pub quote_marks: Vec<(Mark, usize)>,
    /// The body line each quote starts on (`None` when it was not found in the body).
    pub quote_starts: Vec<Option<usize>>,
    /// `speaker: text` for each quote, and where the speaker ends.
    pub entries: Vec<(String, usize)>,
    pub quote_lines: Vec<QuoteLine>,
    /// The first quotes-pane line of each quote.
    pub quote_first_line: Vec<usize>,
}

/// `2026-01-14 08:05 · Asiatoday · By Kim`: the parts that are known.
pub fn meta_line(article: &StoredArticle) -> String {
    let date = article.published().map(|d| d.replacen('T', " ", 1));
    let parts = [date.as_deref(), article.source(), article.byline()];
    parts.into_iter().flatten().filter(|p| !p.trim().is_empty()).collect::<Vec<_>>().join(" · ")
}

/// The speaker as the quotes pane shows it.
pub fn speaker_label(quote: &StoredQuote) -> &str {
    quote.speaker().unwrap_or("unknown")
}

impl Document {
    /// Lays out `article` (whose tags the corpus keeps apart: `tags`) for `width` columns.
    pub fn new(number: u32, article: &StoredArticle, tags: &[String], width: u16) -> Self {
        let w = usize::from(width.max(1));
        let mut doc = Document { article: number, width, meta: meta_line(article), ..Document::default() };
        doc.title = doc.push_text(Part::Title, article.title(), w);
        if !doc.meta.is_empty() {
            let meta = doc.meta.clone();
            doc.meta_lines = doc.push_text(Part::Meta, &meta, w);
        }
        if let Some(url) = article.url().filter(|u| !u.is_empty()) {
            doc.url_lines = doc.push_text(Part::Url, url, w);
        }
        if let Some(path) = article.path().filter(|p| !p.is_empty()) {
            doc.file_lines = doc.push_text(Part::File, path, w);
        }
        doc.blank();
        for (i, caption) in article.captions().iter().enumerate() {
            let i = i as u32;
            let lines = doc.push_text(Part::Caption(i), &caption.text, w.saturating_sub(CAPTION_INDENT));
            doc.captions.push(lines);
            let credit = caption.credit.as_deref().unwrap_or("");
            let lines = if credit.is_empty() {
                doc.lines.len()..doc.lines.len()
            } else {
                doc.push_text(Part::Credit(i), credit, w.saturating_sub(CREDIT_INDENT))
            };
            doc.credits.push(lines);
            doc.blank();
        }
        for (i, paragraph) in article.paragraph_texts().enumerate() {
            if i > 0 {
                doc.blank();
            }
            let lines = doc.push_text(Part::Body(i as u32), paragraph, w);
            doc.paragraphs.push(lines);
        }
        if !tags.is_empty() {
            doc.blank();
            doc.push_chips(tags, w);
            doc.tags = tags.to_vec();
        }
        doc.place_quotes(article, w);
        doc
    }

    fn blank(&mut self) {
        self.lines.push(DocLine { part: Part::Blank, range: 0..0 });
    }

    fn push_text(&mut self, part: Part, text: &str, width: usize) -> Range<usize> {
        let start = self.lines.len();
        self.lines.extend(wrap_ranges(text, width).into_iter().map(|range| DocLine { part, range }));
        start..self.lines.len()
    }

    /// Chips are ` tag ` with one column between them, as many per line as fit.
    fn push_chips(&mut self, tags: &[String], width: usize) {
        let (mut first, mut used) = (0, 0);
        for (i, tag) in tags.iter().enumerate() {
            let chip = tag.width() + 2;
            let needed = if i == first { chip } else { used + 1 + chip };
            if i > first && needed > width {
                self.lines.push(DocLine { part: Part::Tags, range: first..i });
                (first, used) = (i, chip);
            } else {
                used = needed;
            }
        }
        self.lines.push(DocLine { part: Part::Tags, range: first..tags.len() });
    }

    fn place_quotes(&mut self, article: &StoredArticle, width: usize) {
        for (i, quote) in article.quotes().iter().enumerate() {
            let found = locate_quote(article, quote);
            self.quote_starts.push(found.first().map(|(p, r)| self.line_of(Part::Body(*p), r.start)));
            for (p, range) in found {
                let part = Part::Body(p);
                let mark = self.mark(part, range);
                self.quote_marks.push((mark, i));
            }
            let speaker = speaker_label(quote);
            let entry = format!("{speaker}: {}", article.quote_text(quote));
            self.quote_first_line.push(self.quote_lines.len());
            // One column less than the body: the quotes pane marks the selected quote in the first column.
            for range in wrap_ranges(&entry, width.saturating_sub(1)) {
                self.quote_lines.push(QuoteLine { quote: i, range });
            }
            self.entries.push((entry, speaker.len() + 1));
        }
        self.quote_marks.sort_by_key(|(m, _)| (m.first_line, m.range.start));
    }

    /// The lines a part was wrapped into.
    fn part_lines(&self, part: Part) -> Range<usize> {
        let pick = |v: &[Range<usize>], i: u32| v.get(i as usize).cloned().unwrap_or(0..0);
        match part {
            Part::Title => self.title.clone(),
            Part::Meta => self.meta_lines.clone(),
            Part::Url => self.url_lines.clone(),
            Part::File => self.file_lines.clone(),
            Part::Caption(i) => pick(&self.captions, i),
            Part::Credit(i) => pick(&self.credits, i),
            Part::Body(i) => pick(&self.paragraphs, i),
            Part::Blank | Part::Tags => 0..0,
        }
    }

    /// The line showing byte `byte` of a part (the next line when it falls between two).
    pub fn line_of(&self, part: Part, byte: usize) -> usize {
        let lines = self.part_lines(part);
        let slice = &self.lines[lines.clone()];
        let within = slice.partition_point(|l| l.range.end <= byte);
        lines.start + within.min(slice.len().saturating_sub(1))
    }

    /// A highlight for `range` of a part, with the lines it covers.
    pub fn mark(&self, part: Part, range: Range<usize>) -> Mark {
        let first_line = self.line_of(part, range.start);
        let last_line = self.line_of(part, range.end.saturating_sub(1).max(range.start));
        Mark { part, range, first_line, last_line }
    }

    /// Where line `line` starts in the text, to find the same place at another width:
    /// the first text line at or after it, and how many lines before that it is.
    pub fn anchor(&self, line: usize) -> Option<Anchor> {
        self.lines
            .iter()
            .enumerate()
            .skip(line)
            .find(|(_, l)| !matches!(l.part, Part::Blank | Part::Tags))
            .map(|(i, l)| (l.part, l.range.start, i - line))
    }

    /// The line an [`anchor`](Self::anchor) of another width points at in this one.
    pub fn line_of_anchor(&self, (part, byte, before): Anchor) -> usize {
        self.line_of(part, byte).saturating_sub(before)
    }

    /// The text of a line (empty for blank and tag lines).
    pub fn text<'a>(&'a self, article: &'a StoredArticle, line: &DocLine) -> &'a str {
        let whole: &str = match line.part {
            Part::Title => article.title(),
            Part::Meta => &self.meta,
            Part::Url => article.url().unwrap_or(""),
            Part::File => article.path().unwrap_or(""),
            Part::Caption(i) => article.captions().get(i as usize).map_or("", |c| &c.text),
            Part::Credit(i) => article.captions().get(i as usize).and_then(|c| c.credit.as_deref()).unwrap_or(""),
            Part::Body(i) => article.paragraph(i as usize).unwrap_or(""),
            Part::Blank | Part::Tags => "",
        };
        whole.get(line.range.clone()).unwrap_or("")
    }
}

/// Byte ranges of `text` wrapped to `width` columns: first fit at Unicode line-break
/// opportunities (so CJK breaks between characters), words longer than a line cut by width.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut base = 0;
    for piece in text.split('\n') {
        let before = out.len();
        let words = break_words(WordSeparator::UnicodeBreakProperties.find_words(piece), width);
        for line in wrap_first_fit(&words, &[width as f64]) {
            if let (Some(first), Some(last)) = (line.first(), line.last()) {
                let start = offset_in(piece, first.word);
                out.push(base + start..base + offset_in(piece, last.word) + last.word.len());
            }
        }
        if out.len() == before {
            out.push(base..base);
        }
        base += piece.len() + 1;
    }
    out
}

/// Where `part`, a slice of `whole`, starts in it.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize).min(whole.len())
}

/// Where a quote is in the body: one range, or one per paragraph for a quote that runs over
/// several (its parts are joined by one space in its words, and each paragraph may reopen the
/// mark).
pub fn locate_quote(article: &StoredArticle, quote: &StoredQuote) -> Vec<(u32, Range<usize>)> {
    let paragraph = quote.paragraph();
    let Some(first) = article.paragraph(paragraph) else { return Vec::new() };
    if let Some(place) = quote.place() {
        return vec![(paragraph as u32, place)];
    }
    let words = quote.own_words().unwrap_or("");
    if words.is_empty() {
        return Vec::new();
    }
    if let Some(i) = first.find(words) {
        return vec![(paragraph as u32, i..i + words.len())];
    }
    let mut found = Vec::new();
    let mut rest = words;
    for (p, text) in article.paragraph_texts().enumerate().skip(paragraph).take(PARAGRAPHS_A_QUOTE_SPANS) {
        let Some((start, len)) = longest_prefix_in(text, rest) else { break };
        found.push((p as u32, start..start + len));
        rest = rest[len..].trim_start();
        if rest.is_empty() {
            break;
        }
    }
    found
}

/// The most paragraphs a quote is looked for in: a quote runs over a few, and a quote whose
/// parts are not found stops the search before it reads a 5 MB body to its end.
const PARAGRAPHS_A_QUOTE_SPANS: usize = 32;

/// The most places of a quote's first word tried in a paragraph: enough for any real
/// paragraph, and a bound on a paragraph made of one word repeated.
const PLACES_TRIED: usize = 64;

/// The longest prefix of `needle` (at least its first word) found in `text`: (position, length).
fn longest_prefix_in(text: &str, needle: &str) -> Option<(usize, usize)> {
    let word = needle.split(' ').next().filter(|w| !w.is_empty())?;
    let mut best: Option<(usize, usize)> = None;
    for (at, _) in text.match_indices(word).take(PLACES_TRIED) {
        let common = text[at..].bytes().zip(needle.bytes()).take_while(|(a, b)| a == b).count();
        let mut len = common;
        while !needle.is_char_boundary(len) {
            len -= 1;
        }
        if best.is_none_or(|(_, l)| len > l) {
            best = Some((at, len));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Caption, Quote};

    /// The article as the reader keeps it, and its tags (which the corpus keeps apart).
    fn article() -> (Box<StoredArticle>, Vec<String>) {
        StoredArticle::new(Article {
            title: "A title".into(),
            published: Some("2026-01-14T08:05".into()),
            source: Some("Daily".into()),
            captions: vec![Caption { text: "A photo".into(), credit: Some("Yonhap".into()) }],
            paragraphs: vec!["one two three four five six".into(), "“seven eight".into(), "“nine ten”".into()],
            quotes: vec![Quote { text: "seven eight nine ten".into(), paragraph: 1, ..Quote::default() }],
            tags: vec!["alpha".into(), "beta".into(), "gamma".into()],
            ..Article::default()
        })
    }

    #[test]
    fn the_url_stands_under_the_meta_line_wrapped_to_the_width() {
        let url = "https://example.org/news/2026/01/14/a-rather-long-address-of-a-page";
        let (with_url, _) = StoredArticle::new(Article {
            url: Some(url.into()),
            title: "A title".into(),
            source: Some("Daily".into()),
            ..Article::default()
        });
        let doc = Document::new(0, &with_url, &[], 30);
        let lines: Vec<&str> =
            doc.lines.iter().filter(|l| l.part == Part::Url).map(|l| doc.text(&with_url, l)).collect();
        assert_eq!(lines.concat(), url);
        assert!(lines.len() > 1);
        let first = doc.lines.iter().position(|l| l.part == Part::Url);
        assert_eq!(first, doc.lines.iter().rposition(|l| l.part == Part::Meta).map(|i| i + 1));
        let (without, tags) = article();
        assert!(Document::new(0, &without, &tags, 30).lines.iter().all(|l| l.part != Part::Url));
    }

    #[test]
    fn wraps_by_display_width_and_breaks_cjk_anywhere() {
        assert_eq!(wrap_ranges("one two three", 7), [0..7, 8..13]);
        let korean = "대통령은 양국 관계가 그 어느 때보다 중요하다고 말했다";
        for range in wrap_ranges(korean, 10) {
            assert!(korean[range].width() <= 10);
        }
        assert_eq!(wrap_ranges("", 10), vec![0..0]);
        assert_eq!(wrap_ranges("a\nb", 10), [0..1, 2..3]);
        assert_eq!(wrap_ranges("abcdefgh", 3).len(), 3);
    }

    #[test]
    fn lays_out_title_meta_captions_body_and_chips() {
        let (a, tags) = article();
        let doc = Document::new(0, &a, &tags, 16);
        let texts: Vec<&str> = doc.lines.iter().map(|l| doc.text(&a, l)).collect();
        assert_eq!(doc.meta, "2026-01-14 08:05 · Daily");
        assert_eq!(texts[0], "A title");
        assert!(texts.contains(&"A photo") && texts.contains(&"Yonhap"));
        assert!(texts.contains(&"one two three"));
        let chips: Vec<_> = doc.lines.iter().filter(|l| l.part == Part::Tags).map(|l| l.range.clone()).collect();
        assert_eq!(chips, [0..2, 2..3]);
    }

    #[test]
    fn a_quote_over_two_paragraphs_is_marked_in_both() {
        let (a, tags) = article();
        let doc = Document::new(0, &a, &tags, 40);
        let parts: Vec<_> = doc.quote_marks.iter().map(|(m, _)| (m.part, m.range.clone())).collect();
        assert_eq!(parts, [(Part::Body(1), 3..14), (Part::Body(2), 3..11)]);
        assert_eq!(doc.quote_starts[0], Some(doc.line_of(Part::Body(1), 3)));
        assert_eq!(doc.entries[0].0, "unknown: seven eight nine ten");
    }

    #[test]
    fn an_anchor_finds_the_same_text_at_another_width() {
        let (a, tags) = article();
        let narrow = Document::new(0, &a, &tags, 8);
        let wide = Document::new(0, &a, &tags, 60);
        let line = narrow.line_of(Part::Body(0), 14);
        let anchor = narrow.anchor(line).unwrap();
        let back = wide.line_of_anchor(anchor);
        assert_eq!(wide.lines[back].part, Part::Body(0));
    }
}
