//! Resolving what points back to someone the article introduced, as Citron's coreference
//! table does it: `he` and `she` to the nearest person of that gender (the paragraph's
//! subject first, then its other people, then the paragraph before, then further back);
//! `the minister` to the person introduced with that role; `the actor` or `the 56-year-old`
//! to the person the passage is about; `the company`, `the statement`, `they` and
//! `prosecutors` to the organisation named before.

use super::lexicon::{self, GROUP_KINDS, TITLES_IN_FULL, UNNAMED_ROLES};
use super::people::{Gender, LOOK_BACK, Mention, People, Person, Sighting};

impl People {
    /// Who `he` or `she` at `(paragraph, at)` means, among the people of that gender or of no
    /// known gender: in the same paragraph, its last subject, else anyone named in it (people
    /// with evidence first); before it, a person known to be of that gender (the paragraph
    /// before, then the last subject further back) before one of unknown gender. `None` when
    /// that is someone unnamed.
    pub fn pronoun(&self, gender: Option<Gender>, paragraph: usize, at: usize) -> Option<String> {
        self.pronoun_mention(gender, paragraph, at).and_then(|m| self.name_of(m.person))
    }

    /// The mention [`People::pronoun`] chooses.
    pub fn pronoun_mention(&self, gender: Option<Gender>, paragraph: usize, at: usize) -> Option<Mention> {
        let fits = |m: &Mention| {
            let p = &self.persons[m.person];
            !p.organisation
                && match (p.gender, gender) {
                    (Some(known), Some(wanted)) => known == wanted,
                    _ => true,
                }
        };
        let candidates: Vec<Mention> = self.before(paragraph, at).filter(|m| fits(m)).copied().collect();
        let sure = |m: &&Mention| self.persons[m.person].evidence;
        let known = |m: &&Mention| gender.is_some() && self.persons[m.person].gender.is_some();
        let back = |n: usize| move |m: &&Mention| m.paragraph + n == paragraph;
        let here = || candidates.iter().filter(back(0));
        let found = here()
            .find(|m| m.subject)
            .or_else(|| here().find(sure))
            .or_else(|| candidates.iter().filter(back(1)).filter(known).find(|m| m.subject))
            .or_else(|| candidates.iter().filter(back(1)).find(known))
            .or_else(|| here().next())
            .or_else(|| candidates.iter().filter(back(1)).find(|m| m.subject))
            .or_else(|| candidates.iter().find(back(1)))
            .or_else(|| candidates.iter().filter(known).filter(sure).find(|m| m.subject))
            .or_else(|| candidates.iter().filter(sure).find(|m| m.subject))
            .or_else(|| candidates.iter().find(|m| m.subject))
            .or_else(|| candidates.first());
        found.copied()
    }

    /// `She` opening a sentence: the last person named as a subject in the paragraph before
    /// it, if their gender is not known yet and no one else of unknown gender was named since.
    pub fn note_subject_gender(&mut self, paragraph: usize, at: usize, gender: Gender) {
        let recent = self.before(paragraph, at).take_while(|m| m.paragraph == paragraph);
        let Some(m) = recent.copied().find(|m| !self.persons[m.person].organisation) else { return };
        let person = &mut self.persons[m.person];
        if m.subject && person.gender.is_none() && !person.unnamed {
            person.gender = Some(gender);
        }
    }

    /// The person last named with all these role words (`the foreign minister`), or whose
    /// roles hold the head word.
    pub fn by_role(&self, role: &[&str], paragraph: usize, at: usize) -> Option<String> {
        self.role_person(role, paragraph, at).and_then(|p| self.name_of(p))
    }

    fn role_person(&self, role: &[&str], paragraph: usize, at: usize) -> Option<usize> {
        let head = *role.last()?;
        // `the authors` were introduced as `lead author …`.
        let head = head.strip_suffix('s').filter(|h| h.len() > 3).unwrap_or(head);
        let is = |r: &String, w: &str| r == w || TITLES_IN_FULL.iter().any(|&(short, full)| r == short && w == full);
        let matches = |p: &Person| {
            !p.organisation
                && (role.iter().all(|w| p.roles.iter().any(|r| is(r, w))) || p.roles.iter().any(|r| is(r, head)))
        };
        self.before(paragraph, at)
            .find(|m| matches(&self.persons[m.person]))
            .map(|m| m.person)
            .or_else(|| self.persons.iter().take(LOOK_BACK).position(matches))
    }

    /// A description of someone: the person introduced with it (`the minister`); else, for a
    /// description of the person being talked about (`the actor`, `the 56-year-old`), that
    /// person. A description owned by someone (`Ford's father`) or one an unnamed source bears
    /// (`the official`) resolves only to a person introduced with it.
    pub fn described(&self, words: &[&str], paragraph: usize, at: usize) -> Option<String> {
        if let Some(name) = self.by_role(words, paragraph, at) {
            return Some(name);
        }
        self.described_mention(words, paragraph, at).and_then(|m| self.name_of(m.person))
    }

    /// The person a description of the one being talked about points back to (`the actor`).
    pub fn described_mention(&self, words: &[&str], paragraph: usize, at: usize) -> Option<Mention> {
        let head = *words.last()?;
        let points_back = !UNNAMED_ROLES.contains(&head)
            && (super::mentions::is_person_word(head) || head.ends_with("-year-old"))
            && !lexicon::contains(&lexicon::NOBODY, head);
        if points_back { self.pronoun_mention(None, paragraph, at) } else { None }
    }

    /// The organisation `the company`, `the statement`, `they` or `prosecutors` means: the
    /// last one named before the place that fits the word (`the ministry` a ministry,
    /// `prosecutors` an attorney's office), organisations known to be such first.
    pub fn organisation(&self, head: &str, paragraph: usize, at: usize) -> Option<String> {
        // `The health ministry said`: the phrase itself may be the organisation's mention.
        let orgs: Vec<&Mention> =
            self.before(paragraph, at + 1).filter(|m| self.persons[m.person].organisation).collect();
        let named_with = |m: &&&Mention, words: &[&str]| {
            let name = self.persons[m.person].name.to_lowercase();
            name.split_whitespace().any(|w| words.contains(&w))
        };
        if let Some((_, kinds)) = GROUP_KINDS.iter().find(|(group, _)| *group == head) {
            return orgs.iter().find(|m| named_with(m, kinds)).and_then(|m| self.name_of(m.person));
        }
        // `they` and `it` look back a paragraph or two only.
        let near = !matches!(head, "they" | "it") || orgs.first().is_some_and(|m| m.paragraph + 2 >= paragraph);
        if !near {
            return None;
        }
        let sure = |m: &&&Mention| self.persons[m.person].evidence;
        let found = orgs
            .iter()
            .find(|m| named_with(m, &[head]))
            .or_else(|| orgs.iter().find(sure))
            .or_else(|| orgs.first().filter(|_| matches!(head, "statement" | "report" | "release" | "post")));
        found.and_then(|m| self.name_of(m.person))
    }

    /// `The mayor said …` in the text: a mention of the person introduced as mayor, so that
    /// a later `he` finds them.
    pub fn sight_role(&mut self, role: &str, s: Sighting) {
        if let Some(person) = self.role_person(&[role], s.paragraph, s.at) {
            self.mentions.push(Mention { paragraph: s.paragraph, at: s.at, person, subject: s.subject });
        }
    }
}
