//! The subject of a speech verb read back from the verb, as a careful reader finds it: past
//! adverbs and modals (`has said`, `like to say`), a time (`Lee on Jan. 13 called`), a
//! parenthetical set off by commas (`Zippy Duvall, the president of …, said`), to the first
//! verb's subject for a verb after `and` or in a list, and to the clause's subject for a
//! participle (`…, saying`). Which verb reports the quote when a sentence holds several.

use super::lexicon::{self, ADVERBS, OBJECT_CUES, WEEKDAYS};
use super::sentences::is_month;
use super::speakers::{self, Place, Who, is, phrase};
use super::words::Word;

pub(super) fn is_adverb(w: &Word<'_>) -> bool {
    !w.capitalised && (lexicon::contains_folded(&ADVERBS, w.bare) || speakers::is_ly_adverb(w.bare) || is(w, "not"))
}

/// The verb that reports the quote: the last one, but a participle gives way to a finite verb
/// (`…, urging them to “…”` speaks for the clause's verb) and a verb in a relative clause
/// (`the letter Mike wrote was “…”`) to the verb before it.
pub(super) fn governing_verb(words: &[Word<'_>], verbs: &[usize]) -> Option<usize> {
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
pub(super) fn subject_before(words: &[Word<'_>], verb: usize, verbs: &[usize], place: Place) -> Option<Who> {
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
        || lexicon::TIME_WORDS.iter().any(|x| is(w, x))
}
