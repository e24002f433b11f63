//! The people an English article names: full names with the titles and roles they come with,
//! and every mention in reading order, so `Lee`, `he` and `the minister` can be resolved.

use std::ops::Range;

use super::lexicon::{self, NOT_NAMES, OBJECT_CUES, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, ROLE_NOUNS};
use super::speakers;
use super::words::{Word, words};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    tokens: Vec<String>,
    /// Lower-case words of the titles and descriptions seen with the name.
    roles: Vec<String>,
}

/// Where a person is mentioned (pronouns are not mentions; they are resolved to one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub paragraph: usize,
    pub at: usize,
    pub person: usize,
    /// Stands as the subject of its clause (not after a preposition or an object verb).
    pub subject: bool,
}

#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    pub mentions: Vec<Mention>,
}

/// Prepositions before a place name.
const PLACE_CUES: &[&str] = &["across", "at", "from", "in", "into", "near", "outside", "throughout", "to", "within"];

/// Where a name stands.
struct Place {
    paragraph: Option<usize>,
    subject: bool,
    /// After `in`, `from` …: likely a place.
    place: bool,
}

impl People {
    /// Scans paragraphs (and captions, for fuller names), skipping the text inside quotes.
    pub fn scan(paragraphs: &[String], captions: &[String], quoted: &[Vec<Range<usize>>]) -> Self {
        let mut people = People::default();
        for (pi, p) in paragraphs.iter().enumerate() {
            let skip = quoted.get(pi).map_or(&[][..], Vec::as_slice);
            people.scan_text(p, Some(pi), skip);
        }
        for c in captions {
            people.scan_text(c, None, &[]);
        }
        people
    }

    fn scan_text(&mut self, text: &str, paragraph: Option<usize>, skip: &[Range<usize>]) {
        let all: Vec<Word<'_>> = words(text).filter(|w| !skip.iter().any(|r| r.contains(&w.start))).collect();
        let mut i = 0;
        while i < all.len() {
            let Some(len) = name_run(&all[i..]) else {
                i += 1;
                continue;
            };
            let run = &all[i..i + len];
            let split = run.iter().rposition(|w| speakers::is_title(w.bare)).map_or(0, |t| t + 1);
            let mut roles: Vec<String> = preceding_roles(&all[..i]);
            roles.extend(run[..split].iter().map(|w| w.bare.to_lowercase()));
            let names = &run[split..];
            let first_name = names.iter().position(|w| !lexicon::contains(NOT_NAMES, &w.bare.to_lowercase()));
            let names = first_name.map_or(&[][..], |f| &names[f..]);
            let is_org = names.iter().any(|w| lexicon::contains(ORG_WORDS, &w.bare.to_lowercase()));
            if !names.is_empty() && !is_org && names.len() <= 4 {
                let before = all[..i + split].iter().rev().find(|w| !roles.contains(&w.bare.to_lowercase()));
                let subject = !names[names.len() - 1].possessive
                    && before.is_none_or(|w| w.ends_clause || !lexicon::contains(OBJECT_CUES, &w.bare.to_lowercase()));
                // `Isla said`, but not `outside Hanoi, said` (the verb belongs to the main clause).
                let followed_by_speech = !run[len - 1].ends_clause
                    && all.get(i + len).is_some_and(|w| lexicon::contains(lexicon::SPEECH_VERBS, w.bare));
                let place =
                    before.is_some_and(|w| !w.ends_clause && lexicon::contains(PLACE_CUES, &w.bare.to_lowercase()));
                self.add(names, roles, Place { paragraph, subject, place }, followed_by_speech);
            }
            i += len;
        }
    }

    fn add(&mut self, names: &[Word<'_>], roles: Vec<String>, at: Place, speaks: bool) {
        let Place { paragraph, subject, place } = at;
        let tokens: Vec<String> = names.iter().map(|w| w.bare.trim_end_matches(['’', '\'']).to_string()).collect();
        let tokens: Vec<String> =
            tokens.into_iter().map(|t| t.trim_end_matches("’s").trim_end_matches("'s").to_string()).collect();
        let person = match self.persons.iter().position(|p| p.tokens == tokens) {
            Some(existing) => {
                self.persons[existing].roles.extend(roles);
                existing
            }
            None => {
                // A lone word is a person only with a title, a person noun, or a speech verb; a
                // name after `in` or `from` is a place until something says otherwise.
                let titled = roles.iter().any(|r| is_person_word(r));
                if (tokens.len() == 1 && !titled && !speaks && self.fullest(&tokens).is_none()) || (place && !titled) {
                    return;
                }
                self.persons.push(Person { name: tokens.join(" "), tokens, roles });
                self.persons.len() - 1
            }
        };
        if let Some(paragraph) = paragraph {
            let at = names[0].start;
            self.mentions.push(Mention { paragraph, at, person, subject });
        }
    }

    /// The fullest name containing `tokens` at its start or end (`Lee` -> `Lee Jae-myung`).
    fn fullest(&self, tokens: &[String]) -> Option<usize> {
        self.persons
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.tokens.len() >= tokens.len() && (p.tokens.starts_with(tokens) || p.tokens.ends_with(tokens))
            })
            .max_by_key(|(i, p)| (p.tokens.len(), std::cmp::Reverse(*i)))
            .map(|(i, _)| i)
    }

    /// The fullest form of a name as written (`Lee`, `Sanae Takaichi`); the name itself if
    /// the article has no fuller one.
    pub fn resolve_name(&self, written: &str) -> Option<String> {
        let tokens: Vec<String> = written.split_whitespace().map(str::to_string).collect();
        if tokens.is_empty() {
            return None;
        }
        let person = self.fullest(&tokens)?;
        let best = self.fullest(&self.persons[person].tokens).unwrap_or(person);
        Some(self.persons[best].name.clone())
    }

    /// Who `he` or `she` at `(paragraph, at)` means: the last subject named in the same
    /// paragraph, else anyone named there, else the last subject before it.
    pub fn pronoun(&self, paragraph: usize, at: usize) -> Option<String> {
        let before: Vec<&Mention> = self.mentions.iter().filter(|m| (m.paragraph, m.at) < (paragraph, at)).collect();
        let here = || before.iter().rev().filter(|m| m.paragraph == paragraph);
        let found = here()
            .find(|m| m.subject)
            .or_else(|| here().next())
            .or_else(|| before.iter().rev().find(|m| m.subject))
            .or_else(|| before.last());
        found.map(|m| self.name_of(m.person))
    }

    /// The last person named as a subject in `paragraph` before byte `at`.
    pub fn subject_in(&self, paragraph: usize, at: usize) -> Option<String> {
        self.mentions
            .iter()
            .rev()
            .find(|m| m.paragraph == paragraph && m.at < at && m.subject)
            .map(|m| self.name_of(m.person))
    }

    /// The person last named with all these role words (`the foreign minister`), or whose
    /// roles hold the head word.
    pub fn by_role(&self, role: &[&str], paragraph: usize, at: usize) -> Option<String> {
        let head = *role.last()?;
        let matches =
            |p: &Person| role.iter().all(|w| p.roles.iter().any(|r| r == w)) || p.roles.iter().any(|r| r == head);
        self.mentions
            .iter()
            .rev()
            .filter(|m| (m.paragraph, m.at) < (paragraph, at))
            .find(|m| matches(&self.persons[m.person]))
            .map(|m| m.person)
            .or_else(|| self.persons.iter().position(matches))
            .map(|p| self.name_of(p))
    }

    fn name_of(&self, person: usize) -> String {
        let best = self.fullest(&self.persons[person].tokens).unwrap_or(person);
        self.persons[best].name.clone()
    }
}

/// Length of the run of capitalised words at the start of `words` (titles included), if any.
fn name_run(words: &[Word<'_>]) -> Option<usize> {
    let mut len = 0;
    for w in words {
        let connector = len > 0 && matches!(w.bare, "van" | "von" | "de" | "bin" | "al" | "da" | "der");
        if !(w.capitalised || connector) || w.bare.is_empty() {
            break;
        }
        len += 1;
        if w.ends_clause || w.possessive {
            break;
        }
    }
    (len > 0).then_some(len)
}

fn is_person_word(word: &str) -> bool {
    lexicon::contains(PERSON_TITLES, word)
        || lexicon::contains(ROLE_NOUNS, word)
        || lexicon::contains(PERSON_NOUNS, word)
        || word.ends_with("-year-old")
}

/// Lower-case description words right before a name: `curator`, `Serbian third seed`.
fn preceding_roles(before: &[Word<'_>]) -> Vec<String> {
    let mut roles = Vec::new();
    for w in before.iter().rev().take(4) {
        let lower = w.bare.to_lowercase();
        if w.ends_clause || lexicon::contains(OBJECT_CUES, &lower) || lexicon::contains(lexicon::GLUE_WORDS, &lower) {
            break;
        }
        if lexicon::contains(lexicon::SPEECH_VERBS, &lower) || lower == "a" || lower == "an" {
            break;
        }
        roles.push(lower);
    }
    roles
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
