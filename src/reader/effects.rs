//! The effects the app asks for ([`Effect`]), done with the terminal at hand: the pager runs
//! with the reader suspended (raw mode and the alternate screen left, then taken back and the
//! screen redrawn), the clipboard is written through the terminal, exports go to files.

use std::fs::File;
use std::io::{self, BufWriter, Write, stdout};
use std::path::{Path, PathBuf};

use ratatui::DefaultTerminal;

use crate::app::{App, Effect};
use crate::export::{self, Format};
use crate::outside::{Commands, clipboard, open};
use crate::store::cache::CacheSet;

use super::terminal;

/// What the effects need besides the app: the inputs (never written over), the commands of
/// the config, and the cache.
pub struct Handler {
    pub inputs: Vec<PathBuf>,
    pub commands: Commands,
    /// Whether the terminal takes OSC 8 links.
    pub hyperlinks: bool,
    /// The cache of parsed articles, if one is used.
    pub cache: Option<CacheSet>,
}

impl Handler {
    /// Keeps the frequent grams the reader just read ([`App::take_read_grams`]) in the cache,
    /// on a thread of its own (8 MB at 100,000 articles: not a frame's pause). If it fails,
    /// the next start reads them again, as without a cache.
    pub fn keep_grams(&self, grams: Vec<u8>) {
        if let Some(cache) = self.cache.clone() {
            std::thread::spawn(move || cache.keep_grams(&grams));
        }
    }

    /// Does `effect`, and says in the status bar how it went. Only a terminal that cannot be
    /// taken back after the pager is an error.
    pub fn perform(&self, effect: Effect, terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
        match effect {
            Effect::OpenUrl(url) => match open::open_url(&self.commands, &url) {
                Ok(()) => app.notify("opened the URL in the browser", false),
                Err(e) => app.notify(format!("the browser could not be started: {e}"), true),
            },
            Effect::OpenFile(path) => self.page(&path, terminal, app)?,
            Effect::Copy { what, text } => {
                let local = clipboard::copy_local(&text);
                match clipboard::copy_osc52(&mut stdout(), &text) {
                    Ok(()) => match local {
                        Some(program) => app.notify(format!("copied {what} (terminal and {program})"), false),
                        None => app.notify(format!("copied {what}"), false),
                    },
                    Err(e) => app.notify(format!("could not copy {what}: {e}"), true),
                }
            }
            Effect::Export { path, format } => match self.export(&path, format, app) {
                Ok(count) => app.notify(format!("wrote {count} articles to {}", path.display()), false),
                Err(e) => app.notify(e, true),
            },
        }
        Ok(())
    }

    fn page(&self, path: &str, terminal: &mut DefaultTerminal, app: &mut App) -> io::Result<()> {
        if !Path::new(path).is_file() {
            app.notify(format!("{path}: no such file to show"), true);
            return Ok(());
        }
        let argv = match open::pager_argv(&self.commands, path, |var| std::env::var(var).ok()) {
            Ok(argv) => argv,
            Err(why) => {
                app.notify(why, true);
                return Ok(());
            }
        };
        terminal::leave();
        let status = open::run_pager(&argv);
        // The modes again, and the next frame drawn whole.
        terminal::resume(terminal)?;
        match status {
            Ok(status) if status.success() => {}
            Ok(status) => app.notify(format!("{} ended with {status}", argv[0]), true),
            Err(e) => app.notify(format!("{}: could not be started: {e}", argv[0]), true),
        }
        Ok(())
    }

    /// Writes the articles shown to `path`; how many, or why not.
    fn export(&self, path: &Path, format: Format, app: &App) -> Result<usize, String> {
        export::check_target(path, &self.inputs, false)
            .map_err(|e| e.to_string().replace(" (--force to replace it)", ": not replaced"))?;
        let articles = app.shown_articles();
        let file = File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut out = BufWriter::new(file);
        export::write(&mut out, format, &articles)
            .and_then(|()| out.flush())
            .map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(articles.len())
    }
}
