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
