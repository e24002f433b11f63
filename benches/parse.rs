//! Parse throughput on generated pages of the seed's shape: the full parse, the parser's light
//! pass (`skim`), and the reader's light pass (`light`) with its exact tags.
//!
//! `cargo bench --bench parse`

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tidings::{light, parse};

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

criterion_group!(benches, parse_throughput);
criterion_main!(benches);
