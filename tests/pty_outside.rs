//! The real binary in a pseudo-terminal, handing things outside: a fake browser and a fake
//! pager (shell scripts that write down the arguments they get) show that a URL or a path
//! holding `;`, `$(…)`, spaces or a leading `-` arrives as one argument and runs nothing; the
//! raw output holds the OSC 52 sequence of what was copied; `w` writes the articles shown;
//! a config's keys and problems take effect.
#![cfg(unix)]

use std::fs;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use base64::Engine;
use portable_pty::{Child, CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 120;
/// Generous: the machine may be busy building other things.
const PATIENCE: Duration = Duration::from_secs(60);

/// The URL the browser must get whole.
const ODD_URL: &str = "https://example.org/a;b $(touch PWNED) c?q=1&r=2";
/// A page file whose name must reach the pager whole (as `./-…`, not an option).
const ODD_FILE: &str = "-odd; $(touch PWNED) name.txt";

/// A running reader: its screen, every byte it wrote, and the keyboard.
struct Session {
    screen: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// The reader's data and cache directories, its own: no earlier run's state is restored.
    _data: tempfile::TempDir,
}

impl Session {
    fn start(dir: &Path, args: &[&str]) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize { rows: ROWS, cols: COLS, pixel_width: 0, pixel_height: 0 })
            .expect("pty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_tidings"));
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        // No local clipboard program: the copy is the terminal's alone.
        command.env_remove("DISPLAY");
        command.env_remove("WAYLAND_DISPLAY");
        command.env("XDG_CONFIG_HOME", dir.join("no-config"));
        command.env_remove("TIDINGS_CONFIG");
        let data = tempfile::tempdir().expect("temporary data directory");
        command.env("TIDINGS_DATA_DIR", data.path());
        command.env("TIDINGS_CACHE_DIR", data.path().join("cache"));
        let child = pair.slave.spawn_command(command).expect("spawn tidings");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(ROWS).expect("rows"),
            NonZeroU16::new(COLS).expect("cols"),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (feed, keep) = (Arc::clone(&screen), Arc::clone(&raw));
        thread::spawn(move || {
            let _master = pair.master;
            let mut bytes = [0u8; 8192];
            while let Ok(n) = reader.read(&mut bytes) {
                if n == 0 {
                    break;
                }
                if let Ok(mut parser) = feed.lock() {
                    parser.process(&bytes[..n]);
                }
                if let Ok(mut raw) = keep.lock() {
                    raw.extend_from_slice(&bytes[..n]);
                }
            }
        });
        Session { screen, raw, writer, child, _data: data }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).expect("send keys");
        self.writer.flush().expect("flush keys");
    }

    fn status(&self) -> String {
        let parser = self.screen.lock().expect("screen");
        parser.screen().rows(0, COLS).nth(usize::from(ROWS) - 1).unwrap_or_default()
    }

    fn wait_for(&self, what: &str, ok: impl Fn(&vt100::Screen) -> bool) -> String {
        let start = Instant::now();
        loop {
            if let Ok(parser) = self.screen.lock() {
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

    fn wait_for_status(&self, text: &str) {
        self.wait_for(text, |s| s.rows(0, COLS).nth(usize::from(ROWS) - 1).is_some_and(|l| l.contains(text)));
    }

    fn raw_holds(&self, needle: &[u8]) -> bool {
        self.raw.lock().is_ok_and(|raw| raw.windows(needle.len()).any(|w| w == needle))
    }

    fn quit(mut self, key: &str) {
        self.send(key);
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                assert!(status.success(), "tidings exited with {status:?}");
                return;
            }
            assert!(start.elapsed() < PATIENCE, "tidings did not quit; status bar: {}", self.status());
            thread::sleep(Duration::from_millis(50));
        }
    }
}

/// A script that appends its arguments, each ended by NUL, to `log`.
fn recorder(dir: &Path, name: &str, log: &Path) -> PathBuf {
    let script = dir.join(name);
    fs::write(&script, format!("#!/bin/sh\nprintf '%s\\0' \"$@\" >> '{}'\n", log.display())).unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// The argument lists recorded in `log`, each call's arguments (`per_call` of them) apart.
fn calls(log: &Path, per_call: usize) -> Vec<Vec<String>> {
    let Ok(bytes) = fs::read(log) else { return Vec::new() };
    let args: Vec<String> =
        bytes.split(|&b| b == 0).filter(|a| !a.is_empty()).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
    args.chunks(per_call).map(<[String]>::to_vec).collect()
}

fn wait_until(what: &str, ok: impl Fn() -> bool) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < PATIENCE, "timed out waiting for {what}");
        thread::sleep(Duration::from_millis(50));
    }
}

/// A folder with a JSON Lines file of two articles (the first with the odd URL, the second
/// with a URL that looks like an option) and a page whose file name is odd; a config sending
/// the browser and the pager to recording scripts.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let first = serde_json::json!({
        "title": "Harbour reopens after the storm", "url": ODD_URL, "published": "2026-01-14",
        "paragraphs": ["Ships came back. “We are open again,” said Mara Voss."],
        "quotes": [{"text": "We are open again,", "speaker": "Mara Voss", "paragraph": 0}], "tags": ["ports"]
    });
    let second = serde_json::json!({
        "title": "Rail strike ends", "url": "-https://example.org/rail", "published": "2026-01-10",
        "paragraphs": ["Trains ran on every line."], "tags": ["rail"]
    });
    fs::write(d.join("wire.jsonl"), format!("{first}\n{second}\n")).unwrap();
    fs::write(
        d.join(ODD_FILE),
        "Ferry timetable changes for winter\n\nJanuary 12, 2026\n\nThe ferry will run less often from next week, \
         the operator said on Monday.\n\nPassengers were told to check the new timetable before travelling.\n",
    )
    .unwrap();
    let (browser_log, pager_log) = (d.join("browser.log"), d.join("pager.log"));
    let browser = recorder(d, "browser", &browser_log);
    let pager = recorder(d, "pager", &pager_log);
    let config = d.join("config.toml");
    fs::write(
        &config,
        format!(
            "[open]\nbrowser = [\"{}\", \"--new-tab\", \"{{url}}\"]\npager = [\"{}\", \"{{path}}\"]\n",
            browser.display(),
            pager.display()
        ),
    )
    .unwrap();
    (dir, config, browser_log, pager_log)
}

#[test]
fn the_browser_and_the_pager_get_the_url_and_the_path_as_one_argument_each() {
    let (dir, config, browser_log, pager_log) = setup();
    let config = config.display().to_string();
    let mut s = Session::start(dir.path(), &["--config", &config, "--", "wire.jsonl", ODD_FILE]);
    s.wait_for("three articles", |s| s.contents().contains("Rail strike ends") && s.contents().contains("Ferry"));

    // Newest first: the harbour (odd URL), the ferry (odd file name), the rail (`-` URL).
    s.send("b");
    s.wait_for_status("opened the URL in the browser");
    wait_until("the browser's arguments", || !calls(&browser_log, 2).is_empty());
    assert_eq!(calls(&browser_log, 2), [vec!["--new-tab".to_string(), ODD_URL.to_string()]]);

    s.send("jj");
    s.wait_for("the rail article", |s| s.contents().contains("-https://example.org/rail"));
    s.send("b");
    s.wait_for_status("the URL starts with `-`: not opened");

    s.send("k");
    s.wait_for("the ferry article", |s| s.contents().contains(ODD_FILE));
    s.send("v");
    wait_until("the pager's arguments", || !calls(&pager_log, 1).is_empty());
    assert_eq!(calls(&pager_log, 1), [vec![format!("./{ODD_FILE}")]]);
    // The reader is back, redrawn.
    s.wait_for("the reader redrawn", |s| s.alternate_screen() && s.contents().contains("Articles"));

    thread::sleep(Duration::from_millis(300));
    assert_eq!(calls(&browser_log, 2).len(), 1, "the `-` URL reached the browser");
    assert!(!dir.path().join("PWNED").exists(), "a shell ran the URL or the path");
    s.quit("q");
}

#[test]
fn copies_go_to_the_terminal_as_osc_52_and_export_writes_what_is_shown() {
    let (dir, config, _, _) = setup();
    let config = config.display().to_string();
    let mut s = Session::start(dir.path(), &["--config", &config, "--", "wire.jsonl", ODD_FILE]);
    s.wait_for("three articles", |s| s.contents().contains("Rail strike ends") && s.contents().contains("Ferry"));

    let osc52 = |text: &str| format!("\x1b]52;c;{}\x07", base64::engine::general_purpose::STANDARD.encode(text));
    s.send("U");
    s.wait_for_status("copied the URL");
    assert!(s.raw_holds(osc52(ODD_URL).as_bytes()), "no OSC 52 sequence of the URL");
    s.send("y");
    s.wait_for_status("copied the quote");
    let quote = format!("“We are open again,”\n— Mara Voss, Harbour reopens after the storm, {ODD_URL}");
    assert!(s.raw_holds(osc52(&quote).as_bytes()), "no OSC 52 sequence of the quote");
    s.send("Y");
    s.wait_for_status("copied the article as Markdown");

    // Only the rail article is shown after a search; `E` writes it.
    s.send("/strike\r");
    s.wait_for("the search", |s| s.contents().contains(" 1/3"));
    s.send("Eshown.jsonl\r");
    s.wait_for_status("wrote 1 articles to shown.jsonl");
    let written = fs::read_to_string(dir.path().join("shown.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(written.contains("\"title\":\"Rail strike ends\""), "{written}");
    // Never over an input.
    s.send("Ewire.jsonl\r");
    s.wait_for_status("an input file");
    assert!(fs::read_to_string(dir.path().join("wire.jsonl")).unwrap().contains("Harbour"));
    s.quit("q");
}

#[test]
fn a_config_rebinds_keys_and_a_broken_one_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    fs::write(&config, "[keys]\nquit = \"x\"\n").unwrap();
    let name = config.display().to_string();
    let mut s = Session::start(dir.path(), &["--config", &name]);
    s.wait_for("the samples", |s| s.rows(0, COLS).nth(usize::from(ROWS) - 1).is_some_and(|l| l.contains("x quit")));
    s.send("?");
    s.wait_for("the help", |s| s.contents().contains(" Keys "));
    // Down the help to the end of the reading keys.
    s.send("\x1b[6~");
    s.wait_for("the help with x", |s| {
        s.contents().contains(" Keys ") && s.contents().lines().any(|l| l.contains("  x   ") && l.contains("quit"))
    });
    s.send("\x1b");
    // Apart from the Esc, or the two read as Alt-q.
    s.wait_for("the help closed", |s| !s.contents().contains("Esc close"));
    s.send("q");
    thread::sleep(Duration::from_millis(300));
    assert!(s.child.try_wait().is_ok_and(|status| status.is_none()), "q still quit");
    s.quit("x");

    fs::write(&config, "this is ][ not toml\n").unwrap();
    let s = Session::start(dir.path(), &["--config", &name]);
    s.wait_for_status(&format!("{name}:1:"));
    s.quit("q");
}
