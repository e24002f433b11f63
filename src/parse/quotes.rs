//! Quotation marks in the body: “…”, straight "…", 「…」; a quote may run over paragraphs
//! (opening mark repeated at each paragraph, closing mark only at the end).
//!
//! Marks are found with `memchr` over the few bytes that can start one, then paired.

/// One quotation as found in the body, before deciding whether it is speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Paragraph of the opening mark.
    pub paragraph: usize,
    /// Byte offset of the opening mark in that paragraph.
    pub open: usize,
    /// Paragraph of the closing mark.
    pub end_paragraph: usize,
    /// Byte offset just after the closing mark in `end_paragraph`.
    pub close: usize,
    /// The words inside the marks; parts of a multi-paragraph quote joined by one space.
    pub text: String,
    pub style: Style,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Curly,
    Straight,
    /// Japanese corner brackets.
    Corner,
    /// `‘…’` or `'…'` as the main marks ([`super::single`]).
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(Style),
    Close(Style),
    /// A straight `"`: which one depends on its neighbours.
    Straight,
}

/// Every mark in `p`, with its byte offset and length. Two right single marks (`’’`) close a
/// double quotation, as some wire copy types them.
fn marks(p: &str) -> Vec<(usize, usize, Mark)> {
    let bytes = p.as_bytes();
    let mut out = Vec::new();
    let mut skip_to = 0;
    for i in memchr::memchr3_iter(b'"', 0xE2, 0xE3, bytes) {
        if i < skip_to {
            continue;
        }
        let mark = match &bytes[i..bytes.len().min(i + 6)] {
            [b'"', ..] => (1, Mark::Straight),
            [0xE2, 0x80, 0x9C, ..] => (3, Mark::Open(Style::Curly)),
            [0xE2, 0x80, 0x9D, ..] => (3, Mark::Close(Style::Curly)),
            [0xE2, 0x80, 0x99, 0xE2, 0x80, 0x99] => (6, Mark::Close(Style::Curly)),
            [0xE3, 0x80, 0x8C, ..] => (3, Mark::Open(Style::Corner)),
            [0xE3, 0x80, 0x8D, ..] => (3, Mark::Close(Style::Corner)),
            _ => continue,
        };
        skip_to = i + mark.0;
        out.push((i, mark.0, mark.1));
    }
    out
}

/// A straight quote opens after a space or an opening bracket (or at the start), and
/// closes before a space, punctuation, or the end.
fn straight_opens(p: &str, at: usize) -> Option<bool> {
    let before = p[..at].chars().next_back();
    let after = p[at + 1..].chars().next();
    let open_before = before.is_none_or(|c| c.is_whitespace() || "([{—–-‘:".contains(c));
    let close_after = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-’".contains(c));
    match (open_before, close_after) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// An open quotation waiting for its closing mark.
struct Open {
    style: Style,
    paragraph: usize,
    at: usize,
    /// Text of earlier paragraphs' parts.
    parts: Vec<String>,
    /// Start of the current part's text in the current paragraph.
    inner: usize,
}

/// Finds and pairs every quotation in the paragraphs.
pub fn find(paragraphs: &[String]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut open: Option<Open> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let marks = marks(p);
        if marks.is_empty() && open.is_none() {
            spans.extend(super::single::find(pi, p));
            continue;
        }
        // A quote carried over from the previous paragraph: its text here starts at the top.
        if let Some(o) = open.as_mut() {
            o.inner = 0;
        }
        let mut first = true;
        for &(at, len, mark) in &marks {
            let leading = first && p[..at].trim().is_empty();
            first = false;
            let continued = open.as_ref().is_some_and(|o| o.paragraph < pi);
            let mark = match mark {
                // The opening mark repeated at the start of a continued paragraph.
                Mark::Straight if leading && continued => Mark::Open(Style::Straight),
                Mark::Straight => match (straight_opens(p, at), &open) {
                    (Some(true), Some(o)) if o.style == Style::Straight && o.paragraph == pi => {
                        Mark::Close(Style::Straight)
                    }
                    (Some(true), _) => Mark::Open(Style::Straight),
                    // Pages mix the marks: a straight one may close a curly opening (but after a
                    // digit inside curly marks it is an inch mark: `5'10"`).
                    (Some(false) | None, Some(o))
                        if o.style == Style::Straight
                            || (o.style == Style::Curly && !p[..at].ends_with(|c: char| c.is_ascii_digit())) =>
                    {
                        Mark::Close(o.style)
                    }
                    (Some(false), _) => Mark::Close(Style::Straight),
                    (None, _) => Mark::Open(Style::Straight),
                },
                // …and a curly closing mark a straight opening.
                Mark::Close(Style::Curly) if open.as_ref().is_some_and(|o| o.style == Style::Straight) => {
                    Mark::Close(Style::Straight)
                }
                m => m,
            };
            match mark {
                // The opening mark repeated at the start of a continued paragraph.
                Mark::Open(style) if leading && open.as_ref().is_some_and(|o| o.style == style && o.paragraph < pi) => {
                    if let Some(o) = open.as_mut() {
                        o.inner = at + len;
                    }
                }
                // Nested 「 inside 「…」 (or a stray opening mark) does not start a new quote.
                Mark::Open(Style::Corner) if open.as_ref().is_some_and(|o| o.style == Style::Corner) => {}
                Mark::Open(style) => {
                    open = Some(Open { style, paragraph: pi, at, parts: Vec::new(), inner: at + len });
                }
                Mark::Close(style) => {
                    if let Some(o) = open.take_if(|o| o.style == style) {
                        let mut parts = o.parts;
                        parts.push(p[o.inner..at].trim().to_string());
                        spans.push(Span {
                            paragraph: o.paragraph,
                            open: o.at,
                            end_paragraph: pi,
                            close: at + len,
                            text: clean_text(&parts.join(" ")),
                            style,
                        });
                    }
                }
                Mark::Straight => {}
            }
        }
        // Still open at the end of the paragraph: it continues only if the next paragraph
        // opens with the same mark; otherwise the mark was stray.
        if let Some(o) = open.as_mut() {
            let next_opens = paragraphs.get(pi + 1).is_some_and(|n| starts_with_open(n, o.style));
            if next_opens {
                let part = p[o.inner..].trim().to_string();
                o.parts.push(part);
            } else {
                open = None;
            }
        }
    }
    spans
}

fn starts_with_open(p: &str, style: Style) -> bool {
    match style {
        Style::Curly => p.starts_with('“'),
        Style::Straight => p.starts_with('"'),
        Style::Corner => p.starts_with('「'),
        Style::Single => false,
    }
}

/// Without a trailing comma (the contract), trimmed.
fn clean_text(text: &str) -> String {
    text.trim().trim_end_matches([',', '，', '、']).trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(paragraphs: &[&str]) -> Vec<(String, usize)> {
        let owned: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
        find(&owned).into_iter().map(|s| (s.text, s.paragraph)).collect()
    }

    #[test]
    fn curly_quotes_lose_their_trailing_comma_but_keep_a_period() {
        assert_eq!(
            texts(&["He said it “is more important than ever,” adding more, and “a higher level.”"]),
            [("is more important than ever".to_string(), 0), ("a higher level.".to_string(), 0)]
        );
    }

    #[test]
    fn a_quote_over_three_paragraphs_is_one_quote() {
        let got = texts(&["Intro.", "“First part.", "“Second part.", "“Third part,” she said.", "After."]);
        assert_eq!(got, [("First part. Second part. Third part".to_string(), 1)]);
    }

    #[test]
    fn straight_quotes_pair_around_apostrophes() {
        let got = texts(&[r#""It's the leaders' call," she said. "We don't know.""#]);
        assert_eq!(got, [("It's the leaders' call".to_string(), 0), ("We don't know.".to_string(), 0)]);
    }

    #[test]
    fn nested_single_quotes_and_corner_brackets_stay_inside() {
        assert_eq!(texts(&["“He said ‘no’ twice,” she said."]), [("He said ‘no’ twice".to_string(), 0)]);
        assert_eq!(texts(&["首相は「『海』を読んだ」と述べた。"]), [("『海』を読んだ".to_string(), 0)]);
    }

    #[test]
    fn straight_and_curly_marks_pair_with_each_other() {
        let got = texts(&[r#"He said, “it is over," and left. "We won,” she said. “Again,’’ he added."#]);
        assert_eq!(got, [("it is over".to_string(), 0), ("We won".to_string(), 0), ("Again".to_string(), 0)]);
        assert_eq!(texts(&["“It is 5'10\" tall,” he said."]), [("It is 5'10\" tall".to_string(), 0)]);
    }

    #[test]
    fn unbalanced_marks_are_dropped_not_run_to_the_end() {
        assert_eq!(texts(&["An “open mark with no end.", "Next paragraph."]), []);
        assert_eq!(texts(&["A stray close” mark."]), []);
    }
}
