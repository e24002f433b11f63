//! `tidings export` as a user runs it: JSON Lines that load back as the same articles, the
//! filters, Markdown and CSV, and the files it refuses to write.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use tidings::Article;

fn tidings(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tidings")).args(args).output().expect("the binary runs")
}

/// The fixture pages (not their expected JSON), sorted.
fn pages() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut pages: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    pages.sort();
    pages
}

fn articles(jsonl: &[u8]) -> Vec<Article> {
    String::from_utf8(jsonl.to_vec()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// An article with the file it was read from left out: read back from an export, it comes
/// from the export.
fn without_path(mut a: Article) -> Article {
    a.path = None;
    a
}

#[test]
fn jsonl_loads_back_as_the_same_articles() {
    let pages = pages();
    let mut args = vec!["parse"];
    args.extend(pages.iter().map(String::as_str));
    let parsed = tidings(&args);
    assert!(parsed.status.success());
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("all.jsonl");
    let out_name = out.display().to_string();
    let mut args = vec!["export", "--format", "jsonl", "-o", out_name.as_str()];
    args.extend(pages.iter().map(String::as_str));
    let exported = tidings(&args);
    assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));
    let reloaded = tidings(&["parse", out_name.as_str()]);
    assert!(reloaded.status.success(), "{}", String::from_utf8_lossy(&reloaded.stderr));
    let before: Vec<Article> = articles(&parsed.stdout).into_iter().map(without_path).collect();
    let after: Vec<Article> = articles(&reloaded.stdout).into_iter().map(without_path).collect();
    assert!(before.len() > 100, "{} articles", before.len());
    assert_eq!(before, after);
}

#[test]
fn tags_and_search_choose_what_is_written_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let page = |name: &str, title: &str, body: &str, tags: &str| {
        let text = format!("{title}\n\nJanuary 14, 2026\n\n{body}\n\n{tags}\n");
        fs::write(dir.path().join(name), text).unwrap();
    };
    page(
        "a.txt",
        "Harbour reopens after the storm",
        "The harbour opened its gates again on Tuesday morning.",
        "#Ports #Weather",
    );
    page("b.txt", "Rail strike comes to an end", "Trains ran on every line again after the strike ended.", "#Rail");
    page(
        "c.txt",
        "Storm closes the mountain road",
        "The road over the pass was closed by snow on Tuesday.",
        "#Weather",
    );
    let folder = dir.path().display().to_string();
    let titles = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["export"];
        all.extend(args);
        all.push(folder.as_str());
        let out = tidings(&all);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        articles(&out.stdout).into_iter().map(|a| a.title).collect()
    };
    assert_eq!(titles(&["--tag", "weather"]).len(), 2);
    assert_eq!(titles(&["--tag", "weather", "--tag", "PORTS"]), ["Harbour reopens after the storm"]);
    assert_eq!(titles(&["--search", "TUESDAY", "--tag", "weather"]).len(), 2);
    assert_eq!(titles(&["--search", "trains ran"]), ["Rail strike comes to an end"]);

    let md = tidings(&["export", "--format", "md", "--tag", "rail", folder.as_str()]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# Rail strike comes to an end\n\n*2026-01-14*\n"), "{md}");
    let csv = tidings(&["export", "--format", "csv", folder.as_str()]);
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(csv.starts_with("id,path,url,title,published,source,byline,tags,quotes,body\n"), "{csv}");
    assert_eq!(csv.matches("2026-01-14").count(), 3);
}

#[test]
fn an_export_never_writes_over_an_input_and_replaces_a_file_only_with_force() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("a.txt");
    fs::write(&input, "Harbour reopens\n\nJanuary 14, 2026\n\nThe harbour opened again on Tuesday.\n").unwrap();
    let input_name = input.display().to_string();
    let over_input = tidings(&["export", "--force", "-o", input_name.as_str(), input_name.as_str()]);
    assert_eq!(over_input.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&over_input.stderr).contains("an input file"));
    assert!(fs::read_to_string(&input).unwrap().starts_with("Harbour reopens"));

    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("out.jsonl");
    fs::write(&target, "keep me").unwrap();
    let target_name = target.display().to_string();
    let refused = tidings(&["export", "-o", target_name.as_str(), input_name.as_str()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("exists (--force to replace it)"));
    assert_eq!(fs::read_to_string(&target).unwrap(), "keep me");
    let forced = tidings(&["export", "--force", "-o", target_name.as_str(), input_name.as_str()]);
    assert!(forced.status.success());
    assert_eq!(articles(fs::read(&target).unwrap().as_slice())[0].title, "Harbour reopens");
}

#[test]
fn config_default_prints_a_file_that_reads_without_problems() {
    let out = tidings(&["config", "--default"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("# next_match = \"n\"") && text.contains("[theme]") && text.contains("{url}"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("config.toml");
    fs::write(&file, &text).unwrap();
    let checked = tidings(&["config", "--config", file.to_str().unwrap()]);
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stderr));
    fs::write(&file, "[keys]\njump = \"x\"\n").unwrap();
    let checked = tidings(&["config", "--config", file.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(1));
    let err = String::from_utf8(checked.stderr).unwrap();
    assert_eq!(
        err,
        format!("tidings: {}:2:1: unknown action `jump` (`tidings config --default` lists them)\n", file.display())
    );
}
