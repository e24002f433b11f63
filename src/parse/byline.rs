//! Bylines: `By Kim Min-ji`, `Kim Min-ji Reporter`, `김민지 기자`, an e-mail line.

use super::lexicon::{self, AGENCIES, BEATS, SITE_WORDS};
use super::lexicon::{BYLINE_PREFIXES, BYLINE_ROLES, CJK_BYLINE_ROLES, NAME_CONNECTORS};
use super::text::{self, is_email};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Byline {
    /// A person's name.
    Name(String),
    /// Only an e-mail address: the line is the byline's, but an address is not a name.
    Email(String),
    /// A role line under a byline (`Staff writer`): part of the byline block, no name.
    Role,
}

const MAX_BYLINE: usize = 140;

pub fn parse_line(line: &str) -> Option<Byline> {
    if line.len() > MAX_BYLINE || text::word_count(line) > 14 {
        return None;
    }
    // A byline is a label, not a sentence: `By Monday, officials had agreed.` is prose.
    if text::ends_sentence(line) && text::word_count(line) > 5 {
        return None;
    }
    let lower = line.to_lowercase();
    let role_only = lower.trim_end_matches('.').trim();
    if BYLINE_ROLES.contains(&role_only) || role_only.strip_suffix('s').is_some_and(|r| BYLINE_ROLES.contains(&r)) {
        return Some(Byline::Role);
    }
    // `Write to Lee Soo-min at soomin.lee@example.com`: the author's address below the story.
    for prefix in ["write to ", "contact "] {
        if let Some(rest) = lower.starts_with(prefix).then(|| line.get(prefix.len()..)).flatten()
            && let Some((who, address)) = rest.rsplit_once(" at ")
            && is_email(address.trim_end_matches('.'))
        {
            return name(who).map(Byline::Name);
        }
    }
    for prefix in BYLINE_PREFIXES {
        if lower.starts_with(prefix) && line.is_char_boundary(prefix.len()) {
            return name(cut(&line[prefix.len()..])).map(Byline::Name);
        }
    }
    if let Some(n) = korean_japanese(line) {
        return Some(Byline::Name(n));
    }
    let without_email = if line.contains('@') {
        line.split_whitespace().filter(|w| !is_email(w)).collect::<Vec<_>>().join(" ")
    } else {
        line.to_string()
    };
    for role in BYLINE_ROLES {
        let stripped = strip_suffix_ignore_case(without_email.trim_end_matches(['.', ' ']), role)
            .map(|s| cut(s.trim_end_matches([',', '|', '-', '–', ' '])))
            .map(without_beat);
        if let Some(n) = stripped.and_then(name) {
            return Some(Byline::Name(n));
        }
    }
    if let Some(names) = names_comma_outlet(line) {
        return Some(Byline::Name(names));
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        [one] if is_email(one) => Some(Byline::Email(one.trim_matches(['(', ')', '<', '>']).to_string())),
        // `Kim Min-ji minji@yna.co.kr`
        [names @ .., last] if is_email(last) && !names.is_empty() => name(&names.join(" ")).map(Byline::Name),
        _ => None,
    }
}

fn strip_suffix_ignore_case<'a>(s: &'a str, suffix: &str) -> Option<&'a str> {
    let start = s.len().checked_sub(suffix.len())?;
    (s.is_char_boundary(start) && s[start..].eq_ignore_ascii_case(suffix)).then(|| &s[..start])
}

/// `Tom Ashworth Energy` (from `… Energy correspondent`) -> `Tom Ashworth`: the beat
/// named before the role is not part of the name.
fn without_beat(name: &str) -> &str {
    let mut end = name.len();
    while let Some((head, last)) = name[..end].trim_end().rsplit_once(' ') {
        if head.split_whitespace().count() < 2 || !BEATS.contains(&last.to_lowercase().as_str()) {
            break;
        }
        end = head.len();
    }
    name[..end].trim_end()
}

/// The name part of a byline: before `,`, `|`, `(`, a dash, an e-mail, or ` in Place`.
fn cut(rest: &str) -> &str {
    let mut end = rest.len();
    for stop in [",", "|", "(", " - ", " – ", " — ", " in ", " at ", "/", "·", "；", ";"] {
        if let Some(i) = rest.find(stop) {
            end = end.min(i);
        }
    }
    if let Some(i) = rest.split_whitespace().find(|w| is_email(w)).and_then(|w| rest.find(w)) {
        end = end.min(i);
    }
    rest[..end].trim()
}

/// A name: one to six words, each capitalised (or a connector such as `and`, `van`), no full stop.
fn name(candidate: &str) -> Option<String> {
    // `Jeff Foust —`: a dash that led to the next field, the field itself gone.
    let candidate = candidate.trim().trim_end_matches(['.', ':', '—', '–', '-', '|', ',']).trim_end();
    let words: Vec<&str> = candidate.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || !text::is_capitalized(words[0]) {
        return None;
    }
    let ok = words.iter().all(|w| text::is_capitalized(w) || NAME_CONNECTORS.contains(w));
    ok.then(|| candidate.to_string())
}

/// `Tanza Loudenback, Business Insider`, `Meg Kinnard and Errin Haines, Associated Press`:
/// people's names, then the outlet they write for.
fn names_comma_outlet(line: &str) -> Option<String> {
    let (names, outlet) = line.split_once(", ")?;
    let outlet_words: Vec<&str> = outlet.split_whitespace().collect();
    let is_outlet = (1..=4).contains(&outlet_words.len())
        && outlet_words.iter().all(|w| text::is_capitalized(w) && !w.contains(|c: char| c.is_ascii_digit()))
        && outlet_words.iter().any(|w| {
            let w = w.to_lowercase();
            SITE_WORDS.contains(&w.as_str()) || lexicon::contains(&AGENCIES, &w)
        });
    let people: Vec<&str> = names.split(" and ").flat_map(|p| p.split(" & ")).collect();
    let are_people = people.iter().all(|p| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (2..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| text::is_capitalized(w) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)))
    });
    (is_outlet && are_people).then(|| names.to_string())
}

/// A line that only labels the byline on the next line: `Author of the article:`.
pub fn is_label(line: &str) -> bool {
    if line.len() > 24 {
        return false;
    }
    let l = line.trim_end_matches([':', ' ']).to_lowercase();
    matches!(l.as_str(), "author of the article" | "author" | "authors" | "by" | "written by" | "words by" | "reporter")
}

/// A line holding only a person's name (under such a label).
pub fn name_line(line: &str) -> Option<Byline> {
    name(cut(line)).map(Byline::Name)
}

/// `김민지 기자`, `[아시아투데이 김민지 기자]`, `山田太郎記者`: the name right before the role word.
fn korean_japanese(line: &str) -> Option<String> {
    if !text::has_cjk(line) {
        return None;
    }
    // `（科学部　青木美咲）`: the desk, then the reporter, in brackets below the story.
    if let Some(inner) = line.strip_prefix('（').and_then(|l| l.strip_suffix('）')) {
        let parts: Vec<&str> = inner.split([' ', '\u{3000}']).filter(|p| !p.is_empty()).collect();
        if let [desk, name] = parts.as_slice() {
            let desk_like = ["部", "局", "課", "室", "支局", "総局"].iter().any(|d| desk.ends_with(d));
            let n = name.chars().count();
            if desk_like && (2..=5).contains(&n) && name.chars().all(text::is_cjk) {
                return Some((*name).to_string());
            }
        }
    }
    let inner = line.trim_matches(|c: char| matches!(c, '[' | ']' | '(' | ')' | '=' | ' '));
    for role in CJK_BYLINE_ROLES {
        let Some(i) = inner.find(role) else { continue };
        let before = inner[..i].trim_end();
        let after = inner[i + role.len()..].trim();
        // Only an e-mail or nothing may follow the role word.
        if !(after.is_empty() || after.split_whitespace().all(is_email) || after == "=") {
            continue;
        }
        let token = before.split_whitespace().last().unwrap_or(before);
        let n = token.chars().count();
        if (2..=5).contains(&n) && token.chars().all(|c| text::is_cjk(c) || c == '·') {
            return Some(token.to_string());
        }
    }
    // `칼럼니스트 박생강 pillgoo@…`, `기자 김민지`: the role first, then the name (and an e-mail).
    let words: Vec<&str> = inner.split_whitespace().filter(|w| !is_email(w)).collect();
    if let [role, name] = words.as_slice()
        && CJK_BYLINE_ROLES.contains(role)
        && (2..=5).contains(&name.chars().count())
        && name.chars().all(text::is_cjk)
    {
        return Some((*name).to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(line: &str) -> Option<String> {
        match parse_line(line) {
            Some(Byline::Name(n)) => Some(n),
            Some(Byline::Email(e)) => Some(format!("<{e}>")),
            Some(Byline::Role) => Some("role".into()),
            None => None,
        }
    }

    #[test]
    fn shapes_of_bylines() {
        assert_eq!(byline("By Kim Min-ji").as_deref(), Some("Kim Min-ji"));
        assert_eq!(byline("BY Jane Doe and John Roe").as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(
            byline("By Sofia Lindqvist, sofia.lindqvist@northernherald.com").as_deref(),
            Some("Sofia Lindqvist")
        );
        assert_eq!(byline("Kim Min-ji Reporter").as_deref(), Some("Kim Min-ji"));
        assert_eq!(byline("Analysis by Dana Whitfield, Senior Political Editor").as_deref(), Some("Dana Whitfield"));
        assert_eq!(byline("Rosa Ortega and Tim Bale, Associated Press").as_deref(), Some("Rosa Ortega and Tim Bale"));
        assert_eq!(byline("Noor Haddad, Valley Herald").as_deref(), Some("Noor Haddad"));
        assert_eq!(byline("Por Mariana Tavares").as_deref(), Some("Mariana Tavares"));
        assert_eq!(byline("Por que a cidade parou"), None);
        assert_eq!(byline("Seoul, Tokyo Agree"), None);
        assert_eq!(byline("Kim Min-ji, Staff Reporter").as_deref(), Some("Kim Min-ji"));
        assert_eq!(byline("Justin Park minji@example.com").as_deref(), Some("Justin Park"));
        assert_eq!(byline("minji@yna.co.kr").as_deref(), Some("<minji@yna.co.kr>"));
        assert_eq!(byline("김민지 기자").as_deref(), Some("김민지"));
        assert_eq!(byline("칼럼니스트 박서연 syp@example.kr").as_deref(), Some("박서연"));
        assert_eq!(byline("정다운 칼럼니스트").as_deref(), Some("정다운"));
        assert_eq!(byline("By Jo Park —").as_deref(), Some("Jo Park"));
        assert_eq!(byline("[아시아투데이 김민지 기자]").as_deref(), Some("김민지"));
        assert_eq!(byline("김민지 기자 minji@yna.co.kr").as_deref(), Some("김민지"));
        assert_eq!(byline("Staff writer").as_deref(), Some("role"));
        assert_eq!(byline("By Nadia Price in Tokyo").as_deref(), Some("Nadia Price"));
        assert_eq!(byline("Write to Lee Soo-min at soomin.lee@example.com").as_deref(), Some("Lee Soo-min"));
        assert_eq!(byline("Write to the editors at the paper's office"), None);
    }

    #[test]
    fn sentences_are_not_bylines() {
        assert_eq!(byline("By the numbers"), None);
        assert_eq!(byline("By noon, the crowd had doubled."), None);
        assert_eq!(byline("By Monday, officials had agreed to the plan."), None);
        assert_eq!(byline("The reporter asked the minister about the budget."), None);
        assert_eq!(byline("이재명 대통령은 기자회견에서 말했다."), None);
    }
}
