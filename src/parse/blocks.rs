//! Passes over runs of lines that change what single lines were taken for: link lists under
//! a heading, tag lists with one tag per line, credits on their own line, captions wrapped
//! over two lines.

use super::chrome;
use super::head::is_prose;
use super::lexicon::PHOTO_CREDIT_WORDS;
use super::lines::{Kind, Line};
use super::tags;
use super::text::{ends_sentence, word_count};
use super::trailer::Trailer;
use crate::article::Caption;

/// Link titles under `Related articles` and the like are chrome, with the dates and bylines
/// that come with them, up to the next prose line. A heading that shares its block with other
/// lines (an item of a menu) only covers the rest of its block: the article's own headline
/// may follow in the next one.
pub fn mark_link_lists(lines: &mut [Line<'_>]) {
    let mut in_list = false;
    let mut confined_to = None;
    // `박지훈 기자 park@…` closing the page below the list signs the article, not a link.
    let signature =
        lines.iter().rposition(|l| l.kind != Kind::Chrome).filter(|&i| matches!(lines[i].kind, Kind::Byline(_)));
    for i in 0..lines.len() {
        if confined_to.is_some_and(|b| b != lines[i].block) {
            in_list = false;
            confined_to = None;
        }
        let line = &mut lines[i];
        match line.kind {
            Kind::RelatedHeading => {
                in_list = true;
                line.kind = Kind::Chrome;
                let block = line.block;
                let alone =
                    (i == 0 || lines[i - 1].block != block) && lines.get(i + 1).is_none_or(|n| n.block != block);
                confined_to = (!alone).then_some(block);
            }
            Kind::Text if in_list && chrome::is_link_title(&line.text) => line.kind = Kind::Chrome,
            Kind::Byline(_) if signature == Some(i) => in_list = false,
            Kind::Date(_) | Kind::Byline(_) | Kind::Credit(_) if in_list => line.kind = Kind::Chrome,
            Kind::Chrome => {}
            _ => in_list = false,
        }
    }
}

/// `Related topics` or `Tags` alone on a line, then one short tag per line.
pub fn mark_tag_lists(lines: &mut [Line<'_>]) {
    let mut i = 0;
    while i < lines.len() {
        if !(lines[i].kind.is_heading_like() && tags::is_heading(&lines[i].text)) {
            i += 1;
            continue;
        }
        let heading = i;
        let mut j = i + 1;
        while j < lines.len() && lines[j].kind == Kind::Text && is_tag_item(&lines[j].text) {
            j += 1;
        }
        if j > heading + 1 {
            lines[heading].kind = Kind::Chrome;
            for line in &mut lines[heading + 1..j] {
                line.kind = Kind::Tags(vec![line.text.to_string()]);
            }
        }
        i = j;
    }
}

pub fn is_tag_item(line: &str) -> bool {
    word_count(line) <= 4 && !ends_sentence(line) && !line.contains([',', ':'])
}

/// A credit alone on a line completes the caption above it, or (credit first, as some sites
/// print it) the caption below it.
pub fn attach_credits(lines: &mut [Line<'_>], title_at: usize) {
    for i in 0..lines.len() {
        let Kind::Credit(credit) = &lines[i].kind else { continue };
        let credit = credit.clone();
        // `（共同）` or `(Yonhap)` after the last paragraph signs the article: the source.
        if is_bare_outlet(&credit) && !lines[i + 1..].iter().any(|l| matches!(l.kind, Kind::Text | Kind::Caption(_))) {
            lines[i].kind = Kind::Trailer(Trailer { source: Some(credit), byline: None, ends_body: false });
            continue;
        }
        let same_block = |j: usize| lines.get(j).is_some_and(|l| l.block == lines[i].block);
        // `Photo: Name` over a short line of its own block, the paragraph above apart: the
        // credit is printed first.
        let heads_its_block = i > 0
            && !same_block(i - 1)
            && same_block(i + 1)
            && lines.get(i + 1).is_some_and(|l| l.kind == Kind::Text && word_count(&l.text) <= 60);
        let below = heads_its_block
            || lines.get(i + 1).is_some_and(|l| matches!(&l.kind, Kind::Caption(c) if c.credit.is_none()));
        let target = if below {
            i + 1
        } else if i > 0 {
            i - 1
        } else {
            continue;
        };
        let line = &mut lines[target];
        match &mut line.kind {
            Kind::Text if target != title_at && word_count(&line.text) <= 60 && (!below || heads_its_block) => {
                line.kind = Kind::Caption(Caption { text: line.text.to_string(), credit: Some(credit) });
            }
            Kind::Caption(c) if c.credit.is_none() => c.credit = Some(credit),
            _ => continue,
        }
        lines[i].kind = Kind::Chrome;
    }
}

/// A credit naming an outlet alone, not a photographer (`AP Photo/Name`, `사진=…`).
fn is_bare_outlet(credit: &str) -> bool {
    let lower = credit.to_lowercase();
    word_count(credit) <= 3 && !credit.contains(['/', '=']) && !PHOTO_CREDIT_WORDS.iter().any(|w| lower.contains(w))
}

/// A caption hard-wrapped over lines: the text lines just above it in the same block that do
/// not end a sentence are its beginning.
pub fn merge_wrapped_captions(lines: &mut [Line<'_>], title_at: usize) {
    for i in 1..lines.len() {
        let Kind::Caption(caption) = &lines[i].kind else { continue };
        let mut start = i;
        while start > 0
            && start - 1 != title_at
            && lines[start - 1].kind == Kind::Text
            && lines[start - 1].block == lines[i].block
            && !ends_sentence(&lines[start - 1].text)
            && !is_prose(&lines[start - 1].text)
        {
            start -= 1;
        }
        if start == i {
            continue;
        }
        let mut text: Vec<&str> = lines[start..i].iter().map(|l| l.text.as_ref()).collect();
        text.push(&caption.text);
        let merged = Caption { text: text.join(" "), credit: caption.credit.clone() };
        for line in &mut lines[start..i] {
            line.kind = Kind::Chrome;
        }
        lines[i].kind = Kind::Caption(merged);
    }
}
