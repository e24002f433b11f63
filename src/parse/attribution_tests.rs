use super::*;
use crate::parse::quotes::find;

fn who(paragraph: &str) -> Vec<Option<Who>> {
    let ps = vec![paragraph.to_string()];
    let spans = find(&ps);
    (0..spans.len()).map(|i| attribute(&ps, &spans, i).map(|a| a.who)).collect()
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
        Some(Who::OrgRef { head: "company".into(), paragraph: 0, at: 16 })
    );
}

#[test]
fn no_attribution_in_the_sentence() {
    assert_eq!(who("Prices rose. “The next two weeks will decide.”"), [None]);
    assert_eq!(who("He met them. “It was fine,” and the crowd cheered."), [None]);
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
        [Some(Who::Org("Ministry of Waterfront Infrastructure".into()))]
    );
    assert_eq!(
        who(
            "Graham Tolley, who chairs the Harwick Traders’ Association, called it “a tax on the high street at the worst possible time”."
        ),
        [name("Graham Tolley")]
    );
}

fn org(n: &str) -> Option<Who> {
    Some(Who::Org(n.into()))
}

#[test]
fn a_description_of_any_length_between_the_name_and_the_verb() {
    assert_eq!(
        who("“We will adapt,” Maria Lopez, the agency's deputy director for coastal programmes, said on Monday."),
        [name("Maria Lopez")]
    );
    assert_eq!(who("“It works,” Lopez, chief executive of Tern Labs, adds."), [name("Lopez")]);
    assert_eq!(
        who(
            "“It is late,” Rui Sato, a research analyst at the Lisbon-based Council on Energy, Water and Air think tank told reporters."
        ),
        [name("Rui Sato")]
    );
    assert_eq!(
        who(
            "In a letter in May, Zippy Morse, the president of the Harbor Farm Bureau, said farmers faced “near-unprecedented hardship.”"
        ),
        [name("Zippy Morse")]
    );
}

#[test]
fn verbs_and_constructions_of_reporting() {
    assert_eq!(who("“It is done,” comments Lopez."), [name("Lopez")]);
    assert_eq!(who("“He knew,” Lopez allegedly told a friend."), [name("Lopez")]);
    assert_eq!(who("“Sales fell,” Lopez reported."), [name("Lopez")]);
    assert_eq!(who("Lopez has said that the plan “will not survive the winter.”"), [name("Lopez")]);
    assert_eq!(who("Lopez said after his appointment: “The work starts now.”"), [name("Lopez")]);
    assert_eq!(who("Lopez weighed in, telling reporters “this is not the end of it.”"), [name("Lopez")]);
    assert_eq!(who("“The Klingons agree,” was how Ford described it."), [name("Ford")]);
    assert_eq!(who("“Had he stayed, he would have won.” — Nell Gray"), [name("Nell Gray")]);
}

#[test]
fn organisations_speak_and_are_referred_to() {
    assert_eq!(
        who("“Supplies are sufficient,” the statement said."),
        [Some(Who::OrgRef { head: "statement".into(), paragraph: 0, at: 31 })]
    );
    assert!(matches!(&who("“We disagree,” they said.")[0], Some(Who::OrgRef { head, .. }) if head == "they"));
    assert!(
        matches!(&who("Prosecutors alleged that Lopez “took the money.”")[0], Some(Who::OrgRef { head, .. }) if head == "prosecutors")
    );
    assert_eq!(who("“It is closed,” writes the Harbor Gazette."), [org("Harbor Gazette")]);
    assert_eq!(who("The Arab Union called it an “extremely adverse development”."), [org("Arab Union")]);
    assert_eq!(
        who("Russia's foreign ministry said it viewed the move as “another step back”."),
        [org("Russia's foreign ministry")]
    );
    assert_eq!(who("A Kizuna Motors spokesperson said it was “in talks with partners.”"), [org("Kizuna Motors")]);
    assert_eq!(
        who("A spokesperson for the Tern Foreign Office said they “are illegal under the law”."),
        [org("Tern Foreign Office")]
    );
    assert_eq!(who("Secretary of State Mike Rowe said the release “gives us hope.”"), [name("Mike Rowe")]);
    assert_eq!(
        who("The Tern High Commissioner for Human Rights said the move did “not modify existing law”."),
        [org("Tern High Commissioner for Human Rights")]
    );
}

#[test]
fn who_speaks_when_a_sentence_holds_several_people() {
    // The clause's own verb, not a verb of a relative clause.
    assert_eq!(who("Martha added that the letter Mike wrote was “kind and loving.”"), [name("Martha")]);
    // Several speakers at once are no one speaker.
    assert_eq!(
        who("Ford and Fry replied that I was threatening them with “beliefs of uncited people.”"),
        [Some(Who::Nobody)]
    );
    // A description owned by someone is that someone's, not the object's.
    assert!(
        matches!(&who("Ford’s father told Starner that “the only way I know he is alive is the checks.”")[0], Some(Who::Role { words, .. }) if words.last().is_some_and(|w| w == "father"))
    );
    // A verb after `and` has the first verb's subject.
    let got =
        who("Volker said he never used the term \"three amigos\" and added, \"I frankly cringe when I hear it.\"");
    assert_eq!(got.last(), Some(&name("Volker")));
    // `He` opening a name.
    assert_eq!(
        who("“Without rolling back tariffs, why deal?” He Jianxiong, the former director, said."),
        [name("He Jianxiong")]
    );
    // Descriptions before the name.
    assert_eq!(who("“I played unreal tennis,” the 14th-ranked Schwartzman said."), [name("Schwartzman")]);
    // A time between subject and verb; a full stop ends the quote's sentence.
    assert_eq!(who("“I found it.” Martha added that she left."), [None]);
}
