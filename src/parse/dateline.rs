//! Wire datelines opening the body: `SEOUL, Jan. 14 (Yonhap) -- `, `TOKYO (AP) — `,
//! `Jan 14 (Reuters) - `, `(서울=연합뉴스) `, `【ワシントン共同】`. The credit names the source.

use super::lexicon::JAPANESE_AGENCIES;
use super::text;

/// How far into the paragraph a dateline's credit may open.
const MAX_DATELINE: usize = 80;

/// The credit of the dateline opening `paragraph`, if any.
pub fn credit(paragraph: &str) -> Option<String> {
    if let Some(c) = bracket_first(paragraph) {
        return Some(c);
    }
    let head = &paragraph[..floor_boundary(paragraph, MAX_DATELINE)];
    let open = head.find('(')?;
    let close = open + head[open..].find(')')?;
    let place = &head[..open];
    let after = paragraph[close + 1..].trim_start();
    let dash = ["--", "—", "–", "-", ":"].iter().any(|d| after.starts_with(d));
    if !dash || !is_dateline_place(place) {
        return None;
    }
    agency(&head[open + 1..close])
}

/// The reporter a dateline names: `[스타데일리=김민지 기자]`, `(서울=연합뉴스) 김민지 기자 =`,
/// `【ワシントン＝松本太郎】`.
pub fn reporter(paragraph: &str) -> Option<String> {
    if let Some(inner) = paragraph.strip_prefix('【').and_then(|rest| rest.split_once('】')).map(|(inner, _)| inner)
        && let Some((_, name)) = inner.split_once('＝')
    {
        let name = name.trim();
        let kanji = (2..=6).contains(&name.chars().count()) && name.chars().all(text::is_cjk);
        return (kanji && !JAPANESE_AGENCIES.contains(&name)).then(|| name.to_string());
    }
    let head = &paragraph[..floor_boundary(paragraph, MAX_DATELINE + 40)];
    let at = head.find("기자")?;
    let name = head[..at].trim_end().rsplit([' ', '=', '[', '(', ')', ']']).next()?;
    let hangul = (2..=4).contains(&name.chars().count()) && name.chars().all(|c| ('가'..='힣').contains(&c));
    let opened = head.starts_with(['[', '(']);
    (hangul && opened).then(|| name.to_string())
}

/// `(서울=연합뉴스) …`, `[서울=뉴시스] …`, `【ワシントン共同】…` at the very start.
fn bracket_first(paragraph: &str) -> Option<String> {
    let (open, close) = match paragraph.chars().next()? {
        '(' => ('(', ')'),
        '[' => ('[', ']'),
        '【' => ('【', '】'),
        _ => return None,
    };
    let end = paragraph.find(close).filter(|&e| e <= MAX_DATELINE)?;
    let inner = &paragraph[open.len_utf8()..end];
    if let Some((before, credit)) = inner.split_once(['=', '＝']) {
        // `[스타데일리=김민지 기자]`: the outlet, then its reporter.
        if credit.trim_end().ends_with("기자") {
            return agency(before);
        }
        // `【ワシントン＝松本太郎】`: a Japanese paper's own correspondent, not an agency.
        if open == '【' {
            let credit = credit.trim();
            return JAPANESE_AGENCIES.contains(&credit).then(|| credit.to_string());
        }
        return agency(credit).filter(|_| !credit.trim().contains(' '));
    }
    ["共同", "時事"].iter().find(|a| inner.ends_with(*a)).map(|a| a.to_string())
}

/// Place and date words before the credit: capitalised words, numbers, commas, periods.
fn is_dateline_place(place: &str) -> bool {
    let words: Vec<&str> = place.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| {
            let w = w.trim_end_matches([',', '.']);
            w.is_empty() || text::is_capitalized(w) || w.chars().all(|c| c.is_ascii_digit())
        })
}

fn agency(inner: &str) -> Option<String> {
    let inner = inner.trim();
    let ok = !inner.is_empty() && text::word_count(inner) <= 4 && text::is_capitalized(inner);
    ok.then(|| inner.to_string())
}

fn floor_boundary(s: &str, max: usize) -> usize {
    let mut i = max.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines_give_their_credit() {
        assert_eq!(credit("SEOUL, Jan. 14 (Yonhap) -- President Lee said").as_deref(), Some("Yonhap"));
        assert_eq!(credit("TOKYO (AP) — Japan’s space agency").as_deref(), Some("AP"));
        assert_eq!(credit("Jan 14 (Reuters) - Ghana's cocoa regulator").as_deref(), Some("Reuters"));
        assert_eq!(credit("SAPPORO, Japan (AP) — Snow fell").as_deref(), Some("AP"));
        assert_eq!(credit("(서울=연합뉴스) 김민지 기자 = 이재명 대통령은").as_deref(), Some("연합뉴스"));
        assert_eq!(credit("【ワシントン共同】米政府は").as_deref(), Some("共同"));
        assert_eq!(credit("【ワシントン＝松本太郎】米政府は"), None);
        assert_eq!(reporter("【ワシントン＝松本太郎】米政府は").as_deref(), Some("松本太郎"));
        assert_eq!(reporter("【ソウル＝共同】韓国政府は"), None);
        assert_eq!(credit("【ソウル＝共同】韓国政府は").as_deref(), Some("共同"));
    }

    #[test]
    fn other_openings_give_none() {
        assert_eq!(credit("SEOUL — The central bank held rates."), None);
        assert_eq!(credit("The Asia-Pacific Economic Cooperation (APEC) summit opened."), None);
        assert_eq!(credit("Samsung (005930) - shares rose"), None);
    }
}
