//! The layout pass: with every line classified, decide which line is the title, where the
//! body starts and ends, which lines are link lists, and rejoin hard-wrapped paragraphs.

use super::byline::Byline;
use super::chrome;
use super::lines::{Kind, Line};
use super::text::{self, ends_sentence, has_cjk, word_count};
use crate::article::Caption;

/// Everything the layout decides, before quotes and sources are read from the body.
#[derive(Debug, Default)]
pub struct Layout {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub captions: Vec<Caption>,
    pub published: Option<String>,
    pub byline: Option<String>,
    /// The outlet of the copyright line.
    pub copyright_source: Option<String>,
    /// The outlet of another trailer (`originally published by`).
    pub trailer_source: Option<String>,
    pub tags: Vec<String>,
}

/// Words of a site's name, for lines above the title.
const SITE_WORDS: &[&str] = &[
    "agency", "broadcasting", "chronicle", "daily", "gazette", "guardian", "herald", "journal", "magazine", "media",
    "network", "news", "observer", "online", "post", "press", "review", "standard", "telegraph", "times", "today",
    "tribune", "weekly", "뉴스", "일보", "신문", "新聞", "通信", "ニュース",
];

/// How far below the title a date or byline still belongs to the head.
const HEAD_WINDOW: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Drop,
    Body,
}

pub fn lay_out(mut lines: Vec<Line<'_>>) -> Layout {
    mark_link_lists(&mut lines);
    let copyright_source = lines.iter().find_map(|l| match &l.kind {
        Kind::Trailer(t) if t.ends_body => t.source.clone(),
        _ => None,
    });
    let Some(title_at) = find_title(&lines, copyright_source.as_deref()) else {
        return Layout::default();
    };
    let body_start = find_body_start(&lines, title_at);
    attach_credits(&mut lines, title_at);
    let body_end = lines
        .iter()
        .enumerate()
        .skip(body_start + 1)
        .find(|(_, l)| matches!(&l.kind, Kind::Trailer(t) if t.ends_body))
        .map_or(lines.len(), |(i, _)| i);
    let roles: Vec<Role> = (0..lines.len())
        .map(|i| if lines[i].kind == Kind::Text && i >= body_start && i < body_end { Role::Body } else { Role::Drop })
        .collect();
    let mut layout = Layout {
        title: lines[title_at].text.to_string(),
        paragraphs: paragraphs(&lines, &roles),
        copyright_source,
        ..Layout::default()
    };
    collect_fields(&lines, title_at, body_start, &mut layout);
    layout
}

/// Link titles under `Related articles` and the like are chrome, up to the next prose line.
fn mark_link_lists(lines: &mut [Line<'_>]) {
    let mut in_list = false;
    for line in lines.iter_mut() {
        match line.kind {
            Kind::RelatedHeading => {
                in_list = true;
                line.kind = Kind::Chrome;
            }
            Kind::Text if in_list && chrome::is_link_title(&line.text) => line.kind = Kind::Chrome,
            Kind::Chrome => {}
            _ => in_list = false,
        }
    }
}

/// Prose: a sentence, or a long line.
fn is_prose(line: &str) -> bool {
    ends_sentence(line) || word_count(line) >= 20 || (has_cjk(line) && text::char_len_capped(line, 80) >= 80)
}

fn is_site_name(line: &str, source: Option<&str>) -> bool {
    if word_count(line) > 5 || ends_sentence(line) {
        return false;
    }
    let lower = line.to_lowercase();
    source.is_some_and(|s| s.to_lowercase() == lower)
        || lower.contains(".com")
        || lower.contains(".co.")
        || lower.split_whitespace().any(|w| SITE_WORDS.contains(&w))
        || SITE_WORDS.iter().any(|w| !w.is_ascii() && lower.ends_with(w))
}

/// The first headline-like line, skipping site names and section labels above it.
fn find_title(lines: &[Line<'_>], source: Option<&str>) -> Option<usize> {
    let texts: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].kind == Kind::Text).take(12).collect();
    for (n, &i) in texts.iter().enumerate() {
        let line = &lines[i].text;
        if chrome::is_section_label(line) || is_site_name(line, source) {
            continue;
        }
        // A one- or two-word line right above another headline-like line is a site's name or
        // a section (`Politics`, `정치`).
        let next_is_headline = texts.get(n + 1).is_some_and(|&j| j == i + 1 && !is_prose(&lines[j].text));
        let short = if has_cjk(line) { text::char_len_capped(line, 8) <= 6 } else { word_count(line) <= 2 };
        if short && next_is_headline {
            continue;
        }
        return Some(i);
    }
    // No headline-like line: take the first text, else the first line of any kind.
    texts.first().copied().or_else(|| (!lines.is_empty()).then_some(0))
}

/// The first prose line after the title, unless a date or byline comes just after it (then
/// it is a standfirst in the head). A hard-wrapped paragraph is prose as a whole.
fn find_body_start(lines: &[Line<'_>], title_at: usize) -> usize {
    let prose = prose_runs(lines, title_at + 1);
    for i in title_at + 1..lines.len() {
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

/// For each line from `from` on: whether it is text in a run of text lines (one block) that
/// reads as prose.
fn prose_runs(lines: &[Line<'_>], from: usize) -> Vec<bool> {
    let mut prose = vec![false; lines.len()];
    let mut i = from;
    while i < lines.len() {
        if lines[i].kind != Kind::Text {
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| lines[j].kind != Kind::Text || lines[j].block != lines[i].block)
            .unwrap_or(lines.len());
        let words: usize = lines[i..end].iter().map(|l| word_count(&l.text)).sum();
        let is = lines[i..end].iter().any(|l| is_prose(&l.text)) || words >= 20;
        prose[i..end].fill(is);
        i = end;
    }
    prose
}

/// A credit alone on a line completes the caption above it.
fn attach_credits(lines: &mut [Line<'_>], title_at: usize) {
    for i in 1..lines.len() {
        let Kind::Credit(credit) = &lines[i].kind else { continue };
        let credit = credit.clone();
        let previous = &mut lines[i - 1];
        match &mut previous.kind {
            Kind::Text if i - 1 != title_at && word_count(&previous.text) <= 60 => {
                previous.kind = Kind::Caption(Caption { text: previous.text.to_string(), credit: Some(credit) });
            }
            Kind::Caption(c) if c.credit.is_none() => c.credit = Some(credit),
            _ => continue,
        }
        lines[i].kind = Kind::Chrome;
    }
}

/// Body lines grouped into runs (same block, nothing else between), each run into paragraphs.
fn paragraphs(lines: &[Line<'_>], roles: &[Role]) -> Vec<String> {
    let mut runs: Vec<Vec<&str>> = Vec::new();
    let mut run_block = None;
    for (line, role) in lines.iter().zip(roles) {
        match role {
            Role::Body if run_block == Some(line.block) => {
                if let Some(run) = runs.last_mut() {
                    run.push(&line.text);
                }
            }
            Role::Body => {
                runs.push(vec![&line.text]);
                run_block = Some(line.block);
            }
            // A caption or an ad between two lines of one block still ends the run.
            Role::Drop => run_block = None,
        }
    }
    let wrap = Wrap::of(&runs);
    runs.iter().flat_map(|run| rejoin(run, wrap)).collect()
}

/// Widest hard-wrap we rejoin; longer lines are whole paragraphs saved one per line.
const MAX_WRAP_WIDTH: usize = 100;

/// How the page breaks its lines, judged over the whole body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wrap {
    /// Lines are hard-wrapped: most line ends fall inside a sentence.
    pub hard: bool,
    /// Paragraphs are separated by blank lines, so a block is never split.
    pub blank_separated: bool,
}

impl Wrap {
    fn of(runs: &[Vec<&str>]) -> Self {
        let (mut ends, mut open) = (0, 0);
        for run in runs.iter().filter(|r| r.len() > 1) {
            ends += run.len() - 1;
            open += run[..run.len() - 1].iter().filter(|l| !ends_sentence(l)).count();
        }
        Wrap { hard: ends > 0 && open * 2 >= ends, blank_separated: runs.len() >= 3 }
    }
}

/// Lines of one run: one paragraph per line, or hard-wrapped lines to join.
pub fn rejoin(run: &[&str], wrap: Wrap) -> Vec<String> {
    let widths: Vec<usize> = run.iter().map(|l| l.chars().count()).collect();
    let width = widths.iter().copied().max().unwrap_or(0);
    if run.len() == 1 || !wrap.hard || width > MAX_WRAP_WIDTH {
        return run.iter().map(|l| l.to_string()).collect();
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, line) in run.iter().enumerate() {
        join_line(&mut current, line);
        let next_word = run.get(i + 1).and_then(|n| n.split_whitespace().next()).map_or(0, |w| w.chars().count());
        // The next word would have fitted on this line: the break was the end of a paragraph.
        let short = widths[i] + 1 + next_word <= width;
        if i + 1 == run.len() || (!wrap.blank_separated && short && ends_sentence(line)) {
            out.push(std::mem::take(&mut current));
        }
    }
    out
}

/// Joins with one space, or none between two CJK characters.
fn join_line(current: &mut String, line: &str) {
    let cjk_joint =
        current.chars().next_back().is_some_and(text::is_cjk) && line.chars().next().is_some_and(text::is_cjk);
    if !current.is_empty() && !cjk_joint {
        current.push(' ');
    }
    current.push_str(line);
}

/// Date, byline, captions, tags, and trailer sources, from wherever they sit.
fn collect_fields(lines: &[Line<'_>], title_at: usize, body_start: usize, layout: &mut Layout) {
    let mut updated = None;
    let mut email = None;
    let mut reporting = None;
    let mut seen_tags = std::collections::HashSet::new();
    for (i, line) in lines.iter().enumerate() {
        match &line.kind {
            Kind::Date(d) => {
                if layout.published.is_none() {
                    layout.published = d.published.clone();
                }
                updated = updated.or_else(|| d.updated.clone());
                if layout.byline.is_none() {
                    layout.byline = d.byline.clone();
                }
            }
            Kind::Byline(Byline::Name(n)) if layout.byline.is_none() => layout.byline = Some(n.clone()),
            Kind::Byline(Byline::Email(e)) => email = email.or_else(|| Some(e.clone())),
            Kind::Caption(c) => layout.captions.push(c.clone()),
            Kind::Tags(tags) => {
                for tag in tags {
                    if seen_tags.insert(tag.to_lowercase()) {
                        layout.tags.push(tag.clone());
                    }
                }
            }
            Kind::Trailer(t) => {
                reporting = reporting.or_else(|| t.byline.clone());
                if !t.ends_body && layout.trailer_source.is_none() {
                    layout.trailer_source = t.source.clone();
                }
            }
            // `Nadia Price in Tokyo` between the title and the body.
            Kind::Text if i > title_at && i < body_start && layout.byline.is_none() => {
                layout.byline = name_in_place(&line.text);
            }
            _ => {}
        }
    }
    layout.published = layout.published.take().or(updated);
    layout.byline = layout.byline.take().or(reporting).or(email);
}

/// `Justin McCurry in Tokyo` -> `Justin McCurry`.
fn name_in_place(line: &str) -> Option<String> {
    let (name, place) = line.split_once(" in ")?;
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (2..=3).contains(&words.len())
        && words.iter().all(|w| text::is_capitalized(w))
        && word_count(place) <= 3
        && text::is_capitalized(place);
    ok.then(|| name.to_string())
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
