//! Drawing at scale: one frame at 200×60 with 100,000 articles loaded (list, open article,
//! status bar; also with the tag picker open), and scrolling a 5 MB article: a scroll step and
//! its frame. The wrap of the 5 MB article (paid once per width) is measured on its own.
//!
//! `cargo bench --bench draw`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tidings::app::{Action, App, Document, TimeSlice};
use tidings::article::StoredArticle;

#[path = "support/scale.rs"]
mod scale;
#[path = "support/synth.rs"]
mod synth;

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

fn terminal() -> Terminal<TestBackend> {
    match Terminal::new(TestBackend::new(200, 60)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    }
}

fn frame(app: &App, terminal: &mut Terminal<TestBackend>) {
    let _ = terminal.draw(|f| tidings::ui::draw(f, black_box(app)));
}

fn frames_at_100k(c: &mut Criterion) {
    let mut app = scale::app(scale::ARTICLES, (200, 60));
    let mut term = terminal();
    for _ in 0..1000 {
        app.update(Action::Down, now());
    }
    let mut group = c.benchmark_group("draw_100k");
    group.sample_size(50).measurement_time(Duration::from_secs(3));
    group.bench_function("frame 200x60", |b| b.iter(|| frame(&app, &mut term)));
    app.update(Action::OpenTagPicker, now());
    group.bench_function("frame 200x60, tag picker open", |b| b.iter(|| frame(&app, &mut term)));
    app.update(Action::Back, now());
    group.finish();
}

/// One article of about 5 MB: the generated articles' paragraphs repeated, with their quotes.
fn big_article() -> tidings::Article {
    let parts = scale::articles(200);
    let mut big = parts[0].clone();
    big.paragraphs.clear();
    big.quotes.clear();
    while big.paragraphs.iter().map(String::len).sum::<usize>() < 5_000_000 {
        for a in &parts {
            let offset = big.paragraphs.len();
            big.paragraphs.extend(a.paragraphs.iter().cloned());
            big.quotes.extend(a.quotes.iter().cloned().map(|mut q| {
                q.paragraph += offset;
                q
            }));
        }
    }
    big
}

fn scrolling_5_mb(c: &mut Criterion) {
    let big = big_article();
    let (stored, tags) = StoredArticle::new(big.clone());
    let mut group = c.benchmark_group("article_5mb");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    group.bench_function("wrap once, 130-column body", |b| b.iter(|| Document::new(0, black_box(&stored), &tags, 130)));
    let mut app = App::with_articles(vec![big], (200, 60));
    app.update(Action::Open, now());
    let mut term = terminal();
    group.sample_size(100).measurement_time(Duration::from_secs(3));
    group.bench_function("scroll a line + frame", |b| {
        b.iter(|| {
            app.update(Action::Down, now());
            frame(&app, &mut term);
        })
    });
    group.bench_function("page down + frame", |b| {
        b.iter(|| {
            app.update(Action::PageDown, now());
            frame(&app, &mut term);
        })
    });
    group.bench_function("jump to the end + frame", |b| {
        b.iter(|| {
            app.update(Action::Top, now());
            app.update(Action::Bottom, now());
            frame(&app, &mut term);
        })
    });
    group.finish();
}

criterion_group!(benches, frames_at_100k, scrolling_5_mb);
criterion_main!(benches);
