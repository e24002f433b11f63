//! Time spent in each parser stage over the files given (a profiling aid).

use std::time::{Duration, Instant};

use tidings::parse::{decode, layout, lines, people, quotes, speech};

fn main() {
    let files: Vec<Vec<u8>> = std::env::args().skip(1).filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let mut t = [Duration::ZERO; 6];
    for _ in 0..3 {
        for f in &files {
            let s = Instant::now();
            let Ok(d) = decode::decode(f, 8 << 20) else { continue };
            t[0] += s.elapsed();
            let s = Instant::now();
            let l = lines::split(&d.text);
            t[1] += s.elapsed();
            let s = Instant::now();
            let lay = layout::lay_out(l);
            t[2] += s.elapsed();
            let s = Instant::now();
            let caps: Vec<String> = lay.captions.iter().map(|c| c.text.clone()).collect();
            let q = speech::quotes(&lay.paragraphs, &caps);
            std::hint::black_box(q);
            t[3] += s.elapsed();
            let s = Instant::now();
            let spans = quotes::find(&lay.paragraphs);
            t[4] += s.elapsed();
            let s = Instant::now();
            std::hint::black_box(people::People::scan(&lay.paragraphs, &caps, &[]));
            t[5] += s.elapsed();
            std::hint::black_box(spans);
        }
    }
    let total: Duration = t[..4].iter().sum();
    let mb = 3.0 * bytes as f64 / 1e6;
    for (name, d) in ["decode", "lines", "layout", "quotes", " find", " people"].iter().zip(t) {
        println!("{name:8} {:>8.1} ms  {:>7.1} MB/s", d.as_secs_f64() * 1e3, mb / d.as_secs_f64());
    }
    println!("total    {:>8.1} ms  {:>7.1} MB/s", total.as_secs_f64() * 1e3, mb / total.as_secs_f64());
}
