//! Bytes of an HTML page to text: the byte-order mark, then the charset the page declares
//! (`<meta charset>` or `http-equiv="Content-Type"`) in its first bytes, then UTF-8 when the
//! bytes are valid UTF-8, then the HTML standard's default, windows-1252.
//!
//! Valid UTF-8 before windows-1252: pages saved without a declaration are nearly always UTF-8
//! today, and reading them as windows-1252 would garble every non-ASCII letter; browsers
//! guess the same way.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a charset declaration is looked for (the standard says 1024 bytes;
/// real pages put scripts and styles before it).
const PRESCAN: usize = 4096;

/// The page's text, and a warning when bytes had to be replaced.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Option<String>) {
    let (encoding, body) = match Encoding::for_bom(bytes) {
        Some((encoding, bom)) => (encoding, &bytes[bom..]),
        None => (declared(&bytes[..bytes.len().min(PRESCAN)]).unwrap_or_else(|| guess(bytes)), bytes),
    };
    let (text, malformed) = encoding.decode_without_bom_handling(body);
    let warning = malformed.then(|| format!("some bytes were not valid {} and were replaced with �", encoding.name()));
    (text, warning)
}

fn guess(bytes: &[u8]) -> &'static Encoding {
    if simdutf8::basic::from_utf8(bytes).is_ok() { UTF_8 } else { WINDOWS_1252 }
}

/// The encoding named by `charset=` in a `<meta>` tag among these bytes. UTF-16 labels mean
/// UTF-8 here, as the standard says (the page was not UTF-16, or its BOM would have said so).
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut pos = 0;
    while let Some(found) = memchr::memmem::find(&lower[pos..], b"<meta") {
        let start = pos + found;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        pos = end;
        let tag = &lower[start..end];
        let Some(at) = memchr::memmem::find(tag, b"charset") else { continue };
        let value = tag[at + 7..].trim_ascii_start();
        let Some(value) = value.strip_prefix(b"=") else { continue };
        let value = value.trim_ascii_start();
        let value = value.strip_prefix(b"\"").or_else(|| value.strip_prefix(b"'")).unwrap_or(value);
        let len = value.iter().take_while(|b| !matches!(b, b'"' | b'\'' | b';' | b'/' | b' ' | b'>')).count();
        if let Some(encoding) = Encoding::for_label(&value[..len]) {
            return Some(if encoding.name().starts_with("UTF-16") { UTF_8 } else { encoding.output_encoding() });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_then_declaration_then_utf8_then_windows_1252() {
        let (text, warning) = decode(b"\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>caf\xC3\xA9");
        assert!(text.ends_with("café") && warning.is_none(), "{text}");
        let (text, _) = decode(b"<meta charset=\"iso-8859-1\"><p>caf\xE9");
        assert!(text.ends_with("café"));
        let (text, _) =
            decode(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x93\xfa\x96\x7b");
        assert!(text.ends_with("日本"), "{text}");
        let (text, _) = decode("<p>café".as_bytes());
        assert!(text.ends_with("café"));
        let (text, warning) = decode(b"<p>caf\xE9 \x93quoted\x94");
        assert!(text.ends_with("café “quoted”") && warning.is_none(), "{text}");
        let (_, warning) = decode(b"<meta charset=utf-8><p>caf\xE9");
        assert!(warning.is_some());
    }
}
