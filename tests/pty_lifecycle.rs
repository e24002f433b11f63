//! The real binary in a pseudo-terminal, as a careful user treats it: killed by SIGTERM, SIGHUP
//! or SIGINT, suspended with Ctrl-Z (or SIGTSTP) and brought back, run with its output sent to
//! a file, run in terminals of fewer colours or none, given paths that do not exist. Each time
//! the terminal must be left as it was found: the main screen, the cursor shown, mouse
//! reporting off.
#![cfg(unix)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// Generous: the machine may be busy building other things.
const PATIENCE: Duration = Duration::from_secs(60);

/// The binary running in a pseudo-terminal, its screen as a terminal would show it, and every
/// byte it wrote.
struct Pty {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    bytes: Arc<Mutex<Vec<u8>>>,
    _data: tempfile::TempDir,
}

impl Pty {
    fn spawn(program: &str, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .expect("pty");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env("TERM", "xterm-256color");
        command.env_remove("NO_COLOR");
        command.env_remove("COLORTERM");
        // A reading state of its own: no earlier run's place or filter is restored.
        let data = tempfile::tempdir().expect("temporary data directory");
        command.env("TIDINGS_DATA_DIR", data.path());
        command.env("TIDINGS_CACHE_DIR", data.path().join("cache"));
        for (name, value) in env {
            command.env(name, value);
        }
        let child = pair.slave.spawn_command(command).expect("spawn");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(ROWS).expect("rows"),
            NonZeroU16::new(COLS).expect("cols"),
            0,
        )));
        let bytes = Arc::new(Mutex::new(Vec::new()));
        let (feed, log) = (Arc::clone(&screen), Arc::clone(&bytes));
        thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            while let Ok(n) = reader.read(&mut chunk) {
                if n == 0 {
                    break;
                }
                if let Ok(mut parser) = feed.lock() {
                    parser.process(&chunk[..n]);
                }
                if let Ok(mut log) = log.lock() {
                    log.extend_from_slice(&chunk[..n]);
                }
            }
        });
        Pty { child, master: pair.master, writer, screen, bytes, _data: data }
    }

    fn tidings(args: &[&str], env: &[(&str, &str)]) -> Pty {
        Pty::spawn(env!("CARGO_BIN_EXE_tidings"), args, env)
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("send keys");
        self.writer.flush().expect("flush keys");
    }

    fn pid(&self) -> String {
        self.child.process_id().expect("a process id").to_string()
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill").args([&format!("-{name}"), &self.pid()]).status().expect("kill runs");
        assert!(status.success(), "kill -{name}");
    }

    /// Waits until the screen satisfies `ok`; returns its text.
    fn wait_for(&self, what: &str, ok: impl Fn(&vt100::Screen) -> bool) -> String {
        let start = Instant::now();
        loop {
            if let Ok(parser) = self.screen.lock() {
                if ok(parser.screen()) {
                    return parser.screen().contents();
                }
                assert!(
                    start.elapsed() < PATIENCE,
                    "timed out waiting for {what}; the screen was:\n{}",
                    parser.screen().contents()
                );
            }
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// The samples listed and fully read.
    fn wait_loaded(&self) {
        self.wait_for("the samples to load", |s| {
            let status = s.rows(0, COLS).nth(usize::from(ROWS) - 1).unwrap_or_default();
            s.alternate_screen() && !status.contains("loading") && !status.contains("indexing") && status.contains('/')
        });
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                // What was written last reaches the parser.
                thread::sleep(Duration::from_millis(200));
                return status;
            }
            assert!(start.elapsed() < PATIENCE, "tidings did not end");
            thread::sleep(Duration::from_millis(50));
        }
    }

    /// The terminal is as it was before the reader: main screen, cursor shown, no mouse reporting.
    fn assert_restored(&self, after: &str) {
        let parser = self.screen.lock().expect("screen");
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "{after}: still in the alternate screen");
        assert!(!screen.hide_cursor(), "{after}: the cursor is hidden");
        assert_eq!(screen.mouse_protocol_mode(), vt100::MouseProtocolMode::None, "{after}: mouse reporting is on");
    }

    fn written(&self) -> Vec<u8> {
        self.bytes.lock().expect("bytes").clone()
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.master.resize(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 });
    }
}

/// `T` (stopped) in `/proc/PID/stat`, where there is one.
fn is_stopped(pid: &str) -> Option<bool> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let state = stat.rsplit_once(") ")?.1.chars().next()?;
    Some(state == 'T')
}

#[test]
fn sigterm_sighup_sigint_and_sigquit_give_the_terminal_back_and_end_as_the_signal() {
    for signal in ["TERM", "HUP", "INT", "QUIT"] {
        let mut pty = Pty::tidings(&[], &[]);
        pty.wait_loaded();
        let mouse = pty.screen.lock().expect("screen").screen().mouse_protocol_mode();
        assert_ne!(mouse, vt100::MouseProtocolMode::None, "the reader reports the mouse");
        pty.signal(signal);
        let status = pty.wait_exit();
        assert!(!status.success(), "SIG{signal}: {status:?}");
        pty.assert_restored(&format!("SIG{signal}"));
    }
}

#[test]
fn ctrl_z_suspends_and_fg_draws_the_whole_screen_again() {
    let mut pty = Pty::tidings(&[], &[]);
    pty.wait_loaded();
    let before = pty.wait_for("the list", |_| true);
    for how in ["Ctrl-Z", "SIGTSTP"] {
        if how == "Ctrl-Z" {
            pty.send("\x1a");
        } else {
            pty.signal("TSTP");
        }
        pty.wait_for("the main screen", |s| !s.alternate_screen());
        pty.assert_restored(how);
        let start = Instant::now();
        while is_stopped(&pty.pid()) == Some(false) {
            assert!(start.elapsed() < PATIENCE, "{how}: the process did not stop");
            thread::sleep(Duration::from_millis(50));
        }
        // What a shell does after `fg`; the screen is wiped so that only a redraw shows the list.
        pty.screen.lock().expect("screen").process(b"\x1b[2J");
        pty.signal("CONT");
        let again = pty.wait_for("the reader again", |s| s.alternate_screen() && s.contents().contains("Articles"));
        let title = before.lines().nth(1).unwrap_or_default().trim().to_string();
        pty.wait_for("the whole screen redrawn", |s| s.contents().contains(&title));
        assert!(again.contains("Articles"));
    }
    pty.send("q");
    assert!(pty.wait_exit().success());
    pty.assert_restored("q after resuming");
}

#[test]
fn with_stdout_not_a_terminal_it_refuses_in_one_line_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("out.txt");
    let script = format!("exec '{}' > '{}'", env!("CARGO_BIN_EXE_tidings"), out.display());
    let mut pty = Pty::spawn("sh", &["-c", &script], &[]);
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 2, "{status:?}");
    assert_eq!(std::fs::read(&out).expect("the output file").len(), 0, "nothing went to the file");
    let said = pty.wait_for("the error line", |s| s.contents().contains("tidings parse"));
    assert_eq!(said.trim().lines().count(), 1, "one line: {said}");
    assert!(!String::from_utf8_lossy(&pty.written()).contains("\x1b[?1049h"), "the screen never opened");
    pty.assert_restored("refusing");
}

#[test]
fn a_missing_path_or_a_mistyped_subcommand_is_an_error_before_the_screen_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (args, says) in [
        (vec!["/nonexistent/folder"], "/nonexistent/folder: no such file or folder"),
        (vec!["tag", dir.path().to_str().expect("a UTF-8 path")], "did you mean \"tidings tags\"?"),
    ] {
        let mut pty = Pty::tidings(&args, &[]);
        let status = pty.wait_exit();
        assert_eq!(status.exit_code(), 2, "{args:?}: {status:?}");
        pty.wait_for("the error line", |s| s.contents().contains(says));
        assert!(!String::from_utf8_lossy(&pty.written()).contains("\x1b[?1049h"), "{args:?}: the screen opened");
    }
}

#[test]
fn the_reader_exits_1_when_some_files_failed() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("good.txt"), "A title here\n\nA body of a few words that reads as prose.\n")
        .expect("write");
    std::fs::write(dir.path().join("bad.txt"), b"\0\0\0\0 not text").expect("write");
    let mut pty = Pty::tidings(&[dir.path().to_str().expect("a UTF-8 path")], &[]);
    pty.wait_for("the failure counted", |s| s.alternate_screen() && s.contents().contains("1 failed (e)"));
    pty.send("q");
    let status = pty.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status:?}");
    pty.wait_for("the summary line", |s| s.contents().contains("could not be read"));
    pty.assert_restored("q");
}

/// The selected row of the list (the first article, on the second row of the screen).
fn selected_cell(pty: &Pty) -> vt100::Cell {
    let parser = pty.screen.lock().expect("screen");
    parser.screen().cell(1, 3).expect("a cell of the selected title").clone()
}

#[test]
fn colours_follow_the_terminal_and_emphasis_stays_without_them() {
    let cases: [(&[(&str, &str)], &str); 5] = [
        (&[("NO_COLOR", "1")], "none"),
        (&[("TERM", "dumb")], "none"),
        (&[("TERM", "xterm")], "16"),
        (&[("TERM", "xterm-256color")], "256"),
        (&[("COLORTERM", "truecolor")], "24-bit"),
    ];
    for (env, colours) in cases {
        let mut pty = Pty::tidings(&[], env);
        pty.wait_loaded();
        let cell = selected_cell(&pty);
        match colours {
            "none" => {
                let parser = pty.screen.lock().expect("screen");
                let screen = parser.screen();
                for row in 0..ROWS {
                    for col in 0..COLS {
                        let cell = screen.cell(row, col).expect("a cell");
                        assert_eq!(cell.fgcolor(), vt100::Color::Default, "{env:?}: colour at {row},{col}");
                        assert_eq!(cell.bgcolor(), vt100::Color::Default, "{env:?}: colour at {row},{col}");
                    }
                }
                assert!(cell.inverse() && cell.bold(), "{env:?}: the selection is in reverse video");
                let other = screen.cell(3, 3).expect("a cell of another title");
                assert!(!other.inverse(), "{env:?}: only the selection is reversed");
            }
            "16" => assert_eq!(cell.bgcolor(), vt100::Color::Idx(4), "{env:?}: blue of the 16"),
            "256" => assert_eq!(cell.bgcolor(), vt100::Color::Idx(24), "{env:?}: from the palette"),
            _ => assert_eq!(cell.bgcolor(), vt100::Color::Rgb(40, 60, 90), "{env:?}: 24-bit"),
        }
        pty.send("q");
        assert!(pty.wait_exit().success());
        pty.assert_restored(colours);
    }
}

#[test]
fn file_names_with_escape_sequences_reach_no_terminal_raw() {
    let dir = tempfile::tempdir().expect("temp dir");
    let name = "esc\x1b[2J\x1b]0;PWN\x07name.txt";
    std::fs::write(dir.path().join(name), b"\0\0\0\0 not text").expect("write");
    let folder = dir.path().to_str().expect("a UTF-8 path");
    for args in [vec!["tags", folder], vec!["parse", folder], vec!["quotes", folder]] {
        let mut pty = Pty::tidings(&args, &[]);
        assert_eq!(pty.wait_exit().exit_code(), 1, "{args:?}");
        let written = String::from_utf8_lossy(&pty.written()).into_owned();
        assert!(!written.contains('\x1b') && !written.contains('\x07'), "{args:?}: {written:?}");
        assert!(written.contains("escname.txt: not a text file"), "{args:?}: {written:?}");
        assert!(!written.contains("[2J") && !written.contains("PWN"), "{args:?}: {written:?}");
    }
    assert!(Path::new(folder).join(name).exists());
}
