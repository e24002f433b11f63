//! Signals the reader answers instead of dying with the terminal in raw mode: SIGTERM, SIGHUP,
//! SIGINT and SIGQUIT end it (the terminal given back first, then the signal's own default, so
//! the shell sees how it ended), SIGTSTP suspends it like Ctrl-Z, and SIGCONT after a stop from
//! outside has it draw the whole screen again.
//!
//! Handlers only set flags (`signal-hook`); the event loop reads them between frames, on the
//! thread that owns the terminal, within one wait for input.

/// What a signal asks of the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// Give the terminal back, then end as the signal (its number) would have ended us.
    End(i32),
    /// Give the terminal back and stop (SIGTSTP).
    Suspend,
    /// We were stopped from outside and continued: enter the modes and draw again.
    Resumed,
}

#[cfg(unix)]
mod imp {
    use std::io;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    use signal_hook::low_level::emulate_default_handler;

    use super::Request;

    /// The signals that end the reader.
    const ENDING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

    /// A flag per signal, set by its handler.
    #[derive(Debug)]
    pub struct Signals {
        flags: Vec<(i32, Arc<AtomicBool>)>,
    }

    impl Signals {
        pub fn register() -> io::Result<Self> {
            let mut flags = Vec::new();
            for signal in ENDING.into_iter().chain([SIGTSTP, SIGCONT]) {
                let flag = Arc::new(AtomicBool::new(false));
                signal_hook::flag::register(signal, Arc::clone(&flag))?;
                flags.push((signal, flag));
            }
            Ok(Signals { flags })
        }

        /// The most pressing request since the last call: ending first, then suspending.
        pub fn take(&self) -> Option<Request> {
            let mut request = None;
            for (signal, flag) in &self.flags {
                if !flag.swap(false, Ordering::Relaxed) {
                    continue;
                }
                let this = match *signal {
                    SIGTSTP => Request::Suspend,
                    SIGCONT => Request::Resumed,
                    ending => Request::End(ending),
                };
                request = match (request, this) {
                    (Some(Request::End(s)), _) => Some(Request::End(s)),
                    (Some(Request::Suspend), Request::Resumed) => Some(Request::Suspend),
                    (_, this) => Some(this),
                };
            }
            request
        }

        /// Forgets a SIGCONT already answered (the one that ends our own stop).
        pub fn forget_resume(&self) {
            for (signal, flag) in &self.flags {
                if *signal == SIGCONT {
                    flag.store(false, Ordering::Relaxed);
                }
            }
        }
    }

    /// Stops the process as SIGTSTP's default would; returns on SIGCONT (`fg`).
    pub fn stop() {
        let _ = emulate_default_handler(SIGTSTP);
    }

    /// Ends the process as `signal`'s default would (so a shell reports it as killed by it);
    /// exits with 128 + its number if that does not end it.
    pub fn end_as(signal: i32) -> ! {
        let _ = emulate_default_handler(signal);
        std::process::exit(128 + signal)
    }
}

#[cfg(not(unix))]
mod imp {
    use std::io;

    use super::Request;

    /// No signals to answer here: Ctrl-C arrives as a key.
    #[derive(Debug)]
    pub struct Signals;

    impl Signals {
        pub fn register() -> io::Result<Self> {
            Ok(Signals)
        }

        pub fn take(&self) -> Option<Request> {
            None
        }

        pub fn forget_resume(&self) {}
    }

    /// There is no job control to stop for.
    pub fn stop() {}

    pub fn end_as(signal: i32) -> ! {
        std::process::exit(128 + signal)
    }
}

pub use imp::{Signals, end_as, stop};

#[cfg(all(test, unix))]
mod tests {
    use signal_hook::consts::{SIGCONT, SIGTSTP};
    use signal_hook::low_level::raise;

    use super::*;

    #[test]
    fn a_signal_becomes_a_request_read_once() {
        let signals = Signals::register().unwrap();
        assert_eq!(signals.take(), None);
        raise(SIGTSTP).unwrap();
        raise(SIGCONT).unwrap();
        // Both arrived: suspending comes first, and each is read once.
        assert_eq!(signals.take(), Some(Request::Suspend));
        assert_eq!(signals.take(), None);
        raise(SIGCONT).unwrap();
        assert_eq!(signals.take(), Some(Request::Resumed));
    }
}
