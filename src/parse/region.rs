//! Where the article is in a whole page. Every line is judged by its shape (a sentence of
//! prose scores its length; menus, link lists and page furniture cost a little each), and the
//! article is the run of lines with the highest total: the densest run of prose, as
//! Boilerpipe and jusText find the main text of a page. A byline, a copyright line or a
//! subheading inside the run costs a little and does not end it; menus above the article and
//! the lists and footers below cost more than the stray sentences among them are worth. A
//! page's comments are never part of it.

use super::chrome;
use super::comments::{comments_start, is_time_ago};
use super::lines::{Kind, Line};
use super::shape::Shape;

/// The article's lines: `start..end`, both on prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub start: usize,
    pub end: usize,
}

/// What the longest line is worth: a paragraph of 300 words is not three paragraphs.
const MAX_LINE_SCORE: i64 = 60;

/// `Related stories`, `Most read`: what follows is other articles. A box of them between two
/// paragraphs does not end the article: a paragraph after it outweighs the box.
const RELATED_HEADING_COST: i64 = -8;

/// What a line adds to a run that holds it.
fn score(line: &Line<'_>, shape: Shape) -> i64 {
    match &line.kind {
        Kind::Text if shape.prose => i64::from(shape.units).min(MAX_LINE_SCORE),
        // A table is content, worth a little a row.
        Kind::Text if shape.data => 1,
        Kind::Text if shape.in_list => -3,
        // A subheading costs little; a headline of a link, or the time of a teaser, more.
        Kind::Text if shape.units <= 3 && !is_time_ago(&line.text) => -1,
        Kind::Text => -3,
        // Marking the list under it makes a related-stories heading chrome: it still ends more.
        Kind::RelatedHeading => RELATED_HEADING_COST,
        Kind::Chrome if chrome::is_related_heading(&line.text) => RELATED_HEADING_COST,
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

/// Prose a run holds before it is an article that a copyright line may stand inside.
const ARTICLE_WORTH: i64 = 100;

/// The maximum-sum run of `from..to` (Kadane), if any line in it scores above zero.
fn best_run(lines: &[Line<'_>], shapes: &[Shape], from: usize, to: usize) -> Option<Region> {
    let (mut best, mut best_sum) = (None, 0i64);
    let (mut start, mut sum) = (from, 0i64);
    for i in from..to {
        let s = score(&lines[i], shapes[i]);
        // What stands above a copyright or legal line, if it is not an article's worth of
        // text, is the end of something else: a footer, a drawer, a box.
        let closes =
            matches!(&lines[i].kind, Kind::Trailer(t) if t.ends_body || (t.source.is_none() && t.byline.is_none()));
        if sum <= 0 || (closes && sum < ARTICLE_WORTH) {
            start = i + usize::from(closes);
            sum = 0;
            if closes {
                continue;
            }
        }
        sum += s;
        if sum > best_sum {
            best_sum = sum;
            best = Some(Region { start, end: i + 1 });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::function_words::Language;
    use crate::parse::lines::split;
    use crate::parse::shape::shapes;

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
    }

    #[test]
    fn a_related_heading_marked_as_chrome_still_costs_what_it_ends() {
        let promo = "Our harbour town has the news you need to find its best shops.";
        let page = format!(
            "Title of the story\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\nRelated Stories\n\nFood\nDrinks\nBars\n\n\
             Harbour Guide\n\n{promo}\n"
        );
        let mut lines = split(&page);
        crate::parse::blocks::mark_link_lists(&mut lines);
        let language = Language::detect(lines.iter().map(|l| &*l.text));
        let shapes = shapes(&lines, language);
        let region = find(&lines, &shapes).map(|r| lines[r.start..r.end].iter().map(|l| l.text.to_string()).collect());
        assert_eq!(region, Some(vec![PARAGRAPH.to_string(), PARAGRAPH.to_string()]));
    }

    #[test]
    fn no_prose_no_region() {
        assert!(region_of("Home\nNews\n\nA title\n\nJan 14, 2026").is_empty());
    }
}
