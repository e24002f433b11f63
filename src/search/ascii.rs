//! ASCII queries found without the regex: see [`AsciiNeedle`].

use aho_corasick::{Span, packed};

/// An ASCII query of more than one byte, or of one rare byte, found without regard to case
/// without the regex: by a search for its rarest part in every case ([`Finder`]) and a
/// comparison of the bytes around each place found. The regex's own search looks for the
/// first few letters (`the` in `the g`) and stops at every one of them: over generated article
/// text, this takes 0.3 to 0.9 times its time.
///
/// Without regard to case, an ASCII letter matches itself in either case and nothing else,
/// but for `k` (also KELVIN SIGN) and `s` (also LONG S): a text holding either, for a query
/// holding the letter, goes to the regex.
#[derive(Debug, Clone)]
pub(super) struct AsciiNeedle {
    lower: Vec<u8>,
    /// Where in the query the part searched for starts.
    anchor: usize,
    finder: Finder,
    /// KELVIN SIGN and LONG S (UTF-8), when the query holds `k` or `s`.
    folds: Vec<&'static [u8]>,
}

/// How an [`AsciiNeedle`] finds where it may match.
#[derive(Debug, Clone)]
pub(super) enum Finder {
    /// `memchr2` for one byte of the query in both cases: a byte rare in English (`k`, `z`,
    /// a digit) is found at close to the speed of memory.
    Byte,
    /// A SIMD search (aho-corasick's Teddy) for every case of a window of up to four bytes:
    /// around the space between the query's last two words (`he g` in `the g`: 8 spellings),
    /// else of its rarest letters where no single byte is rare enough.
    Window(packed::Searcher),
}

/// Bytes in English text, most common first. Digits and punctuation rank with the rarer letters.
const BY_FREQUENCY: &[u8] = b" etaoinsrhldcumfpgwybvkxjqz";
/// The rank from which one byte is rare enough to search for alone: `v` and rarer.
const RARE_ENOUGH: usize = 21;
/// The longest window searched for in every case: 16 spellings at most.
const WINDOW: usize = 4;

/// How common a byte (lower-cased) is in English text: its rank in [`BY_FREQUENCY`].
fn commonness(byte: u8) -> usize {
    BY_FREQUENCY.iter().position(|&b| b == byte).unwrap_or(RARE_ENOUGH)
}

impl AsciiNeedle {
    /// `None` for the regex: a query of one common byte (which it finds at once), a non-ASCII
    /// query, or one with no rare byte on a CPU without Teddy.
    pub(super) fn new(text: &str) -> Option<Self> {
        if text.is_empty() || !text.is_ascii() {
            return None;
        }
        let lower = text.as_bytes().to_ascii_lowercase();
        let folds = [(b'k', "\u{212A}"), (b's', "\u{17F}")]
            .into_iter()
            .filter(|(letter, _)| lower.contains(letter))
            .map(|(_, sign)| sign.as_bytes())
            .collect();
        let rarest = (0..lower.len()).max_by_key(|&at| commonness(lower[at]))?;
        let byte = (commonness(lower[rarest]) >= RARE_ENOUGH).then_some((rarest, Finder::Byte));
        let len = lower.len().min(WINDOW);
        // Where two words meet is rarer than any letter of a word (`nt s` against the `v` of
        // every `government`): the window around the space goes first.
        let (anchor, finder) = if let Some(space) = Self::between_words(&lower) {
            Self::window(&lower, space.saturating_sub(WINDOW / 2).min(lower.len() - len)).or(byte)?
        } else if byte.is_some() || len < 2 {
            byte?
        } else {
            let rarity = |at: usize| lower[at..at + len].iter().map(|&b| commonness(b)).sum::<usize>();
            Self::window(&lower, (0..=lower.len() - len).max_by_key(|&at| rarity(at))?)?
        };
        Some(AsciiNeedle { lower, anchor, finder, folds })
    }

    /// The last space of the query with a byte on either side.
    fn between_words(lower: &[u8]) -> Option<usize> {
        lower.iter().rposition(|&b| b == b' ').filter(|&at| at > 0 && at + 1 < lower.len())
    }

    /// A Teddy searcher for every spelling of the window of up to [`WINDOW`] bytes at
    /// `anchor`, if the CPU has Teddy.
    fn window(lower: &[u8], anchor: usize) -> Option<(usize, Finder)> {
        let len = lower.len().min(WINDOW);
        let mut spellings = vec![Vec::with_capacity(len)];
        for &byte in &lower[anchor..anchor + len] {
            let upper = byte.to_ascii_uppercase();
            let mut more = Vec::new();
            for spelling in &mut spellings {
                if upper != byte {
                    let mut other = spelling.clone();
                    other.push(upper);
                    more.push(other);
                }
                spelling.push(byte);
            }
            spellings.append(&mut more);
        }
        let searcher =
            packed::Config::new().match_kind(packed::MatchKind::LeftmostFirst).builder().extend(spellings).build()?;
        Some((anchor, Finder::Window(searcher)))
    }

    /// Where the query starts in `haystack`, overlapping matches included; `None` when only
    /// the regex can tell (a sign that folds to a letter, looked for unless `signs` says the
    /// text holds none).
    pub(super) fn starts<'a>(&'a self, haystack: &'a str, signs: bool) -> Option<impl Iterator<Item = usize> + 'a> {
        let bytes = haystack.as_bytes();
        // One pass for both signs, by their last bytes (E2 84 AA and C5 BF).
        if signs
            && !self.folds.is_empty()
            && memchr::memchr2_iter(0xAA, 0xBF, bytes)
                .any(|i| self.folds.iter().any(|sign| bytes[..=i].ends_with(sign)))
        {
            return None;
        }
        let places = match &self.finder {
            Finder::Byte => {
                let byte = self.lower[self.anchor];
                Places::Byte(memchr::memchr2_iter(byte, byte.to_ascii_uppercase(), bytes))
            }
            Finder::Window(searcher) => Places::Window { searcher, bytes, from: 0 },
        };
        let (needle, anchor) = (&self.lower[..], self.anchor);
        Some(places.filter_map(move |at| {
            let start = at.checked_sub(anchor)?;
            bytes.get(start..start + needle.len()).filter(|window| window.eq_ignore_ascii_case(needle)).map(|_| start)
        }))
    }

    /// Whether the query is in `haystack`, as [`AsciiNeedle::starts`] tells.
    pub(super) fn is_match(&self, haystack: &str, signs: bool) -> Option<bool> {
        Some(self.starts(haystack, signs)?.next().is_some())
    }
}

/// Where an [`AsciiNeedle`]'s searched-for part is, in order.
enum Places<'a> {
    Byte(memchr::Memchr2<'a>),
    Window { searcher: &'a packed::Searcher, bytes: &'a [u8], from: usize },
}

impl Iterator for Places<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        match self {
            Places::Byte(found) => found.next(),
            Places::Window { searcher, bytes, from } => {
                let found = searcher.find_in(*bytes, Span::from(*from..bytes.len()))?;
                // The next place may overlap this one (`aa` in `aaa`).
                *from = found.start() + 1;
                Some(found.start())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use regex::RegexBuilder;

    use super::*;
    use crate::search::Query;

    #[test]
    fn every_finder_matches_as_the_regex_does() {
        // A rare byte alone (`k`, `,`), a window of four (`he g`) or two (`ab`), and places
        // that overlap a failed one (`aab` in `aaab`).
        let cases = [
            ("said k", "X SAID KIM"),
            ("the g", "bathe then THE Gulf"),
            ("aab", "aaab"),
            ("ab", "xaAB"),
            ("a,b", "a,a,b"),
            ("the g", "the\ngate"),
            ("zz", "z z"),
            ("babab", "aababab"),
        ];
        for (query, text) in cases {
            let long = format!("{}{text}", "filler text without it; ".repeat(8));
            let regex = RegexBuilder::new(&regex::escape(query)).case_insensitive(true).build().unwrap();
            for haystack in [text, long.as_str()] {
                assert_eq!(Query::new(query).is_match(haystack), regex.is_match(haystack), "{query:?} in {haystack:?}");
            }
        }
        let finder = |q: &str| AsciiNeedle::new(q).map(|n| matches!(n.finder, Finder::Byte));
        assert_eq!([finder("zk"), finder(","), finder("e"), finder("é")], [Some(true), Some(true), None, None]);
        if packed::Config::new().builder().add("ab").build().is_some() {
            assert_eq!([finder("the g"), finder("said k"), finder("a b")], [Some(false); 3]);
        }
    }
}
