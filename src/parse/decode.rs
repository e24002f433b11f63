//! Bytes -> clean text: BOM, encodings, line ends, tabs, and every control character.
//!
//! The output holds no C0 control but `\n`, no DEL, no C1 control and no bidirectional
//! override, whatever the input. Clean UTF-8 (the common case) is checked with a few fast
//! scans and copied once.

use std::borrow::Cow;

use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

use crate::error::Error;

/// Text decoded from a file, with what had to be repaired.
#[derive(Debug, Default)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes `bytes` into clean text, or refuses input that is not text.
pub fn decode(bytes: &[u8], limit: usize) -> Result<Decoded, Error> {
    let mut warnings = Vec::new();
    let mut bytes = bytes;
    if bytes.len() > limit {
        bytes = &bytes[..limit];
        warnings.push(format!("the file is larger than {} MiB; only the beginning was read", limit >> 20));
    }
    let text = to_unicode(bytes, &mut warnings)?;
    let text = clean(&text, &mut warnings);
    Ok(Decoded { text, warnings })
}

fn to_unicode<'a>(bytes: &'a [u8], warnings: &mut Vec<String>) -> Result<Cow<'a, str>, Error> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8_or_fallback(rest, warnings);
    }
    for (bom, encoding) in [(b"\xFF\xFE", UTF_16LE), (b"\xFE\xFF", UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            let (text, malformed) = encoding.decode_without_bom_handling(rest);
            if malformed {
                warnings.push("some UTF-16 characters were damaged and were replaced with �".into());
            }
            return Ok(Cow::Owned(text.into_owned()));
        }
    }
    if looks_binary(bytes) {
        return Err(Error::NotText("binary data"));
    }
    utf8_or_fallback(bytes, warnings)
}

/// NUL bytes, or many control bytes, mean the file is not text.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if memchr::memchr(0, sample).is_some() {
        return true;
    }
    let controls = sample.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
    controls > 4 && controls * 20 > sample.len()
}

fn utf8_or_fallback<'a>(bytes: &'a [u8], warnings: &mut Vec<String>) -> Result<Cow<'a, str>, Error> {
    // Checked fast first (`simdutf8`, ten times std's speed on Korean text); std's check,
    // which says where the text goes wrong, only for text that does.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Cow::Borrowed(text));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        // A cut in the middle of a character at the size limit is not bad text.
        Err(err) if err.error_len().is_none() => {
            Ok(Cow::Borrowed(std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default()))
        }
        Err(_) => Ok(Cow::Owned(fallback(bytes, warnings)?)),
    }
}

/// Invalid UTF-8: mostly-UTF-8 text keeps its characters with the bad bytes replaced;
/// anything else is read as Windows-1252 (a superset of Latin-1), so `José` survives.
fn fallback(bytes: &[u8], warnings: &mut Vec<String>) -> Result<String, Error> {
    let (mut valid_multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += chunk.invalid().len();
    }
    let high = bytes.iter().filter(|&&b| b >= 0x80).count();
    if high * 2 > bytes.len() && valid_multibyte < invalid {
        return Err(Error::NotText("mostly bytes that are not characters"));
    }
    if valid_multibyte > invalid {
        warnings.push(format!("{invalid} bytes that are not valid UTF-8 were replaced with �"));
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    }
    warnings.push("the file is not valid UTF-8; it was read as Windows-1252 (Latin-1)".into());
    let (text, _, _) = WINDOWS_1252.decode(bytes);
    Ok(text.into_owned())
}

/// What [`clean`] removed, to be reported once per kind.
#[derive(Default)]
struct Removed {
    escapes: usize,
    controls: usize,
    bidi: usize,
}

/// Line ends to `\n`, tabs to spaces, controls and bidi overrides dropped.
fn clean(text: &str, warnings: &mut Vec<String>) -> String {
    if !needs_cleaning(text.as_bytes()) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = Removed::default();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' => {
                if chars.peek().is_some_and(|&(_, next)| next == '\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{2028}' | '\u{2029}' | '\u{0c}' | '\u{0b}' | '\u{85}' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{feff}' => {}
            '\u{1b}' | '\u{9b}' => {
                let len = crate::text::escape_len(&text.as_bytes()[i..]);
                while chars.peek().is_some_and(|&(j, _)| j < i + len) {
                    chars.next();
                }
                removed.escapes += 1;
            }
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => removed.bidi += 1,
            c if c.is_control() => removed.controls += 1,
            c => out.push(c),
        }
    }
    if removed.escapes > 0 {
        warnings.push(format!("removed {} terminal escape sequence(s)", removed.escapes));
    }
    if removed.controls > 0 {
        warnings.push(format!("removed {} control character(s)", removed.controls));
    }
    if removed.bidi > 0 {
        warnings.push(format!("removed {} bidirectional override character(s)", removed.bidi));
    }
    out
}

/// Whether anything but plain text and `\n` is present. Checks ASCII controls in one pass
/// the compiler vectorises, then only the lead bytes of the few multi-byte characters that
/// can be controls (C1, bidi, line separators, BOM).
fn needs_cleaning(bytes: &[u8]) -> bool {
    let ascii_control = bytes
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |acc, &b| acc | ((b < 0x20) & (b != b'\n')) | (b == 0x7f)));
    if ascii_control {
        return true;
    }
    memchr::memchr3_iter(0xC2, 0xE2, 0xEF, bytes).any(|i| {
        let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
        match bytes[i] {
            0xC2 => (0x80..=0x9F).contains(&next(1)),
            0xE2 => matches!((next(1), next(2)), (0x80, 0xA8..=0xAE) | (0x81, 0xA6..=0xA9)),
            _ => (next(1), next(2)) == (0xBB, 0xBF),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, usize) {
        let d = decode(bytes, 1 << 20).unwrap();
        (d.text, d.warnings.len())
    }

    #[test]
    fn clean_utf8_passes_through_untouched() {
        assert_eq!(text("“Hi,” she said — 안녕 「はい」\n".as_bytes()), ("“Hi,” she said — 안녕 「はい」\n".into(), 0));
    }

    #[test]
    fn bom_crlf_lone_cr_and_tabs_are_normalised_without_warning() {
        assert_eq!(text(b"\xEF\xBB\xBFa\r\nb\rc\td"), ("a\nb\nc d".into(), 0));
    }

    #[test]
    fn latin1_falls_back_to_windows_1252_with_a_warning() {
        assert_eq!(text(b"Jos\xe9 said \x93hi\x94 \x97 ok"), ("José said “hi” — ok".into(), 1));
    }

    #[test]
    fn a_few_bad_bytes_in_utf8_are_replaced_not_reinterpreted() {
        assert_eq!(
            text("“é” \u{2014} x\u{2019}".as_bytes().iter().chain(b"\xff").copied().collect::<Vec<_>>().as_slice()),
            ("“é” — x’\u{fffd}".into(), 1)
        );
    }

    #[test]
    fn escape_sequences_are_removed_whole() {
        assert_eq!(text(b"red \x1b[31;1mHOT\x1b[0m \x1b]0;title\x07end"), ("red HOT end".into(), 1));
        assert_eq!(text("a\u{9b}2Jb".as_bytes()), ("ab".into(), 1));
        assert_eq!(text(b"a\x1b"), ("a".into(), 1));
    }

    #[test]
    fn controls_del_c1_and_bidi_are_dropped_with_warnings() {
        assert_eq!(text("a\u{7}b\u{7f}c\u{85}d\u{202e}e\u{2066}f".as_bytes()), ("abc\nd".to_string() + "ef", 2));
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(decode(b"PK\x03\x04\0\0\x14", 1024), Err(Error::NotText(_))));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8 | 0x80).collect();
        assert!(matches!(decode(&noise, 1 << 20), Err(Error::NotText(_))));
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let bytes: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Hi 한".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(text(&bytes), ("Hi 한".into(), 0));
    }

    #[test]
    fn a_cut_at_the_limit_warns_and_keeps_whole_characters() {
        let d = decode("한한한".as_bytes(), 4).unwrap();
        assert_eq!(d.text, "한");
        assert_eq!(d.warnings.len(), 1);
    }
}
