//! After loading, for the reader's session: the folders are watched (`notify`), and what the
//! watcher reports, or the reader asks for ([`super::Loader::reload`]), is read. Each file is
//! compared by its size and modification time with what the loader read: a new file's
//! articles are added, a changed file's are removed and added again as they are now, a removed
//! file's are removed. Events that come together (an editor's save is several) are read
//! together, once they settle.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{EventKind, RecursiveMode, Watcher};
use rayon::prelude::*;

use super::parsing::{FileStored, packed, read_file};
use super::stamped::walk_stamped;
use super::{Command, Context, Session, on_pool};
use crate::app::LoadEvent;
use crate::corpus::{DateKey, Listed};
use crate::load::{self, Source};
use crate::store::cache::Stamp;

/// Events this close together are read together.
const SETTLE: Duration = Duration::from_millis(200);
/// But no longer than this after the first: a folder being copied in shows as it comes.
const LONGEST_WAIT: Duration = Duration::from_secs(2);
/// How often a loader with nothing to do looks whether the reader is still there.
const LOOK: Duration = Duration::from_millis(500);

/// What changed, by the loader's file numbers and the paths of new files.
#[derive(Debug, Default)]
struct Diff {
    removed: Vec<u32>,
    changed: Vec<u32>,
    added: Vec<PathBuf>,
}

impl Context<'_> {
    /// Stays for the session when the options say so: watches, and reads what changed.
    pub(super) fn stay(
        &self,
        mut session: Session,
        asked: &Receiver<Command>,
        to_self: Sender<Command>,
        alive: &AtomicBool,
    ) {
        if !self.options.watch {
            return;
        }
        let _watcher = self.watch(to_self);
        let mut known = session.files.by_path();
        loop {
            let first = match asked.recv_timeout(LOOK) {
                Ok(command) => command,
                Err(RecvTimeoutError::Timeout) if alive.load(Ordering::Relaxed) => continue,
                Err(_) => return,
            };
            let (mut rescan, mut paths) = (false, Vec::new());
            let mut take = |command| match command {
                Command::Rescan => rescan = true,
                Command::Changed(changed) => paths.extend(changed),
            };
            take(first);
            let since = Instant::now();
            while since.elapsed() < LONGEST_WAIT {
                match asked.recv_timeout(SETTLE) {
                    Ok(command) => take(command),
                    Err(_) => break,
                }
            }
            if !alive.load(Ordering::Relaxed) {
                return;
            }
            let diff = if rescan { self.rescan(&session, &known) } else { self.recheck(&paths, &session, &known) };
            let summary = format!(
                "read the folders again: {} new, {} changed, {} removed",
                diff.added.len(),
                diff.changed.len(),
                diff.removed.len()
            );
            if self.apply(diff, &mut session, &mut known).is_none() {
                return;
            }
            if rescan {
                self.notice(summary);
            }
        }
    }

    /// The folder watcher, sending what it sees to this thread; `None` when there is none
    /// (the reader can still ask for the folders to be read again).
    fn watch(&self, to_self: Sender<Command>) -> Option<notify::RecommendedWatcher> {
        let handler = move |event: notify::Result<notify::Event>| {
            let Ok(event) = event else { return };
            // Reading a file is no change (the loader's own reads among them); closing one
            // written may be the only sign of a write.
            let reading = matches!(event.kind, EventKind::Access(kind) if kind != AccessKind::Close(AccessMode::Write));
            if !reading && !event.paths.is_empty() {
                let _ = to_self.send(Command::Changed(event.paths));
            }
        };
        let mut watcher = match notify::recommended_watcher(handler) {
            Ok(watcher) => watcher,
            Err(error) => {
                self.notice(format!("folders are not watched ({error}): R reads them again"));
                return None;
            }
        };
        for path in &self.paths {
            // A file is watched through its folder: an editor saving it may replace it.
            let (target, mode) = match path.parent().filter(|_| !path.is_dir()) {
                Some(parent) => {
                    (if parent.as_os_str().is_empty() { Path::new(".") } else { parent }, RecursiveMode::NonRecursive)
                }
                None => (path.as_path(), RecursiveMode::Recursive),
            };
            if let Err(error) = watcher.watch(target, mode) {
                self.notice(format!("{} is not watched ({error}): R reads it again", target.display()));
            }
        }
        Some(watcher)
    }

    /// Every file of the folders against what was read.
    fn rescan(&self, session: &Session, known: &HashMap<PathBuf, u32>) -> Diff {
        let (walked, _) = walk_stamped(&self.paths, 0);
        compare(session, known, walked, |_| true)
    }

    /// The files under the paths the watcher named (in the folders opened) against what was
    /// read.
    fn recheck(&self, paths: &[PathBuf], session: &Session, known: &HashMap<PathBuf, u32>) -> Diff {
        let mut roots: Vec<PathBuf> = paths.to_vec();
        roots.sort();
        roots.dedup();
        // A path under another one named is looked at with it.
        let mut kept: Vec<PathBuf> = Vec::new();
        for root in roots {
            if !kept.iter().any(|k| root.starts_with(k)) {
                kept.push(root);
            }
        }
        let mut walked = Vec::new();
        for root in &kept {
            let Some(opened) = self.paths.iter().find(|p| root.starts_with(p) || *p == root) else { continue };
            if root.exists() {
                let (files, _) = walk_stamped(std::slice::from_ref(root), 0);
                let wanted = |path: &Path| load::is_walked(path, opened) || path == opened;
                walked.extend(files.into_iter().filter(|(path, _)| wanted(path)));
            }
        }
        compare(session, known, walked, |path| kept.iter().any(|root| path.starts_with(root)))
    }

    /// Removes the articles of files removed or changed, and reads the changed and new ones.
    fn apply(&self, diff: Diff, session: &mut Session, known: &mut HashMap<PathBuf, u32>) -> Option<()> {
        let files = &mut session.files;
        let mut removed = Vec::new();
        for &source in diff.removed.iter().chain(&diff.changed) {
            removed.extend(files.numbering.drop_file(source));
            files.note(source, None, None);
        }
        if !removed.is_empty() {
            self.tx.send(LoadEvent::Removed(removed)).ok()?;
        }
        let mut to_read = diff.changed;
        for path in diff.added {
            let source = files.add_source(Source::File(path.clone()));
            known.insert(path, source);
            to_read.push(source);
        }
        if to_read.is_empty() {
            return Some(());
        }
        let sources = &files.sources;
        let reads: Vec<_> = on_pool(self.pool.as_ref(), || {
            to_read.par_iter().map(|&source| (source, read_file(source, &sources[source as usize]))).collect()
        });
        let (mut ok, mut failed) = (Vec::new(), Vec::new());
        for (source, read) in reads {
            match read {
                Ok(read) => ok.push(read),
                Err(error) => failed.push((source, error)),
            }
        }
        let count = ok.len() + failed.len();
        let mut articles = Vec::new();
        for FileStored { source, articles: stored, stamp, .. } in packed(ok, Vec::new(), None).files {
            files.numbering.add(source, stored.len());
            files.note(source, stamp, None);
            for (article, tags) in stored {
                let (tags, date) = (session.tags.ids(&tags), DateKey::of(article.published()));
                articles.push(Listed { article, parsed: true, tags, date });
            }
        }
        for (source, error) in failed {
            // Not read again until it changes.
            let stamp = match &files.sources[source as usize] {
                Source::File(path) => std::fs::metadata(path).ok().map(|m| Stamp::of(&m)),
                Source::Embedded(..) => None,
            };
            files.note(source, stamp, None);
            self.tx.send(LoadEvent::Failed(error)).ok()?;
        }
        let new_tags = session.tags.unsent();
        self.tx.send(LoadEvent::Read { articles, new_tags, files: count }).ok()
    }
}

/// The files `walked` now against those read (the ones `in_scope` of them: the rest were not
/// looked at).
fn compare(
    session: &Session,
    known: &HashMap<PathBuf, u32>,
    walked: Vec<(PathBuf, Stamp)>,
    in_scope: impl Fn(&Path) -> bool,
) -> Diff {
    let files = &session.files;
    let mut diff = Diff::default();
    let mut seen = HashSet::new();
    for (path, stamp) in walked {
        match known.get(&path) {
            Some(&source) if files.stamps.get(source as usize).copied().flatten() == Some(stamp) => {}
            Some(&source) => diff.changed.push(source),
            None => diff.added.push(path.clone()),
        }
        seen.insert(path);
    }
    for (path, &source) in known {
        let had = files.stamps.get(source as usize).is_some_and(Option::is_some);
        if had && in_scope(path) && !seen.contains(path) {
            diff.removed.push(source);
        }
    }
    diff.removed.sort_unstable();
    diff.changed.sort_unstable();
    diff.added.sort();
    diff
}
