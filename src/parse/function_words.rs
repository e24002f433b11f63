//! Function words ("stop words") of the page's language. A sentence of prose is dense in
//! them (`the`, `of`, `que`, `и`, `の`, `은`); a menu, a list of headlines or a footer is
//! not. jusText classifies a page's paragraphs by this density and their length.
//!
//! The lists are published ones, through the `stop-words` crate (MIT OR Apache-2.0): NLTK's
//! stopwords corpus for the European languages, Indonesian and Chinese, and Stopwords ISO
//! (MIT) for Japanese and Korean, which NLTK lacks.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::text::{has_cjk, is_cjk};

/// The languages whose function words are known. Pages in others get no density, and are
/// judged by length and punctuation alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Spaced(usize),
    Chinese,
    Japanese,
    Korean,
    Unknown,
}

/// ISO 639-1 codes of the space-separated languages, in bit order of [`Table::spaced`].
const SPACED: &[&str] = &["en", "de", "fr", "es", "pt", "it", "id", "ru", "nl", "sv"];

/// Words read to tell the language: enough for a clear majority, few enough to be cheap.
const SAMPLE_WORDS: usize = 30;

/// Lines shorter than this are not read to tell the language.
const SAMPLE_LINE_BYTES: usize = 40;

struct Table {
    /// Lower-case word -> bit `i` set when the word is a function word of `SPACED[i]`; words
    /// of up to eight bytes keyed by the bytes packed in a number, a cheaper key to hash.
    spaced: FxHashMap<&'static [u8], u16>,
    short: FxHashMap<u64, u16>,
    /// Bit `min(len, 31)` of entry `b`: some word of `spaced` starts with byte `b` and is
    /// that long. Most words looked up are content words, rejected here before any hashing.
    lengths: [u32; 256],
    /// Single characters that are function words in Chinese (`的`, `了`) or Japanese (`の`).
    chinese: FxHashMap<char, ()>,
    japanese: FxHashMap<char, ()>,
    /// Korean function words, and the one-syllable particles found at the end of words.
    korean: FxHashMap<&'static str, ()>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut spaced: FxHashMap<&'static [u8], u16> = FxHashMap::default();
        let mut lengths = [0u32; 256];
        for (bit, code) in SPACED.iter().enumerate() {
            for word in stop_words::lookup(code).unwrap_or(&[]) {
                *spaced.entry(word.as_bytes()).or_default() |= 1 << bit;
                if let Some(&b) = word.as_bytes().first() {
                    lengths[usize::from(b)] |= 1 << word.len().min(31);
                }
            }
        }
        let single = |code: &str| -> FxHashMap<char, ()> {
            let words = stop_words::lookup(code).unwrap_or(&[]);
            words.iter().filter_map(|w| one_char(w)).filter(|&c| is_cjk(c)).map(|c| (c, ())).collect()
        };
        let korean = stop_words::lookup("ko").unwrap_or(&[]).iter().map(|w| (*w, ())).collect();
        let short = spaced.iter().filter_map(|(w, bits)| packed(w).map(|key| (key, *bits))).collect();
        Table { spaced, short, lengths, chinese: single("zh"), japanese: single("ja"), korean }
    })
}

fn one_char(word: &str) -> Option<char> {
    let mut chars = word.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

impl Language {
    /// The language of most of the page's words: the script for Chinese, Japanese and
    /// Korean, else the list holding the most of them.
    pub fn detect<'a>(lines: impl IntoIterator<Item = &'a str>) -> Language {
        let table = table();
        let (mut hangul, mut kana, mut han, mut words) = (0usize, 0usize, 0usize, 0usize);
        let mut hits = [0usize; SPACED.len()];
        // Long lines are the page's prose; a menu's items tell less about its language.
        for line in lines.into_iter().filter(|l| l.len() >= SAMPLE_LINE_BYTES) {
            if has_cjk(line) {
                for c in line.chars().filter(|&c| is_cjk(c)) {
                    match c as u32 {
                        0xAC00..=0xD7A3 => hangul += 1,
                        0x3040..=0x30FF => kana += 1,
                        0x4E00..=0x9FFF => han += 1,
                        _ => {}
                    }
                }
            }
            for word in line.split_ascii_whitespace().take(SAMPLE_WORDS - words) {
                if let Some(bits) = lookup(table, word) {
                    for (bit, hit) in hits.iter_mut().enumerate() {
                        *hit += usize::from(bits & (1 << bit) != 0);
                    }
                }
                words += 1;
            }
            if words >= SAMPLE_WORDS {
                break;
            }
        }
        let cjk = hangul + kana + han;
        // A page in Korean or Japanese still has English menus: the script decides once it
        // outweighs the spaced words.
        if cjk > words {
            return if hangul * 2 >= cjk {
                Language::Korean
            } else if kana * 10 >= cjk {
                Language::Japanese
            } else {
                Language::Chinese
            };
        }
        match hits.iter().enumerate().max_by_key(|&(bit, n)| (*n, usize::MAX - bit)) {
            Some((bit, &n)) if n > 0 => Language::Spaced(bit),
            _ => Language::Unknown,
        }
    }

    /// The share of a line's words (or, in Chinese and Japanese, characters) that are
    /// function words of this language; `None` when the language has no list.
    pub fn density(self, line: &str) -> Option<f32> {
        let table = table();
        let ratio = |hits: usize, of: usize| if of == 0 { 0.0 } else { hits as f32 / of as f32 };
        match self {
            Language::Spaced(bit) => {
                let (mut hits, mut words) = (0, 0);
                for word in line.split_whitespace() {
                    words += 1;
                    hits += usize::from(lookup(table, word).is_some_and(|bits| bits & (1 << bit) != 0));
                }
                Some(ratio(hits, words))
            }
            Language::Chinese | Language::Japanese => {
                let set = if self == Language::Chinese { &table.chinese } else { &table.japanese };
                let (mut hits, mut chars) = (0, 0);
                for c in line.chars().filter(|&c| is_cjk(c) && !is_cjk_punctuation(c)) {
                    chars += 1;
                    hits += usize::from(set.contains_key(&c));
                }
                Some(ratio(hits, chars))
            }
            Language::Korean => {
                let (mut hits, mut words) = (0, 0);
                for word in line.split_whitespace() {
                    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                    words += 1;
                    // Particles are written onto the word before them: `가격을`, `시장에서`.
                    let tail = |n: usize| word.char_indices().rev().nth(n - 1).map(|(i, _)| &word[i..]);
                    let long = word.chars().count() > 2;
                    let is_function = table.korean.contains_key(word)
                        || (word.chars().count() > 1 && tail(1).is_some_and(|t| table.korean.contains_key(t)))
                        || (long && tail(2).is_some_and(|t| table.korean.contains_key(t)));
                    hits += usize::from(is_function);
                }
                Some(ratio(hits, words))
            }
            Language::Unknown => None,
        }
    }
}

impl Language {
    /// Whether a word (in any case, with its punctuation) is one of this language's function
    /// words; always false for Chinese and Japanese, whose words are not spaced.
    pub fn is_function_word(self, word: &str) -> bool {
        let table = table();
        match self {
            Language::Spaced(bit) => lookup(table, word).is_some_and(|bits| bits & (1 << bit) != 0),
            Language::Korean => table.korean.contains_key(word.trim_matches(|c: char| !c.is_alphanumeric())),
            _ => false,
        }
    }
}

/// `。`, `、`, `「` and the other marks of the CJK Symbols block and full-width forms.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20)
}

/// The languages a word is a function word of, as bits; ASCII words are folded without
/// allocating.
fn lookup(table: &Table, word: &str) -> Option<u16> {
    // Most words are content words: a word whose first letter and length (punctuation
    // around it aside) no function word has is rejected before any trimming or folding.
    if let [first, ..] = word.as_bytes()
        && first.is_ascii_alphabetic()
        && word.as_bytes().last().is_some_and(u8::is_ascii_alphabetic)
        && table.lengths[usize::from(first.to_ascii_lowercase())] & (1 << word.len().min(31)) == 0
    {
        return None;
    }
    // Punctuation around an ASCII word is trimmed byte by byte; other words by character.
    let word = if word.is_ascii() {
        word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
    } else {
        word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
    };
    // No function word is this long: most content words are rejected before any folding.
    if word.is_empty() || word.len() > MAX_WORD_BYTES {
        return None;
    }
    let mut buf = [0u8; MAX_WORD_BYTES * 2];
    let folded: &[u8] = if word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        lower
    } else {
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let width = c.len_utf8();
            if len + width > buf.len() {
                return None;
            }
            c.encode_utf8(&mut buf[len..]);
            len += width;
        }
        &buf[..len]
    };
    let first = usize::from(*folded.first()?);
    if table.lengths[first] & (1 << folded.len().min(31)) == 0 {
        return None;
    }
    match packed(folded) {
        Some(key) => table.short.get(&key).copied(),
        None => table.spaced.get(folded).copied(),
    }
}

/// A word of up to eight bytes as one number (no word holds a zero byte, so the padding is
/// unambiguous).
fn packed(word: &[u8]) -> Option<u64> {
    let mut key = [0u8; 8];
    key.get_mut(..word.len())?.copy_from_slice(word);
    Some(u64::from_le_bytes(key))
}

/// Bytes of the longest function word looked up (`несколько`, `yourselves`, `dementsprechend`).
const MAX_WORD_BYTES: usize = 32;

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(text: &str) -> Language {
        Language::detect(text.lines())
    }

    #[test]
    fn languages_are_told_by_their_function_words_or_script() {
        let code = |l: Language| match l {
            Language::Spaced(bit) => SPACED[bit],
            Language::Chinese => "zh",
            Language::Japanese => "ja",
            Language::Korean => "ko",
            Language::Unknown => "?",
        };
        for (text, want) in [
            ("The council said that it would meet again in the spring.", "en"),
            ("Der Rat sagte, dass er sich im Frühjahr wieder treffen werde.", "de"),
            ("Le conseil a dit qu'il se réunirait de nouveau au printemps.", "fr"),
            ("El consejo dijo que se reuniría de nuevo en la primavera.", "es"),
            ("O conselho disse que voltaria a se reunir na primavera.", "pt"),
            ("Il consiglio ha detto che si riunirà di nuovo in primavera.", "it"),
            ("Dewan mengatakan bahwa mereka akan bertemu lagi pada musim semi.", "id"),
            ("Совет заявил, что снова соберется весной.", "ru"),
            ("市议会表示，他们将在春天再次开会。这是我们的计划。", "zh"),
            ("市議会は春に再び会合を開くと述べた。", "ja"),
            ("시의회는 봄에 다시 회의를 열 것이라고 밝혔다.", "ko"),
            ("12345 67890", "?"),
        ] {
            assert_eq!(code(detect(text)), want, "{text}");
        }
    }

    #[test]
    fn prose_is_denser_in_function_words_than_a_menu() {
        let en = detect("The council said that it would meet again in the spring.");
        let prose = en.density("The council said that it would meet again in the spring.").unwrap_or(0.0);
        let menu = en.density("Sports Business Markets Weather Opinion").unwrap_or(1.0);
        assert!(prose > 0.35 && menu < 0.05, "{prose} {menu}");
        let ko = Language::Korean;
        assert!(ko.density("정부는 시장에서 가격을 올렸다").unwrap_or(0.0) >= 0.5);
        assert!(ko.density("정치 경제 사회 문화").unwrap_or(1.0) < 0.3);
        let ja = Language::Japanese;
        assert!(ja.density("市議会は春に再び会合を開くと述べた。").unwrap_or(0.0) > 0.2);
        assert!(ja.density("政治経済国際").unwrap_or(1.0) < 0.05);
        assert_eq!(Language::Unknown.density("anything"), None);
    }
}
