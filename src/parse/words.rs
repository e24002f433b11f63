//! Words of English prose with their byte offsets and the punctuation around them.

use super::lexicon::{MONTH_ABBREVIATIONS, TITLE_ABBREVIATIONS};

/// One space-separated word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the word (with its punctuation) in the text.
    pub start: usize,
    pub end: usize,
    /// The word without surrounding punctuation or a possessive `’s`.
    pub bare: &'a str,
    pub capitalised: bool,
    /// Followed by `,` `;` `:` `.` `!` `?` or a dash: a name or clause ends here.
    pub ends_clause: bool,
    /// Ends with `’s` / `'s`.
    pub possessive: bool,
    /// Starts with `(` or `[`: an aside such as `(L)` or `(29)`, never part of a name.
    pub bracketed: bool,
}

/// The words of `text` in order, split at ASCII whitespace and NO-BREAK SPACE. Runs over
/// bytes: this is the inner loop of attribution.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            match space_len(bytes, pos) {
                0 => break,
                n => pos += n,
            }
        }
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        // Jumps to the next byte that may start a space: a per-byte `space_len` call cost
        // more than the rest of the word's reading.
        loop {
            pos += bytes[pos..].iter().position(|&b| may_start_space(b)).unwrap_or(bytes.len() - pos);
            if pos >= bytes.len() || space_len(bytes, pos) > 0 {
                break;
            }
            // A C2 that is not NO-BREAK SPACE belongs to the word.
            pos += 1;
        }
        // Both ends sit on ASCII or on a NO-BREAK SPACE lead byte: character boundaries.
        Some(word(&text[start..pos], start))
    })
}

/// Every byte at which [`space_len`] may be non-zero.
fn may_start_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c | 0xC2)
}

/// Length of the space at `i`: an ASCII blank, or NO-BREAK SPACE (C2 A0); else 0.
fn space_len(bytes: &[u8], i: usize) -> usize {
    match bytes[i] {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0c => 1,
        0xC2 if bytes.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    }
}

fn word(raw: &str, start: usize) -> Word<'_> {
    let (lead, trail) = if raw.is_ascii() {
        // Byte positions are character positions here.
        let b = raw.as_bytes();
        let lead = b.iter().position(u8::is_ascii_alphanumeric).unwrap_or(b.len());
        let end = b.iter().rposition(u8::is_ascii_alphanumeric).map_or(lead, |e| e + 1).max(lead);
        (lead, end)
    } else {
        let lead = raw.len() - raw.trim_start_matches(not_alphanumeric).len();
        (lead, lead + raw[lead..].trim_end_matches(not_alphanumeric).len())
    };
    // `Korea Investment & Securities`: the ampersand joins a name.
    if raw == "&" {
        return Word {
            start,
            end: start + 1,
            bare: raw,
            capitalised: false,
            ends_clause: false,
            possessive: false,
            bracketed: false,
        };
    }
    let core = &raw[lead..];
    let trimmed = &raw[lead..trail];
    let tail = &core[trimmed.len()..];
    let (bare, possessive) = match trimmed.strip_suffix("’s").or_else(|| trimmed.strip_suffix("'s")) {
        Some(stem) => (stem, true),
        // `Kizuna Motors' plant`: a plural's possessive.
        None => (trimmed, trimmed.ends_with('s') && (tail.starts_with('\'') || tail.starts_with('’'))),
    };
    // `J. Fox`, `Mr. Serrano Lobo`, `Jan. 13`, `the U.S. commander`: a period that abbreviates
    // does not end the phrase.
    let initial = tail == "."
        && ((bare.len() == 1 && bare.chars().all(|c| c.is_ascii_uppercase()))
            || is_dotted_capitals(bare)
            || TITLE_ABBREVIATIONS.contains(&bare)
            || MONTH_ABBREVIATIONS.contains(&bare));
    let ends_clause = !initial
        && if tail.is_ascii() {
            tail.bytes().any(|b| matches!(b, b',' | b';' | b':' | b'.' | b'!' | b'?' | b')'))
        } else {
            tail.contains([',', ';', ':', '.', '!', '?', '—', '–', ')'])
        };
    let capitalised = match bare.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => bare.chars().next().is_some_and(char::is_uppercase),
    };
    let bracketed = matches!(raw.as_bytes().first(), Some(b'(' | b'[')) || raw.starts_with('（');
    Word { start, end: start + raw.len(), bare, capitalised, ends_clause, possessive, bracketed }
}

/// `U.S`, `U.K`, `U.N`: single capitals joined by periods (the last one is the word's tail).
fn is_dotted_capitals(bare: &str) -> bool {
    bare.len() >= 3 && bare.split('.').all(|part| part.len() == 1 && part.as_bytes()[0].is_ascii_uppercase())
}

/// `!c.is_alphanumeric()`, with the ASCII letters and the quotes and dashes around words
/// answered without a Unicode table lookup.
fn not_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        !c.is_ascii_alphanumeric()
    } else {
        matches!(c, '“' | '”' | '‘' | '’' | '—' | '–' | '…') || !c.is_alphanumeric()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_space_start_passes_the_prefilter() {
        for b in 0..=255u8 {
            let bytes = [b, 0xA0];
            assert!(space_len(&bytes, 0) == 0 || may_start_space(b), "{b:#x}");
        }
    }

    #[test]
    fn punctuation_is_split_off_and_remembered() {
        let w: Vec<Word<'_>> = words("“Lee Jae-myung, Lee’s J. Fox.”").collect();
        let bare: Vec<&str> = w.iter().map(|w| w.bare).collect();
        assert_eq!(bare, ["Lee", "Jae-myung", "Lee", "J", "Fox"]);
        assert!(w[1].ends_clause && w[2].possessive && !w[3].ends_clause && w[4].ends_clause);
        assert_eq!((w[1].start, w[1].end), (7, 17));
    }

    #[test]
    fn dotted_capitals_abbreviate() {
        let w: Vec<Word<'_>> = words("the U.S. commander, U.N. envoy, in the U.S.").collect();
        assert_eq!(w[1].bare, "U.S");
        assert!(!w[1].ends_clause && w[2].ends_clause && !w[3].ends_clause);
    }
}
