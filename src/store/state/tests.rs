//! The state database's faults and its export / import.

use std::io::BufReader;

use super::*;

fn flag(key: &str, read: bool, at: i64) -> Change {
    let id = crate::store::key::id_of_key(key).unwrap();
    Change::Flag { key: key.into(), id, flag: Flag::Read, on: read, path: None, at }
}

#[test]
fn export_then_import_round_trips_and_the_newest_change_wins() {
    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut a, _) = StateDb::open(one.path()).unwrap();
    let (mut b, _) = StateDb::open(two.path()).unwrap();
    a.apply(&[flag("url:https://example.org/1", true, 100), flag("url:https://example.org/2", true, 100)]).unwrap();
    // The other machine read 1 again later and marked it unread; it never saw 2.
    b.apply(&[flag("url:https://example.org/1", false, 200), flag("url:https://example.org/3", true, 50)]).unwrap();
    let mut exported = Vec::new();
    assert_eq!(export(&mut a, &mut exported).unwrap(), 2);
    let report = import(&mut b, &mut BufReader::new(exported.as_slice())).unwrap();
    assert_eq!((report.rows, report.changed, report.bad.len()), (2, 1, 0));
    let rows = b.load().unwrap();
    let read = |key: &str| rows.flags[&crate::store::key::id_of_key(key).unwrap()].read;
    assert!(!read("url:https://example.org/1"), "the later unread wins");
    assert!(read("url:https://example.org/2") && read("url:https://example.org/3"));
    // Importing the same file again changes nothing; a bad line is reported, not fatal.
    let again = import(&mut b, &mut BufReader::new(exported.as_slice())).unwrap();
    assert_eq!(again.changed, 0);
    let bad = import(&mut b, &mut BufReader::new(&b"{\"key\":\"nokey\"}\nnot json\n"[..])).unwrap();
    assert_eq!(bad.bad.len(), 2);
    // b's export read into a fresh database gives b's state back.
    let three = tempfile::tempdir().unwrap();
    let (mut c, _) = StateDb::open(three.path()).unwrap();
    let mut from_b = Vec::new();
    export(&mut b, &mut from_b).unwrap();
    import(&mut c, &mut BufReader::new(from_b.as_slice())).unwrap();
    let mut from_c = Vec::new();
    export(&mut c, &mut from_c).unwrap();
    assert_eq!(String::from_utf8(from_c).unwrap(), String::from_utf8(from_b).unwrap());
}

#[test]
fn a_damaged_state_file_is_moved_aside_never_deleted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE), b"this is not a database, but someone's state").unwrap();
    let (mut db, aside) = StateDb::open(dir.path()).unwrap();
    let aside = aside.expect("moved aside");
    assert_eq!(std::fs::read(&aside).unwrap(), b"this is not a database, but someone's state");
    db.apply(&[flag("url:https://example.org/1", true, 1)]).unwrap();
    assert_eq!(db.load().unwrap().flags.len(), 1);
}

#[test]
fn an_unwritable_data_directory_is_one_problem_and_the_state_stays_in_memory() {
    let dir = tempfile::tempdir().unwrap();
    // A data directory below a file: it cannot be made, whoever runs the test.
    let file = dir.path().join("file");
    std::fs::write(&file, b"").unwrap();
    let (handle, events) = spawn(Some(file.join("tidings")), "set".into());
    let first = events.recv().unwrap();
    assert!(matches!(&first, StateEvent::Problem(line) if line.contains("not saved")), "{first:?}");
    assert!(matches!(events.recv().unwrap(), StateEvent::Loaded { .. }));
    handle.set("url:https://example.org/1".into(), 5, Flag::Read, true, None);
    handle.flush();
}

#[test]
fn two_readers_on_one_data_directory_both_keep_their_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (one, _one_events) = spawn(Some(dir.path().to_path_buf()), "a".into());
    let (two, _two_events) = spawn(Some(dir.path().to_path_buf()), "b".into());
    for n in 0..200 {
        let (handle, key) =
            if n % 2 == 0 { (&one, "url:https://a.example/") } else { (&two, "url:https://b.example/") };
        let key = format!("{key}{n}");
        let id = crate::store::key::id_of_key(&key).unwrap();
        handle.set(key, id, Flag::Starred, true, None);
    }
    one.flush();
    two.flush();
    let (db, _) = StateDb::open(dir.path()).unwrap();
    let rows = db.load().unwrap();
    assert_eq!(rows.flags.values().filter(|f| f.starred).count(), 200);
}

/// The child of [`a_kill_in_the_middle_of_changes_keeps_every_committed_one`]: commits changes
/// one by one to the directory it is given, saying each once committed.
#[test]
fn writer_child() {
    let Some(dir) = std::env::var_os("TIDINGS_TEST_STATE_CHILD") else { return };
    let (mut db, _) = StateDb::open(std::path::Path::new(&dir)).unwrap();
    for n in 0..1000 {
        db.apply(&[flag(&format!("url:https://example.org/{n}"), true, n)]).unwrap();
        println!("committed {n}");
    }
}

#[test]
fn a_kill_in_the_middle_of_changes_keeps_every_committed_one() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "store::state::tests::writer_child", "--nocapture", "--test-threads=1"])
        .env("TIDINGS_TEST_STATE_CHILD", dir.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut committed = 0;
    for line in lines.by_ref() {
        if let Some(n) = line.unwrap().strip_prefix("committed ") {
            committed = n.parse::<i64>().unwrap() + 1;
            if committed == 300 {
                break;
            }
        }
    }
    // SIGKILL: no destructor, no flush.
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(committed, 300);
    let (db, aside) = StateDb::open(dir.path()).unwrap();
    assert!(aside.is_none());
    let rows = db.load().unwrap();
    assert!(rows.flags.len() >= 300, "{} rows", rows.flags.len());
    for n in 0..300 {
        let id = crate::store::key::id_of_key(&format!("url:https://example.org/{n}")).unwrap();
        assert!(rows.flags[&id].read, "change {n} lost");
    }
}

#[test]
fn three_hundred_thousand_rows_load() {
    let dir = tempfile::tempdir().unwrap();
    let (mut db, _) = StateDb::open(dir.path()).unwrap();
    let changes: Vec<Change> = (0..300_000).map(|n| flag(&format!("text:{:016x}", n + 1), n % 2 == 0, 1)).collect();
    db.apply(&changes).unwrap();
    let rows = db.load().unwrap();
    assert_eq!(rows.flags.len(), 300_000);
    assert_eq!(rows.flags.values().filter(|f| f.read).count(), 150_000);
}
