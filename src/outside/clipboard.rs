//! The clipboard through the terminal: OSC 52 asks the terminal to set it, which works over
//! SSH and in tmux (with `set-clipboard on`), where no local clipboard program can reach. A
//! local program (`wl-copy`, `xclip`, `xsel`, `pbcopy`) is also given the text when one is
//! there, for terminals that ignore OSC 52.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// The escape sequence that puts `text` on the clipboard (`c`), ended by BEL, which more
/// terminals accept than ST.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text))
}

/// Writes the OSC 52 sequence for `text` to `out` (the terminal).
pub fn copy_osc52(out: &mut dyn Write, text: &str) -> io::Result<()> {
    out.write_all(osc52(text).as_bytes())?;
    out.flush()
}

/// Local clipboard programs, each with the environment variable that says its display is there.
const LOCAL: [(&str, &[&str], Option<&str>); 4] = [
    ("wl-copy", &[], Some("WAYLAND_DISPLAY")),
    ("xclip", &["-selection", "clipboard"], Some("DISPLAY")),
    ("xsel", &["--clipboard", "--input"], Some("DISPLAY")),
    ("pbcopy", &[], None),
];

fn on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(program)).find(|p| p.is_file())
}

/// Gives `text` to the first local clipboard program whose display is there; its name when
/// one took it. Never waits for it: `xclip` stays to serve the selection.
pub fn copy_local(text: &str) -> Option<&'static str> {
    for (program, args, display) in LOCAL {
        if display.is_some_and(|var| std::env::var_os(var).is_none_or(|v| v.is_empty())) {
            continue;
        }
        if program == "pbcopy" && !cfg!(target_os = "macos") {
            continue;
        }
        let Some(path) = on_path(program) else { continue };
        if feed(&path, args, text).is_ok() {
            return Some(program);
        }
    }
    None
}

fn feed(program: &Path, args: &[&str], text: &str) -> io::Result<()> {
    let mut child =
        Command::new(program).args(args).stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(text.as_bytes())?;
    }
    // Reaped on a thread of its own: the program may serve the clipboard for a long time.
    std::thread::spawn(move || child.wait());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_is_the_base64_of_the_text_between_the_marks() {
        assert_eq!(osc52("hi “there”"), "\x1b]52;c;aGkg4oCcdGhlcmXigJ0=\x07");
        let mut out = Vec::new();
        copy_osc52(&mut out, "a").unwrap();
        assert_eq!(out, b"\x1b]52;c;YQ==\x07");
    }
}
