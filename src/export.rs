//! Articles written out for other tools: JSON Lines (which tidings reads back as the same
//! articles), Markdown, or CSV; the filters `tidings export` shares with the reader (tags,
//! search); and the rule that an export never overwrites what it was made from.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::article::{Article, Caption, Quote, StoredArticle};
use crate::json;
use crate::search::Query;

/// What an export is written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON article per line, the model `tidings parse` prints.
    Jsonl,
    /// Each article as Markdown: title, meta line, URL, captions, body, quotes, tags.
    Md,
    /// One row per article: id, path, url, title, published, source, byline, tags, quotes,
    /// body (paragraphs separated by blank lines).
    Csv,
}

impl Format {
    /// The format a file's name asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "md" | "markdown" => Some(Format::Md),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// Writes `articles` to `out` in `format`.
pub fn write(out: &mut dyn Write, format: Format, articles: &[Article]) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            for article in articles {
                json::write_compact(&mut *out, article)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Md => {
            for (n, article) in articles.iter().enumerate() {
                if n > 0 {
                    out.write_all(b"\n---\n\n")?;
                }
                out.write_all(markdown(article).as_bytes())?;
            }
        }
        Format::Csv => write_csv(out, articles)?,
    }
    out.flush()
}

const CSV_HEADER: [&str; 10] =
    ["id", "path", "url", "title", "published", "source", "byline", "tags", "quotes", "body"];

fn write_csv(out: &mut dyn Write, articles: &[Article]) -> io::Result<()> {
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(CSV_HEADER)?;
    for a in articles {
        let quotes: Vec<String> = a.quotes.iter().map(quote_line).collect();
        csv.write_record([
            a.id.as_str(),
            a.path.as_deref().unwrap_or(""),
            a.url.as_deref().unwrap_or(""),
            &a.title,
            a.published.as_deref().unwrap_or(""),
            a.source.as_deref().unwrap_or(""),
            a.byline.as_deref().unwrap_or(""),
            &a.tags.join(", "),
            &quotes.join("\n"),
            &a.paragraphs.join("\n\n"),
        ])?;
    }
    csv.flush()
}

/// `Speaker: “text”` (the speaker left out when unknown).
fn quote_line(quote: &Quote) -> String {
    match &quote.speaker {
        Some(speaker) => format!("{speaker}: “{}”", quote.text),
        None => format!("“{}”", quote.text),
    }
}

/// Characters that start Markdown syntax at the beginning of a line or anywhere in it.
fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    // A paragraph opening with `1.`, `-` or `+` would turn into a list.
    let list = out.starts_with(['-', '+'])
        || out.split_once(". ").is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty());
    if list { format!("\\{out}") } else { out }
}

/// The article as Markdown.
pub fn markdown(article: &Article) -> String {
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", escape_md(&article.title));
    let meta: Vec<&str> =
        [&article.published, &article.source, &article.byline].into_iter().filter_map(|f| f.as_deref()).collect();
    if !meta.is_empty() {
        let _ = writeln!(md, "*{}*\n", escape_md(&meta.join(" · ")));
    }
    if let Some(url) = &article.url {
        // An autolink ends at a space or `>`: those are written as the URL's own escapes.
        let url = url.replace(' ', "%20").replace('<', "%3C").replace('>', "%3E");
        let _ = writeln!(md, "<{url}>\n");
    }
    for Caption { text, credit } in &article.captions {
        match credit {
            Some(credit) => {
                let _ = writeln!(md, "> *{}* — {}\n", escape_md(text), escape_md(credit));
            }
            None => {
                let _ = writeln!(md, "> *{}*\n", escape_md(text));
            }
        }
    }
    for paragraph in &article.paragraphs {
        let _ = writeln!(md, "{}\n", escape_md(paragraph));
    }
    if !article.quotes.is_empty() {
        md.push_str("## Quotes\n\n");
        for quote in &article.quotes {
            let _ = writeln!(md, "- {}", escape_md(&quote_line(quote)));
        }
        md.push('\n');
    }
    if !article.tags.is_empty() {
        let tags: Vec<String> = article.tags.iter().map(|t| format!("`#{}`", t.replace('`', "'"))).collect();
        let _ = writeln!(md, "{}\n", tags.join(" "));
    }
    md
}

/// The article a stored one was made from, with its `tags` (which the corpus keeps).
pub fn article_of(stored: &StoredArticle, tags: Vec<String>) -> Article {
    Article {
        id: stored.id().to_string(),
        path: stored.path().map(str::to_string),
        url: stored.url().map(str::to_string),
        title: stored.title().to_string(),
        published: stored.published().map(str::to_string),
        source: stored.source().map(str::to_string),
        byline: stored.byline().map(str::to_string),
        captions: stored.captions().to_vec(),
        paragraphs: stored.paragraph_texts().map(str::to_string).collect(),
        quotes: stored
            .quotes()
            .iter()
            .map(|q| Quote {
                text: stored.quote_text(q).to_string(),
                speaker: q.speaker().map(str::to_string),
                paragraph: q.paragraph(),
            })
            .collect(),
        tags,
        warnings: stored.warnings().to_vec(),
    }
}

/// The articles `tidings export` keeps: those with every tag asked for (any case), that the
/// search finds (as the reader's search does: title, body, captions, quotes, any case).
#[derive(Debug, Clone)]
pub struct Filter {
    tags: Vec<String>,
    query: Option<Query>,
}

impl Filter {
    pub fn new(tags: &[String], search: Option<&str>) -> Filter {
        Filter {
            tags: tags.iter().map(|t| t.trim_start_matches('#').to_lowercase()).collect(),
            query: search.filter(|s| !s.is_empty()).map(Query::new),
        }
    }

    pub fn keeps(&self, article: &Article) -> bool {
        let tags_ok = self.tags.iter().all(|want| article.tags.iter().any(|t| t.to_lowercase() == *want));
        tags_ok
            && self.query.as_ref().is_none_or(|query| {
                let (stored, _) = StoredArticle::new(article.clone());
                query.matches_article(&stored)
            })
    }
}

/// Why an export may not write to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetError {
    /// The file is one of the inputs, or under a folder of inputs.
    Input(PathBuf),
    /// The file exists (and replacing it was not asked for).
    Exists(PathBuf),
}

impl std::fmt::Display for TargetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TargetError::Input(path) => write!(f, "{}: an input file; an export never writes over one", path.display()),
            TargetError::Exists(path) => write!(f, "{}: exists (--force to replace it)", path.display()),
        }
    }
}

/// Whether an export may write `target`: never over an input (one of `inputs`, or a file under
/// an input folder), and over another existing file only with `force`.
pub fn check_target(target: &Path, inputs: &[PathBuf], force: bool) -> Result<(), TargetError> {
    let Ok(canonical) = target.canonicalize() else {
        // Not there yet: nothing to overwrite.
        return Ok(());
    };
    let is_input = inputs
        .iter()
        .filter_map(|input| input.canonicalize().ok())
        .any(|input| canonical == input || (input.is_dir() && canonical.starts_with(&input)));
    if is_input {
        Err(TargetError::Input(target.to_path_buf()))
    } else if force {
        Ok(())
    } else {
        Err(TargetError::Exists(target.to_path_buf()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Article {
        Article {
            id: "0123456789abcdef".into(),
            path: Some("a.txt".into()),
            url: Some("https://example.org/a".into()),
            title: "Harbour *reopens*".into(),
            published: Some("2026-01-14".into()),
            source: Some("The Gazette".into()),
            byline: None,
            captions: vec![Caption { text: "The quay".into(), credit: Some("Staff".into()) }],
            paragraphs: vec!["Ships came back, \"at last\".".into(), "1. Not a list".into()],
            quotes: vec![Quote { text: "at last".into(), speaker: Some("Mara Voss".into()), paragraph: 0 }],
            tags: vec!["ports".into(), "Economy".into()],
            warnings: vec![],
        }
    }

    #[test]
    fn formats_come_from_extensions() {
        assert_eq!(Format::from_path(Path::new("x.JSONL")), Some(Format::Jsonl));
        assert_eq!(Format::from_path(Path::new("x.md")), Some(Format::Md));
        assert_eq!(Format::from_path(Path::new("x.csv")), Some(Format::Csv));
        assert_eq!(Format::from_path(Path::new("x.txt")), None);
    }

    #[test]
    fn markdown_has_the_parts_and_escapes_the_text() {
        let md = markdown(&sample());
        assert!(
            md.starts_with("# Harbour \\*reopens\\*\n\n*2026-01-14 · The Gazette*\n\n<https://example.org/a>\n"),
            "{md}"
        );
        assert!(md.contains("> *The quay* — Staff\n"), "{md}");
        assert!(md.contains("\\1. Not a list\n"), "{md}");
        assert!(md.contains("- Mara Voss: “at last”\n"), "{md}");
        assert!(md.contains("`#ports` `#Economy`"), "{md}");
    }

    #[test]
    fn csv_quotes_fields_with_commas_quotes_and_newlines() {
        let mut out = Vec::new();
        write(&mut out, Format::Csv, &[sample()]).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][3], "Harbour *reopens*");
        assert_eq!(&rows[0][9], "Ships came back, \"at last\".\n\n1. Not a list");
        assert_eq!(&rows[0][7], "ports, Economy");
    }

    #[test]
    fn a_stored_article_gives_back_the_article() {
        let article = sample();
        let (stored, tags) = StoredArticle::new(article.clone());
        assert_eq!(article_of(&stored, tags), article);
    }

    #[test]
    fn the_filter_takes_tags_in_any_case_and_the_search() {
        let a = sample();
        assert!(Filter::new(&["economy".into(), "#PORTS".into()], None).keeps(&a));
        assert!(!Filter::new(&["economy".into(), "rail".into()], None).keeps(&a));
        assert!(Filter::new(&[], Some("AT LAST")).keeps(&a));
        assert!(Filter::new(&[], Some("the quay")).keeps(&a));
        assert!(!Filter::new(&[], Some("airport")).keeps(&a));
    }

    #[test]
    fn an_export_never_writes_over_an_input_and_asks_before_replacing() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.txt");
        std::fs::write(&input, "x").unwrap();
        let other = tempfile::tempdir().unwrap();
        let existing = other.path().join("old.jsonl");
        std::fs::write(&existing, "x").unwrap();
        let inputs = [dir.path().to_path_buf()];
        assert!(matches!(check_target(&input, &inputs, true), Err(TargetError::Input(_))));
        assert!(matches!(check_target(&input, std::slice::from_ref(&input), true), Err(TargetError::Input(_))));
        assert!(matches!(check_target(&existing, &inputs, false), Err(TargetError::Exists(_))));
        assert_eq!(check_target(&existing, &inputs, true), Ok(()));
        assert_eq!(check_target(&other.path().join("new.md"), &inputs, false), Ok(()));
    }
}
