//! The reader's event loop: terminal in, actions to the `App`, frames out. Loading happens on
//! a background thread; this loop only drains its channel between frames. The terminal's modes
//! and how they are given back (`terminal.rs`), and the signals that ask for it
//! (`signals.rs`), are beside it.

mod effects;
mod hyperlinks;
mod signals;
mod terminal;

use std::io::{self, stdout};
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};
use ratatui::DefaultTerminal;

use crate::app::{Action, App, LoadEvent, StartFilters, TimeSlice};
use crate::commands::Outcome;
use crate::config::Config;
use crate::load::Source;
use crate::loader::{Loader, LoaderOptions, spawn_loader_with};
use crate::samples::SAMPLES;
use crate::store::cache::{CacheSet, PARSER_VERSION};
use crate::store::folders;
use crate::store::state::{self, StateEvent};
use crate::ui::{self, Colors, Theme};
use signals::{Request, Signals};

/// How long to wait for input while loading or searching goes on between frames.
const BUSY_POLL: Duration = Duration::from_millis(15);
/// While loading or searching, a frame without input waits this long after the last one: the
/// progress moves smoothly enough, and the time goes to loading (on two cores the UI thread
/// takes its share from the loading threads).
pub const BUSY_FRAME: Duration = Duration::from_millis(50);
/// The longest wait for input when nothing goes on; also how long a signal may wait to be
/// answered.
const IDLE_POLL: Duration = Duration::from_millis(250);
/// Input events handled before the next frame, so a held key does not starve drawing.
const EVENTS_PER_FRAME: usize = 64;
/// Time spent draining loader batches before the next frame.
const LOAD_BUDGET: Duration = Duration::from_millis(20);

/// How the reader starts.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Files and folders to open; the bundled samples when empty.
    pub paths: Vec<PathBuf>,
    /// The starting tag filter.
    pub tags: Vec<String>,
    /// Neither read nor write the cache of parsed articles.
    pub no_cache: bool,
    /// Start clean: where the reader was last time is not restored.
    pub fresh: bool,
    /// The starting speaker, source and date filters; each wins over the one remembered.
    pub start: StartFilters,
}

/// Opens the reader as `options` say (the bundled samples when no paths are given), with the
/// keys, theme and commands of `config`, its colours as the environment says the terminal
/// shows them: the reading state from the data
/// directory, the articles from the cache when it holds them, the folders watched. Returns how
/// many articles were loaded and how many files failed. A signal that ends the reader ends the
/// process, as that signal would, once the terminal is given back.
pub fn run(options: Options, config: Config) -> io::Result<Outcome> {
    let Options { paths, tags, no_cache, fresh, start } = options;
    let set = folders::set_key(&paths);
    let theme = Theme::configured(config.theme, Colors::from_env(|name| std::env::var(name).ok()));
    let embedded = if paths.is_empty() {
        SAMPLES.iter().map(|&(name, bytes)| Source::Embedded(name, bytes)).collect()
    } else {
        Vec::new()
    };
    let signals = Signals::register(terminal::leave)?;
    // The samples are parsed in an instant: no cache, nothing to watch.
    let cache = folders::cache_dir()
        .filter(|_| !no_cache && !paths.is_empty())
        .map(|root| CacheSet::new(&root, &set, PARSER_VERSION));
    let outside = effects::Handler {
        inputs: paths.clone(),
        commands: config.commands.clone(),
        hyperlinks: hyperlinks::supported(std::env::var("TERM").ok().as_deref()),
        cache: cache.clone(),
    };
    let watch = !paths.is_empty();
    let loader = spawn_loader_with(paths, embedded, LoaderOptions { cache, watch });
    let (state, state_events) = state::spawn(folders::data_dir(), set.clone());
    let mut app = App::new(tags);
    // Relative date ranges (`last 7 days`) count from the day the reader was opened.
    app.set_today(chrono::Local::now().date_naive());
    app.set_start_filters(start);
    app.connect_state(state.clone(), set, fresh);
    app.set_keymap(config.keymap.clone());
    if let Some(summary) = config.summary() {
        app.notify(summary, true);
    }
    let mut terminal = terminal::open()?;
    let result = event_loop(&mut terminal, &mut app, &loader, &outside, &state_events, &signals, &theme);
    terminal::leave();
    // Every change is sent as it is made; the last ones are committed before the reader goes.
    state.flush();
    let ending = match &result {
        Ok(Ended::Signal(signal)) => Some(*signal),
        Ok(Ended::Quit) => None,
        // The terminal went away (SIGHUP): the signal that says so may be waiting.
        Err(_) => match signals.take() {
            Some(Request::End(signal)) => Some(signal),
            _ => None,
        },
    };
    if let Some(signal) = ending {
        signals::end_as(signal);
    }
    result.map(|_| Outcome { articles: app.corpus().len(), failures: app.loading().failures().len() })
}

/// How the event loop ended.
enum Ended {
    Quit,
    Signal(i32),
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    loader: &Loader,
    outside: &effects::Handler,
    state_events: &Receiver<StateEvent>,
    signals: &Signals,
    theme: &Theme,
) -> io::Result<Ended> {
    resized(terminal, app)?;
    let (mut loader_open, mut behind) = (true, false);
    let (mut last_frame, mut input, mut was_searching) = (None::<Instant>, true, false);
    while !app.should_quit() {
        match signals.take() {
            Some(Request::End(signal)) => return Ok(Ended::Signal(signal)),
            Some(Request::Suspend) => {
                suspend(terminal, app, signals)?;
                input = true;
            }
            Some(Request::Resumed) => {
                terminal::resume(terminal)?;
                resized(terminal, app)?;
                input = true;
            }
            None => {}
        }
        // The loader stays for the session to watch the folders: busy only while it loads.
        let busy = (loader_open && app.is_loading()) || app.is_busy();
        // A search that just ended shows its whole list now, not at the next busy frame.
        let search_ended = std::mem::replace(&mut was_searching, app.search().is_running()) && !was_searching;
        if input || search_ended || !busy || last_frame.is_none_or(|at| at.elapsed() >= BUSY_FRAME) {
            terminal.draw(|frame| ui::draw_with(frame, app, theme))?;
            if outside.hyperlinks {
                hyperlinks::link_url(app, theme.link(), &mut stdout())?;
            }
            last_frame = Some(Instant::now());
        }
        // Search work (and the index's frequent grams) runs on this thread, a slice per
        // `tick`: only a look at the input between slices. Loading runs on other threads: a wait for input between frames.
        let searching = app.search().is_busy(app.corpus());
        // Events the last drain left waiting: a look at input, then the next slice of them.
        let timeout = if searching || behind {
            Duration::ZERO
        } else if busy {
            BUSY_POLL
        } else {
            IDLE_POLL
        };
        input = event::poll(timeout)?;
        if input {
            for _ in 0..EVENTS_PER_FRAME {
                match to_action(event::read()?, app) {
                    // Stopping is the process's, not the state's: the terminal is given back.
                    Some(Action::Suspend) => suspend(terminal, app, signals)?,
                    Some(action) => app.update(action, TimeSlice::new(Instant::now())),
                    None => {}
                }
                if let Some(effect) = app.take_effect() {
                    outside.perform(effect, terminal, app)?;
                }
                if app.should_quit() || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if loader_open {
            let drained = drain(&loader.events, app);
            (loader_open, behind) = (drained != Drained::Closed, drained == Drained::Behind);
            // The article being read goes to the front of the full parse.
            loader.want(app.wanted_article());
        }
        while let Ok(event) = state_events.try_recv() {
            app.on_state(event, TimeSlice::new(Instant::now()));
        }
        if app.take_reload() {
            loader.reload();
        }
        app.tick(TimeSlice::new(Instant::now()));
        if let Some(grams) = app.take_read_grams() {
            outside.keep_grams(grams);
        }
    }
    Ok(Ended::Quit)
}

/// Ctrl-Z or SIGTSTP: the terminal given back, the process stopped; after `fg`, the modes
/// again, the screen's size (it may have changed meanwhile) and a whole frame.
fn suspend(terminal: &mut DefaultTerminal, app: &mut App, signals: &Signals) -> io::Result<()> {
    terminal::suspend(terminal)?;
    signals.forget_resume();
    resized(terminal, app)
}

/// Tells the app the terminal's size.
fn resized(terminal: &DefaultTerminal, app: &mut App) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize { width: size.width, height: size.height }, TimeSlice::new(Instant::now()));
    Ok(())
}

/// What a drain of the loader's events left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drained {
    /// Every event sent so far was taken.
    CaughtUp,
    /// The budget ran out, or the list just became complete, with events waiting: the next
    /// look at input should not wait.
    Behind,
    /// The loader is done and gone.
    Closed,
}

/// Hands the loader's events to the app for at most `LOAD_BUDGET`.
pub fn drain(loader: &Receiver<LoadEvent>, app: &mut App) -> Drained {
    let start = Instant::now();
    while start.elapsed() < LOAD_BUDGET {
        match loader.try_recv() {
            // The list is complete: show it before the full parses that follow.
            Ok(event @ LoadEvent::Listed(_)) => {
                app.on_load(event, TimeSlice::new(Instant::now()));
                return Drained::Behind;
            }
            Ok(event) => app.on_load(event, TimeSlice::new(Instant::now())),
            Err(TryRecvError::Empty) => return Drained::CaughtUp,
            Err(TryRecvError::Disconnected) => {
                // A loader that died without `Finished` must not leave "loading" up forever.
                if app.is_loading() {
                    app.on_load(LoadEvent::Finished, TimeSlice::new(Instant::now()));
                }
                return Drained::Closed;
            }
        }
    }
    Drained::Behind
}

fn to_action(event: Event, app: &App) -> Option<Action> {
    match event {
        Event::Key(key) => app.keymap().action_for(key, app.mode()),
        Event::Mouse(mouse) => crate::app::keys::action_for_mouse(mouse),
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}
