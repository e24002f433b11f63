//! Every word list the parser uses, in one place: page chrome, dates, credits, speech.
//! Lists are lower-case; the ones the parser looks words up in are [`WordSet`]s.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

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
    "(attn:", "a correction was made", "a version of this article", "about the author", "all rights reserved",
    "also read", "back to top", "by signing up", "citation:", "click here", "continue reading", "correction:",
    "corrections and clarifications", "don't miss", "download the", "enter your email", "follow us",
    "for immediate release", "for more news", "free weekly newsletter", "get poll alerts", "get the latest",
    "go to contents", "go to menu", "got a confidential news tip", "join the conversation", "journal information:",
    "jump to", "leave a comment", "media contact", "more information:", "most read", "most viewed", "order reprints",
    "our standards:", "press contact", "read more:", "read the full", "recommended from", "recommended:", "related:",
    "reuse this content", "see also:", "share full article", "sign up for", "sign up here", "sign up to", "site index",
    "skip to", "subscribe to", "this advertisement", "this article is more than", "watch:", "we use cookies",
    "when we learn of a mistake", "you might also like", "この記事の写真", "기사 읽어주기", "무단 전재", "무단전재",
    "본문 글씨", "브라우저에서만", "읽어주기",
];

/// Headings of link lists: the headline-like lines under them are chrome too.
pub const RELATED_HEADINGS: &[&str] = &[
    "also read", "contact", "contacts", "editor's picks", "latest news", "latest stories", "media contact",
    "media contacts", "more from", "more in", "more news", "more on this story", "more stories", "most popular",
    "most read", "most viewed", "popular", "press contact", "read more", "recommended", "recommended from medium",
    "recommended stories", "related", "related article", "related articles", "related coverage", "related news",
    "related stories", "see also", "top stories", "trending", "trending now", "what to read next", "you may also like",
    "you might also like", "おすすめ記事", "この記事の関連ニュース", "人気記事", "注目のコンテンツ", "注目記事",
    "関連記事", "관련 기사", "관련기사", "많이 본 뉴스", "인기기사",
];

/// Month names and abbreviations, with their number.
pub const MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("january", 1),
    ("feb", 2),
    ("february", 2),
    ("mar", 3),
    ("march", 3),
    ("apr", 4),
    ("april", 4),
    ("may", 5),
    ("jun", 6),
    ("june", 6),
    ("jul", 7),
    ("july", 7),
    ("aug", 8),
    ("august", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("oct", 10),
    ("october", 10),
    ("nov", 11),
    ("november", 11),
    ("dec", 12),
    ("december", 12),
];

/// Weekday names, skipped when they stand before or after a date.
pub static WEEKDAYS: WordSet = WordSet::new(&[
    "fri", "friday", "mon", "monday", "sat", "saturday", "sun", "sunday", "thu", "thur", "thurs", "thursday", "tue",
    "tues", "tuesday", "wed", "wednesday",
]);

/// Zone names and their offsets. US zones without S/D (ET, PT …) follow daylight saving.
pub const ZONES: &[(&str, &str)] = &[
    ("aedt", "+11:00"),
    ("aest", "+10:00"),
    ("bst", "+01:00"),
    ("cdt", "-05:00"),
    ("cest", "+02:00"),
    ("cet", "+01:00"),
    ("cst", "-06:00"),
    ("edt", "-04:00"),
    ("eest", "+03:00"),
    ("eet", "+02:00"),
    ("est", "-05:00"),
    ("gmt", "+00:00"),
    ("hkt", "+08:00"),
    ("ict", "+07:00"),
    ("ist", "+05:30"),
    ("jst", "+09:00"),
    ("kst", "+09:00"),
    ("mdt", "-06:00"),
    ("msk", "+03:00"),
    ("mst", "-07:00"),
    ("nzdt", "+13:00"),
    ("nzst", "+12:00"),
    ("pdt", "-07:00"),
    ("pht", "+08:00"),
    ("pst", "-08:00"),
    ("sgt", "+08:00"),
    ("ut", "+00:00"),
    ("utc", "+00:00"),
    ("wet", "+00:00"),
    ("wib", "+07:00"),
    ("z", "+00:00"),
];

/// `(name, standard offset, daylight offset)` for zone names that do not say which.
pub const SEASONAL_ZONES: &[(&str, &str, &str)] =
    &[("ct", "-06:00", "-05:00"), ("et", "-05:00", "-04:00"), ("mt", "-07:00", "-06:00"), ("pt", "-08:00", "-07:00")];

/// Words before a date that make it the publication date.
pub const PUBLISHED_LABELS: &[&str] = &[
    "created", "first published", "posted", "published", "released", "written", "公開", "掲載", "配信", "게재", "등록",
    "입력", "작성",
];

/// Words before a date that make it an update.
pub const UPDATED_LABELS: &[&str] =
    &["edited", "last modified", "last updated", "modified", "revised", "update", "updated", "更新", "수정"];

/// Other words a date line may hold without being prose.
pub static DATE_FILLER: WordSet =
    WordSet::new(&["am", "at", "date", "day", "of", "on", "pm", "time", "日", "日時", "기사입력", "승인", "최종수정"]);

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
    "provided by", "source:", "©", "ⓒ", "写真:", "写真=", "写真：", "撮影・", "撮影：", "그래픽=", "사진 =",
    "사진 출처 :", "사진 출처 =", "사진 출처:", "사진=", "사진제공=", "자료 =", "자료=", "출처 :", "출처:", "출처=",
];

/// Verbs that attribute speech, as they appear after or before a quote.
pub static SPEECH_VERBS: WordSet = WordSet::new(&[
    "acknowledged", "added", "adding", "admits", "admitted", "advised", "affirmed", "agreed", "announced", "answered",
    "argued", "argues", "arguing", "asked", "asking", "asks", "assured", "believes", "boasted", "called", "calling",
    "cautioned", "charged", "cheered", "claimed", "claiming", "claims", "commented", "complained", "conceded",
    "concluded", "confirmed", "contended", "continued", "countered", "cried", "declared", "demanded", "denied",
    "described", "describing", "echoed", "emphasised", "emphasized", "emphasizing", "estimated", "exclaimed",
    "explained", "explaining", "explains", "expressed", "expressing", "hoped", "hopes", "imagined", "informed",
    "insisted", "insisting", "insists", "joked", "lamented", "maintained", "mused", "noted", "notes", "noting",
    "observed", "pleaded", "pledged", "pointed", "posted", "predicted", "proclaimed", "promised", "protested",
    "quipped", "reasoned", "recalled", "recalling", "recalls", "recounted", "reflected", "reiterated", "remarked",
    "repeated", "replied", "reported", "responded", "said", "say", "saying", "says", "shouted", "sighed", "signalled",
    "speculated", "stated", "stating", "stressed", "stresses", "stressing", "suggested", "suggesting", "suggests",
    "summed", "tells", "testified", "thought", "told", "tweeted", "underlined", "underscored", "urged", "urges",
    "urging", "vowed", "vowing", "warned", "warning", "warns", "whispered", "wondered", "writes", "writing", "wrote",
    "yelled",
]);

/// Korean endings after a closing quote that attribute it (`“…”라고 말했다`).
pub const KOREAN_QUOTE_ENDINGS: &[&str] = &["라고", "이라고", "고 ", "며", "라며", "이라며", "면서", "라면서"];

/// Japanese particles after `」` that attribute it (`「…」と述べた`).
pub const JAPANESE_QUOTE_PARTICLES: &[&str] = &["と", "とも", "などと"];

/// Words right before a quote that make it a term or a title, not speech.
pub const SCARE_CUES: &[&str] = &[
    "branded", "called", "coined", "dubbed", "entitled", "known as", "labeled", "labelled", "named", "nicknamed",
    "phrase", "slogan", "so-called", "term", "termed", "the word", "titled", "word",
];

/// Titles and roles that stand before a name (`Prime Minister Sanae Takaichi`), lower-case.
pub static PERSON_TITLES: WordSet = WordSet::new(&[
    "adm", "admiral", "ambassador", "analyst", "anchor", "archbishop", "assemblyman", "assemblywoman", "attorney",
    "author", "bishop", "cao", "capt", "captain", "ceo", "cfo", "chair", "chairman", "chairwoman", "chancellor",
    "chief", "coach", "col", "commissioner", "congressman", "congresswoman", "coo", "councillor", "councilman",
    "councilwoman", "cto", "deputy", "detective", "director", "dr", "economist", "emperor", "executive", "finance",
    "foreign", "former", "gen", "general", "gov", "governor", "head", "judge", "justice", "king", "lawmaker", "leader",
    "lt", "manager", "mayor", "minister", "miss", "mr", "mrs", "ms", "officer", "pope", "premier", "president",
    "prime", "prince", "princess", "prof", "professor", "prosecutor", "queen", "rep", "representative", "researcher",
    "secretary", "secretary-general", "sen", "senator", "sergeant", "sgt", "singer", "sir", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "striker", "superintendent", "vice",
]);

/// Role nouns that `the …` refers back to (`the minister said`).
pub static ROLE_NOUNS: WordSet = WordSet::new(&[
    "ambassador", "analyst", "author", "ceo", "chairman", "chairwoman", "chancellor", "chief", "coach", "commissioner",
    "director", "economist", "executive", "founder", "governor", "judge", "lawmaker", "leader", "manager", "mayor",
    "minister", "official", "premier", "president", "professor", "prosecutor", "researcher", "secretary", "senator",
    "singer", "speaker", "spokesman", "spokesperson", "spokeswoman",
]);

/// Capitalised words that are never part of a person's name.
pub static NOT_NAMES: WordSet = WordSet::new(&[
    "a", "about", "according", "africa", "african", "after", "afternoon", "also", "although", "america", "american",
    "an", "and", "april", "as", "asia", "asian", "asked", "at", "atlantic", "august", "australia", "australian", "bay",
    "because", "before", "beijing", "britain", "british", "but", "by", "canada", "canadian", "central", "china",
    "chinese", "city", "coast", "company", "congress", "council", "court", "december", "district", "during", "earlier",
    "east", "eastern", "egypt", "europe", "european", "february", "for", "france", "friday", "from", "germany",
    "government", "gulf", "he", "her", "his", "however", "i", "if", "in", "india", "indian", "indonesia", "iran",
    "iraq", "island", "islands", "israel", "it", "italy", "january", "japan", "japanese", "july", "june", "kenya",
    "korea", "korean", "koreans", "lake", "last", "later", "malaysia", "march", "may", "meanwhile", "mexico", "middle",
    "ministry", "monday", "morning", "mountain", "national", "netherlands", "news", "nigeria", "north", "northern",
    "november", "ocean", "october", "on", "once", "pacific", "party", "peninsula", "philippines", "poland",
    "prefecture", "province", "region", "republic", "river", "russia", "russian", "saturday", "sea", "seoul",
    "september", "she", "since", "singapore", "so", "south", "southern", "spain", "speaking", "state", "states",
    "still", "strait", "sunday", "sweden", "swedish", "switzerland", "taiwan", "thailand", "that", "the", "their",
    "then", "there", "these", "they", "this", "those", "thursday", "to", "tokyo", "town", "tuesday", "ukraine",
    "united", "university", "valley", "vietnam", "vietnamese", "village", "washington", "we", "wednesday", "west",
    "western", "when", "while", "with", "yet",
]);

/// Korean title words after a name (`이재명 대통령`).
pub const KOREAN_TITLES: &[&str] = &[
    "감독", "교수", "국무총리", "기자", "대변인", "대통령", "대표", "본부장", "부장", "부총리", "비서관", "사장",
    "선수", "수석", "시장", "실장", "씨", "연구원", "원내대표", "위원", "위원장", "의원", "이사장", "장관",
    "전 대통령", "지사", "차관", "청장", "총리", "총장", "최고경영자", "회장", "총재", "부총재", "행장", "은행장",
    "원장", "사무총장", "센터장", "소장", "팀장", "국장", "과장", "이사", "회장님", "배우", "가수", "코치", "박사",
    "변호사",
];

/// Japanese title words after a name (`高市早苗首相`).
pub const JAPANESE_TITLES: &[&str] = &[
    "さん", "会長", "外相", "大統領", "大臣", "官房長官", "市長", "幹事長", "教授", "氏", "知事", "社長", "総理",
    "総裁", "監督", "選手", "長官", "首相", "代表", "議員", "委員長", "記者", "主任研究員", "研究員", "主任", "部長",
    "課長", "局長", "所長", "院長", "理事長", "代表取締役", "准教授", "弁護士", "容疑者", "被告", "医師", "博士",
    "プロジェクトマネージャ", "プロジェクトマネージャー", "マネージャー", "米国務長官", "国務長官", "投手", "捕手",
    "外野手", "内野手", "主将", "コーチ",
];

/// A word list with constant-time lookups: the parser asks these lists about nearly every
/// capitalised word, so a hash set (built on first use) beats a search of the sorted list.
pub struct WordSet {
    pub words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self { words, set: OnceLock::new() }
    }

    fn set(&self) -> &FxHashSet<&'static str> {
        self.set.get_or_init(|| self.words.iter().copied().collect())
    }
}

pub fn contains(list: &WordSet, word: &str) -> bool {
    list.set().contains(word)
}

/// [`contains`] for a word in any case, without allocating for short ASCII words.
pub fn contains_folded(list: &WordSet, word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.len() <= 32 && bytes.is_ascii() {
        let mut buf = [0u8; 32];
        let lower = &mut buf[..bytes.len()];
        lower.copy_from_slice(bytes);
        lower.make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        return std::str::from_utf8(lower).is_ok_and(|w| contains(list, w));
    }
    contains(list, &word.to_lowercase())
}

/// Words that make a capitalised run an organisation or a place, never a person.
pub static ORG_WORDS: WordSet = WordSet::new(&[
    "academy", "administration", "advisors", "ag", "agency", "airlines", "airways", "army", "assembly", "associates",
    "association", "authority", "bank", "biotech", "board", "brands", "bureau", "capital", "center", "centre", "club",
    "co", "coalition", "college", "commission", "committee", "company", "consulting", "cooperation", "corp",
    "corporation", "council", "county", "court", "department", "economic", "electronics", "energy", "exchange", "fc",
    "federation", "foods", "forum", "foundation", "fund", "games", "gmbh", "group", "holdings", "hospital", "inc",
    "industries", "institute", "investments", "island", "kingdom", "lab", "laboratory", "labs", "league", "llc", "ltd",
    "markets", "ministry", "motor", "motors", "museum", "navy", "networks", "office", "organization", "parliament",
    "partners", "party", "pharma", "pharmaceuticals", "plc", "police", "prefecture", "province", "records", "research",
    "robotics", "school", "securities", "series", "service", "services", "society", "software", "solutions", "stadium",
    "street", "studios", "summit", "systems", "team", "technologies", "telecom", "therapeutics", "trust", "union",
    "university", "ventures",
]);

/// Nouns for people, which let a single capitalised word after them be a name
/// (`nine-year-old Isla`) and `the …` refer back to one.
pub static PERSON_NOUNS: WordSet = WordSet::new(&[
    "activist", "actor", "actress", "artist", "boy", "candidate", "captain", "center", "chef", "commuter", "counter",
    "curator", "daughter", "defender", "doctor", "driver", "engineer", "farmer", "father", "firefighter", "fisherman",
    "forward", "girl", "goalkeeper", "grandfather", "grandmother", "guard", "husband", "lawyer", "man", "manager",
    "midfielder", "mother", "neighbor", "neighbour", "nurse", "officer", "official", "owner", "passenger", "pastor",
    "pitcher", "player", "priest", "quarterback", "resident", "seed", "shopper", "son", "spokesman", "spokesperson",
    "spokeswoman", "student", "teacher", "trader", "vendor", "veteran", "volunteer", "voter", "wife", "woman",
    "worker",
]);

/// Words before a name that make it an object, not the one acting (`met with Kim`).
pub static OBJECT_CUES: WordSet = WordSet::new(&[
    "about", "above", "accused", "across", "after", "against", "along", "alongside", "among", "around", "asked", "at",
    "before", "behind", "below", "beside", "between", "beyond", "by", "called", "congratulated", "criticized",
    "defeated", "during", "for", "from", "hosted", "in", "including", "inside", "interviewed", "into", "invited",
    "joined", "like", "met", "named", "near", "of", "on", "outside", "over", "past", "praised", "replaced", "since",
    "than", "thanked", "through", "throughout", "to", "told", "toward", "towards", "under", "until", "visited",
    "welcomed", "with", "within",
]);

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
