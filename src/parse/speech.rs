//! Direct speech: which quotations are speech (not scare quotes or titles), and who said each.

use std::ops::Range;

use super::cjk;
use super::lexicon::{self, SCARE_CUES, SPEECH_VERBS};
use super::people::People;
use super::quotes::{self, Span, Style};
use super::speakers::{self, Attribution, Who};
use super::text;
use crate::article::Quote;

/// The quotes of the body, in reading order, with their speakers.
pub fn quotes(paragraphs: &[String], captions: &[String]) -> Vec<Quote> {
    let spans = quotes::find(paragraphs);
    if spans.is_empty() {
        return Vec::new();
    }
    let mut people = People::scan(paragraphs, captions, &quoted_ranges(paragraphs, &spans));
    let cjk_paragraphs: Vec<bool> = paragraphs.iter().map(|p| text::has_cjk(p)).collect();
    // Korean and Japanese names are only looked for on pages that have such text.
    let cjk_people =
        if cjk_paragraphs.contains(&true) { cjk::People::scan(paragraphs, captions) } else { cjk::People::default() };
    let mut out: Vec<Quote> = Vec::new();
    for span in &spans {
        let cjk_text = span.style == Style::Corner || cjk_paragraphs[span.paragraph];
        let attribution =
            if cjk_text { cjk::attribute(paragraphs, span) } else { speakers::attribute(paragraphs, span) };
        if !is_speech(paragraphs, span, attribution.as_ref()) {
            continue;
        }
        let speaker = match attribution.map(|a| a.who) {
            Some(Who::Name(name)) if cjk_text => Some(cjk_people.resolve(&name)),
            Some(Who::Name(name)) => people.resolve_name(&name, span.paragraph, span.open),
            Some(Who::Pronoun { gender, paragraph, at }) => {
                let who = people.pronoun(Some(gender), paragraph, at);
                if let Some(name) = &who {
                    people.note_gender(name, gender);
                }
                who
            }
            Some(Who::Role { words, paragraph, at }) => role(&people, &words, paragraph, at),
            Some(Who::Nobody) => None,
            Some(Who::Unstated) => previous_subject(paragraphs, span, &cjk_people)
                .or_else(|| unstated(&out, span))
                .or_else(|| unattributed(&out, &people, span)),
            // `The ministry … said only that the limit “…”`: the sentence names its own source;
            // unless that is a person named here, the one quoted before is not speaking.
            None if speaks_in_sentence(paragraphs, span) => people.subject_in(span.paragraph, span.open),
            None => unattributed(&out, &people, span),
        };
        out.push(Quote { text: span.text.clone(), speaker, paragraph: span.paragraph });
    }
    out
}

/// Byte ranges inside quotation marks, per paragraph: names in them are not mentions.
fn quoted_ranges(paragraphs: &[String], spans: &[Span]) -> Vec<Vec<Range<usize>>> {
    let mut ranges = vec![Vec::new(); paragraphs.len()];
    for s in spans {
        for (p, list) in ranges.iter_mut().enumerate().take(s.end_paragraph + 1).skip(s.paragraph) {
            let start = if p == s.paragraph { s.open } else { 0 };
            let end = if p == s.end_paragraph { s.close } else { paragraphs[p].len() };
            list.push(start..end);
        }
    }
    ranges
}

/// `the minister` -> the person introduced as a minister; `the 29-year-old` -> the person
/// just talked about; `the company` -> nobody.
fn role(people: &People, words: &[String], paragraph: usize, at: usize) -> Option<String> {
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    if let Some(name) = people.by_role(&words, paragraph, at) {
        return Some(name);
    }
    // Only a description of someone already in the story (`the 29-year-old`, `the woman`)
    // points back like a pronoun; `the official` with no official named is nobody known.
    const DESCRIPTIONS: &[&str] = &["boy", "father", "girl", "man", "mother", "teenager", "woman"];
    let head = *words.last()?;
    let points_back = DESCRIPTIONS.contains(&head) || head.ends_with("-year-old");
    if points_back { people.pronoun(None, paragraph, at) } else { None }
}

/// A quote the text does not attribute: in news style it continues the quote before it
/// (same or previous paragraph), else it belongs to the person the paragraph is about.
fn unattributed(previous: &[Quote], people: &People, span: &Span) -> Option<String> {
    match previous.last() {
        Some(q) if q.paragraph == span.paragraph => q.speaker.clone(),
        _ => people
            .subject_in(span.paragraph, span.open)
            .or_else(|| previous.last().filter(|q| q.paragraph + 1 == span.paragraph).and_then(|q| q.speaker.clone())),
    }
}

/// A speech verb (`said`, `wrote`) before the quote in its own sentence, which is not the
/// second half of a split quote (`“…,” said X — “…”`).
fn speaks_in_sentence(paragraphs: &[String], span: &Span) -> bool {
    let p = &paragraphs[span.paragraph];
    let before = &p[speakers::sentence_start(p, span.open)..span.open];
    let closing: &[char] = if span.style == Style::Single { &['’', '\''] } else { &['”', '"'] };
    !before.contains(closing)
        && before
            .split(|c: char| !c.is_alphabetic())
            .any(|w| !w.is_empty() && lexicon::contains_folded(&SPEECH_VERBS, w))
}

/// `“…”고 전했다` with no subject: the person quoted just before is still speaking (news
/// style keeps the subject across a paragraph or two).
fn unstated(previous: &[Quote], span: &Span) -> Option<String> {
    previous.last().filter(|q| q.paragraph + 3 > span.paragraph).and_then(|q| q.speaker.clone())
}

/// `김 감독은 … 꼽았다. 그는 “…”고 강조했다.`: the subject of the sentence before.
fn previous_subject(paragraphs: &[String], span: &Span, people: &cjk::People) -> Option<String> {
    cjk::previous_subject(&paragraphs[span.paragraph], span.open).map(|name| people.resolve(&name))
}

/// Speech, not a scare quote (`the “new normal”`), a term (`so-called “zombie companies”`) or
/// a title (`“The Quiet Harbor”`).
fn is_speech(paragraphs: &[String], span: &Span, attribution: Option<&Attribution>) -> bool {
    if span.text.is_empty() {
        return false;
    }
    let adjacent = attribution.is_some_and(|a| a.adjacent);
    if span.style == Style::Corner {
        return adjacent || is_whole_paragraph(paragraphs, span);
    }
    let words = if text::has_cjk(&span.text) { span.text.chars().count() / 3 } else { text::word_count(&span.text) };
    // A word or two is speech only beside its attribution, or as a sentence of its own
    // (`“Worse,” she said. “Much worse.”`).
    let opens_sentence = paragraphs[span.paragraph]
        [speakers::sentence_start(&paragraphs[span.paragraph], span.open)..span.open]
        .trim()
        .is_empty();
    if words <= 2
        && !adjacent
        && !(opens_sentence && text::is_capitalized(&span.text) && stands_alone(paragraphs, span))
    {
        return false;
    }
    let p = &paragraphs[span.paragraph];
    let mut from = span.open.saturating_sub(24);
    while !p.is_char_boundary(from) {
        from -= 1;
    }
    let before = p[from..span.open].trim_end().to_lowercase();
    // `what it called its “patience with silence”`: the cue may stand before a determiner.
    let before = ["a", "an", "its", "the", "their", "his", "her"]
        .iter()
        .find_map(|det| before.strip_suffix(det).filter(|rest| rest.ends_with(' ')))
        .map_or(before.as_str(), str::trim_end);
    // A short term after its cue stays a term even when a speech verb follows
    // (`its “patience with silence,” noting …`).
    if SCARE_CUES.iter().any(|cue| before.ends_with(cue)) && (!adjacent || words <= 4) {
        return false;
    }
    !is_title_case(&span.text) || adjacent
}

/// `“Much worse.”` is a sentence of its own; `“Sumbi,” a documentary …` names something.
fn stands_alone(paragraphs: &[String], span: &Span) -> bool {
    let after = paragraphs[span.end_paragraph][span.close..].trim_start();
    text::ends_sentence(&span.text) || after.is_empty() || after.starts_with(['.', '!', '?', '。', '…'])
}

fn is_whole_paragraph(paragraphs: &[String], span: &Span) -> bool {
    span.open == 0 && paragraphs[span.end_paragraph][span.close..].trim().is_empty()
}

/// `The Quiet Harbor`, `Operation Warp Speed`: every word capitalised but the small ones.
fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 2
        && !text::ends_sentence(text)
        && words.iter().enumerate().all(|(i, w)| {
            text::is_capitalized(w)
                || (i > 0 && matches!(*w, "a" | "an" | "and" | "at" | "for" | "in" | "of" | "on" | "the" | "to"))
        })
}

#[cfg(test)]
#[path = "speech_tests.rs"]
mod tests;
