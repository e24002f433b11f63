//! Paragraphs from block elements, for what the extractor leaves empty: a feed item's
//! fragment, a page that is one `<pre>`. Never from script, style, hidden or navigation
//! elements.

use trafilatura::dom::{Document, NodeId};

/// Elements whose text is never the article's.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "nav", "aside",
    "footer", "form", "button", "select", "textarea", "input", "head", "title", "figure", "figcaption", "menu",
    "dialog",
];

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "blockquote", "pre", "li", "ul", "ol", "dl", "dt", "dd", "h1",
    "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "hr", "address", "details", "summary", "center",
];

/// Whether an element is hidden by its own attributes.
pub fn is_hidden(doc: &Document, id: NodeId) -> bool {
    if doc.get_attribute(id, "hidden").is_some()
        || doc.get_attribute(id, "aria-hidden").is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    let style = doc.get_attribute(id, "style").unwrap_or_default().to_ascii_lowercase().replace(' ', "");
    if style.contains("display:none") || style.contains("visibility:hidden") {
        return true;
    }
    let class = doc.class_name(id);
    class.split_whitespace().any(|c| matches!(c, "hidden" | "d-none" | "hide" | "sr-only" | "visually-hidden"))
}

/// The text of the block elements under `root`, one paragraph each, whitespace collapsed
/// (inside `<pre>`, each line is one). Walked without recursion: a page may nest deep.
pub fn paragraphs(doc: &Document, root: NodeId) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    // (node, entering); leaving a block ends its paragraph.
    let mut stack = vec![(root, true)];
    // Inside a `<pre>`, the text's own line breaks are the paragraphs'.
    let mut pre = 0usize;
    while let Some((id, entering)) = stack.pop() {
        if doc.is_text(id) {
            let text = doc.text_content(id);
            if pre > 0 {
                current.push_str(&text)
            } else {
                current.push_str(&text.replace(['\n', '\r'], " "))
            }
            continue;
        }
        if !doc.is_element(id) {
            if id == root {
                stack.extend(doc.child_nodes(id).into_iter().rev().map(|c| (c, true)));
            }
            continue;
        }
        let tag = doc.tag_name(id).to_string();
        let block = BLOCKS.contains(&tag.as_str()) || tag == "br";
        if !entering {
            pre -= usize::from(tag == "pre");
            end_paragraph(&mut current, &mut out);
            continue;
        }
        if SKIPPED.contains(&tag.as_str()) || is_hidden(doc, id) {
            continue;
        }
        if tag == "br" {
            current.push('\n');
            continue;
        }
        if block {
            end_paragraph(&mut current, &mut out);
            pre += usize::from(tag == "pre");
            stack.push((id, false));
        }
        stack.extend(doc.child_nodes(id).into_iter().rev().map(|c| (c, true)));
    }
    end_paragraph(&mut current, &mut out);
    out
}

/// Moves the text gathered so far into `out`: one paragraph, or one per line in a `<pre>` or
/// where `<br>`s broke it.
fn end_paragraph(current: &mut String, out: &mut Vec<String>) {
    let text = std::mem::take(current);
    for line in text.split('\n') {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            out.push(line);
        }
    }
}
