//! JSON input: one article object, an array of them, or JSON Lines, in the model's shape.
//! What `tidings parse` prints loads back unchanged; text from elsewhere is sanitised like a
//! page's, so no control character gets through.

use serde_json::Value;

use crate::article::{Article, Caption, Quote};
use crate::error::Error;
use crate::text::is_unsafe_char;

/// The articles of a JSON or JSON Lines file.
pub fn articles(bytes: &[u8], lines: bool) -> Result<Vec<Article>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| Error::Json(format!("not UTF-8: {e}")))?;
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    let values = if lines { json_lines(text)? } else { document(text)? };
    values.into_iter().map(|(value, raw)| article(value, raw)).collect()
}

/// A single value: an object or an array of objects; JSON Lines when it is several values.
fn document(text: &str) -> Result<Vec<(Value, &str)>, Error> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => Ok(items.into_iter().map(|v| (v, text)).collect()),
        Ok(value) => Ok(vec![(value, text)]),
        Err(e) if e.is_data() || text.trim_start().starts_with('[') => Err(Error::Json(e.to_string())),
        Err(_) => json_lines(text),
    }
}

fn json_lines(text: &str) -> Result<Vec<(Value, &str)>, Error> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| serde_json::from_str(line).map(|v| (v, line)).map_err(|e| Error::Json(at_line(&e, n + 1))))
        .collect()
}

/// serde_json counts lines within the one line it was given; say where it is in the file.
fn at_line(e: &serde_json::Error, line: usize) -> String {
    let message = e.to_string();
    let location = format!(" at line {} column {}", e.line(), e.column());
    let message = message.strip_suffix(&location).unwrap_or(&message);
    format!("{message} at line {line} column {}", e.column())
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
        article.warnings.push(format!("removed {removed} control character(s) from the JSON text"));
    }
    Ok(article)
}

/// Replaces controls and bidi overrides in every text field with nothing (a newline or tab
/// with a space); returns how many there were.
pub fn sanitize(article: &mut Article) -> usize {
    let mut removed = 0;
    let mut clean = |s: &mut String| {
        if s.chars().any(is_unsafe_char) {
            removed += s.chars().filter(|&c| is_unsafe_char(c) && !matches!(c, '\n' | '\t' | '\r')).count();
            *s = s
                .chars()
                .filter_map(
                    |c| if matches!(c, '\n' | '\t' | '\r') { Some(' ') } else { (!is_unsafe_char(c)).then_some(c) },
                )
                .collect();
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

    #[test]
    fn object_array_and_lines() {
        assert_eq!(articles(br#"{"title":"A"}"#, false).unwrap()[0].title, "A");
        assert_eq!(articles(br#"[{"title":"A"},{"title":"B"}]"#, false).unwrap().len(), 2);
        assert_eq!(articles(b"{\"title\":\"A\"}\n\n{\"title\":\"B\"}\n", false).unwrap().len(), 2);
        assert_eq!(articles(b"{\"title\":\"A\"}\n", true).unwrap().len(), 1);
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let lines = articles(b"{\"title\":\"A\"}\n{oops", true).unwrap_err().to_string();
        assert!(lines.ends_with("key must be a string at line 2 column 2"), "{lines}");
        assert!(articles(br#"{"paragraphs":["x"]}"#, false).unwrap_err().to_string().contains("no title"));
        assert!(articles(br#"{"title": 3}"#, false).is_err());
        assert!(articles(b"[1]", false).is_err());
        assert!(matches!(articles(b"  ", false), Err(Error::Empty)));
    }

    #[test]
    fn controls_in_json_text_are_removed_with_a_warning() {
        let a =
            &articles(br#"{"title":"A\u001b[2J\u202eB","paragraphs":["x\ny"],"tags":["t\u0007"]}"#, false).unwrap()[0];
        assert_eq!(a.title, "A[2JB");
        assert_eq!(a.paragraphs, ["x y"]);
        assert_eq!(a.tags, ["t"]);
        assert_eq!(a.warnings.len(), 1);
    }

    #[test]
    fn a_missing_id_is_derived_from_the_record() {
        let a = articles(br#"{"title":"A"}"#, false).unwrap();
        let b = articles(br#"{"title":"A"}"#, false).unwrap();
        assert_eq!(a[0].id, b[0].id);
        assert_eq!(a[0].id.len(), 16);
    }
}
