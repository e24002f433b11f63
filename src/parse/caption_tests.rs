use super::*;

#[test]
fn dated_place_marks_have_the_prefiltered_lead_byte() {
    assert!(['（', '）', '＝'].iter().all(|c| c.to_string().as_bytes()[0] == 0xEF));
}

fn cap(line: &str) -> Option<(String, Option<String>)> {
    parse_line(line).map(|c| (c.text, c.credit))
}

fn pair(text: &str, credit: &str) -> Option<(String, Option<String>)> {
    Some((text.into(), Some(credit.into())))
}

#[test]
fn credits_glued_to_the_caption() {
    assert_eq!(
        cap("The mayor at the harbour last week.Credit...Jo Park/The Daily Planet"),
        pair("The mayor at the harbour last week.", "Jo Park/The Daily Planet")
    );
    assert_eq!(
        cap("Ships wait outside the port of Busan.Reuters"),
        pair("Ships wait outside the port of Busan.", "Reuters")
    );
    assert_eq!(cap("Retiring early is not easy.Jo Park/Getty"), pair("Retiring early is not easy.", "Jo Park/Getty"));
    assert_eq!(cap("Talks ended in the U.S. Senate today"), None);
    assert_eq!(cap("He left.Then he came back and said he would stay."), None);
}

#[test]
fn every_credit_style() {
    assert_eq!(
        cap("Leaders shake hands in Nara on Jan. 13. / Yonhap"),
        pair("Leaders shake hands in Nara on Jan. 13.", "Yonhap")
    );
    assert_eq!(cap("Containers at a port in Busan. (Yonhap)"), pair("Containers at a port in Busan.", "Yonhap"));
    assert_eq!(cap("[사진=연합뉴스] 대통령이 발언하고 있다."), pair("대통령이 발언하고 있다.", "연합뉴스"));
    assert_eq!(cap("（写真＝共同）会見する首相"), pair("会見する首相", "共同"));
    assert_eq!(cap("(Photo: Reuters) A trader watches screens."), pair("A trader watches screens.", "Reuters"));
    assert_eq!(cap("(Seoul) Officials met on Monday."), None);
    assert_eq!(
        cap("A rocket lifts off, Feb. 10, 2026. (AP Photo/Kenji Morita)"),
        pair("A rocket lifts off, Feb. 10, 2026.", "AP Photo/Kenji Morita")
    );
    assert_eq!(cap("Containers in Rotterdam. Photo: Reuters"), pair("Containers in Rotterdam.", "Reuters"));
    assert_eq!(
        cap("Visitors at COEX, Wednesday. [Photo by Baek Seung-ho]"),
        pair("Visitors at COEX, Wednesday.", "Baek Seung-ho")
    );
    assert_eq!(
        cap("A robot at the booth. Courtesy of Samsung Electronics"),
        pair("A robot at the booth.", "Samsung Electronics")
    );
    assert_eq!(
        cap("A farmer near Kumasi, January 12, 2026. REUTERS/Kwame Asante"),
        pair("A farmer near Kumasi, January 12, 2026.", "REUTERS/Kwame Asante")
    );
    assert_eq!(
        cap("Campaigners celebrate. Photograph: Gareth Pryce/PA"),
        pair("Campaigners celebrate.", "Gareth Pryce/PA")
    );
    assert_eq!(
        cap("Morimoto speaks in Tokyo on Tuesday. | Kyodo"),
        pair("Morimoto speaks in Tokyo on Tuesday.", "Kyodo")
    );
    assert_eq!(
        cap("이재명 대통령이 통화를 하고 있다. /연합뉴스"),
        pair("이재명 대통령이 통화를 하고 있다.", "연합뉴스")
    );
    assert_eq!(
        cap("제설 차량이 염화칼슘을 뿌리고 있다. (사진=뉴시스)"),
        pair("제설 차량이 염화칼슘을 뿌리고 있다.", "뉴시스")
    );
    assert_eq!(
        cap("記者団の質問に答える高市早苗首相＝9日午後、首相官邸（共同）"),
        pair("記者団の質問に答える高市早苗首相＝9日午後、首相官邸", "共同")
    );
    assert_eq!(
        cap("東京都内のガソリンスタンドに表示された価格＝共同"),
        pair("東京都内のガソリンスタンドに表示された価格", "共同")
    );
    assert_eq!(
        cap("会見する森川遥さん＝14日夜、東京都千代田区（代表撮影）"),
        pair("会見する森川遥さん＝14日夜、東京都千代田区", "代表撮影")
    );
    assert_eq!(cap("Fans cheer in Seoul. AFP via Getty Images"), pair("Fans cheer in Seoul.", "AFP via Getty Images"));
}

#[test]
fn body_text_is_not_a_caption() {
    assert_eq!(cap("The company reported sales of 3.2 trillion won (US$2.4 billion)."), None);
    assert_eq!(cap("TOKYO (AP) — Japan launched a rocket on Tuesday."), None);
    assert_eq!(cap("“We are ready,” Lee said in Seoul. / Yonhap"), None);
    assert_eq!(cap("Growth slowed to 1.5 percent in 2025/26"), None);
    assert_eq!(cap("Members of the Asia-Pacific Economic Cooperation (APEC)"), None);
}

#[test]
fn credit_only_lines() {
    assert_eq!(credit_only("(Yonhap)").as_deref(), Some("Yonhap"));
    assert_eq!(credit_only("Photo: Reuters").as_deref(), Some("Reuters"));
    assert_eq!(credit_only("AP Photo/Lee Jin-man").as_deref(), Some("AP Photo/Lee Jin-man"));
    assert_eq!(credit_only("Yonhap").as_deref(), Some("Yonhap"));
    assert_eq!(credit_only("Seoul"), None);
}
