//! The state's own thread: it opens the database, loads it, says so once with
//! [`StateEvent::Loaded`], then commits changes as they come, each batch that arrived together
//! in one transaction. The reader's UI thread holds a [`StateHandle`], whose calls only send a
//! message: a toggle costs the UI thread a channel send, the write goes on here.
//!
//! When the state cannot be written (no data directory, a read-only or full disk), the thread
//! says so once ([`StateEvent::Problem`], one line in the status bar) and the reader goes on
//! with its state in memory.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use super::db::now_ms;
use super::{Change, Flag, Rows, StateDb, StateError};

/// What the state's thread tells the reader.
#[derive(Debug)]
pub enum StateEvent {
    /// The state as it was on disk (empty when it could not be read), and the place saved for
    /// the set of paths opened.
    Loaded { rows: Rows, place: Option<String> },
    /// One line for the status bar: the state is not saved, or its file was moved aside.
    Problem(String),
}

enum Command {
    Change(Change),
    /// Answered once every change sent before is committed (or failed).
    Flush(Sender<()>),
}

/// The reader's end of the state: sends changes to the state's thread.
#[derive(Debug, Clone)]
pub struct StateHandle {
    tx: Sender<Command>,
}

impl std::fmt::Debug for Command {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Command::Change(change) => write!(f, "Change({change:?})"),
            Command::Flush(_) => f.write_str("Flush"),
        }
    }
}

impl StateHandle {
    /// Sets a flag of an article on or off.
    pub fn set(&self, key: String, id: u64, flag: Flag, on: bool, path: Option<String>) {
        self.send(Change::Flag { key, id, flag, on, path, at: now_ms() });
    }

    /// Sends a change as it is.
    pub fn send(&self, change: Change) {
        // The thread only stops when the reader drops every handle.
        let _ = self.tx.send(Command::Change(change));
    }

    /// Waits until every change sent before is committed (or failed): for tests, and for
    /// commands that exit right after.
    pub fn flush(&self) {
        let (tx, rx) = mpsc::channel();
        if self.tx.send(Command::Flush(tx)).is_ok() {
            let _ = rx.recv();
        }
    }
}

/// Starts the state's thread on the data directory `dir` (`None`: there is none, the state is
/// kept in memory), for the set of paths `set`.
pub fn spawn(dir: Option<PathBuf>, set: String) -> (StateHandle, Receiver<StateEvent>) {
    let (tx, commands) = mpsc::channel();
    let (events_tx, events) = mpsc::channel();
    let said = events_tx.clone();
    let spawned =
        thread::Builder::new().name("tidings-state".into()).spawn(move || run(dir, &set, &commands, &events_tx));
    if let Err(error) = spawned {
        let _ = said.send(StateEvent::Problem(format!("reading state not saved: {error}")));
        let _ = said.send(StateEvent::Loaded { rows: Rows::default(), place: None });
    }
    (StateHandle { tx }, events)
}

fn run(dir: Option<PathBuf>, set: &str, commands: &Receiver<Command>, events: &Sender<StateEvent>) {
    let mut problems = Problems { events, last: None };
    let mut db = match dir.ok_or(StateError::NoDirectory).and_then(|dir| StateDb::open(&dir)) {
        Ok((db, aside)) => {
            if let Some(aside) = aside {
                problems.say(format!("the state file was damaged: moved aside to {}", aside.display()));
            }
            Some(db)
        }
        Err(error) => {
            problems.say(format!("reading state not saved: {error}"));
            None
        }
    };
    let loaded = db.as_ref().map(|db| db.load().and_then(|rows| Ok((rows, db.place(set)?))));
    let (rows, place) = match loaded {
        Some(Ok(loaded)) => loaded,
        Some(Err(error)) => {
            problems.say(format!("reading state not read: {error}"));
            (Rows::default(), None)
        }
        None => (Rows::default(), None),
    };
    if events.send(StateEvent::Loaded { rows, place }).is_err() {
        return;
    }
    while let Ok(first) = commands.recv() {
        // Whatever arrived together goes in one transaction.
        let mut batch = vec![first];
        batch.extend(commands.try_iter());
        let mut changes = Vec::new();
        let mut waiting = Vec::new();
        for command in batch {
            match command {
                Command::Change(change) => changes.push(change),
                Command::Flush(reply) => waiting.push(reply),
            }
        }
        coalesce_places(&mut changes);
        if let Some(db) = &mut db
            && !changes.is_empty()
            && let Err(error) = db.apply(&changes)
        {
            problems.say(format!("reading state not saved: {error}"));
        }
        for reply in waiting {
            let _ = reply.send(());
        }
    }
}

/// Only the last place of each set in a batch is written: the others are already past.
fn coalesce_places(changes: &mut Vec<Change>) {
    let mut seen = std::collections::HashSet::new();
    let mut keep: Vec<bool> = changes
        .iter()
        .rev()
        .map(|change| match change {
            Change::Place { set, .. } => seen.insert(set.clone()),
            _ => true,
        })
        .collect();
    keep.reverse();
    let mut keep = keep.into_iter();
    changes.retain(|_| keep.next().unwrap_or(true));
}

/// Says each problem once, not once per change.
struct Problems<'a> {
    events: &'a Sender<StateEvent>,
    last: Option<String>,
}

impl Problems<'_> {
    fn say(&mut self, line: String) {
        if self.last.as_ref() != Some(&line) {
            let _ = self.events.send(StateEvent::Problem(line.clone()));
            self.last = Some(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_last_place_of_a_set_is_kept() {
        let place = |set: &str, n: i64| Change::Place { set: set.into(), place: n.to_string(), at: n };
        let mut changes = vec![place("a", 1), place("b", 2), place("a", 3)];
        coalesce_places(&mut changes);
        assert_eq!(changes, [place("b", 2), place("a", 3)]);
    }
}
