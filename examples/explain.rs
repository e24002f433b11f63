//! Shows how the parser reads a page: each line with its kind, its shape and its part in
//! the article (`T` the title, `|` the run of prose, `B` a body line).
//!
//! `cargo run --release --example explain -- PAGE.txt`

use std::io::Write;

use tidings::parse::layout;
use tidings::parse::lines::{self, Kind};
use tidings::parse::{MAX_INPUT_BYTES, decode};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain PAGE.txt");
        std::process::exit(2);
    };
    let decoded = match std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| decode::decode(&bytes, MAX_INPUT_BYTES).map_err(|e| e.to_string()))
    {
        Ok(decoded) => decoded,
        Err(err) => {
            eprintln!("explain: {path}: {err}");
            std::process::exit(1);
        }
    };
    let mut lines = lines::split(&decoded.text);
    let Some(plan) = layout::plan(&mut lines, None) else {
        println!("no title");
        return;
    };
    let mut out = std::io::stdout().lock();
    let head = format!(
        "language {:?}, run {:?}, title {}, body {}..{}",
        plan.language, plan.run, plan.title_at, plan.body_start, plan.body_end
    );
    if writeln!(out, "{head}").is_err() {
        return;
    }
    for (i, line) in lines.iter().enumerate() {
        let shape = plan.shapes[i];
        let kind = match &line.kind {
            Kind::Text if shape.prose => "PROSE".to_string(),
            Kind::Text if shape.in_list => "list".to_string(),
            Kind::Text => "text".to_string(),
            other => format!("{other:?}").chars().take(12).collect(),
        };
        let in_run = plan.run.is_some_and(|r| (r.start..r.end).contains(&i));
        let mark = match () {
            _ if plan.title_at == i => 'T',
            _ if layout::is_body(&lines, &plan, i) => 'B',
            _ if in_run => '|',
            _ => ' ',
        };
        let text: String = line.text.chars().take(110).collect();
        // A closed pipe (`| head`) ends the listing.
        if writeln!(out, "{i:4} {:3} {mark} {kind:12} {:3} {text}", line.block, shape.units).is_err() {
            return;
        }
    }
}
