//! Writes a synthetic archive of saved news pages in the seed's page shape, for measuring
//! tidings at scale: `cargo run --release --example gen_corpus -- DIR N [--seed S]`.
//!
//! Each page: title, date line, share chrome, an optional photo caption, 5–14 paragraphs of
//! about 60–500 characters with quotes and attributions, 2–6 multi-word tags from a vocabulary
//! of about 600, a copyright line; about 4–5 KB. 1,000 files per sub-folder. The same seed
//! always writes the same files (the pages come from `benches/support/synth.rs`).

use std::path::Path;
use std::{env, fs, process};

#[path = "../benches/support/synth.rs"]
mod synth;

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let (dir, count) = match (args.first(), args.get(1).and_then(|n| n.parse::<usize>().ok())) {
        (Some(dir), Some(n)) => (dir.clone(), n),
        _ => {
            eprintln!("usage: gen_corpus DIR N [--seed S]");
            process::exit(2);
        }
    };
    let seed =
        args.iter().position(|a| a == "--seed").and_then(|i| args.get(i + 1)).and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut g = synth::Gen::new(seed);
    let mut bytes = 0;
    for i in 0..count {
        let folder = Path::new(&dir).join(format!("{:05}", i / 1000));
        if i % 1000 == 0
            && let Err(e) = fs::create_dir_all(&folder)
        {
            eprintln!("gen_corpus: {}: {e}", folder.display());
            process::exit(1);
        }
        let page = g.page();
        bytes += page.len();
        if let Err(e) = fs::write(folder.join(format!("{i:06}.txt")), page) {
            eprintln!("gen_corpus: {e}");
            process::exit(1);
        }
    }
    println!(
        "wrote {count} articles, {bytes} bytes ({:.1} KB each) to {dir}",
        bytes as f64 / count.max(1) as f64 / 1000.0
    );
}
