//! Who said a quote, in English prose: the speech verb that reports it and that verb's
//! subject, read across the whole sentence as a careful reader does. After the quote: `, he
//! said`, `said Anders Holm`, `Maria Lopez, the agency's deputy director for coastal programmes,
//! said on Monday`, `— Neil Gaiman`. Before it: `Lee said cooperation “…”`, `Kim said: “…”`,
//! `Ford's father told Starner that “…”`, `…, saying “…”` (the clause's subject), `… and added,
//! “…”` (the first verb's subject), `according to X`. Other quotes in the sentence are read
//! past, not into.

use std::ops::Range;

use super::lexicon::{self, NEEDS_OBJECT, NOT_ATTRIBUTION, OBJECT_CUES};
use super::quotes::Span;
use super::sentences::{sentence_end_past_quotes, sentence_start};
use super::speakers::{self, Attribution, Place, Who, is, is_speech_verb, phrase};
use super::subjects::{governing_verb, is_adverb, subject_before};
use super::words::{Word, words};

/// The attribution of quote `spans[index]` in English text, if the text gives one.
pub fn attribute(paragraphs: &[String], spans: &[Span], index: usize) -> Option<Attribution> {
    let span = &spans[index];
    let end_p = &paragraphs[span.end_paragraph];
    let after_end = sentence_end_past_quotes(end_p, span.close);
    let p = &paragraphs[span.paragraph];
    let start = sentence_start(p, span.open);
    let before = masked_words(p, start..span.open, spans, span.paragraph);
    let found_before = from_before(&before, Place { paragraph: span.paragraph, base: 0 });
    // `he … said, “…,” the prosecutor's office said`: the verb that opens the quote is its own.
    if let Some(found) = found_before.as_ref().filter(|f| f.adjacent) {
        return Some(found.clone());
    }
    let signed = signature(&end_p[span.close..after_end]);
    let after = || {
        let after = masked_words(end_p, span.close..after_end, spans, span.end_paragraph);
        from_after(&after, Place { paragraph: span.end_paragraph, base: 0 }, !closes_with_comma(end_p, span.close))
    };
    if let Some(who) = signed.or_else(|| after_allowed(end_p, span.close).then(after).flatten()) {
        return Some(Attribution { who, adjacent: true });
    }
    if found_before.is_some() {
        return found_before;
    }
    // `Okafor described the night:` ending the paragraph before a quote that opens its own.
    if before.is_empty() && span.paragraph > 0 {
        let previous = &paragraphs[span.paragraph - 1];
        if previous.trim_end().ends_with(':') {
            let start = sentence_start(previous, previous.len());
            let before = masked_words(previous, start..previous.len(), spans, span.paragraph - 1);
            let place = Place { paragraph: span.paragraph - 1, base: 0 };
            return from_before(&before, place).map(|found| Attribution { who: found.who, adjacent: true });
        }
    }
    None
}

/// Who speaks in the sentence before a quote that opens its own sentence without an
/// attribution (`Swift's rep told Fox News that this was not the truth. “…”`): the subject of
/// that sentence's speech verb, if it has one.
pub fn previous_speaker(paragraphs: &[String], spans: &[Span], span: &Span) -> Option<Who> {
    let p = &paragraphs[span.paragraph];
    let start = sentence_start(p, span.open);
    let (paragraph, end) = if p[..start].trim().is_empty() {
        (span.paragraph.checked_sub(1)?, paragraphs[span.paragraph - 1].trim_end().len())
    } else {
        (span.paragraph, p[..start].trim_end().len())
    };
    let text = &paragraphs[paragraph];
    let from = sentence_start(text, end.saturating_sub(1));
    let words = masked_words(text, from..end, spans, paragraph);
    let verbs: Vec<usize> = (0..words.len()).filter(|&i| verb_at(&words, i)).collect();
    let verb = governing_verb(&words, &verbs)?;
    subject_before(&words, verb, &verbs, Place { paragraph, base: 0 })
}

/// The subject opening the sentence of paragraph `paragraph` that runs from `from` to `to`
/// (past an opening `On Monday,`): `Big Machine Records issued a statement …`.
pub fn sentence_subject(
    paragraphs: &[String],
    spans: &[Span],
    paragraph: usize,
    from: usize,
    to: usize,
) -> Option<Who> {
    let words = masked_words(&paragraphs[paragraph], from..to, spans, paragraph);
    let mut s = 0;
    while s < words.len() && lexicon::contains_folded(&OBJECT_CUES, words[s].bare) {
        s = (s..words.len()).find(|&i| words[i].ends_clause).map_or(words.len(), |i| i + 1);
    }
    phrase(words.get(s..)?, Place { paragraph, base: 0 }).map(|(who, _)| who)
}

/// The words of `p[range]` outside the other quotations of paragraph `paragraph`, with their
/// offsets in `p`.
fn masked_words<'p>(p: &'p str, range: Range<usize>, spans: &[Span], paragraph: usize) -> Vec<Word<'p>> {
    let quoted = |at: usize| {
        spans.iter().any(|s| {
            let from = if s.paragraph == paragraph { s.open } else { 0 };
            let to = if s.end_paragraph == paragraph { s.close } else { usize::MAX };
            s.paragraph <= paragraph && paragraph <= s.end_paragraph && from <= at && at < to
        })
    };
    let base = range.start;
    words(&p[range])
        .map(|w| Word { start: w.start + base, end: w.end + base, ..w })
        .filter(|w| !quoted(w.start))
        .collect()
}

/// Whether what follows a quote may attribute it: after `,”`, `?”`, `!”`, a dash or a
/// fragment; after a full stop only a lower-case word (`“Please.” he said`), since a capital
/// starts a new sentence (`“… belongings.” Martha added that …`).
fn after_allowed(p: &str, close: usize) -> bool {
    let inside = p[..close].trim_end_matches(['”', '"', '’', '\'', '」']).trim_end();
    let rest = p[close..].trim_start();
    match inside.chars().next_back() {
        Some('.') => rest.starts_with(|c: char| c.is_lowercase()),
        _ => true,
    }
}

/// Whether the quote's words end with a comma (`“…,” she said`), which only an attribution follows.
fn closes_with_comma(p: &str, close: usize) -> bool {
    p[..close].trim_end_matches(['”', '"', '’', '\'']).trim_end().ends_with(',')
}

/// `“…” — Neil Gaiman`: a name signing the quote at the end of its paragraph.
fn signature(after: &str) -> Option<Who> {
    let rest = after.trim_start();
    let rest = rest.strip_prefix('—').or_else(|| rest.strip_prefix('–')).or_else(|| rest.strip_prefix("--"))?;
    let signed: Vec<Word<'_>> = words(rest).collect();
    let run = speakers::capitalised_run(&signed);
    let whole = !run.is_empty() && (run.len() == signed.len() || signed[run.len()].bracketed);
    match speakers::org_or_name(run) {
        who @ (Who::Name(_) | Who::Org(_)) if whole => Some(who),
        _ => None,
    }
}

/// A speech verb at `words[i]`, or one that reports speech with the particle after it
/// (`weighed in`, `pointed out`).
fn verb_at(words: &[Word<'_>], i: usize) -> bool {
    is_speech_verb(&words[i])
        || lexicon::PARTICLE_VERBS
            .iter()
            .any(|(verb, particle)| is(&words[i], verb) && words.get(i + 1).is_some_and(|w| is(w, particle)))
}

/// `, he said`, `said Anders Holm`, `Lopez, chief executive of Tern Labs, adds`, `was how
/// Ford described it`, `according to Maria Lindgren`.
fn from_after(words: &[Word<'_>], place: Place, sentence_ended: bool) -> Option<Who> {
    // `”, Netanyahu said`: a comma or a dash outside the marks.
    let words = &words[words.iter().position(|w| !w.bare.is_empty())?..];
    let mut i = 0;
    // `“…!” The mayor called a recess.`: a new sentence, not an attribution.
    if sentence_ended
        && words.first().is_some_and(|w| ["The", "A", "An", "It", "This", "That", "Then"].contains(&w.bare))
    {
        return None;
    }
    if words.len() > 2 && (is(&words[0], "was") || is(&words[0], "is")) && is(&words[1], "how") {
        i = 2;
    }
    let first = words.get(i)?;
    if lexicon::contains_folded(&NOT_ATTRIBUTION, first.bare) {
        return None;
    }
    if is(first, "according") && words.get(i + 1).is_some_and(|w| is(w, "to")) {
        return according_to(&words[i + 2..], place);
    }
    // `said Anders Holm`, `comments Lopez`; `“…”, saying he …` goes on with the sentence's subject.
    if is_speech_verb(first)
        && !first.bare.ends_with("ing")
        && let Some((who, _)) = phrase(&words[i + 1..], place)
    {
        return Some(who);
    }
    if let Some((who, used)) = phrase(&words[i..], place)
        && let Some(verb) = verb_after_subject(words, i + used)
        && !(sentence_ended && NEEDS_OBJECT.iter().any(|v| is(&words[verb], v)))
    {
        // `“…” Ford's family, Starner said`: a name right before the verb, set off from the
        // words before it, is the subject they belong to.
        if verb > i + used {
            let seg = (i + used..verb).rev().find(|&k| words[k - 1].ends_clause).unwrap_or(i + used);
            let run = speakers::capitalised_run(&words[seg..verb]);
            if seg + run.len() == verb
                && run.len() < verb - i
                && let Who::Name(name) = speakers::org_or_name(run)
            {
                return Some(Who::Name(name));
            }
        }
        return Some(who);
    }
    // `announced in October, said Derek Scissors`: a later verb with its subject after it.
    (i + 1..words.len())
        .filter(|&k| is_speech_verb(&words[k]) && words[k - 1].ends_clause && !words[k].bare.ends_with("ing"))
        .find_map(|k| phrase(&words[k + 1..], place))
        .map(|(who, _)| who)
}

/// `according to Maria Lindgren`; `according to a report from the institute`: who issued it.
fn according_to(words: &[Word<'_>], place: Place) -> Option<Who> {
    let issued = words.iter().take(4).position(|w| speakers::is_issued_text(&w.bare.to_lowercase()) || is(w, "study"));
    if let Some(k) = issued
        && words.get(k + 1).is_some_and(|w| is(w, "from") || is(w, "by") || is(w, "of"))
        && let Some((who, _)) = phrase(&words[k + 2..], place)
    {
        return Some(who);
    }
    phrase(words, place).map(|(who, _)| who)
}

/// The speech verb a subject ending before `j` governs: right after it (adverbs between), or
/// after an appositive of any length (`, the agency's deputy director for coastal programmes,`).
fn verb_after_subject(words: &[Word<'_>], j: usize) -> Option<usize> {
    let mut k = j;
    while k < words.len() && is_adverb(&words[k]) {
        k += 1;
    }
    if k < words.len() && verb_at(words, k) {
        return Some(k);
    }
    if !(j > 0 && words[j - 1].ends_clause) {
        return None;
    }
    // The appositive runs to the verb; a clause opened after a comma (`, and the crowd …`) ends it.
    for v in j..words.len() {
        if verb_at(words, v) {
            return Some(v);
        }
        if v > j && words[v - 1].ends_clause && lexicon::contains_folded(&NOT_ATTRIBUTION, words[v].bare) {
            return None;
        }
    }
    None
}

/// `Lee said cooperation … “`, `Kim said: “`, `Ford's father told Starner that “`.
fn from_before(words: &[Word<'_>], place: Place) -> Option<Attribution> {
    let verbs: Vec<usize> = (0..words.len()).filter(|&i| verb_at(words, i)).collect();
    let Some(verb) = governing_verb(words, &verbs) else {
        let i = words.windows(2).position(|w| is(&w[0], "according") && is(&w[1], "to"))?;
        let who = according_to(&words[i + 2..], place)?;
        return Some(Attribution { who, adjacent: false });
    };
    let adjacent = verb + 1 == words.len() || (verb + 2 == words.len() && is(&words[verb + 1], "that"));
    // `begins yelling “Mercy!”`: speech for sure, by no one the sentence names.
    let who = subject_before(words, verb, &verbs, place).or(adjacent.then_some(Who::Nobody))?;
    Some(Attribution { who, adjacent })
}

#[cfg(test)]
#[path = "attribution_tests.rs"]
mod tests;
