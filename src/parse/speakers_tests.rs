use super::*;
use crate::parse::words::words;

fn read(text: &str) -> Option<Who> {
    let ws: Vec<Word<'_>> = words(text).collect();
    phrase(&ws, Place { paragraph: 0, base: 0 }).map(|(who, _)| who)
}

#[test]
fn names_behind_titles_and_descriptions() {
    assert_eq!(read("Internal Affairs Minister Shinichi Morimoto"), Some(Who::Name("Shinichi Morimoto".into())));
    assert_eq!(read("planetary geologist Rosa Lopes of the Jet Lab"), Some(Who::Name("Rosa Lopes".into())));
    assert_eq!(read("the Serbian third seed Novak Djokovic"), Some(Who::Name("Novak Djokovic".into())));
    assert_eq!(read("his aunt, Jane Starner,"), Some(Who::Name("Jane Starner".into())));
    assert_eq!(read("Tidewater partner Grace Whitmore"), Some(Who::Name("Grace Whitmore".into())));
    assert_eq!(read("Boudreau gave his players a pep talk Tuesday"), Some(Who::Name("Boudreau".into())));
}

#[test]
fn organisations_and_what_refers_to_them() {
    assert_eq!(read("the White House"), Some(Who::Org("White House".into())));
    assert_eq!(read("Big Machine Records"), Some(Who::Org("Big Machine Records".into())));
    assert_eq!(read("Twitter"), Some(Who::Org("Twitter".into())));
    assert!(matches!(read("the production company"), Some(Who::OrgRef { head, .. }) if head == "company"));
    assert!(matches!(read("Police"), Some(Who::OrgRef { head, .. }) if head == "police"));
}

#[test]
fn nobody_in_particular() {
    for text in
        ["Fifty-one percent", "a Republican", "officials", "an insider", "Marcel Granollers and Feliciano Lopez"]
    {
        assert_eq!(read(text), Some(Who::Nobody), "{text}");
    }
}

#[test]
fn a_name_is_a_name_only_when_it_looks_like_one() {
    assert_eq!(read("Like Acme head Jo Park"), Some(Who::Name("Jo Park".into())));
    assert!(matches!(read("the actor"), Some(Who::Role { words, .. }) if words == ["actor"]));
    assert!(
        matches!(read("the singer and guitarist"), Some(Who::Role { words, .. }) if words == ["singer", "and", "guitarist"])
    );
}
