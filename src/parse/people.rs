//! The people and organisations an English article names: full names with the titles, roles
//! and gender they come with, and every mention in reading order, so that `Lee`, `he`, `the
//! minister`, `the company` and `they` resolve (see [`super::references`]).
//!
//! Two spellings are one person when they share a family name and their given names agree as
//! the Gender Gap Tracker's and Citron's name tables merge them: `Joshua Apte` and `Josh Apte`
//! (one given name the start of the other), `John M. Ford` and `John Milo Ford` (an initial),
//! `James P. Kennedy Jr.` and `Kennedy` (a suffix after the family name). The fullest spelling
//! is the one reported.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::lexicon;
use super::mentions;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The fullest spelling seen, as printed (`James P. Kennedy Jr.`).
    pub name: String,
    pub(super) tokens: Vec<String>,
    /// Lower-case words of the titles and descriptions seen with the name.
    pub(super) roles: Vec<String>,
    pub(super) gender: Option<Gender>,
    /// An organisation, not a person: a company, a ministry, a platform, `the White House`.
    pub(super) organisation: bool,
    /// Someone the text does not name (`A woman leaving the store`).
    pub(super) unnamed: bool,
    /// Known to be what it is: a person by a title, a role, a gender or speech; an
    /// organisation by its name's words, a description or speech. A bare capitalised pair
    /// (`Tidewater Ventures`) is neither for sure.
    pub(super) evidence: bool,
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

/// A place in the text where a name was seen.
#[derive(Debug, Clone, Copy)]
pub struct Sighting {
    pub paragraph: usize,
    pub at: usize,
    pub subject: bool,
}

/// A name seen in the text, with what the words around it say.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    pub tokens: Vec<String>,
    pub roles: Vec<String>,
    /// After `in` or `at`: a place until something says otherwise.
    pub place: bool,
    /// Followed by a speech verb.
    pub speaks: bool,
    /// An organisation: by its words (`Inc`, `Ministry`), a description (`Volta, the … brand`),
    /// or standing after `the` (`the White House`), which is weaker evidence.
    pub organisation: bool,
    pub organisation_evidence: bool,
    pub gender: Option<Gender>,
}

#[derive(Debug, Default)]
pub struct People {
    pub persons: Vec<Person>,
    /// In reading order, so lookups before a place are a binary search.
    pub mentions: Vec<Mention>,
    /// Name -> person, and first or last token -> persons: lookups stay constant-time on pages
    /// that name thousands of things.
    exact: FxHashMap<String, usize>,
    by_end: FxHashMap<String, Vec<usize>>,
}

/// How far back a pronoun or a role looks for its person, in mentions.
pub(super) const LOOK_BACK: usize = 500;

/// Words after a family name that are part of the name (`Jr.`, `III`).
const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// The tokens without a suffix: `James P Kennedy Jr` -> `James P Kennedy`.
fn without_suffix(tokens: &[String]) -> &[String] {
    match tokens.split_last() {
        Some((last, rest)) if !rest.is_empty() && SUFFIXES.contains(&last.as_str()) => rest,
        _ => tokens,
    }
}

/// Whether two given names can be one person's: equal, one the start of the other (`Josh`,
/// `Joshua`), or one an initial of the other.
fn given_names_agree(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    a == b || (short.len() == 1 && long.starts_with(short)) || (short.len() >= 3 && long.starts_with(short))
}

/// Two spellings of one person's name: the same family name and agreeing given names.
fn same_person(a: &[String], b: &[String]) -> bool {
    let (a, b) = (without_suffix(a), without_suffix(b));
    a.len() >= 2
        && b.len() >= 2
        && a.last() == b.last()
        && given_names_agree(&a[0], &b[0])
        && (a.len() != b.len()
            || a[1..a.len() - 1].iter().zip(&b[1..b.len() - 1]).all(|(x, y)| given_names_agree(x, y)))
}

/// How full a spelling is: more words, then longer ones.
fn fullness(tokens: &[String]) -> (usize, usize) {
    (tokens.len(), tokens.iter().map(String::len).sum())
}

/// The printed name: initials and suffixes keep their periods (`James P. Kennedy Jr.`).
fn display(tokens: &[String]) -> String {
    let mut out = String::new();
    for t in tokens {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
        let initial = t.len() == 1 && t.bytes().all(|b| b.is_ascii_uppercase());
        // `U.S.`, `Inc.`: abbreviations keep their last period.
        let dotted = t.len() <= 4 && t.contains('.') && !t.ends_with('.');
        if initial || dotted || matches!(t.as_str(), "Jr" | "Sr" | "Inc" | "Corp" | "Ltd" | "Co") {
            out.push('.');
        }
    }
    out
}

impl People {
    /// Scans paragraphs (and captions, for fuller names), skipping the text inside quotes.
    pub fn scan(paragraphs: &[String], captions: &[String], quoted: &[Vec<Range<usize>>]) -> Self {
        let mut people = People::default();
        for (pi, p) in paragraphs.iter().enumerate() {
            let skip = quoted.get(pi).map_or(&[][..], Vec::as_slice);
            mentions::scan_text(&mut people, p, Some(pi), skip);
        }
        for c in captions {
            mentions::scan_text(&mut people, c, None, &[]);
        }
        people
    }

    /// Whether a word is the first or last word of a known name.
    pub fn knows_word(&self, word: &str) -> bool {
        self.by_end.contains_key(word)
    }

    /// Records a name seen in the text (`sighting` is `None` in captions).
    pub fn sight(&mut self, seen: Seen, sighting: Option<Sighting>) {
        let Seen { tokens, roles, place, speaks, organisation, organisation_evidence, gender } = seen;
        let key = tokens.join(" ");
        let gender = gender.or_else(|| if tokens.len() > 1 { given_name_gender(&tokens) } else { None });
        let person_word = roles.iter().any(|r| mentions::is_person_word(r));
        // `Big Machine` after `Big Machine Records`: the organisation again.
        let shortened = || {
            (tokens.len() > 1)
                .then(|| {
                    self.containing(&tokens)
                        .find(|&i| self.persons[i].organisation && self.persons[i].tokens.starts_with(&tokens))
                })
                .flatten()
        };
        let existing = self.exact.get(&key).copied().or_else(shortened).or_else(|| self.same_as(&tokens));
        let person = match existing {
            Some(existing) => {
                let p = &mut self.persons[existing];
                p.roles.extend(roles);
                // A person stays one unless the text says otherwise for sure (`the Trump
                // administration` does not make Trump a company).
                p.organisation |= organisation && organisation_evidence && !person_word;
                p.gender = p.gender.or(gender);
                p.evidence |= speaks || gender.is_some() || person_word || organisation_evidence;
                if !p.organisation && fullness(&tokens) > fullness(&p.tokens) && tokens.len() > 1 {
                    p.name = display(&tokens);
                    p.tokens = tokens.clone();
                    self.index(existing, &tokens);
                }
                self.exact.insert(key, existing);
                existing
            }
            None => {
                // A lone word is a person only with a title, a person noun, a given name or a
                // speech verb; a name after `in` or `at` is a place until something says otherwise.
                let named = tokens.len() == 1 && lexicon::is_given_name(&tokens[0]) && !place;
                let titled = person_word || organisation;
                if (tokens.len() == 1 && !titled && !speaks && !named) || (place && !titled) {
                    return;
                }
                let evidence = speaks || gender.is_some() || titled && !organisation || organisation_evidence;
                let name = display(&tokens);
                let person = Person { name, tokens, roles, gender, organisation, unnamed: false, evidence };
                self.add(person, key)
            }
        };
        if let Some(s) = sighting {
            self.mentions.push(Mention { paragraph: s.paragraph, at: s.at, person, subject: s.subject });
        }
    }

    /// Records someone unnamed (`A woman …`): pronouns after it mean nobody the text names.
    pub fn sight_unnamed(&mut self, s: Sighting, gender: Option<Gender>) {
        let person = self.persons.len();
        self.persons.push(Person {
            name: String::new(),
            tokens: Vec::new(),
            roles: Vec::new(),
            gender,
            organisation: false,
            unnamed: true,
            evidence: true,
        });
        self.mentions.push(Mention { paragraph: s.paragraph, at: s.at, person, subject: s.subject });
    }

    /// Another spelling of a person already seen (`Salnikov` after `Viktor Salnikov`, `Josh
    /// Apte` after `Joshua Apte`).
    fn same_as(&self, tokens: &[String]) -> Option<usize> {
        if tokens.len() == 1 {
            return self.fullest(tokens);
        }
        let family = without_suffix(tokens).last()?;
        let candidates = self.by_end.get(family)?;
        candidates
            .iter()
            .copied()
            .find(|&i| !self.persons[i].organisation && same_person(&self.persons[i].tokens, tokens))
    }

    fn add(&mut self, person: Person, key: String) -> usize {
        let id = self.persons.len();
        let tokens = person.tokens.clone();
        self.exact.insert(key, id);
        self.persons.push(person);
        self.index(id, &tokens);
        id
    }

    /// Files a person under the first and last words of a spelling (and the family name
    /// before a suffix).
    fn index(&mut self, id: usize, tokens: &[String]) {
        let family = without_suffix(tokens).last();
        for end in [tokens.first(), tokens.last(), family].into_iter().flatten() {
            let ids = self.by_end.entry(end.clone()).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    /// Persons whose name holds `tokens` at its start or end (`Lee` in `Lee Jae-myung`,
    /// `Kennedy` in `James P. Kennedy Jr.`).
    pub(super) fn containing<'a>(&'a self, tokens: &'a [String]) -> impl Iterator<Item = usize> + 'a {
        let ends = [tokens.first(), tokens.last()].into_iter().flatten().filter_map(|t| self.by_end.get(t));
        let mut seen = Vec::new();
        ends.flatten().copied().filter(move |&i| {
            let p = without_suffix(&self.persons[i].tokens);
            let fits = |p: &[String]| p.len() >= tokens.len() && (p.starts_with(tokens) || p.ends_with(tokens));
            let found = (fits(p) || fits(&self.persons[i].tokens)) && !seen.contains(&i);
            if found {
                seen.push(i);
            }
            found
        })
    }

    /// The fullest name containing `tokens` (`Lee` -> `Lee Jae-myung`).
    pub(super) fn fullest(&self, tokens: &[String]) -> Option<usize> {
        self.containing(tokens).max_by_key(|&i| (fullness(&self.persons[i].tokens), std::cmp::Reverse(i)))
    }

    /// Mentions before `(paragraph, at)`, nearest first, at most [`LOOK_BACK`] of them.
    pub(super) fn before(&self, paragraph: usize, at: usize) -> impl Iterator<Item = &Mention> {
        let end = self.mentions.partition_point(|m| (m.paragraph, m.at) < (paragraph, at));
        self.mentions[..end].iter().rev().take(LOOK_BACK)
    }

    /// The person or organisation a name as written means at a place (`Lee`, `Sanae
    /// Takaichi`, `Big Machine`): of the names holding it, the one mentioned last before the
    /// place, else the fullest; the name itself if the article has no fuller one.
    pub fn resolve_name(&self, written: &str, paragraph: usize, at: usize) -> Option<String> {
        let tokens: Vec<String> = written.split_whitespace().map(str::to_string).collect();
        if tokens.is_empty() {
            return None;
        }
        let candidates: Vec<usize> = self.containing(&tokens).collect();
        let recent = self.before(paragraph, at).map(|m| m.person).find(|p| candidates.contains(p));
        let Some(person) = recent.or_else(|| self.fullest(&tokens)) else {
            return Some(display(&tokens));
        };
        self.name_of(person)
    }

    /// Learns a person's gender from a resolved `he said` / `she said`.
    pub fn note_gender(&mut self, name: &str, gender: Gender) {
        if let Some(i) = self.persons.iter().position(|p| p.name == name && !p.organisation) {
            self.persons[i].gender.get_or_insert(gender);
            self.persons[i].evidence = true;
        }
    }

    /// The last person named in `paragraph` between bytes `from` and `to`, in any role.
    pub fn named_in(&self, paragraph: usize, from: usize, to: usize) -> Option<String> {
        self.before(paragraph, to)
            .take_while(|m| m.paragraph == paragraph && m.at >= from)
            .find(|m| !self.persons[m.person].organisation)
            .and_then(|m| self.name_of(m.person))
    }

    /// The last person named as a subject in `paragraph` before byte `at`.
    pub fn subject_in(&self, paragraph: usize, at: usize) -> Option<String> {
        self.before(paragraph, at)
            .take_while(|m| m.paragraph == paragraph)
            .find(|m| m.subject && !self.persons[m.person].organisation)
            .and_then(|m| self.name_of(m.person))
    }

    /// The name to report: the fullest spelling of the same person; nobody for someone unnamed.
    pub(super) fn name_of(&self, person: usize) -> Option<String> {
        let p = &self.persons[person];
        if p.unnamed {
            return None;
        }
        if p.organisation {
            let best = self.containing(&p.tokens).filter(|&i| self.persons[i].organisation);
            let best = best.max_by_key(|&i| (fullness(&self.persons[i].tokens), std::cmp::Reverse(i)));
            return Some(self.persons[best.unwrap_or(person)].name.clone());
        }
        let best = self.fullest(&p.tokens).filter(|&i| !self.persons[i].organisation).unwrap_or(person);
        Some(self.persons[best].name.clone())
    }
}

/// The gender a name's given name usually carries (`Teresa Nielsen Hayden` -> female).
fn given_name_gender(tokens: &[String]) -> Option<Gender> {
    let first = tokens.first()?;
    lexicon::given_name_is_female(first).map(|female| if female { Gender::Female } else { Gender::Male })
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
