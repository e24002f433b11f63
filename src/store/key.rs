//! What finds an article's reading state whatever happens to its file: its address when it has
//! one, else a hash of its decoded text with every run of blanks as one space, so that moving,
//! renaming, re-saving with other line ends or another encoding, or a better parser, leaves it
//! the same. Neither the raw bytes (an encoding changes them) nor parsed fields (a better
//! parser changes them) are used. The path is kept beside the state as a second way to find it
//! after the text was edited (`crate::store::state`).
//!
//! A key is written as `url:ADDRESS` or `text:HASH`; its id (a 64-bit number, never 0) is what
//! the reader looks it up by.

use std::cell::RefCell;

use xxhash_rust::xxh3::xxh3_64;

/// The address written the way it is compared: without its fragment, the scheme and host in
/// lower case, without a trailing `/` on a path.
pub fn normalise_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split_once('#').map_or(url, |(before, _)| before);
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (host, path) = rest.find(['/', '?']).map_or((rest, ""), |at| rest.split_at(at));
    let path = if path.len() > 1 && !path.contains('?') { path.trim_end_matches('/') } else { path };
    let path = if path == "/" { "" } else { path };
    if scheme.is_empty() {
        format!("{}{path}", host.to_lowercase())
    } else {
        format!("{}://{}{path}", scheme.to_lowercase(), host.to_lowercase())
    }
}

/// The key of an article with this address.
pub fn url_key(url: &str) -> String {
    format!("url:{}", normalise_url(url))
}

/// The id of an article with this address.
pub fn url_id(url: &str) -> u64 {
    nonzero(xxh3_64(url_key(url).as_bytes()))
}

thread_local! {
    static WORDS: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The id of an article without an address: the hash of its text's words, each followed by one
/// space.
pub fn text_id(text: &str) -> u64 {
    WORDS.with(|words| {
        let Ok(mut words) = words.try_borrow_mut() else { return nonzero(xxh3_64(text.as_bytes())) };
        words.clear();
        for word in text.split_whitespace() {
            words.push_str(word);
            words.push(' ');
        }
        let id = nonzero(xxh3_64(words.as_bytes()));
        // One huge page must not keep its room for good.
        words.shrink_to(1 << 20);
        id
    })
}

/// The id of an article: by its address, else by its text (computed only then).
pub fn state_id(url: Option<&str>, text: impl FnOnce() -> Option<u64>) -> u64 {
    match url.filter(|u| !u.trim().is_empty()) {
        Some(url) => url_id(url),
        None => text().unwrap_or(0),
    }
}

/// The id of an article that came without its file's text (an item of a feed, an article of a
/// JSON file, one built in memory): by its address, else by its title and body, which for
/// these kinds are what the input says, not what a parser found.
pub fn article_id(article: &crate::article::Article) -> u64 {
    state_id(article.url.as_deref(), || {
        let mut text = article.title.clone();
        for paragraph in &article.paragraphs {
            text.push('\n');
            text.push_str(paragraph);
        }
        Some(text_id(&text))
    })
}

/// The key an article is written under: `url:ADDRESS` when it has an address, else
/// `text:HASH` of its id.
pub fn key_of(url: Option<&str>, id: u64) -> String {
    match url.filter(|u| !u.trim().is_empty()) {
        Some(url) => url_key(url),
        None => format!("text:{id:016x}"),
    }
}

/// The id of a written key; `None` for what is no key.
pub fn id_of_key(key: &str) -> Option<u64> {
    if let Some(hash) = key.strip_prefix("text:") {
        return u64::from_str_radix(hash, 16).ok().filter(|&id| id != 0);
    }
    key.strip_prefix("url:").filter(|url| !url.is_empty()).map(|_| nonzero(xxh3_64(key.as_bytes())))
}

/// The id of a path, for the state's second way to find an article.
pub fn path_id(path: &str) -> u64 {
    nonzero(xxh3_64(path.as_bytes()))
}

/// 0 means "not known yet": a hash of 0 is taken as 1.
fn nonzero(hash: u64) -> u64 {
    hash.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_ids_ignore_line_ends_and_blanks_but_not_words() {
        let unix = "Port deal signed\n\nThe port said on Monday.\n";
        let windows = "Port deal signed\r\n\r\nThe port said on Monday.  \r\n";
        let wrapped = "  Port deal\tsigned\nThe port said\non Monday.";
        assert_eq!(text_id(unix), text_id(windows));
        assert_eq!(text_id(unix), text_id(wrapped));
        assert_ne!(text_id(unix), text_id("Port deal signed\n\nThe port said on Tuesday.\n"));
        assert_ne!(text_id(""), 0);
    }

    #[test]
    fn urls_are_compared_without_their_fragment_case_of_host_or_trailing_slash() {
        let id = url_id("https://example.org/news/1");
        assert_eq!(url_id("HTTPS://Example.ORG/news/1/#comments"), id);
        assert_eq!(url_id(" https://example.org/news/1 "), id);
        assert_ne!(url_id("https://example.org/news/2"), id);
        // The path keeps its case: servers tell them apart.
        assert_ne!(url_id("https://example.org/News/1"), id);
        assert_eq!(normalise_url("https://Example.org/"), "https://example.org");
        assert_eq!(normalise_url("https://example.org/a?b=1/"), "https://example.org/a?b=1/");
    }

    #[test]
    fn a_written_key_gives_back_its_id() {
        let url = Some("https://example.org/news/1");
        assert_eq!(id_of_key(&key_of(url, 5)), Some(url_id("https://example.org/news/1")));
        let id = text_id("Some words");
        assert_eq!(id_of_key(&key_of(None, id)), Some(id));
        assert_eq!(state_id(None, || Some(id)), id);
        assert_eq!(state_id(Some(""), || Some(id)), id);
        assert_eq!(id_of_key("text:0"), None);
        assert_eq!(id_of_key("other"), None);
        assert_eq!(id_of_key("url:"), None);
    }
}
