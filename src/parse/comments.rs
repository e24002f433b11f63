//! A page's comment section: a commenter's name with the time and `said:`, or a heading
//! (`Comments`, `Leave a Reply`) with a comment's time or header just under it. Comments are
//! never the article.

use super::lexicon;
use super::lines::{Kind, Line};
use super::phrases::Phrases;
use super::text::word_count;

/// A comments heading is a few words (`Top Rated Comments`, `Join the discussion`).
const MAX_HEADING_BYTES: usize = 60;

/// `updated 2 days ago at 07:52 am` is about the longest.
const MAX_TIME_AGO_BYTES: usize = 48;

/// How far below a comments heading the first comment's time must be.
const COMMENT_REACH: usize = 6;

/// The first line of the page's comment section: a commenter's name with the time and
/// `said:` (`NAME on September 12, 2018 at 4:47 pm said:`, `NAME says:`), or a heading
/// (`Comments`, `Leave a Reply`) with a comment's time or header just under it. A
/// `Comments` button inside the article has prose under it, not a time.
pub fn comments_start(lines: &[Line<'_>]) -> Option<usize> {
    (0..lines.len()).find(|&i| {
        // Between a heading and its first comment stand a count, a sort button or a
        // commenter's name, never a headline or a caption: a `Comments` button above the
        // article has the headline under it, then the date.
        let under = || {
            lines[i + 1..]
                .iter()
                .take(COMMENT_REACH)
                .take_while(|l| word_count(&l.text) <= MAX_BETWEEN_WORDS || is_comment_shaped(l))
        };
        is_comment_header(&lines[i].text)
            || (is_comments_heading(&lines[i].text)
                && (under().any(is_comment_shaped) || under().filter(|l| is_form_field(&l.text)).count() >= 2))
    })
}

/// `Sort by Newest`, `Jo Bloggs`, `Showing 12 of 40 comments`: what may stand between a
/// comments heading and its first comment.
const MAX_BETWEEN_WORDS: usize = 6;

/// What comes under a comments heading: a comment's header or time (or, twice, a field of
/// the form for a new one: a share bar also has an `Email` button).
fn is_comment_shaped(line: &Line<'_>) -> bool {
    is_comment_header(&line.text) || matches!(line.kind, Kind::Date(_)) || is_time_ago(&line.text)
}

/// `Name *`, `Email (required)`, `Website`: a field of the form for a new comment.
/// `Correo electrónico (*):` is about the longest field label.
const MAX_FIELD_WORDS: usize = 3;

fn is_form_field(line: &str) -> bool {
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (1..=MAX_FIELD_WORDS).contains(&words.len())
        && words.iter().any(|w| lexicon::COMMENT_FORM_FIELDS.contains(&w.as_str()))
        && words.iter().all(|w| lexicon::COMMENT_FORM_WORDS.contains(&w.as_str()))
}

/// `Comments`, `167 comments`, `Top Rated Comments`, `Leave a Reply`, `Join the discussion`.
fn is_comments_heading(line: &str) -> bool {
    if line.len() > MAX_HEADING_BYTES {
        return false;
    }
    let words = word_count(line);
    if words == 0 || words > 5 {
        return false;
    }
    static HEADINGS: Phrases = Phrases::new(lexicon::COMMENT_HEADINGS);
    // The automaton folds ASCII case only: a line with other letters is lower-cased first.
    HEADINGS.is_in(line)
        || (!line.is_ascii() && {
            let lower = line.to_lowercase();
            lexicon::COMMENT_HEADINGS.iter().filter(|h| !h.is_ascii()).any(|h| lower.contains(h))
        })
}

/// `2 days ago`, `2 days ago at 07:52 am`, `5 hours ago`, `32M ago`: when a comment or a
/// teaser was posted.
pub fn is_time_ago(line: &str) -> bool {
    if line.len() > MAX_TIME_AGO_BYTES
        || !line.bytes().any(|b| b.is_ascii_digit() || b >= 0x80 || b == b'a' || b == b'A')
    {
        return false;
    }
    let lower = line.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() > MAX_TIME_AGO_WORDS {
        return false;
    }
    // `2시간 전`, `3時間前`: a count and a unit before the mark, with or without a space.
    let joined: String = words.concat();
    for suffix in lexicon::AGO_SUFFIXES {
        for (i, _) in joined.match_indices(suffix) {
            let before = &joined[..i];
            let counted_unit = lexicon::CJK_TIME_UNITS
                .iter()
                .any(|u| before.strip_suffix(u).is_some_and(|count| count.ends_with(|c: char| c.is_ascii_digit())));
            if counted_unit {
                return true;
            }
        }
    }
    let marked = lexicon::AGO_MARKERS.iter().any(|m| words.windows(m.len()).any(|w| w == *m));
    // `32m ago`, `1h ago`: the unit's letter on the count.
    let compact = words.iter().any(|w| {
        let digits = w.trim_end_matches(['s', 'm', 'h', 'd', 'w']);
        w.len() == digits.len() + 1 && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    });
    let counted = words.windows(2).any(|w| {
        let count = w[0].bytes().all(|b| b.is_ascii_digit()) || lexicon::COUNT_WORDS.contains(&w[0]);
        count && lexicon::TIME_UNITS.iter().any(|u| w[1].starts_with(u))
    });
    marked && (counted || compact)
}

/// `2 days ago at 07:52 am`, `hace 28 minutos`, `il y a 3 heures`: a few words.
const MAX_TIME_AGO_WORDS: usize = 8;

fn is_comment_header(line: &str) -> bool {
    // The verb's colon ends the line: most lines are ruled out by their last byte.
    if line.len() > 160 || !line.ends_with(':') {
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

    #[test]
    fn comment_headers_and_times() {
        assert!(is_comment_header("Jo Bloggs on September 12, 2018 at 4:47 pm said:"));
        assert!(is_comment_header("Sam says:"));
        assert!(!is_comment_header("In a statement on Monday, the minister of finance said:"));
        for line in [
            "2 days ago at 07:52 am", "32M ago", "5 hours ago", "Hace 28 minutos", "Hace una hora", "há 2 horas",
            "vor 3 Stunden", "il y a 2 heures", "2 ore fa", "5 menit yang lalu", "3 часа назад", "2시간 전", "3時間前",
        ] {
            assert!(is_time_ago(line), "{line}");
        }
        for line in ["© ago", "ms ago", "the day ago", "Hace falta más", "vor dem Haus", "2시간", "前日"] {
            assert!(!is_time_ago(line), "{line}");
        }
        assert!(is_comments_heading("167 comments") && is_comments_heading("Leave a Reply"));
        assert!(is_form_field("Name *") && is_form_field("Email (required)") && is_form_field("Website"));
        assert!(is_form_field("Nombre (*):") && is_form_field("Correo electrónico (*):") && is_form_field("Kommentar"));
        assert!(!is_form_field("Name the day") && !is_form_field("The council's website"));
        assert!(!is_comments_heading("The minister declined to comment on the plan on Monday."));
    }

    #[test]
    fn a_comments_button_above_the_headline_starts_no_comments() {
        let start = |page: &str| comments_start(&crate::parse::lines::split(page));
        let page = "Menu\nComments\nCouncil votes to keep the harbour ferry running for another year\n\
                    Photo: the ferry at dawn. (Harbour Times)\nBy Jo Park\nJanuary 14, 2026 at 8:05 am\n";
        assert_eq!(start(page), None);
        let page = "The last paragraph of the story.\n\n3 Comments\n\nSort by newest\n\nJo Bloggs\n\n2 days ago\n";
        assert_eq!(start(page), Some(1));
    }
}
