use super::*;

fn said(paragraphs: &[&str]) -> Vec<(String, Option<String>, usize)> {
    let owned: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    quotes(&owned, &[]).into_iter().map(|q| (q.text, q.speaker, q.paragraph)).collect()
}

fn q(text: &str, speaker: Option<&str>, paragraph: usize) -> (String, Option<String>, usize) {
    (text.into(), speaker.map(Into::into), paragraph)
}

#[test]
fn split_quotes_are_two_quotes_by_one_speaker() {
    assert_eq!(
        said(&["Dr. Lim Ha-eun spoke.", "“Worse,” she said. “Much worse.”"]),
        [q("Worse", Some("Lim Ha-eun"), 1), q("Much worse.", Some("Lim Ha-eun"), 1)]
    );
}

#[test]
fn scare_quotes_and_titles_are_not_speech() {
    let got = said(&[
        "Lindgren questioned the “new normal,” arguing that so-called “zombie companies” read “The Quiet Harbor” often.",
    ]);
    assert_eq!(got, []);
}

#[test]
fn a_capitalised_word_opening_a_sentence_is_a_name_unless_it_stands_alone() {
    assert_eq!(said(&["“Sumbi,” a documentary about divers, won the prize."]), []);
    assert_eq!(said(&["The jury praised what it called its “patience with silence,” noting the long takes."]), []);
    assert_eq!(said(&["He paused. “Never.” The room went quiet."]).len(), 1);
}

#[test]
fn a_follow_up_paragraph_keeps_the_speaker() {
    assert_eq!(
        said(&["“We are seeing more cases,” said Lim Ha-eun, a doctor.", "“Parents should not wait.”"]),
        [q("We are seeing more cases", Some("Lim Ha-eun"), 0), q("Parents should not wait.", Some("Lim Ha-eun"), 1)]
    );
}

#[test]
fn the_seed_shapes() {
    let got = said(&[
        "Lee Jae-myung noted that history is painful. “South Korea and Japan achieved growth after the war,” he said.",
        "Takaichi echoed the sentiment, saying she hoped Lee’s visit would lift ties to “a higher level.”",
        "Japanese Prime Minister Sanae Takaichi spoke too.",
    ]);
    assert_eq!(
        got,
        [
            q("South Korea and Japan achieved growth after the war", Some("Lee Jae-myung"), 0),
            q("a higher level.", Some("Sanae Takaichi"), 1)
        ]
    );
}

#[test]
fn a_name_after_a_company_and_a_role_word_is_the_speaker() {
    let got = said(&[
        "Tidewater partner Grace Whitmore said she had been skeptical of photonics for years. “What changed my mind was seeing their yield numbers,” she said.",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Grace Whitmore"));
    let got = said(&[
        "Morimoto, who spent nine years at a maker before founding Kaminari with Daniel Hsu, said the money would pay for a line.",
        "Tidewater partner Grace Whitmore said she had been skeptical of photonics for years. \"What changed my mind was seeing their yield numbers,\" she said.",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Grace Whitmore"));
}

#[test]
fn a_colon_ending_the_paragraph_before_attributes_the_quote_below() {
    let got = said(&[
        "The original cast, led by Mae Pengelly as the eldest sister, Wenna, will move with the production.",
        "Pengelly, who grew up in Penzance and trained as a nurse before turning to acting, described the first night in Falmouth:",
        "“The lights went down and nobody moved.",
        "“Then someone started crying. I counted.”",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Mae Pengelly"));
}

#[test]
fn a_sentence_with_its_own_source_does_not_inherit_the_speaker_before() {
    let got = said(&[
        "“It is wrong,” said Seo Yu-jin, a union spokesperson.",
        "The labor ministry's office, asked about it, said only that the limit “applies to every company.”",
    ]);
    assert_eq!(got[1], q("applies to every company.", None, 1));
    let got = said(&[
        "“It is wrong,” said Seo Yu-jin, a union spokesperson.",
        "The association disagreed. Its president, Choi Kwang-hoon, told reporters that they “will not become cashiers.”",
    ]);
    assert_eq!(got[1], q("will not become cashiers.", Some("Choi Kwang-hoon"), 1));
}

#[test]
fn a_verb_that_reports_speech_only_with_its_particle() {
    assert_eq!(said(&["The reviews weighed more heavily toward the “this will never sell” end."]), []);
    let got = said(&["Rui Sato pointed out that the plan “will not survive the winter.”"]);
    assert_eq!(got, [q("will not survive the winter.", Some("Rui Sato"), 0)]);
}

#[test]
fn organisations_and_the_statements_they_issue() {
    let got = said(&[
        "On Monday, Harbor Gas Corp. issued a statement about the leak.",
        "The statement, which was seen by reporters, said the valves “were replaced within the hour.”",
        "“We regret the disruption,” the statement continued.",
    ]);
    assert_eq!(got[0].1.as_deref(), Some("Harbor Gas Corp."));
    assert_eq!(got[1].1.as_deref(), Some("Harbor Gas Corp."));
}
