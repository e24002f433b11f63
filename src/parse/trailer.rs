//! Trailers: copyright lines (the outlet), `(END)`, `Reporting by …; Editing by …`, and the
//! legal lines that go with them.

use super::lexicon::{COPYRIGHT_MARKERS, FIRST_PUBLISHED_MARKERS, LEGAL_PHRASES};
use super::phrases::Phrases;
use super::text::{self, starts_with_ignore_case};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Trailer {
    /// The outlet named by a copyright line or a "first published by" line.
    pub source: Option<String>,
    /// The reporter of a `Reporting by` line.
    pub byline: Option<String>,
    /// A copyright line or `(END)`: what follows is page footer, not body.
    pub ends_body: bool,
}

const MAX_TRAILER: usize = 300;

/// Recognises a trailer line.
pub fn parse_line(line: &str) -> Option<Trailer> {
    if line.len() > MAX_TRAILER {
        return None;
    }
    let plain = line.trim_matches(|c: char| matches!(c, '<' | '>' | '[' | ']' | '(' | ')' | '/' | '-' | ' '));
    if ["END", "끝", "완", "了"].iter().any(|e| plain.eq_ignore_ascii_case(e)) && line.len() < 12 {
        return Some(Trailer { ends_body: true, ..Trailer::default() });
    }
    if let Some(source) = copyright_source(line) {
        let source = (!source.is_empty()).then_some(source);
        return Some(Trailer { source, ends_body: true, ..Trailer::default() });
    }
    if let Some(byline) = reporting_by(line) {
        return Some(Trailer { byline, ..Trailer::default() });
    }
    // Press releases end with `SOURCE Company Name`.
    if let Some(company) = line.strip_prefix("SOURCE ") {
        let name = outlet_name(company).filter(|n| !n.is_empty());
        return Some(Trailer { source: name, ..Trailer::default() });
    }
    // The remaining shapes are short lines of their own.
    if line.len() > 200 {
        return None;
    }
    static FIRST_PUBLISHED: Phrases = Phrases::new(FIRST_PUBLISHED_MARKERS);
    static LEGAL: Phrases = Phrases::new(LEGAL_PHRASES);
    if let Some((i, marker)) = FIRST_PUBLISHED.find(line) {
        let name = outlet_name(&line[i + marker.len()..]).filter(|n| !n.is_empty());
        return Some(Trailer { source: name, ..Trailer::default() });
    }
    LEGAL.is_in(line).then(Trailer::default)
}

/// The outlet of a copyright line, `Some("")` for one that names none, `None` for other lines.
fn copyright_source(line: &str) -> Option<String> {
    let inner = line.trim_start_matches(['<', '[', '(', ' ']).trim_end_matches(['>', ']', ' ']);
    let starts = COPYRIGHT_MARKERS.iter().any(|m| starts_with_ignore_case(inner, m));
    if !starts {
        return None;
    }
    let mut rest = inner;
    // Strip markers, years and `by` in any order: `Copyright (c) 2026 by …`, `저작권자(c)`.
    loop {
        let before = rest.len();
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '-'));
        for m in COPYRIGHT_MARKERS.iter().chain(&["by ", "all content "]) {
            if starts_with_ignore_case(rest, m) {
                rest = &rest[m.len()..];
            }
        }
        let digits =
            rest.chars().take_while(|c| c.is_ascii_digit() || *c == '-' || *c == '–').map(char::len_utf8).sum();
        if digits >= 4 {
            rest = &rest[digits..];
        }
        if rest.len() == before {
            break;
        }
    }
    // `Copyright holders sued the company…` is prose, not a copyright line.
    let name = outlet_name(rest)?;
    (line.len() <= 160 || name.is_empty()).then_some(name)
}

/// The outlet's name at the start of `rest`: up to `.`, `,`, `|` or `All rights reserved`.
fn outlet_name(rest: &str) -> Option<String> {
    let end = first_stop(rest);
    let name = rest[..end].trim().trim_end_matches(['.', ',', ';']).trim();
    // `© The Lantern 2026`: the year after the name.
    let name = match name.rsplit_once(' ') {
        Some((head, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => head.trim_end(),
        _ => name,
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised =
        words.iter().filter(|w| text::is_capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit())).count();
    let looks_like_a_name =
        words.len() <= 8 && (words.is_empty() || (text::is_capitalized(words[0]) && capitalised * 2 >= words.len()));
    looks_like_a_name.then(|| name.to_string())
}

/// Where the outlet's name stops: the first of `all rights reserved`, `unauthorized`, `무단`,
/// `. `, `, `, ` | `, `|`, `，` or `。` (ASCII letters in any case), else the end. One pass over
/// the bytes, each looked at only against the stops that begin with it.
fn first_stop(rest: &str) -> usize {
    (0..rest.len())
        .find(|&i| {
            let stops: &[&str] = match rest.as_bytes()[i].to_ascii_lowercase() {
                b'a' => &["all rights reserved"],
                b'u' => &["unauthorized"],
                b'.' => &[". "],
                b',' => &[", "],
                b' ' => &[" | "],
                b'|' => &["|"],
                0xEB => &["무단"],
                0xEF => &["，"],
                0xE3 => &["。"],
                _ => return false,
            };
            rest.get(i..).is_some_and(|tail| stops.iter().any(|stop| text::starts_with_ignore_case(tail, stop)))
        })
        .unwrap_or(rest.len())
}

/// `Reporting by A in Seoul; Editing by B` -> `Some(Some("A"))`.
fn reporting_by(line: &str) -> Option<Option<String>> {
    let inner = line.trim_matches(|c: char| matches!(c, '(' | ')' | ' '));
    let starts = ["reporting by ", "reported by ", "writing by ", "compiled by ", "additional reporting by "];
    if !starts.iter().any(|s| starts_with_ignore_case(inner, s)) {
        return None;
    }
    // `Additional reporting by B` names a helper, not the author.
    if starts_with_ignore_case(inner, "additional reporting by ") {
        return Some(None);
    }
    let first = inner.split(';').next().unwrap_or("");
    let name = first.split_once(" by ").map_or("", |(_, n)| n);
    // `Tom Aldridge and Yuki Sato in Tokyo`: every reporter, without the place.
    let name = name.split(" in ").next().unwrap_or("");
    let name = name.split(',').next().unwrap_or("").trim();
    Some((!name.is_empty() && text::word_count(name) <= 8).then(|| name.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(line: &str) -> Option<String> {
        parse_line(line).and_then(|t| t.source)
    }

    #[test]
    fn copyright_lines_name_the_outlet() {
        assert_eq!(source("Copyright by Asiatoday").as_deref(), Some("Asiatoday"));
        assert_eq!(
            source("Copyright 2026 The Associated Press. All rights reserved.").as_deref(),
            Some("The Associated Press")
        );
        assert_eq!(source("© 2026 Korea Daily").as_deref(), Some("Korea Daily"));
        assert_eq!(
            source("Copyright (c) 2026 The Northern Herald. All rights reserved.").as_deref(),
            Some("The Northern Herald")
        );
        assert_eq!(source("Copyright ⓒ Korea Tech Daily. All rights reserved.").as_deref(), Some("Korea Tech Daily"));
        assert_eq!(
            source("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>").as_deref(),
            Some("연합뉴스")
        );
        assert_eq!(source("ⓒ 한국일보").as_deref(), Some("한국일보"));
        assert_eq!(source("© 共同通信社").as_deref(), Some("共同通信社"));
        assert_eq!(
            source("Copyright © 2026 The Japan Times. All rights reserved.").as_deref(),
            Some("The Japan Times")
        );
    }

    #[test]
    fn end_marks_and_reporting_lines() {
        assert!(parse_line("(END)").unwrap().ends_body);
        assert_eq!(
            parse_line("Additional reporting by Yuka Obayashi; Editing by Lincoln Feast").map(|t| t.byline),
            Some(None)
        );
        assert_eq!(
            parse_line("Reporting by Daniel Osei in Accra; Editing by Mark Holloway").unwrap().byline.as_deref(),
            Some("Daniel Osei")
        );
        assert!(parse_line("All rights reserved.").is_some());
    }

    #[test]
    fn the_name_stops_at_the_first_stop_as_a_search_for_each_would_find_it() {
        let stops = ["all rights reserved", "unauthorized", "무단", ". ", ", ", " | ", "|", "，", "。"];
        for rest in [
            "The Herald. ALL RIGHTS RESERVED", "연합뉴스, 무단 전재", "共同通信社，禁止转载。",
            "Daily | Unauthorized use", "Plain Name", "é.|ü, a", "",
        ] {
            let each = stops.iter().filter_map(|stop| text::find_ignore_case(rest, stop)).min();
            assert_eq!(first_stop(rest), each.unwrap_or(rest.len()), "{rest:?}");
        }
    }

    #[test]
    fn prose_about_copyright_is_not_a_trailer() {
        assert_eq!(parse_line("The copyright lawsuit was filed in Seoul on Monday."), None);
        assert_eq!(parse_line("The end of the year is near."), None);
        assert_eq!(
            parse_line(
                "Copyright holders sued the company on Monday, saying the model copied millions of their articles."
            ),
            None
        );
    }
}
