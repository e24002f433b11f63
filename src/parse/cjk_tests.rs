use super::*;
use crate::parse::quotes::find;

fn who(paragraphs: &[&str]) -> Vec<Option<Who>> {
    let ps: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    find(&ps).iter().map(|s| attribute(&ps, s).map(|a| a.who)).collect()
}

fn name(n: &str) -> Option<Who> {
    Some(Who::Name(n.into()))
}

#[test]
fn korean_subjects() {
    assert_eq!(who(&["이재명 대통령은 23일 “함께 풀자”라고 말했다."]), [name("이재명")]);
    assert_eq!(who(&["이 대통령은 “과거를 직시하자”고 강조했다."]), [name("이")]);
    assert_eq!(who(&["김현수 대통령실 대변인은 브리핑에서 “공감했다”고 전했다."]), [name("김현수")]);
    assert_eq!(
        who(&["직장인 이수빈(29)씨는 “두 시간 걸렸다”며 “연락했다”고 말했다."]),
        [name("이수빈"), name("이수빈")]
    );
    assert_eq!(
        who(&["마크 헤이든(Mark Hayden) 어플라이드 퓨전 최고경영자(CEO)는 “한국은 빠르다”고 말했다."]),
        [name("마크 헤이든")]
    );
    assert_eq!(who(&["기상청 관계자는 “눈이 더 온다”고 말했다."]), [Some(Who::Nobody)]);
}

#[test]
fn japanese_subjects() {
    assert_eq!(who(&["高市早苗首相は9日、記者団に「暮らしを守る」と述べた。"]), [name("高市早苗")]);
    assert_eq!(who(&["選考委員の作家、藤沢涼子さんは「評価が高かった」と講評した。"]), [name("藤沢涼子")]);
    assert_eq!(who(&["政府関係者は「補助を続ける」と明かした。"]), [Some(Who::Nobody)]);
    assert_eq!(who(&["ある外資系証券のエコノミストは「想定よりタカ派的だ」と話した。"]), [Some(Who::Nobody)]);
}

#[test]
fn fullest_names() {
    let ps = vec![
        "이재명 대통령은 23일 다카이치 사나에 일본 총리와 통화했다.".to_string(),
        "芥川賞に森川遥さん".to_string(),
    ];
    let people = People::scan(&ps, &[]);
    assert_eq!(people.resolve("이"), "이재명");
    assert_eq!(people.resolve("다카이치"), "다카이치 사나에");
    assert_eq!(people.resolve("森川"), "森川遥");
}

#[test]
fn a_title_ending_a_longer_title_does_not_cut_the_name() {
    let ps = vec!["林芳正官房長官は記者会見で「財源は確保できる」との認識を示した。".to_string()];
    assert_eq!(People::scan(&ps, &[]).resolve("林"), "林芳正");
    assert_eq!(who(&["林芳正官房長官は記者会見で「財源は確保できる」との認識を示した。"]), [name("林芳正")]);
}

#[test]
fn an_indefinite_subject_is_nobody() {
    assert_eq!(who(&["업계는 환영했다. 한 반도체 업체 임원은 \"지원이 반갑다\"고 했다."]), [Some(Who::Nobody)]);
}

#[test]
fn a_speaker_named_after_the_quote() {
    assert_eq!(who(&["“협상은 끝나지 않았다”라고 김민수 장관은 말했다."]), [name("김민수")]);
    assert_eq!(who(&["\"속도를 늦추지 않겠다\"고 박지영 위원장이 밝혔다."]), [name("박지영")]);
    assert_eq!(who(&["「交渉は続ける」と佐藤健一長官は述べた。"]), [name("佐藤健一")]);
}

#[test]
fn organisations_speak_under_their_name() {
    assert_eq!(who(&["気象台は「外出を控えて」と呼びかけた。"]), [Some(Who::Org("気象台".into()))]);
    assert_eq!(who(&["검찰은 \"증거가 충분하다\"고 밝혔다."]), [Some(Who::Org("검찰".into()))]);
    assert_eq!(who(&["70代の女性は「眠れない」と話した。"]), [Some(Who::Nobody)]);
    let ps = vec!["金沢地方気象台によりますと、雪が続く見込みです。".to_string()];
    assert_eq!(People::scan(&ps, &[]).resolve_organisation("気象台"), "金沢地方気象台");
}
