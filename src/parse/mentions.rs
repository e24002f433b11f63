//! Finding people in English prose: each capitalised run with the words around it, read for
//! titles and roles (`Foreign Minister …`, `…, a spokeswoman for …`), gender cues, whether
//! it stands as a subject, and unnamed people (`A woman leaving the store said …`).

use super::lexicon::{CLAUSE_OPENERS, NUMBER_WORDS, ORG_NOUNS, PARTY_LABELS, PLACE_CUES, PLATFORMS};
use std::ops::Range;

use super::lexicon::{self, NOT_NAMES, ORG_WORDS, PERSON_NOUNS, PERSON_TITLES, ROLE_NOUNS};
use super::people::{Gender, People, Seen, Sighting};
use super::speakers;
use super::words::{Word, words};

/// Bytes before a name searched for the words that describe it.
const LOOK_BEHIND: usize = 80;

/// Words read after a name's first word: the rest of the name and an appositive.
const LOOK_AHEAD: usize = 10;

/// Visits only the capitalised words (found byte by byte) and reads a few words around each:
/// names are rare, and tokenising every word was most of the parser's time.
pub fn scan_text<'t>(people: &mut People, text: &'t str, paragraph: Option<usize>, skip: &[Range<usize>]) {
    let mut ranges = skip.iter().peekable();
    let mut pos = 0;
    // Scratch word lists, reused for every capital: most of them are looked at and dropped.
    let mut further: Vec<Word<'t>> = Vec::new();
    let mut all: Vec<Word<'t>> = Vec::new();
    while let Some(at) = next_capital(text, pos) {
        while ranges.peek().is_some_and(|r| r.end <= at) {
            ranges.next();
        }
        if let Some(r) = ranges.peek().filter(|r| r.contains(&at)) {
            pos = r.end;
            continue;
        }
        let start = text.as_bytes()[..at].iter().rposition(u8::is_ascii_whitespace).map_or(0, |s| s + 1);
        let mut ahead = words(&text[start..]).map(move |w| shifted(w, start));
        let Some(first) = ahead.next() else { break };
        let next = ahead.next();
        pos = first.end.max(at + 1);
        let previous = previous_word(text, start);
        further.clear();
        further.push(first);
        further.extend(next);
        // Only `A …`, `One …`, a word before a comma and a run of capitals need the words
        // further on: they are read on from where `next` left off, once.
        let mut read_further = |further: &mut Vec<Word<'t>>| {
            further.extend(ahead.by_ref().take(LOOK_AHEAD.saturating_sub(further.len())));
        };
        if ["A", "An", "One"].contains(&first.bare)
            && let Some(gender) = {
                read_further(&mut further);
                unnamed_person(&further)
            }
        {
            let subject = previous.as_ref().is_none_or(opens_clause);
            if let Some(paragraph) = paragraph {
                people.sight_unnamed(Sighting { paragraph, at: first.start, subject }, gender);
            }
            continue;
        }
        // `Matsuda runs the ward. She said …`: a sentence opened by `He` or `She` tells the
        // gender of the person the sentence before was about, as a coreference chain would.
        if (first.bare == "He" || first.bare == "She")
            && next.as_ref().is_none_or(|n| !n.capitalised)
            && previous.as_ref().is_none_or(|p| p.ends_clause)
            && let Some(paragraph) = paragraph
        {
            let gender = if first.bare == "She" { Gender::Female } else { Gender::Male };
            people.note_subject_gender(paragraph, first.start, gender);
            continue;
        }
        // `The mayor said`: a mention of whoever was introduced as mayor.
        if first.bare == "The"
            && let (Some(role), Some(paragraph)) = (next.as_ref().filter(|n| is_person_word(n.bare)), paragraph)
        {
            let subject = previous.as_ref().is_none_or(opens_clause);
            people.sight_role(&role.bare.to_lowercase(), Sighting { paragraph, at: first.start, subject });
            continue;
        }
        // `The health ministry said …`: a government body known by its description speaks
        // under it, and `the statement said` later means it.
        if first.bare == "The"
            && next.as_ref().is_some_and(|n| !n.capitalised)
            && let Some(paragraph) = paragraph
            && names_a_body(&text[first.end..floor(text, first.end + 48)])
        {
            read_further(&mut further);
            if let Some(tokens) = described_body(&further[1..]) {
                let seen = Seen { tokens, organisation: true, organisation_evidence: true, ..Seen::default() };
                people.sight(seen, Some(Sighting { paragraph, at: first.start, subject: true }));
                continue;
            }
        }
        // A lone capitalised word (most are sentence starts) is judged from itself and its two
        // neighbours, without reading the window around it.
        let connector = |n: &Word<'_>| matches!(n.bare, "van" | "von" | "de" | "bin" | "al" | "da" | "der");
        let alone = first.ends_clause || first.possessive || next.is_none_or(|n| !n.capitalised && !connector(&n));
        if alone
            && !lone_word_may_be_person(people, previous.as_ref(), &first, next.as_ref())
            && !(first.ends_clause && {
                read_further(&mut further);
                described(&first, further.get(1..).unwrap_or_default())
            })
        {
            continue;
        }
        let mut back = start.saturating_sub(LOOK_BEHIND);
        while !text.is_char_boundary(back) {
            back -= 1;
        }
        // The last four words before the name, then the name and the words after it.
        let from = last_words_start(text.as_bytes(), back, start, 4);
        all.clear();
        all.extend(words(&text[from..start]).map(|w| shifted(w, from)));
        let i = all.len();
        read_further(&mut further);
        all.extend_from_slice(&further);
        let len = name_run(&all[i..]).unwrap_or(1);
        pos = all[i + len - 1].end.max(pos);
        look_at(people, &all, i, len, paragraph);
    }
}

/// Whether a government body's noun stands in `window` (a test before reading the words).
fn names_a_body(window: &str) -> bool {
    lexicon::GOVERNMENT_BODIES.iter().any(|b| window.contains(b))
}

fn floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `health ministry said`: lower-case qualifiers and a government body's noun before a speech
/// verb (`The ministry said` alone refers to a body named before).
fn described_body(words: &[Word<'_>]) -> Option<Vec<String>> {
    let head = words.iter().take(4).position(|w| lexicon::GOVERNMENT_BODIES.contains(&w.bare))?;
    let qualified = head > 0 && words[..head].iter().all(|w| !w.capitalised && !w.ends_clause);
    let speaks = words.get(head + 1).is_some_and(|w| lexicon::contains(&lexicon::SPEECH_VERBS, w.bare));
    (qualified && speaks && !words[head].ends_clause)
        .then(|| words[..=head].iter().map(|w| w.bare.to_string()).collect())
}

/// `A woman`, `An elderly resident`, `One shopper`: someone the text does not name.
fn unnamed_person(ahead: &[Word<'_>]) -> Option<Option<Gender>> {
    let first = ahead.first()?;
    if !["A", "An", "One"].contains(&first.bare) {
        return None;
    }
    // `A retired bus driver named Gerald Finch`: named after all.
    let named = ahead.windows(2).any(|w| ["named", "called"].contains(&w[0].bare) && w[1].capitalised);
    if named {
        return None;
    }
    let noun = ahead[1..].iter().take(3).take_while(|w| !w.capitalised).find(|w| is_person_word(w.bare))?;
    Some(gender_of_word(noun.bare))
}

/// The capitalised run `all[i..i + len]`, with up to four words before it and some after.
fn look_at(people: &mut People, all: &[Word<'_>], i: usize, len: usize, paragraph: Option<usize>) {
    let run = &all[i..i + len];
    let previous = i.checked_sub(1).map(|k| &all[k]);
    // `the White House`, `The Dragon Waiting`: a run after `the` is an organisation or a
    // title, not a person, unless a title opens it (`the Rev. Al Green`).
    let after_the = previous.is_some_and(|w| is(w, "the")) || run[0].bare == "The";
    let split = run.iter().rposition(|w| speakers::is_title(w.bare)).map_or(0, |t| t + 1);
    // `Drummer Gregor Lyle`: an occupation opening the run describes the name after it.
    let split = if split == 0 && run.len() >= 2 && speakers::is_occupation(run[0].bare) { 1 } else { split };
    let mut roles: Vec<String> = preceding_roles(&all[..i]);
    roles.extend(run[..split].iter().map(|w| w.bare.trim_end_matches('.').to_lowercase()));
    let names = &run[split..];
    // `He Jianxiong`: a pronoun followed by a capitalised word is the start of a name.
    let pronoun_name = names.len() > 1 && (names[0].bare == "He" || names[0].bare == "She") && !names[0].ends_clause;
    let first_name = names.iter().position(|w| !lexicon::contains_folded(&NOT_NAMES, w.bare) || pronoun_name);
    let names = first_name.map_or(&[][..], |f| &names[f..]);
    let not_a_name = |w: &Word<'_>| {
        lexicon::contains_folded(&PARTY_LABELS, w.bare)
            || w.bare.starts_with(|c: char| c.is_ascii_digit())
            || w.bare.split('-').any(|part| lexicon::contains_folded(&NUMBER_WORDS, part))
    };
    // `PowerCube`, `iPhone`: a product's name is neither a person's nor a company's.
    if names.is_empty() || names.len() > 4 || names.iter().any(|w| not_a_name(w) || is_camel_case(w.bare)) {
        return;
    }
    let org_word =
        |w: &Word<'_>| lexicon::contains_folded(&ORG_WORDS, w.bare) || lexicon::contains_folded(&PLATFORMS, w.bare);
    let appositive = appositive_roles(&all[i + len..], run[len - 1].ends_clause);
    // The appositive's last word is what it says the name is: `the … brand` (an organisation),
    // `the union's spokesman` (a person).
    let described_org = appositive_head(&appositive).is_some_and(|r| lexicon::contains(&ORG_NOUNS, r));
    // `the Trump administration`, `the Harrowgate manager`: a run qualifying the noun after it.
    let qualifies =
        all.get(i + len).is_some_and(|w| !w.capitalised && !lexicon::contains(&lexicon::SPEECH_VERBS, w.bare));
    if after_the && split == 0 && qualifies && !run[len - 1].ends_clause && !names.iter().any(org_word) {
        return;
    }
    let org_run = names.iter().any(org_word) || (after_the && split == 0);
    let before = all[..i + split].iter().rev().find(|w| !roles.iter().any(|r| r.eq_ignore_ascii_case(w.bare)));
    let subject = !names[names.len() - 1].possessive && before.is_none_or(opens_clause);
    // `Isla said`, but not `outside Hanoi, said` (the verb belongs to the main clause).
    let speaks = !run[len - 1].ends_clause
        && all.get(i + len).is_some_and(|w| lexicon::contains(&lexicon::SPEECH_VERBS, w.bare));
    let sighting = paragraph.map(|paragraph| Sighting { paragraph, at: names[0].start, subject });
    if org_run || described_org {
        // An organisation's whole name: `Ministry of Waterfront Infrastructure`.
        // `Hikari General Hospital`: a title word inside an organisation's name is part of it.
        let whole = speakers::capitalised_run(&all[i..]);
        let whole = if whole.len() > names.len() { whole } else { names };
        let from = whole.iter().position(|w| !lexicon::contains_folded(&NOT_NAMES, w.bare) || org_word(w)).unwrap_or(0);
        let last = whole.len() - 1;
        let token = |(k, w): (usize, &Word<'_>)| {
            let bare = w.bare.trim_end_matches(['’', '\'']);
            if w.possessive && k < last { format!("{bare}'s") } else { bare.to_string() }
        };
        let tokens: Vec<String> = whole.iter().enumerate().skip(from).map(token).collect();
        let evidence = names.iter().any(org_word) || described_org || speaks;
        let seen = Seen { tokens, organisation: true, organisation_evidence: evidence, speaks, ..Seen::default() };
        people.sight(seen, sighting);
        return;
    }
    roles.extend(appositive);
    let place = before.is_some_and(|w| !w.ends_clause && lexicon::contains_folded(&PLACE_CUES, w.bare));
    let tokens: Vec<String> = names.iter().map(|w| w.bare.trim_end_matches(['’', '\'']).to_string()).collect();
    let gender = roles.iter().find_map(|r| gender_of_word(r));
    let seen = Seen { tokens, roles, place: place && !speaks, speaks, gender, ..Seen::default() };
    people.sight(seen, sighting);
}

fn is(w: &Word<'_>, s: &str) -> bool {
    w.bare.eq_ignore_ascii_case(s)
}

/// A word that starts a clause: nothing before it, the end of a sentence or clause, or a
/// conjunction. A name after a verb or preposition is its object.
fn opens_clause(before: &Word<'_>) -> bool {
    // `…,” said Anders Holm`: after its verb, the speaker is the subject too.
    before.ends_clause
        || lexicon::contains_folded(&CLAUSE_OPENERS, before.bare)
        || lexicon::contains_folded(&lexicon::SPEECH_VERBS, before.bare)
}

/// `PowerCube`, `iPhone`: a product's name, not a person's (`McDonald`, `DeLuca` are).
fn is_camel_case(word: &str) -> bool {
    let inner_capital = word.char_indices().skip(1).any(|(i, c)| {
        c.is_uppercase()
            && !["Mc", "Mac", "De", "Di", "Du", "La", "Le", "O'", "O’"].iter().any(|p| word[..i].ends_with(p))
    });
    inner_capital && !word.contains('-') && !word.chars().all(char::is_uppercase)
}

/// `, a spokeswoman for the agency,` after a name: its role words.
fn appositive_roles(after: &[Word<'_>], comma_before: bool) -> Vec<String> {
    let determiner = after.first().is_some_and(|w| ["a", "an", "the"].iter().any(|d| w.bare.eq_ignore_ascii_case(d)));
    // `Lim Da-eun, chief executive of Parcelbot,`: a title without an article describes too.
    let titled = after.first().is_some_and(|w| !w.capitalised && speakers::is_title(w.bare));
    if !comma_before || !(determiner || titled) {
        return Vec::new();
    }
    let mut roles = Vec::new();
    for w in after[usize::from(determiner)..].iter().take(5) {
        if lexicon::contains_folded(&lexicon::OBJECT_CUES, w.bare)
            || lexicon::contains_folded(&lexicon::SPEECH_VERBS, w.bare)
        {
            break;
        }
        roles.push(w.bare.to_lowercase());
        if w.ends_clause {
            break;
        }
    }
    roles
}

/// A capitalised word alone: a person if it is a known name's first or last word, comes
/// before a speech verb, or after a title or person noun (`curator Pike`).
fn lone_word_may_be_person(
    people: &People,
    previous: Option<&Word<'_>>,
    w: &Word<'_>,
    next: Option<&Word<'_>>,
) -> bool {
    // `Analysts say`, `Organizers said`: a plural of people opening a sentence names no one.
    if lexicon::contains_folded(&NOT_NAMES, w.bare)
        || lexicon::contains_folded(&lexicon::NOBODY, w.bare)
        || speakers::is_title(w.bare)
    {
        return false;
    }
    let speaks = !w.ends_clause && next.is_some_and(|n| lexicon::contains(&lexicon::SPEECH_VERBS, n.bare));
    let titled = previous.is_some_and(|p| !p.ends_clause && is_person_word(p.bare));
    let given = lexicon::is_given_name(w.bare) && !lexicon::contains_folded(&lexicon::COMMON_WORD_NAMES, w.bare);
    speaks || titled || given || people.knows_word(w.bare)
}

/// `Volta, the … brand,` / `Ruiz, a spokeswoman`: an appositive says what the word names.
fn described(word: &Word<'_>, after: &[Word<'_>]) -> bool {
    appositive_head(&appositive_roles(after, word.ends_clause)).is_some()
}

/// The noun an appositive is about: its last organisation or person word
/// (`the Shenzhen-based accessories brand best known for …` -> `brand`).
fn appositive_head(roles: &[String]) -> Option<&String> {
    roles.iter().rev().find(|r| lexicon::contains(&ORG_NOUNS, r) || is_person_word(r))
}

/// The word ending just before byte `start`.
fn previous_word(text: &str, start: usize) -> Option<Word<'_>> {
    let end = text.as_bytes()[..start].iter().rposition(|b| !b.is_ascii_whitespace())? + 1;
    let begin = text.as_bytes()[..end].iter().rposition(u8::is_ascii_whitespace).map_or(0, |s| s + 1);
    words(&text[begin..end]).next().map(|w| shifted(w, begin))
}

/// Where the last `n` words of `bytes[from..to]` start (`from` if there are fewer): reading
/// words forward from there gives just those words, as reading from `from` would.
fn last_words_start(bytes: &[u8], from: usize, to: usize, n: usize) -> usize {
    // The length of the space (as `words` splits) ending at `j`, or 0.
    let space_before = |j: usize| match bytes[j - 1] {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0c => 1,
        0xA0 if j - 1 > from && bytes[j - 2] == 0xC2 => 2,
        _ => 0,
    };
    let mut j = to;
    for _ in 0..n {
        while j > from && space_before(j) > 0 {
            j -= space_before(j);
        }
        while j > from && space_before(j) == 0 {
            j -= 1;
        }
        if j == from {
            break;
        }
    }
    j
}

fn shifted(w: Word<'_>, by: usize) -> Word<'_> {
    Word { start: w.start + by, end: w.end + by, ..w }
}

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
    for (i, w) in words.iter().enumerate() {
        let connector = len > 0 && matches!(w.bare, "van" | "von" | "de" | "bin" | "al" | "da" | "der");
        if !(w.capitalised || connector) || w.bare.is_empty() || (len > 0 && w.bracketed) {
            break;
        }
        len += 1;
        // `District Attorney's Office`: a possessive inside an organisation's name.
        let inside = w.possessive
            && words.get(i + 1).is_some_and(|n| n.capitalised && lexicon::contains_folded(&ORG_WORDS, n.bare));
        if w.ends_clause || (w.possessive && !inside) {
            break;
        }
    }
    (len > 0).then_some(len)
}

/// A title, role or person noun (any case).
pub fn is_person_word(word: &str) -> bool {
    lexicon::contains_folded(&PERSON_TITLES, word)
        || lexicon::contains_folded(&ROLE_NOUNS, word)
        || lexicon::contains_folded(&PERSON_NOUNS, word)
        || word.ends_with("-year-old")
}

/// The gender a word gives its person: `Ms`, `spokeswoman`, `grandfather`.
pub fn gender_of_word(word: &str) -> Option<Gender> {
    const FEMALE: &[&str] = &[
        "actress", "chairwoman", "congresswoman", "councilwoman", "daughter", "girl", "grandmother", "miss", "mother",
        "mrs", "ms", "princess", "queen", "sister", "spokeswoman", "wife", "woman",
    ];
    const MALE: &[&str] = &[
        "boy", "brother", "chairman", "congressman", "councilman", "father", "grandfather", "husband", "king", "man",
        "mr", "prince", "sir", "son", "spokesman",
    ];
    let w = word.trim_end_matches('.');
    // An ASCII word is compared in place; only other words need a lower-cased copy (`K`,
    // KELVIN SIGN, lower-cases to an ASCII `k`).
    let is = |list: &[&str]| {
        if w.is_ascii() {
            list.iter().any(|g| g.eq_ignore_ascii_case(w))
        } else {
            list.contains(&w.to_lowercase().as_str())
        }
    };
    if is(FEMALE) {
        Some(Gender::Female)
    } else if is(MALE) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Description words right before a name: `curator`, `Serbian third seed`, `lead author`,
/// and the appositive kind `her grandfather, Ernesto Vale`. The word next to the name must
/// be a person word; the words before it qualify it.
fn preceding_roles(before: &[Word<'_>]) -> Vec<String> {
    let mut roles = Vec::new();
    let Some(last) = before.last() else { return roles };
    if !is_person_word(last.bare) {
        return roles;
    }
    roles.push(last.bare.to_lowercase());
    for w in before[..before.len() - 1].iter().rev().take(3) {
        let stop = w.ends_clause
            || lexicon::contains_folded(&lexicon::OBJECT_CUES, w.bare)
            || lexicon::contains_folded(&lexicon::GLUE_WORDS, w.bare)
            || lexicon::contains_folded(&lexicon::SPEECH_VERBS, w.bare)
            || ["a", "an", "her", "his", "their", "its"].iter().any(|d| w.bare.eq_ignore_ascii_case(d));
        if stop {
            break;
        }
        roles.push(w.bare.to_lowercase());
    }
    roles
}
