//! Direct speech: which quotations are speech (not scare quotes or titles), and who said each.

use std::ops::Range;

use super::attribution;
use super::cjk;
use super::lexicon::{self, FEMALE_NOUNS, MALE_NOUNS, NAMED_THINGS, SCARE_CUES, SPEECH_VERBS};
use super::people::{Gender, People};
use super::phrases::Needle;
use super::quotes::{self, Span, Style};
use super::sentences::sentence_start;
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
    // Quotes whose speaker is only known from a later quote of the same words (a heading).
    let mut headings: Vec<usize> = Vec::new();
    for (index, span) in spans.iter().enumerate() {
        let cjk_text = span.style == Style::Corner || cjk_paragraphs[span.paragraph];
        let attribution =
            if cjk_text { cjk::attribute(paragraphs, span) } else { attribution::attribute(paragraphs, &spans, index) };
        if !is_speech(paragraphs, span, attribution.as_ref()) {
            continue;
        }
        let speaker = match attribution.map(|a| a.who) {
            Some(Who::Unstated) => previous_subject(paragraphs, span, &cjk_people)
                .or_else(|| unstated(&out, span))
                .or_else(|| unattributed(paragraphs, &spans, &out, &mut people, span)),
            Some(who) if cjk_text => match who {
                Who::Name(name) => Some(cjk_people.resolve(&name)),
                Who::Org(name) => Some(cjk_people.resolve_organisation(&name)),
                _ => None,
            },
            Some(who) => resolve(paragraphs, &spans, &mut people, who, span.paragraph, span.open),
            // `The ministry … said only that the limit “…”`: the sentence names its own source;
            // unless that is a person named here, the one quoted before is not speaking.
            None if speaks_in_sentence(paragraphs, span) => people.subject_in(span.paragraph, span.open),
            None => {
                if is_heading(paragraphs, span) {
                    headings.push(out.len());
                }
                unattributed(paragraphs, &spans, &out, &mut people, span)
            }
        };
        out.push(Quote { text: span.text.clone(), speaker, paragraph: span.paragraph });
    }
    for i in headings {
        // `“My fears have been realized”` heading a section whose quote says it again.
        let said_again = out[i + 1..].iter().find(|q| q.text.contains(out[i].text.trim_end_matches('.')));
        if let Some(speaker) = said_again.map(|q| q.speaker.clone()) {
            out[i].speaker = speaker;
        }
    }
    out
}

/// The name the text means by what it says of the speaker.
fn resolve(
    paragraphs: &[String],
    spans: &[Span],
    people: &mut People,
    who: Who,
    quote_paragraph: usize,
    quote_at: usize,
) -> Option<String> {
    match who {
        Who::Name(name) | Who::Org(name) => people.resolve_name(&name, quote_paragraph, quote_at),
        Who::Pronoun { gender, paragraph, at } => {
            let nouns = if gender == Gender::Female { FEMALE_NOUNS } else { MALE_NOUNS };
            let found = people.pronoun_mention(Some(gender), paragraph, at)?;
            if unnamed_between(paragraphs, (found.paragraph, found.at), (paragraph, at), nouns) {
                return None;
            }
            let name = people.name_of(found.person)?;
            people.note_gender(&name, gender);
            Some(name)
        }
        Who::Role { words, owned, paragraph, at } => {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            if let Some(name) = people.by_role(&words, paragraph, at) {
                return Some(name);
            }
            let found = people.described_mention(&words, paragraph, at).filter(|_| !owned)?;
            let head = words.last().copied().unwrap_or_default();
            let unnamed = unnamed_between(paragraphs, (found.paragraph, found.at), (paragraph, at), &[head]);
            if unnamed { None } else { people.name_of(found.person) }
        }
        Who::OrgRef { head, paragraph, at } if speakers::is_issued_text(&head) => {
            issuer(paragraphs, spans, people, &head, paragraph, at)
                .or_else(|| people.organisation(&head, paragraph, at))
        }
        Who::OrgRef { head, paragraph, at } => people.organisation(&head, paragraph, at),
        Who::Nobody | Who::Unstated => None,
    }
}

/// Who issued `the statement`: the subject of the last sentence before that mentions one
/// (`Big Machine Records issued a statement …`, `The company denied it in a statement …`).
fn issuer(
    paragraphs: &[String],
    spans: &[Span],
    people: &mut People,
    head: &str,
    paragraph: usize,
    at: usize,
) -> Option<String> {
    for pi in (paragraph.saturating_sub(6)..=paragraph).rev() {
        let p = &paragraphs[pi];
        let end = if pi == paragraph { at.min(p.len()) } else { p.len() };
        for (i, _) in p.get(..end)?.rmatch_indices(head) {
            let start = sentence_start(p, i);
            let subject = attribution::sentence_subject(paragraphs, spans, pi, start, i);
            let found = match subject {
                Some(Who::OrgRef { head: other, .. }) if other == head => None,
                Some(Who::OrgRef { head: other, paragraph, at }) => people.organisation(&other, paragraph, at),
                Some(who @ (Who::Name(_) | Who::Org(_))) => resolve(paragraphs, spans, people, who, pi, start),
                _ => None,
            };
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

/// Whether someone unnamed is introduced (`a 43-year-old man`, `an elderly woman`) between a
/// named person's mention and a later place, within a few paragraphs: then `he` or `the man`
/// there means the unnamed one.
fn unnamed_between(paragraphs: &[String], from: (usize, usize), to: (usize, usize), nouns: &[&str]) -> bool {
    let first = from.0.max(to.0.saturating_sub(2));
    (first..=to.0.min(paragraphs.len().saturating_sub(1))).any(|pi| {
        let p = &paragraphs[pi];
        let start = if pi == from.0 { from.1.min(p.len()) } else { 0 };
        let end = if pi == to.0 { to.1.min(p.len()) } else { p.len() };
        let Some(text) = p.get(start..end) else { return false };
        // Only the articles are looked at, found by byte search: this runs for every pronoun.
        let introduced = |at: usize| {
            let rest = &text[at..];
            rest.split_whitespace()
                .skip(1)
                .take(3)
                .any(|n| nouns.contains(&n.trim_end_matches(|c: char| !c.is_alphanumeric())))
        };
        static A: Needle = Needle::new(b" a ");
        static AN: Needle = Needle::new(b" an ");
        static SENTENCE_A: Needle = Needle::new(b". A");
        let bytes = text.as_bytes();
        let opens = (bytes.starts_with(b"A ") || bytes.starts_with(b"An ")) && introduced(0);
        opens
            || A.finder().find_iter(bytes).chain(AN.finder().find_iter(bytes)).any(|i| introduced(i + 1))
            || SENTENCE_A.finder().find_iter(bytes).any(|i| introduced(i + 2))
    })
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

/// A quotation that is its paragraph, short and without a sentence's end: a section heading.
fn is_heading(paragraphs: &[String], span: &Span) -> bool {
    let p = &paragraphs[span.paragraph];
    let lead = p[..span.open].trim();
    (lead.is_empty() || lead.trim_end_matches('.').bytes().all(|b| b.is_ascii_digit()))
        && span.paragraph == span.end_paragraph
        && p[span.close..].trim().is_empty()
        && text::word_count(&span.text) <= 8
}

/// A quote the text does not attribute. In news style it continues the quote before it in
/// its paragraph; a quote opening its paragraph continues the quote of the paragraph before,
/// or is said by the one the paragraph before was about; a quote inside a sentence belongs to
/// the person the sentence or paragraph is about.
fn unattributed(
    paragraphs: &[String],
    spans: &[Span],
    previous: &[Quote],
    people: &mut People,
    span: &Span,
) -> Option<String> {
    let last = previous.last();
    if let Some(q) = last.filter(|q| q.paragraph == span.paragraph) {
        return q.speaker.clone();
    }
    let p = &paragraphs[span.paragraph];
    let opens_paragraph = p[..span.open].trim().is_empty();
    let start = sentence_start(p, span.open);
    if !p[start..span.open].trim().is_empty() {
        // `the purchases Mr. Trump requested — larger purchases “…”`: the person the sentence names.
        return people
            .subject_in(span.paragraph, span.open)
            .or_else(|| people.named_in(span.paragraph, start, span.open));
    }
    if let Some(q) = last.filter(|q| q.paragraph + 1 == span.paragraph) {
        return q.speaker.clone();
    }
    // `Swift's rep told Fox News that … . “…”`: who spoke in the sentence before.
    if let Some(who) = attribution::previous_speaker(paragraphs, spans, span) {
        return resolve(paragraphs, spans, people, who, span.paragraph, span.open);
    }
    if opens_paragraph && span.paragraph > 0 {
        return people.subject_in(span.paragraph - 1, paragraphs[span.paragraph - 1].len());
    }
    people.subject_in(span.paragraph, span.open)
}

/// A speech verb (`said`, `wrote`) before the quote in its own sentence, which is not the
/// second half of a split quote (`“…,” said X — “…”`).
fn speaks_in_sentence(paragraphs: &[String], span: &Span) -> bool {
    let p = &paragraphs[span.paragraph];
    let before = &p[sentence_start(p, span.open)..span.open];
    let closing: &[char] = if span.style == Style::Single { &['’', '\''] } else { &['”', '"'] };
    !before.contains(closing) && has_speech_verb(before)
}

fn has_speech_verb(text: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    words.iter().enumerate().any(|(i, w)| {
        lexicon::contains(&SPEECH_VERBS, w)
            || lexicon::PARTICLE_VERBS.iter().any(|(verb, particle)| w == verb && words.get(i + 1) == Some(particle))
    })
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

/// Speech, not a scare quote (`the “new normal”`), a term (`so-called “zombie companies”`, `a
/// “ground glass” pattern`) or a title (`“The Quiet Harbor”`, `the “Starts with one” campaign`).
fn is_speech(paragraphs: &[String], span: &Span, attribution: Option<&Attribution>) -> bool {
    if span.text.is_empty() {
        return false;
    }
    let adjacent = attribution.is_some_and(|a| a.adjacent);
    if span.style == Style::Corner {
        return adjacent || is_whole_paragraph(paragraphs, span);
    }
    let p = &paragraphs[span.paragraph];
    let words = if text::has_cjk(&span.text) { span.text.chars().count() / 3 } else { text::word_count(&span.text) };
    let start = sentence_start(p, span.open);
    let opens_sentence = p[start..span.open].trim().is_empty();
    // A word or two is speech only beside its attribution, or as a sentence of its own
    // (`“Worse,” she said. “Much worse.”`).
    if words <= 2
        && !adjacent
        && !(opens_sentence && text::is_capitalized(&span.text) && stands_alone(paragraphs, span))
    {
        return false;
    }
    // A few words inside a sentence that reports no speech are a term: `what's called “hot tub
    // lung,”`, `to pay for “Medicare for all.”`.
    let after_colon = p[..span.open].trim_end().ends_with(':');
    if words <= 4 && !opens_sentence && !after_colon && attribution.is_none() && !sentence_speaks(paragraphs, span) {
        return false;
    }
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
    // `the “Meth. We're on it.” awareness campaign`: a quotation naming the noun after it.
    let end_p = &paragraphs[span.end_paragraph];
    let next = end_p[span.close..].split_whitespace().next().unwrap_or("");
    if !adjacent && lexicon::contains(&NAMED_THINGS, next.trim_end_matches(|c: char| !c.is_alphanumeric())) {
        return false;
    }
    !is_title_case(&span.text) || adjacent
}

/// A speech verb anywhere in the quote's sentence outside the quote (or `according to`).
fn sentence_speaks(paragraphs: &[String], span: &Span) -> bool {
    let p = &paragraphs[span.paragraph];
    let before = &p[sentence_start(p, span.open)..span.open];
    let end_p = &paragraphs[span.end_paragraph];
    // After a quote that ends its sentence (`“… lung.” When …`), the words belong to the next one.
    let ended = text::ends_sentence(&span.text);
    let after = if ended { "" } else { &end_p[span.close..super::sentences::sentence_end(end_p, span.close)] };
    has_speech_verb(before) || has_speech_verb(after) || before.contains("ccording to")
}

/// `“Much worse.”` is a sentence of its own; `“Sumbi,” a documentary …` names something.
fn stands_alone(paragraphs: &[String], span: &Span) -> bool {
    let after = paragraphs[span.end_paragraph][span.close..].trim_start();
    text::ends_sentence(&span.text) || after.is_empty() || after.starts_with(['.', '!', '?', '。', '…'])
}

fn is_whole_paragraph(paragraphs: &[String], span: &Span) -> bool {
    span.open == 0 && paragraphs[span.end_paragraph][span.close..].trim().is_empty()
}

/// `The Quiet Harbor`, `Operation Warp Speed`, `Dancing with the Stars.`: every word
/// capitalised but the small ones.
fn is_title_case(text: &str) -> bool {
    let text = text.trim_end_matches('.');
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 2
        && !text::ends_sentence(text)
        && words.iter().enumerate().all(|(i, w)| {
            text::is_capitalized(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || (i > 0
                    && matches!(*w, "a" | "an" | "and" | "at" | "for" | "in" | "of" | "on" | "the" | "to" | "with"))
        })
}

#[cfg(test)]
#[path = "speech_tests.rs"]
mod tests;
