//! Scrolls the quotes view end to end at 100,000 generated articles (about 600,000 quotes),
//! a frame at 200×60 after each step, and prints the time of each kind of step with its frame:
//! median, 99th percentile and worst, in wall-clock time and in this thread's CPU time (on a
//! busy machine a step may wait for a core: wall-clock time counts the wait, CPU time does
//! not). `cargo run --release --example quotes_scroll [N]` (N articles, 100,000 by default).

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

/// The CPU time this thread has used; zero where it cannot be read.
fn thread_cpu_time() -> Duration {
    #[cfg(unix)]
    {
        let mut spec = libc::timespec { tv_sec: 0, tv_nsec: 0 };
        // SAFETY: `spec` is a valid, writable timespec for the call's whole duration.
        #[allow(unsafe_code, reason = "the standard library has no thread CPU clock")]
        let status = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut spec) };
        if status == 0 {
            return Duration::new(spec.tv_sec as u64, spec.tv_nsec as u32);
        }
    }
    Duration::ZERO
}

/// One step and its frame: wall-clock and CPU time.
#[derive(Clone, Copy)]
struct Step {
    wall: Duration,
    cpu: Duration,
}

fn step(app: &mut App, terminal: &mut Terminal<TestBackend>, action: Action) -> Step {
    let (start, cpu) = (Instant::now(), thread_cpu_time());
    app.update(action, now());
    let _ = terminal.draw(|f| tidings::ui::draw(f, app));
    Step { wall: start.elapsed(), cpu: thread_cpu_time().saturating_sub(cpu) }
}

/// Steps with `action` until `done`.
fn sweep(app: &mut App, terminal: &mut Terminal<TestBackend>, action: Action, done: fn(&App) -> bool) -> Vec<Step> {
    let mut steps = Vec::new();
    while !done(app) {
        steps.push(step(app, terminal, action));
    }
    steps
}

fn summary(mut times: Vec<Duration>) -> String {
    times.sort();
    let at = |q: f64| times.get(((times.len() as f64 - 1.0) * q) as usize).copied().unwrap_or_default();
    let over = times.iter().filter(|t| **t > Duration::from_millis(16)).count();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    format!("median {:.2} ms, p99 {:.2} ms, worst {:.2} ms, over 16 ms: {over}", ms(at(0.5)), ms(at(0.99)), ms(at(1.0)))
}

fn report(name: &str, steps: Vec<Step>) {
    println!("{name}: {} steps", steps.len());
    println!("  wall clock: {}", summary(steps.iter().map(|s| s.wall).collect()));
    println!("  CPU time:   {}", summary(steps.iter().map(|s| s.cpu).collect()));
}

fn main() {
    let n = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(scale::ARTICLES);
    let mut app = scale::app(n, (200, 60));
    let mut terminal = match Terminal::new(TestBackend::new(200, 60)) {
        Ok(t) => t,
        Err(e) => panic!("test backend: {e}"),
    };
    let open = step(&mut app, &mut terminal, Action::ToggleQuotesView);
    println!(
        "{} quotes; opened with its first frame in {:.2} ms ({:.2} ms CPU)",
        app.quotes_view().entries().len(),
        open.wall.as_secs_f64() * 1e3,
        open.cpu.as_secs_f64() * 1e3
    );
    let last = |app: &App| app.quotes_view().cursor() + 1 >= app.quotes_view().entries().len();
    let first = |app: &App| app.quotes_view().cursor() == 0;
    report("page down, top to bottom", sweep(&mut app, &mut terminal, Action::PageDown, last));
    report("page up, bottom to top", sweep(&mut app, &mut terminal, Action::PageUp, first));
    let lines = (0..5000).map(|_| step(&mut app, &mut terminal, Action::Down)).collect();
    report("a line down, 5,000 times", lines);
    let jumps =
        [Action::Bottom, Action::Top].repeat(50).into_iter().map(|a| step(&mut app, &mut terminal, a)).collect();
    report("to the end and back, 50 times", jumps);
}
