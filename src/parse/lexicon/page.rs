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

pub const CJK_BYLINE_ROLES: &[&str] = &["기자", "특파원", "記者", "特派員"];

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
    "kommentar", "commentaires", "comentario", "comentário", "commenti", "komentar", "комментари",
];
