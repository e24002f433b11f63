//! Tag lines: `#multi word tag #another` (NO-BREAK SPACE separators welcome), `Keywords #a #b`,
//! `Tags: a, b, c`.

use super::lexicon::{TAG_HEADINGS, TAG_LABELS};
use super::text;

/// A tag longer than this is prose that happens to start with `#`.
const MAX_TAG_WORDS: usize = 8;

/// A heading over a list of tags, one per line: `Related topics`, `Tags`.
pub fn is_heading(line: &str) -> bool {
    if line.len() > 32 {
        return false;
    }
    let l = line.trim_end_matches([':', '：', ' ']);
    // Most short lines are ASCII: compared without a lower-cased copy.
    if l.is_ascii() {
        return TAG_HEADINGS.iter().any(|h| l.eq_ignore_ascii_case(h));
    }
    let l = l.to_lowercase();
    TAG_HEADINGS.contains(&l.as_str())
}

/// Most lines are body text: only `#…` or a label's first letter can start a tag line.
pub fn may_start_tag_line(line: &str) -> bool {
    line.as_bytes()
        .first()
        .is_some_and(|b| matches!(b, b'#' | b'k' | b'K' | b't' | b'T' | b'r' | b'R' | 0xE3..=0xED | 0xEF))
}

/// Whether [`parse_line`] can find tags in `line` (trimmed): it starts with `#` or a label.
/// Cheaper than asking it, for the many body lines that start with `T`, `K` or `R`.
pub fn may_be_tag_line(line: &str) -> bool {
    line.starts_with(['#', '＃']) || (may_start_tag_line(line) && strip_label(line).0)
}

/// The tags of a tag line, trimmed, in order (duplicates are dropped later, across lines).
pub fn parse_line(line: &str) -> Option<Vec<String>> {
    if !may_start_tag_line(line) {
        return None;
    }
    let (labelled, rest) = strip_label(line);
    let rest = rest.trim();
    let tags: Vec<String> = if rest.starts_with(['#', '＃']) {
        split_hashes(rest)
    } else if labelled && !rest.is_empty() {
        rest.split([',', '，', '、', '|', '·', ';', '/']).map(clean).filter(|t| !t.is_empty()).collect()
    } else {
        return None;
    };
    let prose = tags.iter().any(|t| text::word_count(t) > MAX_TAG_WORDS || text::ends_sentence(t) && t.len() > 40);
    (!tags.is_empty() && !prose).then_some(tags)
}

fn strip_label(line: &str) -> (bool, &str) {
    for label in TAG_LABELS {
        // Labels are ASCII (any case) or CJK (no case): a byte comparison does for both.
        if !text::starts_with_ignore_case(line, label) {
            continue;
        }
        // Only a label when a colon or a `#` follows, not `Tagged animals were…`.
        let after = line[label.len()..].trim_start_matches([' ', '\u{a0}']);
        if after.is_empty() || after.starts_with([':', '：', '#', '＃']) {
            return (true, after.trim_start_matches([':', '：', ' ', '\u{a0}']));
        }
    }
    (false, line)
}

/// `#a b #c` -> `a b`, `c`: a `#` starts a tag only at the start or after a space.
fn split_hashes(rest: &str) -> Vec<String> {
    let mut tags = Vec::new();
    let mut start = None;
    let mut prev_space = true;
    for (i, c) in rest.char_indices() {
        if (c == '#' || c == '＃') && prev_space {
            if let Some(s) = start {
                tags.push(clean(&rest[s..i]));
            }
            start = Some(i + c.len_utf8());
        }
        prev_space = c.is_whitespace();
    }
    if let Some(s) = start {
        tags.push(clean(&rest[s..]));
    }
    tags.retain(|t| !t.is_empty());
    tags
}

fn clean(tag: &str) -> String {
    tag.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '·' | '#' | '＃')).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(line: &str) -> Option<Vec<String>> {
        let found = parse_line(line);
        // The light pass skips the lines `may_be_tag_line` rules out.
        assert!(found.is_none() || may_be_tag_line(line), "{line}");
        found
    }

    #[test]
    fn body_lines_are_ruled_out_before_parsing() {
        assert!(!may_be_tag_line("The talks resumed on Monday."));
        assert!(!may_be_tag_line("Tagged animals were released."));
        assert!(may_be_tag_line("Tagged: animals"));
        assert!(may_be_tag_line("＃한일관계"));
        assert!(may_be_tag_line("キーワード：外交"));
    }

    #[test]
    fn hash_tags_with_spaces_and_no_break_spaces() {
        assert_eq!(
            tags("#South Korea Japan relations\u{a0}#bilateral cooperation\u{a0}#APEC meeting\u{a0}").unwrap(),
            ["South Korea Japan relations", "bilateral cooperation", "APEC meeting"]
        );
        assert_eq!(tags("#한일관계 #정상회담").unwrap(), ["한일관계", "정상회담"]);
    }

    #[test]
    fn labelled_lines() {
        assert_eq!(tags("Keywords #a b #c").unwrap(), ["a b", "c"]);
        assert_eq!(tags("Tags: economy, trade, Korea").unwrap(), ["economy", "trade", "Korea"]);
        assert_eq!(tags("TAGS: economy · trade").unwrap(), ["economy", "trade"]);
        assert_eq!(tags("Tagged animals were released into the wild, officials said."), None);
    }

    #[test]
    fn a_hash_inside_a_word_does_not_split() {
        assert_eq!(tags("#C# programming #Rust").unwrap(), ["C# programming", "Rust"]);
    }

    #[test]
    fn prose_and_empty_hashes_are_not_tags() {
        assert_eq!(tags("#1 seed Nadal lost in straight sets to a qualifier on a windy evening in Paris."), None);
        assert_eq!(tags(&"#".repeat(50_000)), None);
        assert_eq!(tags("Just a line"), None);
    }
}
