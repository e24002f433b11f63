//! What a phrase says about who speaks, read the way a careful reader reads a subject: a name
//! behind its titles (`Secretary of State Mike Pompeo`, `the 14th-ranked Schwartzman`), a
//! pronoun, a description (`the minister`, `the 56-year-old`, `Ford's father`), an organisation
//! (`the White House`, `Big Machine Records`, `Russia's foreign ministry`) or a reference to one
//! (`the company`, `the statement`, `they`, `Prosecutors`), someone unnamed (`a spokesman`,
//! `officials`, `Fifty-one percent`), or several at once (`Ford and Fry`: no one speaker).

use super::lexicon::{self, NOBODY, NOT_NAMES, SPEECH_VERBS};
use super::people::Gender;
pub use super::runs::{
    capitalised_run, is_demonym, is_issued_text, is_ly_adverb, is_number, is_occupation, is_title, joined, org_or_name,
    run_ending,
};
use super::words::Word;

/// What the text says about who is speaking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A person's name as written (`Lee`, `Anders Holm`), titles removed.
    Name(String),
    /// An organisation's name as written (`White House`, `Russia's foreign ministry`).
    Org(String),
    /// `he` / `she` at this place.
    Pronoun { gender: Gender, paragraph: usize, at: usize },
    /// `the minister`, `the 56-year-old`, `Ford's father`: lower-case words describing a
    /// person; `owned` when someone's (`Ford's father`, `his aunt`), which only a person
    /// introduced so can be.
    Role { words: Vec<String>, owned: bool, paragraph: usize, at: usize },
    /// `the company`, `the statement`, `they`, `prosecutors`: an organisation named before.
    OrgRef { head: String, paragraph: usize, at: usize },
    /// Said by someone the text does not name (`a government official`, `someone`), or by
    /// several together.
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

/// Where a phrase stands: the paragraph and the byte offset its words are counted from.
#[derive(Debug, Clone, Copy)]
pub struct Place {
    pub paragraph: usize,
    pub base: usize,
}

/// The word, in any case.
pub fn is(w: &Word<'_>, s: &str) -> bool {
    w.bare.eq_ignore_ascii_case(s)
}

pub fn is_speech_verb(w: &Word<'_>) -> bool {
    !w.capitalised && lexicon::contains_folded(&SPEECH_VERBS, w.bare)
}

/// `he` / `she` standing for a person, not the first part of a name (`He Jianxiong`).
fn is_pronoun(words: &[Word<'_>], i: usize) -> bool {
    let w = &words[i];
    // `he’d respond`, `she’ll say`.
    let bare = match w.bare.split_once(['’', '\'']) {
        Some((stem, "d" | "ll")) => stem,
        _ => w.bare,
    };
    (bare.eq_ignore_ascii_case("he") || bare.eq_ignore_ascii_case("she"))
        && !(w.capitalised
            && !w.ends_clause
            && words.get(i + 1).is_some_and(|n| n.capitalised && !lexicon::contains_folded(&NOT_NAMES, n.bare)))
}

/// A lower-case word that may describe a person before a name (`chief`, `geologist`,
/// `co-author`), not a verb or a function word.
pub fn is_role_word(w: &Word<'_>) -> bool {
    !w.capitalised
        && !w.bare.is_empty()
        && !is_speech_verb(w)
        && !lexicon::contains_folded(&lexicon::NOT_ATTRIBUTION, w.bare)
        && !lexicon::contains_folded(&lexicon::OBJECT_CUES, w.bare)
        && !lexicon::contains_folded(&lexicon::ADVERBS, w.bare)
        && !["the", "a", "an", "his", "her", "its", "their", "he", "she", "it", "they", "was", "is", "who"]
            .iter()
            .any(|x| is(w, x))
}

/// Reads the phrase opening `words` as a subject; returns what it names and how many words
/// it took.
pub fn phrase(words: &[Word<'_>], place: Place) -> Option<(Who, usize)> {
    let first = words.first()?;
    let at = place.base + first.start;
    let l = first.bare.to_lowercase();
    if is_pronoun(words, 0) {
        let gender = if l.starts_with("she") { Gender::Female } else { Gender::Male };
        return Some((Who::Pronoun { gender, paragraph: place.paragraph, at }, 1));
    }
    match l.as_str() {
        "they" | "it" => return Some((Who::OrgRef { head: l, paragraph: place.paragraph, at }, 1)),
        "i" | "we" | "you" | "someone" | "somebody" | "nobody" | "everyone" => return Some((Who::Nobody, 1)),
        "a" | "an" | "one" | "another" | "some" | "several" | "many" => return Some(indefinite(words)),
        "the" | "his" | "her" | "its" | "their" | "our" => {
            return described(words, place).map(|found| appositive_name(words, found));
        }
        _ => {}
    }
    if lexicon::contains(&lexicon::GROUP_NOUNS, &l) {
        return Some((Who::OrgRef { head: l, paragraph: place.paragraph, at }, 1));
    }
    if lexicon::contains(&NOBODY, &l) || is_number(first) || lexicon::contains(&lexicon::PARTY_LABELS, &l) {
        return Some((Who::Nobody, noun_phrase_len(words)));
    }
    if first.possessive && first.capitalised {
        return described(words, place).map(|found| appositive_name(words, found));
    }
    // `censors had instructed …`: a group in lower case is no one in particular.
    if !first.capitalised && first.bare.ends_with('s') && noun_phrase_len(words) == 1 && !is_speech_verb(first) {
        return Some((Who::Nobody, 1));
    }
    named(words).map(|(who, used)| {
        let who = match who {
            Who::Role { words, owned, .. } => Who::Role { words, owned, paragraph: place.paragraph, at },
            other => other,
        };
        appositive_name(words, (who, used))
    })
}

/// `his aunt, Jane Starner`, `Its president, Choi Kwang-hoon,`: a name set off after a
/// description is the one it describes.
fn appositive_name(words: &[Word<'_>], (who, used): (Who, usize)) -> (Who, usize) {
    if !matches!(who, Who::Role { .. }) || !words[used - 1].ends_clause {
        return (who, used);
    }
    let run = capitalised_run(&words[used..]);
    let closes = run.last().is_some_and(|w| w.ends_clause) || used + run.len() == words.len();
    match org_or_name(run) {
        Who::Name(name) if closes && !run.is_empty() => (Who::Name(name), used + run.len()),
        _ => (who, used),
    }
}

/// `a spokesperson for the British Foreign Office`, `a Kizuna Motors spokesperson`: the
/// organisation; any other indefinite phrase is someone unnamed.
fn indefinite(words: &[Word<'_>]) -> (Who, usize) {
    let len = noun_phrase_len(words);
    let np = &words[..len];
    if let Some(s) = np.iter().position(|w| lexicon::contains_folded(&lexicon::SPOKES_NOUNS, w.bare)) {
        let run_before = if s > 0 { run_ending(&np[1..], s - 1) } else { &[] };
        if !run_before.is_empty() {
            return (Who::Org(joined(run_before)), len);
        }
        if words.get(s + 1).is_some_and(|w| is(w, "for")) {
            let mut from = s + 2;
            while words.get(from).is_some_and(|w| is(w, "the")) {
                from += 1;
            }
            let run = capitalised_run(&words[from.min(words.len())..]);
            if !run.is_empty() {
                return (Who::Org(joined(run)), from + run.len());
            }
        }
    }
    (Who::Nobody, len)
}

/// A phrase opened by a determiner or a possessive: an organisation's name (`the White
/// House`), a name behind descriptions (`the 14th-ranked Schwartzman`), an organisation of
/// someone's (`Russia's foreign ministry`), a reference (`the company`) or a description.
fn described(words: &[Word<'_>], place: Place) -> Option<(Who, usize)> {
    let first = &words[0];
    let at = place.base + first.start;
    let len = noun_phrase_len(words);
    let rest = &words[1..len.max(1)];
    // `the White House`, `the Associated Press`: a capitalised run right after `the` names an
    // organisation (or an office), not a person, unless a title opens it (`the Rev. Al Green`).
    if rest.first().is_some_and(|w| w.capitalised) && !first.possessive {
        let run = capitalised_run(rest);
        // `the Serbian`, `the American`: a nationality describes the person it stands for.
        if run.len() == 1 && rest.len() == 1 && is_demonym(run[0].bare) {
            let words = vec![run[0].bare.to_lowercase()];
            return Some((Who::Role { words, owned: false, paragraph: place.paragraph, at }, 2));
        }
        if run.len() == rest.len() || rest.get(run.len()).is_some_and(|w| !is_role_word(w)) {
            let who = match org_or_name(run) {
                Who::Name(name) if is_title(run[0].bare) => Who::Name(name),
                _ => Who::Org(joined(run)),
            };
            return Some((who, 1 + run.len()));
        }
    }
    // A name after lower-case descriptions: `the 14th-ranked Schwartzman`, `the Serbian third
    // seed Novak Djokovic`, `the state's Ministry of Waterfront Infrastructure`.
    if let Some(first_capital) = rest.iter().position(|w| w.capitalised && !w.possessive) {
        let descriptions =
            |upto: usize| rest[..upto].iter().all(|w| is_role_word(w) || w.capitalised || w.bare.contains('-'));
        let run = capitalised_run(&rest[first_capital..]);
        if first_capital > 0 && first_capital + run.len() == rest.len() && descriptions(first_capital) {
            return Some((org_or_name(run), 1 + rest.len()));
        }
        if let Some(last) = rest.iter().rposition(|w| w.capitalised && !w.possessive) {
            let mut start = last;
            while start > 0 && rest[start - 1].capitalised && !rest[start - 1].ends_clause {
                start -= 1;
            }
            if start > 0 && last + 1 == rest.len() && descriptions(start) {
                return Some((org_or_name(&rest[start..=last]), 2 + last));
            }
        }
    }
    let described: Vec<&Word<'_>> = rest.iter().filter(|w| !w.capitalised).collect();
    // The noun the description is about (`the company flat-out …` is about a company).
    let noun = |w: &&&Word<'_>| {
        let l = w.bare.to_lowercase();
        lexicon::contains(&lexicon::ORG_REFERENCES, &l)
            || lexicon::contains(&lexicon::GROUP_NOUNS, &l)
            || lexicon::contains(&lexicon::PERSON_NOUNS, &l)
            || lexicon::contains(&lexicon::ROLE_NOUNS, &l)
            || lexicon::contains(&lexicon::PERSON_TITLES, &l)
    };
    let head = described.iter().rev().find(noun).or(described.last()).map(|w| w.bare.to_lowercase());
    let Some(head) = head else {
        return first.possessive.then(|| (Who::Org(first.bare.to_string()), 1));
    };
    let organisation = lexicon::contains(&lexicon::ORG_REFERENCES, &head);
    // `the French foreign ministry`: a body named by its description speaks under it.
    if organisation && !first.possessive && rest.iter().any(|w| w.capitalised) && !is_issued_text(&head) {
        return Some((Who::Org(joined(rest)), len));
    }
    if first.possessive && first.capitalised {
        // `NASA's spokesperson`, `Russia's foreign ministry`; `Swift's rep` is a person.
        if lexicon::contains(&lexicon::SPOKES_NOUNS, &head) {
            return Some((Who::Org(first.bare.to_string()), len));
        }
        if organisation {
            return Some((Who::Org(joined(&words[..len])), len));
        }
    }
    if lexicon::contains(&lexicon::GROUP_NOUNS, &head) || (organisation && !first.possessive) {
        return Some((Who::OrgRef { head, paragraph: place.paragraph, at }, len));
    }
    if lexicon::contains(&NOBODY, &head) {
        return Some((Who::Nobody, len));
    }
    let words: Vec<String> = described.iter().map(|w| w.bare.to_lowercase()).collect();
    let owned = first.possessive || !is(first, "the");
    Some((Who::Role { words, owned, paragraph: place.paragraph, at }, len))
}

/// A capitalised run, maybe behind role words (`planetary geologist Rosaly Lopes`, `JPL
/// scientist and study co-author Michael Malaska`, `judge Inaba`); several names joined by
/// `and` are no one speaker.
fn named(words: &[Word<'_>]) -> Option<(Who, usize)> {
    let np = &words[..noun_phrase_len(words)];
    // The head is the last run before the phrase goes on with other words: a preposition
    // (`Rep. Jo Park of Texas`) or a word that describes nothing (`Boudreau gave …`).
    let mut head: Option<(usize, usize)> = None;
    let mut i = 0;
    let mut lower_run = 0;
    while i < np.len() {
        let w = &np[i];
        if w.capitalised {
            let run = capitalised_run(&np[i..]);
            let len = run.len().max(1);
            if !run[len - 1].possessive {
                head = Some((i, i + len));
            }
            i += len;
            lower_run = 0;
        } else if head.is_some() && !(is_description(w) || (is(w, "and") && lower_run == 0) || leads_to_name(&np[i..]))
        {
            break;
        } else if lower_run < 4 && is_role_word(w) || is(w, "and") {
            lower_run += 1;
            i += 1;
        } else {
            break;
        }
    }
    let (start, end) = head?;
    // `Granollers and Lopez said`: two speakers at once.
    let titled = np[start..end].iter().any(|w| is_title(w.bare));
    let joint = (start > 1 && is(&np[start - 1], "and") && np[start - 2].capitalised && !titled)
        || (!np[end - 1].ends_clause
            && words.get(end).is_some_and(|w| is(w, "and"))
            && words.get(end + 1).is_some_and(|w| w.capitalised));
    if joint {
        return Some((Who::Nobody, end));
    }
    Some((org_or_name(&np[start..end]), end))
}

/// A lower-case word that describes the name after it (`novelist Jo Walton`, `14th-ranked
/// Schwartzman`, `Tidewater partner Grace Whitmore`).
pub fn describes(w: &Word<'_>) -> bool {
    is_description(w) || (w.bare.contains('-') && !w.capitalised) || w.bare.starts_with(|c: char| c.is_ascii_digit())
}

/// `planetary scientist Avi Mandell`: lower-case words that go on to a description of a
/// person and then a name (after `Goddard`, the name is still to come).
fn leads_to_name(words: &[Word<'_>]) -> bool {
    let k = words.iter().take(3).position(|w| is_description(w) || w.capitalised);
    k.is_some_and(|k| {
        !words[k].capitalised
            && words[..k].iter().all(|w| is_role_word(w) && !w.ends_clause)
            && words.get(k + 1).is_some_and(|n| n.capitalised)
    })
}

/// A lower-case word that goes on describing a person or an organisation after a name
/// (`Tidewater partner Grace Whitmore`, `Kizuna Motors spokesperson`).
fn is_description(w: &Word<'_>) -> bool {
    !w.capitalised
        && (w.possessive
            || lexicon::contains_folded(&lexicon::PERSON_NOUNS, w.bare)
            || lexicon::contains_folded(&lexicon::PERSON_TITLES, w.bare)
            || lexicon::contains_folded(&lexicon::ROLE_NOUNS, w.bare)
            || lexicon::contains_folded(&lexicon::SPOKES_NOUNS, w.bare))
}

/// Length of the noun phrase opening `words`: up to a verb, a clause boundary or a relative
/// clause.
pub fn noun_phrase_len(words: &[Word<'_>]) -> usize {
    let mut len = 0;
    for (i, w) in words.iter().enumerate() {
        let stop = i > 0
            && (is_speech_verb(w)
                || lexicon::contains_folded(&lexicon::ADVERBS, w.bare)
                || (!w.capitalised && is_ly_adverb(w.bare))
                || (lexicon::contains_folded(&lexicon::NOT_ATTRIBUTION, w.bare) && !coordinated_role(words, i))
                || ["who", "which", "whose", "was", "is", "has", "had"].iter().any(|x| is(w, x)));
        if stop {
            break;
        }
        len = i + 1;
        if w.ends_clause {
            break;
        }
    }
    len.max(1)
}

/// `singer and guitarist`: two descriptions of one person.
fn coordinated_role(words: &[Word<'_>], i: usize) -> bool {
    is(&words[i], "and")
        && !words[i - 1].ends_clause
        && is_description(&words[i - 1])
        && words.get(i + 1).is_some_and(|n| {
            (is_role_word(n) && lexicon::contains_folded(&lexicon::PERSON_NOUNS, n.bare))
                || (n.capitalised && leads_to_name(&words[i + 2..]))
        })
}

#[cfg(test)]
#[path = "speakers_tests.rs"]
mod tests;
