//! Who said what at 100,000 articles (about 600,000 quotes), each as `App::update` does it:
//! opening the quotes view, choosing or letting go a speaker or a source in its picker, and
//! setting or clearing a date range, with the list and the quotes view recomputed; and a frame
//! of the quotes view at 200×60 with a step of the cursor. Worst frames while scrolling the
//! quotes view end to end: `cargo run --release --example quotes_scroll`.
//!
//! `cargo bench --bench quotes`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tidings::app::{Action, App, TimeSlice};

#[path = "support/scale.rs"]
mod scale;
#[path = "support/synth.rs"]
mod synth;

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// Types `text` into the date prompt (opened, emptied first), not measured.
fn type_dates(app: &mut App, text: &str) {
    app.update(Action::EditDates, now());
    for _ in 0..40 {
        app.update(Action::DeleteChar, now());
    }
    text.chars().for_each(|c| app.update(Action::Input(c), now()));
}

fn who_said_what(c: &mut Criterion) {
    let mut app = scale::app(scale::ARTICLES, (200, 60));
    let mut group = c.benchmark_group("quotes_100k");
    group.sample_size(30).measurement_time(Duration::from_secs(4));

    group.bench_function("open the quotes view", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                app.update(black_box(Action::ToggleQuotesView), now());
                total += start.elapsed();
                assert!(app.quotes_view().entries().len() > 500_000, "{}", app.quotes_view().entries().len());
                app.update(Action::ToggleQuotesView, now());
            }
            total
        })
    });

    app.update(Action::ToggleQuotesView, now());
    for (name, open) in [("speaker", Action::OpenSpeakerPicker), ("source", Action::OpenSourcePicker)] {
        app.update(open, now());
        // The second entry: the first may be the unknown speaker.
        app.update(Action::Down, now());
        group.bench_function(format!("choose or let go a {name} (picker open, quotes view)"), |b| {
            b.iter(|| app.update(black_box(Action::TogglePick), now()))
        });
        app.update(Action::Back, now());
        app.update(Action::ClearFilters, now());
    }

    group.bench_function("set or clear a date range (quotes view)", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for i in 0..iters {
                type_dates(&mut app, if i % 2 == 0 { "2023-03..2025-06" } else { "" });
                let start = Instant::now();
                app.update(black_box(Action::Confirm), now());
                total += start.elapsed();
            }
            total
        })
    });
    app.update(Action::ClearFilters, now());

    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("test backend");
    for _ in 0..1000 {
        app.update(Action::Down, now());
    }
    group.bench_function("a step down + its frame, 200x60 (quotes view)", |b| {
        b.iter(|| {
            app.update(Action::Down, now());
            let _ = terminal.draw(|f| tidings::ui::draw(f, black_box(&app)));
        })
    });
    group.finish();
}

criterion_group!(benches, who_said_what);
criterion_main!(benches);
