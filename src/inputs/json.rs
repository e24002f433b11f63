//! JSON input, told apart by its fields: tidings' own articles ([`crate::parse::json`]), the
//! JSON that news scrapers write ([`crate::scraped`]) or a JSON Feed ([`crate::feed`]).

use serde_json::Value;

use crate::article::{Article, Records};
use crate::error::Error;
use crate::scraped::{self, EXPECTED};
use crate::{feed, parse};

/// The articles of a JSON (or JSON Lines) file named `name`, and its records that could not be
/// read (each with its place: a bad line or item does not lose the others).
pub fn articles(bytes: &[u8], name: &str) -> Result<Records, Error> {
    let lines = name.to_ascii_lowercase().ends_with(".jsonl");
    let clean = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = simdutf8::basic::from_utf8(clean) else { return parse::json::articles(bytes, lines) };
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
        return feed::articles(clean, Some(name)).map(Records::from);
    }
    if scraped::recognise(&first).is_none() {
        if !first.contains_key("title") {
            return Err(Error::Json(EXPECTED.into()));
        }
        return parse::json::articles(bytes, lines);
    }
    scraped_articles(text, name)
}

/// Every object of a scraper's file: one object, an array (each item a record), or JSON Lines
/// (each line a record).
fn scraped_articles(text: &str, name: &str) -> Result<Records, Error> {
    let records: Vec<(String, Result<Value, Error>)> = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => {
            items.into_iter().enumerate().map(|(i, v)| (format!("item {}", i + 1), Ok(v))).collect()
        }
        Ok(value) => vec![(String::new(), Ok(value))],
        Err(_) => text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(n, line)| {
                (format!("line {}", n + 1), serde_json::from_str(line).map_err(|e| Error::Json(e.to_string())))
            })
            .collect(),
    };
    let single = records.len() == 1 && records[0].0.is_empty();
    let read = records.into_iter().map(|(place, value)| (place, value.and_then(|v| scraped_article(v, name))));
    if single {
        // One object: its error is the file's.
        return read.into_iter().next().map_or(Err(Error::Empty), |(_, a)| a.map(|a| Records::from(vec![a])));
    }
    Records::collect(read)
}

/// One object of a scraper's file as an article.
fn scraped_article(value: Value, name: &str) -> Result<Article, Error> {
    let Value::Object(object) = value else { return Err(Error::Json(EXPECTED.into())) };
    let raw = object.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("\n");
    let article = match scraped::recognise(&object) {
        Some(scraper) => scraped::article(scraper, &object, &raw),
        None => parse::json::articles(Value::Object(object).to_string().as_bytes(), false)?.articles.into_iter().next(),
    };
    let mut article = article.ok_or_else(|| Error::Json("an article has no title or text".into()))?;
    article.path = Some(name.to_string());
    Ok(article)
}
