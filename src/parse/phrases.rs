//! Fixed strings searched for in every line, with their searchers built once: a list of
//! phrases in any ASCII case in one pass over a line ([`Phrases`]: what a loop of
//! [`find_ignore_case`](super::text::find_ignore_case) over the list finds, without a search
//! per phrase), and one exact needle ([`Needle`]: setting up its SIMD search costs more than
//! searching a short line).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use memchr::memmem::Finder;

use super::text;

pub struct Phrases {
    list: &'static [&'static str],
    automaton: OnceLock<Option<AhoCorasick>>,
}

impl Phrases {
    pub const fn new(list: &'static [&'static str]) -> Self {
        Self { list, automaton: OnceLock::new() }
    }

    fn automaton(&self) -> Option<&AhoCorasick> {
        self.automaton
            .get_or_init(|| {
                // A contiguous NFA: built in a fraction of a DFA's time, and the lines searched
                // are short.
                AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .match_kind(MatchKind::LeftmostFirst)
                    .ascii_case_insensitive(true)
                    .build(self.list)
                    .ok()
            })
            .as_ref()
    }

    /// The leftmost phrase in `line`: where it starts and which of the list it is. A match
    /// always starts on a character boundary: every phrase starts with a whole character.
    pub fn find(&self, line: &str) -> Option<(usize, &'static str)> {
        match self.automaton() {
            Some(automaton) => automaton.find(line).map(|m| (m.start(), self.list[m.pattern().as_usize()])),
            None => self
                .list
                .iter()
                .filter_map(|p| text::find_ignore_case(line, p).map(|at| (at, *p)))
                .min_by_key(|&(at, _)| at),
        }
    }

    pub fn is_in(&self, line: &str) -> bool {
        self.find(line).is_some()
    }
}

pub struct Needle {
    bytes: &'static [u8],
    finder: OnceLock<Finder<'static>>,
}

impl Needle {
    pub const fn new(bytes: &'static [u8]) -> Self {
        Self { bytes, finder: OnceLock::new() }
    }

    pub fn finder(&self) -> &Finder<'static> {
        self.finder.get_or_init(|| Finder::new(self.bytes))
    }

    pub fn is_in(&self, haystack: &[u8]) -> bool {
        self.finder().find(haystack).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static LIST: Phrases = Phrases::new(&["all rights reserved", "무단 전재", "reply", "leave a reply"]);

    #[test]
    fn finds_what_a_search_for_each_phrase_finds() {
        for line in [
            "ALL RIGHTS RESERVED", "연합뉴스, 무단 전재 금지", "Leave a Reply", "no phrase here", "", "é Reply",
            "rights reserved",
        ] {
            let each = ["all rights reserved", "무단 전재", "reply", "leave a reply"]
                .iter()
                .filter_map(|p| text::find_ignore_case(line, p))
                .min();
            assert_eq!(LIST.find(line).map(|(at, _)| at), each, "{line:?}");
        }
        assert_eq!(LIST.find("Leave a Reply"), Some((0, "leave a reply")));
    }
}
