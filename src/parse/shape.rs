//! The shape of each line of a page, from its own words and its block: a sentence of prose
//! (long enough, ending like a sentence, dense in the function words of its language), a
//! line of a hard-wrapped paragraph, an item of a menu or link list, a row of a table, or a
//! teaser of another story. The article's run is scored from these shapes.

use super::comments::is_time_ago;
use super::function_words::Language;
use super::lines::{Kind, Line};
use super::text::{self, ends_sentence, word_count};

/// A line's shape, from its own words and its block.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// Words, or for Chinese and Japanese about one per two characters.
    pub units: u32,
    /// A sentence or more of prose, or a line of a hard-wrapped paragraph.
    pub prose: bool,
    /// One of many short lines of one block: a menu or a list of links.
    pub in_list: bool,
    /// A row of figures: a line of a table of results, prices or dates.
    pub data: bool,
}

/// Function-word density under which a sentence-shaped line is a label or a list of names,
/// not prose (jusText's "stopwords_low" is 0.30 over whole paragraphs; single lines of real
/// prose dip lower, lists of names and places hardly reach it).
const MIN_PROSE_DENSITY: f32 = 0.08;

/// Function-word density a long line without a full stop needs to be prose: footers and
/// rows of links have almost none.
const MIN_UNENDED_DENSITY: f32 = 0.15;

/// Words from which a line is prose without a full stop (a paragraph whose end is cut).
const LONG_LINE_UNITS: u32 = 20;

/// The shape of every line. `language` weighs prose by its function words.
pub fn shapes(lines: &[Line<'_>], language: Language) -> Vec<Shape> {
    let mut shapes: Vec<Shape> = lines.iter().map(|l| line_shape(&l.text, language)).collect();
    let mut i = 0;
    while i < lines.len() {
        let end = (i..lines.len()).find(|&j| lines[j].block != lines[i].block).unwrap_or(lines.len());
        mark_block(&lines[i..end], &mut shapes[i..end]);
        i = end;
    }
    mark_teasers(lines, &mut shapes);
    shapes
}

/// Prose shorter than this may be a teaser's summary; a paragraph this long never is.
const TEASER_UNITS: u32 = 40;

/// How near another teaser must be for a list of them.
const TEASER_REACH: usize = 8;

/// A list of other stories, each a headline, a sentence of summary and maybe a time
/// (`32M ago`): the summaries are prose, but each stands between headlines, and so does the
/// next one. A short paragraph of the article stands among other paragraphs.
fn mark_teasers(lines: &[Line<'_>], shapes: &mut [Shape]) {
    let sandwiched: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].kind == Kind::Text && shapes[i].prose && shapes[i].units < DATED_TEASER_UNITS)
        .filter(|&i| {
            let headline_at = |j: usize| is_headline_like(&lines[j], shapes[j]);
            let before = (0..i).rev().find(|&j| !is_aside(&lines[j], shapes[j]));
            let after = (i + 1..lines.len()).find(|&j| !is_aside(&lines[j], shapes[j]));
            let between = before.map_or(0, |b| b + 1)..after.unwrap_or(lines.len());
            // A summary dated by its own line (`32M ago`, `Tuesday November 19, 2019`) may be
            // as long as a paragraph; an undated one is short.
            let dated = lines[between].iter().any(|l| matches!(l.kind, Kind::Date(_)) || is_time_ago(&l.text));
            (dated || shapes[i].units < TEASER_UNITS) && before.is_none_or(headline_at) && after.is_none_or(headline_at)
        })
        .collect();
    for (k, &i) in sandwiched.iter().enumerate() {
        let near = |j: &usize| j.abs_diff(i) <= TEASER_REACH;
        let listed = sandwiched.get(k + 1).is_some_and(near)
            || k.checked_sub(1).and_then(|p| sandwiched.get(p)).is_some_and(near);
        if listed {
            shapes[i].prose = false;
            shapes[i].in_list = true;
        }
    }
}

/// Prose shorter than this may be a dated teaser's summary.
const DATED_TEASER_UNITS: u32 = 100;

/// Words from which a line that is not prose reads as a story's headline rather than a
/// subheading of this one (`What changes for deposits`).
const TEASER_HEADLINE_UNITS: u32 = 6;

/// A headline of a link: a line of several words that is not prose (it may have been made
/// chrome as a link list's title), not an item of a bulleted list.
fn is_headline_like(line: &Line<'_>, shape: Shape) -> bool {
    matches!(line.kind, Kind::Text | Kind::Chrome)
        && !shape.prose
        && shape.units >= TEASER_HEADLINE_UNITS
        && !line.text.starts_with(['-', '•', '*', '·', '–'])
}

/// What stands beside a teaser without telling anything: its time, a label, a date or a
/// byline, a photo's credit.
fn is_aside(line: &Line<'_>, shape: Shape) -> bool {
    match line.kind {
        Kind::Text | Kind::Chrome => !shape.prose && shape.units <= 3,
        Kind::Date(_) | Kind::Byline(_) | Kind::Credit(_) => true,
        _ => false,
    }
}

fn line_shape(line: &str, language: Language) -> Shape {
    let units = units(line);
    let sentence = ends_sentence(line) && units >= 3;
    // Density is only read where it can change the answer: a short sentence may be a label
    // (`Natural Environment Research Council.`), a long line without a full stop a row of links.
    let prose = if sentence {
        units >= 10 || language.density(line).is_none_or(|d| d >= MIN_PROSE_DENSITY)
    } else {
        units >= LONG_LINE_UNITS && language.density(line).is_none_or(|d| d >= MIN_UNENDED_DENSITY)
    };
    Shape { units, prose, in_list: false, data: !prose && is_data_row(line, units) }
}

/// Tokens with figures in a table's row, and words a row has at least.
const DATA_FIGURES: usize = 3;
const DATA_TOKENS: u32 = 4;

/// `3 Kevin Harvick 5033 4 6 15 26`, `1a etapa: 10 de março – Interlagos`: most of a table's
/// rows hold several figures; a menu's items and headlines hardly any.
fn is_data_row(line: &str, units: u32) -> bool {
    (DATA_TOKENS..=MAX_DATA_TOKENS).contains(&units)
        && line.split_whitespace().filter(|t| t.chars().any(|c| c.is_ascii_digit())).count()
            >= DATA_FIGURES.min(units as usize / 2)
}

/// Longer lines are sentences with numbers in them.
const MAX_DATA_TOKENS: u32 = 30;

/// Words of a line; a run of Chinese or Japanese counts a word per two characters. A line
/// longer than `COUNTED_BYTES` is counted in its first part and the count scaled to its
/// length: such a line is prose whatever its exact count, and counting every byte of every
/// paragraph cost more than the rest of the shapes.
pub fn units(line: &str) -> u32 {
    let mut end = line.len().min(COUNTED_BYTES);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let counted = counted_units(&line[..end]);
    if end == line.len() || end == 0 {
        return counted;
    }
    (u64::from(counted) * line.len() as u64 / end as u64).min(u64::from(u32::MAX)) as u32
}

fn counted_units(line: &str) -> u32 {
    let words = word_count(line);
    if !text::has_cjk(line) {
        return words as u32;
    }
    // Korean is spaced: its words count as words. Chinese and Japanese runs are not.
    let unspaced = line.chars().filter(|&c| text::is_cjk(c) && !('\u{AC00}'..='\u{D7A3}').contains(&c)).count();
    (words + unspaced / 2) as u32
}

/// About forty words, or eighty CJK characters: more than a headline, a menu's item or a
/// table's row, the lines whose count matters exactly.
const COUNTED_BYTES: usize = 240;

/// Lines of one block: a hard-wrapped paragraph is prose as a whole; a block of many short
/// lines is a menu or a list.
fn mark_block(lines: &[Line<'_>], shapes: &mut [Shape]) {
    if lines.len() < 2 {
        return;
    }
    let total: u32 = shapes.iter().map(|s| s.units).sum();
    // A menu: most of the block's text lines are a word or a few (dates and share buttons
    // among them are not counted either way).
    let texts = lines.iter().filter(|l| l.kind == Kind::Text).count();
    let short =
        lines.iter().zip(shapes.iter()).filter(|(l, s)| l.kind == Kind::Text && s.units <= 4 && !s.prose).count();
    if texts >= 3 && short * 3 >= texts * 2 {
        // The sentences among a whole menu's items are teasers of other stories.
        let teasers = short >= WHOLE_MENU;
        for (line, shape) in lines.iter().zip(shapes.iter_mut()) {
            shape.in_list = line.kind == Kind::Text && (teasers || !shape.prose) && !shape.data;
            shape.prose &= !teasers;
        }
        return;
    }
    // Hard-wrapped lines run near the full width; only a paragraph's last line is short.
    let widest = shapes.iter().map(|s| s.units).max().unwrap_or(0);
    let wrapped = total >= MIN_WRAPPED_UNITS
        && total as usize >= 6 * lines.len()
        && shapes[..shapes.len() - 1].iter().all(|s| s.units * 2 >= widest)
        && lines.iter().any(|l| ends_sentence(&l.text) || has_inner_sentence_end(&l.text))
        && (lines.len() < 3 || !is_list_of_titles(lines));
    for i in 0..lines.len() {
        // A line of a hard-wrapped paragraph, or the end of a sentence begun above it.
        let continues =
            i > 0 && shapes[i - 1].prose && !ends_sentence(&lines[i - 1].text) && ends_sentence(&lines[i].text);
        if lines[i].kind == Kind::Text && (wrapped || continues) {
            shapes[i].prose = true;
        }
    }
}

/// `… the plan. Then …`: a full stop after a word inside the line (not `1. ` numbering an item).
fn has_inner_sentence_end(line: &str) -> bool {
    line.match_indices(". ").any(|(i, _)| line[..i].chars().next_back().is_some_and(char::is_alphabetic))
}

/// Lines that each start with a capital, none going on from the one above: headlines one per
/// line, where a wrapped paragraph's lines mostly start inside a sentence, in lower case.
fn is_list_of_titles(lines: &[Line<'_>]) -> bool {
    let mut cased = 0;
    let mut capital = 0;
    for line in &lines[1..] {
        let Some(first) = line.text.chars().find(|c| c.is_alphabetic()) else { continue };
        if first.is_lowercase() || first.is_uppercase() {
            cased += 1;
            capital += usize::from(first.is_uppercase());
        }
    }
    cased > 0 && capital * 3 > cased * 2
}

/// Items from which a block is a site's menu, not a list in the article.
const WHOLE_MENU: usize = 8;

/// Words from which a block of a few lines with a sentence in it is a paragraph.
const MIN_WRAPPED_UNITS: u32 = 12;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    #[test]
    fn summaries_between_headlines_are_teasers() {
        let teaser = |n: usize| {
            format!(
                "Headline number {n} about something that happened today\n\nA short summary of story {n} that ends here.\n\n{n}H ago\n\n"
            )
        };
        let page = format!("{}{}{}", teaser(1), teaser(2), teaser(3));
        let lines = split(&page);
        let teasers = shapes(&lines, Language::detect(lines.iter().map(|l| &*l.text)));
        assert!(teasers.iter().all(|s| !s.prose), "{teasers:?}");
        let article = "A headline about the council\n\nThe council met on Monday.\n\nIt voted to close the road.\n\nResidents were angry.";
        let lines = split(article);
        let paragraphs = shapes(&lines, Language::detect(lines.iter().map(|l| &*l.text)));
        assert_eq!(paragraphs.iter().filter(|s| s.prose).count(), 3, "{paragraphs:?}");
    }

    #[test]
    fn hard_wrapped_paragraphs_are_prose_and_menus_are_lists() {
        let lines = split(
            "The council said on Monday that it would\nmeet again in the spring to decide on\nthe plan.\n\nSeoul\nTokyo\nBeijing",
        );
        let shapes = shapes(&lines, Language::detect(lines.iter().map(|l| &*l.text)));
        assert!(shapes[..3].iter().all(|s| s.prose), "{shapes:?}");
        assert!(shapes[3..].iter().all(|s| s.in_list && !s.prose), "{shapes:?}");
    }
}
