//! Sentence bounds in English prose: where the sentence around a quote starts and ends, so that
//! attribution reads one sentence, not a whole page. Abbreviations (`Dr.`, `Jan.`, `J.`) do not
//! end a sentence.

use super::lexicon::{self, ABBREVIATIONS};

/// How far attribution looks around a quote, in bytes: a sentence, not a whole page.
const WINDOW: usize = 600;

fn floor_boundary(p: &str, mut i: usize) -> usize {
    while !p.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Start of the sentence holding byte `at` (at most `WINDOW` bytes back): just after the
/// last `.`, `!` or `?` that ends a word which is not an abbreviation (`Dr.`, `Jan.`, `J.`).
pub fn sentence_start(p: &str, at: usize) -> usize {
    // A byte inside a character (a caller's `end - 1` before a closing `”`) means that
    // character: the start found must be a boundary to slice at.
    let at = floor_boundary(p, at.min(p.len()));
    let from = floor_boundary(p, at.saturating_sub(WINDOW));
    let bytes = p.as_bytes();
    let mut end = at;
    while let Some(i) = memchr::memrchr3(b'.', b'!', b'?', &bytes[from..end]).map(|i| from + i) {
        if let Some(word_end) = sentence_end_at(p, i, at) {
            return word_end;
        }
        end = i;
    }
    from
}

/// End of the sentence that goes on from byte `from`, or the next opening quote mark.
pub fn sentence_end(p: &str, from: usize) -> usize {
    sentence_end_within(p, from, true)
}

/// End of the sentence that goes on from byte `from`, past other quotations (`, the “Pose”
/// actor said`: attribution reads past a title in quotes, leaving its words out).
pub fn sentence_end_past_quotes(p: &str, from: usize) -> usize {
    sentence_end_within(p, from, false)
}

fn sentence_end_within(p: &str, from: usize, stop_at_quote: bool) -> usize {
    let rest = &p[from..floor_boundary(p, (from + WINDOW).min(p.len()))];
    let quote = if stop_at_quote { next_open_quote(rest.as_bytes()) } else { None };
    let end = from + quote.unwrap_or(rest.len());
    let bytes = p.as_bytes();
    let mut pos = from;
    while let Some(i) = memchr::memchr3(b'.', b'!', b'?', &bytes[pos..end]).map(|i| pos + i) {
        if let Some(word_end) = sentence_end_at(p, i, end) {
            return word_end;
        }
        pos = i + 1;
    }
    end
}

/// Byte offset of the first `“`, `"` or `「`: their first bytes found by `memchr3`, not by
/// decoding every character.
fn next_open_quote(bytes: &[u8]) -> Option<usize> {
    let (left, corner) = ("“".as_bytes(), "「".as_bytes());
    memchr::memchr3_iter(b'"', left[0], corner[0], bytes)
        .find(|&i| bytes[i] == b'"' || bytes[i..].starts_with(left) || bytes[i..].starts_with(corner))
}

/// If the `.`/`!`/`?` at byte `i` ends a sentence (closing marks may follow, then a space
/// or `limit`), where the sentence's last word ends.
fn sentence_end_at(p: &str, i: usize, limit: usize) -> Option<usize> {
    let bytes = p.as_bytes();
    let mut j = i + 1;
    // Closing marks: ” ’ (three bytes each) " ' )
    loop {
        match bytes.get(j..j + 3) {
            Some([0xE2, 0x80, 0x9D | 0x99]) => j += 3,
            _ if matches!(bytes.get(j), Some(b'"' | b'\'' | b')')) => j += 1,
            _ => break,
        }
    }
    if j < limit && !bytes[j].is_ascii_whitespace() {
        return None;
    }
    if bytes[i] != b'.' {
        return Some(j.min(limit));
    }
    let start = bytes[..i].iter().rposition(u8::is_ascii_whitespace).map_or(0, |s| s + 1);
    let bare = p[start..i].trim_start_matches(|c: char| !c.is_alphanumeric());
    let initial = bare.len() == 1 && bare.bytes().all(|b| b.is_ascii_uppercase());
    let abbreviation = initial || lexicon::contains_folded(&ABBREVIATIONS, bare) || is_month(bare);
    (!abbreviation).then_some(j.min(limit))
}

/// A month name or its abbreviation (`Jan`, `Sept`).
pub fn is_month(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    lexicon::MONTHS.iter().any(|(m, _)| m.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_asked_inside_a_character_is_a_boundary() {
        // Found by `text_with_stray_bytes_never_panics`: the sentence's `.` is followed by a
        // closing `”` that runs past the byte asked about.
        let p = "Lee said 말했다.”";
        for at in 0..=p.len() {
            assert!(p.is_char_boundary(sentence_start(p, at)), "{at}");
        }
    }

    #[test]
    fn sentences_do_not_end_at_abbreviations() {
        assert_eq!(sentence_start("He met Dr. Kim. Then Mr. Lee said", 33), 15);
        let p = "“We won,” he said. Then more.";
        assert_eq!(&p[..sentence_end(p, 13)], "“We won,” he said.");
    }
}
