use super::*;

fn people(paragraphs: &[&str]) -> People {
    let owned: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    People::scan(&owned, &[], &[])
}

#[test]
fn titles_are_split_off_and_surnames_resolve_to_the_fullest_name() {
    let p = people(&["President Lee Jae-myung met Japanese Prime Minister Sanae Takaichi.", "Lee said so."]);
    assert_eq!(p.resolve_name("Lee").as_deref(), Some("Lee Jae-myung"));
    assert_eq!(p.resolve_name("Takaichi").as_deref(), Some("Sanae Takaichi"));
    assert_eq!(p.by_role(&["prime", "minister"], 1, 0).as_deref(), Some("Sanae Takaichi"));
}

#[test]
fn places_and_organisations_are_not_people() {
    let p = people(&["South Korea and Samsung Electronics joined the Asia-Pacific Economic Cooperation forum."]);
    assert!(p.persons.is_empty(), "{:?}", p.persons);
}

#[test]
fn pronouns_prefer_the_last_subject_of_the_paragraph() {
    let p = people(&[
        "Kwon Ji-hoon said one thing, while Nguyen Van Thanh, who runs a refinery, said he agreed with Park Sung-ho.",
    ]);
    assert_eq!(p.pronoun(0, 1000).as_deref(), Some("Nguyen Van Thanh"));
}

#[test]
fn a_lone_word_is_a_person_only_with_a_title_or_a_person_noun() {
    let p = people(&["Our youngest counter, nine-year-old Isla from Stonehaven, spotted birds.", "Imports rose."]);
    assert_eq!(p.persons.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Isla"]);
}
