//! The parsers of the other input kinds (HTML pages, feeds, scrapers' JSON) never panic,
//! never hang and never let a control character through: arbitrary bytes, adversarial markup,
//! and hostile pages sized down so the suite stays fast (the full sizes are timed by hand:
//! README, "Hostile HTML").

use proptest::prelude::*;
use tidings::Article;
use tidings::error::Error;
use tidings::inputs::articles_from_bytes;
use tidings::text::is_unsafe_char;

fn fields(a: &Article) -> Vec<&str> {
    let mut out = vec![a.id.as_str(), a.title.as_str()];
    out.extend([&a.path, &a.url, &a.published, &a.source, &a.byline].into_iter().flatten().map(String::as_str));
    for c in &a.captions {
        out.push(&c.text);
        out.extend(c.credit.as_deref());
    }
    for q in &a.quotes {
        out.push(&q.text);
        out.extend(q.speaker.as_deref());
    }
    out.extend(a.paragraphs.iter().chain(&a.tags).chain(&a.warnings).map(String::as_str));
    out
}

/// Reads `bytes` as a file named `name`; every article that comes out is clean.
fn assert_clean(bytes: &[u8], name: &str) -> Result<Vec<Article>, Error> {
    let read = articles_from_bytes(bytes, name);
    for article in read.iter().flatten() {
        for field in fields(article) {
            assert!(!field.chars().any(is_unsafe_char), "control character in {field:?}");
            assert!(!field.contains('\n'), "newline in {field:?}");
        }
        assert!(!article.title.is_empty());
        assert!(article.quotes.iter().all(|q| q.paragraph < article.paragraphs.len()));
    }
    read
}

/// Pieces of markup that exercise every pass of the HTML path.
fn markup() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,9}( [a-z]{1,7}){0,6}[.,]? ",
        2 => prop::sample::select(vec!["<p>", "</p>", "<div>", "</div>", "<br>", "<h1>", "</h1>", "<figure><figcaption>",
            "</figcaption></figure>", "<nav>", "</nav>", "<article>", "</article>", "<pre>", "</pre>", "<b><i>", "<table><tr><td>"]).prop_map(String::from),
        1 => prop::sample::select(vec!["<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "<div hidden>",
            "<span style=\"display:none\">", "<title>", "</title>", "<textarea>", "<plaintext>", "<svg><g>"]).prop_map(String::from),
        1 => prop::sample::select(vec!["<meta property=\"og:title\" content=\"", "<meta property=\"article:published_time\" content=\"2026-01-14T08:05:00Z\">",
            "<meta name=\"keywords\" content=\"a, b,, c\">", "<link rel=canonical href=\"https://example.org/\u{1b}x\">", "\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"", "\",\"author\":[{\"name\":\"Kim\"}]}</script>",
            "<time datetime=\"2026-13-40T99:99\">", "<meta charset=\"shift_jis\">"]).prop_map(String::from),
        1 => prop::sample::select(vec!["&amp;", "&#0;", "&#x1b;", "&#x202e;", "&#xD800;", "&#99999999;", "&", "&lt;p&gt;", "\u{1b}[31m",
            "\u{202e}", "\u{9b}", "\0", "\r\n", "“", "”", "\"", " said Kim Min-ji. ", "(AP Photo/Ahn)", " / Yonhap"]).prop_map(String::from),
        1 => "\\PC{1,6}",
    ]
}

/// Pieces of feed XML.
fn feed_part() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Za-z]{1,9}( [a-z]{1,7}){0,4} ",
        2 => prop::sample::select(vec!["<item>", "</item>", "<title>", "</title>", "<link>https://example.org/a</link>",
            "<description>", "</description>", "<pubDate>Tue, 09 Jun 2026 14:20:00 +0000</pubDate>", "<category>", "</category>",
            "<![CDATA[<p>", "</p>]]>", "&lt;p&gt;", "&amp;", "&#x1b;", "\u{1b}", "\u{202e}", "<entry>", "</entry>"]).prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_of_any_kind_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096),
                                              name in prop::sample::select(vec!["a.html", "a.rss", "a.json", "a.htm.gz", "a.xml", "noext"])) {
        let _ = assert_clean(&bytes, name);
    }

    #[test]
    fn adversarial_markup_never_panics(parts in prop::collection::vec(markup(), 0..300)) {
        let _ = assert_clean(parts.concat().as_bytes(), "page.html");
    }

    #[test]
    fn adversarial_feeds_never_panic(parts in prop::collection::vec(feed_part(), 0..200)) {
        let rss = format!("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>F</title>{}</channel></rss>", parts.concat());
        let _ = assert_clean(rss.as_bytes(), "feed.rss");
    }

    #[test]
    fn scrapers_json_with_any_text_never_panics(title in "\\PC{0,20}", text in "(\\PC|\u{1b}|\u{202e}|\u{9b}|\n){0,200}", date in "\\PC{0,25}") {
        for shape in ["maintext", "publish_date", "hostname"] {
            let object = serde_json::json!({"title": title, "text": text, "maintext": text, shape: date, "date_publish": date, "authors": [title]});
            let _ = assert_clean(object.to_string().as_bytes(), "scraped.json");
        }
    }
}

#[test]
fn a_paragraph_emptied_by_cleaning_leaves_the_quotes_after_it_in_their_paragraphs() {
    let text = "First line here.\n\u{1b}\n\"A quote of a few words here,\" she said.";
    let object = serde_json::json!({"title": "T", "text": text, "maintext": text, "date_publish": ""});
    let articles = assert_clean(object.to_string().as_bytes(), "scraped.json").expect("read");
    assert_eq!(articles[0].paragraphs.len(), 2, "{:?}", articles[0].paragraphs);
    assert!(
        !articles[0].quotes.is_empty() && articles[0].quotes.iter().all(|q| q.paragraph == 1),
        "{:?}",
        articles[0].quotes
    );
}

fn html_page(body: &str) -> Vec<u8> {
    format!("<html><head><title>Hostile page</title></head><body>{body}</body></html>").into_bytes()
}

#[test]
fn deep_nesting_is_flattened_and_its_text_kept() {
    let page = html_page(&format!("{}<p>Words at the bottom of the pit.</p>", "<div>".repeat(20_000)));
    let articles = assert_clean(&page, "deep.html").expect("a page");
    assert!(articles[0].paragraphs.iter().any(|p| p.contains("bottom of the pit")));
    assert!(articles[0].warnings.iter().any(|w| w.contains("flattened")));
}

#[test]
fn unclosed_tags_a_long_script_and_an_entity_flood() {
    let unclosed = html_page(&"<div><span><b><i><p>text ".repeat(5_000));
    assert_clean(&unclosed, "unclosed.html").expect("a page");
    let script = html_page(&format!(
        "<p>Before the script.</p><script>{}</script><p>After it.</p>",
        "var a = \"<div>\";".repeat(60_000)
    ));
    let articles = assert_clean(&script, "script.html").expect("a page");
    assert!(articles[0].paragraphs.iter().all(|p| !p.contains("var a")), "{:?}", articles[0].paragraphs);
    let amp = html_page(&format!("<p>{}</p>", "&amp;".repeat(100_000)));
    let articles = assert_clean(&amp, "amp.html").expect("a page");
    assert!(articles[0].paragraphs.concat().starts_with("&&&&"));
}

#[test]
fn a_page_that_is_one_pre_keeps_its_lines() {
    let page = html_page(&format!("<pre>{}</pre>", "a line of preformatted text\n".repeat(2_000)));
    let articles = assert_clean(&page, "pre.html").expect("a page");
    assert!(articles[0].paragraphs.len() >= 1_000);
}

#[test]
fn invalid_bytes_and_pictures() {
    let mut page = html_page("<p>Broken bytes: ");
    page.extend((1..=255u8).cycle().take(50_000));
    let articles = assert_clean(&page, "bytes.html").expect("a page");
    assert!(articles[0].warnings.iter().any(|w| w.contains("control")));
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    let err = assert_clean(png, "photo.html").expect_err("not a page");
    assert_eq!(err.to_string(), "not a text file (a PNG image)");
    let err = assert_clean(b"\xFF\xD8\xFF\xE0\0\x10JFIF", "photo.htm.gz").expect_err("not gzip");
    assert!(err.to_string().contains("gzip"), "{err}");
    assert!(assert_clean(b"<rss><channel><item>", "broken.rss").is_err());
    let err = assert_clean(br#"{"name": "x"}"#, "other.json").expect_err("no article");
    assert!(err.to_string().contains("news-please"), "{err}");
}
