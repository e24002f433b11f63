//! Scrolls the quotes view end to end at 100,000 generated articles (about 600,000 quotes),
//! a frame at 200×60 after each step, and prints the time of each kind of step with its frame:
//! median, 99th percentile and worst. `cargo run --release --example quotes_scroll [N]`
//! (N articles, 100,000 by default).

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tidings::app::{Action, App, TimeSlice};

#[path = "../benches/support/scale.rs"]
mod scale;
#[path = "../benches/support/synth.rs"]
mod synth;

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// Steps with `action` until `done`, timing each step and its frame.
fn sweep(app: &mut App, terminal: &mut Terminal<TestBackend>, action: Action, done: fn(&App) -> bool) -> Vec<Duration> {
    let mut times = Vec::new();
    while !done(app) {
        let start = Instant::now();
        app.update(action, now());
        let _ = terminal.draw(|f| tidings::ui::draw(f, app));
        times.push(start.elapsed());
    }
    times
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let at = |q: f64| times.get(((times.len() as f64 - 1.0) * q) as usize).copied().unwrap_or_default();
    let over = times.iter().filter(|t| **t > Duration::from_millis(16)).count();
    println!(
        "{name}: {} steps, median {:.2} ms, p99 {:.2} ms, worst {:.2} ms, over 16 ms: {over}",
        times.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        at(1.0).as_secs_f64() * 1e3,
    );
}

fn main() {
    let n = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(scale::ARTICLES);
    let mut app = scale::app(n, (200, 60));
    let mut terminal = match Terminal::new(TestBackend::new(200, 60)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    };
    let start = Instant::now();
    app.update(Action::ToggleQuotesView, now());
    let _ = terminal.draw(|f| tidings::ui::draw(f, &app));
    println!(
        "{} quotes; opened with its first frame in {:.2} ms",
        app.quotes_view().entries().len(),
        start.elapsed().as_secs_f64() * 1e3
    );
    let last = |app: &App| app.quotes_view().cursor() + 1 >= app.quotes_view().entries().len();
    let first = |app: &App| app.quotes_view().cursor() == 0;
    report("page down, top to bottom", sweep(&mut app, &mut terminal, Action::PageDown, last));
    report("page up, bottom to top", sweep(&mut app, &mut terminal, Action::PageUp, first));
    let mut lines = Vec::new();
    for _ in 0..5000 {
        let start = Instant::now();
        app.update(Action::Down, now());
        let _ = terminal.draw(|f| tidings::ui::draw(f, &app));
        lines.push(start.elapsed());
    }
    report("a line down, 5,000 times", lines);
    let mut jumps = Vec::new();
    for action in [Action::Bottom, Action::Top].repeat(50) {
        let start = Instant::now();
        app.update(action, now());
        let _ = terminal.draw(|f| tidings::ui::draw(f, &app));
        jumps.push(start.elapsed());
    }
    report("to the end and back, 50 times", jumps);
}
