//! Parses files given on the command line and prints the time each took (a profiling aid).

use std::time::Instant;

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(bytes) = std::fs::read(&path) else {
            eprintln!("cannot read {path}");
            continue;
        };
        let start = Instant::now();
        let result = tidings::parse::parse_page(&bytes, Some(&path));
        let quotes = result.as_ref().map_or(0, |a| a.quotes.len());
        println!("{path}: {} bytes, {quotes} quotes, {:?}", bytes.len(), start.elapsed());
    }
}
