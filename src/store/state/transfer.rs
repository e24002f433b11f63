//! The state as JSON Lines, to keep two machines in step through any file sync: one line per
//! article, `{"key":"url:https://…","read":true,"read_at":1765…,"starred":false,
//! "starred_at":0,"path":"/home/…/a.txt"}`, each flag with the time it was last set
//! (milliseconds since 1970; 0 for never). An import merges flag by flag, the newer setting
//! winning, so importing a file twice, or each machine's file on the other, converges.

use std::io::{BufRead, Write};
use std::path::Path;

use rusqlite::params;
use serde::{Deserialize, Serialize};

use super::{FILE, StateDb, StateError};
use crate::store::folders;
use crate::store::key;
use crate::text::{clean, is_unsafe_char};

/// One line of an export.
#[derive(Debug, Serialize, Deserialize)]
struct Line {
    key: String,
    #[serde(default)]
    read: bool,
    #[serde(default)]
    read_at: i64,
    #[serde(default)]
    starred: bool,
    #[serde(default)]
    starred_at: i64,
    #[serde(default)]
    path: Option<String>,
}

/// Writes every article's state, one JSON line each, ordered by key; returns how many.
pub fn export(db: &mut StateDb, out: &mut dyn Write) -> Result<usize, StateError> {
    let conn = db.conn();
    let mut statement =
        conn.prepare("SELECT key, read, read_at, starred, starred_at, path FROM articles ORDER BY key")?;
    let mut rows = statement.query([])?;
    let mut count = 0;
    while let Some(row) = rows.next()? {
        let line = Line {
            key: row.get(0)?,
            read: row.get::<_, i64>(1)? != 0,
            read_at: row.get(2)?,
            starred: row.get::<_, i64>(3)? != 0,
            starred_at: row.get(4)?,
            path: row.get(5)?,
        };
        crate::json::write_compact(&mut *out, &line)?;
        out.write_all(b"\n")?;
        count += 1;
    }
    Ok(count)
}

/// What an import did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Lines read as articles' state.
    pub rows: usize,
    /// Articles whose state changed (a flag set later than the one kept).
    pub changed: usize,
    /// Lines that were not an article's state: line number (from 1) and why.
    pub bad: Vec<(usize, String)>,
}

/// Merges the lines of `input` into the state in one transaction: for each flag, the setting
/// made later wins; the path kept is the one known here, else the file's.
pub fn import(db: &mut StateDb, input: &mut dyn BufRead) -> Result<ImportReport, StateError> {
    let tx = db.conn().transaction()?;
    let mut report = ImportReport::default();
    let mut text = String::new();
    let mut number = 0;
    loop {
        text.clear();
        if input.read_line(&mut text)? == 0 {
            break;
        }
        number += 1;
        if text.trim().is_empty() {
            continue;
        }
        let line: Line = match serde_json::from_str(text.trim()) {
            Ok(line) => line,
            Err(error) => {
                report.bad.push((number, format!("not a line of state: {error}")));
                continue;
            }
        };
        let Some(id) = key::id_of_key(&line.key).filter(|_| !line.key.contains(is_unsafe_char)) else {
            report.bad.push((number, format!("not a key: {}", clean(&line.key))));
            continue;
        };
        let path = line.path.as_deref().map(|p| clean(p).into_owned());
        let path_id = path.as_deref().map(|p| key::path_id(p) as i64);
        let changed = tx
            .prepare_cached(
                "INSERT INTO articles (id, key, read, read_at, starred, starred_at, path, path_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(id) DO UPDATE SET
                 read = CASE WHEN excluded.read_at > read_at THEN excluded.read ELSE read END,
                 read_at = max(read_at, excluded.read_at),
                 starred = CASE WHEN excluded.starred_at > starred_at THEN excluded.starred ELSE starred END,
                 starred_at = max(starred_at, excluded.starred_at),
                 path = coalesce(path, excluded.path), path_id = coalesce(path_id, excluded.path_id)
                 WHERE excluded.read_at > read_at OR excluded.starred_at > starred_at",
            )?
            .execute(params![
                id as i64, line.key, line.read as i64, line.read_at, line.starred as i64, line.starred_at, path,
                path_id
            ])?;
        report.rows += 1;
        report.changed += changed;
    }
    tx.commit()?;
    Ok(report)
}

/// `tidings state export`: the state of the data directory written to `out` (nothing when
/// there is none yet); returns how many articles.
pub fn export_dir(out: &mut dyn Write) -> Result<usize, StateError> {
    let dir = folders::data_dir().ok_or(StateError::NoDirectory)?;
    if !dir.join(FILE).exists() {
        return Ok(0);
    }
    let (mut db, _) = StateDb::open(&dir)?;
    export(&mut db, out)
}

/// `tidings state import FILE`: `file` merged into the state of the data directory.
pub fn import_file(file: &Path) -> Result<ImportReport, StateError> {
    let mut input = std::io::BufReader::new(std::fs::File::open(file)?);
    let dir = folders::data_dir().ok_or(StateError::NoDirectory)?;
    let (mut db, _) = StateDb::open(&dir)?;
    import(&mut db, &mut input)
}
