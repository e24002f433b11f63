//! Words of English prose with their byte offsets and the punctuation around them.

/// One space-separated word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the word (with its punctuation) in the text.
    pub start: usize,
    pub end: usize,
    /// The word without surrounding punctuation or a possessive `’s`.
    pub bare: &'a str,
    pub capitalised: bool,
    /// Followed by `,` `;` `:` `.` `!` `?` or a dash: a name or clause ends here.
    pub ends_clause: bool,
    /// Ends with `’s` / `'s`.
    pub possessive: bool,
}

/// The words of `text` in order.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = &text[pos..];
        let skip = rest.len() - rest.trim_start().len();
        let start = pos + skip;
        if start >= text.len() {
            return None;
        }
        let len = text[start..].find(char::is_whitespace).unwrap_or(text.len() - start);
        pos = start + len;
        Some(word(&text[start..start + len], start))
    })
}

fn word(raw: &str, start: usize) -> Word<'_> {
    let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
    let core = &raw[lead..];
    let trimmed = core.trim_end_matches(|c: char| !c.is_alphanumeric());
    let tail = &core[trimmed.len()..];
    let (bare, possessive) = match trimmed.strip_suffix("’s").or_else(|| trimmed.strip_suffix("'s")) {
        Some(stem) => (stem, true),
        None => (trimmed, false),
    };
    let initial = bare.len() == 1 && bare.chars().all(|c| c.is_ascii_uppercase()) && tail == ".";
    let ends_clause = !initial && tail.contains([',', ';', ':', '.', '!', '?', '—', '–', ')']);
    let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
    Word { start, end: start + raw.len(), bare, capitalised, ends_clause, possessive }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_split_off_and_remembered() {
        let w: Vec<Word<'_>> = words("“Lee Jae-myung, Lee’s J. Fox.”").collect();
        let bare: Vec<&str> = w.iter().map(|w| w.bare).collect();
        assert_eq!(bare, ["Lee", "Jae-myung", "Lee", "J", "Fox"]);
        assert!(w[1].ends_clause && w[2].possessive && !w[3].ends_clause && w[4].ends_clause);
        assert_eq!((w[1].start, w[1].end), (7, 17));
    }
}
