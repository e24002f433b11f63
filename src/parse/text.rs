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
    // A fold without early exit over each chunk: the compiler turns it into vector code.
    let cjk_lead = |chunk: &[u8]| chunk.iter().fold(false, |found, b| found | (b.wrapping_sub(0xE3) <= 0xED - 0xE3));
    if bytes.chunks(64).any(cjk_lead) {
        return true;
    }
    bytes.iter().any(|&b| b == 0xE1 || b == 0xEF) && s.chars().any(is_cjk)
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
    if !s.is_ascii() {
        return s.split_whitespace().count();
    }
    let mut count = 0;
    let mut in_word = false;
    for &b in s.as_bytes() {
        let space = b.is_ascii_whitespace();
        count += usize::from(!space && !in_word);
        in_word = !space;
    }
    count
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
    fn emails_and_bare_words() {
        assert!(is_email("minji@yna.co.kr"));
        assert!(is_email("(kim@example.com)"));
        assert!(!is_email("@handle"));
        assert_eq!(bare("“Lee,"), "Lee");
        assert_eq!(bare("Lee’s"), "Lee’s");
        assert_eq!(bare("Jae-myung."), "Jae-myung");
    }
}
