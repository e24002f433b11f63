//! The article as the reader keeps it. The parser's [`Article`] is the model of FORMAT.md,
//! made to be printed; the reader keeps 100,000 of them and searches them all at each
//! keystroke, so it keeps each in another shape: the paragraphs packed into one string with
//! the title and captions after them (`body.rs`), each quote as a place in its paragraph
//! rather than a copy of its words ([`StoredQuote`]), and no tags (the corpus files them by
//! id). Every field is read through a method that knows where it is kept: there is no field
//! that packing leaves empty for a caller to read by mistake.

use std::borrow::Cow;
use std::sync::Arc;

use super::body::{Block, PackedBody};
use super::{Article, Caption, StoredQuote};
use crate::text::{clean, is_unsafe_char};

/// An article as the reader keeps it; made by [`StoredArticle::new`] or
/// [`store_together`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredArticle {
    id: String,
    path: Option<String>,
    url: Option<String>,
    title: String,
    published: Option<String>,
    source: Option<String>,
    byline: Option<String>,
    captions: Box<[Caption]>,
    quotes: Box<[StoredQuote]>,
    warnings: Box<[String]>,
    body: Body,
    /// Whether any searchable field (title, captions, body, quotes) holds KELVIN SIGN or LONG
    /// S, which match `k` and `s` without regard to case: a search for an ASCII query in an
    /// article without them need not look for them ([`crate::search`]). Known once packed.
    case_signs: bool,
    /// Whether a quote keeps its own copy of its words: a search need not look at the quotes
    /// of the others. Known once packed.
    quote_text: bool,
    /// What finds the article's reading state (`crate::store::key`), set by the loader; 0
    /// until known.
    state_id: u64,
}

/// Where the paragraphs are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Body {
    Packed(PackedBody),
    /// As parsed: an article without paragraphs (the light pass lists titles only), or one
    /// too long for the packed body's 32-bit offsets.
    Unpacked(Box<[String]>),
}

/// An article taken apart for storing: its fields, quotes placed, paragraphs still apart
/// (until packed), and its tags. Boxed from the start, as every caller keeps it boxed: the
/// light pass stores 100,000 of them, and a move of one is a copy of 200-odd bytes.
struct Parts {
    stored: Box<StoredArticle>,
    paragraphs: Vec<String>,
    tags: Vec<String>,
}

/// The bytes packing takes: the paragraphs, then the title and each caption, each after a `\n`.
fn packed_len(part: &Parts) -> usize {
    let stored = &part.stored;
    let others = stored.title.len() + 1 + stored.captions.iter().map(|c| c.text.len() + 1).sum::<usize>();
    part.paragraphs.iter().map(|p| p.len() + 1).sum::<usize>() - 1 + others
}

/// The stored article (its paragraphs kept apart if they were not packed), and its tags.
#[inline]
fn finish(part: Parts) -> (Box<StoredArticle>, Vec<String>) {
    let mut stored = part.stored;
    if !part.paragraphs.is_empty() {
        stored.body = Body::Unpacked(part.paragraphs.into_boxed_slice());
    }
    (stored, part.tags)
}

/// Stores `articles` ([`StoredArticle`]), packing the bodies of those with paragraphs into one
/// shared block in their order; each comes with its tags, for the corpus to file.
pub fn store_together(articles: Vec<Article>) -> Vec<(Box<StoredArticle>, Vec<String>)> {
    let mut parts: Vec<Parts> = articles.into_iter().map(take_apart).collect();
    pack(&mut parts);
    parts.into_iter().map(finish).collect()
}

/// Packs the paragraphs of `parts` into one block. Offsets are 32-bit: bodies that together
/// pass 4 GiB are packed each alone, and one that passes it alone stays unpacked.
fn pack(parts: &mut [Parts]) {
    if parts.iter().all(|p| p.paragraphs.is_empty()) {
        // Nothing to pack (the light pass lists pages without their bodies): no block at all.
        return;
    }
    let total: usize = parts.iter().filter(|p| !p.paragraphs.is_empty()).map(packed_len).sum();
    if u32::try_from(total).is_err() {
        if parts.len() > 1 {
            parts.chunks_mut(1).for_each(pack);
        }
        return;
    }
    let mut text = String::with_capacity(total);
    let mut placed = Vec::new();
    for (i, part) in parts.iter_mut().enumerate() {
        if part.paragraphs.is_empty() {
            continue;
        }
        let start = text.len();
        let mut ends = Vec::with_capacity(part.paragraphs.len());
        for paragraph in std::mem::take(&mut part.paragraphs) {
            if !ends.is_empty() {
                text.push('\n');
            }
            text.push_str(&paragraph);
            ends.push((text.len() - start) as u32);
        }
        let stored = &part.stored;
        for field in std::iter::once(&stored.title).chain(stored.captions.iter().map(|c| &c.text)) {
            text.push('\n');
            text.push_str(field);
        }
        placed.push((i, start as u32, ends.into_boxed_slice(), (text.len() - start) as u32));
    }
    let block: Block = Arc::new(text);
    for (i, start, ends, searchable) in placed {
        let stored = &mut parts[i].stored;
        stored.body = Body::Packed(PackedBody::new(Arc::clone(&block), start, ends, searchable));
        stored.note_what_packing_tells();
    }
}

/// The fields of `article` as a stored article keeps them, the room parsing reserved beyond
/// the text given back (about 5% of an article); the body is still to be packed.
#[inline]
fn take_apart(mut article: Article) -> Parts {
    made_safe(&mut article);
    let Article {
        id,
        path,
        url,
        mut title,
        published,
        source,
        byline,
        mut captions,
        paragraphs,
        quotes,
        tags,
        warnings,
    } = article;
    // The light pass lists 100,000 pages without quotes: no iterator to set up for them.
    let quotes = if quotes.is_empty() {
        Box::default()
    } else {
        // Quotes come in reading order: a quote is looked for after the one before it in the
        // same paragraph, so that the same words said twice are two places, not one.
        let mut after = (usize::MAX, 0);
        quotes
            .into_iter()
            .map(|q| {
                let in_paragraph = paragraphs.get(q.paragraph).map(String::as_str);
                let from = if after.0 == q.paragraph { after.1 } else { 0 };
                let quote = StoredQuote::new(q.text, q.speaker, q.paragraph, in_paragraph, from);
                if let Some(place) = quote.place() {
                    after = (q.paragraph, place.end);
                }
                quote
            })
            .collect()
    };
    title.shrink_to_fit();
    captions.iter_mut().for_each(|c| c.text.shrink_to_fit());
    let stored = Box::new(StoredArticle {
        id,
        path,
        url,
        title,
        published,
        source,
        byline,
        captions: captions.into_boxed_slice(),
        quotes,
        warnings: warnings.into_boxed_slice(),
        body: Body::Unpacked(Box::default()),
        case_signs: true,
        quote_text: true,
        state_id: 0,
    });
    Parts { stored, paragraphs, tags }
}

/// Every text field of `article` that holds an escape sequence or a control character
/// cleaned ([`clean`]) before it is kept: the parser cleans what it reads, but an article may
/// come another way, and the reader marks quotes and search matches by byte ranges, which must
/// fall on the text that is shown. A line end or a tab is kept: the screen shows it as a space,
/// one byte for one, so no range moves.
fn made_safe(article: &mut Article) {
    fn field(text: &mut String) {
        let removable = |c: char| is_unsafe_char(c) && !matches!(c, '\n' | '\t' | '\r');
        if may_hold_unsafe(text)
            && text.contains(removable)
            && let Cow::Owned(cleaned) = clean(text)
        {
            *text = cleaned;
        }
    }
    let Article { id, path, url, title, published, source, byline, captions, paragraphs, quotes, tags, warnings } =
        article;
    [id, title].into_iter().for_each(field);
    [path, url, published, source, byline].into_iter().flatten().for_each(field);
    for caption in captions {
        field(&mut caption.text);
        caption.credit.iter_mut().for_each(field);
    }
    for quote in quotes {
        field(&mut quote.text);
        quote.speaker.iter_mut().for_each(field);
    }
    paragraphs.iter_mut().chain(tags).chain(warnings).for_each(field);
}

/// Whether `text` may hold a character [`made_safe`] removes: a C0 control but a line end or a
/// tab, DEL, a C1 control (`C2 80`–`C2 9F`) or a bidirectional control (`E2 80 AA`–`AE`,
/// `E2 81 A6`–`A9`). Bytes checked wide, and the lead bytes found by `memchr`, before any
/// character is decoded: nearly every field has none of them.
fn may_hold_unsafe(text: &str) -> bool {
    let bytes = text.as_bytes();
    let control = bytes.chunks(64).any(|chunk| {
        chunk
            .iter()
            .fold(false, |seen, &b| seen | ((b < 0x20) & (b != b'\n') & (b != b'\t') & (b != b'\r')) | (b == 0x7f))
    });
    control
        || memchr::memchr2_iter(0xc2, 0xe2, bytes).any(|i| {
            let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
            match bytes[i] {
                0xc2 => (0x80..=0x9f).contains(&next(1)),
                _ => matches!((next(1), next(2)), (0x80, 0xaa..=0xae) | (0x81, 0xa6..=0xa9)),
            }
        })
}

impl StoredArticle {
    /// Stores `article` alone; its tags come back, for the corpus to file.
    #[inline]
    pub fn new(article: Article) -> (Box<StoredArticle>, Vec<String>) {
        let mut part = take_apart(article);
        if !part.paragraphs.is_empty() {
            pack(std::slice::from_mut(&mut part));
        }
        finish(part)
    }

    /// `article` stored with its paragraphs apart, as a body too long for packing is: for
    /// tests of the ways that read such a body.
    #[cfg(test)]
    pub(crate) fn new_unpacked(article: Article) -> StoredArticle {
        *finish(take_apart(article)).0
    }

    /// Sets what can only be told cheaply once the body is packed.
    fn note_what_packing_tells(&mut self) {
        let signs = |field: &str| field.contains(['\u{212A}', '\u{17F}']);
        self.case_signs =
            self.packed_searchable().is_some_and(signs) || self.quotes.iter().any(|q| q.own_words().is_some_and(signs));
        self.quote_text = self.quotes.iter().any(|q| q.own_words().is_some_and(|w| !w.is_empty()));
    }

    /// Stable across runs: derived from the file's content.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// What finds the article's reading state (`crate::store::key`); 0 until the loader knows.
    pub fn state_id(&self) -> u64 {
        self.state_id
    }

    /// Sets what finds the article's reading state.
    pub fn set_state_id(&mut self, id: u64) {
        self.state_id = id;
    }

    /// The file it came from, if any.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The article's address, when the input gave one.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    /// ISO 8601, as [`Article::published`].
    pub fn published(&self) -> Option<&str> {
        self.published.as_deref()
    }

    /// The outlet.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    pub fn byline(&self) -> Option<&str> {
        self.byline.as_deref()
    }

    pub fn captions(&self) -> &[Caption] {
        &self.captions
    }

    /// Direct speech, in reading order.
    pub fn quotes(&self) -> &[StoredQuote] {
        &self.quotes
    }

    /// What the parser had to guess, repair or drop.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The words of one of this article's quotes, wherever they are kept.
    pub fn quote_text<'a>(&'a self, quote: &'a StoredQuote) -> &'a str {
        match (quote.place(), quote.own_words()) {
            (Some(place), _) => self.paragraph(quote.paragraph()).and_then(|p| p.get(place)).unwrap_or(""),
            (None, words) => words.unwrap_or(""),
        }
    }

    /// How many paragraphs the body has.
    pub fn paragraph_count(&self) -> usize {
        match &self.body {
            Body::Packed(packed) => packed.paragraph_count(),
            Body::Unpacked(paragraphs) => paragraphs.len(),
        }
    }

    /// Paragraph `i` of the body.
    pub fn paragraph(&self, i: usize) -> Option<&str> {
        match &self.body {
            Body::Packed(packed) => packed.paragraph(i),
            Body::Unpacked(paragraphs) => paragraphs.get(i).map(String::as_str),
        }
    }

    /// The paragraphs of the body in order.
    pub fn paragraph_texts(&self) -> impl Iterator<Item = &str> + Clone {
        (0..self.paragraph_count()).filter_map(|i| self.paragraph(i))
    }

    /// The paragraphs joined by `\n`, when the body is packed.
    pub fn packed_body(&self) -> Option<&str> {
        match &self.body {
            Body::Packed(packed) => Some(packed.body()),
            Body::Unpacked(_) => None,
        }
    }

    /// The packed body, then the title and each caption, all joined by `\n`, as a search
    /// reads them; `None` when the body is not packed. The title and captions are a copy
    /// (about 16 MB at 100,000 articles), kept next to the body so that an article's text is
    /// one read.
    pub fn packed_searchable(&self) -> Option<&str> {
        match &self.body {
            Body::Packed(packed) => Some(packed.searchable()),
            Body::Unpacked(_) => None,
        }
    }

    /// Whether byte `at` of the packed body is the `\n` between two paragraphs (not one of a
    /// paragraph's own).
    pub fn is_paragraph_break(&self, at: usize) -> bool {
        match &self.body {
            Body::Packed(packed) => packed.is_paragraph_break(at),
            Body::Unpacked(_) => false,
        }
    }

    /// Whether a searchable field may hold KELVIN SIGN or LONG S (known once packed).
    pub fn may_hold_case_signs(&self) -> bool {
        self.case_signs
    }

    /// Whether a quote may hold its own words, not only a place in its paragraph (known once
    /// packed).
    pub fn may_hold_quote_text(&self) -> bool {
        self.quote_text
    }

    /// Whether both bodies are packed in the same block.
    #[cfg(test)]
    fn shares_block(&self, other: &StoredArticle) -> bool {
        match (&self.body, &other.body) {
            (Body::Packed(a), Body::Packed(b)) => a.shares_block(b),
            _ => false,
        }
    }
}

#[cfg(test)]
#[path = "stored_tests.rs"]
mod tests;

#[path = "record.rs"]
mod record;

pub use record::ArticleRecord;

/// A stored article with its tags' names, as the loader and the cache hand them on.
pub type Tagged = (Box<StoredArticle>, Vec<String>);
