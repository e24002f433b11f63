//! JSON-LD (`<script type="application/ld+json">`): the article object's headline, dates,
//! authors, publisher, keywords and address.

use serde_json::Value;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct LinkedData {
    pub headline: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub keywords: Vec<String>,
    pub url: Option<String>,
}

/// Types of schema.org that are an article (`NewsArticle`, `BlogPosting`, …).
fn is_article_type(kind: &str) -> bool {
    kind.ends_with("Article") || kind.ends_with("BlogPosting") || matches!(kind, "Report" | "SocialMediaPosting")
}

/// Reads the scripts' JSON (each a string), taking the first article object found, else the
/// first object with a headline.
pub fn read<'a>(scripts: impl IntoIterator<Item = &'a str>) -> LinkedData {
    let mut objects = Vec::new();
    for script in scripts {
        if let Ok(value) = serde_json::from_str::<Value>(script.trim()) {
            collect(value, &mut objects, 0);
        }
    }
    let article = objects
        .iter()
        .find(|o| types(o).iter().any(|t| is_article_type(t)))
        .or_else(|| objects.iter().find(|o| o.get("headline").is_some()));
    let Some(article) = article else { return LinkedData::default() };
    LinkedData {
        headline: text_of(article.get("headline")).or_else(|| text_of(article.get("name"))),
        published: text_of(article.get("datePublished")).or_else(|| text_of(article.get("dateCreated"))),
        modified: text_of(article.get("dateModified")),
        authors: names(article.get("author")),
        publisher: names(article.get("publisher")).into_iter().next(),
        keywords: keywords(article.get("keywords")),
        url: text_of(article.get("url")).or_else(|| match article.get("mainEntityOfPage") {
            Some(Value::Object(page)) => text_of(page.get("@id")).or_else(|| text_of(page.get("url"))),
            other => text_of(other),
        }),
    }
}

/// Objects at the top, in arrays and in `@graph`, in document order (bounded: a page's data
/// is small, a hostile page's need not be).
fn collect(value: Value, out: &mut Vec<serde_json::Map<String, Value>>, depth: usize) {
    if depth > 4 || out.len() > 200 {
        return;
    }
    match value {
        Value::Array(items) => items.into_iter().for_each(|v| collect(v, out, depth + 1)),
        Value::Object(mut object) => {
            let graph = object.remove("@graph");
            out.push(object);
            if let Some(graph) = graph {
                collect(graph, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn types(object: &serde_json::Map<String, Value>) -> Vec<&str> {
    match object.get("@type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn text_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(unescape(s)).filter(|s| !s.is_empty()),
        Value::Array(items) => items.iter().find_map(|v| text_of(Some(v))),
        _ => None,
    }
}

/// Names of people or organisations: a string, an object with `name`, or a list of either.
fn names(value: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |v: &Value| {
        let name = match v {
            Value::String(s) => Some(unescape(s)),
            Value::Object(o) => text_of(o.get("name")),
            _ => None,
        };
        if let Some(name) = name.filter(|n| !n.is_empty() && !n.starts_with("http") && !out.contains(n)) {
            out.push(name);
        }
    };
    match value {
        Some(Value::Array(items)) => items.iter().for_each(&mut push),
        Some(v) => push(v),
        None => {}
    }
    out
}

/// `"a, b"` or `["a", "b"]`.
fn keywords(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::String(s)) => unescape(s).split(',').map(|k| k.trim().to_string()).collect(),
        Some(Value::Array(items)) => items.iter().filter_map(|v| text_of(Some(v))).collect(),
        _ => Vec::new(),
    }
}

/// JSON-LD strings written by page templates often keep HTML entities (`&amp;`, `&#8217;`):
/// the common ones are turned into characters; whitespace is collapsed.
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&rest[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "lt" => '<',
        "gt" => '>',
        "nbsp" => ' ',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_object_is_found_in_a_graph() {
        let script = r#"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Harbor Herald"},
            {"@type":["NewsArticle"],"headline":"Port deal &amp; more","datePublished":"2026-01-14T08:05:00+09:00",
             "author":[{"@type":"Person","name":"Mina Park"},{"name":"Jon Ode"}],
             "publisher":{"@type":"Organization","name":"Harbor Herald"},
             "keywords":"ports, trade ,", "mainEntityOfPage":{"@id":"https://example.org/a"}}]}"#;
        let data = read([script, "not json"]);
        assert_eq!(data.headline.as_deref(), Some("Port deal & more"));
        assert_eq!(data.published.as_deref(), Some("2026-01-14T08:05:00+09:00"));
        assert_eq!(data.authors, ["Mina Park", "Jon Ode"]);
        assert_eq!(data.publisher.as_deref(), Some("Harbor Herald"));
        assert_eq!(data.keywords, ["ports", "trade", ""]);
        assert_eq!(data.url.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn entities_in_strings_are_decoded() {
        assert_eq!(unescape("It&#8217;s  &quot;new&quot; &bogus; & &#x41;"), "It’s \"new\" &bogus; & A");
    }
}
