//! The layout pass: with every line classified, decide which line is the title, where the
//! body starts and ends, which lines are link lists, and rejoin hard-wrapped paragraphs.

use super::byline::Byline;
use super::lines::{Kind, Line};
use super::text::{self, ends_sentence, word_count};
use super::{blocks, head};
use crate::article::Caption;

/// Everything the layout decides, before quotes and sources are read from the body.
#[derive(Debug, Default)]
pub struct Layout {
    pub title: String,
    pub paragraphs: Vec<String>,
    pub captions: Vec<Caption>,
    pub published: Option<String>,
    pub byline: Option<String>,
    /// An e-mail address standing for the byline, when no name is found.
    pub byline_email: Option<String>,
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

pub fn lay_out(mut lines: Vec<Line<'_>>) -> Layout {
    // Tag lists first: `skim` finds tags the same way, without the rest of the layout.
    blocks::mark_tag_lists(&mut lines);
    blocks::mark_link_lists(&mut lines);
    head::mark_byline_labels(&mut lines);
    let copyright_source = lines.iter().find_map(|l| match &l.kind {
        Kind::Trailer(t) if t.ends_body => t.source.clone(),
        _ => None,
    });
    let Some(title_at) = head::find_title(&lines, copyright_source.as_deref()) else {
        return Layout::default();
    };
    let body_start = head::find_body_start(&lines, title_at);
    blocks::attach_credits(&mut lines, title_at);
    blocks::merge_wrapped_captions(&mut lines, title_at);
    let body_end = body_end(&lines, body_start);
    let roles: Vec<Role> = (0..lines.len())
        .map(|i| if lines[i].kind == Kind::Text && i >= body_start && i < body_end { Role::Body } else { Role::Drop })
        .collect();
    let mut layout = Layout {
        title: head::without_section_label(&lines[title_at].text).to_string(),
        paragraphs: paragraphs(&lines, &roles),
        copyright_source,
        ..Layout::default()
    };
    collect_fields(&lines, title_at, body_start, &mut layout);
    drop_author_bio(&mut layout);
    layout
}

/// Where the body ends: a copyright line or `(END)`, or a byline below at least two
/// paragraphs (what follows it is the author's box and the page footer).
fn body_end(lines: &[Line<'_>], body_start: usize) -> usize {
    let mut paragraphs_seen = 0;
    for (i, line) in lines.iter().enumerate().skip(body_start) {
        match &line.kind {
            Kind::Trailer(t) if t.ends_body && i > body_start => return i,
            Kind::Byline(Byline::Name(_)) if paragraphs_seen >= 2 => return i,
            Kind::Text => paragraphs_seen += 1,
            _ => {}
        }
    }
    lines.len()
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
                layout.byline = head::name_in_place(&line.text);
            }
            _ => {}
        }
    }
    layout.published = layout.published.take().or(updated);
    layout.byline = layout.byline.take().or(reporting);
    layout.byline_email = email;
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
