//! Capitalised runs in English prose: where a name or an organisation's name starts and ends
//! (`Ministry of Waterfront Infrastructure`, `District Attorney's Office`), what stands before it
//! (titles, occupations), and what the run names: a person behind titles (`Secretary of State
//! Mike Pompeo`) or an organisation (`Hyundai Motor`, `High Commissioner for Human Rights`).

use super::lexicon::{self, NOT_NAMES, ORG_WORDS};
use super::speakers::Who;
use super::words::Word;

/// An occupation that may stand before a name like a title (`Drummer Gregor Lyle`), not a
/// family word (`Son Heung-min`).
pub fn is_occupation(word: &str) -> bool {
    // `Developer Valve`, `Automaker Toyota`: the kind of organisation before its name.
    if lexicon::contains_folded(&lexicon::ORG_REFERENCES, word) && !lexicon::contains_folded(&ORG_WORDS, word) {
        return true;
    }
    lexicon::contains_folded(&lexicon::PERSON_NOUNS, word)
        && !lexicon::FAMILY_NOUNS.iter().any(|f| f.eq_ignore_ascii_case(word))
}

/// A title word, also inside a compound (`Judge-Executive`).
pub fn is_title(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    lexicon::contains_folded(&lexicon::PERSON_TITLES, word)
        || (word.contains('-') && word.split('-').any(|part| lexicon::contains_folded(&lexicon::PERSON_TITLES, part)))
}

/// An adverb in `-ly` (`tearfully`, `allegedly`), not a noun or adjective that ends so
/// (`family`, `supply`, `daily`).
pub fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && !lexicon::LY_NOT_ADVERBS.iter().any(|n| n.eq_ignore_ascii_case(word))
}

/// A text an organisation issues: `the statement said` means its issuer.
pub fn is_issued_text(word: &str) -> bool {
    lexicon::ISSUED_TEXTS.contains(&word)
}

/// `Serbian`, `Japanese`, `Israeli`: a word for someone from somewhere.
pub fn is_demonym(word: &str) -> bool {
    let l = word.to_lowercase();
    !lexicon::contains(&ORG_WORDS, &l) && ["an", "ese", "ish", "i"].iter().any(|end| l.ends_with(end)) && l.len() > 4
}

pub fn is_number(w: &Word<'_>) -> bool {
    w.bare.starts_with(|c: char| c.is_ascii_digit())
        || w.bare.split('-').any(|part| lexicon::contains_folded(&lexicon::NUMBER_WORDS, part))
}

/// The run of capitalised words opening `words`, with the small words inside an
/// organisation's or an office's name (`Ministry of Waterfront Infrastructure`, `High
/// Commissioner for Human Rights`, `van`, `de`).
pub fn capitalised_run<'a, 'w>(words: &'a [Word<'w>]) -> &'a [Word<'w>] {
    let mut len = 0;
    while len < words.len() {
        let w = &words[len];
        let inner = len > 0
            && (matches!(w.bare, "van" | "von" | "de" | "der" | "bin" | "al" | "da" | "la" | "le")
                || (matches!(w.bare, "of" | "for" | "on" | "and")
                    && !words[len - 1].ends_clause
                    && words.get(len + 1).is_some_and(|n| n.capitalised && !n.possessive)
                    && (words[len - 1].bare == "&"
                        || lexicon::contains_folded(&ORG_WORDS, words[len - 1].bare)
                        || is_title(words[len - 1].bare)
                        || (w.bare == "and"
                            && words[..len].iter().any(|p| lexicon::contains_folded(&ORG_WORDS, p.bare))))));
        if !(w.capitalised || inner) || w.bare.is_empty() || (len > 0 && w.bracketed) {
            break;
        }
        len += 1;
        // `Attorney's Office`: a possessive inside an organisation's name.
        let continues = w.possessive
            && !w.ends_clause
            && words.get(len).is_some_and(|n| n.capitalised && lexicon::contains_folded(&ORG_WORDS, n.bare));
        if w.ends_clause || (w.possessive && !continues) {
            break;
        }
    }
    &words[..len]
}

/// The capitalised run ending just before `end`.
pub fn run_ending<'a, 'w>(words: &'a [Word<'w>], end: usize) -> &'a [Word<'w>] {
    let mut start = end;
    while start > 0 && words[start - 1].capitalised && !words[start - 1].ends_clause {
        start -= 1;
    }
    &words[start..end]
}

pub fn joined(words: &[Word<'_>]) -> String {
    let mut out = String::new();
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w.bare);
        if w.possessive {
            out.push_str("'s");
        }
    }
    out
}

/// The name in a capitalised run: after the last title, and after an office's complement
/// (`Secretary of State Mike Pompeo` -> `Mike Pompeo`); an organisation, a platform or an office
/// named without a person (`High Commissioner for Human Rights`) is the organisation.
pub fn org_or_name(run: &[Word<'_>]) -> Who {
    let is_org = |w: &Word<'_>| {
        lexicon::contains_folded(&ORG_WORDS, w.bare) || lexicon::contains_folded(&lexicon::PLATFORMS, w.bare)
    };
    let title = run.iter().rposition(|w| is_title(w.bare));
    let title = title.or_else(|| (run.len() >= 2 && is_occupation(run[0].bare)).then_some(0));
    let after_title = title.map_or(0, |t| t + 1);
    let complement = run.get(after_title).is_some_and(|w| matches!(w.bare, "of" | "for" | "on"));
    // `He Jianxiong`: a pronoun opening a run of names is part of the name.
    let pronoun_name = |i: usize, w: &Word<'_>| {
        (w.bare == "He" || w.bare == "She") && run.get(i + 1).is_some_and(|n| n.capitalised) && !w.ends_clause
    };
    let names: Vec<&Word<'_>> = run[after_title..]
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            w.capitalised
                && (!lexicon::contains_folded(&NOT_NAMES, w.bare) || pronoun_name(after_title + i, w))
                && !lexicon::contains_folded(&lexicon::PARTY_LABELS, w.bare)
        })
        .map(|(_, w)| w)
        .collect();
    let office_only = complement && names.len() == 2 && !lexicon::is_given_name(names[0].bare);
    // `Hyundai Motor North America CEO José Muñoz`: the company before a title is no name.
    if run[after_title..].iter().any(is_org) || (title.is_some() && (names.is_empty() || office_only)) {
        let from = run.iter().position(|w| !lexicon::contains_folded(&NOT_NAMES, w.bare) || is_org(w));
        return Who::Org(joined(&run[from.unwrap_or(0)..]));
    }
    // `Americans`, `Koreans`: a people, not a person.
    if names.is_empty() || (names.len() == 1 && names[0].bare.strip_suffix('s').is_some_and(is_demonym)) {
        return Who::Nobody;
    }
    // After an office's complement, the name is its last words: `of Homeland Security Kirstjen Nielsen`.
    let names = if complement && names.len() > 2 { &names[names.len() - 2..] } else { &names[..] };
    let text: Vec<&str> = names.iter().map(|w| w.bare.trim_end_matches(['’', '\''])).collect();
    Who::Name(text.join(" "))
}
