//! Every input of another kind under `tests/inputs/` (HTML pages, feeds, scrapers' JSON) reads
//! to its `.expected.json`, field by field, as the text fixtures do (`tests/fixtures.rs`).
//! The inputs were written by the team; `id` and `path` are not compared, `warnings` only as
//! empty or not. Then: all of them mixed in one folder through `parse`, `tags` and `quotes`.

use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;
use tidings::inputs::articles_from_bytes;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/inputs")
}

fn inputs() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(dir())
        .expect("tests/inputs exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| !p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    found.sort();
    found
}

const FIELDS: &[&str] = &["url", "title", "published", "source", "byline", "captions", "paragraphs", "quotes", "tags"];

fn check(input: &Path) -> Vec<String> {
    let expected_path = PathBuf::from(format!("{}.expected.json", input.display()));
    let expected: Value = serde_json::from_str(&fs::read_to_string(&expected_path).expect("expected JSON exists"))
        .expect("expected JSON is valid");
    let expected = match expected {
        Value::Array(items) => items,
        one => vec![one],
    };
    let name = input.display().to_string();
    let articles = match articles_from_bytes(&fs::read(input).expect("input is readable"), &name) {
        Ok(articles) => articles,
        Err(err) => return vec![format!("read failed: {err}")],
    };
    if articles.len() != expected.len() {
        return vec![format!("{} articles, want {}", articles.len(), expected.len())];
    }
    let mut problems = Vec::new();
    for (i, (article, want)) in articles.iter().zip(&expected).enumerate() {
        let got = serde_json::to_value(article).expect("article serialises");
        for field in FIELDS {
            if got[field] != want[field] {
                problems.push(format!("article {i} {field}:\n      want {}\n      got  {}", want[field], got[field]));
            }
        }
        let want_warnings = want["warnings"].as_array().is_some_and(|w| !w.is_empty());
        if want_warnings == article.warnings.is_empty() {
            problems.push(format!("article {i} warnings: {:?}", article.warnings));
        }
    }
    problems
}

#[test]
fn every_kind_has_its_inputs() {
    let names: Vec<String> = inputs().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    for kind in [
        "html-jsonld", "html-opengraph", "html-plain", "rss2", "atom", "jsonfeed", "news-please", "trafilatura",
        "newspaper4k",
    ] {
        assert!(names.iter().any(|n| n.starts_with(kind)), "no {kind} input");
    }
}

#[test]
fn every_input_reads_to_its_expected_articles() {
    let mut report = String::new();
    for input in inputs() {
        let problems = check(&input);
        if !problems.is_empty() {
            report.push_str(&format!("\n{}:\n  {}", input.display(), problems.join("\n  ")));
        }
    }
    assert!(report.is_empty(), "{report}");
}

fn tidings(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tidings")).args(args).output().expect("the binary runs")
}

/// A folder holding one of every kind: the inputs, a page of text, a gzipped page, an
/// unknown JSON file and a picture named `.html`.
fn mixed_folder() -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    for input in inputs() {
        fs::copy(&input, folder.path().join(input.file_name().unwrap())).unwrap();
    }
    let page = "Council backs new cycle lanes\n\nThe council voted on Tuesday to paint cycle lanes on two main roads.\n\n“It is a start,” said councillor Ada Finch.\n\n#cycling\u{a0}#council";
    fs::write(folder.path().join("page.txt"), page).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&fs::read(dir().join("html-plain.html")).unwrap()).unwrap();
    fs::write(folder.path().join("zipped.html.gz"), gz.finish().unwrap()).unwrap();
    fs::write(folder.path().join("other.json"), r#"{"name": "not an article", "count": 3}"#).unwrap();
    fs::write(folder.path().join("picture.html"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    folder
}

#[test]
fn parse_tags_and_quotes_read_every_kind_in_one_folder() {
    let folder = mixed_folder();
    let path = folder.path().to_str().unwrap();
    let out = tidings(&["parse", path]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "two files cannot be read: {stderr}");
    let lines: Vec<Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    // 9 inputs (the RSS file holds two items), a page of text and a gzipped page.
    assert_eq!(lines.len(), 12, "{stderr}");
    assert!(lines.iter().any(|a| a["path"].as_str().unwrap().ends_with("zipped.html.gz")
        && a["title"] == "Library extends evening hours for exam season"));
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 2, "{stderr}");
    assert!(
        errors.iter().any(|e| e.contains("other.json") && e.contains("expected") && e.contains("maintext")),
        "{stderr}"
    );
    assert!(errors.iter().any(|e| e.contains("picture.html") && e.contains("PNG image")), "{stderr}");

    let tags = String::from_utf8_lossy(&tidings(&["tags", path]).stdout).into_owned();
    for tag in ["cycling", "storm recovery", "Transport", "heritage", "seeds", "trails", "agriculture"] {
        assert!(tags.lines().any(|l| l.ends_with(&format!("\t{tag}"))), "{tag} not in\n{tags}");
    }
    let quotes = String::from_utf8_lossy(&tidings(&["quotes", path]).stdout).into_owned();
    for speaker in
        ["Ada Finch", "Renata Kowal", "Hollis Grant", "Colm Byrne", "Petra Novak", "Ilse Marek", "Basil Okafor"]
    {
        assert!(quotes.lines().any(|l| l.starts_with(&format!("{speaker}\t"))), "{speaker} not in\n{quotes}");
    }
}

#[test]
fn what_parse_prints_of_every_kind_loads_back_unchanged() {
    let folder = mixed_folder();
    let first = tidings(&["parse", folder.path().to_str().unwrap()]);
    let archive = folder.path().join("archive.jsonl");
    fs::write(&archive, &first.stdout).unwrap();
    let again = tidings(&["parse", archive.to_str().unwrap()]);
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    assert_eq!(String::from_utf8_lossy(&again.stdout), String::from_utf8_lossy(&first.stdout));
    assert!(
        String::from_utf8_lossy(&again.stdout)
            .contains(r#""url":"https://ledger.example.com/local/2026/03/02/ferry-line-reopens""#)
    );
}
