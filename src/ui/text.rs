//! Text on its way to the screen: made safe for the terminal and cut to a display width.

use std::borrow::Cow;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::json::is_unsafe_char;

/// Shown instead of a control character that got this far.
pub const REPLACEMENT: char = '\u{FFFD}';

/// Article text with every terminal control made harmless. The parser already drops them;
/// this is the check at drawing time, for JSON input and anything the parser missed.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            c if is_unsafe_char(c) => REPLACEMENT,
            c => c,
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_never_pass() {
        assert_eq!(clean("a\u{1b}[2Jb\u{9b}c\u{202e}d\te"), "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d e");
        assert!(matches!(clean("plain 한국어"), Cow::Borrowed(_)));
    }

    #[test]
    fn truncates_by_display_width() {
        assert_eq!(truncate("hello world", 8), "hello w…");
        assert_eq!(truncate("hello", 5), "hello");
        assert_eq!(truncate("한국어뉴스", 6), "한국…");
        assert_eq!(width(&truncate("한국어뉴스", 5)), 5);
        assert_eq!(truncate("abc", 0), "");
    }
}
