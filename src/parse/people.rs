//! The people an English article names: full names with the titles, roles and gender they
//! come with, and every mention in reading order, so `Lee`, `he` and `the minister` resolve.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::lexicon::TITLES_IN_FULL;
use super::mentions;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    tokens: Vec<String>,
    /// Lower-case words of the titles and descriptions seen with the name.
    roles: Vec<String>,
    gender: Option<Gender>,
    /// Introduced as a company or another organisation (`Volta, the … brand`).
    organisation: bool,
    /// Someone the text does not name (`A woman leaving the store`).
    unnamed: bool,
    /// Known to be a person: a title or role, a gender, speech. A bare capitalised pair
    /// (`Tidewater Ventures`) may be a company; pronouns prefer people with evidence.
    evidence: bool,
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
const LOOK_BACK: usize = 500;

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
    #[allow(clippy::too_many_arguments)]
    pub fn sight(
        &mut self,
        tokens: Vec<String>,
        roles: Vec<String>,
        sighting: Option<Sighting>,
        place: bool,
        speaks: bool,
        organisation: bool,
        gender: Option<Gender>,
    ) {
        let key = tokens.join(" ");
        // `Salnikov` after `Viktor Salnikov`: the same person, not another one.
        let fuller = if tokens.len() == 1 { self.fullest(&tokens) } else { None };
        let person = match self.exact.get(&key).copied().or(fuller) {
            Some(existing) => {
                let evidence = speaks || gender.is_some() || roles.iter().any(|r| mentions::is_person_word(r));
                let p = &mut self.persons[existing];
                p.roles.extend(roles);
                p.organisation |= organisation;
                p.gender = p.gender.or(gender);
                p.evidence |= evidence;
                existing
            }
            None => {
                // A lone word is a person only with a title, a person noun, or a speech verb; a
                // name after `in` or `at` is a place until something says otherwise.
                let titled = roles.iter().any(|r| mentions::is_person_word(r)) || organisation;
                if (tokens.len() == 1 && !titled && !speaks) || (place && !titled) {
                    return;
                }
                let evidence = speaks || gender.is_some() || (titled && !organisation);
                self.add(Person { name: key, tokens, roles, gender, organisation, unnamed: false, evidence })
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

    fn add(&mut self, person: Person) -> usize {
        let id = self.persons.len();
        for end in [person.tokens.first(), person.tokens.last()].into_iter().flatten() {
            let ids = self.by_end.entry(end.clone()).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
        self.exact.insert(person.name.clone(), id);
        self.persons.push(person);
        id
    }

    /// Persons whose name holds `tokens` at its start or end (`Lee` in `Lee Jae-myung`).
    fn containing<'a>(&'a self, tokens: &'a [String]) -> impl Iterator<Item = usize> + 'a {
        let ends = [tokens.first(), tokens.last()].into_iter().flatten().filter_map(|t| self.by_end.get(t));
        ends.flatten().copied().filter(move |&i| {
            let p = &self.persons[i].tokens;
            p.len() >= tokens.len() && (p.starts_with(tokens) || p.ends_with(tokens))
        })
    }

    /// The fullest name containing `tokens` (`Lee` -> `Lee Jae-myung`).
    fn fullest(&self, tokens: &[String]) -> Option<usize> {
        self.containing(tokens).max_by_key(|&i| (self.persons[i].tokens.len(), std::cmp::Reverse(i)))
    }

    /// Mentions before `(paragraph, at)`, nearest first, at most [`LOOK_BACK`] of them.
    fn before(&self, paragraph: usize, at: usize) -> impl Iterator<Item = &Mention> {
        let end = self.mentions.partition_point(|m| (m.paragraph, m.at) < (paragraph, at));
        self.mentions[..end].iter().rev().take(LOOK_BACK)
    }

    /// The person a name as written means at a place (`Lee`, `Sanae Takaichi`): of the names
    /// holding it, the one mentioned last before the place, else the fullest. `None` for an
    /// organisation; the name itself if the article has no fuller one.
    pub fn resolve_name(&self, written: &str, paragraph: usize, at: usize) -> Option<String> {
        let tokens: Vec<String> = written.split_whitespace().map(str::to_string).collect();
        if tokens.is_empty() {
            return None;
        }
        let candidates: Vec<usize> = self.containing(&tokens).collect();
        let recent = self.before(paragraph, at).map(|m| m.person).find(|p| candidates.contains(p));
        let Some(person) = recent.or_else(|| self.fullest(&tokens)) else {
            return Some(written.to_string());
        };
        self.name_of(person)
    }

    /// Who `he` or `she` at `(paragraph, at)` means: the last subject named in the same
    /// paragraph, else anyone named there, else the last subject before it; skipping people
    /// of the other gender. `None` when that is someone unnamed.
    pub fn pronoun(&self, gender: Option<Gender>, paragraph: usize, at: usize) -> Option<String> {
        let fits = |m: &&Mention| match (self.persons[m.person].gender, gender) {
            (Some(known), Some(wanted)) => known == wanted,
            _ => true,
        };
        // Further back than the paragraph, a bare capitalised pair (`Tidewater Ventures`) is
        // more likely a company than the person meant: prefer people known to be people.
        let sure = |m: &&Mention| self.persons[m.person].evidence;
        let here = || self.before(paragraph, at).filter(|m| m.paragraph == paragraph).filter(fits);
        let found = here()
            .find(|m| m.subject)
            .or_else(|| here().next())
            .or_else(|| self.before(paragraph, at).filter(fits).filter(sure).find(|m| m.subject))
            .or_else(|| self.before(paragraph, at).filter(fits).find(|m| m.subject))
            .or_else(|| self.before(paragraph, at).find(fits));
        found.and_then(|m| self.name_of(m.person))
    }

    /// Learns a person's gender from a resolved `he said` / `she said`.
    pub fn note_gender(&mut self, name: &str, gender: Gender) {
        if let Some(&i) = self.exact.get(name) {
            self.persons[i].gender.get_or_insert(gender);
            self.persons[i].evidence = true;
        }
    }

    /// The last person named as a subject in `paragraph` before byte `at`.
    pub fn subject_in(&self, paragraph: usize, at: usize) -> Option<String> {
        self.before(paragraph, at)
            .take_while(|m| m.paragraph == paragraph)
            .find(|m| m.subject)
            .and_then(|m| self.name_of(m.person))
    }

    /// The person last named with all these role words (`the foreign minister`), or whose
    /// roles hold the head word.
    pub fn by_role(&self, role: &[&str], paragraph: usize, at: usize) -> Option<String> {
        self.role_person(role, paragraph, at).and_then(|p| self.name_of(p))
    }

    fn role_person(&self, role: &[&str], paragraph: usize, at: usize) -> Option<usize> {
        let head = *role.last()?;
        let is = |r: &String, w: &str| r == w || TITLES_IN_FULL.iter().any(|&(short, full)| r == short && w == full);
        let matches =
            |p: &Person| role.iter().all(|w| p.roles.iter().any(|r| is(r, w))) || p.roles.iter().any(|r| is(r, head));
        self.before(paragraph, at)
            .find(|m| matches(&self.persons[m.person]))
            .map(|m| m.person)
            .or_else(|| self.persons.iter().take(LOOK_BACK).position(matches))
    }

    /// `The mayor said …` in the text: a mention of the person introduced as mayor, so that
    /// a later `he` finds them.
    pub fn sight_role(&mut self, role: &str, s: Sighting) {
        if let Some(person) = self.role_person(&[role], s.paragraph, s.at) {
            self.mentions.push(Mention { paragraph: s.paragraph, at: s.at, person, subject: s.subject });
        }
    }

    fn name_of(&self, person: usize) -> Option<String> {
        let p = &self.persons[person];
        if p.unnamed || p.organisation {
            return None;
        }
        let best = self.fullest(&p.tokens).unwrap_or(person);
        Some(self.persons[best].name.clone())
    }
}

#[cfg(test)]
#[path = "people_tests.rs"]
mod tests;
