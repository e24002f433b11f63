//! The reader's event loop: terminal in, actions to the `App`, frames out. Loading happens on
//! a background thread; this loop only drains its channel between frames.

use std::io::{self, stdout};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::execute;
use ratatui::DefaultTerminal;

use crate::app::{Action, App, LoadEvent, StartFilters, TimeSlice, keys};
use crate::load::Source;
use crate::loader::{Loader, spawn_loader};
use crate::samples::SAMPLES;
use crate::ui;

/// How long to wait for input while loading or searching goes on between frames.
const BUSY_POLL: Duration = Duration::from_millis(15);
/// While loading or searching, a frame without input waits this long after the last one: the
/// progress moves smoothly enough, and the time goes to loading (on two cores the UI thread
/// takes its share from the loading threads).
pub const BUSY_FRAME: Duration = Duration::from_millis(50);
const IDLE_POLL: Duration = Duration::from_millis(500);
/// Input events handled before the next frame, so a held key does not starve drawing.
const EVENTS_PER_FRAME: usize = 64;
/// Time spent draining loader batches before the next frame.
const LOAD_BUDGET: Duration = Duration::from_millis(20);

/// Opens the reader on `paths` (the bundled samples when empty) with a starting tag filter and
/// the speaker, source and date filters of `start`.
pub fn run(paths: Vec<PathBuf>, tags: Vec<String>, start: StartFilters) -> io::Result<()> {
    let embedded = if paths.is_empty() {
        SAMPLES.iter().map(|&(name, bytes)| Source::Embedded(name, bytes)).collect()
    } else {
        Vec::new()
    };
    let loader = spawn_loader(paths, embedded);
    let mut app = App::new(tags);
    app.set_start_filters(start);
    // Relative date ranges (`last 7 days`) count from the day the reader was opened.
    app.set_today(chrono::Local::now().date_naive());
    // `try_init` enters raw mode and the alternate screen and installs a panic hook that
    // restores them; the hook added here also turns mouse reporting off first.
    let mut terminal = ratatui::try_init()?;
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        hook(info);
    }));
    let result = execute!(stdout(), EnableMouseCapture).and_then(|()| event_loop(&mut terminal, &mut app, &loader));
    let _ = execute!(stdout(), DisableMouseCapture);
    let _ = terminal.show_cursor();
    drop(terminal);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, loader: &Loader) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize { width: size.width, height: size.height }, TimeSlice::new(Instant::now()));
    let mut loader_open = true;
    let (mut last_frame, mut input, mut was_searching) = (None::<Instant>, true, false);
    while !app.should_quit() {
        let busy = loader_open || app.is_busy();
        // A search that just ended shows its whole list now, not at the next busy frame.
        let search_ended = std::mem::replace(&mut was_searching, app.search().is_running()) && !was_searching;
        if input || search_ended || !busy || last_frame.is_none_or(|at| at.elapsed() >= BUSY_FRAME) {
            terminal.draw(|frame| ui::draw(frame, app))?;
            last_frame = Some(Instant::now());
        }
        // Search work (and the index's frequent grams) runs on this thread, a slice per
        // `tick`: only a look at the input between slices. Loading runs on other threads: a wait for input between frames.
        let searching = app.search().is_busy(app.corpus());
        let timeout = if searching {
            Duration::ZERO
        } else if busy {
            BUSY_POLL
        } else {
            IDLE_POLL
        };
        input = event::poll(timeout)?;
        if input {
            for _ in 0..EVENTS_PER_FRAME {
                if let Some(action) = to_action(event::read()?, app) {
                    app.update(action, TimeSlice::new(Instant::now()));
                }
                if app.should_quit() || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if loader_open {
            loader_open = drain(&loader.events, app);
            // The article being read goes to the front of the full parse.
            loader.want(app.wanted_article());
        }
        app.tick(TimeSlice::new(Instant::now()));
    }
    Ok(())
}

/// Hands the loader's events to the app for at most `LOAD_BUDGET`; false once it is done.
pub fn drain(loader: &Receiver<LoadEvent>, app: &mut App) -> bool {
    let start = Instant::now();
    while start.elapsed() < LOAD_BUDGET {
        match loader.try_recv() {
            // The list is complete: show it before the full parses that follow.
            Ok(event @ LoadEvent::Listed(_)) => {
                app.on_load(event, TimeSlice::new(Instant::now()));
                break;
            }
            Ok(event) => app.on_load(event, TimeSlice::new(Instant::now())),
            Err(TryRecvError::Empty) => break,
            Err(TryRecvError::Disconnected) => {
                // A loader that died without `Finished` must not leave "loading" up forever.
                if app.is_loading() {
                    app.on_load(LoadEvent::Finished, TimeSlice::new(Instant::now()));
                }
                return false;
            }
        }
    }
    true
}

fn to_action(event: Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) => keys::action_for(key, app.mode()),
        Event::Mouse(mouse) => keys::action_for_mouse(mouse),
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}
