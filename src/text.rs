//! Untrusted text made safe: which characters must never reach a terminal raw, what a
//! terminal escape sequence is, and [`clean`](crate::text::clean), the one function every place
//! that shows text goes through (the screen, the lines on stderr, text read from JSON). The page
//! decoder (`parse::decode`) removes the same sequences with
//! [`escape_len`](crate::text::escape_len); `clean` is the second line of defence, for JSON read
//! back from files, file names, and anything the parser missed.
//!
//! The choice made here: an escape sequence is removed **whole**, not only its ESC. What follows
//! an ESC (`[2J`, `]0;title`, then BEL) is the terminal's command, not text: dropping the ESC
//! alone would leave `[2J` in a title, the debris of an attack shown as if it were words. A
//! line end or a tab becomes a space (a drawn line stays one line); any other unsafe character
//! is removed. Nothing is replaced by `�`: the parser's warnings say what was removed.

use std::borrow::Cow;

/// The longest an escape sequence may run: past it, what follows is read as text again (a lone
/// ESC must not swallow a paragraph).
pub const MAX_ESCAPE_LEN: usize = 64;

/// True for characters that must not reach a terminal raw: C0 controls (newline and tab
/// included: they would break a drawn line), DEL, the C1 range and the bidirectional overrides
/// and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what the reader sees.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Length in bytes of the escape sequence starting at `bytes[0]` (ESC, or the C1 CSI as
/// UTF-8, `C2 9B`); 1 when `bytes` starts with anything else. The sequence is made of ASCII
/// bytes only, so in UTF-8 text its end is always a character boundary.
///
/// CSI (`ESC [`, parameters, intermediates, one final byte); OSC, DCS, SOS, PM and APC
/// (`ESC ]` … a string ended by BEL or `ESC \`; unended, only the two bytes that open it); any
/// other `ESC x` two bytes; an ESC before a non-ASCII byte alone.
pub fn escape_len(bytes: &[u8]) -> usize {
    let (kind, body_start) = match bytes {
        [0xC2, 0x9B, ..] => (b'[', 2),
        [0x1b, next, ..] => (*next, 2),
        _ => return 1,
    };
    let body = &bytes[body_start..bytes.len().min(body_start + MAX_ESCAPE_LEN)];
    match kind {
        b'[' => match body.iter().position(|b| !(0x20..=0x3f).contains(b)) {
            Some(p) if (0x40..=0x7e).contains(&body[p]) => body_start + p + 1,
            Some(p) => body_start + p,
            None => body_start + body.len(),
        },
        b']' | b'P' | b'X' | b'^' | b'_' => match body.iter().position(|&b| b == 0x07 || b == 0x1b) {
            Some(p) if body[p] == 0x1b && body.get(p + 1) == Some(&b'\\') => body_start + p + 2,
            Some(p) if body[p] == 0x07 => body_start + p + 1,
            _ => body_start,
        },
        0x20..=0x7e => 2,
        _ => 1,
    }
}

/// `text` made safe to show: escape sequences removed whole, a tab or a line end made a space,
/// any other unsafe character removed (the choice is the module's). Borrowed when there is
/// nothing to change.
pub fn clean(text: &str) -> Cow<'_, str> {
    clean_counted(text).0
}

/// [`clean`], and how many escape sequences and unsafe characters it removed (tabs and line
/// ends, made spaces, are not counted): for the warnings of text read from JSON.
pub fn clean_counted(text: &str) -> (Cow<'_, str>, usize) {
    if !text.chars().any(is_unsafe_char) {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{1b}' | '\u{9b}' => {
                let end = i + escape_len(&text.as_bytes()[i..]);
                // The sequence is ASCII after its first character: skip to its end.
                while chars.as_str().len() > text.len() - end {
                    chars.next();
                }
                removed += 1;
            }
            c if is_unsafe_char(c) => removed += 1,
            c => out.push(c),
        }
    }
    (Cow::Owned(out), removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_go_whole_and_other_controls_go_alone() {
        assert_eq!(clean("a\u{1b}[2Jb\u{9b}31mc\u{202e}d\te"), "abcd e");
        assert_eq!(clean("esc\u{1b}[2J\u{1b}]0;PWN\u{7}name.txt"), "escname.txt");
        assert_eq!(clean("x\u{1b}]8;;https://e.org\u{1b}\\link\u{1b}]8;;\u{1b}\\y"), "xlinky");
        assert_eq!(clean("bell\u{7} del\u{7f} c1\u{85}"), "bell del c1");
        assert_eq!(clean_counted("A\u{1b}[2J\u{202e}B\nC"), (Cow::Owned("AB C".to_string()), 2));
        assert!(matches!(clean("plain 한국어"), Cow::Borrowed(_)));
    }

    #[test]
    fn an_unended_sequence_takes_only_what_belongs_to_it() {
        // An OSC that never ends: its opening alone, the text after it stays.
        assert_eq!(clean("a\u{1b}]title with no end"), "atitle with no end");
        // ESC before a non-ASCII letter, or at the very end.
        assert_eq!(clean("a\u{1b}é\u{1b}"), "aé");
        // A CSI cut by a non-ASCII character ends before it.
        assert_eq!(clean("\u{1b}[12한"), "한");
        // ESC ESC: the first is a lone ESC; the second may open a sequence of its own.
        assert_eq!(escape_len(&[0x1b; 200]), 1);
        assert_eq!(clean("a\u{1b}\u{1b}[2Jb"), "ab");
        assert_eq!(escape_len(b"\x1b[".iter().chain([b'1'; 100].iter()).copied().collect::<Vec<_>>().as_slice()), 66);
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
