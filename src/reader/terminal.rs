//! The terminal as the reader runs in it (raw mode, the alternate screen, mouse reporting, the
//! cursor hidden while drawing) and as it is given back on every way out: quitting, an error, a
//! panic, a signal, and Ctrl-Z, after which `fg` enters it again and the next frame is drawn
//! whole.
//!
//! The modes are set and unset here rather than by `ratatui::init`/`restore`: suspending enters
//! and leaves them many times, and `init` would add a panic hook each time; `restore` leaves the
//! cursor hidden and mouse reporting on, which the shell then receives as junk.

use std::io::{self, stdout};
use std::thread::{self, ThreadId};

use crossterm::cursor::Show;
use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::backend::CrosstermBackend;
use ratatui::{DefaultTerminal, Terminal};

use super::signals;

/// Enters the reader's modes and returns the terminal to draw on; a panic on this thread from
/// now on leaves the modes before its message is printed.
pub fn open() -> io::Result<DefaultTerminal> {
    leave_on_panic(thread::current().id());
    if let Err(error) = enter() {
        leave();
        return Err(error);
    }
    Terminal::new(CrosstermBackend::new(stdout()))
}

/// Raw mode, the alternate screen, mouse reporting.
fn enter() -> io::Result<()> {
    enable_raw_mode()?;
    execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)
}

/// Every mode [`open`] set, unset, and the cursor shown. Each step is tried even when one
/// before it failed (after SIGHUP there is no terminal to write to).
pub fn leave() {
    let mut out = stdout();
    let _ = execute!(out, DisableMouseCapture);
    let _ = execute!(out, LeaveAlternateScreen);
    let _ = execute!(out, Show);
    let _ = disable_raw_mode();
}

/// Ctrl-Z (or SIGTSTP): gives the terminal back to the shell and stops; on `fg` enters the modes
/// again, and the next frame is drawn whole (the shell drew over the screen meanwhile).
pub fn suspend(terminal: &mut DefaultTerminal) -> io::Result<()> {
    leave();
    signals::stop();
    resume(terminal)
}

/// The modes entered again and the whole screen drawn at the next frame: after `fg`, or after
/// SIGCONT (a stop from outside, after which the shell may have reset the terminal's modes).
pub fn resume(terminal: &mut DefaultTerminal) -> io::Result<()> {
    enter()?;
    // Not `Terminal::clear`: it asks the terminal where its cursor is and fails when no answer
    // comes in time (a slow link, a terminal that does not answer). The screen is wiped here,
    // and both of ratatui's buffers emptied so that the next frame is written whole.
    execute!(stdout(), Clear(ClearType::All))?;
    terminal.swap_buffers();
    terminal.swap_buffers();
    Ok(())
}

/// A panic on the reader's thread leaves the terminal before the message is printed, so the
/// message is seen and the shell works. A panic on another thread (a loader's) leaves the
/// reader running: its thread sees the loader gone and carries on.
fn leave_on_panic(reader: ThreadId) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if thread::current().id() == reader {
            leave();
        }
        previous(info);
    }));
}
