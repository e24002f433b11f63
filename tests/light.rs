//! The light pass against the parser on generated pages of the seed's shape (the unit tests
//! cover the fixtures): tags exactly the same, and nothing refused that the parser reads.

use tidings::{light, parse};

#[path = "../benches/support/synth.rs"]
mod synth;

#[test]
fn light_tags_are_the_parsers_on_generated_pages() {
    let mut g = synth::Gen::new(7);
    for _ in 0..300 {
        let page = g.page();
        let full = parse::parse_page(page.as_bytes(), None).map(|a| a.tags).ok();
        assert_eq!(light::tags_of(page.as_bytes()).ok(), full, "{page}");
        assert_eq!(parse::skim::tags_of(page.as_bytes()).ok(), full);
        let listed = light::light_page(page.as_bytes(), Some("p.txt")).ok();
        assert_eq!(listed.map(|a| a.tags), full);
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

    /// Pages made of the pieces tag lines are built from, in any order: the light pass's tags
    /// are the parser's.
    #[test]
    fn light_tags_are_the_parsers_on_tag_like_text(
        lines in proptest::collection::vec(proptest::sample::select(&[
            "#Korea #trade talks", "#korea\u{a0}#Japan", "# not a tag", "#", "##double", "Keywords: Seoul, ferry",
            "Tags:", "Tags", "tags: A, b, a", "Related topics", "Korea", "Trade talks", "Body text ends here.",
            "#한국 #일본", "  #spaced   #tags  ", "Photo: #1 pick", "#A #a #B", "Keywords", "x #mid-line tag",
            "", "\t", "Copyright 2026 Harbor Herald", "Title of the page",
        ][..]), 1..14)
    ) {
        let page = lines.join("\n");
        let light = light::tags_of(page.as_bytes()).ok();
        proptest::prop_assert_eq!(&light, &parse::skim::tags_of(page.as_bytes()).ok(), "{:?}", page);
        let listed = light::light_page(page.as_bytes(), None).ok().map(|a| a.tags);
        proptest::prop_assert_eq!(listed, light);
    }
}
