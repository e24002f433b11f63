//! The reader's loading at scale, headless: the real loader and `App`, frames drawn on a
//! 200×60 test backend as the event loop would, and the figures of the README's Performance
//! table printed.
//!
//! `cargo run --release --example reader_load -- DIR [--cache ROOT] [--search WORD]... [--no-pause] [--listed-only | --parsed-only]`
//!
//! `--cache ROOT` loads as the reader does with its cache of parsed articles in ROOT (as
//! `TIDINGS_CACHE_DIR`): an empty ROOT times a first start that writes the cache, a warm one a
//! second start that reads it.
//! `--listed-only` stops once every article is listed, `--parsed-only` once every article is
//! fully parsed and searchable (for repeated runs of those figures).
//! `--no-pause` types each search without waiting for the notes on a keystroke before the next
//! (`session::notes`): the searches of someone typing fast.

use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tidings::app::{Action, App, TimeSlice};
use tidings::loader::{LoaderOptions, spawn_loader_with};
use tidings::reader::{BUSY_FRAME, Drained};
use tidings::store::cache::{CacheSet, PARSER_VERSION};
use tidings::store::folders::set_key;

// The allocator of the `tidings` binary (src/main.rs), so the figures are the reader's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// A keystroke's or a frame's time, as the reader gives it.
fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// As the reader's event loop waits for input while loading goes on and it has caught up.
const BUSY_POLL: Duration = Duration::from_millis(15);

fn main() {
    let start = Instant::now();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!(
            "usage: reader_load DIR [--cache ROOT] [--search WORD]... [--no-pause] [--listed-only | --parsed-only]"
        );
        std::process::exit(2);
    };
    let searches: Vec<&str> = args.windows(2).filter(|w| w[0] == "--search").map(|w| w[1].as_str()).collect();
    let listed_only = args.iter().any(|a| a == "--listed-only");
    let parsed_only = args.iter().any(|a| a == "--parsed-only");
    let pause = !args.iter().any(|a| a == "--no-pause");
    let paths = vec![std::path::PathBuf::from(dir)];
    let cache = args
        .windows(2)
        .find(|w| w[0] == "--cache")
        .map(|w| CacheSet::new(std::path::Path::new(&w[1]), &set_key(&paths), PARSER_VERSION));
    let loader = spawn_loader_with(paths, Vec::new(), LoaderOptions { cache: cache.clone(), watch: false });
    let mut app = App::new(Vec::new());
    app.update(Action::Resize { width: 200, height: 60 }, now());
    let mut terminal = match Terminal::new(TestBackend::new(200, 60)) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("reader_load: {e}");
            std::process::exit(1);
        }
    };
    let (mut first_frame, mut listed, mut finished) = (None, None, None);
    // The wall-clock time when everything was final, for a script to measure from the launch
    // (a process ending after it still gives back hundreds of MiB, which no reader waits for).
    let mut finished_at = std::time::SystemTime::UNIX_EPOCH;
    let (mut worst_frame, mut worst_step, mut frames) = (Duration::ZERO, Duration::ZERO, 0);
    // The same in this thread's CPU time: what the UI thread itself spent, whatever other
    // processes on a busy machine took from it.
    let (mut worst_frame_cpu, mut worst_step_cpu) = (Duration::ZERO, Duration::ZERO);
    let (mut open, mut behind, mut input, mut last_frame, mut steps) = (true, false, false, None::<Instant>, 0);
    while open {
        // As the reader's event loop: a frame after input, else one per `BUSY_FRAME`.
        if input || last_frame.is_none_or(|at| at.elapsed() >= BUSY_FRAME) {
            let (t, cpu) = (Instant::now(), thread_cpu());
            let _ = terminal.draw(|frame| tidings::ui::draw(frame, &app));
            worst_frame = worst_frame.max(t.elapsed());
            worst_frame_cpu = worst_frame_cpu.max(thread_cpu().saturating_sub(cpu));
            frames += 1;
            first_frame.get_or_insert_with(|| start.elapsed());
            last_frame = Some(Instant::now());
        }
        if !behind {
            std::thread::sleep(BUSY_POLL);
        }
        let (t, cpu) = (Instant::now(), thread_cpu());
        let drained = tidings::reader::drain(&loader.events, &mut app);
        (open, behind) = (drained != Drained::Closed, drained == Drained::Behind);
        loader.want(app.wanted_article());
        app.tick(now());
        worst_step = worst_step.max(t.elapsed());
        worst_step_cpu = worst_step_cpu.max(thread_cpu().saturating_sub(cpu));
        if listed.is_none() && app.loading().is_listed() {
            listed = Some((start.elapsed(), app.view().len(), status_kb("VmRSS:")));
            if listed_only {
                break;
            }
        }
        // Every article fully parsed, quote counts final, the word index in: searchable.
        if finished.is_none() && app.loading().is_finished() {
            finished = Some((start.elapsed(), status_kb("VmRSS:")));
            finished_at = std::time::SystemTime::now();
            if parsed_only {
                break;
            }
        }
        // Keep opening the article under the cursor moving, as a reader would.
        steps += 1;
        input = steps % 20 == 0;
        if input {
            app.update(Action::Down, now());
        }
    }
    let done = start.elapsed();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("articles             {}", app.corpus().len());
    println!("first frame          {:.1} ms", first_frame.map_or(0.0, ms));
    if let Some((at, shown, rss)) = listed {
        println!("listed + filterable  {:.0} ms ({shown} in the list, {} MiB resident)", ms(at), rss / 1024);
    }
    if listed_only {
        // Now, without waiting for the full parse or freeing 100,000 articles.
        std::process::exit(0);
    }
    if parsed_only {
        if let Some((at, rss)) = finished {
            println!(
                "fully parsed         {:.0} ms (searchable, quote counts final; {} MiB resident)",
                ms(at),
                rss / 1024
            );
        }
        println!("worst frame          {:.2} ms ({frames} frames while loading)", ms(worst_frame));
        println!("peak RSS             {} MiB", status_kb("VmHWM:") / 1024);
        let at = finished_at.duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        println!("fully parsed at      {}.{:09} (seconds since 1970, wall clock)", at.as_secs(), at.subsec_nanos());
        std::process::exit(0);
    }
    if let Some((at, rss)) = finished {
        println!("fully parsed         {:.0} ms (searchable, quote counts final; {} MiB resident)", ms(at), rss / 1024);
    }
    println!(
        "loader done          {:.0} ms (the cache written, if any; {} MiB resident)",
        ms(done),
        status_kb("VmRSS:") / 1024
    );
    println!("worst frame          {:.2} ms ({frames} frames while loading)", ms(worst_frame));
    println!("worst loop step      {:.2} ms (draining the loader, refreshing the list)", ms(worst_step));
    println!("  in UI-thread CPU   frame {:.2} ms, loop step {:.2} ms", ms(worst_frame_cpu), ms(worst_step_cpu));
    // The index's frequent grams, read between frames once loading is over (`index::frequent`).
    let t = Instant::now();
    let before = app.search().index(app.corpus()).map_or(0, |index| index.heap_bytes());
    while app.reads_grams() {
        app.tick(now());
    }
    if let Some(index) = app.search().index(app.corpus()) {
        println!(
            "frequent grams       {:.0} ms more ({} words, {:.1} MB; index {:.1} MB; {} MiB resident, peak {} MiB)",
            ms(t.elapsed()),
            index.frequent_words(),
            (index.heap_bytes() - before) as f64 / 1e6,
            index.heap_bytes() as f64 / 1e6,
            status_kb("VmRSS:") / 1024,
            status_kb("VmHWM:") / 1024
        );
    }
    // As the reader does: the grams kept beside the cached index, so the next start has them
    // (then 0 ms above; the loader wrote the manifest before `Finished` came).
    if let (Some(cache), Some(grams)) = (&cache, app.take_read_grams()) {
        let kept = cache.keep_grams(&grams).map_or_else(|e| format!("not kept: {e}"), |()| "kept".into());
        println!("frequent grams       {kept} in the cache ({:.1} MB)", grams.len() as f64 / 1e6);
    }
    app.update(Action::StartSearch, now());
    for word in searches {
        for c in word.chars() {
            let t = Instant::now();
            app.update(Action::Input(c), now());
            let typed = t.elapsed();
            // The search looks at articles in list order: the top of the list is final first.
            while app.search().is_running() && app.view().len() < 60 {
                app.tick(now());
            }
            let screen = t.elapsed();
            while app.search().is_running() {
                app.tick(now());
            }
            let complete = t.elapsed();
            // Notes for the next keystroke (`session::notes`), made between frames after the result.
            while pause && app.search().is_preparing() {
                app.tick(now());
            }
            let notes =
                if pause { format!("notes in {:.0} ms", ms(t.elapsed() - complete)) } else { "no pause".into() };
            println!(
                "search {:<14} {:.1} ms keystroke, {:.1} ms first screen, {:.1} ms complete, {} hits; {notes}",
                app.search_line().text(),
                ms(typed),
                ms(screen),
                ms(complete),
                app.view().len(),
            );
        }
        app.update(Action::Cancel, now());
        app.update(Action::StartSearch, now());
    }
    println!("peak RSS             {} MiB", status_kb("VmHWM:") / 1024);
}

/// This thread's CPU time, from the scheduler's own account of it in
/// `/proc/thread-self/schedstat` (Linux, in nanoseconds; zero elsewhere).
fn thread_cpu() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|ns| ns.parse::<u64>().ok()))
        .map_or(Duration::ZERO, Duration::from_nanos)
}

/// A memory figure of this process from `/proc/self/status` (Linux), in KiB.
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}
