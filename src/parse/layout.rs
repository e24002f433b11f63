//! The layout pass: with every line classified, decide which line is the title, where the
//! body starts and ends, which lines are link lists, and rejoin hard-wrapped paragraphs.

use super::byline::Byline;
use super::function_words::Language;
use super::lines::{Kind, Line};
use super::region;
use super::shape::{self, Shape};
use super::text::{self, ends_sentence, word_count};
use super::{blocks, head, headline};
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Drop,
    Body,
}

/// Where the article lies in a page's lines: the decisions of [`lay_out`], for tools that
/// show them (`examples/explain.rs`).
#[derive(Debug, Clone)]
pub struct Plan {
    pub language: Language,
    pub shapes: Vec<Shape>,
    /// The densest run of prose, before the title and standfirst are taken out of it.
    pub run: Option<region::Region>,
    pub title_at: usize,
    pub body_start: usize,
    pub body_end: usize,
}

/// Marks the lines that only runs of lines tell apart (tag and link lists, byline labels),
/// and finds the article's run, title and body. `None` when the page has no title.
pub fn plan(lines: &mut [Line<'_>], copyright_source: Option<&str>) -> Option<Plan> {
    // Tag lists first: `skim` finds tags the same way, without the rest of the layout.
    blocks::mark_tag_lists(lines);
    blocks::mark_link_lists(lines);
    head::mark_byline_labels(lines);
    let language = Language::detect(lines.iter().filter(|l| l.kind == Kind::Text).map(|l| &*l.text));
    let shapes = shape::shapes(lines, language);
    let run = region::find(lines, &shapes);
    let title_at = run
        .and_then(|r| {
            headline::title_above(lines, &shapes, language, headline::anchor(lines, &shapes, r.start), r.start)
        })
        .or_else(|| head::find_title(lines, copyright_source))?;
    let (body_start, body_end) = match run {
        Some(r) if title_at < r.start => (head::find_body_start(lines, title_at).max(r.start), r.end),
        Some(r) if title_at < r.end => (head::find_body_start(lines, title_at), r.end),
        _ => {
            let start = head::find_body_start(lines, title_at);
            (start, end_without_run(lines, start))
        }
    };
    Some(Plan { language, shapes, run, title_at, body_start, body_end: body_end.max(body_start) })
}

/// Where a body too short to be a run of prose ends: at a copyright line or `(END)`.
fn end_without_run(lines: &[Line<'_>], start: usize) -> usize {
    (start + 1..lines.len()).find(|&i| matches!(&lines[i].kind, Kind::Trailer(t) if t.ends_body)).unwrap_or(lines.len())
}

/// The one role of each line once the article is found.
pub fn is_body(lines: &[Line<'_>], plan: &Plan, i: usize) -> bool {
    i >= plan.body_start && i < plan.body_end && is_body_line(lines, &plan.shapes, i, plan.body_end)
}

pub fn lay_out(mut lines: Vec<Line<'_>>) -> Layout {
    let copyright_source = lines.iter().find_map(|l| match &l.kind {
        Kind::Trailer(t) if t.ends_body => t.source.clone(),
        _ => None,
    });
    let Some(plan) = plan(&mut lines, copyright_source.as_deref()) else {
        return Layout::default();
    };
    let title_at = plan.title_at;
    blocks::attach_credits(&mut lines, title_at);
    blocks::merge_wrapped_captions(&mut lines, title_at);
    let roles: Vec<Role> =
        (0..lines.len()).map(|i| if is_body(&lines, &plan, i) { Role::Body } else { Role::Drop }).collect();
    let around = Around {
        title_at,
        body_start: plan.body_start,
        body_end: plan.body_end,
        tail_end: tail_end(&lines, plan.body_end),
    };
    let mut layout = Layout {
        title: head::without_section_label(&lines[title_at].text).to_string(),
        paragraphs: paragraphs(&lines, &roles),
        copyright_source,
        ..Layout::default()
    };
    collect_fields(&lines, around, &mut layout);
    drop_author_bio(&mut layout);
    layout
}

/// Lines of the article's run that are its text: prose, its subheadings and list items; not
/// a menu, nor the headline of a link to another story.
fn is_body_line(lines: &[Line<'_>], shapes: &[Shape], i: usize, end: usize) -> bool {
    if lines[i].kind != Kind::Text {
        return false;
    }
    let shape = shapes[i];
    if shape.prose || shape.data || is_bullet(&lines[i].text) {
        return true;
    }
    if shape.in_list {
        return false;
    }
    if shape.units <= 3 {
        // `Analysis` over `By Ruth Ellery`: the label of a box, not a subheading of the text.
        return !matches!(lines.get(i + 1).map(|l| &l.kind), Some(Kind::Byline(_)));
    }
    // A heading over what follows; a lone headline among other chrome is a link.
    let next_text = (i + 1..end).find(|&j| lines[j].kind == Kind::Text);
    next_text.is_some_and(|j| shapes[j].prose)
}

/// Lines after the article that still belong to it (a byline below, the tags, a caption),
/// up to the next link list.
const TAIL_WINDOW: usize = 12;

fn tail_end(lines: &[Line<'_>], body_end: usize) -> usize {
    let limit = (body_end + TAIL_WINDOW).min(lines.len());
    (body_end..limit).find(|&i| lines[i].kind == Kind::RelatedHeading).unwrap_or(limit)
}

/// Where the article's parts lie, for the fields read around it.
#[derive(Debug, Clone, Copy)]
struct Around {
    title_at: usize,
    body_start: usize,
    body_end: usize,
    tail_end: usize,
}

/// How far above the title a date or byline still belongs to the article (`Posted on … by`
/// over the headline).
const ABOVE_TITLE: usize = 6;

impl Around {
    /// Lines where the article's date and byline are looked for, nearest first: between the
    /// title and the body, just above the title, below the body, in the body.
    fn head_order(self) -> impl Iterator<Item = usize> {
        (self.title_at + 1..self.body_start)
            .chain(self.title_at.saturating_sub(ABOVE_TITLE)..self.title_at)
            .chain(self.body_end..self.tail_end)
            .chain(self.body_start..self.body_end)
    }
}

/// `Mira Castellanos is the paper's correspondent in Lisbon.` closing the page is the
/// author's note, not the story.
fn drop_author_bio(layout: &mut Layout) {
    let Some(author) = layout.byline.clone() else { return };
    let tail_from = layout.paragraphs.len().saturating_sub(3);
    let is_bio = |p: &String| {
        p.strip_prefix(author.as_str())
            .is_some_and(|rest| [" is ", " covers ", " writes ", " reports "].iter().any(|v| rest.starts_with(v)))
            && word_count(p) <= 40
    };
    let mut i = tail_from;
    while i < layout.paragraphs.len() {
        if is_bio(&layout.paragraphs[i]) {
            layout.paragraphs.remove(i);
        } else {
            i += 1;
        }
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
            // A wrapped line runs near the full width; a short open line is a subheading or a
            // list's lead-in (`Who is covered`), which says nothing about wrapping.
            let width = run.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            open += run[..run.len() - 1]
                .iter()
                .filter(|l| !ends_sentence(l) && !is_bullet(l) && l.chars().count() * 5 >= width * 3)
                .count();
        }
        Wrap { hard: ends > 0 && open * 2 >= ends, blank_separated: runs.len() >= 3 }
    }
}

/// Lines of one run: one paragraph per line, or hard-wrapped lines to join.
pub fn rejoin(run: &[&str], wrap: Wrap) -> Vec<String> {
    if run.len() == 1 || !wrap.hard {
        return run.iter().map(|l| l.to_string()).collect();
    }
    let widths: Vec<usize> = run.iter().map(|l| l.chars().count()).collect();
    let width = widths.iter().copied().max().unwrap_or(0);
    if width > MAX_WRAP_WIDTH {
        return run.iter().map(|l| l.to_string()).collect();
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, line) in run.iter().enumerate() {
        // A list item starts a paragraph of its own.
        if is_bullet(line) && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
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

/// `- item`, `• item`, `* item`: a line of a list.
fn is_bullet(line: &str) -> bool {
    ["- ", "• ", "* ", "· ", "– "].iter().any(|b| line.starts_with(b))
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

/// Date, byline and captions from around the article; tags and trailer sources from
/// anywhere on the page.
fn collect_fields(lines: &[Line<'_>], around: Around, layout: &mut Layout) {
    let mut updated = None;
    for i in around.head_order() {
        match &lines[i].kind {
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
            // `Nadia Price in Tokyo` between the title and the body.
            Kind::Text if i > around.title_at && i < around.body_start && layout.byline.is_none() => {
                layout.byline = head::name_in_place(&lines[i].text);
            }
            _ => {}
        }
    }
    for line in &lines[around.title_at..around.tail_end] {
        if let Kind::Caption(c) = &line.kind {
            layout.captions.push(c.clone());
        }
    }
    let mut reporting = None;
    let mut seen_tags = std::collections::HashSet::new();
    for line in lines {
        match &line.kind {
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
            _ => {}
        }
    }
    layout.published = layout.published.take().or(updated);
    layout.byline = layout.byline.take().or(reporting);
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
