//! A page text's own canonical-URL line (`URL: https://…`, `Canonical: https://…`), as
//! scrapers and "save as text" tools write at the top or the bottom of a page.

/// Lines looked at from each end of the text.
const LOOKED_AT: usize = 12;

/// Labels of such a line, lower case.
const LABELS: &[&str] =
    &["url", "canonical", "canonical url", "canonical link", "source url", "original url", "permalink"];

/// The address of the page's labelled URL line near its top or bottom, if it has one.
pub fn url_line(text: &str) -> Option<String> {
    let lines = || text.lines().map(str::trim).filter(|l| !l.is_empty());
    lines().take(LOOKED_AT).chain(lines().rev().take(LOOKED_AT)).find_map(labelled_url)
}

fn labelled_url(line: &str) -> Option<String> {
    let (label, rest) = line.split_once(':')?;
    if !LABELS.contains(&label.trim().to_ascii_lowercase().as_str()) {
        return None;
    }
    let url = rest.trim();
    let lower = url.get(..8)?.to_ascii_lowercase();
    let web = lower.starts_with("http://") || lower.starts_with("https://");
    (web && url.len() > 10 && !url.contains(char::is_whitespace)).then(|| url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_labelled_url_line_at_either_end() {
        assert_eq!(
            url_line("URL: https://example.org/a/1\nTitle\n\nBody.").as_deref(),
            Some("https://example.org/a/1")
        );
        assert_eq!(
            url_line("Title\n\nBody.\n\nCanonical URL: http://example.org/b").as_deref(),
            Some("http://example.org/b")
        );
        assert_eq!(url_line("Title\n\nSee url: https://example.org for more words.").as_deref(), None);
        assert_eq!(url_line("Title\n\nhttps://example.org/lone\n\nBody.").as_deref(), None);
        assert_eq!(url_line("Link: ftp://example.org/x").as_deref(), None);
    }
}
