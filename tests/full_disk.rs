//! A full disk under the reader's data and cache directories: one line in the status bar says
//! so, and the reader goes on with everything loaded and its state kept in memory.
//!
//! A full disk needs a small filesystem of the test's own: a tmpfs mounted for it, which takes
//! root on Linux. Where that cannot be done, each test says so loudly and checks nothing.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tidings::app::{Action, App, LoadEvent, TimeSlice};
use tidings::loader::{LoaderOptions, spawn_loader_with};
use tidings::store::cache::CacheSet;
use tidings::store::state::{self, StateEvent};

fn now() -> TimeSlice {
    TimeSlice::new(Instant::now())
}

/// A tmpfs of 1 MiB mounted at a folder of its own, unmounted when dropped.
struct SmallDisk {
    at: PathBuf,
    _parent: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(test: &str) -> Option<SmallDisk> {
        let parent = tempfile::tempdir().ok()?;
        let at = parent.path().join("disk");
        std::fs::create_dir(&at).ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
            .arg(&at)
            .output()
            .is_ok_and(|out| out.status.success());
        if !mounted {
            eprintln!("SKIPPED {test}: a small tmpfs cannot be mounted here (it takes root on Linux)");
            return None;
        }
        Some(SmallDisk { at, _parent: parent })
    }

    /// Writes a file until the disk is full.
    fn fill(&self) {
        let Ok(mut file) = std::fs::File::create(self.at.join("filler")) else { return };
        let chunk = vec![b'x'; 4096];
        while file.write_all(&chunk).is_ok() {}
        let _ = file.sync_all();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.at).status();
    }
}

fn articles_in(dir: &Path, n: usize) {
    for i in 0..n {
        std::fs::write(dir.join(format!("{i:02}.txt")), format!("Title {i}\n\nBody {i} here.\n")).unwrap();
    }
}

fn status_line(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(160, 20)).unwrap();
    terminal.draw(|frame| tidings::ui::draw(frame, app)).unwrap();
    let buf = terminal.backend().buffer();
    let y = buf.area.height - 1;
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn a_full_data_directory_is_one_line_and_the_state_stays_in_memory() {
    let Some(disk) = SmallDisk::mount("a_full_data_directory_is_one_line_and_the_state_stays_in_memory") else {
        return;
    };
    let articles = tempfile::tempdir().unwrap();
    articles_in(articles.path(), 5);
    let (handle, events) = state::spawn(Some(disk.at.join("data")), "set".into());
    let mut app = App::new(Vec::new());
    app.update(Action::Resize { width: 160, height: 20 }, now());
    app.connect_state(handle.clone(), "set".into(), true);
    let loader = spawn_loader_with(vec![articles.path().to_path_buf()], Vec::new(), LoaderOptions::default());
    for event in loader.events.iter() {
        let done = matches!(event, LoadEvent::Finished);
        app.on_load(event, now());
        if done {
            break;
        }
    }
    let loaded = events.recv_timeout(Duration::from_secs(10)).expect("the state loads while the disk has room");
    assert!(matches!(loaded, StateEvent::Loaded { .. }), "{loaded:?}");
    app.on_state(loaded, now());
    disk.fill();
    // Each article read and starred, one after the other, as a user would.
    for _ in 0..5 {
        app.update(Action::ToggleRead, now());
        app.update(Action::ToggleStar, now());
        app.update(Action::Down, now());
    }
    handle.flush();
    let said: Vec<StateEvent> = events.try_iter().collect();
    assert_eq!(said.len(), 1, "one line, not one per change: {said:?}");
    for event in said {
        app.on_state(event, now());
    }
    let status = status_line(&app);
    assert!(status.contains("not saved") && status.contains("full"), "{status}");
    // The reader goes on: its state is kept in memory and shown.
    app.update(Action::ShowStarred, now());
    assert_eq!(app.view().len(), 5, "every article starred, in memory");
}

#[test]
fn a_full_cache_directory_is_one_line_and_every_article_is_loaded() {
    let Some(disk) = SmallDisk::mount("a_full_cache_directory_is_one_line_and_every_article_is_loaded") else {
        return;
    };
    disk.fill();
    let articles = tempfile::tempdir().unwrap();
    articles_in(articles.path(), 40);
    let cache = CacheSet::new(&disk.at.join("cache"), "set", 1);
    let loader = spawn_loader_with(
        vec![articles.path().to_path_buf()],
        Vec::new(),
        LoaderOptions { cache: Some(cache), watch: false },
    );
    let mut app = App::new(Vec::new());
    app.update(Action::Resize { width: 160, height: 20 }, now());
    let mut notices = Vec::new();
    // The cache is written after `Finished`: every event until the loader's thread ends.
    for event in loader.events.iter() {
        if let LoadEvent::Notice(line) = &event {
            notices.push(line.clone());
        }
        app.on_load(event, now());
    }
    assert!(!notices.is_empty() && notices.iter().all(|n| n.contains("could not be written")), "{notices:?}");
    assert_eq!(app.view().len(), 40);
    assert!(status_line(&app).contains("could not be written"));
}
