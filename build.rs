//! Bundles the sample articles of `assets/` into the binary, so `tidings` with no argument
//! works from any folder.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    samples();
    parser_version();
}

/// The sources whose change changes what the reader caches of an article: everything in `src/`
/// but the reader's state, its drawing, its event loop, the binary and the subcommands.
const NOT_PARSING: &[&str] = &["app", "ui", "reader.rs", "main.rs", "cli.rs", "commands.rs"];

/// `TIDINGS_PARSER_VERSION`: a hash of the parsing sources (their paths and bytes), of
/// `Cargo.lock` and of the crate's version, which keys the cache of parsed articles
/// (`src/store/cache/mod.rs`). FNV-1a: stable across Rust versions, unlike the standard hasher.
fn parser_version() {
    let mut files = Vec::new();
    collect(Path::new("src"), &mut files);
    files.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in &files {
        eat(file.to_string_lossy().as_bytes());
        eat(&fs::read(file).unwrap_or_default());
    }
    eat(&fs::read("Cargo.lock").unwrap_or_default());
    eat(env::var("CARGO_PKG_VERSION").unwrap_or_default().as_bytes());
    println!("cargo::rerun-if-changed=src");
    println!("cargo::rerun-if-changed=Cargo.lock");
    println!("cargo::rustc-env=TIDINGS_PARSER_VERSION={hash:016x}");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let top = dir == Path::new("src");
        let name = entry.file_name().to_string_lossy().into_owned();
        if top && NOT_PARSING.contains(&name.as_str()) {
            continue;
        }
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `samples.rs`: the sample articles' names and bytes.
fn samples() {
    println!("cargo::rerun-if-changed=assets");
    let mut names: Vec<String> = fs::read_dir("assets")
        .map(|dir| {
            dir.filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "txt" || x == "json"))
                .filter_map(|e| e.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut code = String::from("&[\n");
    for name in &names {
        let _ = writeln!(
            code,
            "    (\"assets/{name}\", include_bytes!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/assets/{name}\"))),"
        );
    }
    code.push(']');
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(err) = fs::write(Path::new(&out).join("samples.rs"), code) {
        panic!("cannot write the sample list: {err}");
    }
}
