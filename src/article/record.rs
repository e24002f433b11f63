//! A stored article as it is written to the reader's cache (`crate::store::cache`): every
//! field, and its packed text as a place in a block written beside the records, so that the
//! articles read back lie in one block again, as the full parse packed them. Serialised with
//! serde; the block is raw text, read in one piece.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::super::Caption;
use super::super::body::{Block, PackedBody};
use super::super::stored_quote::StoredQuote;
use super::{Body, StoredArticle};

/// A [`StoredArticle`] and its tags, ready to serialise; its packed text is kept in a block
/// of its own (see [`StoredArticle::to_record`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRecord {
    id: String,
    path: Option<String>,
    url: Option<String>,
    title: String,
    published: Option<String>,
    source: Option<String>,
    byline: Option<String>,
    captions: Vec<Caption>,
    quotes: Vec<QuoteRecord>,
    warnings: Vec<String>,
    tags: Vec<String>,
    body: BodyRecord,
    case_signs: bool,
    quote_text: bool,
    state_id: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
enum BodyRecord {
    /// The packed text at `start` in the block: `searchable` bytes, the paragraphs ending at
    /// `ends` (from `start`).
    Packed {
        start: u32,
        ends: Vec<u32>,
        searchable: u32,
    },
    Unpacked(Vec<String>),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct QuoteRecord {
    speaker: Option<String>,
    paragraph: u32,
    /// A place in the paragraph, or the quote's own words.
    words: Result<(u32, u32), String>,
}

impl ArticleRecord {
    /// The tags written with the article.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }
}

impl StoredArticle {
    /// The record of this article with `tags`, its packed text appended to `block`; `None` when
    /// the block would pass 4 GiB (start another).
    pub fn to_record(&self, tags: &[String], block: &mut String) -> Option<ArticleRecord> {
        let body = match &self.body {
            Body::Packed(packed) => {
                let start = u32::try_from(block.len()).ok()?;
                let text = packed.searchable();
                u32::try_from(block.len() + text.len()).ok()?;
                block.push_str(text);
                BodyRecord::Packed { start, ends: packed.ends().to_vec(), searchable: text.len() as u32 }
            }
            Body::Unpacked(paragraphs) => BodyRecord::Unpacked(paragraphs.to_vec()),
        };
        let quotes = self
            .quotes
            .iter()
            .map(|q| QuoteRecord {
                speaker: q.speaker().map(String::from),
                paragraph: q.paragraph() as u32,
                words: match (q.place(), q.own_words()) {
                    (Some(place), _) => Ok((place.start as u32, place.end as u32)),
                    (None, words) => Err(words.unwrap_or_default().to_string()),
                },
            })
            .collect();
        Some(ArticleRecord {
            id: self.id.clone(),
            path: self.path.clone(),
            url: self.url.clone(),
            title: self.title.clone(),
            published: self.published.clone(),
            source: self.source.clone(),
            byline: self.byline.clone(),
            captions: self.captions.to_vec(),
            quotes,
            warnings: self.warnings.to_vec(),
            tags: tags.to_vec(),
            body,
            case_signs: self.case_signs,
            quote_text: self.quote_text,
            state_id: self.state_id,
        })
    }

    /// The article `record` was made from, its packed text read from `block` (the block its
    /// text was appended to), and its tags; `None` when the record's place is not in the block.
    pub fn from_record(record: ArticleRecord, block: &Block) -> Option<(Box<StoredArticle>, Vec<String>)> {
        let ArticleRecord {
            id,
            path,
            url,
            title,
            published,
            source,
            byline,
            captions,
            quotes,
            warnings,
            tags,
            body,
            case_signs,
            quote_text,
            state_id,
        } = record;
        let body = match body {
            BodyRecord::Packed { start, ends, searchable } => {
                let (from, to) = (start as usize, start as usize + searchable as usize);
                let body_end = ends.last().copied()? as usize;
                let in_block = block.get(from..to).is_some() && body_end <= to - from;
                if !in_block || !ends.is_sorted() {
                    return None;
                }
                Body::Packed(PackedBody::new(Arc::clone(block), start, ends.into_boxed_slice(), searchable))
            }
            BodyRecord::Unpacked(paragraphs) => Body::Unpacked(paragraphs.into_boxed_slice()),
        };
        let quotes = quotes
            .into_iter()
            .map(|q| StoredQuote::from_parts(q.speaker, q.paragraph, q.words.map(|(s, e)| s..e)))
            .collect();
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
            body,
            case_signs,
            quote_text,
            state_id,
        });
        Some((stored, tags))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Quote, store_together};

    fn article(n: usize) -> Article {
        Article {
            id: format!("id{n}"),
            path: Some(format!("/news/{n}.txt")),
            url: n.is_multiple_of(2).then(|| format!("https://example.org/{n}")),
            title: format!("Title {n} \u{212A}"),
            published: Some("2026-01-14T08:05".into()),
            source: Some("Daily".into()),
            byline: Some("By Kim".into()),
            captions: vec![Caption { text: format!("Caption {n}"), credit: Some("AP".into()) }],
            paragraphs: vec![format!("First “we will go,” she said {n}."), "Second 둘째.".into()],
            quotes: vec![
                Quote { text: "we will go,".into(), speaker: Some("Kim".into()), paragraph: 0 },
                Quote { text: "not in the text".into(), speaker: None, paragraph: 1 },
            ],
            tags: vec!["korea".into(), format!("t{n}")],
            warnings: vec!["a warning".into()],
        }
    }

    #[test]
    fn articles_come_back_from_their_records_in_one_block() {
        let stored = store_together((0..4).map(article).chain([Article::default()]).collect());
        let mut block = String::new();
        let records: Vec<ArticleRecord> = stored
            .iter()
            .map(|(a, tags)| {
                let mut a = a.clone();
                a.set_state_id(7);
                a.to_record(tags, &mut block).unwrap()
            })
            .collect();
        let bytes = postcard::to_stdvec(&records).unwrap();
        let records: Vec<ArticleRecord> = postcard::from_bytes(&bytes).unwrap();
        let block: Block = Arc::new(block);
        for ((original, tags), record) in stored.iter().zip(records) {
            let (back, back_tags) = StoredArticle::from_record(record, &block).unwrap();
            let mut original = original.clone();
            original.set_state_id(7);
            assert_eq!(*back, *original);
            assert_eq!(&back_tags, tags);
            for quote in back.quotes() {
                assert_eq!(back.quote_text(quote), original.quote_text(quote));
            }
            assert_eq!(back.may_hold_case_signs(), original.may_hold_case_signs());
        }
    }

    #[test]
    fn a_record_whose_place_is_not_in_the_block_is_refused() {
        let (stored, tags) = StoredArticle::new(article(1));
        let mut block = String::new();
        let record = stored.to_record(&tags, &mut block).unwrap();
        let short: Block = Arc::new(block[..block.len() / 2].to_string());
        assert!(StoredArticle::from_record(record.clone(), &short).is_none());
        let whole: Block = Arc::new(block);
        assert!(StoredArticle::from_record(record, &whole).is_some());
    }
}
