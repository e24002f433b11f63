//! The article's body and captions: the main content found by the `trafilatura` crate (a port
//! of go-trafilatura), captions from the `<figure>`s of the article.

use trafilatura::dom::{Document, NodeId};
use trafilatura::{Options, extract_document};

use super::blocks;
use super::meta::{ancestors, clean};
use crate::article::Caption;
use crate::parse::caption;

/// Elements hidden by their own attributes, removed before the extractor looks (as
/// [`blocks::is_hidden`] tells them).
const HIDDEN: &str = "[hidden], [aria-hidden=true], [style*='display:none'], [style*='display: none'], \
                      [style*='visibility:hidden'], [style*='visibility: hidden'], .hidden, .d-none, .hide, \
                      .sr-only, .visually-hidden";

/// Captions kept at most: a gallery page has hundreds.
const MAX_CAPTIONS: usize = 30;

/// The body's paragraphs and the captions of its pictures.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Body {
    pub paragraphs: Vec<String>,
    pub captions: Vec<Caption>,
}

/// The body of a parsed page (`title` is left out of it where the extractor kept it). With
/// `find_main` the main content is looked for; without (a page far larger than an article),
/// or when nothing is found, the text of every block outside navigation is the body.
pub fn extract(doc: Document, title: Option<&str>, find_main: bool) -> Body {
    let captions = captions(&doc);
    let blocks = |doc: &Document| doc.body().map(|b| blocks::paragraphs(doc, b)).unwrap_or_default();
    if !find_main {
        return Body { paragraphs: tidy(blocks(&doc), title, &captions), captions };
    }
    // The extractor takes the tree; a copy is kept for the few pages where it finds nothing.
    // Its text runs the paragraphs together: they are read from the HTML it keeps.
    let options = Options::default().with_prune_selector(HIDDEN);
    let paragraphs = match extract_document(doc.clone_document(), &options) {
        Ok(result) if !result.content_text.trim().is_empty() => {
            let kept = Document::parse(&result.content_html);
            blocks::paragraphs(&kept, kept.root())
        }
        _ => blocks(&doc),
    };
    Body { paragraphs: tidy(paragraphs, title, &captions), captions }
}

/// Without the title and the captions' own lines where the extractor kept them.
pub fn tidy(paragraphs: Vec<String>, title: Option<&str>, captions: &[Caption]) -> Vec<String> {
    let fold = |s: &str| s.to_lowercase();
    let title = title.map(fold);
    let caption_texts: Vec<String> = captions
        .iter()
        .flat_map(|c| [Some(c.text.clone()), c.credit.as_ref().map(|credit| format!("{} {credit}", c.text))])
        .flatten()
        .map(|c| fold(&c))
        .collect();
    let mut out: Vec<String> = Vec::with_capacity(paragraphs.len());
    for (i, p) in paragraphs.into_iter().enumerate() {
        let folded = fold(&p);
        if (i == 0 && title.as_deref() == Some(folded.as_str())) || caption_texts.contains(&folded) {
            continue;
        }
        out.push(p);
    }
    out
}

/// The figure captions of the article: `<figcaption>`s in the `<article>` with the most text
/// (else anywhere in the page), outside navigation, asides and footers, each with its credit
/// split off as for captions in page text.
fn captions(doc: &Document) -> Vec<Caption> {
    let root = main_article(doc).unwrap_or_else(|| doc.root());
    let mut out: Vec<Caption> = Vec::new();
    for id in doc.get_elements_by_tag_name(root, "figcaption") {
        if ancestors(doc, id)
            .any(|a| matches!(doc.tag_name(a), "nav" | "aside" | "footer") || blocks::is_hidden(doc, a))
        {
            continue;
        }
        let text = clean(&doc.text_content(id));
        if text.is_empty() || text.chars().count() > 1000 {
            continue;
        }
        let found = caption::parse_line(&text).unwrap_or(Caption { text: text.clone(), credit: None });
        if !out.contains(&found) {
            out.push(found);
        }
        if out.len() >= MAX_CAPTIONS {
            break;
        }
    }
    out
}

/// The `<article>` element holding the most text, when the page has any.
fn main_article(doc: &Document) -> Option<NodeId> {
    doc.get_elements_by_tag_name(doc.root(), "article").into_iter().max_by_key(|&id| doc.text_content(id).len())
}
