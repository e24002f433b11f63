//! The quotes and speakers of article bodies, for scoring attribution on hand-annotated text
//! (`scripts/real-quotes.sh`).
//!
//! Reads JSON lines `{"id": …, "body": …}` on stdin. Each non-blank line of a body is a
//! paragraph, as the page layout gives them. Prints one JSON line per body:
//! `{"id": …, "quotes": [{"start": …, "end": …, "speaker": …}]}`, with `start` and `end` the
//! byte offsets in the body of the quote's first and last words.
//!
//! `cargo run --release --example body_quotes < bodies.jsonl`

use std::error::Error;
use std::io::{self, BufRead, Write};

use serde_json::{Value, json};
use tidings::parse::speech;

fn main() -> Result<(), Box<dyn Error>> {
    let stdin = io::stdin();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: Value = serde_json::from_str(&line)?;
        let body = record["body"].as_str().ok_or("a record without a body")?;
        let quotes = located_quotes(body);
        writeln!(out, "{}", json!({"id": record["id"], "quotes": quotes}))?;
    }
    out.flush()?;
    Ok(())
}

/// The body's quotes with where their words stand in it.
fn located_quotes(body: &str) -> Vec<Value> {
    let mut paragraphs = Vec::new();
    let mut starts = Vec::new();
    let mut offset = 0;
    for line in body.split('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            starts.push(offset + line.len() - line.trim_start().len());
            paragraphs.push(trimmed.to_string());
        }
        offset += line.len() + 1;
    }
    // Where to look for the next quote of each paragraph: quotes come in reading order.
    let mut cursor = vec![0; paragraphs.len()];
    let mut located = Vec::new();
    for quote in speech::quotes(&paragraphs, &[]) {
        let Some((from, to)) = place(&paragraphs, &mut cursor, quote.paragraph, &quote.text) else { continue };
        let (start, end) = (starts[quote.paragraph] + from, to.0.map_or(starts[quote.paragraph], |p| starts[p]) + to.1);
        located.push(json!({"start": start, "end": end, "speaker": quote.speaker, "text": quote.text}));
    }
    located
}

/// Where a quote's words start in its paragraph, and the paragraph (when another) and offset
/// where they end. The words of a quote over several paragraphs are its parts joined by a
/// space: its start is found by its first words, its end by its last ones.
fn place(paragraphs: &[String], cursor: &mut [usize], p: usize, text: &str) -> Option<(usize, (Option<usize>, usize))> {
    let paragraph = &paragraphs[p];
    let from = cursor[p].min(paragraph.len());
    if let Some(i) = paragraph.get(from..).and_then(|rest| rest.find(text)) {
        let start = from + i;
        cursor[p] = start + text.len();
        return Some((start, (None, start + text.len())));
    }
    // The first part may be shorter than the prefix looked for.
    let rest = paragraph.get(from..)?;
    let start = from + [40, 12].iter().find_map(|&n| rest.find(prefix(text, n)))?;
    cursor[p] = paragraph.len();
    let tail = suffix(text, 30);
    let (q, at) =
        paragraphs.iter().enumerate().skip(p + 1).find_map(|(q, later)| later.find(tail).map(|at| (q, at)))?;
    cursor[q] = at + tail.len();
    Some((start, (Some(q), at + tail.len())))
}

fn prefix(text: &str, chars: usize) -> &str {
    text.char_indices().nth(chars).map_or(text, |(i, _)| &text[..i])
}

fn suffix(text: &str, chars: usize) -> &str {
    text.char_indices().rev().nth(chars.saturating_sub(1)).map_or(text, |(i, _)| &text[i..])
}
