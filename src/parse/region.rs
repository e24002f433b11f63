//! Where the article is in a whole page. Every line is judged by its shape (a sentence of
//! prose scores its length; menus, link lists and page furniture cost a little each), and the
//! article is the run of lines with the highest total: the densest run of prose, as
//! Boilerpipe and jusText find the main text of a page. A byline, a copyright line or a
//! subheading inside the run costs a little and does not end it; menus above the article and
//! the lists and footers below cost more than the stray sentences among them are worth. A
//! page's comments are never part of it.

use super::function_words::Language;
use super::lexicon;
use super::lines::{Kind, Line};
use super::text::{self, ends_sentence, word_count};

/// The article's lines: `start..end`, both on prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start: usize,
    pub end: usize,
}

/// A line's shape, from its own words and its block.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shape {
    /// Words, or for Chinese and Japanese about one per two characters.
    pub units: u32,
    /// A sentence or more of prose, or a line of a hard-wrapped paragraph.
    pub prose: bool,
    /// One of many short lines of one block: a menu or a list of links.
    pub in_list: bool,
}

/// What the longest line is worth: a paragraph of 300 words is not three paragraphs.
const MAX_LINE_SCORE: i64 = 60;

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
    shapes
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
    Shape { units, prose, in_list: false }
}

/// Words of a line; a run of Chinese or Japanese counts a word per two characters.
pub fn units(line: &str) -> u32 {
    let words = word_count(line);
    if !text::has_cjk(line) {
        return words as u32;
    }
    // Korean is spaced: its words count as words. Chinese and Japanese runs are not.
    let unspaced = line.chars().filter(|&c| text::is_cjk(c) && !('\u{AC00}'..='\u{D7A3}').contains(&c)).count();
    (words + unspaced / 2) as u32
}

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
            shape.in_list = line.kind == Kind::Text && (teasers || !shape.prose);
            shape.prose &= !teasers;
        }
        return;
    }
    // Hard-wrapped lines run near the full width; only a paragraph's last line is short.
    let widest = shapes.iter().map(|s| s.units).max().unwrap_or(0);
    let wrapped = total >= MIN_WRAPPED_UNITS
        && total as usize >= 6 * lines.len()
        && shapes[..shapes.len() - 1].iter().all(|s| s.units * 2 >= widest)
        && lines.iter().any(|l| ends_sentence(&l.text) || l.text.contains(". "));
    for i in 0..lines.len() {
        // A line of a hard-wrapped paragraph, or the end of a sentence begun above it.
        let continues =
            i > 0 && shapes[i - 1].prose && !ends_sentence(&lines[i - 1].text) && ends_sentence(&lines[i].text);
        if lines[i].kind == Kind::Text && (wrapped || continues) {
            shapes[i].prose = true;
        }
    }
}

/// Items from which a block is a site's menu, not a list in the article.
const WHOLE_MENU: usize = 8;

/// Words from which a block of a few lines with a sentence in it is a paragraph.
const MIN_WRAPPED_UNITS: u32 = 12;

/// What a line adds to a run that holds it.
fn score(line: &Line<'_>, shape: Shape) -> i64 {
    match &line.kind {
        Kind::Text if shape.prose => i64::from(shape.units).min(MAX_LINE_SCORE),
        Kind::Text if shape.in_list => -3,
        // A subheading costs little; a headline of a link costs more.
        Kind::Text if shape.units <= 3 => -1,
        Kind::Text => -3,
        Kind::RelatedHeading => -15,
        Kind::Trailer(t) if t.ends_body => -60,
        // Legal lines (`This material may not be published…`) close a page.
        Kind::Trailer(t) if t.source.is_none() && t.byline.is_none() => -10,
        Kind::Chrome | Kind::Trailer(_) | Kind::Tags(_) => -2,
        Kind::Date(_) | Kind::Byline(_) | Kind::Caption(_) | Kind::Credit(_) => -1,
    }
}

/// The article's run: the highest-scoring run of lines before the comments (or anywhere,
/// when nothing before them is prose). `None` when the page has no prose at all.
pub fn find(lines: &[Line<'_>], shapes: &[Shape]) -> Option<Region> {
    let comments = comments_start(lines).unwrap_or(lines.len());
    best_run(lines, shapes, 0, comments).or_else(|| best_run(lines, shapes, comments, lines.len()))
}

/// The maximum-sum run of `from..to` (Kadane), if any line in it scores above zero.
fn best_run(lines: &[Line<'_>], shapes: &[Shape], from: usize, to: usize) -> Option<Region> {
    let (mut best, mut best_sum) = (None, 0i64);
    let (mut start, mut sum) = (from, 0i64);
    for i in from..to {
        let s = score(&lines[i], shapes[i]);
        if sum <= 0 {
            start = i;
            sum = 0;
        }
        sum += s;
        if sum > best_sum {
            best_sum = sum;
            best = Some(Region { start, end: i + 1 });
        }
    }
    best
}

/// How far below a comments heading the first comment's time must be.
const COMMENT_REACH: usize = 6;

/// The first line of the page's comment section: a commenter's name with the time and
/// `said:` (`NAME on September 12, 2018 at 4:47 pm said:`, `NAME says:`), or a heading
/// (`Comments`, `Leave a Reply`) with a comment's time or header just under it. A
/// `Comments` button inside the article has prose under it, not a time.
pub fn comments_start(lines: &[Line<'_>]) -> Option<usize> {
    (0..lines.len()).find(|&i| {
        is_comment_header(&lines[i].text)
            || (is_comments_heading(&lines[i].text)
                && lines[i + 1..]
                    .iter()
                    .take(COMMENT_REACH)
                    .any(|l| is_comment_header(&l.text) || matches!(l.kind, Kind::Date(_)) || is_time_ago(&l.text)))
    })
}

/// `Comments`, `167 comments`, `Top Rated Comments`, `Leave a Reply`, `Join the discussion`.
fn is_comments_heading(line: &str) -> bool {
    let words = word_count(line);
    if words == 0 || words > 5 {
        return false;
    }
    let lower = line.to_lowercase();
    lexicon::COMMENT_HEADINGS.iter().any(|h| lower.contains(h))
}

/// `2 days ago`, `2 days ago at 07:52 am`, `5 hours ago`: when a comment was posted.
fn is_time_ago(line: &str) -> bool {
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() <= 8
        && words.windows(3).any(|w| {
            w[0].chars().all(|c| c.is_ascii_digit())
                && ["second", "minute", "hour", "day", "week", "month", "year"].iter().any(|u| w[1].starts_with(u))
                && w[2] == "ago"
        })
}

fn is_comment_header(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    let lower = line.to_lowercase();
    let Some(head) = ["said:", "says:", "wrote:", "writes:", "commented:", "replied:"]
        .iter()
        .find_map(|verb| lower.strip_suffix(verb))
    else {
        return false;
    };
    let words = word_count(head);
    // `NAME says:` alone, or a name with the time of the comment.
    let timed = head.contains(|c: char| c.is_ascii_digit())
        && (head.contains(':') || head.contains('/') || lexicon::MONTHS.iter().any(|(m, _)| head.contains(m)));
    (words <= 3 && lower.ends_with("says:")) || (timed && words <= 14)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines::split;

    fn region_of(page: &str) -> Vec<String> {
        let lines = split(page);
        let language = Language::detect(lines.iter().map(|l| &*l.text));
        let shapes = shapes(&lines, language);
        let Some(region) = find(&lines, &shapes) else { return Vec::new() };
        lines[region.start..region.end].iter().map(|l| l.text.to_string()).collect()
    }

    const PARAGRAPH: &str = "The council said on Monday that it would meet again in the spring to decide on the \
        plan, which has divided the town for a year.";

    #[test]
    fn menus_above_and_lists_below_are_outside_the_run() {
        let menu = "Home\nNews\nSport\nBusiness\nOpinion\nCulture\nWeather\nVideo\n";
        let page = format!(
            "{menu}\nTown votes on harbour plan\n\n{PARAGRAPH}\n\nAdvertisement\n\n{PARAGRAPH}\n\n\
             Most read\n\nA headline about something else\n\nAnother headline about the weather\n\n{menu}"
        );
        assert_eq!(region_of(&page), [PARAGRAPH, "Advertisement", PARAGRAPH]);
    }

    #[test]
    fn a_copyright_line_in_a_drawer_above_does_not_end_the_article() {
        let page =
            format!("Menu\nHome\nNews\nSport\n© 2026 Daily Planet\n\nTitle of the story\n\n{PARAGRAPH}\n\n{PARAGRAPH}");
        assert_eq!(region_of(&page), [PARAGRAPH, PARAGRAPH]);
    }

    #[test]
    fn comments_are_never_the_article() {
        let comment = "I think that the council is wrong about this, and I said so at the meeting last week.";
        let page = format!(
            "Title of the story\n\n{PARAGRAPH}\n\n3 Comments\n\nJo Bloggs on September 12, 2018 at 4:47 pm said:\n\n\
             {comment}\n\n{comment}\n\nSam says:\n\n{comment}\n\n{comment}"
        );
        assert_eq!(region_of(&page), [PARAGRAPH]);
        assert!(is_comment_header("Jo Bloggs on September 12, 2018 at 4:47 pm said:"));
        assert!(is_comment_header("Sam says:"));
        assert!(!is_comment_header("In a statement on Monday, the minister of finance said:"));
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

    #[test]
    fn no_prose_no_region() {
        assert!(region_of("Home\nNews\n\nA title\n\nJan 14, 2026").is_empty());
    }
}
