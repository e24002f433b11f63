//! Who said a quote, in English prose: the speech verb that reports it and that verb's
//! subject, read across the whole sentence as a careful reader does. After the quote: `, he
//! said`, `said Anders Holm`, `Maria Lopez, the agency's deputy director for coastal programmes,
//! said on Monday`, `— Neil Gaiman`. Before it: `Lee said cooperation “…”`, `Kim said: “…”`,
//! `Ford's father told Starner that “…”`, `…, saying “…”` (the clause's subject), `… and added,
//! “…”` (the first verb's subject), `according to X`. Other quotes in the sentence are read
//! past, not into.

use std::ops::Range;

use super::lexicon::{self, ADVERBS, NOT_ATTRIBUTION, OBJECT_CUES, WEEKDAYS};
use super::quotes::Span;
use super::sentences::{is_month, sentence_end_past_quotes, sentence_start};
use super::speakers::{self, Attribution, Place, Who, is, is_speech_verb, phrase};
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

/// Verbs that take an object: after a quote that ends its own sentence they start a new one
/// (`“…!” The mayor called a recess`), not an attribution.
const NEEDS_OBJECT: &[&str] = &["called", "described", "expressed", "hoped", "posted", "reported", "thought"];

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

fn is_adverb(w: &Word<'_>) -> bool {
    !w.capitalised && (lexicon::contains_folded(&ADVERBS, w.bare) || speakers::is_ly_adverb(w.bare) || is(w, "not"))
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

/// The verb that reports the quote: the last one, but a participle gives way to a finite verb
/// (`…, urging them to “…”` speaks for the clause's verb) and a verb in a relative clause
/// (`the letter Mike wrote was “…”`) to the verb before it.
fn governing_verb(words: &[Word<'_>], verbs: &[usize]) -> Option<usize> {
    let last = *verbs.last()?;
    let relative = |v: usize| {
        v >= 2
            && words[v - 1].capitalised
            && !words[v - 2].capitalised
            && !words[v - 2].ends_clause
            && speakers::is_role_word(&words[v - 2])
            && verbs.iter().any(|&e| e + 2 < v)
            // `a policy Corvo described as “…”`: the relative clause's verb reports the quote.
            && !words[v + 1..].iter().all(|w| is(w, "as") || is(w, "that") || is_determiner(w))
    };
    let candidates = verbs.iter().rev().copied().filter(|&v| !relative(v));
    let mut chosen = None;
    for v in candidates {
        chosen.get_or_insert(v);
        if !words[v].bare.ends_with("ing") {
            return Some(v);
        }
    }
    chosen.or(Some(last))
}

/// The subject of the verb at `verb`: the phrase right before it, past adverbs, a time
/// (`on Jan. 13`) and a parenthetical set off by commas (`Zippy Duvall, the president of …,
/// said`); for a participle after a comma or a verb after `and`, the clause's subject.
fn subject_before(words: &[Word<'_>], verb: usize, verbs: &[usize], place: Place) -> Option<Who> {
    let mut e = verb;
    loop {
        while e > 0 && is_adverb(&words[e - 1]) && !words[e - 1].ends_clause {
            e -= 1;
        }
        // `Politicians like to say`, `she wants to tell`: the verb that takes the infinitive.
        if e >= 2 && is(&words[e - 1], "to") && !words[e - 2].capitalised && !words[e - 2].ends_clause {
            e -= 2;
            continue;
        }
        break;
    }
    let prev = &words[e.checked_sub(1)?];
    if is(prev, "and") || is(prev, "but") || is(prev, "or") {
        return clause_subject(words, e - 1, verbs, place);
    }
    // `…, saying …`; `issued a statement warning that …`: the clause's subject speaks.
    let issued = speakers::is_issued_text(&prev.bare.to_lowercase());
    if (prev.ends_clause || issued) && words[verb].bare.ends_with("ing") {
        return clause_subject(words, e, verbs, place);
    }
    if prev.ends_clause {
        let seg = (0..e - 1).rev().find(|&k| words[k].ends_clause).map_or(0, |k| k + 1);
        // `he asked about …, called Omar a “terrorist” and said, “…”`: verbs in a list share
        // the first one's subject.
        if let Some(&listed) = verbs.iter().rev().find(|&&v| v < e && v >= seg.saturating_sub(1).min(e)) {
            let earlier = &verbs[..verbs.iter().position(|&x| x == listed).unwrap_or(0)];
            return subject_before(words, listed, earlier, place);
        }
        let set_off = phrase(&words[seg..e], place).map(|(who, _)| who);
        let before = if seg > 0 { phrase_ending(words, seg, place) } else { None };
        // `The Harrowgate manager, Niall Brophy, described …`: the name, not its description.
        return match (before, set_off) {
            (Some(Who::Role { .. } | Who::OrgRef { .. }) | None, Some(Who::Name(name))) => Some(Who::Name(name)),
            (Some(before), _) => Some(before),
            (None, set_off) => set_off,
        };
    }
    phrase_ending(words, e, place)
}

/// The subject of the clause holding word `k`: that of the nearest speech verb before it, or
/// the phrase opening the sentence (past an opening `In a statement,` or `On Monday,`).
fn clause_subject(words: &[Word<'_>], k: usize, verbs: &[usize], place: Place) -> Option<Who> {
    if let Some(&v) = verbs.iter().rev().find(|&&v| v < k) {
        return subject_before(words, v, &verbs[..verbs.iter().position(|&x| x == v).unwrap_or(0)], place);
    }
    // `the people shrug and think, “…”`: the subject before the first of the verbs.
    if k >= 2
        && is(&words[k], "and")
        && !words[k - 1].ends_clause
        && let Some(who) = phrase_ending(words, k - 1, place)
    {
        return Some(who);
    }
    // The nearest name before it that is nobody's object: `Liverpool city council's cabinet
    // member for culture, Harpreet Sandhu, welcomed the sale, saying …`, `Boudreau gave his
    // players a talk Tuesday, telling them …`.
    let mut j = k;
    while j > 0 {
        j -= 1;
        if !words[j].capitalised || words[j].possessive {
            continue;
        }
        let mut start = j;
        while start > 0 && words[start - 1].capitalised && !words[start - 1].ends_clause {
            start -= 1;
        }
        let object = start > 0 && lexicon::contains_folded(&OBJECT_CUES, words[start - 1].bare);
        if !object && let who @ (Who::Name(_) | Who::Org(_)) = speakers::org_or_name(&words[start..=j]) {
            return Some(who);
        }
        j = start;
    }
    let mut s = 0;
    while s < k && lexicon::contains_folded(&OBJECT_CUES, words[s].bare) {
        s = (s..k).find(|&i| words[i].ends_clause).map_or(k, |i| i + 1);
    }
    phrase(&words[s..k], place).map(|(who, _)| who)
}

/// The phrase that ends just before `e`, read back to where it starts: past descriptions
/// (`the 14th-ranked Schwartzman`), a time (`President Lee on Jan. 13`) and the words after a
/// person noun (`a man in the audience`).
fn phrase_ending(words: &[Word<'_>], mut e: usize, place: Place) -> Option<Who> {
    if e > 0 && ["he", "she", "they", "it", "we", "i"].iter().any(|x| is(&words[e - 1], x)) {
        return phrase(&words[e - 1..e], place).map(|(who, _)| who);
    }
    loop {
        let mut s = e;
        while s > 0 {
            let w = &words[s - 1];
            // `Ministry of Waterfront Infrastructure`: a connector between capitalised words.
            let connector = (is(w, "of") || is(w, "for") || w.bare == "&")
                && s >= 2
                && (words[s - 2].capitalised || speakers::describes(&words[s - 2]))
                && !words[s - 2].ends_clause;
            // `a policy Corvo described`: before a name only descriptions of a person belong to it.
            let named = words[s..e].iter().any(|n| n.capitalised);
            if named && !connector && !w.capitalised && !is_determiner(w) && !speakers::describes(w) {
                break;
            }
            let part = w.capitalised || speakers::is_role_word(w) || is_determiner(w) || w.possessive || connector;
            if !part || (s < e && w.ends_clause) {
                break;
            }
            s -= 1;
            if is_determiner(w) {
                break;
            }
        }
        // `President Lee Jae-myung on Jan. 13 called`: a time between subject and verb.
        let temporal = s < e && words[s..e].iter().all(|w| is_time_word(w));
        // `a man in the audience shouted`: the phrase runs back over a preposition to its noun.
        let attached = s >= 2
            && lexicon::contains_folded(&OBJECT_CUES, words[s - 1].bare)
            && !words[s - 2].ends_clause
            && (words[s.saturating_sub(4)..s - 1].iter().any(|w| is(w, "a") || is(w, "an")));
        if (temporal || attached) && s >= 2 && !words[s - 2].ends_clause {
            if temporal {
                e = s - 1;
                continue;
            }
            let from = (s.saturating_sub(4)..s - 1).find(|&i| is(&words[i], "a") || is(&words[i], "an"))?;
            return phrase(&words[from..e], place).map(|(who, _)| who);
        }
        if s == e {
            return None;
        }
        // `Ford and Fry replied`: several speakers are no one speaker.
        let titled = words[s..e].iter().any(|w| speakers::is_title(w.bare));
        if s >= 2 && is(&words[s - 1], "and") && words[s - 2].capitalised && !words[s - 2].ends_clause && !titled {
            return Some(Who::Nobody);
        }
        return phrase(&words[s..e], place).map(|(who, _)| who);
    }
}

fn is_determiner(w: &Word<'_>) -> bool {
    ["the", "a", "an", "his", "her", "its", "their", "our"].iter().any(|d| is(w, d))
}

/// `Jan. 13`, `Monday`, `last week`: a time, not a subject.
fn is_time_word(w: &Word<'_>) -> bool {
    is_month(w.bare)
        || lexicon::contains_folded(&WEEKDAYS, w.bare)
        || w.bare.bytes().all(|b| b.is_ascii_digit())
        || ["last", "this", "next", "week", "month", "year", "morning", "night", "evening", "afternoon"]
            .iter()
            .any(|x| is(w, x))
}

#[cfg(test)]
#[path = "attribution_tests.rs"]
mod tests;
