//! The parser never panics, never hangs and never lets a control character through, on any
//! input: arbitrary bytes, adversarial page text, and a few inputs built to be expensive.

use proptest::prelude::*;
use tidings::Article;
use tidings::article::StoredArticle;
use tidings::parse::parse_page;
use tidings::text::is_unsafe_char;

/// The articles as the reader keeps them, which searches and the frequent grams read.
fn stored(articles: &[Article]) -> Vec<StoredArticle> {
    articles.iter().map(|a| *StoredArticle::new(a.clone()).0).collect()
}

/// Every text field of the article, for checking.
fn fields(a: &Article) -> Vec<&str> {
    let mut out = vec![a.id.as_str(), a.title.as_str()];
    out.extend([&a.path, &a.published, &a.source, &a.byline].into_iter().flatten().map(String::as_str));
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

fn assert_clean(bytes: &[u8]) {
    if let Ok(article) = parse_page(bytes, None) {
        for field in fields(&article) {
            assert!(!field.chars().any(is_unsafe_char), "control character in {field:?}");
            assert!(!field.contains('\n'), "newline in {field:?}");
        }
        assert!(!article.title.is_empty());
        for q in &article.quotes {
            assert!(q.paragraph < article.paragraphs.len());
        }
    }
}

/// Pieces that exercise every pass: quote marks, tags, dates, credits, bylines, escapes.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,9}( [a-z]{1,7}){0,6}[.,]? ",
        1 => Just("“".to_string()),
        1 => Just("”".to_string()),
        1 => Just("\"".to_string()),
        1 => Just("「".to_string()),
        1 => Just("」".to_string()),
        1 => Just("‘".to_string()),
        1 => Just("#".to_string()),
        1 => Just("#tag\u{a0}".to_string()),
        2 => Just("\n".to_string()),
        2 => Just("\n\n".to_string()),
        1 => Just("\u{1b}[31m".to_string()),
        1 => Just("\u{1b}]0;x\u{7}".to_string()),
        1 => Just("\u{202e}".to_string()),
        1 => Just("\u{9b}".to_string()),
        1 => Just("\r".to_string()),
        1 => Just("\t".to_string()),
        1 => Just(", he said. ".to_string()),
        1 => Just(" said Kim Min-ji, ".to_string()),
        1 => Just("President Lee Jae-myung ".to_string()),
        1 => Just("Jan 14, 2026, 08:05 am".to_string()),
        1 => Just("2026-01-14 08:05:00 KST".to_string()),
        1 => Just(" / Yonhap".to_string()),
        1 => Just("(AP Photo/Ahn)".to_string()),
        1 => Just("By ".to_string()),
        1 => Just("Copyright ".to_string()),
        1 => Just("(END)".to_string()),
        1 => Just("Related articles".to_string()),
        1 => Just("SEOUL, Jan. 14 (Yonhap) -- ".to_string()),
        1 => Just("이재명 대통령은 “".to_string()),
        1 => Just("”라고 말했다.".to_string()),
        1 => Just("首相は「".to_string()),
        1 => Just("」と述べた。".to_string()),
        1 => Just("▲".to_string()),
        // Whole pages: menus, link lists, teasers, comments, footers around the article.
        1 => Just("\nHome\nNews\nSport\nWeather\n".to_string()),
        1 => Just("\nMore World\n".to_string()),
        1 => Just("\n32M ago\n".to_string()),
        1 => Just("\n3 Comments\n\nJo Park on March 3, 2025 at 9:14 am said:\n".to_string()),
        1 => Just("\nLeave a Reply\nName *\nEmail *\n".to_string()),
        1 => Just("\n© 2025 Daily Planet. All rights reserved.\n".to_string()),
        1 => Just("\nAnalysis\nBy Ruth Ellery\n".to_string()),
        1 => Just("\nThis website uses cookies to improve your experience.\n".to_string()),
        1 => Just("\n1 Kyle Park 5040 5 1 17 27\n".to_string()),
        1 => Just("last week.Credit...Jo Park/The Daily Planet".to_string()),
        1 => Just("\nPor Mariana Tavares\nPublicado em 2025-03-18 14:30\n".to_string()),
        1 => Just("Совет заявил, что снова соберется весной. ".to_string()),
        1 => Just("\nTitle of a story in several words\n\n".to_string()),
        1 => "\\PC{1,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        assert_clean(&bytes);
    }

    #[test]
    fn adversarial_text_never_panics(parts in prop::collection::vec(fragment(), 0..300)) {
        assert_clean(parts.concat().as_bytes());
    }

    #[test]
    fn text_with_stray_bytes_never_panics(parts in prop::collection::vec(fragment(), 0..100), junk in prop::collection::vec(any::<u8>(), 0..32)) {
        let mut bytes = parts.concat().into_bytes();
        let at = bytes.len() / 2;
        bytes.splice(at..at, junk);
        assert_clean(&bytes);
    }
}

#[test]
fn fifty_thousand_hashes() {
    assert_clean(format!("Title\n\n{}", "#".repeat(50_000)).as_bytes());
    assert_clean(format!("Title\n\nBody.\n\n{}", "#a ".repeat(50_000)).as_bytes());
}

#[test]
fn a_six_mebibyte_line_of_quotes_and_names() {
    let unit = "President Kim Min-ji said “we go,” he said, and “Lee Jae-myung” told Park ";
    let line = unit.repeat((6 << 20) / unit.len());
    assert_clean(format!("Title\n\n{line}").as_bytes());
}

#[test]
fn unbalanced_and_nested_marks() {
    assert_clean("Title\n\n".to_string().add("“".repeat(200_000)).as_bytes());
    assert_clean(format!("Title\n\n{}", "\" ".repeat(200_000)).as_bytes());
    assert_clean(format!("Title\n\n{}", "「".repeat(100_000) + &"」".repeat(100_000)).as_bytes());
    assert_clean(format!("Title\n\n{}", "“a\n\n".repeat(50_000)).as_bytes());
}

#[test]
fn escape_sequences_everywhere() {
    let page = "\u{1b}[2JTi\u{1b}[31mtle\u{1b}]0;pwned\u{7}\n\nBody \u{1b}P+q\u{1b}\\ text\u{9b}6n.\n\n#t\u{1b}ag";
    let article = parse_page(page.as_bytes(), None).expect("parses");
    assert_eq!(article.title, "Title");
    assert!(!article.warnings.is_empty());
    assert_clean(page.as_bytes());
}

#[test]
fn many_short_lines_and_a_file_over_the_size_limit() {
    assert_clean("x\n".repeat(500_000).as_bytes());
    let big = format!("Title\n\n{}", "word ".repeat((9 << 20) / 5));
    let article = parse_page(big.as_bytes(), None).expect("parses");
    assert!(article.warnings.iter().any(|w| w.contains("MiB")));
}

trait Add {
    fn add(self, s: String) -> String;
}

impl Add for String {
    fn add(mut self, s: String) -> String {
        self.push_str(&s);
        self
    }
}

/// Text for the search properties: few letters, so that matches and overlaps are common, with
/// the characters that match an ASCII letter without regard to case; long enough at times for
/// the SIMD search (short texts take another way through it).
fn search_text() -> impl Strategy<Value = String> {
    "[aAbB \u{212A}kK\u{17F}sSé,]{0,150}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// A search finds what the case-insensitive regex of its text finds, ASCII queries (which
    /// skip the regex unless the text holds a sign that folds to their letters) included.
    #[test]
    fn search_agrees_with_the_case_insensitive_regex(query in "[aAbB \u{212A}kKsSé,]{1,7}", text in search_text()) {
        let regex = regex::RegexBuilder::new(&regex::escape(&query)).case_insensitive(true).build();
        prop_assert!(regex.is_ok());
        if let Ok(regex) = regex {
            prop_assert_eq!(tidings::search::Query::new(&query).is_match(&text), regex.is_match(&text));
        }
    }

    /// An article as the reader keeps it, its paragraphs packed into one string with its title
    /// and captions, matches a query exactly where one of those does.
    #[test]
    fn packed_paragraphs_match_as_each_paragraph_does(
        query in "[aAbB kKsS,]{1,5}",
        paragraphs in prop::collection::vec(search_text(), 0..4),
        title in search_text(),
        captions in prop::collection::vec(search_text(), 0..2),
    ) {
        let regex = regex::RegexBuilder::new(&regex::escape(&query)).case_insensitive(true).build();
        prop_assert!(regex.is_ok());
        if let Ok(regex) = regex {
            let fields = || paragraphs.iter().chain([&title]).chain(&captions);
            let expected = fields().any(|p| regex.is_match(p));
            let captions = captions.iter().map(|text| tidings::Caption { text: text.clone(), credit: None }).collect();
            let article =
                tidings::article::Article { paragraphs: paragraphs.clone(), title: title.clone(), captions, ..Default::default() };
            let (article, _) = StoredArticle::new(article);
            prop_assert_eq!(tidings::search::Query::new(&query).matches_article(&article), expected);
        }
    }

    /// The notes on a search (`session::notes`) never rule out an article where the query plus one
    /// character matches, and say exactly where it matches for an exact class.
    #[test]
    fn follow_masks_agree_with_searching(query in "[aAbB \u{212A}kKsSé,]{1,4}", text in search_text(), next in "[aAbB kKsSé,\u{212A}\u{17F}]") {
        use tidings::search::{Query, follow_class};
        let article = tidings::article::Article { paragraphs: vec![text.clone(), text], ..Default::default() };
        let (article, _) = StoredArticle::new(article);
        let next = next.chars().next().unwrap_or('a');
        let (class, exact) = follow_class(next);
        let follows = Query::new(&query).follows(&article);
        // What follows a match, and what follows a match and a space.
        for (mask, longer) in [(follows.next, format!("{query}{next}")), (follows.after_space, format!("{query} {next}"))] {
            let longer = Query::new(&longer).matches_article(&article);
            let allowed = mask & (1 << class) != 0;
            prop_assert!(allowed || !longer);
            if exact {
                prop_assert_eq!(allowed, longer);
            }
        }
    }
}

/// Text of common words, words ending in them, and the characters that match a letter without
/// regard to case, for the index properties.
fn index_text() -> impl Strategy<Value = String> {
    // Mostly one space between words, so that phrases across it are found.
    "((the|The|THE|a|A|said|ſaid|bathe|of|g|Gate|kim|\u{212A}im|és|9)( | | |,|  | ,)){0,8}"
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The word index never leaves out an article a scan finds, and what it calls a hit is one:
    /// one-word queries exactly, phrases after a common or frequent word through its grams.
    #[test]
    fn index_lookups_agree_with_a_scan(
        texts in prop::collection::vec((index_text(), index_text()), 1..12),
        query in "(of )?(the|he|e|a|said|aid|bathe|x|gate|kim|im|s|és)( )(g|G|k|K|\u{212A}|9|,| )(ate|im)?|the|ſaid|kim",
        read_grams in any::<bool>(),
    ) {
        use tidings::index::{IndexBuilder, Lookup, terms_of};
        use tidings::search::Query;
        let articles: Vec<Article> = texts
            .into_iter()
            .map(|(title, body)| Article { title, paragraphs: vec![body], ..Article::default() })
            .collect();
        let mut builder = IndexBuilder::new(articles.len());
        for (n, article) in articles.iter().enumerate() {
            builder.add(n as u32, &terms_of(article));
        }
        let mut index = builder.finish(articles.len());
        let kept = stored(&articles);
        // The frequent grams (`gate`, `kim`, `bathe`, `és` in an eighth of the articles), read or not.
        while read_grams && index.read_for_grams(&kept, 2) {}
        let q = Query::new(&query);
        let scan: Vec<u32> = (0..articles.len() as u32).filter(|&n| q.matches_article(&kept[n as usize])).collect();
        match index.lookup(&query) {
            Lookup::Exact(bits) => prop_assert_eq!(bits.numbers(), scan),
            Lookup::Candidates(bits) => prop_assert!(scan.iter().all(|&n| bits.contains(n))),
            Lookup::Partly { hits, unsure } => {
                prop_assert!(hits.numbers().iter().all(|n| scan.contains(n)));
                prop_assert!(scan.iter().all(|&n| hits.contains(n) || unsure.contains(n)));
            }
            Lookup::Unindexed => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// After the pass over the articles, a phrase after a frequent word (not one of the common
    /// ones) is answered from its grams: every hit matches, and every match is a hit or
    /// checked. Words ending in another (`bathe`, `im`), a sign that folds to a letter and a
    /// word with a letter outside ASCII are among them.
    #[test]
    fn frequent_grams_agree_with_a_scan(
        texts in prop::collection::vec("((gate|Gate|kim|\u{212A}im|im|bathe|és|s|g|x|9)( | | |,|  )){0,10}", 1..10),
        query in "(gate|kim|im|bathe|és|s|x) (g|G|k|\u{212A}|x|9|,)",
    ) {
        use tidings::index::{IndexBuilder, Lookup, terms_of};
        use tidings::search::Query;
        let articles: Vec<Article> =
            texts.into_iter().map(|body| Article { paragraphs: vec![body], ..Article::default() }).collect();
        let mut builder = IndexBuilder::new(articles.len());
        for (n, article) in articles.iter().enumerate() {
            builder.add(n as u32, &terms_of(article));
        }
        let mut index = builder.finish(articles.len());
        let kept = stored(&articles);
        while index.read_for_grams(&kept, 3) {}
        let q = Query::new(&query);
        let scan: Vec<u32> = (0..articles.len() as u32).filter(|&n| q.matches_article(&kept[n as usize])).collect();
        match index.lookup(&query) {
            Lookup::Partly { hits, unsure } => {
                prop_assert!(hits.numbers().iter().all(|n| scan.contains(n)));
                prop_assert!(scan.iter().all(|&n| hits.contains(n) || unsure.contains(n)));
            }
            Lookup::Candidates(bits) => prop_assert!(scan.iter().all(|&n| bits.contains(n))),
            other => prop_assert!(false, "{:?}", other),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// With letters whose cases fold unusually (final sigma, dotted and dotless i, LONG S,
    /// KELVIN SIGN, sharp s), the word index answers one word as a scan does, and one query
    /// narrows another only when every match of it is a match of the other.
    #[test]
    fn case_folding_agrees_with_the_regex(
        texts in prop::collection::vec("[σςΣοΟİiIıKkſsSßẞ\u{212A} ]{0,20}", 1..8),
        query in "[σςΣİiIıKkſsSßẞ\u{212A}]{1,3}",
        other in "[σςΣİiIıkſsßẞ]{1,4}",
    ) {
        use tidings::index::{IndexBuilder, Lookup, terms_of};
        use tidings::search::Query;
        let articles: Vec<Article> =
            texts.into_iter().map(|t| Article { paragraphs: vec![t], ..Article::default() }).collect();
        let mut builder = IndexBuilder::new(articles.len());
        for (n, article) in articles.iter().enumerate() {
            builder.add(n as u32, &terms_of(article));
        }
        let index = builder.finish(articles.len());
        let kept = stored(&articles);
        let q = Query::new(&query);
        let scan: Vec<u32> = (0..articles.len() as u32).filter(|&n| q.matches_article(&kept[n as usize])).collect();
        match index.lookup(&query) {
            Lookup::Exact(bits) => prop_assert_eq!(bits.numbers(), scan),
            other => prop_assert!(false, "one word: {:?}", other),
        }
        let o = Query::new(&other);
        if o.narrows(&q) {
            prop_assert!(kept.iter().all(|a| !o.matches_article(a) || q.matches_article(a)));
        }
    }
}
