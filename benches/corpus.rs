//! The reader's filters at 100,000 articles: a tag toggled, AND/OR switched, and search
//! keystrokes (one word through the index, a rare word, one letter, several words), each as
//! `App::update` does it, list recomputed. A search that does not finish in its keystroke's
//! slice is run to the end in the measurement: the figure is the time until the list is right.
//! Results kept from earlier keystrokes are those of the text typed before, as when typing, and
//! so are the notes on the last one (`session::notes`), unless the name says "without a pause".
//!
//! `cargo bench --bench corpus`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, criterion_group, criterion_main};
use tidings::app::{Action, App, TimeSlice};

#[path = "support/scale.rs"]
mod scale;
#[path = "support/synth.rs"]
mod synth;

/// A keystroke's or a frame's time, as the reader gives it.
fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// Types `typed` into a fresh search, each keystroke's work done (the result, then the notes
/// for the next keystroke, `session::notes`), as when typing at a reading pace; then measures
/// `then` until its result is complete.
fn keystrokes(group: &mut BenchmarkGroup<'_, WallTime>, app: &mut App, name: &str, typed: &str, then: Action) {
    measure(group, app, name, (typed, settle), then, finish);
}

/// As [`keystrokes`], but `typed` comes without a pause: each keystroke's result is complete,
/// its notes for the next one are not made.
fn without_pause(group: &mut BenchmarkGroup<'_, WallTime>, app: &mut App, name: &str, typed: &str, then: Action) {
    measure(group, app, name, (typed, finish), then, finish);
}

/// As [`without_pause`], until the list's first screen is final (the search looks at articles
/// in list order and shows what it found so far) or the search is over.
fn first_screen(group: &mut BenchmarkGroup<'_, WallTime>, app: &mut App, name: &str, typed: &str, then: Action) {
    measure(group, app, name, (typed, finish), then, |app| {
        let rows = usize::from(app.size().height);
        while app.search().is_running() && app.view().len() < rows {
            app.tick(now());
        }
    });
}

fn measure(
    group: &mut BenchmarkGroup<'_, WallTime>,
    app: &mut App,
    name: &str,
    (typed, after_each): (&str, fn(&mut App)),
    then: Action,
    until: fn(&mut App),
) {
    group.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                app.update(Action::Cancel, now());
                app.forget_searches();
                app.update(Action::StartSearch, now());
                for ch in typed.chars() {
                    app.update(Action::Input(ch), now());
                    after_each(app);
                }
                let start = Instant::now();
                app.update(black_box(then), now());
                until(app);
                total += start.elapsed();
                settle(app);
            }
            total
        })
    });
}

/// Until the search's result is complete.
fn finish(app: &mut App) {
    while app.search().is_running() {
        app.tick(now());
    }
}

/// Until the result is complete and the notes for the next keystroke are made.
fn settle(app: &mut App) {
    while app.search().is_running() || app.search().is_preparing() {
        app.tick(now());
    }
}

fn filters(c: &mut Criterion) {
    let mut app = scale::app(scale::ARTICLES, (200, 60));
    let top = app.corpus().tags().by_count()[0].0;
    let second = app.corpus().tags().by_count()[1].0;
    let mut group = c.benchmark_group("tags_100k");
    group.sample_size(50).measurement_time(Duration::from_secs(3));
    group.bench_function("toggle a tag (picker open)", |b| {
        app.update(Action::OpenTagPicker, now());
        b.iter(|| app.update(Action::ToggleTag, now()));
        app.update(Action::Back, now());
    });
    app.update(Action::ClearTags, now());
    app.update(Action::OpenTagPicker, now());
    app.update(Action::ToggleTag, now());
    app.update(Action::Down, now());
    app.update(Action::ToggleTag, now());
    app.update(Action::Back, now());
    assert!(app.tags().selected().contains(&top) && app.tags().selected().contains(&second));
    group.bench_function("switch AND/OR, two tags", |b| b.iter(|| app.update(Action::ToggleTagMode, now())));
    group.finish();
    app.update(Action::ClearTags, now());

    let mut group = c.benchmark_group("search_100k");
    group.sample_size(10).measurement_time(Duration::from_secs(4));
    let g = &mut group;
    keystrokes(g, &mut app, "first letter 'n'", "", Action::Input('n'));
    keystrokes(g, &mut app, "'negotiation' + 's'", "negotiation", Action::Input('s'));
    keystrokes(g, &mut app, "rare 'zq' (+ 'q')", "z", Action::Input('q'));
    keystrokes(g, &mut app, "backspace 'summi'", "summit", Action::DeleteChar);
    keystrokes(g, &mut app, "phrase 'the g' (+ 'g')", "the ", Action::Input('g'));
    without_pause(g, &mut app, "phrase 'the g' (+ 'g'), typed without a pause", "the ", Action::Input('g'));
    first_screen(g, &mut app, "phrase 'the g' (+ 'g'), without a pause, first screen", "the ", Action::Input('g'));
    // Every body word of the generated pages is in almost every article: a phrase after one
    // that is not among the index's common words is answered from its frequent grams.
    without_pause(g, &mut app, "phrase 'government s', typed without a pause", "government ", Action::Input('s'));
    first_screen(
        g,
        &mut app,
        "phrase 'government s', without a pause, first screen",
        "government ",
        Action::Input('s'),
    );
    // Three words: the grams say what follows `the`, not what precedes it; the articles where
    // `the` is followed by a `g` are checked.
    without_pause(g, &mut app, "phrase 'of the g', typed without a pause", "of the ", Action::Input('g'));
    keystrokes(g, &mut app, "phrase 'said kim' (+ 'm')", "said ki", Action::Input('m'));
    keystrokes(g, &mut app, "punctuation '“' (no word)", "", Action::Input('“'));
    group.finish();
}

criterion_group!(benches, filters);
criterion_main!(benches);
