//! The headline among what the page offers (`og:title`, JSON-LD `headline`, the first `<h1>`,
//! `<title>`), with the site's name and section labels cut off.

/// Where a page may state its headline.
#[derive(Debug, Default, Clone)]
pub struct Candidates {
    pub og: Option<String>,
    pub headline: Option<String>,
    pub h1: Option<String>,
    pub title: Option<String>,
}

/// What separates a headline from the site's name in a title (`Headline | Site`).
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " -- ", " :: ", " · ", " • ", " : ", " « ", " » "];

/// The headline: the `<h1>` when another source agrees with it (it is the page's own
/// headline, without a site name), else `og:title`, JSON-LD's headline or `<title>` with the
/// site's name cut off, else the `<h1>` alone. `sites` are the names the page gives itself.
pub fn choose(c: &Candidates, sites: &[&str], url: Option<&str>) -> Option<String> {
    let stated: Vec<&str> = [&c.og, &c.headline, &c.title].into_iter().flatten().map(String::as_str).collect();
    if let Some(h1) = c.h1.as_deref().filter(|h| h.chars().count() >= 3) {
        let h = fold(h1);
        let agrees = |s: &&str| {
            let s = fold(s);
            s.contains(&h) && (s.starts_with(&h) || h.len() * 2 >= s.len())
        };
        if stated.iter().any(agrees) {
            return Some(h1.to_string());
        }
    }
    let host = url.and_then(host_label);
    let trimmed = |s: &str| trim_site(s, sites, host.as_deref());
    c.og.as_deref()
        .map(trimmed)
        .or_else(|| c.headline.as_deref().map(trimmed))
        .or_else(|| c.h1.clone())
        .or_else(|| c.title.as_deref().map(trimmed))
        .filter(|t| !t.is_empty())
}

/// Case and spacing set aside, and curly quotes straight, for comparing.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `www.harbor-herald.co.uk` -> `harborherald`: the name a site's label is compared with.
fn host_label(url: &str) -> Option<String> {
    let host = url.split("://").nth(1)?.split(['/', '?', '#', ':']).next()?;
    let parts: Vec<&str> = host.split('.').filter(|p| !matches!(*p, "www" | "m" | "amp")).collect();
    let label = parts.iter().max_by_key(|p| p.len())?;
    Some(label.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase())
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// `Headline | Section | Site` -> `Headline`: segments at the ends that are the site's name
/// (or its host's), and then the section labels beside them, are dropped; a title whose last
/// segment is short and names no sentence loses it too.
pub fn trim_site(title: &str, sites: &[&str], host: Option<&str>) -> String {
    let title = title.trim();
    let Some(sep) = SEPARATORS.iter().filter(|s| title.contains(**s)).min_by_key(|s| title.find(**s)) else {
        return title.to_string();
    };
    let mut parts: Vec<&str> = title.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
    let is_site = |part: &str| {
        let p = squash(part);
        !p.is_empty()
            && (sites.iter().any(|s| {
                let s = squash(s);
                !s.is_empty() && (s == p || p.contains(&s) || s.contains(&p))
            }) || host.is_some_and(|h| h.len() >= 3 && (p.contains(h) || h.contains(&p))))
    };
    let before = parts.len();
    while parts.len() > 1 && parts.last().is_some_and(|p| is_site(p)) {
        parts.pop();
    }
    while parts.len() > 1 && parts.first().is_some_and(|p| is_site(p)) {
        parts.remove(0);
    }
    let longest = parts.iter().map(|p| p.chars().count()).max().unwrap_or(0);
    if parts.len() > 1 && parts.len() < before {
        // What stood beside the site's name was a section: keep the headline alone.
        if let Some(headline) = parts.iter().max_by_key(|p| p.chars().count()) {
            return headline.to_string();
        }
    }
    if parts.len() == before && parts.len() > 1 {
        // No segment names the site: a short last one is still likely to.
        if parts.last().is_some_and(|p| p.split_whitespace().count() <= 4 && p.chars().count() * 2 < longest) {
            parts.pop();
        }
    }
    parts.join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_name_is_cut_off() {
        let sites = ["Harbor Herald"];
        assert_eq!(trim_site("Port deal signed | Harbor Herald", &sites, None), "Port deal signed");
        assert_eq!(trim_site("Harbor Herald - Port deal signed", &sites, None), "Port deal signed");
        assert_eq!(trim_site("Port deal signed | Business | Harbor Herald", &sites, None), "Port deal signed");
        assert_eq!(trim_site("Port deal signed - harborherald.com", &[], Some("harborherald")), "Port deal signed");
        assert_eq!(trim_site("Port deal signed after long talks - HH", &[], None), "Port deal signed after long talks");
        assert_eq!(trim_site("Ports - what comes next for the bay", &[], None), "Ports - what comes next for the bay");
    }

    #[test]
    fn an_h1_that_agrees_wins() {
        let c = Candidates {
            og: Some("Port deal signed | Harbor Herald".into()),
            h1: Some("Port deal signed".into()),
            ..Candidates::default()
        };
        assert_eq!(choose(&c, &[], None).as_deref(), Some("Port deal signed"));
        let c =
            Candidates { og: Some("Port deal signed".into()), h1: Some("Business".into()), ..Candidates::default() };
        assert_eq!(choose(&c, &[], None).as_deref(), Some("Port deal signed"));
    }
}
