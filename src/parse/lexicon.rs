//! Every word list the parser uses, in one place: page chrome, dates, credits, speech.
//! Lists are lower-case and sorted where they are searched with `binary_search`.

/// Words that make up share bars, font buttons, menus and other page furniture. A short line
/// made only of these (and [`GLUE_WORDS`]) is chrome, never body text.
pub const UI_WORDS: &[&str] = &[
    "a", "a+", "a-", "aa", "accessibility", "ad", "ads", "advertisement", "advertising", "app", "article", "articles",
    "audio", "back", "band", "big", "bigger", "bluesky", "bookmark", "bookmarks", "button", "cancel", "click", "close",
    "comment", "comments", "contents", "copied", "copy", "decrease", "download", "e-mail", "email", "enlarge",
    "expand", "facebook", "feed", "flipboard", "follow", "font", "fonts", "gallery", "gift", "go", "google", "home",
    "increase", "instagram", "kakao", "kakaostory", "kakaotalk", "larger", "like", "line", "link", "linkedin",
    "listen", "log", "login", "logout", "mail", "main", "mastodon", "menu", "messenger", "min", "mins", "minute",
    "minutes", "more", "naver", "navigation", "newsletter", "newsletters", "next", "notifications", "open", "page",
    "pdf", "photo", "photos", "pinterest", "play", "podcast", "post", "prev", "previous", "print", "printer", "read",
    "reddit", "register", "reply", "rss", "save", "saved", "scrap", "search", "send", "share", "shares", "sharing",
    "sign", "size", "skip", "small", "smaller", "sponsored", "story", "subscribe", "subscription", "telegram", "text",
    "threads", "toggle", "top", "translate", "translation", "tumblr", "tweet", "twitter", "up", "url", "video", "view",
    "weibo", "whatsapp", "x", "youtube", "zoom",
];

/// Small words that may sit between UI words ("Subscribe to our newsletter").
pub const GLUE_WORDS: &[&str] = &[
    "&", "+", "-", "/", "and", "by", "for", "free", "here", "in", "it", "me", "now", "of", "on", "or", "our", "the",
    "this", "to", "us", "via", "with", "your", "|", "·", "•",
];

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
    "all rights reserved", "also read", "back to top", "click here", "continue reading", "don't miss", "download the",
    "follow us", "for more news", "get the latest", "go to contents", "go to menu", "jump to", "leave a comment",
    "most read", "most viewed", "our standards:", "read more:", "read the full", "recommended:", "related:",
    "see also:", "sign up for", "skip to", "subscribe to", "this article is more than", "watch:", "we use cookies",
    "you might also like", "무단 전재", "무단전재",
];

/// Headings of link lists: the headline-like lines under them are chrome too.
pub const RELATED_HEADINGS: &[&str] = &[
    "also read", "editor's picks", "latest news", "latest stories", "more from", "more in", "more news",
    "more on this story", "more stories", "most popular", "most read", "most viewed", "popular", "read more",
    "recommended", "recommended stories", "related", "related articles", "related coverage", "related news",
    "related stories", "see also", "top stories", "trending", "trending now", "what to read next", "you may also like",
    "you might also like", "관련기사", "관련 기사", "많이 본 뉴스", "인기기사", "関連記事", "人気記事", "注目記事",
    "おすすめ記事",
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
pub const WEEKDAYS: &[&str] = &[
    "fri", "friday", "mon", "monday", "sat", "saturday", "sun", "sunday", "thu", "thur", "thurs", "thursday", "tue",
    "tues", "tuesday", "wed", "wednesday",
];

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
pub const DATE_FILLER: &[&str] =
    &["am", "at", "date", "day", "of", "on", "pm", "time", "日", "日時", "기사입력", "승인", "최종수정"];

/// Credits' own words: a parenthesis or slash holding one of these at the end of a line
/// makes it a photo caption.
pub const AGENCIES: &[&str] = &[
    "afp", "ansa", "ap", "bernama", "bloomberg", "dpa", "epa", "getty", "getty images", "imagine china", "jiji",
    "kcna", "kyodo", "news1", "newsis", "nhk", "pool", "reuters", "shutterstock", "tass", "upi", "xinhua", "yna",
    "yonhap", "共同", "時事", "뉴스1", "뉴시스", "연합뉴스",
];

/// Labels before a caption's credit, dropped from the credit: `Photo: Reuters` -> `Reuters`.
pub const CREDIT_LABELS: &[&str] = &[
    "courtesy of", "credit:", "image:", "image by", "photo by", "photo courtesy of", "photo provided by", "photo:",
    "photo =", "photo=", "photograph:", "photograph by", "photographer:", "photos:", "picture:", "pictured by",
    "provided by", "source:", "사진=", "사진 =", "사진제공=", "写真：", "写真:", "写真=",
];

/// Verbs that attribute speech, as they appear after or before a quote.
pub const SPEECH_VERBS: &[&str] = &[
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
];

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
pub const PERSON_TITLES: &[&str] = &[
    "adm", "admiral", "ambassador", "analyst", "anchor", "archbishop", "assemblyman", "assemblywoman", "attorney",
    "author", "bishop", "cao", "capt", "captain", "ceo", "cfo", "chair", "chairman", "chairwoman", "chancellor",
    "chief", "coach", "col", "commissioner", "congressman", "congresswoman", "coo", "councillor", "councilman",
    "councilwoman", "cto", "deputy", "detective", "director", "dr", "economist", "emperor", "executive", "finance",
    "foreign", "former", "gen", "general", "gov", "governor", "head", "judge", "justice", "king", "lawmaker", "leader",
    "lt", "manager", "mayor", "minister", "miss", "mr", "mrs", "ms", "officer", "pope", "premier", "president",
    "prime", "prince", "princess", "prof", "professor", "prosecutor", "queen", "rep", "representative", "researcher",
    "secretary", "secretary-general", "sen", "senator", "sergeant", "sgt", "singer", "sir", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "striker", "superintendent", "vice",
];

/// Role nouns that `the …` refers back to (`the minister said`).
pub const ROLE_NOUNS: &[&str] = &[
    "ambassador", "analyst", "author", "ceo", "chairman", "chairwoman", "chancellor", "chief", "coach", "commissioner",
    "director", "economist", "executive", "founder", "governor", "judge", "lawmaker", "leader", "manager", "mayor",
    "minister", "official", "premier", "president", "professor", "prosecutor", "researcher", "secretary", "senator",
    "singer", "speaker", "spokesman", "spokesperson", "spokeswoman",
];

/// Capitalised words that are never part of a person's name.
pub const NOT_NAMES: &[&str] = &[
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
];

/// Korean title words after a name (`이재명 대통령`).
pub const KOREAN_TITLES: &[&str] = &[
    "감독", "교수", "국무총리", "기자", "대변인", "대통령", "대표", "본부장", "부장", "부총리", "비서관", "사장",
    "선수", "수석", "시장", "실장", "씨", "연구원", "원내대표", "위원", "위원장", "의원", "이사장", "장관",
    "전 대통령", "지사", "차관", "청장", "총리", "총장", "최고경영자", "회장",
];

/// Japanese title words after a name (`高市早苗首相`).
pub const JAPANESE_TITLES: &[&str] = &[
    "さん", "会長", "外相", "大統領", "大臣", "官房長官", "市長", "幹事長", "教授", "氏", "知事", "社長", "総理",
    "総裁", "監督", "選手", "長官", "首相", "代表", "議員", "委員長", "記者",
];

pub fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Words that make a capitalised run an organisation or a place, never a person.
pub const ORG_WORDS: &[&str] = &[
    "academy", "administration", "agency", "airlines", "army", "assembly", "association", "authority", "bank", "board",
    "bureau", "capital", "center", "centre", "club", "co", "coalition", "college", "commission", "committee",
    "company", "cooperation", "corp", "corporation", "council", "county", "court", "department", "economic",
    "electronics", "energy", "fc", "federation", "forum", "foundation", "fund", "group", "holdings", "hospital", "inc",
    "industries", "institute", "island", "kingdom", "lab", "laboratory", "league", "ltd", "ministry", "motor",
    "motors", "museum", "navy", "office", "organization", "parliament", "party", "police", "prefecture", "province",
    "research", "school", "securities", "service", "services", "society", "stadium", "street", "summit", "systems",
    "team", "technologies", "telecom", "union", "university",
];

/// Nouns for people, which let a single capitalised word after them be a name
/// (`nine-year-old Isla`) and `the …` refer back to one.
pub const PERSON_NOUNS: &[&str] = &[
    "actor", "actress", "artist", "boy", "counter", "curator", "daughter", "doctor", "driver", "farmer", "father",
    "girl", "husband", "man", "mother", "nurse", "owner", "player", "resident", "seed", "son", "student", "teacher",
    "veteran", "voter", "wife", "woman", "worker",
];

/// Words before a name that make it an object, not the one acting (`met with Kim`).
pub const OBJECT_CUES: &[&str] = &[
    "about", "above", "accused", "across", "after", "against", "along", "alongside", "among", "around", "asked", "at",
    "before", "behind", "below", "beside", "between", "beyond", "by", "called", "congratulated", "criticized",
    "defeated", "during", "for", "from", "hosted", "in", "including", "inside", "interviewed", "into", "invited",
    "joined", "like", "met", "named", "near", "of", "on", "outside", "over", "past", "praised", "replaced", "since",
    "than", "thanked", "through", "throughout", "to", "told", "toward", "towards", "under", "until", "visited",
    "welcomed", "with", "within",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searched_lists_are_sorted_for_binary_search() {
        for (name, list) in [
            ("UI_WORDS", UI_WORDS),
            ("GLUE_WORDS", GLUE_WORDS),
            ("WEEKDAYS", WEEKDAYS),
            ("AGENCIES", AGENCIES),
            ("SPEECH_VERBS", SPEECH_VERBS),
            ("PERSON_TITLES", PERSON_TITLES),
            ("ROLE_NOUNS", ROLE_NOUNS),
            ("NOT_NAMES", NOT_NAMES),
            ("DATE_FILLER", DATE_FILLER),
            ("ORG_WORDS", ORG_WORDS),
            ("PERSON_NOUNS", PERSON_NOUNS),
            ("OBJECT_CUES", OBJECT_CUES),
        ] {
            let mut sorted = list.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted, list, "{name} must be sorted and free of duplicates");
        }
        let zones: Vec<&str> = ZONES.iter().map(|z| z.0).collect();
        assert!(zones.is_sorted());
    }
}
