//! Words of page furniture that are not about people: bylines, captions, site names, tag labels.

use super::WordSet;

pub const BYLINE_PREFIXES: &[&str] = &[
    "by ", "analysis by ", "commentary by ", "opinion by ", "review by ", "interview by ", "interviewed by ",
    "written by ", "story by ", "words by ", "text by ", "posted by ", "author: ", "authors: ", "reporter: ",
    "reporter ", "correspondent ", "글·사진 ", "글 ", "記者：", "記者 ",
    // `Por Mariana Tavares`, `Von Jana Weber`, `Par Claire Martin`, `Di Marco Rossi`,
    // `Oleh Budi Santoso`, `Door Eva de Vries`
    "por ", "von ", "par ", "di ", "oleh ", "door ",
];

/// Roles after a name (`Kim Min-ji Reporter`) or alone on the line under it.
pub const BYLINE_ROLES: &[&str] = &[
    "senior reporter", "staff reporter", "staff writer", "senior writer", "contributing writer", "reporter",
    "correspondent", "columnist", "contributor", "journalist", "editor", "writer",
];

pub const CJK_BYLINE_ROLES: &[&str] =
    &["기자", "특파원", "칼럼니스트", "평론가", "記者", "特派員", "編集委員", "論説委員"];

pub const NAME_CONNECTORS: &[&str] = &["and", "&", "de", "van", "von", "bin", "da", "del", "der", "la", "le"];

/// Words inside brackets that mark them as a credit.
pub const CREDIT_WORDS: &[&str] =
    &["photo", "photos", "courtesy", "file", "pool", "getty", "images", "사진", "제공", "撮影", "提供", "写真"];

/// Labels some sites put before a caption.
pub const CAPTION_LABELS: &[&str] = &["image caption,", "image caption:", "caption:", "사진설명:", "사진설명 ="];

/// Marks some Korean sites put before a caption.
pub const CAPTION_MARKS: &[char] = &['▲', '△', '▷', '▶', '■'];

/// Words of a site's name, for lines above the title.
pub const SITE_WORDS: &[&str] = &[
    "agency", "broadcasting", "chronicle", "insider", "wire", "daily", "gazette", "guardian", "herald", "homepage",
    "journal", "magazine", "media", "network", "news", "observer", "online", "post", "press", "review", "standard",
    "telegraph", "times", "today", "tribune", "weekly", "뉴스", "일보", "신문", "방송", "新聞", "通信", "ニュース",
    "日報", "放送",
];

/// Section names that may stand before a title with a bar: `Opinion | …`.
pub static SECTION_LABELS: WordSet = WordSet::new(&[
    "analysis", "breaking", "column", "commentary", "editorial", "exclusive", "explainer", "interview", "live",
    "obituary", "opinion", "perspective", "review",
]);

/// Headings over a list of tags, one per line, lower-case (with any `:` after them).
pub const TAG_HEADINGS: &[&str] = &[
    "related topics", "topics", "tags", "tagged", "keywords", "explore more on these topics", "more on this topic",
    "태그", "키워드", "タグ", "キーワード",
];

/// Labels that may start a tag line, lower-case, longest first where one prefixes another.
pub const TAG_LABELS: &[&str] = &[
    "related topics", "related tags", "keywords", "keyword", "topics", "tagged", "tags", "tag", "태그", "키워드",
    "タグ", "キーワード", "关键词",
];

/// Words of the heading over a page's comments (lower-case, found inside a short line).
pub const COMMENT_HEADINGS: &[&str] = &[
    "comment", "leave a reply", "reply", "responses", "discussion", "conversation", "댓글", "コメント", "评论",
    "komment", "comentar", "comentár", "commenti", "komentar", "комментари", "reacties",
];

/// Small words a headline's line never ends on: a line ending in one is the first line of a
/// wrapped paragraph.
pub const TITLE_GLUE: &[&str] =
    &["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "that", "the", "to", "with"];

/// Endings of a Korean or Japanese desk's name signing a story off (`（経済部）`, `(사회부)`).
pub const DESK_ENDINGS: &[&str] = &["部", "局", "支局", "総局", "부", "팀"];

/// A font-size button's label.
pub const FONT_BUTTONS: &[&str] = &["A", "A+", "A-", "가", "가+", "가-"];

/// A heading of related news after a topic (`大雪の関連ニュース`).
pub const CJK_RELATED_SUFFIXES: &[&str] = &["関連ニュース", "関連記事", "관련기사", "관련 기사", "注目のコンテンツ"];

/// `More from Asia`, `More in Politics`, `More on Ukraine`: a section's other stories.
pub const MORE_PREFIXES: &[&str] = &["more from ", "more in ", "more on "];

/// Legal lines closing a page or a story.
pub const LEGAL_PHRASES: &[&str] = &[
    "all rights reserved", "this material may not be published", "unauthorized reproduction", "무단 전재", "무단전재",
    "contributed to this report", "contributed reporting", "contributed to this story", "無断転載",
];

/// What opens a copyright line (any case).
pub const COPYRIGHT_MARKERS: &[&str] = &["copyright", "저작권자", "©", "ⓒ", "(c)", "Ⓒ", "版权所有"];

/// A syndicated story's line naming where it first ran.
pub const FIRST_PUBLISHED_MARKERS: &[&str] =
    &["originally published by ", "originally appeared in ", "originally published in ", "first published in "];

/// Words of a photographer's credit, as opposed to an outlet's name alone.
pub const PHOTO_CREDIT_WORDS: &[&str] = &["photo", "image", "courtesy", "사진", "写真", "提供"];

/// Beats named before a byline's role (`Tom Ashworth, Energy correspondent`).
pub const BEATS: &[&str] = &[
    "arts", "asia", "business", "chief", "crime", "culture", "deputy", "film", "media", "music", "theatre", "tech",
    "defence", "defense", "diplomatic", "economics", "economy", "education", "energy", "environment", "europe",
    "foreign", "global", "health", "political", "politics", "science", "security", "senior", "sports", "technology",
    "transport",
];

/// The fields of the form for a new comment, and the other words its labels hold, in the
/// languages of the function-word lists.
pub const COMMENT_FORM_FIELDS: &[&str] = &[
    "name", "email", "e-mail", "website", "comment", "nombre", "correo", "comentario", "nome", "comentário",
    "kommentar", "nom", "courriel", "commentaire", "nama", "komentar", "commento", "имя", "комментарий",
];
pub const COMMENT_FORM_WORDS: &[&str] = &[
    "name", "email", "e-mail", "mail", "website", "comment", "required", "your", "nombre", "correo", "electrónico",
    "comentario", "sitio", "web", "nome", "comentário", "seu", "kommentar", "nom", "courriel", "commentaire", "nama",
    "komentar", "commento", "имя", "комментарий", "obligatorio", "obrigatório", "erforderlich", "requis",
];

/// A count and a unit before or after one of these words is a time gone by (`2 days ago`,
/// `hace 28 minutos`, `há 2 horas`, `vor 3 Stunden`, `il y a 2 heures`, `2 ore fa`,
/// `5 menit yang lalu`, `3 часа назад`); each marker as the words it is written in.
pub const AGO_MARKERS: &[&[&str]] =
    &[&["ago"], &["hace"], &["há"], &["vor"], &["il", "y", "a"], &["fa"], &["lalu"], &["назад"]];

/// Units of a time gone by, as word beginnings (`minutos`, `Stunden`, `часа`).
pub const TIME_UNITS: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "segundo", "minuto", "hora", "día", "dia", "semana",
    "mes", "año", "ano", "sekunde", "minute", "stunde", "tag", "woche", "monat", "jahr", "heure", "jour", "semaine",
    "mois", "an", "secondi", "minut", "ora", "ore", "giorn", "settiman", "mes", "ann", "detik", "menit", "jam", "hari",
    "minggu", "bulan", "tahun", "секунд", "минут", "час", "дн", "день", "недел", "месяц", "год", "лет",
];

/// Counts written as words (`hace una hora`, `an hour ago`).
pub const COUNT_WORDS: &[&str] = &["a", "an", "one", "una", "un", "uma", "um", "einer", "einem", "une", "satu"];

/// `2시간 전`, `3時間前`: the mark written after a Korean or Japanese count and unit.
pub const AGO_SUFFIXES: &[&str] = &["前", "전"];
pub const CJK_TIME_UNITS: &[&str] =
    &["초", "분", "시간", "일", "주", "개월", "년", "秒", "分", "時間", "日", "週間", "か月", "ヶ月", "年"];
