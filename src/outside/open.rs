//! The browser and the pager: which command, with which arguments. The URL or the path is
//! always one argument of its own, never a shell's input, so `;`, `$(…)` or spaces in it are
//! only characters.

use std::io;
use std::process::{Command, ExitStatus, Stdio};

/// The commands a config file's `[open]` sets, as argument vectors holding `{url}` or `{path}`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Commands {
    pub browser: Option<Vec<String>>,
    pub pager: Option<Vec<String>>,
}

/// What stands for the URL in `[open] browser`.
pub const URL: &str = "{url}";
/// What stands for the file in `[open] pager`.
pub const PATH: &str = "{path}";

/// `argv` with `placeholder` replaced by `value` in each argument.
fn fill(argv: &[String], placeholder: &str, value: &str) -> Vec<String> {
    argv.iter().map(|arg| arg.replace(placeholder, value)).collect()
}

/// The browser's command for `url`, when the config names one; `None`: the platform's opener.
pub fn browser_argv(commands: &Commands, url: &str) -> Option<Vec<String>> {
    commands.browser.as_deref().map(|argv| fill(argv, URL, url))
}

/// A path that cannot be read as an option: `-x.txt` becomes `./-x.txt`.
fn not_an_option(path: &str) -> String {
    if path.starts_with('-') { format!("./{path}") } else { path.to_string() }
}

/// The pager's command for `path`: the config's `[open] pager`, else `$PAGER`, else `$EDITOR`
/// (each split into words as a shell would, without running one), else `less`; `env` reads
/// the environment.
pub fn pager_argv(
    commands: &Commands,
    path: &str,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Vec<String>, String> {
    let path = not_an_option(path);
    if let Some(argv) = &commands.pager {
        return Ok(fill(argv, PATH, &path));
    }
    for var in ["PAGER", "EDITOR"] {
        let Some(value) = env(var).filter(|v| !v.trim().is_empty()) else { continue };
        let mut argv = shell_words::split(&value).map_err(|e| format!("${var} cannot be split into words: {e}"))?;
        if argv.is_empty() {
            continue;
        }
        argv.push(path);
        return Ok(argv);
    }
    Ok(vec!["less".into(), path])
}

/// Opens `url` in the browser, without waiting for it.
pub fn open_url(commands: &Commands, url: &str) -> io::Result<()> {
    let Some(argv) = browser_argv(commands, url) else {
        return open::that_detached(url);
    };
    let (program, args) = argv.split_first().ok_or_else(|| io::Error::other("the browser command is empty"))?;
    let mut child =
        Command::new(program).args(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).spawn()?;
    // A browser may stay open for hours; it is reaped on a thread of its own when it ends.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// Runs the pager in the terminal and waits for it.
pub fn run_pager(argv: &[String]) -> io::Result<ExitStatus> {
    let (program, args) = argv.split_first().ok_or_else(|| io::Error::other("the pager command is empty"))?;
    Command::new(program).args(args).status()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_url_is_one_argument_whatever_it_holds() {
        let commands = Commands { browser: Some(vec!["fx".into(), "--new".into(), URL.into()]), pager: None };
        let url = "https://example.org/a;b $(touch x)";
        assert_eq!(browser_argv(&commands, url), Some(vec!["fx".into(), "--new".into(), url.into()]));
        assert_eq!(browser_argv(&Commands::default(), url), None);
    }

    #[test]
    fn the_pager_comes_from_the_config_then_pager_then_editor() {
        let configured =
            Commands { browser: None, pager: Some(vec!["bat".into(), "--paging=always".into(), PATH.into()]) };
        assert_eq!(
            pager_argv(&configured, "a b.txt", env(&[("PAGER", "less")])).unwrap(),
            ["bat", "--paging=always", "a b.txt"]
        );
        let none = Commands::default();
        assert_eq!(
            pager_argv(&none, "a.txt", env(&[("PAGER", "less -R '+G'")])).unwrap(),
            ["less", "-R", "+G", "a.txt"]
        );
        assert_eq!(pager_argv(&none, "a.txt", env(&[("EDITOR", "vim")])).unwrap(), ["vim", "a.txt"]);
        assert_eq!(pager_argv(&none, "-a.txt", env(&[])).unwrap(), ["less", "./-a.txt"]);
        assert!(pager_argv(&none, "a.txt", env(&[("PAGER", "less 'open")])).is_err_and(|e| e.contains("$PAGER")));
    }
}
