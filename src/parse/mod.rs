//! Raw page text -> [`Article`](crate::Article): decode -> lines -> layout -> quotes.

pub mod attribution;
pub mod blocks;
pub mod byline;
pub mod caption;
pub mod chrome;
pub mod cjk;
pub mod cjk_names;
pub mod cjk_words;
pub mod clock;
pub mod comments;
pub mod date;
pub mod dateline;
pub mod decode;
pub mod function_words;
pub mod head;
pub mod headline;
pub mod json;
pub mod layout;
pub mod lexicon;
pub mod lines;
pub mod mentions;
pub mod people;
pub mod phrases;
pub mod quotes;
pub mod references;
pub mod region;
pub mod runs;
pub mod sentences;
pub mod shape;
pub mod single;
pub mod skim;
pub mod speakers;
pub mod speech;
pub mod subjects;
pub mod tags;
pub mod text;
pub mod trailer;
pub mod words;

use crate::article::Article;
use crate::error::Error;

/// Inputs are cut at this size (with a warning) so memory stays bounded.
pub const MAX_INPUT_BYTES: usize = 8 << 20;

/// Parses the bytes of one saved page.
pub fn parse_page(bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
    let decoded = decode::decode(bytes, MAX_INPUT_BYTES)?;
    let mut article = parse_text(&decoded.text).ok_or(Error::Empty)?;
    article.id = Article::id_for(bytes);
    article.path = path.map(Into::into);
    let mut warnings = decoded.warnings;
    warnings.append(&mut article.warnings);
    article.warnings = warnings;
    Ok(article)
}

/// Parses clean text (see [`decode`]); `None` when there is no text at all.
pub fn parse_text(text: &str) -> Option<Article> {
    let layout = layout::lay_out(lines::split(text));
    if layout.title.is_empty() {
        return None;
    }
    let dateline = layout.paragraphs.first().and_then(|p| dateline::credit(p));
    let source = layout.copyright_source.or(dateline).or(layout.trailer_source);
    let captions: Vec<String> = layout.captions.iter().map(|c| c.text.clone()).collect();
    let quotes = speech::quotes(&layout.paragraphs, &captions);
    Some(Article {
        title: layout.title,
        published: layout.published,
        source,
        byline: layout.byline.or_else(|| layout.paragraphs.first().and_then(|p| dateline::reporter(p))),
        captions: layout.captions,
        paragraphs: layout.paragraphs,
        quotes,
        tags: layout.tags,
        ..Article::default()
    })
}
