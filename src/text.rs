//! Untrusted text made safe: which characters must never reach a terminal raw, and the
//! check every place that shows text makes (the screen, JSON output). The parser removes
//! them from what it reads (`parse::decode`, `parse::json`); these are the second line of
//! defence, for JSON read back from files and anything the parser missed.

use std::borrow::Cow;

/// Shown on screen instead of a control character that got this far.
pub const REPLACEMENT: char = '\u{FFFD}';

/// True for characters that must not reach a terminal raw: C0 controls (newline and tab
/// included: they would break a drawn line), DEL, the C1 range and the bidirectional overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what the reader sees.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character made harmless for the screen: a tab or a line end
/// becomes a space, any other one [`REPLACEMENT`]. Borrowed when there is none.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_never_pass() {
        assert_eq!(clean("a\u{1b}[2Jb\u{9b}c\u{202e}d\te"), "a\u{FFFD}[2Jb\u{FFFD}c\u{FFFD}d e");
        assert!(matches!(clean("plain 한국어"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_unsafe_ranges_are_c0_del_c1_and_bidi_controls() {
        for c in ['\u{0}', '\n', '\u{1b}', '\u{7f}', '\u{85}', '\u{9f}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}']
        {
            assert!(is_unsafe_char(c), "{c:?}");
        }
        for c in [' ', '~', '\u{a0}', 'é', '한', '\u{2029}', '\u{2065}', '\u{206a}'] {
            assert!(!is_unsafe_char(c), "{c:?}");
        }
    }
}
