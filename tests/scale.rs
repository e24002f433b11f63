//! The reader's budgets at 100,000 articles. Timings mean little in a debug build, so these
//! are ignored by default; run them with
//! `cargo test --release --test scale -- --ignored --nocapture`.

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tidings::app::{Action, App};
use tidings::load::LoadEvent;
use tidings::{Article, Quote};

const WORDS: &[&str] = &[
    "port", "ferry", "summit", "minister", "export", "chip", "snow", "reef", "energy", "market", "island", "film",
    "rail", "budget", "election", "heat", "pump", "tour", "coral", "diesel", "asteroid", "lottery", "rental", "yen",
];

fn word(seed: usize) -> &'static str {
    WORDS[seed.wrapping_mul(2_654_435_761) % WORDS.len()]
}

fn article(i: usize) -> Article {
    let sentence = |k: usize| (0..12).map(|j| word(i * 31 + k * 7 + j)).collect::<Vec<_>>().join(" ");
    let paragraphs: Vec<String> = (0..4).map(|k| format!("{}. {}.", sentence(k), sentence(k + 10))).collect();
    Article {
        id: format!("{i:08x}"),
        title: format!("{} {} {} number {i}", word(i), word(i + 1), word(i + 2)),
        published: Some(format!("20{:02}-{:02}-{:02}T{:02}:00", 10 + i % 16, 1 + i % 12, 1 + i % 28, i % 24)),
        source: Some(format!("Source {}", i % 50)),
        quotes: vec![Quote { text: sentence(0), speaker: Some("Kim".into()), paragraph: 0 }],
        paragraphs,
        tags: (0..4).map(|k| format!("tag{}", (i * (k + 3)) % 2000)).collect(),
        ..Article::default()
    }
}

fn time<T>(what: &str, budget: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    println!("{what}: {took:?} (budget {budget:?})");
    assert!(took < budget, "{what} took {took:?}");
    out
}

/// Runs a search that did not fit in its keystroke to the end, as frames would.
fn finish_search(app: &mut App) {
    let start = Instant::now();
    let mut ticks = 0;
    while app.search.is_running() {
        app.tick(Instant::now());
        ticks += 1;
    }
    if ticks > 0 {
        println!("  ...finished {ticks} frame slices later, {:?} more", start.elapsed());
    }
}

fn frame(app: &App, terminal: &mut Terminal<TestBackend>) {
    terminal.draw(|f| tidings::ui::draw(f, app)).expect("draw");
}

#[test]
#[ignore = "timing; run in release"]
fn stays_instant_with_100_000_articles() {
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("backend");
    let mut app = App::new(Vec::new());
    app.update(Action::Resize { width: 200, height: 60 });
    time("first frame, nothing loaded", Duration::from_millis(100), || frame(&app, &mut terminal));

    let articles: Vec<Article> = (0..100_000).map(article).collect();
    let t0 = Instant::now();
    let mut worst = Duration::ZERO;
    for (n, batch) in articles.chunks(256).enumerate() {
        let start = Instant::now();
        app.on_load(
            LoadEvent::Articles { articles: batch.to_vec(), files: batch.len() },
            t0 + Duration::from_millis(n as u64 * 5),
        );
        worst = worst.max(start.elapsed());
    }
    app.on_load(LoadEvent::Finished, t0 + Duration::from_secs(3600));
    println!("worst batch append (incl. throttled refresh): {worst:?}");
    assert_eq!(app.view.len(), 100_000);

    time("frame at 200x60", Duration::from_millis(2), || frame(&app, &mut terminal));
    app.update(Action::OpenTagPicker);
    time("tag picker frame", Duration::from_millis(5), || frame(&app, &mut terminal));
    app.update(Action::Back);
    let tag = app.corpus.tags_by_count()[0].0;
    time("tag filter change", Duration::from_millis(5), || {
        app.update(Action::OpenTagPicker);
        app.update(Action::ToggleTag);
        app.update(Action::Back);
    });
    assert!(app.tags.selected.contains(&tag) && app.view.len() < 100_000);
    time("tag mode change", Duration::from_millis(5), || app.update(Action::ToggleTagMode));
    time("tag clear", Duration::from_millis(5), || app.update(Action::ClearTags));

    app.update(Action::StartSearch);
    for (i, c) in "ferry summit".chars().enumerate() {
        time(&format!("search keystroke {}", i + 1), Duration::from_millis(50), || app.update(Action::Input(c)));
        finish_search(&mut app);
    }
    time("search backspace", Duration::from_millis(50), || app.update(Action::DeleteChar));
    time("search keystroke that misses", Duration::from_millis(50), || app.update(Action::Input('z')));
    finish_search(&mut app);
    assert!(app.view.is_empty());
    app.update(Action::Cancel);
    app.update(Action::StartSearch);
    time("search keystroke, no narrowing possible", Duration::from_millis(50), || app.update(Action::Input('#')));
    finish_search(&mut app);
    app.update(Action::Cancel);
    time("sort change (first time; not a stated budget)", Duration::from_millis(250), || app.update(Action::CycleSort));
    for _ in 0..1000 {
        app.update(Action::Down);
    }
    time("frame after moving", Duration::from_millis(2), || frame(&app, &mut terminal));
}

#[test]
#[ignore = "timing; run in release"]
fn a_5_mb_article_scrolls_without_a_slow_frame() {
    let paragraph = (0..200).map(word).collect::<Vec<_>>().join(" ");
    let mut big = article(1);
    big.paragraphs = std::iter::repeat_n(paragraph, 5_000_000 / 1200).collect();
    big.quotes = (0..500).map(|p| Quote { text: word(p).into(), speaker: None, paragraph: p * 8 }).collect();
    let mut app = App::with_articles(vec![article(2), big], (70, 20));
    while app.selected_article().is_some_and(|a| a.paragraphs.len() < 100) {
        app.update(Action::Down);
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).expect("backend");
    time("re-wrap 5 MB for 200x60 (paid once per width)", Duration::from_millis(1500), || {
        app.update(Action::Resize { width: 200, height: 60 })
    });
    println!("  {} lines", app.reading.doc.as_ref().map_or(0, |d| d.lines.len()));
    app.update(Action::Open);
    let mut worst = Duration::ZERO;
    for i in 0..400 {
        let start = Instant::now();
        app.update(if i % 10 == 0 { Action::PageDown } else { Action::Down });
        frame(&app, &mut terminal);
        worst = worst.max(start.elapsed());
    }
    app.update(Action::Bottom);
    let start = Instant::now();
    frame(&app, &mut terminal);
    worst = worst.max(start.elapsed());
    println!("worst scroll step + frame: {worst:?}");
    assert!(worst < Duration::from_millis(16));
}
