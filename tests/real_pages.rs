//! Quality on real pages: the body and title the parser finds on `../shared/real-pages` (public
//! article pages with their true bodies, not part of this repository), scored with the
//! benchmark's metric as `score.py` beside them computes it, must stay above the targets.
//! When the folder is absent the test says so loudly and checks nothing.
//!
//! `scripts/real-pages.sh` prints the same figures with `score.py` itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use regex::Regex;
use serde_json::Value;
use tidings::inputs::articles_from_bytes;

/// The targets for page text, and for the pages' HTML.
const BODY_F1: f64 = 0.90;
const TITLE: f64 = 0.90;
const HTML_BODY_F1: f64 = 0.96;
const HTML_TITLE: f64 = 0.95;

fn real_pages() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real-pages");
    if dir.join("truth.json").is_file() {
        Some(dir)
    } else {
        eprintln!("\n*** ../shared/real-pages is absent: the real-pages quality test checks NOTHING ***\n");
        None
    }
}

/// 4-token shingles of `\w+` tokens, as a multiset (a text of fewer tokens is one shorter one).
fn shingles(words: &Regex, text: &str) -> HashMap<Vec<String>, usize> {
    let tokens: Vec<String> = words.find_iter(text).map(|m| m.as_str().to_string()).collect();
    let mut out = HashMap::new();
    let n = tokens.len().saturating_sub(3).max(1);
    for i in 0..n {
        let shingle: Vec<String> = tokens.iter().skip(i).take(4).cloned().collect();
        if !shingle.is_empty() {
            *out.entry(shingle).or_insert(0) += 1;
        }
    }
    out
}

/// Per page: (precision if anything was predicted, recall), as the benchmark's evaluate.py.
fn overlap(words: &Regex, predicted: &str, truth: &str) -> (Option<f64>, f64) {
    let (p, t) = (shingles(words, predicted), shingles(words, truth));
    let tp: usize = p.iter().map(|(k, c)| (*c).min(t.get(k).copied().unwrap_or(0))).sum();
    let (np, nt): (usize, usize) = (p.values().sum(), t.values().sum());
    let precision = (np > 0 && !predicted.trim().is_empty()).then(|| tp as f64 / np as f64);
    (precision, if nt == 0 { 1.0 } else { tp as f64 / nt as f64 })
}

/// Curly quotes straightened, full-width forms made ASCII, blanks collapsed, case folded:
/// score.py's normalisation, with the part of NFKC these pages' titles need.
fn normalised(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => '"',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect();
    straight.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Body F1 and the share of right titles over every page, each read by `parse` from the
/// page's file (its text or its gzipped HTML).
fn score(dir: &Path, file_of: impl Fn(&str) -> String) -> (f64, f64) {
    let truth: HashMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("truth.json")).expect("truth.json reads"))
            .expect("truth.json is JSON");
    let words = Regex::new(r"\w+").expect("the token pattern compiles");
    let (mut precisions, mut recall, mut titles_right) = (Vec::new(), 0.0, 0);
    for (id, page) in &truth {
        let name = file_of(id);
        let bytes = std::fs::read(dir.join(&name)).expect("every page has its file");
        let (body, title) = match articles_from_bytes(&bytes, &name).ok().and_then(|a| a.into_iter().next()) {
            Some(article) => (article.paragraphs.join("\n"), article.title),
            None => (String::new(), String::new()),
        };
        let (p, r) = overlap(&words, &body, page["articleBody"].as_str().unwrap_or_default());
        precisions.extend(p);
        recall += r;
        let accept = page["title"]["accept"].as_array().cloned().unwrap_or_default();
        titles_right += usize::from(accept.iter().any(|a| a.as_str() == Some(normalised(&title).as_str())));
    }
    let n = truth.len() as f64;
    let precision = precisions.iter().sum::<f64>() / precisions.len().max(1) as f64;
    let recall = recall / n;
    let f1 = 2.0 * precision * recall / (precision + recall);
    eprintln!("  {n} pages, body P {precision:.3} R {recall:.3} F1 {f1:.3}, title {:.3}", titles_right as f64 / n);
    (f1, titles_right as f64 / n)
}

#[test]
fn page_texts_reach_the_body_and_title_targets() {
    let Some(dir) = real_pages() else { return };
    eprintln!("real pages, text:");
    let (f1, title) = score(&dir, |id| format!("text/{id}.txt"));
    assert!(f1 >= BODY_F1, "body F1 {f1:.3} is under {BODY_F1}");
    assert!(title >= TITLE, "title right on {title:.3} of the pages, under {TITLE}");
}

#[test]
fn html_pages_reach_the_body_and_title_targets() {
    let Some(dir) = real_pages() else { return };
    eprintln!("real pages, HTML:");
    let (f1, title) = score(&dir, |id| format!("html/{id}.html.gz"));
    assert!(f1 >= HTML_BODY_F1, "body F1 {f1:.3} is under {HTML_BODY_F1}");
    assert!(title >= HTML_TITLE, "title right on {title:.3} of the pages, under {HTML_TITLE}");
}
