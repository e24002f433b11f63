//! Page chrome: share bars, font buttons, menus, skip links, ads, lone URLs, link-list headings.
//!
//! A line is chrome by its shape, not by being on a list of exact lines: short, made of UI
//! words, or a menu of short items. A sentence is never chrome unless it starts with one of
//! the chrome phrases (`Read more:`, `Our Standards:`).

use super::lexicon::{
    self, CHROME_PREFIXES, CJK_RELATED_SUFFIXES, CJK_UI_WORDS, DESK_ENDINGS, FONT_BUTTONS, GLUE_WORDS, MORE_PREFIXES,
    RELATED_HEADINGS, UI_WORDS,
};
use std::sync::OnceLock;

use super::text::{self, ends_sentence};

/// Longest line considered for chrome by its words.
const MAX_CHROME_WORDS: usize = 10;

/// Longer lines are paragraphs: no chrome is this long but a consent notice.
const MAX_CHROME_BYTES: usize = 400;

/// A sentence longer than this is chrome only by its opening words.
const LONG_SENTENCE_BYTES: usize = 120;

pub fn is_chrome(line: &str) -> bool {
    if is_cookie_notice(line) {
        return true;
    }
    if line.len() > MAX_CHROME_BYTES {
        return false;
    }
    // A long sentence is chrome only by its opening words (`Read more: …`).
    if line.len() > LONG_SENTENCE_BYTES && ends_sentence(line) {
        return has_chrome_prefix(line);
    }
    is_lone_url(line)
        || ends_with_url(line)
        || is_newsletter_box(line)
        || has_chrome_prefix(line)
        || is_ui_line(line)
        || is_menu(line)
        || is_symbols_only(line)
        || is_desk_signature(line)
}

/// `This website uses cookies to improve your experience…`: a consent notice, in the words
/// every such notice uses, whatever its length.
fn is_cookie_notice(line: &str) -> bool {
    // `ookie` in either case: a SIMD search per line, built once; most lines have none.
    static FINDERS: OnceLock<[memchr::memmem::Finder<'static>; 2]> = OnceLock::new();
    let finders =
        FINDERS.get_or_init(|| [memchr::memmem::Finder::new(b"ookie"), memchr::memmem::Finder::new(b"OOKIE")]);
    let bytes = line.as_bytes();
    finders.iter().any(|f| f.find(bytes).is_some())
        && ["website", "browser", "consent", "this site", "our site", "experience"]
            .iter()
            .any(|w| text::find_ignore_case(line, w).is_some())
}

/// `（経済部）`, `(사회부)`: the desk that wrote the story, signing it off.
fn is_desk_signature(line: &str) -> bool {
    let inner =
        line.strip_prefix(['（', '(']).and_then(|rest| rest.strip_suffix(['）', ')'])).map(str::trim).unwrap_or("");
    (2..=10).contains(&inner.chars().count())
        && inner.chars().all(text::is_cjk)
        && DESK_ENDINGS.iter().any(|desk| inner.ends_with(desk))
}

/// `Get the Daily newsletter Enter your email`: a sign-up box, not a sentence.
fn is_newsletter_box(line: &str) -> bool {
    let words = text::word_count(line);
    (words <= 15 && !ends_sentence(line) && text::find_ignore_case(line, "newsletter").is_some())
        // `Get the morning briefing in your inbox.`: the box's pitch, a sentence.
        || (words <= 20 && text::find_ignore_case(line, "your inbox").is_some())
}

/// A label and the address it points at fit in this; a sentence ending in one is longer.
const LABELLED_URL_BYTES: usize = 160;

/// `AP men's college basketball: https://…`: a short label pointing at an address.
fn ends_with_url(line: &str) -> bool {
    line.len() <= LABELLED_URL_BYTES
        && line.rsplit(' ').next().is_some_and(|last| {
            let last = last.to_ascii_lowercase();
            last.starts_with("http://") || last.starts_with("https://") || last.starts_with("www.")
        })
}

/// `https://…`, `www.…`, `example.com/path`: one token that is an address.
pub fn is_lone_url(line: &str) -> bool {
    if line.contains(char::is_whitespace) {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.")
}

fn has_chrome_prefix(line: &str) -> bool {
    // Most lines start with a letter no prefix starts with: one byte rules each prefix out.
    let Some(first) = line.as_bytes().first().map(u8::to_ascii_lowercase) else { return false };
    CHROME_PREFIXES.iter().any(|p| p.as_bytes().first() == Some(&first) && text::starts_with_ignore_case(line, p))
}

/// Every word a UI word (`print page small font big font`, `facebook share`, `3 min read`).
fn is_ui_line(line: &str) -> bool {
    if line.split_whitespace().nth(MAX_CHROME_WORDS).is_some() {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() {
        return false;
    }
    // A one-sentence paragraph ends with a full stop; a chrome line almost never does.
    if words.len() > 2 && line.ends_with('.') {
        return false;
    }
    let mut ui = 0;
    for word in &words {
        let lower = word.to_lowercase();
        let token =
            lower.trim_matches(|c: char| matches!(c, ':' | ',' | '(' | ')' | '[' | ']' | '.' | '!' | '?' | '"'));
        if token.is_empty() || token.chars().all(|c| c.is_ascii_digit() || "+-/|·•".contains(c)) {
            continue;
        }
        if lexicon::contains(&UI_WORDS, token) || is_cjk_ui(token) {
            ui += 1;
        } else if !lexicon::contains(&GLUE_WORDS, token) {
            return false;
        }
    }
    ui > 0
}

/// A run of Korean or Japanese UI words written together (`공유하기`, `文字サイズ拡大縮小`).
fn is_cjk_ui(token: &str) -> bool {
    if token.is_ascii() {
        return false;
    }
    let mut rest = token;
    while !rest.is_empty() {
        match CJK_UI_WORDS.iter().filter(|w| rest.starts_with(**w)).max_by_key(|w| w.len()) {
            Some(word) => rest = &rest[word.len()..],
            None => return false,
        }
    }
    true
}

/// `Home | World | Business`, `JAPAN / POLITICS`, `News > Asia`: short items between separators.
pub fn is_menu(line: &str) -> bool {
    is_separated_menu(line) || is_spaced_menu(line)
}

/// `Home Recipes Travel About`: capitalised single words, most of them site sections.
fn is_spaced_menu(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let nav = words.iter().filter(|w| lexicon::contains_folded(&lexicon::NAV_WORDS, w)).count();
    words.len() >= 3
        && words.iter().all(|w| text::is_capitalized(w) && w.chars().all(char::is_alphabetic))
        && nav * 2 > words.len()
}

fn is_separated_menu(line: &str) -> bool {
    // `배우 한서윤 / 사진=하늘엔터테인먼트 제공` is a caption with its credit, not a menu.
    if line.contains(['=', '＝', ':']) {
        return false;
    }
    const SEPARATORS: [char; 7] = ['|', '>', '·', '•', '»', '›', '→'];
    let items: Vec<&str> = if line.contains(SEPARATORS) {
        line.split(SEPARATORS).map(str::trim).collect()
    } else if line.contains(" / ") {
        line.split(" / ").map(str::trim).collect()
    } else {
        return false;
    };
    items.len() >= 2
        && items.iter().all(|item| {
            !item.is_empty()
                && text::word_count(item) <= 4
                && !ends_sentence(item)
                && !item.contains(char::is_numeric)
                && starts_as_a_name(item)
        })
}

/// Starts with a capital, or with a letter of a script without case (Arabic, Hebrew, Thai,
/// Devanagari, CJK), where every item of a menu starts.
fn starts_as_a_name(item: &str) -> bool {
    item.chars().next().is_some_and(|c| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
}

/// Lines of nothing but bullets, separators, page counters or font buttons (`* * *`, `1 / 5`, `A A A`).
fn is_symbols_only(line: &str) -> bool {
    line.split_whitespace()
        .all(|token| FONT_BUTTONS.contains(&token) || !token.chars().any(char::is_alphabetic) || is_count(token))
}

/// `1.2K`, `3M`, `12k`: a like or share counter.
fn is_count(token: &str) -> bool {
    let digits = token.trim_end_matches(['K', 'k', 'M', 'm']);
    digits.len() < token.len()
        && !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// A heading of a link list is a few words (`More from the Opinion desk`); a CJK one that
/// ends in `関連ニュース` may name a topic before it, in a few characters.
const MAX_HEADING_BYTES: usize = 60;
const MAX_CJK_HEADING_CHARS: usize = 24;

/// A heading over a list of links (`Related articles`, `Most viewed`, `관련기사`).
pub fn is_related_heading(line: &str) -> bool {
    if line.len() > MAX_HEADING_BYTES {
        return false;
    }
    let lower = line.trim_end_matches([':', '：']).trim().to_lowercase();
    // `大雪の関連ニュース`, `この記事の関連ニュース`: the heading after a topic.
    let cjk_suffix = CJK_RELATED_SUFFIXES.iter().any(|h| lower.ends_with(h));
    // `More from Asia`, `More On:`, `More World`: a section's other stories.
    let more = MORE_PREFIXES.iter().any(|p| lower.starts_with(p))
        || lower == "more on"
        || (lower.starts_with("more ")
            && text::word_count(line) <= 3
            && line.split_whitespace().all(text::is_capitalized));
    RELATED_HEADINGS.contains(&lower.as_str())
        || (more && !ends_sentence(line))
        || (cjk_suffix && line.chars().count() <= MAX_CJK_HEADING_CHARS)
}

/// Words of the longest headline of a link.
const MAX_LINK_TITLE_WORDS: usize = 16;

/// A link title under such a heading: headline-like, not a sentence of prose (a question or
/// an exclamation may be a headline).
pub fn is_link_title(line: &str) -> bool {
    let words = text::word_count(line);
    words <= MAX_LINK_TITLE_WORDS && (!line.ends_with('.') || line.ends_with(['?', '!']))
}

const MAX_LABEL_BYTES: usize = 80;

/// A section label above the title: `JAPAN / POLITICS`, `NATIONAL`, `Economy`.
pub fn is_section_label(line: &str) -> bool {
    // A label is a few words; the `words > 4` test below needs no longer line to read.
    if line.len() > MAX_LABEL_BYTES {
        return false;
    }
    let words = text::word_count(line);
    if words == 0 || words > 4 || ends_sentence(line) {
        return false;
    }
    let upper = line.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
    upper || is_menu(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_bars_and_buttons_are_chrome() {
        for line in [
            "print page small font big font",
            "facebook share",
            "tweet share",
            "Share",
            "Copy link",
            "Advertisement",
            "Subscribe to our newsletter",
            "Get the Courier's morning briefing in your inbox.",
            "Listen to this article",
            "3 min read",
            "Gift this article",
            "Follow us on X",
            "Comments (3)",
            "https://example.com/news/123",
            "Read more: Seoul shares close higher",
            "Our Standards: The Thomson Reuters Trust Principles.",
            "Home | World | Business | Tech",
            "Home › World › Asia",
            "الرئيسية | أخبار | رياضة | اقتصاد | صحة وتكنولوجيا",
            "ראשי | חדשות | ספורט | כלכלה",
            "होम | देश | दुनिया | खेल",
            "（経済部）",
            "(사회부)",
            "공유하기",
            "페이스북 트위터 카카오톡 링크복사",
            "文字サイズ",
            "* * *",
            "This website uses cookies to improve your experience while you navigate through the website. Out of these, \
             the cookies that are necessary are stored on your browser.",
        ] {
            assert!(is_chrome(line), "{line}");
        }
    }

    #[test]
    fn one_sentence_paragraphs_are_never_chrome() {
        for line in [
            "Share prices fell sharply.",
            "The talks ended without agreement.",
            "Print is not dead.",
            "Read the statement in full below.",
            "More than 200 people attended.",
            "AP Photo/Ahn Young-joon",
            "It was 2025/26.",
            "Seoul",
            "Kim Min-ji",
            "The bakery sold 2,000 cookies on its first day.",
        ] {
            assert!(!is_chrome(line), "{line}");
        }
    }

    #[test]
    fn related_headings_and_section_labels() {
        assert!(is_related_heading("Related articles"));
        assert!(is_related_heading("MOST VIEWED"));
        assert!(is_related_heading("More from Asia:"));
        assert!(!is_related_heading("Related articles show a trend in the data."));
        assert!(is_related_heading("More On:"));
        assert!(!is_related_heading("More on that later."));
        assert!(is_related_heading("More World"));
        assert!(!is_related_heading("More to come"));
        assert!(is_section_label("JAPAN / POLITICS"));
        assert!(is_section_label("NATIONAL"));
        assert!(!is_section_label("Lee, Takaichi call for deeper Korea-Japan ties"));
    }
}
