//! The article's headline in a whole page: among the lines of the head above its first
//! paragraph, the one that reads most like the headline of *this* text. A headline is a
//! heading of the page (alone in its block), of a headline's length, near the body, and it
//! names what the first paragraphs are about: its content words come back in them. Menu
//! items, "Watch live" buttons, promotions and other stories' headlines do not.

use super::byline::Byline;
use super::chrome;
use super::function_words::Language;
use super::head::{is_headline_sized, is_site_name, wraps_on};
use super::lines::{Kind, Line};
use super::shape::Shape;
use super::text::{ends_sentence, has_cjk, is_cjk};

/// How far above the article's first paragraph its headline may stand: bylines, dates,
/// share bars, a photo with its caption, even a playlist of videos come between.
const TITLE_REACH: usize = 100;

/// Words a headline rarely goes beyond, and what each word more costs.
const TYPICAL_TITLE_UNITS: u32 = 16;
const LONG_TITLE_COST: f32 = 0.25;

/// `… the crisis. It is up to them …`: a sentence ends inside the line (not `U.S. ` or `Dr. `).
fn has_inner_sentence_end(line: &str) -> bool {
    line.match_indices(". ").any(|(i, _)| {
        let before = line[..i].chars().next_back();
        let after = line[i + 2..].chars().next();
        before.is_some_and(char::is_lowercase) && after.is_some_and(char::is_uppercase)
    })
}

/// What crossing a menu, a link list or another text costs a line on its way to the body.
const WALL_COST: f32 = 1.5;

/// Prose from which a line is another text (a paragraph), not a standfirst's sentence.
const OTHER_TEXT_UNITS: u32 = 25;

/// Lines under a headline where its byline or date is printed, and what finding one there
/// is worth: as much as a heading's shape, for the lists of other stories between a headline
/// and its body have neither byline nor date.
const META_BELOW: usize = 8;
const META_BELOW_BONUS: f32 = 5.0;

/// Longer lines are paragraphs, not headlines.
const MAX_TITLE_UNITS: u32 = 40;

/// Words of the body the headline is compared with: the lead, where a story says what the
/// headline says.
const LEAD_UNITS: u32 = 60;

/// Characters a word is cut to before comparing, so that `agree`, `agreed` and `agreement`
/// meet (a stemmer's job, roughly, in any language written with spaces).
const STEM_CHARS: usize = 5;

/// Where the head ends: a date or byline among the first lines of the article's run, before
/// its first paragraph (a headline or standfirst shaped as a sentence, or a search box's
/// hint above the headline, may open the run), else the run's start.
pub fn anchor(lines: &[Line<'_>], shapes: &[Shape], run_start: usize) -> usize {
    (run_start..lines.len())
        .take(ANCHOR_REACH)
        .take_while(|&i| !(shapes[i].prose && shapes[i].units >= OTHER_TEXT_UNITS))
        .find(|&i| matches!(lines[i].kind, Kind::Date(_) | Kind::Byline(Byline::Name(_))))
        .unwrap_or(run_start)
}

/// Lines of the run read for the date or byline under the headline.
const ANCHOR_REACH: usize = 20;

/// The headline above `anchor`, the body's lead starting at `lead_from`. Candidates are read
/// up from the anchor to the menu, link list or prose above the head.
pub fn title_above(
    lines: &[Line<'_>],
    shapes: &[Shape],
    language: Language,
    anchor: usize,
    lead_from: usize,
) -> Option<usize> {
    let lo = anchor.saturating_sub(TITLE_REACH);
    // Whether each line of the window may be a headline: asked again for the lines under each.
    let may: Vec<bool> = (lo..(anchor + META_BELOW).min(lines.len())).map(|i| may_be_title(lines, shapes, i)).collect();
    let may = |i: usize| may.get(i - lo).copied().unwrap_or_else(|| may_be_title(lines, shapes, i));
    // Every candidate with what its shape and place say; the words, dearer to read, after.
    let mut candidates: Vec<(f32, usize)> = Vec::new();
    let (mut text_lines_up, mut walls) = (0, 0);
    for i in (lo..anchor).rev() {
        // A menu, a link list or another text between a line and the body: each makes the
        // line less likely to be this article's headline, without ruling it out.
        let starts_wall =
            shapes[i].in_list && lines.get(i + 1).is_none_or(|n| n.block != lines[i].block || !shapes[i + 1].in_list);
        if starts_wall
            || lines[i].kind == Kind::RelatedHeading
            || (shapes[i].prose && shapes[i].units >= OTHER_TEXT_UNITS)
        {
            walls += 1;
        }
        if lines[i].kind == Kind::Text {
            text_lines_up += 1;
        }
        if !may(i) {
            continue;
        }
        let mut score = shape_score(lines, shapes, i, text_lines_up) - WALL_COST * walls as f32;
        if has_meta_below(lines, shapes, i, may) {
            score += META_BELOW_BONUS;
        }
        candidates.push((score, i));
    }
    // Best shape first; the lead's words can add at most `MAX_WORD_SCORE`, so a candidate that
    // many points behind the best so far is not read.
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
    let lead = lead_stems(lines, shapes, lead_from);
    let mut best: Option<(f32, usize)> = None;
    for (shape, i) in candidates {
        if best.is_some_and(|(s, _)| shape + MAX_WORD_SCORE <= s) {
            break;
        }
        let (matched, share) = key_words(&lines[i].text, &lead, language);
        let score = shape + KEY_WORD_WEIGHT * matched.min(KEY_WORDS) as f32 + share;
        if best.is_none_or(|(s, b)| score > s || (score == s && i > b)) {
            best = Some((score, i));
        }
    }
    let (_, at) = best?;
    // A standfirst printed as a heading under the headline: longer, and about the lead too.
    let above = at.checked_sub(1).filter(|&j| {
        may(j)
            && is_heading(lines, j)
            && is_headline_sized(&lines[j].text)
            && key_words(&lines[j].text, &lead, language).0 >= 2
    });
    match above {
        Some(j) if is_heading(lines, at) && shapes[at].units > shapes[j].units => Some(j),
        _ => Some(at),
    }
}

/// Alone in its block: a heading of the page.
fn is_heading(lines: &[Line<'_>], i: usize) -> bool {
    (i == 0 || lines[i - 1].block != lines[i].block) && lines.get(i + 1).is_none_or(|n| n.block != lines[i].block)
}

/// How many of a line's content words come back in the lead, and their share of the line.
fn key_words(text: &str, lead: &Stems, language: Language) -> (usize, f32) {
    let mut own = Vec::new();
    stems(text, Some(language), usize::MAX, &mut own);
    own.sort_unstable();
    own.dedup();
    let matched = own.iter().filter(|s| lead.binary_search(s).is_ok()).count();
    (matched, if own.is_empty() { 0.0 } else { matched as f32 / own.len() as f32 })
}

/// How much a line's shape and place say it is the headline: a heading, of a headline's
/// length, one sentence, not far above the body (`text_lines_up`: text lines between it and
/// the anchor). Its words are scored apart ([`key_words`]).
fn shape_score(lines: &[Line<'_>], shapes: &[Shape], i: usize, text_lines_up: usize) -> f32 {
    let line = &lines[i];
    let mut score = -0.1 * text_lines_up as f32;
    if is_heading(lines, i) {
        score += 2.0;
    }
    if is_headline_sized(&line.text) {
        score += 2.0;
    }
    // Headlines are a few words and one sentence; a standfirst is longer, often two.
    score -= LONG_TITLE_COST * shapes[i].units.saturating_sub(TYPICAL_TITLE_UNITS) as f32;
    if has_inner_sentence_end(&line.text) {
        score -= 3.0;
    }
    score
}

/// A byline or date under the line, before any other line that could be a headline: share
/// buttons, a photo and a standfirst may come between.
fn has_meta_below(lines: &[Line<'_>], shapes: &[Shape], i: usize, may: impl Fn(usize) -> bool) -> bool {
    for j in (i + 1..lines.len()).take(META_BELOW) {
        match lines[j].kind {
            Kind::Date(_) | Kind::Byline(Byline::Name(_)) => return true,
            Kind::Text if may(j) && !shapes[j].prose => return false,
            _ => {}
        }
    }
    false
}

/// A headline shares a few key words with its lead; more than these say nothing more. Their
/// share of the line adds up to one point more.
const KEY_WORDS: usize = 3;
const KEY_WORD_WEIGHT: f32 = 4.0 / KEY_WORDS as f32;
const MAX_WORD_SCORE: f32 = KEY_WORD_WEIGHT * KEY_WORDS as f32 + 1.0;

/// Text of a headline's length and shape, not a menu's item, a section's label or the
/// site's name.
fn may_be_title(lines: &[Line<'_>], shapes: &[Shape], i: usize) -> bool {
    let line = &lines[i].text;
    let units = shapes[i].units;
    lines[i].kind == Kind::Text
        && !shapes[i].in_list
        && (2..=MAX_TITLE_UNITS).contains(&units)
        && (!ends_sentence(line) || line.ends_with(['?', '!', '”', '"', '’']) || line.ends_with("..."))
        // `New York CNN —`, `Related:`: the start of a line that goes on elsewhere.
        && !line.ends_with([':', '—', '–', '-'])
        && !chrome::is_section_label(line)
        && !is_site_name(line, None)
        && !wraps_on(lines, i)
}

/// Stems of the first [`LEAD_UNITS`] words of prose from `from` on.
fn lead_stems(lines: &[Line<'_>], shapes: &[Shape], from: usize) -> Stems {
    let mut stems_seen = Vec::with_capacity(LEAD_UNITS as usize);
    let mut words_left = LEAD_UNITS as usize;
    for (line, shape) in lines.iter().zip(shapes).skip(from) {
        if words_left == 0 {
            break;
        }
        if line.kind == Kind::Text && shape.prose {
            // Function words are left in: only a headline's content words are looked up here.
            words_left = stems(&line.text, None, words_left, &mut stems_seen);
        }
    }
    stems_seen.sort_unstable();
    stems_seen.dedup();
    stems_seen
}

/// Stems sorted, each once: a hundred numbers are sorted and searched for less than they
/// cost to hash.
type Stems = Vec<Stem>;

/// A stem, kept as a hash of its characters: a headline's few words are compared with a
/// lead's hundred and fifty, and none of them needs to be kept as a string.
pub type Stem = u64;

/// The words of `text` (its content words, given its language), lower-case and cut to
/// [`STEM_CHARS`]; Chinese, Japanese and Korean as pairs of characters, which carry a word's
/// meaning in those scripts. Reads at most `words_left` words; returns how many are left.
fn stems(text: &str, language: Option<Language>, mut words_left: usize, out: &mut Vec<Stem>) -> usize {
    for word in text.split_ascii_whitespace().take(words_left) {
        words_left -= 1;
        let bare =
            word.trim_matches(|c: char| if c.is_ascii() { !c.is_ascii_alphanumeric() } else { !c.is_alphanumeric() });
        let bare = bare.strip_suffix("'s").or_else(|| bare.strip_suffix("’s")).unwrap_or(bare);
        let is_function = || language.is_some_and(|l| l.is_function_word(bare));
        if bare.len() < 2 {
            continue;
        }
        if bare.is_ascii() {
            if !is_function() {
                out.push(ascii_stem(bare));
            }
        } else if has_cjk(bare) {
            let mut previous = None;
            for c in bare.chars() {
                if let Some(p) = previous.filter(|_| is_cjk(c)) {
                    out.push(stem_of([p, c].into_iter()));
                }
                previous = is_cjk(c).then_some(c);
            }
        } else if bare.chars().nth(1).is_some() && !is_function() {
            out.push(stem_of(bare.chars().take(STEM_CHARS).flat_map(char::to_lowercase)));
        }
    }
    words_left
}

/// An ASCII word's stem, its first five letters in lower case packed into the number: most
/// words are ASCII, and this is their fast path. The top bit keeps it apart from the hashes.
fn ascii_stem(word: &str) -> Stem {
    let mut stem = 1u64 << 63;
    for (i, b) in word.bytes().take(STEM_CHARS).enumerate() {
        stem |= u64::from(b.to_ascii_lowercase()) << (8 * i);
    }
    stem
}

fn stem_of(chars: impl Iterator<Item = char>) -> Stem {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for c in chars {
        hasher.write_u32(c as u32);
    }
    hasher.finish() & !(1 << 63)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;
    use crate::parse::region;

    fn title(page: &str) -> Option<String> {
        let lines = split(page);
        let language = Language::detect(lines.iter().map(|l| &*l.text));
        let shapes = crate::parse::shape::shapes(&lines, language);
        let run = region::find(&lines, &shapes)?;
        let at = title_above(&lines, &shapes, language, anchor(&lines, &shapes, run.start), run.start)?;
        Some(lines[at].text.to_string())
    }

    const LEAD: &str = "South Korea and Japan have agreed to set up a direct hotline between their coast \
        guards, officials from both countries said on Wednesday, after months of tension at sea.";

    #[test]
    fn the_headline_names_what_the_lead_is_about() {
        let page =
            format!("Watch Live\n\nSeoul and Tokyo agree coast guard hotline\n\nJan 14, 2026\n\n{LEAD}\n\n{LEAD}");
        assert_eq!(title(&page).as_deref(), Some("Seoul and Tokyo agree coast guard hotline"));
    }

    #[test]
    fn a_promotion_above_the_headline_is_passed_over() {
        let page = format!(
            "New phones now available in stores\n\nTariffs on steel to rise next year\n\n\
             Seoul and Tokyo agree coast guard hotline\n\nBy Kim Min-ji\n\n{LEAD}\n\n{LEAD}"
        );
        assert_eq!(title(&page).as_deref(), Some("Seoul and Tokyo agree coast guard hotline"));
    }

    #[test]
    fn stems_meet_across_endings_and_scripts() {
        let mut a = Vec::new();
        stems(
            "Agreement on the coast guards",
            Some(Language::detect(["the guards said that it was over for the day"])),
            usize::MAX,
            &mut a,
        );
        let stem = |w: &str| if w.is_ascii() { ascii_stem(w) } else { stem_of(w.chars()) };
        assert!(a.contains(&stem("agree")) && a.contains(&stem("guard")) && !a.contains(&stem("the")));
        let mut b = Vec::new();
        stems("大雪で通行止め", Some(Language::Japanese), usize::MAX, &mut b);
        assert!(b.contains(&stem("大雪")) && b.contains(&stem("通行")));
    }
}
