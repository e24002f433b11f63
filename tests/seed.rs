//! The real page of `shared/examples/` parses exactly as FORMAT.md says. The page is reference
//! material kept outside the project (its text is not ours to commit), so this test reads it
//! where the workspace keeps it; `tests/fixtures/en-seed-shape.txt` is our own page in the
//! same shape and is checked by the fixture test everywhere.

use std::path::Path;

use tidings::parse::parse_page;

#[test]
fn the_seed_example_parses_as_format_md_says() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/examples/seed-asiatoday.txt");
    let Ok(bytes) = std::fs::read(&path) else {
        // Passing, since the page is not ours to ship; said loudly, so a run without it is
        // not taken for a run that checked it (`cargo test --test seed -- --nocapture`).
        eprintln!("SKIPPED: 0 of 1 real pages checked: {} is absent", path.display());
        eprintln!("         (tests/fixtures/en-seed-shape.txt, our page of the same shape, is checked by fixtures.rs)");
        return;
    };
    eprintln!("checked 1 of 1 real pages: {}", path.display());
    let a = parse_page(&bytes, None).expect("the seed parses");
    assert_eq!(a.title, "Lee, Takaichi call for deeper Korea-Japan ties");
    assert_eq!(a.published.as_deref(), Some("2026-01-14T08:05"));
    assert_eq!(a.source.as_deref(), Some("Asiatoday"));
    assert_eq!(a.byline, None);
    assert_eq!(a.captions.len(), 1);
    assert_eq!(a.captions[0].credit.as_deref(), Some("Yonhap"));
    assert!(a.captions[0].text.ends_with("in Nara Prefecture on Jan. 13."));
    assert_eq!(a.paragraphs.len(), 7);
    let quotes: Vec<(&str, Option<&str>)> = a.quotes.iter().map(|q| (q.text.as_str(), q.speaker.as_deref())).collect();
    assert_eq!(
        quotes,
        [
            ("walk hand in hand into a new 60 years together", Some("Lee Jae-myung")),
            ("is more important than ever", Some("Lee Jae-myung")),
            (
                "South Korea and Japan achieved remarkable growth after the war, and each country has been a great source of strength for the other",
                Some("Lee Jae-myung")
            ),
            ("a higher level.", Some("Sanae Takaichi")),
        ]
    );
    assert_eq!(
        a.tags,
        ["South Korea Japan relations", "bilateral cooperation", "summit talks", "Nara visit", "APEC meeting"]
    );
    assert!(a.warnings.is_empty());
}
