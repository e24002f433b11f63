//! The reading state at scale: 300,000 rows read from the state file (on the state's thread)
//! and taken by a reader with 100,000 articles loaded (on the UI thread), and toggling read or
//! starred on one article, which costs the UI thread a message to the state's thread.
//!
//! `cargo bench --bench state`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use tidings::app::{Action, TimeSlice};
use tidings::store::state::{self, Change, Flag, Rows, StateDb, StateEvent};

#[path = "support/scale.rs"]
mod scale;
#[path = "support/synth.rs"]
mod synth;

const ROWS: u64 = 300_000;

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// A state file of `ROWS` articles, a third starred, two thirds read, each with a path.
fn state_file(dir: &std::path::Path) -> StateDb {
    let (mut db, _) = StateDb::open(dir).unwrap_or_else(|e| panic!("state file: {e}"));
    let changes: Vec<Change> = (0..ROWS)
        .map(|n| Change::Flag {
            key: format!("url:https://news.example/{n}"),
            id: n.wrapping_mul(0x9E37_79B9_7F4A_7C15),
            flag: if n % 3 == 0 { Flag::Starred } else { Flag::Read },
            on: true,
            path: Some(format!("/archive/{}/{n}.txt", n % 100)),
            at: 1_700_000_000_000 + n as i64,
        })
        .collect();
    for chunk in changes.chunks(50_000) {
        db.apply(chunk).unwrap_or_else(|e| panic!("state rows: {e}"));
    }
    db
}

fn loading_rows(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    let db = state_file(dir.path());
    let mut group = c.benchmark_group("state");
    group.sample_size(20).measurement_time(Duration::from_secs(5));
    group.bench_function("load 300,000 rows from the state file", |b| {
        b.iter(|| black_box(db.load().unwrap_or_else(|e| panic!("load: {e}"))))
    });
    let rows: Rows = db.load().unwrap_or_else(|e| panic!("load: {e}"));
    let mut app = scale::app(scale::ARTICLES, (200, 60));
    group.bench_function("300,000 rows taken by a reader of 100,000 articles", |b| {
        b.iter_batched(
            || StateEvent::Loaded { rows: rows.clone(), place: None },
            |event| app.on_state(event, now()),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn toggling(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    drop(state_file(dir.path()));
    let mut app = scale::app(scale::ARTICLES, (200, 60));
    let (handle, events) = state::spawn(Some(dir.path().to_path_buf()), "bench".into());
    app.connect_state(handle.clone(), "bench".into(), true);
    if let Ok(event) = events.recv() {
        app.on_state(event, now());
    }
    for _ in 0..500 {
        app.update(Action::Down, now());
    }
    let mut group = c.benchmark_group("state_100k");
    group.sample_size(50).measurement_time(Duration::from_secs(3));
    group.bench_function("toggle read on the UI thread", |b| b.iter(|| app.update(Action::ToggleRead, now())));
    group.bench_function("toggle starred on the UI thread", |b| b.iter(|| app.update(Action::ToggleStar, now())));
    group.finish();
    // Every write committed before the folder goes.
    handle.flush();
}

criterion_group!(benches, loading_rows, toggling);
criterion_main!(benches);
