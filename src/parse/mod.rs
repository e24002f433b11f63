//! Raw page text -> [`Article`](crate::Article).

pub mod date;
pub mod decode;
pub mod json;
pub mod lexicon;

use crate::article::Article;
use crate::error::Error;

/// Inputs are cut at this size (with a warning) so memory stays bounded.
pub const MAX_INPUT_BYTES: usize = 8 << 20;

pub fn parse_page(bytes: &[u8], path: Option<&str>) -> Result<Article, Error> {
    let decoded = decode::decode(bytes, MAX_INPUT_BYTES)?;
    let first = decoded.text.lines().map(str::trim).find(|l| !l.is_empty()).ok_or(Error::Empty)?;
    Ok(Article {
        id: Article::id_for(bytes),
        path: path.map(Into::into),
        title: first.to_string(),
        warnings: decoded.warnings,
        ..Article::default()
    })
}
