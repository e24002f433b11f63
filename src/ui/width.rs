//! Text measured and cut by display width (terminal columns), never by bytes or characters:
//! a Korean syllable takes two columns, a combining accent none. And text as a terminal is
//! given it ([`shown`]): safe, and in a form whose width every terminal agrees on.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::text::clean;

/// `text` as it is drawn: made safe by [`clean`], the one sanitiser, then with the emoji
/// sequences that terminals disagree on taken apart ([`flatten_emoji`]).
pub fn shown(text: &str) -> Cow<'_, str> {
    match clean(text) {
        Cow::Borrowed(text) => flatten_emoji(text),
        Cow::Owned(text) => Cow::Owned(flatten_emoji(&text).into_owned()),
    }
}

/// Emoji sequences made of single emoji: skin-tone modifiers after an emoji and the joiners
/// (ZWJ) between emoji are dropped, and so is the emoji presentation selector (VS16).
///
/// Why: a terminal draws each cell's text and moves its cursor by the width it believes the
/// text has. For `👍🏽` (thumb and modifier), `👨‍👩‍👧` (three emoji joined) or `❤️` (a text-style
/// heart asking to be an emoji), tmux and many terminals move by the width of each character
/// (4, 6, 1), while ratatui counts one cell of width 2 for each sequence: the rest of the line
/// is then drawn off by two or four columns until the next full redraw. Taken apart, `👍`,
/// `👨👩👧` and `❤` have the same width everywhere (2, 6, 1), which is also what the body's
/// wrapping counted (textwrap measures character by character).
pub fn flatten_emoji(text: &str) -> Cow<'_, str> {
    let joined = |c: char| matches!(c, '\u{200d}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}');
    if !text.chars().any(joined) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut after_emoji = false;
    for c in text.chars() {
        match c {
            '\u{fe0f}' => {}
            '\u{200d}' | '\u{1f3fb}'..='\u{1f3ff}' if after_emoji => {}
            c => {
                out.push(c);
                after_emoji = is_pictographic(c);
            }
        }
    }
    Cow::Owned(out)
}

/// The blocks where emoji are (a superset of Extended_Pictographic that is enough to tell a
/// joiner between emoji from one between letters of a script that needs it).
fn is_pictographic(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2300..=0x23FF | 0x2B00..=0x2BFF | 0x2190..=0x21FF
        | 0xA9 | 0xAE | 0x203C | 0x2049 | 0x2122 | 0x2139 | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

/// Display width in terminal columns.
pub fn width(text: &str) -> usize {
    text.width()
}

/// `text` cut to `max` columns, ending in `…` when cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if text.width() <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    Cow::Owned(out)
}

/// `text` cut to `max` columns from the left, starting with `…` when cut: the end of a path
/// (its file name) is what tells it apart.
pub fn truncate_left(text: &str, max: usize) -> Cow<'_, str> {
    if text.width() <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut used = 0;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        start = i;
    }
    Cow::Owned(format!("…{}", &text[start..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_by_display_width() {
        assert_eq!(truncate("hello world", 8), "hello w…");
        assert_eq!(truncate("hello", 5), "hello");
        assert_eq!(truncate("한국어뉴스", 6), "한국…");
        assert_eq!(width(&truncate("한국어뉴스", 5)), 5);
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn emoji_sequences_are_taken_apart_into_emoji_every_terminal_measures_alike() {
        assert_eq!(shown("ok 👍🏽 fine"), "ok 👍 fine");
        assert_eq!(shown("family 👨\u{200d}👩\u{200d}👧 here"), "family 👨👩👧 here");
        assert_eq!(shown("love ❤\u{fe0f}"), "love ❤");
        assert_eq!(shown("flag 🏳\u{fe0f}\u{200d}🌈"), "flag 🏳🌈");
        // What is left is as wide as the body's wrapping measured it, character by character.
        for text in ["👍🏽", "👨\u{200d}👩\u{200d}👧", "❤\u{fe0f}", "a🧑🏿\u{200d}🚀b"] {
            let by_char: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
            assert!(width(&shown(text)) <= by_char, "{text}");
            // ratatui's grapheme width is then the sum of its characters' widths.
            assert_eq!(
                width(&shown(text)),
                shown(text).chars().map(|c| c.width().unwrap_or(0)).sum::<usize>(),
                "{text}"
            );
        }
        // A joiner between letters of a script that needs it stays; a lone swatch stays.
        assert_eq!(shown("क्\u{200d}ष"), "क्\u{200d}ष");
        assert_eq!(shown("🏽 swatch"), "🏽 swatch");
        assert!(matches!(shown("plain “text”"), Cow::Borrowed(_)));
    }

    #[test]
    fn truncates_from_the_left_keeping_the_end() {
        assert_eq!(truncate_left("/a/long/path/file.txt", 10), "…/file.txt");
        assert_eq!(truncate_left("short", 10), "short");
        assert_eq!(truncate_left("한국어뉴스", 5), "…뉴스");
        assert_eq!(truncate_left("abc", 0), "");
    }
}
