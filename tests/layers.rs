//! The library's layers look only down, and no modules go round in a circle. Read from the
//! source (every `crate::…` and `super::…` path outside comments), so a new import that runs
//! the wrong way fails here, with the file and the path. The layers are the README's drawing
//! ("How it is built"); a new top-level module must be given one in [`LAYERS`].

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module of the library and its layer: a module may use only modules of lower
/// layers. Modules in one layer do not use each other.
const LAYERS: &[(&str, u32)] = &[
    // What everything may use: untrusted text made safe, errors, sets of article numbers, and
    // the sample pages' bytes.
    ("text", 0),
    ("error", 0),
    ("bitmap", 0),
    ("samples", 0),
    // The reader's colours as data.
    ("theme", 0),
    // The article model, and the reader's stored form of it.
    ("article", 1),
    // Page text to articles; articles to JSON; a query against one article.
    ("parse", 2),
    ("json", 2),
    ("search", 2),
    // The light first pass (over the parser's pieces); the word index (over queries' folding);
    // HTML pages to articles (over the parser's quotes, dates and captions).
    ("light", 3),
    ("index", 3),
    ("html", 3),
    // Articles written out, and the export's filters (over the search's queries).
    ("export", 3),
    // Feeds and scrapers' JSON to articles (their HTML content through `html`); the loaded
    // articles with their tags and orders.
    ("feed", 4),
    ("scraped", 4),
    ("corpus", 4),
    // What the reader writes: reading state and the cache of parsed articles (over the
    // article's stored form and the index's snapshot).
    ("store", 4),
    // Every kind of input told apart and read; the search session over the corpus.
    ("inputs", 5),
    ("session", 5),
    // Files found and read.
    ("load", 6),
    // The scripting subcommands over the files.
    ("commands", 7),
    // The reader's state.
    ("app", 6),
    // What feeds the state (the background loader) and what draws it.
    ("loader", 7),
    ("ui", 7),
    // The browser, the pager and the clipboard (their commands run without a shell).
    ("outside", 7),
    // The config file: keys (the app's), colours, commands (the outside's).
    ("config", 8),
    // The event loop: terminal, loader, state and config together.
    ("reader", 9),
];

/// Circles in `src/parse/` as it was when this test was written, each the set of modules in
/// it; the parser is being rewritten, and these go with the rewrite (delete an entry when the
/// test says it is gone). Any other circle fails.
const KNOWN_CIRCLES_IN_PARSE: &[&[&str]] = &[
    &["parse::mentions", "parse::people"],
    &["parse::quotes", "parse::single"],
    &["parse::mentions", "parse::people", "parse::speakers"],
];

/// One reference from a file to a module.
struct Use {
    file: PathBuf,
    line: usize,
    path: String,
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module a file is, as a path from the crate root: `src/app/list.rs` is `app::list`,
/// `src/app/mod.rs` is `app`, and `src/parse/date_tests.rs` (a `#[path]` test module) is
/// counted as `parse::date`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src()).unwrap_or(file);
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if let Some(last) = parts.pop() {
        let stem = last.trim_end_matches(".rs");
        let stem = stem.strip_suffix("_tests").unwrap_or(stem);
        if stem != "mod" && stem != "lib" {
            parts.push(stem.to_string());
        }
    }
    parts
}

/// The code of a line without its comment (a `//` inside a string cuts the line short, which
/// can only hide a path, not invent one).
fn code(line: &str) -> &str {
    line.find("//").map_or(line, |at| &line[..at])
}

/// Every `crate::…` and `super::…` path in the file's code, with its line.
fn uses(file: &Path) -> Vec<Use> {
    let text = fs::read_to_string(file).unwrap_or_default();
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = code(line);
        for root in ["crate::", "super::"] {
            for (at, _) in code.match_indices(root) {
                if code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &code[at..];
                let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '{'));
                let path = &rest[..end.unwrap_or(rest.len())];
                // `use super::{a, b::c}`: each name in the braces.
                if let Some(open) = path.find('{') {
                    let close = rest.find('}').unwrap_or(rest.len());
                    for name in rest[open + 1..close].split(',') {
                        let name = name.trim();
                        if !name.is_empty() {
                            out.push(Use { file: file.into(), line: n + 1, path: format!("{}{name}", &path[..open]) });
                        }
                    }
                } else {
                    out.push(Use { file: file.into(), line: n + 1, path: path.to_string() });
                }
            }
        }
    }
    out
}

/// A module's children, and the names it re-exports from each (`pub use child::{A, B}`), so
/// that `super::A` counts as a use of `child`.
#[derive(Default)]
struct Family {
    children: BTreeSet<String>,
    exports: BTreeMap<String, String>,
}

/// The [`Family`] of each module with children, by module path.
fn families(files: &[PathBuf]) -> BTreeMap<Vec<String>, Family> {
    let mut out: BTreeMap<Vec<String>, Family> = BTreeMap::new();
    for file in files {
        let mut module = module_of(file);
        if let Some(name) = module.pop() {
            out.entry(module).or_default().children.insert(name);
        }
    }
    for file in files {
        let module = module_of(file);
        let Some(Family { children: kids, exports }) = out.get_mut(&module) else { continue };
        let text = fs::read_to_string(file).unwrap_or_default();
        for line in text.lines().map(code).map(str::trim) {
            let Some(rest) = line.strip_prefix("pub use ").or_else(|| line.strip_prefix("use ")) else { continue };
            let Some((child, names)) = rest.trim_end_matches(';').split_once("::") else { continue };
            if !kids.contains(child) {
                continue;
            }
            for name in names.trim_matches(|c| c == '{' || c == '}').split(',') {
                let name = name.trim().rsplit("::").next().unwrap_or("").trim();
                if !name.is_empty() && name != "self" {
                    exports.insert(name.to_string(), child.to_string());
                }
            }
        }
    }
    out
}

#[test]
fn imports_run_only_from_a_higher_layer_to_a_lower_one() {
    let layers: BTreeMap<&str, u32> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    // The binary (main.rs, cli.rs) stands on the library from outside: only lib's modules.
    files.retain(|f| !matches!(module_of(f).first().map(String::as_str), Some("main" | "cli") | None));
    assert!(files.len() > 50, "the sources were not found under {}", src().display());
    let mut all = files.clone();
    all.push(src().join("lib.rs"));
    let root_exports = families(&all).remove(&Vec::new()).map(|family| family.exports).unwrap_or_default();
    let mut wrong = Vec::new();
    for file in &files {
        let module = module_of(file);
        let top = module[0].as_str();
        let Some(&from) = layers.get(top) else {
            wrong.push(format!("{}: module `{top}` has no layer in LAYERS", file.display()));
            continue;
        };
        for u in uses(file) {
            let Some(name) = u.path.strip_prefix("crate::").and_then(|p| p.split("::").next()) else { continue };
            // A name the crate's root re-exports (`crate::Article`) belongs to its module.
            let target = root_exports.get(name).map_or(name, String::as_str);
            if target == top || target.is_empty() {
                continue;
            }
            match layers.get(target) {
                Some(&to) if to < from => {}
                Some(&to) => wrong.push(format!(
                    "{}:{}: `{}` runs from {top} (layer {from}) to {target} (layer {to})",
                    u.file.display(),
                    u.line,
                    u.path
                )),
                None => wrong.push(format!("{}:{}: `{}`: no layer for {target}", u.file.display(), u.line, u.path)),
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn no_modules_use_each_other_in_a_circle() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let families = families(&files);
    // Edges between the children of one module: `super::sibling…` (or a name the parent
    // re-exports from a sibling), and `crate::…::sibling` spelled out.
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let module = module_of(file);
        let Some((parent, _)) = module.split_last().map(|(_, p)| (p.to_vec(), ())) else { continue };
        let Some(Family { children: siblings, exports }) = families.get(&parent) else { continue };
        for u in uses(file) {
            let sibling = if let Some(rest) = u.path.strip_prefix("super::") {
                let name = rest.split("::").next().unwrap_or("");
                if siblings.contains(name) { Some(name.to_string()) } else { exports.get(name).cloned() }
            } else if let Some(rest) = u.path.strip_prefix("crate::") {
                let segments: Vec<&str> = rest.split("::").collect();
                let inside = segments.len() > parent.len() && segments[..parent.len()] == parent[..];
                inside.then(|| segments[parent.len()].to_string()).filter(|name| siblings.contains(name))
            } else {
                None
            };
            if let Some(sibling) = sibling.filter(|s| Some(s) != module.last()) {
                let mut target = parent.clone();
                target.push(sibling);
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    // Top-level modules are siblings too, whose edges the layers already order; a circle
    // among the children of one module is found by a walk from each of them.
    let mut circles: BTreeMap<BTreeSet<String>, String> = BTreeMap::new();
    for start in edges.keys() {
        let mut stack = vec![(start.clone(), vec![start.join("::")])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in edges.get(&at).into_iter().flatten() {
                if next == start {
                    let members = trail.iter().cloned().collect();
                    circles.insert(members, format!("{} -> {}", trail.join(" -> "), start.join("::")));
                } else if seen.insert(next.clone()) {
                    let mut longer = trail.clone();
                    longer.push(next.join("::"));
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    let known: Vec<BTreeSet<String>> =
        KNOWN_CIRCLES_IN_PARSE.iter().map(|c| c.iter().map(|m| m.to_string()).collect()).collect();
    for gone in known.iter().filter(|k| !circles.contains_key(*k)) {
        eprintln!("note: the circle {gone:?} is gone: delete it from KNOWN_CIRCLES_IN_PARSE");
    }
    let new: Vec<&String> = circles.iter().filter(|(members, _)| !known.contains(members)).map(|(_, c)| c).collect();
    assert!(
        new.is_empty(),
        "modules that use each other:\n{}",
        new.iter().map(|c| c.as_str()).collect::<Vec<_>>().join("\n")
    );
}
