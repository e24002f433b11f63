//! The article model of `shared/FORMAT.md`: what `tidings parse` prints and the reader shows.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// One parsed article. Field order is the order of the JSON contract.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Article {
    /// Stable across runs: derived from the file's content.
    pub id: String,
    /// The file it came from, if any.
    pub path: Option<String>,
    /// The article's address when the input gives one (HTML, feeds, scrapers' JSON, a page
    /// text's canonical-URL line).
    pub url: Option<String>,
    pub title: String,
    /// ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS]`, plus an offset when the page states a zone.
    pub published: Option<String>,
    /// The outlet.
    pub source: Option<String>,
    pub byline: Option<String>,
    pub captions: Vec<Caption>,
    /// The body alone.
    pub paragraphs: Vec<String>,
    /// Direct speech, in reading order.
    pub quotes: Vec<Quote>,
    /// Without `#`, in page order, duplicates dropped.
    pub tags: Vec<String>,
    /// What the parser had to guess, repair or drop, in words a user understands.
    pub warnings: Vec<String>,
    /// The paragraphs in one string, once [`Article::pack_paragraphs`] has moved them there
    /// (`paragraphs` is then empty). Not part of the JSON model; read the body through
    /// [`Article::paragraph`] and [`Article::paragraph_texts`].
    #[serde(skip)]
    pub packed: PackedParagraphs,
}

/// An article's paragraphs in one string, each followed by `\n` but the last: a search reads
/// an article's body in one pass over contiguous memory, about twice as fast over 100,000
/// articles as paragraph by paragraph (each its own allocation, its own call), and a paragraph
/// costs four bytes instead of a `String`'s twenty-four. The string is part of a block shared
/// by the articles packed together ([`pack_together`]): the reader's loader packs each batch of
/// full parses into one, so the bodies lie one after the other, and none is rounded up to the
/// allocator's next size (a 4.1 KB body took a 5 KiB allocation).
#[derive(Debug, Clone, Default)]
pub struct PackedParagraphs {
    block: Arc<str>,
    /// Where the body starts in `block`.
    start: u32,
    /// Where each paragraph ends, from `start`: the last is the body's length.
    ends: Box<[u32]>,
    /// The length of the body and, after it, the title and each caption, each after a `\n`: a
    /// search reads all of them in one pass ([`Article::packed_searchable`]).
    searchable: u32,
    /// Whether any searchable field of the article (title, captions, body, quotes) holds KELVIN
    /// SIGN or LONG S, which match `k` and `s` without regard to case: a search for an ASCII
    /// query in an article without them need not look for them ([`crate::search`]).
    case_signs: bool,
    /// Whether a quote keeps its own copy of its words (one that runs over paragraphs, see
    /// [`Article::share_quote_text`]): a search need not read the others, 72 bytes each.
    quote_text: bool,
}

impl PackedParagraphs {
    /// The whole body, paragraphs joined by `\n`.
    fn body(&self) -> &str {
        let start = self.start as usize;
        let len = self.ends.last().map_or(0, |&end| end as usize);
        self.block.get(start..start + len).unwrap_or("")
    }

    /// The body, then the title and the captions, joined by `\n`.
    fn searchable(&self) -> &str {
        let start = self.start as usize;
        self.block.get(start..start + self.searchable as usize).unwrap_or("")
    }

    /// Paragraph `i`: from after the previous one's `\n` to its end.
    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i.checked_sub(1) {
            Some(before) => self.ends[before] as usize + 1,
            None => 0,
        };
        self.body().get(start..end)
    }
}

/// Equal when the bodies are, wherever their blocks are.
impl PartialEq for PackedParagraphs {
    fn eq(&self, other: &Self) -> bool {
        self.searchable() == other.searchable()
            && self.ends == other.ends
            && (self.case_signs, self.quote_text) == (other.case_signs, other.quote_text)
    }
}

impl Eq for PackedParagraphs {}

/// Packs the paragraphs of `articles` ([`Article::pack_paragraphs`]) into one shared block, in
/// their order. Articles packed already or without paragraphs are left as they are.
pub fn pack_together(articles: &mut [&mut Article]) {
    let waiting = |a: &Article| !a.paragraphs.is_empty() && a.packed.ends.is_empty();
    let others = |a: &Article| a.title.len() + 1 + a.captions.iter().map(|c| c.text.len() + 1).sum::<usize>();
    let body_len = |a: &Article| a.paragraphs.iter().map(|p| p.len() + 1).sum::<usize>() - 1 + others(a);
    let total: usize = articles.iter().filter(|a| waiting(a)).map(|a| body_len(a)).sum();
    if u32::try_from(total).is_err() {
        // Offsets are 32-bit: each alone (a body too long even so stays as it is).
        if articles.len() > 1 {
            articles.iter_mut().for_each(|a| pack_together(&mut [&mut **a]));
        }
        return;
    }
    let mut text = String::with_capacity(total);
    let mut placed = Vec::new();
    for (i, article) in articles.iter_mut().enumerate() {
        if !waiting(article) {
            continue;
        }
        let start = text.len();
        let mut ends = Vec::with_capacity(article.paragraphs.len());
        for paragraph in std::mem::take(&mut article.paragraphs) {
            if !ends.is_empty() {
                text.push('\n');
            }
            text.push_str(&paragraph);
            ends.push((text.len() - start) as u32);
        }
        for field in std::iter::once(&article.title).chain(article.captions.iter().map(|c| &c.text)) {
            text.push('\n');
            text.push_str(field);
        }
        placed.push((i, start as u32, ends.into_boxed_slice(), (text.len() - start) as u32));
    }
    let block: Arc<str> = Arc::from(text);
    for (i, start, ends, searchable) in placed {
        let article = &mut *articles[i];
        let block = Arc::clone(&block);
        article.packed = PackedParagraphs { block, start, ends, searchable, case_signs: false, quote_text: false };
        let signs = |field: &str| field.contains(['\u{212A}', '\u{17F}']);
        article.packed.case_signs = signs(article.packed.body())
            || signs(&article.title)
            || article.captions.iter().any(|c| signs(&c.text))
            || article.quotes.iter().any(|q| signs(&q.text));
        article.packed.quote_text = article.quotes.iter().any(|q| !q.text.is_empty());
    }
}

/// A photo caption with its credit split off.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Caption {
    pub text: String,
    pub credit: Option<String>,
}

/// One quotation of direct speech.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quote {
    /// The words inside the marks, without the marks and without a trailing comma.
    pub text: String,
    /// The person's fullest name in the article, or `None` when the text does not say who.
    pub speaker: Option<String>,
    /// 0-based index of the paragraph where the quote starts.
    pub paragraph: usize,
    /// Where the words stand in that paragraph, byte start and end, once
    /// [`Article::share_quote_text`] has dropped the copy in `text` (which is then empty). Not
    /// part of the JSON model; read a quote's words through [`Article::quote_text`].
    #[serde(skip)]
    pub in_paragraph: Option<(u32, u32)>,
}

impl Article {
    /// The words of one of this article's quotes, wherever they are kept.
    pub fn quote_text<'a>(&'a self, quote: &'a Quote) -> &'a str {
        match quote.in_paragraph {
            Some((start, end)) => {
                self.paragraph(quote.paragraph).and_then(|p| p.get(start as usize..end as usize)).unwrap_or("")
            }
            None => &quote.text,
        }
    }

    /// How many paragraphs the body has, wherever they are kept.
    pub fn paragraph_count(&self) -> usize {
        if self.packed.ends.is_empty() { self.paragraphs.len() } else { self.packed.ends.len() }
    }

    /// Paragraph `i` of the body, wherever the paragraphs are kept.
    pub fn paragraph(&self, i: usize) -> Option<&str> {
        paragraph_of(&self.paragraphs, &self.packed, i)
    }

    /// The paragraphs of the body in order, wherever they are kept.
    pub fn paragraph_texts(&self) -> impl Iterator<Item = &str> {
        (0..self.paragraph_count()).filter_map(|i| self.paragraph(i))
    }

    /// Whether a searchable field may hold KELVIN SIGN or LONG S (known once packed).
    pub fn may_hold_case_signs(&self) -> bool {
        self.packed.ends.is_empty() || self.packed.case_signs
    }

    /// Whether a quote may hold its own words, not only a place in its paragraph (known once
    /// packed).
    pub fn may_hold_quote_text(&self) -> bool {
        self.packed.ends.is_empty() || self.packed.quote_text
    }

    /// The packed paragraphs, joined by `\n` ([`Article::pack_paragraphs`]); `None` before.
    pub fn packed_body(&self) -> Option<&str> {
        (!self.packed.ends.is_empty()).then(|| self.packed.body())
    }

    /// The packed body, then the title and each caption, all joined by `\n`, as a search reads
    /// them; `None` before packing. The title and captions are a copy (about 16 MB at 100,000
    /// articles), kept next to the body so that an article's text is one read.
    pub fn packed_searchable(&self) -> Option<&str> {
        (!self.packed.ends.is_empty()).then(|| self.packed.searchable())
    }

    /// Whether byte `at` of the packed body is the `\n` between two paragraphs (not one of a
    /// paragraph's own).
    pub fn is_paragraph_break(&self, at: usize) -> bool {
        u32::try_from(at).is_ok_and(|at| self.packed.ends.binary_search(&at).is_ok())
    }

    /// Moves the paragraphs into one string ([`PackedParagraphs`]), as the reader does to
    /// the articles it keeps. A body too long for 32-bit offsets stays as it is.
    pub fn pack_paragraphs(&mut self) {
        pack_together(&mut [self]);
    }

    /// Drops the copy of each quote's words that its paragraph already holds (most quotes: all
    /// but those running over several paragraphs), keeping where they are instead. The reader
    /// does this to the articles it keeps: quotes are about a sixth of an article's text.
    pub fn share_quote_text(&mut self) {
        for quote in &mut self.quotes {
            let Some(paragraph) = paragraph_of(&self.paragraphs, &self.packed, quote.paragraph) else { continue };
            if quote.text.is_empty() {
                continue;
            }
            let Some(start) = paragraph.find(quote.text.as_str()) else { continue };
            let (Ok(from), Ok(to)) = (u32::try_from(start), u32::try_from(start + quote.text.len())) else { continue };
            quote.in_paragraph = Some((from, to));
            quote.text = String::new();
        }
        self.packed.quote_text = self.quotes.iter().any(|q| !q.text.is_empty());
    }

    /// A stable id from the bytes an article was read from (64-bit xxh3, hex).
    pub fn id_for(bytes: &[u8]) -> String {
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
    }
}

/// Paragraph `i` from the list, or from the packed string once the list was moved there.
fn paragraph_of<'a>(paragraphs: &'a [String], packed: &'a PackedParagraphs, i: usize) -> Option<&'a str> {
    if packed.ends.is_empty() { paragraphs.get(i).map(String::as_str) } else { packed.get(i) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_quote_text_reads_the_same() {
        let quote = |text: &str, paragraph| Quote { text: text.into(), paragraph, ..Quote::default() };
        let mut article = Article {
            paragraphs: vec!["“It works,” she said.".into(), "“Part one".into(), "“part two.”".into()],
            quotes: vec![quote("It works", 0), quote("Part one part two.", 1), quote("", 0), quote("x", 9)],
            ..Article::default()
        };
        let before: Vec<String> = article.quotes.iter().map(|q| article.quote_text(q).to_string()).collect();
        article.share_quote_text();
        let after: Vec<String> = article.quotes.iter().map(|q| article.quote_text(q).to_string()).collect();
        assert_eq!(before, after);
        assert_eq!(article.quotes[0].text, "");
        assert_eq!(article.quotes[0].in_paragraph, Some((3, 11)));
        // Over two paragraphs, the words are not in one of them: the copy stays.
        assert_eq!(article.quotes[1].in_paragraph, None);
        article.pack_paragraphs();
        let packed: Vec<String> = article.quotes.iter().map(|q| article.quote_text(q).to_string()).collect();
        assert_eq!(before, packed);
    }

    #[test]
    fn packing_notes_signs_that_match_ascii_letters_in_any_field() {
        let packed = |article: Article| {
            let mut article = Article { paragraphs: vec!["body".into()], ..article };
            article.pack_paragraphs();
            article.may_hold_case_signs()
        };
        assert!(!packed(Article::default()));
        assert!(packed(Article { title: "\u{212A}elvin".into(), ..Article::default() }));
        assert!(packed(Article { captions: vec![Caption { text: "ſ".into(), credit: None }], ..Article::default() }));
        assert!(packed(Article {
            quotes: vec![Quote { text: "x\u{212A}".into(), ..Quote::default() }],
            ..Article::default()
        }));
        let mut body = Article { paragraphs: vec!["plain".into(), "leſs".into()], ..Article::default() };
        assert!(body.may_hold_case_signs(), "unknown before packing");
        body.pack_paragraphs();
        assert!(body.may_hold_case_signs());
    }

    #[test]
    fn articles_packed_together_read_as_each_packed_alone() {
        let with = |paragraphs: &[&str]| Article {
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            ..Article::default()
        };
        let originals = [with(&["one", "two"]), with(&[]), with(&["", "é\nthree"]), with(&["four"])];
        let mut together = originals.clone();
        together[3].pack_paragraphs();
        let mut refs: Vec<&mut Article> = together.iter_mut().collect();
        pack_together(&mut refs);
        for (original, packed) in originals.iter().zip(&together) {
            let mut alone = original.clone();
            alone.pack_paragraphs();
            assert_eq!(packed, &alone);
            assert_eq!(packed.paragraph_texts().collect::<Vec<_>>(), original.paragraphs);
        }
        // One block for the two packed together; the one packed before keeps its own.
        assert!(Arc::ptr_eq(&together[0].packed.block, &together[2].packed.block));
        assert!(!Arc::ptr_eq(&together[0].packed.block, &together[3].packed.block));
        assert!(together[1].packed_body().is_none());
    }

    #[test]
    fn packed_paragraphs_read_the_same() {
        for paragraphs in [vec![], vec![""], vec!["one"], vec!["", "two\nlines", ""], vec!["a", "", "한국어 b"]] {
            let paragraphs: Vec<String> = paragraphs.into_iter().map(String::from).collect();
            let mut article = Article { paragraphs: paragraphs.clone(), ..Article::default() };
            article.pack_paragraphs();
            assert_eq!(article.paragraphs.is_empty(), article.packed_body().is_some() || paragraphs.is_empty());
            assert_eq!(article.paragraph_count(), paragraphs.len());
            assert_eq!(article.paragraph_texts().collect::<Vec<_>>(), paragraphs);
            assert_eq!(article.paragraph(paragraphs.len()), None);
            if let Some(body) = article.packed_body() {
                assert_eq!(body, paragraphs.join("\n"));
            }
            assert_eq!(article.may_hold_case_signs(), paragraphs.is_empty());
            // Packing twice changes nothing.
            let once = article.clone();
            article.pack_paragraphs();
            assert_eq!(article, once);
        }
    }
}
