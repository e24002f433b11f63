//! The scripting subcommands, run as a user runs them: the real binary, its output, its
//! exit status.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn tidings(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tidings")).args(args).output().expect("the binary runs")
}

fn fixtures() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").display().to_string()
}

/// The fixture pages (not their expected JSON), sorted.
fn pages() -> Vec<String> {
    let mut pages: Vec<String> = fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    pages.sort();
    pages
}

fn parse_pages(extra: &[&str]) -> Output {
    let pages = pages();
    let mut args = vec!["parse"];
    args.extend(extra);
    args.extend(pages.iter().map(String::as_str));
    tidings(&args)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn parse_prints_one_json_article_per_line_in_input_order() {
    let out = parse_pages(&[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() >= 30);
    let paths: Vec<&str> = lines.iter().map(|a| a["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    for key in ["id", "title", "published", "source", "byline", "captions", "paragraphs", "quotes", "tags", "warnings"]
    {
        assert!(lines[0].get(key).is_some(), "missing {key}");
    }
}

#[test]
fn what_parse_prints_loads_back_unchanged() {
    let first = parse_pages(&[]);
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("all.jsonl");
    fs::write(&archive, &first.stdout).unwrap();
    let again = tidings(&["parse", archive.to_str().unwrap()]);
    assert!(again.status.success());
    assert_eq!(stdout(&again), stdout(&first));
    // The pretty array loads back too.
    let pretty = parse_pages(&["--pretty"]);
    let array = dir.path().join("all.json");
    fs::write(&array, &pretty.stdout).unwrap();
    assert_eq!(stdout(&tidings(&["parse", array.to_str().unwrap()])), stdout(&first));
}

#[test]
fn pretty_prints_one_object_for_one_article() {
    let page = format!("{}/en-seed-shape.txt", fixtures());
    let out = stdout(&tidings(&["parse", "--pretty", &page]));
    assert!(out.starts_with("{\n  \"id\""));
    assert!(serde_json::from_str::<serde_json::Value>(&out).unwrap().is_object());
}

#[test]
fn bad_files_are_reported_on_one_line_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "A title\n\nA body sentence.").unwrap();
    fs::write(dir.path().join("b.txt"), b"\x00\x01\x02binary").unwrap();
    fs::write(dir.path().join("c.json"), "{not json").unwrap();
    fs::write(dir.path().join("d.txt"), "   \n\n").unwrap();
    let out = tidings(&["parse", dir.path().to_str().unwrap(), "/no/such/file"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 1);
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(lines.iter().all(|l| l.starts_with("tidings: ")));
    assert!(err.contains("b.txt: not a text file"));
    assert!(err.contains("c.json: not an article in JSON"));
    assert!(err.contains("d.txt: no text"));
    assert!(err.contains("/no/such/file: cannot read"));
}

#[test]
fn bad_usage_exits_with_two() {
    assert_eq!(tidings(&["parse"]).status.code(), Some(2));
    assert_eq!(tidings(&["tags", "--nope", "x"]).status.code(), Some(2));
}

#[test]
fn tags_counts_most_used_first() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("1.txt"), "One\n\nBody one.\n\n#trade #Korea").unwrap();
    fs::write(dir.path().join("2.txt"), "Two\n\nBody two.\n\n#korea #energy").unwrap();
    let out = stdout(&tidings(&["tags", dir.path().to_str().unwrap()]));
    assert_eq!(out, "2\tKorea\n1\tenergy\n1\ttrade\n");
}

#[test]
fn quotes_prints_speaker_text_title_and_filters_by_speaker() {
    let page = format!("{}/en-speakers-stress.txt", fixtures());
    let all = stdout(&tidings(&["quotes", &page]));
    assert!(all.lines().all(|l| l.split('\t').count() == 3));
    assert!(all.contains("-\tWho is going to pay for all this?\t"));
    let holm = stdout(&tidings(&["quotes", "--speaker", "holm", &page]));
    assert_eq!(holm.lines().count(), 2);
    assert!(holm.lines().all(|l| l.starts_with("Anders Holm\t")));
}
