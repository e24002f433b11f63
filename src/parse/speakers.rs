//! Who said a quote, in English prose: the attribution after the quote (`, he said`,
//! `said Kim`, `according to Kim`) or before it (`Lee said cooperation “…”`, `Kim said: “…”`).

use super::lexicon::{self, NOT_NAMES, ORG_WORDS, SPEECH_VERBS};
use super::quotes::Span;
use super::words::{Word, words};

/// What the text says about who is speaking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A name as written (`Lee`, `Anders Holm`), titles removed.
    Name(String),
    /// `he` / `she` at this place.
    Pronoun { paragraph: usize, at: usize },
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

const NOBODY: &[&str] = &[
    "analysts", "authorities", "critics", "experts", "i", "it", "many", "nobody", "observers", "officials", "one",
    "others", "people", "police", "residents", "some", "somebody", "someone", "sources", "they", "we", "witnesses",
];

const ADVERBS: &[&str] = &[
    "added", "again", "also", "earlier", "further", "had", "has", "have", "later", "once", "previously", "recently",
    "then", "would",
];

const NOT_ATTRIBUTION: &[&str] =
    &["after", "and", "as", "because", "before", "but", "if", "or", "so", "than", "that", "when", "which", "while"];

/// Abbreviations whose period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "a.m", "capt", "co", "col", "corp", "dr", "e.g", "gen", "gov", "i.e", "inc", "jan", "jr", "lt", "mr", "mrs", "ms",
    "no", "p.m", "prof", "rep", "sen", "sgt", "sr", "st", "u.k", "u.n", "u.s", "vs",
];

/// The attribution of one quote in English text, if the text gives one.
pub fn attribute(paragraphs: &[String], span: &Span) -> Option<Attribution> {
    let end_p = &paragraphs[span.end_paragraph];
    let after_end = sentence_end(end_p, span.close);
    let after: Vec<Word<'_>> = words(&end_p[span.close..after_end]).collect();
    if let Some(who) = from_after(&after, span.end_paragraph, span.close) {
        return Some(Attribution { who, adjacent: true });
    }
    let p = &paragraphs[span.paragraph];
    let start = sentence_start(p, span.open);
    let before: Vec<Word<'_>> = words(&p[start..span.open]).collect();
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
    lexicon::contains(SPEECH_VERBS, &lower(word))
}

/// `, he said`, `said Anders Holm, chief executive`, `according to Maria Lindgren`, `someone shouted`.
fn from_after(after: &[Word<'_>], paragraph: usize, base: usize) -> Option<Who> {
    let first = after.first()?;
    let first_lower = lower(first);
    if lexicon::contains(NOT_ATTRIBUTION, &first_lower) {
        return None;
    }
    if first_lower == "according" && after.get(1).is_some_and(|w| w.bare == "to") {
        return subject(&after[2..], paragraph, base).map(|(who, _)| who);
    }
    if is_speech_verb(first) {
        return subject(&after[1..], paragraph, base).map(|(who, _)| who);
    }
    let verb = after.iter().take(9).position(is_speech_verb)?;
    let mut end = verb;
    while end > 0 && lexicon::contains(ADVERBS, &lower(&after[end - 1])) {
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
    if let Some(i) = before.windows(2).position(|w| lower(&w[0]) == "according" && w[1].bare == "to") {
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
        let l = lower(w);
        if matches!(l.as_str(), "he" | "she") {
            return Some(Who::Pronoun { paragraph, at: base + w.start });
        }
        if lexicon::contains(NOBODY, &l) && !matches!(l.as_str(), "it" | "one" | "some" | "many") {
            return Some(Who::Nobody);
        }
        // `the minister said`, `the company said` (right before the verb); not `welcomed the sale,`.
        if l == "the" {
            let person = words.get(j + 1).is_some_and(|n| is_person_noun(&lower(n)) || n.capitalised);
            if let Some((who, used)) = subject(&words[j..], paragraph, base)
                && (person || (j + used == words.len() && !words[j + used - 1].ends_clause))
            {
                return Some(who);
            }
        }
        if !w.capitalised || w.possessive || lexicon::contains(NOT_NAMES, &l) || is_month(&l) {
            continue;
        }
        let mut start = j;
        while start > 0 && words[start - 1].capitalised && !words[start - 1].ends_clause && !words[start - 1].possessive
        {
            start -= 1;
        }
        // `with Trade Minister Yoon calling the deal “…”`: right before the verb, a name after
        // a preposition is still its subject.
        let next_to_verb = j + 1 == words.len() && !w.ends_clause;
        let object = !next_to_verb && start > 0 && lexicon::contains(lexicon::OBJECT_CUES, &lower(&words[start - 1]));
        if !object && let Some((who, _)) = subject(&words[start..=j], paragraph, base) {
            return Some(who);
        }
        j = start;
    }
    None
}

fn is_person_noun(word: &str) -> bool {
    lexicon::contains(lexicon::ROLE_NOUNS, word)
        || lexicon::contains(lexicon::PERSON_NOUNS, word)
        || lexicon::contains(lexicon::PERSON_TITLES, word)
}

fn is_month(word: &str) -> bool {
    lexicon::MONTHS.iter().any(|(m, _)| *m == word.trim_end_matches('.'))
}

/// Reads a subject phrase at the start of `phrase`; returns it and how many words it took.
fn subject(phrase: &[Word<'_>], paragraph: usize, base: usize) -> Option<(Who, usize)> {
    let first = phrase.first()?;
    let l = lower(first);
    if matches!(l.as_str(), "he" | "she") {
        return Some((Who::Pronoun { paragraph, at: base + first.start }, 1));
    }
    if lexicon::contains(NOBODY, &l) || l == "a" || l == "an" {
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
    let l = lower(w);
    !w.capitalised
        && !l.is_empty()
        && !lexicon::contains(NOT_ATTRIBUTION, &l)
        && !lexicon::contains(lexicon::OBJECT_CUES, &l)
        && !lexicon::contains(SPEECH_VERBS, &l)
        && !matches!(l.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "he" | "she" | "it" | "they")
}

/// The name in a capitalised run: after the last title (`Internal Affairs Minister Shinichi
/// Morimoto`); an organisation is nobody.
fn name_from(tokens: &[Word<'_>]) -> Option<Who> {
    let after_title = tokens.iter().rposition(|w| is_title(w.bare)).map_or(0, |t| t + 1);
    let names = &tokens[after_title..];
    if names.iter().any(|w| lexicon::contains(ORG_WORDS, &lower(w))) {
        return Some(Who::Nobody);
    }
    let names: Vec<&str> =
        names.iter().map(|w| w.bare).filter(|b| !lexicon::contains(NOT_NAMES, &b.to_lowercase())).collect();
    (!names.is_empty()).then(|| Who::Name(names.join(" ")))
}

/// A title word, also inside a compound (`Judge-Executive`).
pub fn is_title(word: &str) -> bool {
    let lower = word.trim_end_matches('.').to_lowercase();
    lexicon::contains(lexicon::PERSON_TITLES, &lower)
        || (lower.contains('-') && lower.split('-').any(|part| lexicon::contains(lexicon::PERSON_TITLES, part)))
}

/// Length of the capitalised run opening `phrase` (up to a comma or possessive).
fn subject_len(phrase: &[Word<'_>]) -> usize {
    let mut len = 0;
    for w in phrase {
        let connector = len > 0 && matches!(w.bare, "van" | "von" | "de" | "bin" | "al");
        if !(w.capitalised || connector) {
            break;
        }
        len += 1;
        if w.ends_clause || w.possessive {
            break;
        }
    }
    len.max(1)
}

/// Start of the sentence holding byte `at`.
pub fn sentence_start(p: &str, at: usize) -> usize {
    let before = &p[..at];
    let mut start = 0;
    for w in words(before) {
        if ends_sentence_word(&before[w.start..w.end], w.bare) {
            start = w.end;
        }
    }
    start
}

/// End of the sentence that goes on from byte `from`, or the next opening quote mark.
fn sentence_end(p: &str, from: usize) -> usize {
    let rest = &p[from..];
    let mut end = rest.len();
    if let Some(i) = rest.find(['“', '"', '「']) {
        end = i;
    }
    for w in words(&rest[..end]) {
        if ends_sentence_word(&rest[w.start..w.end], w.bare) {
            return from + w.end;
        }
    }
    from + end
}

fn ends_sentence_word(raw: &str, bare: &str) -> bool {
    let raw = raw.trim_end_matches(['”', '"', '’', '\'', ')']);
    if raw.ends_with(['!', '?']) {
        return true;
    }
    if !raw.ends_with('.') {
        return false;
    }
    let lower = bare.to_lowercase();
    let initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
    !initial && !lexicon::contains(ABBREVIATIONS, &lower) && !is_month(&lower)
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
