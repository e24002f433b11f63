//! Photo captions: a line ending (or made of) a credit: ` / Yonhap`, `(Yonhap)`,
//! `(AP Photo/Name)`, `Photo: Reuters`, `[Photo by Name]`, `Courtesy of …`, `REUTERS/Name`,
//! `| Kyodo`, `＝共同`, `(사진=뉴시스)`.

use super::lexicon::CAPTION_LABELS;
use super::lexicon::CAPTION_MARKS;
use super::lexicon::CREDIT_WORDS;
use super::lexicon::{self, AGENCIES, CREDIT_LABELS};
use super::text::{self, starts_with_ignore_case};
use crate::article::Caption;

/// Captions are a sentence or two; longer lines are body text that ends with a credit.
const MAX_CAPTION_WORDS: usize = 90;

/// A caption with its credit, or `None` when the line carries no credit.
pub fn parse_line(line: &str) -> Option<Caption> {
    let labelled_caption = CAPTION_LABELS.iter().find(|l| starts_with_ignore_case(line, l));
    let marked = line.starts_with(CAPTION_MARKS) || labelled_caption.is_some() || dated_place_caption(line);
    let line = labelled_caption.map_or(line, |l| &line[l.len()..]);
    let line = line.trim_start_matches(CAPTION_MARKS).trim_start();
    // The credit is looked for first: it is at the end, and most lines have none.
    let caption = match leading_credit(line).or_else(|| split_credit(line)) {
        Some((text, credit)) if !text.is_empty() => Caption { text: text.to_string(), credit: Some(credit) },
        None if marked && !line.is_empty() => Caption { text: line.to_string(), credit: None },
        _ => return None,
    };
    (text::word_count(line) <= MAX_CAPTION_WORDS && !looks_like_speech(line)).then_some(caption)
}

/// A line that is nothing but a credit (it belongs to the caption line above it).
pub fn credit_only(line: &str) -> Option<String> {
    if line.len() > 80 {
        return None;
    }
    let inner = line.trim_start_matches(['/', '|', '=', '＝', ' ']);
    if let Some(c) = bracketed_credit(inner).filter(|(text, _)| text.is_empty()) {
        return Some(c.1);
    }
    if let Some(credit) = labelled(inner) {
        return Some(credit);
    }
    let lower = inner.to_lowercase();
    let agency = lexicon::contains(&AGENCIES, &lower) || wire_slash_credit(inner);
    (agency || lower.ends_with("getty images")).then(|| inner.to_string())
}

/// `記者会見する山本社長（14日、東京都港区）`: a Japanese caption ends with when and where, in
/// brackets, and is not a sentence.
fn dated_place_caption(line: &str) -> bool {
    // Both marks are full-width forms (lead byte EF). Without one, skip the two reverse char
    // searches: `＝` ends in the same byte as `”`, so they stop at every closing quote.
    if memchr::memchr(0xEF, line.as_bytes()).is_none() {
        return false;
    }
    // `…（14日、東京都港区）` or `…＝20日午前、相模原市`
    let tail = match (line.rfind('（'), line.rfind('＝')) {
        (Some(open), _) if line.ends_with('）') => &line[open..],
        (_, Some(eq)) => &line[eq..],
        _ => return false,
    };
    tail.contains('、')
        && tail.contains('日')
        && !line.contains('。')
        && text::has_cjk(line)
        && line.chars().count() <= 80
}

/// A quote with a speech verb is body text, however it ends.
fn looks_like_speech(line: &str) -> bool {
    line.contains(['“', '"', '「'])
        && [" said", " says", " told", "라고", "と述べ", "と語"].iter().any(|v| line.contains(v))
}

/// Splits `text CREDIT` into the caption text and the credit's words.
fn split_credit(line: &str) -> Option<(&str, String)> {
    let trimmed = line.trim_end();
    // Every credit shape has one of these marks or words within its last few words.
    let tail = &trimmed.as_bytes()[trimmed.len().saturating_sub(90)..];
    let mark = |b: &u8| matches!(b, b')' | b']' | b'/' | b'|' | b'=' | b':' | 0xEF | 0xBC);
    // One pass over the tail, trying the words only where one of their first bytes stands
    // (`o`, `G`, `P`, and the lead bytes of ⓒ, © and 제): a search per word cost more.
    let word = || {
        const WORDS: [&[u8]; 8] =
            [b"ourtesy", b"Getty", b"GETTY", "ⓒ".as_bytes(), "©".as_bytes(), "제공".as_bytes(), b"PHOTO", b"Photo"];
        (0..tail.len()).any(|i| {
            matches!(tail[i], b'o' | b'G' | b'P' | 0xE2 | 0xC2 | 0xEC) && WORDS.iter().any(|w| tail[i..].starts_with(w))
        })
    };
    if !tail.iter().any(mark) && !word() {
        return glued_credit(trimmed);
    }
    // `… Gunma Prefecture. (Hinode) ==Hinode`: a wire system's credit mark after the credit.
    let trimmed = match trimmed.rsplit_once(" ==") {
        Some((head, mark)) if is_short_name(mark) => head.trim_end(),
        _ => trimmed,
    };
    if let Some((text, credit)) = bracketed_credit(trimmed) {
        return Some((text, credit));
    }
    // `… at Kingsmead Park Credit: PitchSide Images/Matt Rowe`, `… host star. Credit: …/M. Horvat`:
    // a label ending in a colon marks the credit wherever the sentence ended.
    if let Some((text, credit)) = colon_labelled(trimmed) {
        return Some((text, credit));
    }
    // A labelled credit after the last sentence wins over a slash inside it:
    // `… in 1988. PHOTO BY LEN FORSYTH /Bow Valley Courier files`, `… 있다. ⓒ연합뉴스`.
    if let Some(i) = last_sentence_end(trimmed) {
        let (text, credit) = (trimmed[..i].trim_end(), trimmed[i..].trim());
        if let Some(c) = labelled(credit) {
            return Some((text, c));
        }
    }
    // `… on Jan. 13. / Yonhap`, `…/연합뉴스`, `… Tuesday. | Kyodo`
    for sep in [" / ", " /", "/ ", " | ", "/"] {
        if let Some(i) = trimmed.rfind(sep) {
            let (text, credit) = (trimmed[..i].trim_end(), trimmed[i + sep.len()..].trim());
            let sentence_before = text.ends_with(['.', '다', '!', '?']);
            let before_ok = match sep {
                "/" => sentence_before || text::has_cjk(credit),
                " | " => sentence_before,
                _ => true,
            };
            let credit = strip_label(credit);
            if before_ok && is_short_name(&credit) && !text.is_empty() && !ends_inside_name(text) && !is_ui(&credit) {
                return Some((text, credit));
            }
        }
    }
    // `…, 2026. REUTERS/Kwame Asante`, `… Tuesday. Photo: Reuters`, `…. Courtesy of Samsung`
    if let Some(i) = last_sentence_end(trimmed) {
        let (text, credit) = (trimmed[..i].trim_end(), trimmed[i..].trim());
        if let Some(c) = labelled(credit) {
            return Some((text, c));
        }
        if wire_slash_credit(credit) || credit.to_lowercase().ends_with("getty images") {
            return Some((text, credit.to_string()));
        }
    }
    // `…価格＝共同`
    if let Some(i) = trimmed.rfind(['＝', '=']) {
        let credit = trimmed[i..].trim_start_matches(['＝', '=']).trim();
        let agency = lexicon::contains(&AGENCIES, credit) || credit.ends_with("通信") || credit.ends_with("撮影");
        if agency && i > 0 {
            return Some((trimmed[..i].trim_end(), credit.to_string()));
        }
    }
    glued_credit(trimmed)
}

/// The last `Credit:`, `Photo:`, `Image Credits:` … in the line, after a space.
fn colon_labelled(line: &str) -> Option<(&str, String)> {
    // A credit is a few words at the end: look only there, and only if there is a colon.
    let mut tail_start = line.len().saturating_sub(120);
    while !line.is_char_boundary(tail_start) {
        tail_start += 1;
    }
    if !line[tail_start..].contains([':', '：']) {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for label in CREDIT_LABELS.iter().filter(|l| l.ends_with(':')) {
        let mut from = tail_start;
        while let Some(i) = text::find_ignore_case(&line[from..], label).map(|i| from + i) {
            if i > 0 && line[..i].ends_with(' ') && best.is_none_or(|(b, _)| i > b) {
                best = Some((i, label));
            }
            from = i + label.len();
        }
    }
    let (i, label) = best?;
    let credit = line[i + label.len()..].trim();
    let text = line[..i].trim_end();
    (!text.is_empty() && !credit.is_empty() && text::word_count(credit) <= 8).then(|| (text, strip_label(credit)))
}

/// `[사진=연합뉴스] 이재명 대통령이 …`, `(Photo: Reuters) …`: a labelled credit in brackets
/// opening the line.
fn leading_credit(line: &str) -> Option<(&str, String)> {
    let open = line.chars().next()?;
    let close = match open {
        '[' => ']',
        '(' => ')',
        '（' => '）',
        '【' => '】',
        _ => return None,
    };
    let end = line.find(close)?;
    let credit = labelled(line.get(open.len_utf8()..end)?.trim())?;
    let text = line[end + close.len_utf8()..].trim_start();
    Some((text, credit))
}

/// `(Yonhap)`, `(AP Photo/Name)`, `[Photo by Name]`, `（共同）`, `(사진=뉴시스)` at the end.
fn bracketed_credit(line: &str) -> Option<(&str, String)> {
    let (open, close) = match line.chars().next_back()? {
        ')' => ('(', ')'),
        '）' => ('（', '）'),
        ']' => ('[', ']'),
        _ => return None,
    };
    let start = line.rfind(open)?;
    let inner = line[start + open.len_utf8()..line.len() - close.len_utf8()].trim();
    let lower = inner.to_lowercase();
    let is_credit = lexicon::contains(&AGENCIES, &lower)
        || wire_slash_credit(inner)
        || CREDIT_WORDS.iter().any(|w| {
            lower.split(|c: char| !c.is_alphanumeric()).any(|t| t == *w) || (!w.is_ascii() && lower.contains(w))
        })
        || CREDIT_LABELS.iter().any(|l| lower.starts_with(l))
        // `(Carla Mendes/Ashford Valley Gazette)`, `(Seoul Metropolitan Government)` after a
        // finished sentence of a short line: photographer, outlet or institution.
        || (inner.split(['/', ' ']).all(|part| text::is_capitalized(part.trim()) || matches!(part, "of" | "and" | "the" | ""))
            && text::ends_sentence(line[..start].trim_end())
            && text::word_count(line) <= 40);
    let text = line[..start].trim_end();
    // A bare agency in parentheses mid-sentence is a dateline, not a credit: `TOKYO (AP) —`.
    (is_credit && text::word_count(inner) <= 8).then(|| (text, strip_label(inner)))
}

/// `AP Photo/Name`, `REUTERS/Name`, `EPA-EFE/NAME`, `Yonhap/Name`.
fn wire_slash_credit(credit: &str) -> bool {
    let Some((agency, person)) = credit.split_once('/') else { return false };
    if text::word_count(agency) > 3 || agency.contains(['(', ',', '.']) {
        return false;
    }
    let agency_l = agency.trim().to_lowercase();
    let known = lexicon::contains(&AGENCIES, &agency_l)
        || agency_l.ends_with(" photo")
        || (agency.len() >= 2 && agency.chars().all(|c| c.is_ascii_uppercase() || c == '-'));
    known && !person.trim().is_empty() && text::word_count(credit) <= 8 && text::is_capitalized(person.trim())
}

/// `Photo: Reuters` -> `Reuters` (the label dropped), for the labels of the lexicon.
fn labelled(credit: &str) -> Option<String> {
    CREDIT_LABELS.iter().filter(|l| starts_with_ignore_case(credit, l)).max_by_key(|l| l.len()).and_then(|l| {
        let rest = credit[l.len()..].trim();
        (!rest.is_empty() && text::word_count(rest) <= 8).then(|| rest.to_string())
    })
}

/// The credit's words: labels before (`Photo:`, `사진=`) and after (`제공`, "provided") dropped.
fn strip_label(credit: &str) -> String {
    let credit = labelled(credit).unwrap_or_else(|| credit.trim().to_string());
    let credit =
        ["제공", "提供", "자료사진", "資料写真"].iter().find_map(|s| credit.strip_suffix(s)).unwrap_or(&credit).trim();
    credit.to_string()
}

/// `Subscribe`, `Today’s Paper`: a menu item after `|`, not a credit.
fn is_ui(credit: &str) -> bool {
    credit
        .split_whitespace()
        .any(|w| lexicon::contains_folded(&lexicon::UI_WORDS, w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// A credit's words: short, starting with a capital (or CJK), not a sentence.
fn is_short_name(credit: &str) -> bool {
    let words = text::word_count(credit);
    (1..=5).contains(&words)
        && text::is_capitalized(credit)
        && !credit.ends_with(['.', ',', '?', '!'])
        && !credit.chars().all(|c| c.is_ascii_digit())
}

/// `… 50/50` or `… Lee/Kim` inside a sentence: the text before is not a finished caption.
fn ends_inside_name(text: &str) -> bool {
    text.ends_with(|c: char| c.is_ascii_digit())
}

/// Byte index just after the last `. ` (the credit follows the caption's last sentence).
/// `… last week.Credit...Name/The Times`, `… in New York.Reuters`, `… easy.Name Name/Getty`:
/// the page set the credit apart by its style alone, so its text follows the sentence's
/// full stop without a space.
fn glued_credit(line: &str) -> Option<(&str, String)> {
    let bytes = line.as_bytes();
    // A credit is a few words at the end of the line: the sentence's marks there are found
    // by a byte search, and each is looked at.
    let from = bytes.len().saturating_sub(90).max(1);
    let marks =
        memchr::memrchr3_iter(b'.', b'!', b'?', &bytes[from..]).chain(memchr::memrchr_iter(b'"', &bytes[from..]));
    let at = marks.map(|m| from + m + 1).filter(|&i| i >= 2 && i < bytes.len()).find(|&i| {
        bytes[i].is_ascii_uppercase()
            // `U.S.` and `p.m.` are abbreviations, not the end of a sentence.
            && bytes[i - 2].is_ascii_lowercase()
            && !matches!(line[..i - 1].rsplit(' ').next(), Some(w) if w.contains('.'))
    })?;
    let (text, credit) = (&line[..at], &line[at..]);
    let credit = labelled(credit).unwrap_or_else(|| credit.to_string());
    let name_like = credit
        .split([' ', '/'])
        .filter(|w| !w.is_empty())
        .all(|w| text::is_capitalized(w) || matches!(w, "of" | "and" | "the" | "for"));
    let ok =
        text::word_count(&credit) <= 8 && !text::ends_sentence(&credit) && name_like && text::word_count(text) >= 3;
    ok.then_some((text, credit))
}

fn last_sentence_end(line: &str) -> Option<usize> {
    line.rfind(". ").map(|i| i + 1)
}

#[cfg(test)]
#[path = "caption_tests.rs"]
mod tests;
