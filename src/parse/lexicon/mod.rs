//! Every word list the parser uses, in one place: page chrome, dates, credits, speech.
//! Lists are lower-case; the ones the parser looks words up in are [`WordSet`]s (and
//! [`WordMap`]s when a word stands for a value).

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

mod cjk;
mod dates;
mod names;
mod page;
mod people;
mod speech;

pub use cjk::*;
pub use dates::*;
pub use names::*;
pub use page::*;
pub use people::*;
pub use speech::*;

/// Words that make up share bars, font buttons, menus and other page furniture. A short line
/// made only of these (and [`GLUE_WORDS`]) is chrome, never body text.
pub static UI_WORDS: WordSet = WordSet::new(&[
    "a", "a+", "a-", "aa", "accessibility", "ad", "ads", "advertisement", "advertising", "app", "article", "articles",
    "audio", "back", "band", "big", "bigger", "blog", "bluesky", "bookmark", "bookmarks", "button", "cancel",
    "careers", "claps", "click", "close", "comment", "comments", "contact", "content", "contents", "cookies", "copied",
    "copy", "decrease", "douyin", "download", "e-mail", "edition", "email", "enlarge", "expand", "facebook", "feed",
    "feedback", "flipboard", "follow", "follower", "followers", "font", "fonts", "gallery", "gift", "go", "google",
    "hatena", "help", "home", "in", "increase", "index", "information", "instagram", "kakao", "kakaostory",
    "kakaotalk", "larger", "like", "line", "link", "linkedin", "listen", "log", "login", "logout", "mail", "main",
    "mastodon", "menu", "messenger", "min", "mins", "minute", "minutes", "more", "naver", "naverblog", "navigation",
    "network", "newsletter", "newsletters", "next", "notifications", "open", "page", "pdf", "photo", "photos",
    "pinterest", "play", "pocket", "podcast", "policy", "post", "prev", "previous", "print", "printer", "privacy",
    "qq", "read", "reddit", "register", "reply", "reprints", "responses", "rss", "save", "saved", "scrap", "search",
    "sections", "send", "share", "shares", "sharing", "sign", "site", "size", "skip", "small", "smaller", "snapchat",
    "social", "sponsored", "status", "story", "subscribe", "subscription", "telegram", "terms", "text", "threads",
    "tiktok", "toggle", "top", "translate", "translation", "tumblr", "tweet", "twitter", "up", "url", "viber", "video",
    "view", "vk", "wechat", "weibo", "whatsapp", "x", "youtube", "zalo", "zoom",
]);

/// Small words that may sit between UI words ("Subscribe to our newsletter").
pub static GLUE_WORDS: WordSet = WordSet::new(&[
    "&", "+", "-", "/", "and", "by", "for", "free", "here", "in", "it", "me", "now", "of", "on", "or", "our", "the",
    "this", "to", "us", "via", "with", "your", "|", "·", "•",
]);

/// Chrome words of Korean and Japanese pages, matched inside space-less runs.
pub const CJK_UI_WORDS: &[&str] = &[
    "공유하기", "공유", "인쇄하기", "인쇄", "글자크기", "글씨크기", "크게", "작게", "스크랩", "페이스북", "트위터",
    "카카오톡", "카카오스토리", "카카오", "네이버", "밴드", "링크복사", "url복사", "복사", "기사듣기", "듣기", "댓글",
    "구독", "좋아요", "추천", "메일", "이메일", "닫기", "가", "목록", "이전", "다음", "기사", "シェアする", "シェア",
    "ツイート", "印刷", "保存", "コメント", "文字サイズ", "拡大", "縮小", "フォロー", "購読", "会員登録", "ログイン",
    "広告", "スポンサーリンク", "メール", "ブックマーク", "はてな", "リンク", "コピー", "大", "中", "小", "본문",
    "바로가기", "전체메뉴", "메뉴", "검색", "로그인", "회원가입", "홈", "조절하기", "조절", "글씨", "크기",
    "기사보내기", "보내기", "프린트", "뉴스레터", "本文へ", "メニュー", "ホーム", "検索", "スキップ",
];

/// Whole chrome lines that contain ordinary words, matched by prefix (lower-case).
pub const CHROME_PREFIXES: &[&str] = &[
    "(attn:", "(with inputs from", "a correction was made", "a version of this article", "about the author",
    "all rights reserved", "also read", "back to top", "by signing up", "citation:", "click here", "continue reading",
    "correction:", "corrections and clarifications", "don't miss", "download the", "enter your email", "follow us",
    "for immediate release", "for more news", "free weekly newsletter", "get poll alerts", "get the latest",
    "go to contents", "go to menu", "got a confidential news tip", "join the conversation", "journal information:",
    "jump to", "leave a comment", "media contact", "more information:", "most read", "most viewed", "order reprints",
    "our standards:", "press contact", "read more:", "read the full", "recommended from", "recommended:", "related:",
    "reuse this content", "see also:", "share full article", "sign up for", "sign up here", "sign up to", "site index",
    "skip to", "subscribe to", "this advertisement", "this article is more than", "watch:", "we use cookies",
    "when we learn of a mistake", "you might also like", "この記事は有料記事です", "この記事の写真", "기사 읽어주기",
    "무단 전재", "무단전재", "본문 글씨", "브라우저에서만", "읽어주기",
];

/// Headings of link lists: the headline-like lines under them are chrome too.
pub const RELATED_HEADINGS: &[&str] = &[
    "also read", "contact", "contacts", "editor's picks", "latest news", "latest stories", "media contact",
    "media contacts", "more from", "more in", "more news", "more on this story", "more stories", "most popular",
    "most read", "most viewed", "popular", "press contact", "read more", "recommended", "recommended from medium",
    "recommended stories", "related", "related article", "related articles", "related coverage", "related news",
    "related stories", "see also", "top stories", "trending", "trending now", "what to read next", "you may also like",
    "you might also like", "おすすめ記事", "この記事の関連ニュース", "人気記事", "注目のコンテンツ", "注目記事",
    "関連ニュース", "関連記事", "관련 기사", "관련기사", "많이 본 뉴스", "인기기사",
];

/// Credits' own words: a parenthesis or slash holding one of these at the end of a line
/// makes it a photo caption.
pub static AGENCIES: WordSet = WordSet::new(&[
    "afp", "ansa", "ap", "bernama", "bloomberg", "dpa", "epa", "getty", "getty images", "imagine china", "jiji",
    "kcna", "kyodo", "news1", "newsis", "nhk", "pool", "reuters", "shutterstock", "tass", "upi", "xinhua", "yna",
    "yonhap", "共同", "時事", "뉴스1", "뉴시스", "연합뉴스",
]);

/// Labels before a caption's credit, dropped from the credit: `Photo: Reuters` -> `Reuters`.
pub const CREDIT_LABELS: &[&str] = &[
    "courtesy of", "credit...", "credit:", "credit…", "image by", "image credit:", "image credits:", "image source,",
    "image:", "photo =", "photo by", "photo courtesy of", "photo credit:", "photo credits:", "photo provided by",
    "photo:", "photo=", "photograph by", "photograph:", "photographer:", "photos:", "picture:", "pictured by",
    "provided by", "source:", "©", "ⓒ", "写真:", "写真=", "写真＝", "写真：", "撮影・", "撮影：", "그래픽=", "사진 =",
    "사진 출처 :", "사진 출처 =", "사진 출처:", "사진=", "사진제공=", "자료 =", "자료=", "출처 :", "출처:", "출처=",
];

/// A word list with constant-time lookups: the parser asks these lists about nearly every
/// capitalised word, so a hash set (built on first use) beats a search of the sorted list.
pub struct WordSet {
    pub words: &'static [&'static str],
    index: OnceLock<Index>,
}

/// The set, keyed by bytes (a folded word needs no UTF-8 check), behind a filter: most words
/// looked up are in no list, and the lengths of list words by first byte reject them before
/// any hashing.
struct Index {
    set: FxHashSet<&'static [u8]>,
    lengths: LengthFilter,
}

/// Bit `min(len, 31)` of entry `b`: some word of the list starts with byte `b` and is that long.
struct LengthFilter([u32; 256]);

impl LengthFilter {
    fn of<'w>(words: impl Iterator<Item = &'w str>) -> Self {
        let mut lengths = [0u32; 256];
        for w in words {
            if let Some(&b) = w.as_bytes().first() {
                lengths[usize::from(b)] |= 1 << w.len().min(31);
            }
        }
        Self(lengths)
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        word.first().is_none_or(|&b| self.0[usize::from(b)] & (1 << word.len().min(31)) != 0)
    }
}

impl Index {
    fn may_hold(&self, word: &[u8]) -> bool {
        self.lengths.may_hold(word)
    }
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self { words, index: OnceLock::new() }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index {
            set: self.words.iter().map(|w| w.as_bytes()).collect(),
            lengths: LengthFilter::of(self.words.iter().copied()),
        })
    }

    /// Whether the set holds `lower`, a word already lower-cased (by [`fold_into`]).
    pub fn contains_lower(&self, lower: &[u8]) -> bool {
        let index = self.index();
        index.may_hold(lower) && index.set.contains(lower)
    }
}

pub fn contains(list: &WordSet, word: &str) -> bool {
    let index = list.index();
    index.may_hold(word.as_bytes()) && index.set.contains(word.as_bytes())
}

/// [`contains`] for a word in any case, without allocating for short words.
pub fn contains_folded(list: &WordSet, word: &str) -> bool {
    let bytes = word.as_bytes();
    let index = list.index();
    // Most words looked up are in no list: their first byte and length rule them out before
    // any folding (an upper-case first letter is looked at in lower case, as it will be).
    if let Some(&first) = bytes.first()
        && first.is_ascii()
        && index.lengths.0[usize::from(first.to_ascii_lowercase())] & (1 << bytes.len().min(31)) == 0
    {
        return false;
    }
    if bytes.len() <= FOLD_MAX && bytes.is_ascii() {
        let mut buf = [0u8; FOLD_MAX];
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        // ASCII in, ASCII out: the same bytes `to_lowercase` would give.
        return index.may_hold(lower) && index.set.contains(&*lower);
    }
    let mut buf = [0u8; FOLD_MAX];
    match fold_into(word, &mut buf) {
        Some(lower) => index.may_hold(lower) && index.set.contains(lower),
        None => contains(list, &word.to_lowercase()),
    }
}

/// The longest word (in bytes, lower-cased) folded without allocating.
pub const FOLD_MAX: usize = 32;

/// `word` lower-cased into `buf`, or `None` when it does not fit. Char by char: the same bytes as
/// `str::to_lowercase` but for a Greek final sigma, which no list holds.
pub fn fold_into<'b>(word: &str, buf: &'b mut [u8; FOLD_MAX]) -> Option<&'b [u8]> {
    let mut len = 0;
    for c in word.chars() {
        if c.is_ascii() {
            *buf.get_mut(len)? = c.to_ascii_lowercase() as u8;
            len += 1;
            continue;
        }
        for lower in c.to_lowercase() {
            let n = lower.len_utf8();
            lower.encode_utf8(buf.get_mut(len..len + n)?);
            len += n;
        }
    }
    Some(&buf[..len])
}

/// A word list whose words stand for a number (a month name for its month), looked up as
/// [`WordSet`]s are.
pub struct WordMap {
    pub entries: &'static [(&'static str, u32)],
    index: OnceLock<MapIndex>,
}

struct MapIndex {
    map: FxHashMap<&'static [u8], u32>,
    lengths: LengthFilter,
}

impl WordMap {
    pub const fn new(entries: &'static [(&'static str, u32)]) -> Self {
        Self { entries, index: OnceLock::new() }
    }

    fn index(&self) -> &MapIndex {
        self.index.get_or_init(|| MapIndex {
            map: self.entries.iter().map(|&(w, n)| (w.as_bytes(), n)).collect(),
            lengths: LengthFilter::of(self.entries.iter().map(|e| e.0)),
        })
    }

    /// The number `word` (in any case) stands for.
    pub fn get_folded(&self, word: &str) -> Option<u32> {
        let mut buf = [0u8; FOLD_MAX];
        self.get_lower(fold_into(word, &mut buf)?)
    }

    /// The number `lower`, a word already lower-cased (by [`fold_into`]), stands for.
    pub fn get_lower(&self, lower: &[u8]) -> Option<u32> {
        let index = self.index();
        if !index.lengths.may_hold(lower) {
            return None;
        }
        index.map.get(lower).copied()
    }
}

/// Sections of a site's menu: a line of these, capitalised, is navigation (`Home Recipes
/// Travel About`).
pub static NAV_WORDS: WordSet = WordSet::new(&[
    "about", "arts", "blog", "books", "business", "climate", "contact", "culture", "economy", "entertainment",
    "environment", "food", "health", "home", "lifestyle", "local", "markets", "money", "national", "news", "opinion",
    "politics", "recipes", "science", "shop", "society", "sport", "sports", "style", "tech", "technology", "travel",
    "video", "videos", "weather", "world",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_are_lower_case_without_duplicates() {
        for (name, list) in [
            ("UI_WORDS", UI_WORDS.words),
            ("GLUE_WORDS", GLUE_WORDS.words),
            ("WEEKDAYS", WEEKDAYS.words),
            ("AGENCIES", AGENCIES.words),
            ("SPEECH_VERBS", SPEECH_VERBS.words),
            ("PERSON_TITLES", PERSON_TITLES.words),
            ("ROLE_NOUNS", ROLE_NOUNS.words),
            ("NOT_NAMES", NOT_NAMES.words),
            ("DATE_FILLER", DATE_FILLER.words),
            ("ORG_WORDS", ORG_WORDS.words),
            ("PERSON_NOUNS", PERSON_NOUNS.words),
            ("OBJECT_CUES", OBJECT_CUES.words),
            ("NAV_WORDS", NAV_WORDS.words),
            ("NOBODY", NOBODY.words),
            ("ADVERBS", ADVERBS.words),
            ("NOT_ATTRIBUTION", NOT_ATTRIBUTION.words),
            ("ABBREVIATIONS", ABBREVIATIONS.words),
            ("PLACE_CUES", PLACE_CUES.words),
            ("CLAUSE_OPENERS", CLAUSE_OPENERS.words),
            ("ORG_NOUNS", ORG_NOUNS.words),
            ("NAMED_THINGS", NAMED_THINGS.words),
            ("FEMALE_NAMES", FEMALE_NAMES.words),
            ("MALE_NAMES", MALE_NAMES.words),
            ("COMMON_WORD_NAMES", COMMON_WORD_NAMES.words),
            ("PARTY_LABELS", PARTY_LABELS.words),
            ("PLATFORMS", PLATFORMS.words),
            ("NUMBER_WORDS", NUMBER_WORDS.words),
            ("ORG_REFERENCES", ORG_REFERENCES.words),
            ("GROUP_NOUNS", GROUP_NOUNS.words),
            ("SPOKES_NOUNS", SPOKES_NOUNS.words),
            ("UNNAMED_ROLES", UNNAMED_ROLES),
            ("MALE_NOUNS", MALE_NOUNS),
            ("FEMALE_NOUNS", FEMALE_NOUNS),
            ("FAMILY_NOUNS", FAMILY_NOUNS),
            ("GOVERNMENT_BODIES", GOVERNMENT_BODIES),
            ("ISSUED_TEXTS", ISSUED_TEXTS),
            ("NEEDS_OBJECT", NEEDS_OBJECT),
            ("LY_NOT_ADVERBS", LY_NOT_ADVERBS),
            ("TIME_WORDS", TIME_WORDS),
        ] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), list.len(), "{name} must be free of duplicates");
            assert!(list.iter().all(|w| w.to_lowercase() == *w), "{name} must be lower-case");
        }
        let zones: Vec<&str> = ZONES.iter().map(|z| z.0).collect();
        assert!(zones.is_sorted());
    }
}
