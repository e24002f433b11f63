//! Single quotation marks as the main quotes, as British pages print them:
//! `‘It’s still music,’ said fan Park Ji-won.` Read only in paragraphs with no double marks
//! (there, single marks are nested quotes), and only where the closing mark follows a comma or
//! a sentence's end, so that apostrophes (`It’s`, `the members’`) and terms (`the ‘new
//! normal’`) are never taken for quotes.

use super::quotes::{Span, Style};

/// The single-quoted passages of paragraph `pi`, if it holds no double or corner marks.
pub fn find(pi: usize, p: &str) -> Vec<Span> {
    if p.contains(['"', '“', '”', '「', '」']) {
        return Vec::new();
    }
    let mut spans = Vec::new();
    // Where the open quotation's mark stands, and where its words start.
    let mut open: Option<(usize, usize)> = None;
    for (at, c) in p.char_indices().filter(|&(_, c)| matches!(c, '\'' | '‘' | '’')) {
        let before = p[..at].chars().next_back();
        let after = p[at + c.len_utf8()..].chars().next();
        let closes = before.is_some_and(|b| matches!(b, ',' | '.' | '!' | '?'))
            && after.is_none_or(|a| a.is_whitespace() || matches!(a, ')' | '—' | '–'));
        match open {
            Some((mark, start)) if closes => {
                let inner = &p[start..at];
                let text = inner.trim().trim_end_matches(',').trim_end();
                if !text.is_empty() {
                    spans.push(Span {
                        paragraph: pi,
                        open: mark,
                        end_paragraph: pi,
                        close: at + c.len_utf8(),
                        text: text.to_string(),
                        style: Style::Single,
                    });
                }
                open = None;
            }
            None if c != '’' => {
                let opens = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '—' | '–' | ':'))
                    && after.is_some_and(|a| !a.is_whitespace());
                if opens {
                    open = Some((at, at + c.len_utf8()));
                }
            }
            _ => {}
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &str) -> Vec<String> {
        find(0, p).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn british_quotes_around_apostrophes() {
        assert_eq!(
            texts(
                "'It's still music, and it's the members singing,' said fan Park Ji-won. 'The avatar is the costume.'"
            ),
            ["It's still music, and it's the members singing", "The avatar is the costume."]
        );
        assert_eq!(texts("‘We don’t know yet,’ she said."), ["We don’t know yet"]);
        let span = &find(0, "Then ‘Go.’ came")[0];
        assert_eq!((span.open, span.close), (5, 14), "the marks' own offsets");
    }

    #[test]
    fn every_short_mix_of_marks_gives_spans_on_character_boundaries() {
        const ALPHABET: [char; 7] = ['a', ' ', '\'', '‘', '’', ',', '.'];
        for n in 0..7usize.pow(6) {
            let text: String = (0..6).map(|k| ALPHABET[n / 7usize.pow(k) % 7]).collect();
            for span in find(0, &text) {
                assert!(text.is_char_boundary(span.open) && text.is_char_boundary(span.close), "{text:?}");
                assert!(span.open < span.close && span.close <= text.len(), "{text:?}");
            }
        }
    }

    #[test]
    fn terms_possessives_and_nested_marks_are_not_quotes() {
        assert!(texts("Lee said that 'trust is built one meeting at a time' and left.").is_empty());
        assert!(texts("The members’ songs and rock 'n' roll of the '80s.").is_empty());
        assert!(texts("“He said ‘no,’ twice,” she said.").is_empty());
    }
}
