//! The people an English article names: full names with the titles and roles they come with,
//! and every mention in reading order, so `Lee`, `he` and `the minister` can be resolved.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::lexicon::{self, NOT_NAMES, OBJECT_CUES, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, ROLE_NOUNS, WordSet};
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
    /// In reading order, so lookups before a place are a binary search.
    pub mentions: Vec<Mention>,
    /// Name tokens -> person, and first or last token -> persons: lookups stay constant-time
    /// on pages that name thousands of things.
    exact: FxHashMap<String, usize>,
    by_end: FxHashMap<String, Vec<usize>>,
}

/// How far back a pronoun or a role looks for its person, in mentions.
const LOOK_BACK: usize = 500;

/// Prepositions before a place name.
static PLACE_CUES: WordSet =
    WordSet::new(&["across", "at", "in", "inside", "into", "near", "outside", "throughout", "within"]);

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

    /// Visits only the capitalised words (found byte by byte) and reads a few words around
    /// each: names are rare, and tokenising every word was most of the parser's time.
    fn scan_text(&mut self, text: &str, paragraph: Option<usize>, skip: &[Range<usize>]) {
        let mut ranges = skip.iter().peekable();
        let mut pos = 0;
        while let Some(at) = next_capital(text, pos) {
            while ranges.peek().is_some_and(|r| r.end <= at) {
                ranges.next();
            }
            if let Some(r) = ranges.peek().filter(|r| r.contains(&at)) {
                pos = r.end;
                continue;
            }
            let start = text.as_bytes()[..at].iter().rposition(u8::is_ascii_whitespace).map_or(0, |s| s + 1);
            // A lone capitalised word (most are sentence starts) is judged from itself and its
            // two neighbours, without reading the window around it.
            let mut ahead = words(&text[start..]).take(2).map(|w| shifted(w, start));
            let Some(first) = ahead.next() else { break };
            let next = ahead.next();
            let connector = |n: &Word<'_>| matches!(n.bare, "van" | "von" | "de" | "bin" | "al" | "da" | "der");
            let alone = first.ends_clause || first.possessive || next.is_none_or(|n| !n.capitalised && !connector(&n));
            if alone {
                let previous = previous_word(text, start);
                if !self.lone_word_may_be_person(previous.as_ref(), &first, next.as_ref()) {
                    // Always past the capital, whatever the words around it look like.
                    pos = first.end.max(at + 1);
                    continue;
                }
            }
            let mut back = start.saturating_sub(LOOK_BEHIND);
            while !text.is_char_boundary(back) {
                back -= 1;
            }
            let before: Vec<Word<'_>> = words(&text[back..start]).map(|w| shifted(w, back)).collect();
            let before = &before[before.len().saturating_sub(4)..];
            let mut all: Vec<Word<'_>> = before.to_vec();
            all.extend(words(&text[start..]).take(8).map(|w| shifted(w, start)));
            let i = before.len();
            let len = name_run(&all[i..]).unwrap_or(1);
            pos = all[i + len - 1].end.max(first.end).max(at + 1);
            self.look_at(&all, i, len, paragraph);
        }
    }

    /// The capitalised run `all[i..i + len]`, with up to four words before it and one after.
    fn look_at(&mut self, all: &[Word<'_>], i: usize, len: usize, paragraph: Option<usize>) {
        let run = &all[i..i + len];
        let split = run.iter().rposition(|w| speakers::is_title(w.bare)).map_or(0, |t| t + 1);
        let mut roles: Vec<String> = preceding_roles(&all[..i]);
        roles.extend(run[..split].iter().map(|w| w.bare.to_lowercase()));
        let names = &run[split..];
        let first_name = names.iter().position(|w| !lexicon::contains_folded(&NOT_NAMES, w.bare));
        let names = first_name.map_or(&[][..], |f| &names[f..]);
        let is_org = names.iter().any(|w| lexicon::contains_folded(&ORG_WORDS, w.bare));
        if names.is_empty() || is_org || names.len() > 4 {
            return;
        }
        let before = all[..i + split].iter().rev().find(|w| !roles.iter().any(|r| r.eq_ignore_ascii_case(w.bare)));
        let subject = !names[names.len() - 1].possessive
            && before.is_none_or(|w| w.ends_clause || !lexicon::contains_folded(&OBJECT_CUES, w.bare));
        // `Isla said`, but not `outside Hanoi, said` (the verb belongs to the main clause).
        let followed_by_speech = !run[len - 1].ends_clause
            && all.get(i + len).is_some_and(|w| lexicon::contains(&lexicon::SPEECH_VERBS, w.bare));
        let place = before.is_some_and(|w| !w.ends_clause && lexicon::contains_folded(&PLACE_CUES, w.bare));
        self.add(names, roles, Place { paragraph, subject, place }, followed_by_speech);
    }

    /// A capitalised word alone: a person if it is a known name's first or last word, comes
    /// before a speech verb, or after a title or person noun (`curator Pike`).
    fn lone_word_may_be_person(&self, previous: Option<&Word<'_>>, w: &Word<'_>, next: Option<&Word<'_>>) -> bool {
        if lexicon::contains_folded(&NOT_NAMES, w.bare) || speakers::is_title(w.bare) {
            return false;
        }
        let speaks = !w.ends_clause && next.is_some_and(|n| lexicon::contains(&lexicon::SPEECH_VERBS, n.bare));
        let titled = previous.is_some_and(|p| !p.ends_clause && is_person_word_folded(p.bare));
        speaks || titled || self.by_end.contains_key(w.bare)
    }

    fn add(&mut self, names: &[Word<'_>], roles: Vec<String>, at: Place, speaks: bool) {
        let Place { paragraph, subject, place } = at;
        let tokens: Vec<String> = names.iter().map(|w| w.bare.trim_end_matches(['’', '\'']).to_string()).collect();
        let key = tokens.join(" ");
        let person = match self.exact.get(&key).copied() {
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
                let id = self.persons.len();
                for end in [tokens.first(), tokens.last()].into_iter().flatten() {
                    let ids = self.by_end.entry(end.clone()).or_default();
                    if ids.last() != Some(&id) {
                        ids.push(id);
                    }
                }
                self.exact.insert(key.clone(), id);
                self.persons.push(Person { name: key, tokens, roles });
                id
            }
        };
        if let Some(paragraph) = paragraph {
            let at = names[0].start;
            self.mentions.push(Mention { paragraph, at, person, subject });
        }
    }

    /// The fullest name containing `tokens` at its start or end (`Lee` -> `Lee Jae-myung`).
    fn fullest(&self, tokens: &[String]) -> Option<usize> {
        let candidates = [tokens.first(), tokens.last()].into_iter().flatten().filter_map(|t| self.by_end.get(t));
        candidates
            .flatten()
            .copied()
            .filter(|&i| {
                let p = &self.persons[i].tokens;
                p.len() >= tokens.len() && (p.starts_with(tokens) || p.ends_with(tokens))
            })
            .max_by_key(|&i| (self.persons[i].tokens.len(), std::cmp::Reverse(i)))
    }

    /// Mentions before `(paragraph, at)`, nearest first, at most [`LOOK_BACK`] of them.
    fn before(&self, paragraph: usize, at: usize) -> impl Iterator<Item = &Mention> {
        let end = self.mentions.partition_point(|m| (m.paragraph, m.at) < (paragraph, at));
        self.mentions[..end].iter().rev().take(LOOK_BACK)
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
        let here = || self.before(paragraph, at).filter(|m| m.paragraph == paragraph);
        let found = here()
            .find(|m| m.subject)
            .or_else(|| here().next())
            .or_else(|| self.before(paragraph, at).find(|m| m.subject))
            .or_else(|| self.before(paragraph, at).next());
        found.map(|m| self.name_of(m.person))
    }

    /// The last person named as a subject in `paragraph` before byte `at`.
    pub fn subject_in(&self, paragraph: usize, at: usize) -> Option<String> {
        self.before(paragraph, at)
            .take_while(|m| m.paragraph == paragraph)
            .find(|m| m.subject)
            .map(|m| self.name_of(m.person))
    }

    /// The person last named with all these role words (`the foreign minister`), or whose
    /// roles hold the head word.
    pub fn by_role(&self, role: &[&str], paragraph: usize, at: usize) -> Option<String> {
        let head = *role.last()?;
        let matches =
            |p: &Person| role.iter().all(|w| p.roles.iter().any(|r| r == w)) || p.roles.iter().any(|r| r == head);
        self.before(paragraph, at)
            .find(|m| matches(&self.persons[m.person]))
            .map(|m| m.person)
            .or_else(|| self.persons.iter().take(LOOK_BACK).position(matches))
            .map(|p| self.name_of(p))
    }

    fn name_of(&self, person: usize) -> String {
        let best = self.fullest(&self.persons[person].tokens).unwrap_or(person);
        self.persons[best].name.clone()
    }
}

/// The word ending just before byte `start`.
fn previous_word(text: &str, start: usize) -> Option<Word<'_>> {
    let end = text.as_bytes()[..start].iter().rposition(|b| !b.is_ascii_whitespace())? + 1;
    let begin = text.as_bytes()[..end].iter().rposition(u8::is_ascii_whitespace).map_or(0, |s| s + 1);
    words(&text[begin..end]).next().map(|w| shifted(w, begin))
}

fn shifted(w: Word<'_>, by: usize) -> Word<'_> {
    Word { start: w.start + by, end: w.end + by, ..w }
}

/// Bytes before a name searched for the words that describe it.
const LOOK_BEHIND: usize = 80;

/// The next capital letter at or after `pos` that starts a word (not `O'Brien`'s `B`).
fn next_capital(text: &str, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let capital = |b: u8| b.wrapping_sub(b'A') < 26 || b.wrapping_sub(0xC3) < 3;
    while pos < bytes.len() {
        // Skip 32-byte chunks without a capital in one vectorised test each.
        let mut chunk = pos;
        while chunk + 32 <= bytes.len() && !bytes[chunk..chunk + 32].iter().fold(false, |a, &b| a | capital(b)) {
            chunk += 32;
        }
        let at = chunk + bytes[chunk..].iter().position(|&b| capital(b))?;
        pos = at + 1;
        if !text.is_char_boundary(at) || !text[at..].chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let prev = text[..at].chars().next_back();
        if prev.is_none_or(|p| !p.is_alphanumeric() && !matches!(p, '\'' | '’' | '-')) {
            return Some(at);
        }
    }
    None
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

fn is_person_word_folded(word: &str) -> bool {
    lexicon::contains_folded(&PERSON_TITLES, word)
        || lexicon::contains_folded(&ROLE_NOUNS, word)
        || lexicon::contains_folded(&PERSON_NOUNS, word)
        || word.ends_with("-year-old")
}

fn is_person_word(word: &str) -> bool {
    lexicon::contains(&PERSON_TITLES, word)
        || lexicon::contains(&ROLE_NOUNS, word)
        || lexicon::contains(&PERSON_NOUNS, word)
        || word.ends_with("-year-old")
}

/// Lower-case description words right before a name: `curator`, `Serbian third seed`.
fn preceding_roles(before: &[Word<'_>]) -> Vec<String> {
    let mut roles = Vec::new();
    for w in before.iter().rev().take(4) {
        let lower = w.bare.to_lowercase();
        if w.ends_clause || lexicon::contains(&OBJECT_CUES, &lower) || lexicon::contains(&lexicon::GLUE_WORDS, &lower) {
            break;
        }
        if lexicon::contains(&lexicon::SPEECH_VERBS, &lower) || lower == "a" || lower == "an" {
            break;
        }
        roles.push(lower);
    }
    roles
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
