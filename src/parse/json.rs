//! JSON input: one article object, an array of them, or JSON Lines, in the model's shape.
//! What `tidings parse` prints loads back unchanged; text from elsewhere is sanitised like a
//! page's, so no control character gets through.

use std::borrow::Cow;

use serde_json::Value;

use crate::article::{Article, Caption, Quote, Records};
use crate::error::Error;
use crate::text::clean_counted;

/// The articles of a JSON or JSON Lines file, and its records that could not be read: a bad
/// line of JSON Lines or a bad item of an array is reported with its place, the others load.
pub fn articles(bytes: &[u8], lines: bool) -> Result<Records, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| Error::Json(format!("not UTF-8: {e}")))?;
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    if lines {
        return Records::collect(json_lines(text));
    }
    document(text)
}

/// A single value: an object or an array of objects; JSON Lines when it is several values (the
/// error of the whole when no line reads alone, as in a cut pretty-printed object).
fn document(text: &str) -> Result<Records, Error> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => {
            Records::collect(items.into_iter().enumerate().map(|(i, v)| (format!("item {}", i + 1), article(v, text))))
        }
        Ok(value) => article(value, text).map(|a| Records::from(vec![a])),
        Err(e) if e.is_data() || text.trim_start().starts_with('[') => Err(Error::Json(e.to_string())),
        Err(e) => Records::collect(json_lines(text)).map_err(|_| Error::Json(e.to_string())),
    }
}

/// Each line that is not blank, read alone: `(line N, its article or why not)`.
fn json_lines(text: &str) -> impl Iterator<Item = (String, Result<Article, Error>)> + '_ {
    text.lines().enumerate().filter(|(_, line)| !line.trim().is_empty()).map(|(n, line)| {
        let read = serde_json::from_str(line).map_err(|e| Error::Json(at_column(&e))).and_then(|v| article(v, line));
        (format!("line {}", n + 1), read)
    })
}

/// serde_json counts lines within the one line it was given: say the column alone (the record's
/// place says the line).
fn at_column(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let location = format!(" at line {} column {}", e.line(), e.column());
    let message = message.strip_suffix(&location).unwrap_or(&message);
    format!("{message} at column {}", e.column())
}

fn article(value: Value, raw: &str) -> Result<Article, Error> {
    if !value.is_object() {
        return Err(Error::Json("expected an article object".into()));
    }
    let mut article: Article = serde_json::from_value(value).map_err(|e| Error::Json(e.to_string()))?;
    if article.title.trim().is_empty() {
        return Err(Error::Json("an article has no title".into()));
    }
    if article.id.is_empty() {
        article.id = Article::id_for(raw.as_bytes());
    }
    let removed = sanitize(&mut article);
    if removed > 0 {
        article
            .warnings
            .push(format!("removed {removed} escape sequence(s) or control character(s) from the JSON text"));
    }
    Ok(article)
}

/// Cleans every text field with [`clean_counted`] (escape sequences removed whole, other
/// controls and bidi overrides removed, a line end or tab made a space); returns how many
/// sequences and characters were removed.
pub fn sanitize(article: &mut Article) -> usize {
    let mut removed = 0;
    let mut clean = |s: &mut String| {
        if let (Cow::Owned(cleaned), n) = clean_counted(s) {
            removed += n;
            *s = cleaned;
        }
    };
    let Article { id, path, url, title, published, source, byline, captions, paragraphs, quotes, tags, warnings } =
        article;
    for s in [id, title].into_iter().chain([path, url, published, source, byline].into_iter().flatten()) {
        clean(s);
    }
    for Caption { text, credit } in captions {
        clean(text);
        credit.iter_mut().for_each(&mut clean);
    }
    for Quote { text, speaker, .. } in quotes {
        clean(text);
        speaker.iter_mut().for_each(&mut clean);
    }
    paragraphs.iter_mut().chain(tags).chain(warnings).for_each(clean);
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The articles read, when every record was good.
    fn all(bytes: &[u8], lines: bool) -> Result<Vec<Article>, Error> {
        let records = articles(bytes, lines)?;
        assert!(records.bad.is_empty(), "{:?}", records.bad);
        Ok(records.articles)
    }

    #[test]
    fn object_array_and_lines() {
        assert_eq!(all(br#"{"title":"A"}"#, false).unwrap()[0].title, "A");
        assert_eq!(all(br#"[{"title":"A"},{"title":"B"}]"#, false).unwrap().len(), 2);
        assert_eq!(all(b"{\"title\":\"A\"}\n\n{\"title\":\"B\"}\n", false).unwrap().len(), 2);
        assert_eq!(all(b"{\"title\":\"A\"}\n", true).unwrap().len(), 1);
    }

    #[test]
    fn a_bad_line_loses_only_itself_and_is_reported_with_its_number() {
        let file = b"{\"title\":\"A\"}\n{\"title\":\"B\", \"paragraphs\": [\"cut sho\n\n{\"title\":\"C\"}\n{oops\n";
        let records = articles(file, true).unwrap();
        let titles: Vec<&str> = records.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["A", "C"]);
        let bad: Vec<String> = records.bad.iter().map(ToString::to_string).collect();
        assert_eq!(bad.len(), 2, "{bad:?}");
        assert!(bad[0].starts_with("line 2: not an article in JSON: EOF while parsing"), "{bad:?}");
        assert!(bad[1].starts_with("line 5: not an article in JSON: key must be a string at column 2"), "{bad:?}");
        // The same file not named `.jsonl` reads the same way.
        assert_eq!(articles(file, false).unwrap().articles.len(), 2);
        // An array's bad item is named by its place in it.
        let array = articles(br#"[{"title":"A"}, {"paragraphs":["x"]}, {"title":"C"}]"#, false).unwrap();
        assert_eq!(
            (array.articles.len(), array.bad[0].to_string()),
            (2, "item 2: not an article in JSON: an article has no title".to_string())
        );
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let lines = articles(b"{oops\n{\"title\":", true).unwrap_err().to_string();
        assert!(lines.starts_with("line 1: not an article in JSON: key must be a string at column 2"), "{lines}");
        assert!(articles(br#"{"paragraphs":["x"]}"#, false).unwrap_err().to_string().contains("no title"));
        assert!(articles(br#"{"title": 3}"#, false).is_err());
        assert!(articles(b"[1]", false).is_err());
        assert!(matches!(articles(b"  ", false), Err(Error::Empty)));
    }

    #[test]
    fn controls_in_json_text_are_removed_with_a_warning() {
        let a = &all(br#"{"title":"A\u001b[2J\u202eB","paragraphs":["x\ny"],"tags":["t\u0007"]}"#, false).unwrap()[0];
        // The escape sequence goes whole: no `[2J` is left of it.
        assert_eq!(a.title, "AB");
        assert_eq!(a.paragraphs, ["x y"]);
        assert_eq!(a.tags, ["t"]);
        assert_eq!(a.warnings.len(), 1);
    }

    #[test]
    fn a_missing_id_is_derived_from_the_record() {
        let a = all(br#"{"title":"A"}"#, false).unwrap();
        let b = all(br#"{"title":"A"}"#, false).unwrap();
        assert_eq!(a[0].id, b[0].id);
        assert_eq!(a[0].id.len(), 16);
    }
}
