//! The head of a page: which line is the title (not the site's name, a menu or a section
//! label above it), and where the body starts (after a standfirst, the date and the byline).

use super::byline::{self, Byline};
use super::chrome;
use super::lexicon::{self, SECTION_LABELS, SITE_WORDS, TITLE_GLUE};
use super::lines::{Kind, Line};
use super::text::{self, ends_sentence, has_cjk, word_count};

/// How far below the title a date or byline still belongs to the head.
pub const HEAD_WINDOW: usize = 4;

/// Candidates for the title: the first text lines of the page.
const TITLE_CANDIDATES: usize = 16;

/// Prose: a sentence, or a long line.
pub fn is_prose(line: &str) -> bool {
    ends_sentence(line) || word_count(line) >= 20 || (has_cjk(line) && text::char_len_capped(line, 80) >= 80)
}

pub fn is_site_name(line: &str, source: Option<&str>) -> bool {
    if line.len() > 80 || word_count(line) > 5 || ends_sentence(line) {
        return false;
    }
    let lower = line.to_lowercase();
    // A name: every word capitalised (`The Japan Times`, not `Markets rally today`).
    let named = line.split_whitespace().all(text::is_capitalized);
    source.is_some_and(|s| s.to_lowercase() == lower)
        || lower.contains(".com")
        || lower.contains(".co.")
        || (named && lower.split_whitespace().any(|w| SITE_WORDS.contains(&w)))
        // `みなと新聞デジタル`: a short unspaced name holding a CJK site word.
        || (SITE_WORDS.iter().any(|w| !w.is_ascii() && lower.contains(w))
            && !line.contains(' ')
            && text::char_len_capped(line, 13) <= 12)
}

/// A headline has a few words: menus and site names above it have one or two.
pub fn is_headline_sized(line: &str) -> bool {
    if has_cjk(line) { text::char_len_capped(line, 8) >= 8 } else { word_count(line) >= 4 }
}

/// The title: among the first text lines (before the body), skipping section labels and site
/// names, the first that is headline-sized, else the first left.
pub fn find_title(lines: &[Line<'_>], source: Option<&str>) -> Option<usize> {
    let texts: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].kind == Kind::Text).take(TITLE_CANDIDATES).collect();
    let candidates: Vec<usize> = texts
        .iter()
        .copied()
        .filter(|&i| !chrome::is_section_label(&lines[i].text) && !is_site_name(&lines[i].text, source))
        .filter(|&i| !wraps_on(lines, i))
        .collect();
    // A title never comes after the first paragraph of prose.
    let first_long_prose =
        texts.iter().copied().find(|&i| is_prose(&lines[i].text) && word_count(&lines[i].text) >= 25);
    let in_head = |i: &usize| first_long_prose.is_none_or(|p| *i <= p);
    // Menus and site names have a word or two; a headline has more and no final period.
    candidates
        .iter()
        .copied()
        .filter(in_head)
        .find(|&i| is_headline_sized(&lines[i].text) && !lines[i].text.ends_with('.'))
        .or_else(|| candidates.first().copied())
        .or_else(|| texts.first().copied())
        .or_else(|| (!lines.is_empty()).then_some(0))
}

/// A line broken mid-sentence (`… one of`) with the sentence going on below: the first line
/// of a hard-wrapped paragraph, not a headline.
pub fn wraps_on(lines: &[Line<'_>], i: usize) -> bool {
    let same_run = |j: usize| lines[j].kind == Kind::Text && lines[j].block == lines[i].block;
    let start = (0..=i).rev().take_while(|&j| same_run(j)).last().unwrap_or(i);
    let end = (i..lines.len()).take_while(|&j| same_run(j)).last().unwrap_or(i);
    end > start && (start..end).any(|j| lines[j].text.rsplit(' ').next().is_some_and(|w| TITLE_GLUE.contains(&w)))
}

/// The first prose line after the title, unless a date or byline comes just after it (then
/// it is a standfirst in the head). A hard-wrapped paragraph is prose as a whole.
pub fn find_body_start(lines: &[Line<'_>], title_at: usize) -> usize {
    // Runs are read a window at a time: the body starts within a few lines of the title, and
    // reading every run to the page's end cost more than the rest of the search.
    let mut prose = vec![false; lines.len()];
    let mut read_to = title_at + 1;
    for i in title_at + 1..lines.len() {
        if read_to <= i + HEAD_WINDOW {
            read_to = read_runs(lines, read_to, (i + HEAD_WINDOW + 1).min(lines.len()), &mut prose);
        }
        if prose[i] {
            let head_follows = (i + 1..lines.len())
                .take(HEAD_WINDOW)
                .take_while(|&j| !prose[j] || lines[j].block == lines[i].block)
                .any(|j| matches!(lines[j].kind, Kind::Date(_) | Kind::Byline(Byline::Name(_))));
            if !head_follows {
                return i;
            }
        }
    }
    lines.len()
}

/// Marks the lines from `from` (the start of a run) that are text in a run of text lines
/// (one block) reading as prose, run by run until one ends at or past `to`; returns where the
/// next run starts.
fn read_runs(lines: &[Line<'_>], from: usize, to: usize, prose: &mut [bool]) -> usize {
    let mut i = from;
    while i < to {
        if lines[i].kind != Kind::Text {
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| lines[j].kind != Kind::Text || lines[j].block != lines[i].block)
            .unwrap_or(lines.len());
        let is = lines[i..end].iter().any(|l| is_prose(&l.text))
            || lines[i..end].iter().map(|l| word_count(&l.text)).sum::<usize>() >= 20;
        prose[i..end].fill(is);
        i = end;
    }
    i
}

/// `Author of the article:` alone, with the name on the next line: that line is the byline.
pub fn mark_byline_labels(lines: &mut [Line<'_>]) {
    for i in 0..lines.len().saturating_sub(1) {
        if lines[i].kind == Kind::Text
            && byline::is_label(&lines[i].text)
            && let Some(Byline::Name(name)) = byline::name_line(&lines[i + 1].text)
        {
            lines[i].kind = Kind::Chrome;
            lines[i + 1].kind = Kind::Byline(Byline::Name(name));
        }
    }
}

/// `Opinion | Why the ferry matters` -> `Why the ferry matters`: a section's name before a bar.
pub fn without_section_label(title: &str) -> &str {
    match title.split_once(" | ") {
        Some((label, rest)) if !rest.trim().is_empty() && lexicon::contains_folded(&SECTION_LABELS, label.trim()) => {
            rest.trim()
        }
        _ => title,
    }
}

/// `Justin McCurry in Tokyo` between the title and the body -> `Justin McCurry`; two
/// reporters in two places, `Hana Cho in Seoul and Ken Mori in Tokyo` -> `Hana Cho and Ken Mori`.
pub fn name_in_place(line: &str) -> Option<String> {
    if let Some((first, second)) = line.split_once(" and ")
        && let (Some(a), Some(b)) = (one_name_in_place(first), one_name_in_place(second))
    {
        return Some(format!("{a} and {b}"));
    }
    one_name_in_place(line)
}

fn one_name_in_place(line: &str) -> Option<String> {
    let (name, place) = line.split_once(" in ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (2..=3).contains(&words.len())
        && words.iter().all(|w| text::is_capitalized(w))
        && word_count(place) <= 3
        && text::is_capitalized(place);
    ok.then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reporters_in_places() {
        assert_eq!(name_in_place("Justin McCurry in Tokyo").as_deref(), Some("Justin McCurry"));
        assert_eq!(name_in_place("Hana Cho in Seoul and Ken Mori in Tokyo").as_deref(), Some("Hana Cho and Ken Mori"));
        assert_eq!(name_in_place("Prices rose in Seoul and fell in Tokyo"), None);
        assert_eq!(name_in_place("Trade in Asia"), None);
    }

    #[test]
    fn a_section_label_before_a_bar_is_not_the_title() {
        assert_eq!(without_section_label("Opinion | Why the ferry matters"), "Why the ferry matters");
        assert_eq!(without_section_label("ANALYSIS | Yen slides"), "Yen slides");
        assert_eq!(without_section_label("Seoul | Tokyo: a tale of two cities"), "Seoul | Tokyo: a tale of two cities");
    }
}
