use super::*;
use crate::parse::quotes::find;

fn who(paragraph: &str) -> Vec<Option<Who>> {
    let ps = vec![paragraph.to_string()];
    find(&ps).iter().map(|s| attribute(&ps, s).map(|a| a.who)).collect()
}

fn name(n: &str) -> Option<Who> {
    Some(Who::Name(n.into()))
}

#[test]
fn after_the_quote() {
    assert_eq!(who("“We will go,” said Anders Holm, chief executive."), [name("Anders Holm")]);
    assert_eq!(
        who("“We will go,” Internal Affairs Minister Shinichi Morimoto told reporters."),
        [name("Shinichi Morimoto")]
    );
    assert_eq!(who("“We will go,” according to Maria Lindgren, an economist."), [name("Maria Lindgren")]);
    assert_eq!(who("“Who pays?” someone shouted."), [Some(Who::Nobody)]);
    assert!(matches!(who("“We will go,” he said.")[0], Some(Who::Pronoun { .. })));
    assert!(
        matches!(&who("“We will go,” the minister said.")[0], Some(Who::Role { words, .. }) if words == &["minister"])
    );
}

#[test]
fn before_the_quote() {
    assert_eq!(
        who("Lee said cooperation between Seoul and Tokyo “is more important than ever,” adding more."),
        [name("Lee")]
    );
    assert_eq!(who("Kim Tae-yang said: “No password was taken.”"), [name("Kim Tae-yang")]);
    assert_eq!(
        who(
            "President Lee Jae-myung on Jan. 13 called for deeper cooperation, urging the two to “walk hand in hand together” soon."
        ),
        [name("Lee Jae-myung")]
    );
    assert_eq!(
        who(
            "Sweden will act, Foreign Minister Elin Rosander said on Wednesday, warning that imports were “a direct threat to jobs.”"
        ),
        [name("Elin Rosander")]
    );
    assert!(matches!(
        who("Takaichi echoed it, saying she hoped ties advance to “a higher level.”")[0],
        Some(Who::Pronoun { .. })
    ));
    assert_eq!(
        who("In a statement, the company said, “We apologize to our users.”")[0],
        Some(Who::Role { words: vec!["company".into()], paragraph: 0, at: 16 })
    );
}

#[test]
fn no_attribution_in_the_sentence() {
    assert_eq!(who("Prices rose. “The next two weeks will decide.”"), [None]);
    assert_eq!(who("He met them. “It was fine,” and the crowd cheered."), [None]);
}

#[test]
fn sentences_do_not_end_at_abbreviations() {
    assert_eq!(sentence_start("He met Dr. Kim. Then Mr. Lee said", 33), 15);
}

#[test]
fn appositive_names_before_a_participle() {
    assert_eq!(
        who(
            "Liverpool city council’s cabinet member for culture, Harpreet Sandhu, welcomed the sale, saying it proved that “communities can still win against the odds”."
        ),
        [name("Harpreet Sandhu")]
    );
}

#[test]
fn absolute_with_clauses_and_participles() {
    assert_eq!(
        who(
            "Australian Resources Minister Claire Donnelly welcomed the deal, saying she expected it to bring “billions of dollars in new investment” to regional Australia."
        ),
        [name("Claire Donnelly")]
    );
    assert_eq!(
        who(
            "The two signed a deal, with Trade Minister Yoon Seok-hyun calling the deal “a cornerstone for the next decade” as both seek more."
        ),
        [name("Yoon Seok-hyun")]
    );
}

#[test]
fn names_before_a_relative_clause_and_org_names_with_of() {
    assert_eq!(
        who(
            "Dr Tunde Bakare, a civil engineer at the University of Lagos who took part in that inspection, told the BNC the collapse was \"the most predictable failure I have seen in 30 years\"."
        ),
        [name("Tunde Bakare")]
    );
    assert_eq!(
        who(
            "In a statement, the state's Ministry of Waterfront Infrastructure said that repairs would start \"as soon as the water level allows\"."
        ),
        [Some(Who::Nobody)]
    );
    assert_eq!(
        who(
            "Graham Tolley, who chairs the Harwick Traders’ Association, called it “a tax on the high street at the worst possible time”."
        ),
        [name("Graham Tolley")]
    );
}
