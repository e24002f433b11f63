//! The real binary in a pseudo-terminal: opens the bundled samples, filters by a tag with the
//! tag picker, quits with `q`, and leaves the terminal as it found it.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// Generous: the machine may be busy building other things.
const PATIENCE: Duration = Duration::from_secs(60);

type Screen = Arc<Mutex<vt100::Parser>>;

fn wait_for(screen: &Screen, what: &str, ok: impl Fn(&vt100::Screen) -> bool) -> String {
    let start = Instant::now();
    loop {
        if let Ok(parser) = screen.lock() {
            if ok(parser.screen()) {
                return parser.screen().contents();
            }
            if start.elapsed() > PATIENCE {
                panic!("timed out waiting for {what}; the screen was:\n{}", parser.screen().contents());
            }
        }
        thread::sleep(Duration::from_millis(50));
    }
}

fn status_line(screen: &vt100::Screen) -> String {
    screen.rows(0, COLS).nth(usize::from(ROWS) - 1).unwrap_or_default()
}

/// `shown/total` from the status bar.
fn counts(status: &str) -> Option<(usize, usize)> {
    let word = status.split_whitespace().next()?;
    let (shown, total) = word.split_once('/')?;
    Some((shown.parse().ok()?, total.parse().ok()?))
}

#[test]
fn opens_the_samples_filters_by_a_tag_and_restores_the_terminal_on_quit() {
    let pty = native_pty_system();
    let pair = pty.openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 }).expect("pty");
    let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_tidings"));
    command.env("TERM", "xterm-256color");
    // The reader remembers where it was: a state of its own, so no earlier run's filter is
    // restored.
    let data = tempfile::tempdir().expect("temporary data directory");
    command.env("TIDINGS_DATA_DIR", data.path());
    command.env("TIDINGS_CACHE_DIR", data.path().join("cache"));
    let mut child = pair.slave.spawn_command(command).expect("spawn tidings");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let mut writer = pair.master.take_writer().expect("writer");

    let screen: Screen = Arc::new(Mutex::new(vt100::Parser::new(
        NonZeroU16::new(ROWS).expect("rows"),
        NonZeroU16::new(COLS).expect("cols"),
        0,
    )));
    let feed = Arc::clone(&screen);
    let pump = thread::spawn(move || {
        let mut bytes = [0u8; 8192];
        while let Ok(n) = reader.read(&mut bytes) {
            if n == 0 {
                break;
            }
            if let Ok(mut parser) = feed.lock() {
                parser.process(&bytes[..n]);
            }
        }
    });
    let mut send = |keys: &str| {
        writer.write_all(keys.as_bytes()).expect("send keys");
        writer.flush().expect("flush keys");
    };

    wait_for(&screen, "the samples to load", |s| {
        let status = status_line(s);
        s.alternate_screen() && !status.contains("loading") && counts(&status).is_some_and(|(a, b)| a == b && a > 0)
    });
    let total = wait_for(&screen, "the status bar", |_| true);
    let total = total.lines().last().and_then(counts).map(|(_, t)| t).unwrap_or_default();

    send("t");
    wait_for(&screen, "the tag picker", |s| s.contents().contains("Enter toggle"));
    // The most used tag is first; take it, whatever the samples' tags are today.
    send("\r");
    wait_for(&screen, "a tag to be selected", |s| s.contents().contains("1 selected"));
    send("\x1b");
    let after = wait_for(&screen, "the filtered list", |s| {
        !s.contents().contains("Enter toggle") && status_line(s).contains("tags: ")
    });
    let status = after.lines().last().unwrap_or_default().to_string();
    let (shown, all) = counts(&status).expect("counts in the status bar");
    assert_eq!(all, total);
    assert!(shown > 0 && shown < total, "a tag narrows the list: {status}");

    send("q");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(start.elapsed() < PATIENCE, "tidings did not quit");
        thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "exit status {status:?}");
    drop(pair.master);
    let _ = pump.join();
    let parser = screen.lock().expect("screen");
    let restored = parser.screen();
    assert!(!restored.alternate_screen(), "left the alternate screen");
    assert!(!restored.hide_cursor(), "the cursor is visible again");
    assert_eq!(restored.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "mouse reporting is off");
}
