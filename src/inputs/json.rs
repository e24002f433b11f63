//! JSON input, told apart by its fields: tidings' own articles ([`crate::parse::json`]), the
//! JSON that news scrapers write ([`crate::scraped`]) or a JSON Feed ([`crate::feed`]).

use serde_json::Value;

use crate::article::Article;
use crate::error::Error;
use crate::scraped::{self, EXPECTED};
use crate::{feed, parse};

/// The articles of a JSON (or JSON Lines) file named `name`.
pub fn articles(bytes: &[u8], name: &str) -> Result<Vec<Article>, Error> {
    let lines = name.to_ascii_lowercase().ends_with(".jsonl");
    let clean = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(clean) else { return parse::json::articles(bytes, lines) };
    // The first object says what the file is; tidings' own JSON (an archive may hold 100,000
    // articles) is then read as before, in one pass.
    let mut values = serde_json::Deserializer::from_str(text).into_iter::<Value>();
    let first = match values.next() {
        Some(Ok(Value::Array(items))) => items.into_iter().next(),
        Some(Ok(value)) => Some(value),
        _ => None,
    };
    let Some(Value::Object(first)) = first else { return parse::json::articles(bytes, lines) };
    if first.get("version").and_then(Value::as_str).is_some_and(|v| v.contains("jsonfeed.org")) {
        return feed::articles(clean, Some(name));
    }
    if scraped::recognise(&first).is_none() {
        if !first.contains_key("title") {
            return Err(Error::Json(EXPECTED.into()));
        }
        return parse::json::articles(bytes, lines);
    }
    scraped_articles(text, name)
}

/// Every object of a scraper's file (one object, an array, or JSON Lines).
fn scraped_articles(text: &str, name: &str) -> Result<Vec<Article>, Error> {
    let mut out = Vec::new();
    for value in serde_json::Deserializer::from_str(text).into_iter::<Value>() {
        let value = value.map_err(|e| Error::Json(e.to_string()))?;
        let objects = match value {
            Value::Array(items) => items,
            other => vec![other],
        };
        for object in objects {
            let Value::Object(object) = object else { return Err(Error::Json(EXPECTED.into())) };
            let raw = object.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("\n");
            let article = match scraped::recognise(&object) {
                Some(scraper) => scraped::article(scraper, &object, &raw),
                None => parse::json::articles(Value::Object(object).to_string().as_bytes(), false)?.into_iter().next(),
            };
            let mut article = article.ok_or_else(|| Error::Json("an article has no title or text".into()))?;
            article.path = Some(name.to_string());
            out.push(article);
        }
    }
    if out.is_empty() {
        return Err(Error::Empty);
    }
    Ok(out)
}
