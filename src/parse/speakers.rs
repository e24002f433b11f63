//! Who said a quote, in English prose: the attribution after the quote (`, he said`,
//! `said Kim`, `according to Kim`) or before it (`Lee said cooperation “…”`, `Kim said: “…”`).

use super::lexicon::{self, NOT_NAMES, ORG_WORDS, SPEECH_VERBS};
use super::lexicon::{ABBREVIATIONS, ADVERBS, NEEDS_OBJECT, NOBODY, NOT_ATTRIBUTION};
use super::people::Gender;
use super::quotes::Span;
use super::words::{Word, words};

/// What the text says about who is speaking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A name as written (`Lee`, `Anders Holm`), titles removed.
    Name(String),
    /// `he` / `she` at this place.
    Pronoun { gender: Gender, paragraph: usize, at: usize },
    /// `the minister`, `the foreign minister`: lower-case words.
    Role { words: Vec<String>, paragraph: usize, at: usize },
    /// Said by someone the text does not name: `a government official`, `the company`, `someone`.
    Nobody,
    /// Speech for sure (`“…”라고 말했다`), but the sentence does not say whose.
    Unstated,
}

/// An attribution and whether it sits right next to the quote (`“No,” he said`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub who: Who,
    pub adjacent: bool,
}

/// The attribution of one quote in English text, if the text gives one.
pub fn attribute(paragraphs: &[String], span: &Span) -> Option<Attribution> {
    let end_p = &paragraphs[span.end_paragraph];
    let after_end = sentence_end(end_p, span.close);
    let mut after: Vec<Word<'_>> = Vec::with_capacity(16);
    after.extend(words(&end_p[span.close..after_end]));
    if let Some(who) = from_after(&after, span.end_paragraph, span.close) {
        return Some(Attribution { who, adjacent: true });
    }
    let p = &paragraphs[span.paragraph];
    let start = sentence_start(p, span.open);
    let mut before: Vec<Word<'_>> = Vec::with_capacity(32);
    before.extend(words(&p[start..span.open]));
    if let Some((who, adjacent)) = from_before(&before, span.paragraph, start) {
        return Some(Attribution { who, adjacent });
    }
    // `Okafor described the night:` ending the paragraph before a quote that opens its own.
    if before.is_empty() && span.paragraph > 0 {
        let previous = &paragraphs[span.paragraph - 1];
        if previous.trim_end().ends_with(':') {
            let start = sentence_start(previous, previous.len());
            let before: Vec<Word<'_>> = words(&previous[start..]).collect();
            return from_before(&before, span.paragraph - 1, start).map(|(who, _)| Attribution { who, adjacent: true });
        }
    }
    None
}

fn lower(word: &Word<'_>) -> String {
    word.bare.to_lowercase()
}

fn is_speech_verb(word: &Word<'_>) -> bool {
    lexicon::contains_folded(&SPEECH_VERBS, word.bare)
}

/// `, he said`, `said Anders Holm, chief executive`, `according to Maria Lindgren`, `someone shouted`.
fn from_after(after: &[Word<'_>], paragraph: usize, base: usize) -> Option<Who> {
    let first = after.first()?;
    let first_lower = lower(first);
    if lexicon::contains(&NOT_ATTRIBUTION, &first_lower) {
        return None;
    }
    if first_lower == "according" && after.get(1).is_some_and(|w| w.bare == "to") {
        return subject(&after[2..], paragraph, base).map(|(who, _)| who);
    }
    if is_speech_verb(first) {
        return subject(&after[1..], paragraph, base).map(|(who, _)| who);
    }
    // After a quote, only verbs that report it close the quote (`The mayor called a recess`
    // is a new sentence, not an attribution).
    let verb = after.iter().take(9).position(|w| is_speech_verb(w) && !NEEDS_OBJECT.iter().any(|v| is(w, v)))?;
    let mut end = verb;
    while end > 0 && lexicon::contains_folded(&ADVERBS, after[end - 1].bare) {
        end -= 1;
    }
    let phrase = &after[..end];
    // The subject must fill the gap (an appositive after a comma is allowed).
    let (who, used) = subject(phrase, paragraph, base)?;
    let rest_is_appositive = used >= phrase.len() || phrase[used - 1].ends_clause;
    rest_is_appositive.then_some(who)
}

/// `Lee said cooperation … “`, `Kim said: “`, `According to Kim, “`.
fn from_before(before: &[Word<'_>], paragraph: usize, base: usize) -> Option<(Who, bool)> {
    if let Some(i) = before.windows(2).position(|w| is(&w[0], "according") && w[1].bare == "to") {
        return subject(&before[i + 2..], paragraph, base).map(|(who, _)| (who, false));
    }
    let verbs: Vec<usize> = (0..before.len()).filter(|&i| is_speech_verb(&before[i])).collect();
    let &last = verbs.last()?;
    // `…, urging the two neighbors to “…”`: a participle speaks for the clause's own verb.
    let verb = if before[last].bare.ends_with("ing") {
        verbs.iter().rev().copied().find(|&i| !before[i].bare.ends_with("ing")).unwrap_or(last)
    } else {
        last
    };
    // `Kim said: “…”`, `Kim said that “…”`: nothing but the verb between speaker and quote.
    let adjacent = verb + 1 == before.len() || (verb + 2 == before.len() && before[verb + 1].bare == "that");
    nearest_subject(&before[..verb], paragraph, base).map(|who| (who, adjacent))
}

/// The closest speaker-like phrase before a verb: a pronoun, a name, or `the ROLE`. Names
/// after a preposition (`an economist at Hanbit Securities`) are passed over.
fn nearest_subject(words: &[Word<'_>], paragraph: usize, base: usize) -> Option<Who> {
    let mut j = words.len();
    while j > 0 {
        j -= 1;
        let w = &words[j];
        let next_to_verb = j + 1 == words.len();
        if is(w, "he") || is(w, "she") {
            return Some(Who::Pronoun { gender: pronoun_gender(w), paragraph, at: base + w.start });
        }
        if lexicon::contains_folded(&NOBODY, w.bare) && !["it", "one", "some", "many"].iter().any(|x| is(w, x)) {
            return Some(Who::Nobody);
        }
        // `a man in the audience shouted`: someone the text does not name (but in `Kwon, an
        // economist at …, said` the phrase only describes the name before it, and in `trained
        // as a nurse` it is no subject).
        let clause_start = j.checked_sub(1).is_none_or(|k| words[k].ends_clause && !words[k].capitalised);
        if (is(w, "a") || is(w, "an")) && clause_start && words.get(j + 1).is_some_and(|n| is_person_noun(n.bare)) {
            return Some(Who::Nobody);
        }
        // `the minister said`, `the company said`, `the Serbian said` (right before the verb);
        // not `welcomed the sale,` nor `at the University of Lagos who took part`.
        if is(w, "the") {
            let person = words.get(j + 1).is_some_and(|n| is_person_noun(n.bare));
            if let Some((who, used)) = subject(&words[j..], paragraph, base)
                && (person || (j + used == words.len() && !words[j + used - 1].ends_clause))
            {
                return Some(who);
            }
        }
        if !w.capitalised || w.possessive || lexicon::contains_folded(&NOT_NAMES, w.bare) || is_month(w.bare) {
            continue;
        }
        // `Graham Tolley, who chairs the Traders’ Association, called it`: a name closing an
        // appositive or relative clause right before the verb is not its subject.
        if next_to_verb && w.ends_clause {
            let start = run_start(words, j);
            // But `Its president, Choi Kwang-hoon, told`: a name set off after its role is it.
            let after_role = start.checked_sub(1).map(|k| &words[k]).is_some_and(|role| {
                role.ends_clause && !role.capitalised && lexicon::contains_folded(&lexicon::PERSON_TITLES, role.bare)
            });
            if after_role && let Some((who, _)) = subject(&words[start..=j], paragraph, base) {
                return Some(who);
            }
            j = start;
            continue;
        }
        let mut start = run_start(words, j);
        // `the Ministry of Waterfront Infrastructure`: one organisation's name.
        while start >= 2 && is(&words[start - 1], "of") && words[start - 2].capitalised {
            start = run_start(words, start - 2);
        }
        // `with Trade Minister Yoon calling the deal “…”`: right before the verb, a name after
        // `with` is still its subject.
        let mut before = start;
        while before > 0 && ["the", "a", "an"].iter().any(|d| is(&words[before - 1], d)) {
            before -= 1;
        }
        let cue = before.checked_sub(1).map(|k| &words[k]);
        let object = cue.is_some_and(|c| {
            lexicon::contains_folded(&lexicon::OBJECT_CUES, c.bare) && !(next_to_verb && is(c, "with"))
        });
        if !object {
            if (start..=j).any(|k| is(&words[k], "of")) {
                return Some(Who::Nobody);
            }
            if let Some((who, _)) = subject(&words[start..=j], paragraph, base) {
                return Some(who);
            }
        }
        j = start;
    }
    None
}

/// Start of the run of capitalised words ending at `j`.
fn run_start(words: &[Word<'_>], j: usize) -> usize {
    let mut start = j;
    while start > 0 && words[start - 1].capitalised && !words[start - 1].ends_clause && !words[start - 1].possessive {
        start -= 1;
    }
    start
}

fn is_person_noun(word: &str) -> bool {
    lexicon::contains_folded(&lexicon::ROLE_NOUNS, word)
        || lexicon::contains_folded(&lexicon::PERSON_NOUNS, word)
        || lexicon::contains_folded(&lexicon::PERSON_TITLES, word)
}

fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    lexicon::MONTHS.iter().any(|(m, _)| m.eq_ignore_ascii_case(word))
}

/// Reads a subject phrase at the start of `phrase`; returns it and how many words it took.
fn subject(phrase: &[Word<'_>], paragraph: usize, base: usize) -> Option<(Who, usize)> {
    let first = phrase.first()?;
    let l = lower(first);
    if matches!(l.as_str(), "he" | "she") {
        return Some((Who::Pronoun { gender: pronoun_gender(first), paragraph, at: base + first.start }, 1));
    }
    if lexicon::contains(&NOBODY, &l) || l == "a" || l == "an" {
        return Some((Who::Nobody, phrase.len()));
    }
    if matches!(l.as_str(), "the" | "his" | "her" | "its" | "their") {
        let mut words = Vec::new();
        for w in phrase[1..].iter().take(5).take_while(|w| !is_speech_verb(w)) {
            words.push(lower(w));
            if w.ends_clause {
                break;
            }
        }
        let used = 1 + words.len();
        return (!words.is_empty()).then_some((Who::Role { words, paragraph, at: base + first.start }, used));
    }
    // A name, maybe behind a company and a role: `Nordlys chief executive Mette Kjærgaard`,
    // `project manager Yuki Tanabe`, `Kim, a spokesperson for …` (the appositive is not read).
    let mut best = None;
    let mut i = 0;
    let mut lower_run = 0;
    while i < phrase.len() {
        let w = &phrase[i];
        if w.capitalised {
            let len = subject_len(&phrase[i..]);
            let last = &phrase[i + len - 1];
            if !last.possessive {
                best = Some(i..i + len);
            }
            i += len;
            lower_run = 0;
            if last.ends_clause {
                break;
            }
        } else if is_role_word(w) && lower_run < 4 && !w.ends_clause {
            lower_run += 1;
            i += 1;
        } else {
            break;
        }
    }
    let range = best?;
    name_from(&phrase[range.clone()]).map(|who| (who, range.end))
}

/// A lower-case word that can describe a person before a name (`chief`, `executive`).
fn is_role_word(w: &Word<'_>) -> bool {
    !w.capitalised
        && !w.bare.is_empty()
        && !lexicon::contains_folded(&NOT_ATTRIBUTION, w.bare)
        && !lexicon::contains_folded(&lexicon::OBJECT_CUES, w.bare)
        && !lexicon::contains_folded(&SPEECH_VERBS, w.bare)
        && !["the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they"].iter().any(|x| is(w, x))
}

fn pronoun_gender(w: &Word<'_>) -> Gender {
    if is(w, "she") { Gender::Female } else { Gender::Male }
}

/// The word, in any case.
fn is(w: &Word<'_>, s: &str) -> bool {
    w.bare.eq_ignore_ascii_case(s)
}

/// The name in a capitalised run: after the last title (`Internal Affairs Minister Shinichi
/// Morimoto`); an organisation is nobody.
fn name_from(tokens: &[Word<'_>]) -> Option<Who> {
    let after_title = tokens.iter().rposition(|w| is_title(w.bare)).map_or(0, |t| t + 1);
    let names = &tokens[after_title..];
    if names.iter().any(|w| lexicon::contains_folded(&ORG_WORDS, w.bare)) {
        return Some(Who::Nobody);
    }
    let names: Vec<&str> = names.iter().map(|w| w.bare).filter(|b| !lexicon::contains_folded(&NOT_NAMES, b)).collect();
    (!names.is_empty()).then(|| Who::Name(names.join(" ")))
}

/// A title word, also inside a compound (`Judge-Executive`).
pub fn is_title(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    lexicon::contains_folded(&lexicon::PERSON_TITLES, word)
        || (word.contains('-') && word.split('-').any(|part| lexicon::contains_folded(&lexicon::PERSON_TITLES, part)))
}

/// Length of the capitalised run opening `phrase` (up to a comma or possessive).
fn subject_len(phrase: &[Word<'_>]) -> usize {
    let mut len = 0;
    for w in phrase {
        let connector = len > 0 && matches!(w.bare, "van" | "von" | "de" | "bin" | "al");
        if !(w.capitalised || connector) || (len > 0 && w.bracketed) {
            break;
        }
        len += 1;
        if w.ends_clause || w.possessive {
            break;
        }
    }
    len.max(1)
}

/// How far attribution looks around a quote, in bytes: a sentence, not a whole page.
const WINDOW: usize = 600;

fn floor_boundary(p: &str, mut i: usize) -> usize {
    while !p.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Start of the sentence holding byte `at` (at most `WINDOW` bytes back): just after the
/// last `.`, `!` or `?` that ends a word which is not an abbreviation (`Dr.`, `Jan.`, `J.`).
pub fn sentence_start(p: &str, at: usize) -> usize {
    let from = floor_boundary(p, at.saturating_sub(WINDOW));
    let bytes = p.as_bytes();
    let mut end = at;
    while let Some(i) = memchr::memrchr3(b'.', b'!', b'?', &bytes[from..end]).map(|i| from + i) {
        if let Some(word_end) = sentence_end_at(p, i, at) {
            return word_end;
        }
        end = i;
    }
    from
}

/// End of the sentence that goes on from byte `from`, or the next opening quote mark.
fn sentence_end(p: &str, from: usize) -> usize {
    let rest = &p[from..floor_boundary(p, (from + WINDOW).min(p.len()))];
    let end = from + next_open_quote(rest.as_bytes()).unwrap_or(rest.len());
    let bytes = p.as_bytes();
    let mut pos = from;
    while let Some(i) = memchr::memchr3(b'.', b'!', b'?', &bytes[pos..end]).map(|i| pos + i) {
        if let Some(word_end) = sentence_end_at(p, i, end) {
            return word_end;
        }
        pos = i + 1;
    }
    end
}

/// Byte offset of the first `“`, `"` or `「`: their first bytes found by `memchr3`, not by
/// decoding every character.
fn next_open_quote(bytes: &[u8]) -> Option<usize> {
    let (left, corner) = ("“".as_bytes(), "「".as_bytes());
    memchr::memchr3_iter(b'"', left[0], corner[0], bytes)
        .find(|&i| bytes[i] == b'"' || bytes[i..].starts_with(left) || bytes[i..].starts_with(corner))
}

/// If the `.`/`!`/`?` at byte `i` ends a sentence (closing marks may follow, then a space
/// or `limit`), where the sentence's last word ends.
fn sentence_end_at(p: &str, i: usize, limit: usize) -> Option<usize> {
    let bytes = p.as_bytes();
    let mut j = i + 1;
    // Closing marks: ” ’ (three bytes each) " ' )
    loop {
        match bytes.get(j..j + 3) {
            Some([0xE2, 0x80, 0x9D | 0x99]) => j += 3,
            _ if matches!(bytes.get(j), Some(b'"' | b'\'' | b')')) => j += 1,
            _ => break,
        }
    }
    if j < limit && !bytes[j].is_ascii_whitespace() {
        return None;
    }
    if bytes[i] != b'.' {
        return Some(j.min(limit));
    }
    let start = bytes[..i].iter().rposition(u8::is_ascii_whitespace).map_or(0, |s| s + 1);
    let bare = p[start..i].trim_start_matches(|c: char| !c.is_alphanumeric());
    let initial = bare.len() == 1 && bare.bytes().all(|b| b.is_ascii_uppercase());
    let abbreviation = initial || lexicon::contains_folded(&ABBREVIATIONS, bare) || is_month(bare);
    (!abbreviation).then_some(j.min(limit))
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
