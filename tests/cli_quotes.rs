//! `tidings quotes` and `tidings speakers` with their filters, run as a user runs them, over an
//! archive in tidings' own JSON written here.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::{Value, json};

fn tidings(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tidings")).args(args).output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn article(id: &str, published: &str, source: Option<&str>, tags: &[&str], quotes: &[(Option<&str>, &str)]) -> Value {
    let paragraphs: Vec<String> = quotes.iter().map(|(_, text)| format!("Someone said “{text}” today.")).collect();
    let quotes: Vec<Value> = quotes
        .iter()
        .enumerate()
        .map(|(i, (speaker, text))| json!({"text": text, "speaker": speaker, "paragraph": i}))
        .collect();
    json!({
        "id": id, "path": null, "url": format!("https://example.org/{id}"), "title": format!("Title {id}"),
        "published": published, "source": source, "byline": null, "captions": [],
        "paragraphs": paragraphs, "quotes": quotes, "tags": tags, "warnings": []
    })
}

/// Four articles in one JSON Lines file, in a folder of their own.
fn archive() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        article("a", "2026-01-14T08:05", Some("Yonhap"), &["economy"], &[(Some("Lee Jae-hoon"), "one"), (None, "two")]),
        article("b", "2025-12-31", Some("YONHAP"), &["Economy", "trade"], &[(Some("LEE Jae-hoon"), "three")]),
        article("c", "2026-02-01", Some("Kyodo"), &["trade"], &[(Some("佐藤 美咲"), "四"), (Some("Lee"), "five")]),
        article("d", "2026-01-20", None, &[], &[(Some("佐藤美咲"), "六")]),
    ];
    let path = dir.path().join("archive.jsonl");
    std::fs::write(&path, lines.iter().map(Value::to_string).collect::<Vec<_>>().join("\n")).unwrap();
    (dir, path)
}

fn json_lines(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    stdout(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn texts(lines: &[Value]) -> Vec<&str> {
    lines.iter().map(|l| l["text"].as_str().unwrap()).collect()
}

#[test]
fn quotes_json_prints_one_quote_a_line_with_its_article() {
    let (_dir, path) = archive();
    let lines = json_lines(&tidings(&["quotes", "--json", path.to_str().unwrap()]));
    assert_eq!(texts(&lines), ["one", "two", "three", "四", "five", "六"]);
    let first = &lines[0];
    assert_eq!(first["speaker"], "Lee Jae-hoon");
    assert_eq!(first["article_id"], "a");
    assert_eq!(first["title"], "Title a");
    assert_eq!(first["source"], "Yonhap");
    assert_eq!(first["published"], "2026-01-14T08:05");
    assert_eq!(first["url"], "https://example.org/a");
    assert_eq!(first["paragraph"], 0);
    assert!(first.get("path").is_some());
    assert_eq!(lines[1]["speaker"], Value::Null);
}

#[test]
fn quotes_are_filtered_by_dates_sources_and_tags() {
    let (_dir, path) = archive();
    let path = path.to_str().unwrap();
    let run = |args: &[&str]| {
        let mut all = vec!["quotes", "--json"];
        all.extend(args);
        all.push(path);
        json_lines(&tidings(&all))
    };
    assert_eq!(texts(&run(&["--since", "2026-01"])), ["one", "two", "四", "five", "六"]);
    assert_eq!(texts(&run(&["--since", "2026-01", "--until", "2026-01"])), ["one", "two", "六"]);
    assert_eq!(texts(&run(&["--until", "2025"])), ["three"]);
    assert_eq!(texts(&run(&["--source", "yonhap"])), ["one", "two", "three"]);
    assert_eq!(texts(&run(&["--source", "Kyodo", "--source", "yonhap", "--since", "2026-01-15"])), ["四", "five"]);
    assert_eq!(texts(&run(&["--tag", "ECONOMY"])), ["one", "two", "three"]);
    assert_eq!(texts(&run(&["--tag", "economy", "--tag", "trade"])), ["three"]);
    assert_eq!(texts(&run(&["--speaker", "lee", "--tag", "trade"])), ["three", "five"]);
    // The plain lines take the same filters.
    let plain = stdout(&tidings(&["quotes", "--source", "Kyodo", path]));
    assert_eq!(plain, "佐藤 美咲\t四\tTitle c\nLee\tfive\tTitle c\n");
}

#[test]
fn speakers_counts_quotes_by_full_name_most_quoted_first() {
    let (_dir, path) = archive();
    let path = path.to_str().unwrap();
    let out = tidings(&["speakers", path]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout(&out), "2\tLee Jae-hoon\n2\t佐藤 美咲\n1\t-\n1\tLee\n");
    let january = stdout(&tidings(&["speakers", "--since", "2026-01", "--until", "2026-01-31", path]));
    assert_eq!(january, "1\t-\n1\tLee Jae-hoon\n1\t佐藤美咲\n");
}

#[test]
fn a_date_that_cannot_be_read_is_bad_usage_said_in_words() {
    let (_dir, path) = archive();
    let path = path.to_str().unwrap();
    for args in [
        vec!["quotes", "--since", "soon", path],
        vec!["speakers", "--until", "2026-02-30", path],
        vec!["quotes", "--since", "2026-02", "--until", "2026-01", path],
        vec!["--since", "someday", path],
    ] {
        let out = tidings(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.starts_with("tidings: --"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
    let err = String::from_utf8_lossy(&tidings(&["quotes", "--since", "soon", path]).stderr).into_owned();
    assert!(err.contains("cannot read “soon” as a date: try 2026-01"), "{err}");
}

#[test]
fn the_help_names_the_flags() {
    let help = stdout(&tidings(&["--help"]));
    for flag in ["--speaker", "--source", "--since", "--until"] {
        assert!(help.contains(flag), "{flag} in {help}");
    }
    let help = stdout(&tidings(&["quotes", "--help"]));
    for flag in ["--json", "--since", "--until", "--source", "--tag"] {
        assert!(help.contains(flag), "{flag} in {help}");
    }
    assert!(Path::new(env!("CARGO_BIN_EXE_tidings")).exists());
}
