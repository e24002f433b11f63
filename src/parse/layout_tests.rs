use super::*;
use crate::parse::lines::split;

fn layout(text: &str) -> Layout {
    lay_out(split(text))
}

#[test]
fn site_names_section_labels_and_skip_links_stand_above_the_title() {
    let l = layout(
        "Skip to main content\n\nThe Japan Times\n\nJAPAN / POLITICS\n\nPanel proposes four-day week\n\n\
         By Tomoko Hirano\n\nStaff writer\n\n2026-01-14 08:05:00 JST\n\nThe panel met on Tuesday.",
    );
    assert_eq!(l.title, "Panel proposes four-day week");
    assert_eq!(l.byline.as_deref(), Some("Tomoko Hirano"));
    assert_eq!(l.published.as_deref(), Some("2026-01-14T08:05:00+09:00"));
    assert_eq!(l.paragraphs, ["The panel met on Tuesday."]);
}

#[test]
fn a_standfirst_above_the_date_is_not_body() {
    let l = layout(
        "Title here\n\nThe deal ends years of talks.\n\nJan 14, 2026\n\nThe first paragraph says what happened.\n\n\
         The second one says why.",
    );
    assert_eq!(l.paragraphs, ["The first paragraph says what happened.", "The second one says why."]);
}

#[test]
fn hard_wrapped_lines_are_rejoined_and_paragraph_ends_kept() {
    let run = [
        "The glacier lost more ice this year than in any year since records",
        "began, the study found, and the loss is speeding up.",
        "A second paragraph starts here without a blank line and it goes on",
        "for a while.",
    ];
    assert_eq!(
        rejoin(&run, Wrap { hard: true, blank_separated: false }),
        [
            "The glacier lost more ice this year than in any year since records began, the study found, and the loss is speeding up.",
            "A second paragraph starts here without a blank line and it goes on for a while."
        ]
    );
}

#[test]
fn a_hard_wrapped_first_paragraph_starts_the_body() {
    let l = layout(
        "Title\n\n2026-03-02\n\nScientists have found that a ridge beneath one of\nthe glaciers is a brake on its retreat, says\nNature Geoscience.\n\nSecond paragraph here.",
    );
    assert_eq!(l.paragraphs.len(), 2);
    assert!(l.paragraphs[0].starts_with("Scientists"));
}

#[test]
fn single_newline_paragraphs_stay_apart() {
    let run = ["Seoul shares rose 2 percent on Monday.", "The won weakened against the dollar."];
    assert_eq!(rejoin(&run, Wrap { hard: false, blank_separated: false }), run);
}

#[test]
fn link_lists_under_a_related_heading_are_dropped() {
    let l = layout(
        "Title\n\nShares in Seoul rose for a third day on Monday as foreign buyers returned to chip makers.\n\n\
         Related articles\n\nSeoul shares rise\n\nWon hits low\n\n\
         Analysts said the rally could last into the spring if exports kept growing at this pace.",
    );
    assert_eq!(
        l.paragraphs,
        [
            "Shares in Seoul rose for a third day on Monday as foreign buyers returned to chip makers.",
            "Analysts said the rally could last into the spring if exports kept growing at this pace."
        ]
    );
}

#[test]
fn text_after_the_copyright_line_is_footer() {
    let l = layout(
        "Title\n\nBody.\n\nCopyright 2026 Daily Planet. All rights reserved.\n\nAbout us\n\nPrivacy policy\n\n#tag",
    );
    assert_eq!(l.paragraphs, ["Body."]);
    assert_eq!(l.copyright_source.as_deref(), Some("Daily Planet"));
    assert_eq!(l.tags, ["tag"]);
}

#[test]
fn a_credit_line_completes_the_caption_above_it() {
    let l = layout("Title\n\nLeaders shake hands in Nara.\n(Yonhap)\n\nThe body starts here.");
    assert_eq!(l.captions, [Caption { text: "Leaders shake hands in Nara.".into(), credit: Some("Yonhap".into()) }]);
    assert_eq!(l.paragraphs, ["The body starts here."]);
}

#[test]
fn a_topics_heading_with_one_tag_per_line() {
    let l = layout(
        "A title for the page\n\nBody one is here.\n\nExplore more on these topics\nTheatre\nWest End\nCornwall\n\nShare\n\n© 2026 Meridian Media Group Limited. All rights reserved.",
    );
    assert_eq!(l.tags, ["Theatre", "West End", "Cornwall"]);
    assert_eq!(l.paragraphs, ["Body one is here."]);
}
