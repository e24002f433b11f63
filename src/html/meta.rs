//! An article's metadata from the page's own markup: Open Graph and other `<meta>` tags,
//! JSON-LD, `<h1>`, `<title>`, `<time datetime>` and the canonical link.

use trafilatura::dom::{Document, NodeId};

use super::date;
use super::jsonld::{self, LinkedData};
use super::title;

/// What the markup says about the article.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub byline: Option<String>,
    pub source: Option<String>,
    pub tags: Vec<String>,
    pub url: Option<String>,
}

/// `<meta>` tags by key (`property`, `name` or `itemprop`, lower case), in page order.
struct Tags(Vec<(String, String)>);

impl Tags {
    fn of(doc: &Document) -> Tags {
        let mut out = Vec::new();
        for id in doc.get_elements_by_tag_name(doc.root(), "meta") {
            let Some(content) = doc.get_attribute(id, "content") else { continue };
            let content = jsonld::unescape(&content);
            if content.is_empty() {
                continue;
            }
            for key in ["property", "name", "itemprop"] {
                // `itemprop="datePublished dateCreated"`: an attribute may name several keys.
                for k in doc.get_attribute(id, key).iter().flat_map(|k| k.split_whitespace()) {
                    out.push((k.to_ascii_lowercase(), content.clone()));
                }
            }
        }
        Tags(out)
    }

    fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.0.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str()))
    }

    fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> {
        self.0.iter().filter(move |(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

const PUBLISHED: &[&str] = &[
    "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "pubdate", "parsely-pub-date", "sailthru.date", "article.published",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date",
];
const AUTHOR: &[&str] = &["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"];
const SITE: &[&str] = &["og:site_name", "application-name", "twitter:site"];

/// Reads the metadata of a parsed page.
pub fn read(doc: &Document) -> Meta {
    let tags = Tags::of(doc);
    let scripts: Vec<String> =
        doc.scripts_with_type(&["application/ld+json"]).into_iter().map(|id| doc.text_content(id)).collect();
    let data = jsonld::read(scripts.iter().map(String::as_str));
    let source = tags
        .first(&SITE[..1])
        .map(str::to_string)
        .or_else(|| data.publisher.clone())
        .or_else(|| tags.first(&SITE[1..2]).map(str::to_string));
    let url = canonical(doc, &tags, &data);
    let candidates = title::Candidates {
        og: tags.first(&["og:title", "twitter:title"]).map(str::to_string),
        headline: data.headline.clone(),
        h1: first_h1(doc, source.as_deref()),
        title: doc.query_selector(doc.root(), "title").map(|id| clean(&doc.text_content(id))),
    };
    let sites: Vec<&str> = source.iter().map(String::as_str).chain(tags.first(SITE)).collect();
    let published = tags
        .first(&PUBLISHED[..1])
        .and_then(date::normalise)
        .or_else(|| data.published.as_deref().and_then(date::normalise))
        .or_else(|| PUBLISHED[1..].iter().find_map(|k| tags.first(&[k]).and_then(date::normalise)))
        .or_else(|| time_element(doc))
        .or_else(|| data.modified.as_deref().and_then(date::normalise));
    Meta {
        title: title::choose(&candidates, &sites, url.as_deref()),
        published,
        byline: byline(&tags, &data, source.as_deref()),
        source: source.filter(|s| !s.starts_with('@')),
        tags: keywords(&tags, &data),
        url,
    }
}

/// Whitespace collapsed.
pub fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first `<h1>` that is the page's headline, not its logo or a menu label: not in `<nav>`
/// or a button, not a link home, not the site's name.
fn first_h1(doc: &Document, site: Option<&str>) -> Option<String> {
    doc.get_elements_by_tag_name(doc.root(), "h1").into_iter().find_map(|id| {
        let text = clean(&doc.text_content(id));
        let odd = text.is_empty()
            || site.is_some_and(|s| s.eq_ignore_ascii_case(&text))
            || ancestors(doc, id).any(|a| matches!(doc.tag_name(a), "nav" | "button"))
            || std::iter::once(id).chain(ancestors(doc, id)).chain(doc.get_elements_by_tag_name(id, "a")).any(|a| {
                doc.tag_name(a) == "a" && doc.get_attribute(a, "href").is_some_and(|h| h == "/" || h.ends_with("://"))
            });
        (!odd).then_some(text)
    })
}

pub fn ancestors(doc: &Document, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    std::iter::successors(doc.parent(id), move |&p| doc.parent(p))
}

/// The `datetime` of the first `<time>` element, inside an `<article>` when the page has one.
fn time_element(doc: &Document) -> Option<String> {
    let in_article = doc.query_selector_all(doc.root(), "article time[datetime]");
    let all = doc.query_selector_all(doc.root(), "time[datetime]");
    in_article.into_iter().chain(all).find_map(|id| doc.get_attribute(id, "datetime").and_then(|d| date::normalise(&d)))
}

fn byline(tags: &Tags, data: &LinkedData, site: Option<&str>) -> Option<String> {
    let usable = |name: &str| {
        let name = clean(name.trim_start_matches("By ").trim_start_matches("by "));
        let site_name = site.is_some_and(|s| s.eq_ignore_ascii_case(&name));
        (!name.is_empty() && !name.contains("://") && !name.starts_with('@') && !site_name).then_some(name)
    };
    let people: Vec<String> = data.authors.iter().filter_map(|a| usable(a)).collect();
    if !people.is_empty() {
        return Some(people.join(", "));
    }
    AUTHOR.iter().find_map(|k| tags.first(&[k]).and_then(usable))
}

/// `article:tag`s, JSON-LD keywords, then `news_keywords` and `keywords`: trimmed, in order,
/// duplicates (in any case) dropped.
fn keywords(tags: &Tags, data: &LinkedData) -> Vec<String> {
    let split = |v: &str| v.split([',', ';']).map(str::trim).map(str::to_string).collect::<Vec<_>>();
    let found = tags
        .all("article:tag")
        .map(|t| t.trim().to_string())
        .chain(data.keywords.iter().cloned())
        .chain(tags.all("news_keywords").flat_map(split))
        .chain(tags.all("keywords").flat_map(split));
    let mut out: Vec<String> = Vec::new();
    for tag in found {
        let tag = clean(tag.trim_start_matches('#'));
        if !tag.is_empty() && tag.chars().count() <= 80 && !out.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            out.push(tag);
        }
        if out.len() >= 50 {
            break;
        }
    }
    out
}

/// `<link rel=canonical>`, then `og:url`, then JSON-LD's `url`: the first absolute web address.
fn canonical(doc: &Document, tags: &Tags, data: &LinkedData) -> Option<String> {
    let links = doc
        .query_selector_all(doc.root(), "link[rel]")
        .into_iter()
        .filter(|&id| {
            doc.get_attribute(id, "rel")
                .is_some_and(|r| r.split_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")))
        })
        .filter_map(|id| doc.get_attribute(id, "href"));
    links.chain(tags.first(&["og:url"]).map(str::to_string)).chain(data.url.clone()).find_map(|u| absolute(u.trim()))
}

fn absolute(url: &str) -> Option<String> {
    let url = if url.starts_with("//") { format!("https:{url}") } else { url.to_string() };
    let lower = url.to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    (web && url.len() > 10 && !url.contains(char::is_whitespace)).then_some(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> Meta {
        let (doc, _) = crate::html::document(html.as_bytes(), &mut Vec::new()).unwrap();
        read(&doc)
    }

    #[test]
    fn an_attribute_may_name_several_keys() {
        let page = r#"<html><head><meta property="article:published" itemprop="datePublished dateCreated"
            content="2025-11-19T11:00:09.000Z"></head><body><h1>A headline of a page</h1></body></html>"#;
        assert_eq!(meta_of(page).published.as_deref(), Some("2025-11-19T11:00:09+00:00"));
        let page = r#"<html><head><meta itemprop="dateModified datePublished" content="2025-03-02"></head></html>"#;
        assert_eq!(meta_of(page).published.as_deref(), Some("2025-03-02"));
    }
}
