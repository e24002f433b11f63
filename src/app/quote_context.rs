//! The selected quote in its place: the article's title and date line, who said it, and the
//! paragraph (or paragraphs, for a quote that runs over several) with the quote marked,
//! wrapped for the context pane. Made when the selection moves; a paragraph is cut to a window
//! around the quote, so a 5 MB paragraph costs what a short one does.

use std::ops::Range;

use crate::article::StoredArticle;

use super::document::{locate_quote, meta_line, wrap_ranges};

/// A quote in the corpus: its article, and its place among the article's quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteAt {
    pub article: u32,
    pub quote: u32,
}

/// Which text a line of the context shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextPart {
    Blank,
    Title,
    Meta,
    /// Who said it, and where in the article.
    Speaker,
    Body,
}

/// A line of the context: a byte range of [`QuoteContext::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContextLine {
    pub part: ContextPart,
    pub range: Range<usize>,
}

/// Bytes of a paragraph shown around its quote at most: a long paragraph of any real article,
/// and a bound for one that is not.
const WINDOW: usize = 3000;
/// Of those, the bytes before the quote's start.
const BEFORE: usize = 1000;
/// Characters looked at from either end of a window for a space to cut at.
const SNAP: usize = 40;
/// Paragraphs of a quote that runs over several shown at most.
const MOST_PARAGRAPHS: usize = 4;

/// The selected quote laid out for one width.
#[derive(Debug, Clone)]
pub struct QuoteContext {
    pub at: QuoteAt,
    pub width: u16,
    /// Title, date line, speaker line and paragraph windows, one after the other.
    pub text: String,
    pub lines: Vec<ContextLine>,
    /// Where the quote is in `text`, one range per paragraph it runs over.
    pub marks: Vec<Range<usize>>,
}

impl QuoteContext {
    /// Lays out quote `at` of `article` (said by `speaker`) for `width` columns.
    pub fn new(at: QuoteAt, article: &StoredArticle, speaker: &str, width: u16) -> Self {
        let mut context = QuoteContext { at, width, text: String::new(), lines: Vec::new(), marks: Vec::new() };
        let w = usize::from(width.max(1));
        context.push(ContextPart::Title, article.title(), w);
        let meta = meta_line(article);
        if !meta.is_empty() {
            context.push(ContextPart::Meta, &meta, w);
        }
        context.blank();
        let Some(quote) = article.quotes().get(at.quote as usize) else { return context };
        let paragraphs = article.paragraph_count();
        let place = format!("{speaker} · paragraph {} of {paragraphs}", quote.paragraph() + 1);
        context.push(ContextPart::Speaker, &place, w);
        context.blank();
        let mut parts = locate_quote(article, quote);
        if parts.is_empty() {
            // Not found in the body (a quote of the light pass or of JSON without it): its
            // paragraph as it is, and the words apart.
            if let Some(text) = article.paragraph(quote.paragraph()) {
                context.window(text, None, w);
                context.blank();
            }
            let words = article.quote_text(quote);
            let start = context.text.len();
            context.push(ContextPart::Body, &format!("“{words}”"), w);
            context.marks.push(start..context.text.len());
            return context;
        }
        parts.truncate(MOST_PARAGRAPHS);
        for (i, (paragraph, range)) in parts.into_iter().enumerate() {
            if i > 0 {
                context.blank();
            }
            let text = article.paragraph(paragraph as usize).unwrap_or("");
            context.window(text, Some(range), w);
        }
        context
    }

    /// The first line the quote is on.
    pub fn first_mark_line(&self) -> usize {
        let Some(mark) = self.marks.first() else { return 0 };
        self.lines.iter().position(|l| l.part == ContextPart::Body && l.range.end > mark.start).unwrap_or(0)
    }

    /// The text of a line.
    pub fn line_text(&self, line: &ContextLine) -> &str {
        self.text.get(line.range.clone()).unwrap_or("")
    }

    fn blank(&mut self) {
        let at = self.text.len();
        self.lines.push(ContextLine { part: ContextPart::Blank, range: at..at });
    }

    /// Appends `text` as lines of `part`, wrapped to `width`.
    fn push(&mut self, part: ContextPart, text: &str, width: usize) {
        let base = self.text.len();
        self.text.push_str(text);
        self.lines.extend(
            wrap_ranges(text, width).into_iter().map(|r| ContextLine { part, range: base + r.start..base + r.end }),
        );
        self.text.push('\n');
    }

    /// Appends the part of `paragraph` around `mark` (all of it when short), marking it.
    fn window(&mut self, paragraph: &str, mark: Option<Range<usize>>, width: usize) {
        let (mut from, mut to) = (0, paragraph.len());
        if paragraph.len() > WINDOW {
            from = mark.as_ref().map_or(0, |m| m.start.saturating_sub(BEFORE));
            to = (from + WINDOW).min(paragraph.len());
            while !paragraph.is_char_boundary(from) {
                from -= 1;
            }
            while !paragraph.is_char_boundary(to) {
                to += 1;
            }
            // Cut between words when there is a space near: no half word at either end.
            if from > 0 {
                from += paragraph[from..]
                    .char_indices()
                    .take(SNAP)
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
            }
            if to < paragraph.len() {
                to -= paragraph[from..to]
                    .char_indices()
                    .rev()
                    .take(SNAP)
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, _)| to - from - i);
            }
        }
        let lead = if from > 0 { "…" } else { "" };
        let tail = if to < paragraph.len() { "…" } else { "" };
        let shown = format!("{lead}{}{tail}", &paragraph[from..to]);
        let base = self.text.len() + lead.len();
        if let Some(mark) = mark {
            let (start, end) = (mark.start.clamp(from, to), mark.end.clamp(from, to));
            if start < end {
                self.marks.push(base + start - from..base + end - from);
            }
        }
        self.push(ContextPart::Body, &shown, width);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Quote};

    fn stored(paragraphs: Vec<String>, quotes: Vec<Quote>) -> Box<StoredArticle> {
        StoredArticle::new(Article {
            title: "Ferry sails".into(),
            published: Some("2026-01-12T09:20".into()),
            source: Some("Eastgate Daily".into()),
            paragraphs,
            quotes,
            ..Article::default()
        })
        .0
    }

    fn marked(c: &QuoteContext) -> Vec<&str> {
        c.marks.iter().map(|m| &c.text[m.clone()]).collect()
    }

    #[test]
    fn shows_the_title_date_speaker_and_the_paragraph_with_the_quote_marked() {
        let paragraphs = vec!["First.".into(), "The mayor said “we sail on time” and left.".into()];
        let quote = Quote { text: "we sail on time".into(), speaker: Some("Choi".into()), paragraph: 1 };
        let article = stored(paragraphs, vec![quote]);
        let c = QuoteContext::new(QuoteAt { article: 0, quote: 0 }, &article, "Choi", 20);
        let texts: Vec<(ContextPart, &str)> = c.lines.iter().map(|l| (l.part, c.line_text(l))).collect();
        assert_eq!(texts[0], (ContextPart::Title, "Ferry sails"));
        assert_eq!(texts[1], (ContextPart::Meta, "2026-01-12 09:20 ·"));
        assert!(texts.contains(&(ContextPart::Speaker, "Choi · paragraph 2")), "{texts:?}");
        assert!(texts.contains(&(ContextPart::Body, "The mayor said “we")), "{texts:?}");
        assert_eq!(marked(&c), ["we sail on time"]);
        assert_eq!(c.lines[c.first_mark_line()].part, ContextPart::Body);
        assert!(c.line_text(&c.lines[c.first_mark_line()]).contains("“we"));
    }

    #[test]
    fn a_quote_over_two_paragraphs_is_marked_in_both() {
        let paragraphs = vec!["“one two".into(), "“three four,” he said.".into()];
        let quote = Quote { text: "one two three four".into(), speaker: None, paragraph: 0 };
        let article = stored(paragraphs, vec![quote]);
        let c = QuoteContext::new(QuoteAt { article: 0, quote: 0 }, &article, "(unknown)", 40);
        assert_eq!(marked(&c), ["one two", "three four"]);
    }

    #[test]
    fn a_huge_paragraph_is_cut_to_a_window_around_the_quote() {
        let filler = "word ".repeat(200_000);
        let paragraph = format!("{filler}“here it is” {filler}");
        let quote = Quote { text: "here it is".into(), speaker: Some("Kim".into()), paragraph: 0 };
        let article = stored(vec![paragraph], vec![quote]);
        let c = QuoteContext::new(QuoteAt { article: 0, quote: 0 }, &article, "Kim", 60);
        assert!(c.text.len() < WINDOW + 200, "{}", c.text.len());
        assert_eq!(marked(&c), ["here it is"]);
        assert!(c.text.contains("\n…word word"), "{}", &c.text[..80]);
        assert!(c.text.trim_end().ends_with("word word…"), "{}", &c.text[c.text.len() - 80..]);
    }
}
