//! Small text predicates shared by the passes.

/// Hangul, kana, CJK ideographs and their punctuation and full-width forms.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3000..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

pub fn has_cjk(s: &str) -> bool {
    // U+3000..U+DFFF are the lead bytes E3..=ED; Hangul Jamo and full-width forms (E1, EF) are
    // rare enough to check by character. Curly quotes and dashes (E2) are not CJK.
    let bytes = s.as_bytes();
    // Folds without early exit over fixed-size chunks: the compiler turns them into vector
    // code. Both tests share the pass; most text has neither byte.
    let (mut lead, mut rare) = (0u8, 0u8);
    let mut chunks = bytes.chunks_exact(32);
    for chunk in chunks.by_ref() {
        for &b in chunk {
            lead |= u8::from(b.wrapping_sub(0xE3) <= 0xED - 0xE3);
            rare |= u8::from(b == 0xE1) | u8::from(b == 0xEF);
        }
        if lead != 0 {
            return true;
        }
    }
    for &b in chunks.remainder() {
        lead |= u8::from(b.wrapping_sub(0xE3) <= 0xED - 0xE3);
        rare |= u8::from(b == 0xE1) | u8::from(b == 0xEF);
    }
    lead != 0 || (rare != 0 && s.chars().any(is_cjk))
}

/// Closing marks that may follow the end of a sentence.
pub fn is_closing_mark(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '」' | '』' | '）' | '»')
}

/// Whether the text ends like a sentence (`.`, `?`, `!`, `。`, maybe inside closing marks).
pub fn ends_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(is_closing_mark);
    trimmed.ends_with(['.', '!', '?', '。', '！', '？', '…'])
}

/// Words as separated by spaces (NBSP included). ASCII text is counted byte by byte.
pub fn word_count(s: &str) -> usize {
    let bytes = s.as_bytes();
    if s.is_ascii() {
        return count_runs(bytes, |b| b.is_ascii_whitespace());
    }
    // `split_whitespace().count()`, read from the bytes: body text holds curly quotes, and
    // decoding every character to test it was a large part of the layout pass. Spaces beyond
    // ASCII are rare: without them, a byte test does (`char::is_whitespace` takes VT too).
    let wide_space = memchr::memchr3_iter(0xC2, 0xE1, 0xE2, bytes)
        .chain(memchr::memchr_iter(0xE3, bytes))
        .any(|i| unicode_space_len(&bytes[i..]) > 0);
    if !wide_space {
        return count_runs(bytes, |b| matches!(b, b'\t'..=b'\r' | b' '));
    }
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let space = unicode_space_len(&bytes[i..]);
        count += usize::from(space == 0 && !in_word);
        in_word = space == 0;
        // A byte of a non-space character, or a whole space character.
        i += space.max(1);
    }
    count
}

/// Runs of bytes that are not spaces: each starts after a space or at the start. Counted
/// in fixed-size chunks without a branch per byte, so the compiler can use vector code.
fn count_runs(bytes: &[u8], space: impl Fn(u8) -> bool) -> usize {
    let Some(&first) = bytes.first() else { return 0 };
    let mut runs = usize::from(!space(first));
    // Each byte with the one before it: a run starts where a space is followed by a non-space.
    let mut before = bytes[..bytes.len() - 1].chunks_exact(32);
    let mut at = bytes[1..].chunks_exact(32);
    let starts = |b: &[u8], a: &[u8]| b.iter().zip(a).fold(0u8, |n, (&p, &q)| n + u8::from(space(p) & !space(q)));
    for (b, a) in before.by_ref().zip(at.by_ref()) {
        runs += usize::from(starts(b, a));
    }
    runs + usize::from(starts(before.remainder(), at.remainder()))
}

/// The length of the White_Space character (what `char::is_whitespace` accepts) starting
/// `bytes`, or 0.
fn unicode_space_len(bytes: &[u8]) -> usize {
    match bytes {
        [b'\t'..=b'\r' | b' ', ..] => 1,
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] | [0xE3, 0x80, 0x80, ..] => 3,
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => 3,
        _ => 0,
    }
}

/// Starts with an upper-case letter (or a CJK character, which has no case).
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase() || is_cjk(c))
}

/// Strips punctuation around a word: `“Lee,` -> `Lee`.
pub fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’')
        .trim_end_matches(['\'', '’', '-'])
}

/// Characters (not bytes) in `s`, stopping early past `cap`.
pub fn char_len_capped(s: &str, cap: usize) -> usize {
    s.chars().take(cap + 1).count()
}

/// An e-mail address: `local@domain.tld` with no spaces.
pub fn is_email(word: &str) -> bool {
    let word = word.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | '[' | ']' | ',' | ';' | '.'));
    let Some((local, domain)) = word.split_once('@') else { return false };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !word.contains(char::is_whitespace)
}

/// Byte offset of `needle` in `haystack`, ASCII letters in any case (other bytes exact).
/// Offsets are into `haystack` itself, unlike a search in a lower-cased copy.
pub fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    // Candidates start with the needle's first byte in either case: memchr finds them.
    let (lo, up) = (n[0].to_ascii_lowercase(), n[0].to_ascii_uppercase());
    memchr::memchr2_iter(lo, up, &h[..=h.len() - n.len()])
        .find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n) && haystack.is_char_boundary(i))
}

pub fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|b| b.eq_ignore_ascii_case(prefix.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends_inside_closing_marks() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“We will win.”"));
        assert!(ends_sentence("끝났다."));
        assert!(ends_sentence("述べた。"));
        assert!(!ends_sentence("Read more"));
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let spaces: Vec<char> = (0..=0x3000u32).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
        assert_eq!(spaces.len(), 25);
        for space in spaces {
            // Non-ASCII text: ASCII text is counted on ASCII blanks alone.
            for text in ["é{}b", "{}é{}{}b{}", "“x”{}y", "{}é", "가{}나 다\u{a0}라"] {
                let text = text.replace("{}", &space.to_string());
                assert_eq!(word_count(&text), text.split_whitespace().count(), "{text:?}");
            }
        }
        for text in ["\u{1680}\u{1681}", "\u{2000}\u{200b}x", "\u{205f}\u{2060}", "é\u{85}é", "\u{3000}\u{3001}"] {
            assert_eq!(word_count(text), text.split_whitespace().count(), "{text:?}");
        }
    }

    #[test]
    fn emails_and_bare_words() {
        assert!(is_email("minji@yna.co.kr"));
        assert!(is_email("(kim@example.com)"));
        assert!(!is_email("@handle"));
        assert_eq!(bare("“Lee,"), "Lee");
        assert_eq!(bare("Lee’s"), "Lee’s");
        assert_eq!(bare("Jae-myung."), "Jae-myung");
    }
}
