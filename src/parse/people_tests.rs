use super::*;

fn people(paragraphs: &[&str]) -> People {
    let owned: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    People::scan(&owned, &[], &[])
}

#[test]
fn titles_are_split_off_and_surnames_resolve_to_the_fullest_name() {
    let p = people(&["President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi.", "Lee said so."]);
    assert_eq!(p.resolve_name("Lee", 9, 0).as_deref(), Some("Lee Jae-myung"));
    assert_eq!(p.resolve_name("Takaichi", 9, 0).as_deref(), Some("Sanae Takaichi"));
    assert_eq!(p.by_role(&["prime", "minister"], 1, 0).as_deref(), Some("Sanae Takaichi"));
}

#[test]
fn an_abbreviated_title_is_the_role_a_later_mention_spells_out() {
    let p = people(&["Gov. Ellen Fairbanks spoke to reporters.", "The governor said more."]);
    assert_eq!(p.by_role(&["governor"], 1, 0).as_deref(), Some("Ellen Fairbanks"));
    assert_eq!(p.by_role(&["senator"], 1, 0), None);
}

#[test]
fn places_and_organisations_are_not_people() {
    let p = people(&["South Korea and Samsung Electronics joined the Asia-Pacific Economic Cooperation forum."]);
    assert!(p.persons.iter().all(|p| p.organisation), "{:?}", p.persons);
    let p = people(&["Readers of The Dragon Waiting met at the White House on Facebook Monday."]);
    assert!(p.persons.iter().all(|p| p.organisation), "{:?}", p.persons);
}

#[test]
fn pronouns_prefer_the_last_subject_of_the_paragraph() {
    let p = people(&[
        "Kwon Ji-hoon said one thing, while Nguyen Van Thanh, who runs a refinery, said he agreed with Park Sung-ho.",
    ]);
    assert_eq!(p.pronoun(Some(Gender::Male), 0, 1000).as_deref(), Some("Nguyen Van Thanh"));
}

#[test]
fn a_lone_word_is_a_person_only_with_a_title_or_a_person_noun() {
    let p = people(&["Our youngest counter, nine-year-old Isla from Stonehaven, spotted birds.", "Imports rose."]);
    assert_eq!(p.persons.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Isla"]);
}

#[test]
fn the_last_named_of_two_with_one_surname_is_meant() {
    let p = people(&["Kim Hye-won spoke first.", "Kim Sun-ja, 68, sells pancakes.", "Kim said so."]);
    assert_eq!(p.resolve_name("Kim", 2, 0).as_deref(), Some("Kim Sun-ja"));
}

#[test]
fn unnamed_people_and_gender_steer_pronouns() {
    let p = people(&[
        "Store manager Keith Oyelaran said he had ordered more. A woman leaving with two jugs said she heard.",
    ]);
    assert_eq!(p.pronoun(Some(Gender::Female), 0, 1000), None);
    let p = people(&["Spokeswoman Ana Ruiz spoke. Then Mr. Tom Reed spoke."]);
    assert_eq!(p.pronoun(Some(Gender::Female), 0, 1000).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn appositives_give_roles_and_organisations() {
    let p = people(&[
        "Ana Ruiz, a spokeswoman for the agency, spoke.",
        "Volta, the Shenzhen-based accessories brand, said so.",
    ]);
    assert_eq!(p.by_role(&["spokeswoman"], 1, 0).as_deref(), Some("Ana Ruiz"));
    // An organisation speaks under its own name.
    assert_eq!(p.resolve_name("Volta", 1, 100).as_deref(), Some("Volta"));
}

#[test]
fn a_place_in_a_relative_clause_is_not_the_subject() {
    let p = people(&[
        "State Rep. Carolyn Mbatha, whose district includes Easton Ridge, called for a review. “This is bad,” she said.",
    ]);
    assert_eq!(p.pronoun(Some(Gender::Female), 0, 1000).as_deref(), Some("Carolyn Mbatha"));
}

#[test]
fn a_sentence_opened_by_she_tells_the_gender_of_the_one_before() {
    let p =
        people(&["Jamie Roe, the hospital's director, spoke.", "Dana Cole runs the ward. She said supplies were low."]);
    assert_eq!(p.pronoun(Some(Gender::Male), 2, 0).as_deref(), Some("Jamie Roe"));
}

#[test]
fn spellings_of_one_name_are_one_person() {
    let p = people(&[
        "Joshua Apte teaches. John M. Ford wrote. James P. Kennedy Jr. said so.",
        "Josh Apte agreed. John Milo Ford left.",
    ]);
    assert_eq!(p.resolve_name("Apte", 2, 0).as_deref(), Some("Joshua Apte"));
    assert_eq!(p.resolve_name("Ford", 2, 0).as_deref(), Some("John Milo Ford"));
    assert_eq!(p.resolve_name("Kennedy", 2, 0).as_deref(), Some("James P. Kennedy Jr."));
}
