//! The reading state on disk: one SQLite database in the data directory, in WAL mode, so that
//! a change is committed by appending to the log (no rewrite of the file, nothing lost when
//! the reader is killed), and two readers open at once both write (one waits its turn, up to
//! [`BUSY_WAIT`]). `synchronous = NORMAL`: a committed change survives the reader's death; a
//! power cut may lose the last ones, never the file. A file that is not a state database is
//! moved aside (`state.sqlite3.damaged-TIME`), never deleted, and a new one made.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use rustc_hash::FxHashMap;

use super::{Change, Flag, Flags, Rows, StateError};
use crate::store::key;

/// The state's file in the data directory (with `-wal` and `-shm` beside it while open).
pub const FILE: &str = "state.sqlite3";
/// How long a write waits for another reader's.
pub const BUSY_WAIT: Duration = Duration::from_secs(5);
/// The schema's version (`PRAGMA user_version`).
const SCHEMA: i64 = 1;

const CREATE: &str = "
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    read INTEGER NOT NULL DEFAULT 0,
    read_at INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    starred_at INTEGER NOT NULL DEFAULT 0,
    path TEXT,
    path_id INTEGER
);
CREATE TABLE IF NOT EXISTS places (
    paths TEXT PRIMARY KEY,
    place TEXT NOT NULL,
    changed INTEGER NOT NULL
);";

/// The state database, open.
#[derive(Debug)]
pub struct StateDb {
    conn: Connection,
}

/// Milliseconds since 1970, the time every change is stamped with.
pub fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// Whether an error says the file is not a database, or a damaged one.
fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked))
}

fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt))
}

impl StateDb {
    /// Opens the state in `dir`, making both when missing. A damaged file is moved aside and a
    /// new one made: its new name comes back with the database.
    pub fn open(dir: &Path) -> Result<(StateDb, Option<PathBuf>), StateError> {
        std::fs::create_dir_all(dir)?;
        let path = dir.join(FILE);
        match Self::open_waiting(&path) {
            Err(StateError::Sqlite(e)) if is_damage(&e) => {
                let aside = move_aside(&path)?;
                Ok((Self::open_file(&path)?, Some(aside)))
            }
            other => other.map(|db| (db, None)),
        }
    }

    /// [`open_file`](Self::open_file), again while another reader holds the file for
    /// [`BUSY_WAIT`]: two readers starting at once both switch it to WAL and make the tables,
    /// and SQLite answers "locked" to one of them at once, without its busy handler.
    fn open_waiting(path: &Path) -> Result<StateDb, StateError> {
        let start = Instant::now();
        loop {
            match Self::open_file(path) {
                Err(StateError::Sqlite(e)) if is_busy(&e) && start.elapsed() < BUSY_WAIT => {
                    std::thread::sleep(Duration::from_millis(10));
                }
                other => return other,
            }
        }
    }

    fn open_file(path: &Path) -> Result<StateDb, StateError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_WAIT)?;
        // Reading the schema's version reads the file's header: a file that is no database
        // fails here, before anything is written.
        let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        if version > SCHEMA {
            return Err(StateError::Newer);
        }
        // A read-only directory keeps the journal it has: writes then fail and say so.
        conn.pragma_update_and_check(None, "journal_mode", "wal", |row| row.get::<_, String>(0))?;
        conn.pragma_update(None, "synchronous", "normal")?;
        if version < SCHEMA {
            conn.execute_batch(CREATE)?;
            conn.pragma_update(None, "user_version", SCHEMA)?;
        }
        // A damaged table shows when it is read: read it now, while it can still be moved aside.
        conn.query_row("SELECT count(*) FROM articles", [], |row| row.get::<_, i64>(0))?;
        Ok(StateDb { conn })
    }

    /// Every article's flags by id, and the ids by the id of the path they were last seen at.
    pub fn load(&self) -> Result<Rows, StateError> {
        let mut statement = self.conn.prepare_cached("SELECT id, read, starred, path_id FROM articles")?;
        let mut rows = statement.query([])?;
        let mut out = Rows { flags: FxHashMap::default(), by_path: FxHashMap::default() };
        while let Some(row) = rows.next()? {
            let id = row.get::<_, i64>(0)? as u64;
            let flags = Flags { read: row.get::<_, i64>(1)? != 0, starred: row.get::<_, i64>(2)? != 0 };
            out.flags.insert(id, flags);
            if let Some(path) = row.get::<_, Option<i64>>(3)? {
                out.by_path.insert(path as u64, id);
            }
        }
        Ok(out)
    }

    /// The place saved for a set of paths (as the app wrote it).
    pub fn place(&self, set: &str) -> Result<Option<String>, StateError> {
        let place =
            self.conn.query_row("SELECT place FROM places WHERE paths = ?1", [set], |row| row.get(0)).optional()?;
        Ok(place)
    }

    /// Applies `changes` in one transaction: all of them are committed, or none.
    pub fn apply(&mut self, changes: &[Change]) -> Result<(), StateError> {
        let tx = self.conn.transaction()?;
        for change in changes {
            match change {
                Change::Flag { key, id, flag, on, path, at } => {
                    let path_id = path.as_deref().map(key::path_id).map(|p| p as i64);
                    let sql = match flag {
                        Flag::Read => {
                            "INSERT INTO articles (id, key, read, read_at, path, path_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                             ON CONFLICT(id) DO UPDATE SET key = excluded.key, read = excluded.read,
                             read_at = excluded.read_at, path = coalesce(excluded.path, path),
                             path_id = coalesce(excluded.path_id, path_id)"
                        }
                        Flag::Starred => {
                            "INSERT INTO articles (id, key, starred, starred_at, path, path_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                             ON CONFLICT(id) DO UPDATE SET key = excluded.key, starred = excluded.starred,
                             starred_at = excluded.starred_at, path = coalesce(excluded.path, path),
                             path_id = coalesce(excluded.path_id, path_id)"
                        }
                    };
                    tx.prepare_cached(sql)?.execute(params![*id as i64, key, *on as i64, at, path, path_id])?;
                }
                Change::Rekey { from, to, key, path } => {
                    let path_id = path.as_deref().map(key::path_id).map(|p| p as i64);
                    tx.prepare_cached(
                        "UPDATE articles SET id = ?2, key = ?3, path = coalesce(?4, path), path_id = coalesce(?5, path_id)
                         WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM articles WHERE id = ?2)",
                    )?
                    .execute(params![*from as i64, *to as i64, key, path, path_id])?;
                }
                Change::Place { set, place, at } => {
                    tx.prepare_cached(
                        "INSERT INTO places (paths, place, changed) VALUES (?1, ?2, ?3)
                         ON CONFLICT(paths) DO UPDATE SET place = excluded.place, changed = excluded.changed",
                    )?
                    .execute(params![set, place, at])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The connection, for export and import (`transfer.rs`).
    pub(super) fn conn(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

/// Moves a damaged state file (and its log) aside, beside it; returns where it went.
fn move_aside(path: &Path) -> Result<PathBuf, StateError> {
    let stamp = now_ms();
    let aside = path.with_file_name(format!("{FILE}.damaged-{stamp}"));
    std::fs::rename(path, &aside)?;
    for ending in ["-wal", "-shm"] {
        let log = path.with_file_name(format!("{FILE}{ending}"));
        if log.exists() {
            let _ = std::fs::rename(&log, aside.with_file_name(format!("{FILE}.damaged-{stamp}{ending}")));
        }
    }
    Ok(aside)
}
