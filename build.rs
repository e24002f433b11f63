//! Bundles the sample articles of `assets/` into the binary, so `tidings` with no argument
//! works from any folder.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
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
