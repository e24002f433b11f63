//! Parse throughput on generated pages of the seed's shape: the full parse, the parser's light
//! pass (`skim`), and the reader's light pass (`light`) with its exact tags. Then, when
//! `../shared/real-pages` is there, the real pages: their HTML (`html::parse_html`, and the
//! reader's light pass `html::light::light_page`) against their text (`parse::parse_page`),
//! in pages/s and bytes/s, in the same run.
//!
//! `cargo bench --bench parse`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tidings::{html, light, parse};

#[path = "support/synth.rs"]
mod synth;

fn parse_throughput(c: &mut Criterion) {
    let mut g = synth::Gen::new(1);
    let pages: Vec<String> = (0..500).map(|_| g.page()).collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64)).sample_size(10).measurement_time(Duration::from_secs(5));
    group.bench_function("parse_page", |b| {
        b.iter(|| pages.iter().filter_map(|p| parse::parse_page(black_box(p.as_bytes()), None).ok()).count())
    });
    group.bench_function("skim::skim_page", |b| {
        b.iter(|| pages.iter().filter_map(|p| parse::skim::skim_page(black_box(p.as_bytes()), None).ok()).count())
    });
    group.bench_function("skim::tags_of", |b| {
        b.iter(|| pages.iter().filter_map(|p| parse::skim::tags_of(black_box(p.as_bytes())).ok()).count())
    });
    group.bench_function("light::tags_of", |b| {
        b.iter(|| pages.iter().filter_map(|p| light::tags_of(black_box(p.as_bytes())).ok()).count())
    });
    group.bench_function("light::light_page", |b| {
        b.iter(|| pages.iter().filter_map(|p| light::light_page(black_box(p.as_bytes()), None).ok()).count())
    });
    group.bench_function("decode", |b| {
        b.iter(|| pages.iter().filter_map(|p| parse::decode::decode(black_box(p.as_bytes()), 8 << 20).ok()).count())
    });
    group.finish();
}

/// The bytes of each page of a set.
type Pages = Vec<Vec<u8>>;

/// The real pages' HTML (decompressed) and text, by id; `None` when the folder is absent.
fn real_pages() -> Option<(Pages, Pages)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/real-pages");
    let mut ids: Vec<String> = std::fs::read_dir(dir.join("html"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".html.gz").map(String::from))
        .collect();
    ids.sort();
    let mut html = Vec::new();
    let mut text = Vec::new();
    for id in &ids {
        let gz = std::fs::read(dir.join(format!("html/{id}.html.gz"))).ok()?;
        html.push(tidings::inputs::gunzip(&gz, 64 << 20).ok()?);
        text.push(std::fs::read(dir.join(format!("text/{id}.txt"))).ok()?);
    }
    (!ids.is_empty()).then_some((html, text))
}

fn real_pages_throughput(c: &mut Criterion) {
    let Some((html, text)) = real_pages() else {
        eprintln!("../shared/real-pages is absent: the real-pages benchmarks are skipped");
        return;
    };
    let bytes = |pages: &[Vec<u8>]| pages.iter().map(Vec::len).sum::<usize>() as u64;
    for (name, throughput) in [
        ("real_pages_bytes", [Throughput::Bytes(bytes(&html)), Throughput::Bytes(bytes(&text))]),
        ("real_pages_count", [Throughput::Elements(html.len() as u64), Throughput::Elements(text.len() as u64)]),
    ] {
        let mut group = c.benchmark_group(name);
        group.sample_size(10).measurement_time(Duration::from_secs(10));
        let [html_throughput, text_throughput] = throughput;
        group.throughput(html_throughput.clone());
        group.bench_function("html::parse_html", |b| {
            b.iter(|| html.iter().filter_map(|p| html::parse_html(black_box(p), None).ok()).count())
        });
        group.bench_function("html::light::light_page", |b| {
            b.iter(|| html.iter().filter_map(|p| html::light::light_page(black_box(p), None).ok()).count())
        });
        group.throughput(text_throughput);
        group.bench_function("parse::parse_page (their text)", |b| {
            b.iter(|| text.iter().filter_map(|p| parse::parse_page(black_box(p), None).ok()).count())
        });
        group.finish();
    }
}

criterion_group!(benches, parse_throughput, real_pages_throughput);
criterion_main!(benches);
