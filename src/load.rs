//! Finding input files and turning them into articles: in order for the command line,
//! in parallel for the reader's loader ([`crate::loader`]).

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::article::{Article, Records};
use crate::error::{Error, FileError};
use crate::{inputs, parse};

/// Extensions read from folders; files named on the command line are read whatever their name.
pub use inputs::EXTENSIONS;

/// Where articles come from.
#[derive(Debug, Clone)]
pub enum Source {
    File(PathBuf),
    /// A sample bundled into the binary: `(name, bytes)`.
    Embedded(&'static str, &'static [u8]),
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::File(path) => path.display().to_string(),
            Source::Embedded(name, _) => (*name).to_string(),
        }
    }
}

/// Expands files and folders into the files to read, in sorted order per folder. Folders are
/// walked recursively, skipping hidden entries and files of other kinds. Links are followed; a
/// link to a folder it is in (a loop) is an error said once, as is a link to nothing.
pub fn find_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for found in walk(paths) {
        match found {
            Ok(file) => files.push(file),
            Err(error) => errors.push(error),
        }
    }
    (files, errors)
}

/// [`find_files`] as it goes, so reading can start before the walk ends (a walk of 100,000
/// files takes a fifth of a second).
pub fn walk(paths: &[PathBuf]) -> impl Iterator<Item = Result<PathBuf, FileError>> + Send + '_ {
    paths.iter().flat_map(|path| -> Box<dyn Iterator<Item = Result<PathBuf, FileError>> + Send> {
        if !path.is_dir() {
            let found = match path.metadata() {
                Ok(_) => Ok(path.clone()),
                Err(error) => Err(FileError { path: path.clone(), error: Error::Io(error) }),
            };
            return Box::new(std::iter::once(found));
        }
        // By name: siblings share their folder's path, so comparing whole paths orders them by
        // name without taking each name apart again (`file_name()` parses the path per call).
        let walker = WalkDir::new(path)
            .follow_links(true)
            .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        Box::new(walker.filter_map(move |entry| match entry {
            Ok(entry) if entry.file_type().is_file() && is_article_file(entry.path()) => Some(Ok(entry.into_path())),
            Ok(_) => None,
            Err(err) => {
                let path = err.path().map_or_else(|| path.clone(), Path::to_path_buf);
                let error = if let Some(ancestor) = err.loop_ancestor() {
                    Error::LinkLoop(ancestor.to_path_buf())
                } else if path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) && !path.exists() {
                    Error::BrokenLink
                } else {
                    Error::Io(err.into_io_error().unwrap_or_else(|| std::io::Error::other("cannot walk the folder")))
                };
                Some(Err(FileError { path, error }))
            }
        }))
    })
}

fn is_article_file(path: &Path) -> bool {
    match path.extension() {
        None => true,
        Some(ext) => EXTENSIONS.iter().any(|e| ext.eq_ignore_ascii_case(e)),
    }
}

/// Reads at most [`parse::MAX_INPUT_BYTES`] (+1, so the parser knows it was cut).
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    read_bounded_into(path, &mut bytes)?;
    Ok(bytes)
}

/// [`read_bounded`] into `bytes`, reusing its room: a page then costs one `read` call and no
/// allocation (a growing buffer takes several calls for a 4 KB file).
fn read_bounded_into(path: &Path, bytes: &mut Vec<u8>) -> Result<(), Error> {
    const ROOM: usize = 64 << 10;
    bytes.clear();
    bytes.reserve(ROOM);
    File::open(path)?.take(parse::MAX_INPUT_BYTES as u64 + 1).read_to_end(bytes)?;
    // One huge page must not keep its room for good.
    if bytes.capacity() > 4 * ROOM && bytes.len() <= ROOM {
        bytes.shrink_to(ROOM);
    }
    Ok(())
}

thread_local! {
    static BUFFER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` on the bytes of a page (bounded as [`read_bounded`]), read into this thread's
/// buffer: for passes that only look at the bytes and keep nothing of them.
pub fn with_page<T>(source: &Source, f: impl FnOnce(&[u8]) -> Result<T, Error>) -> Result<T, Error> {
    match source {
        Source::Embedded(_, bytes) => f(bytes),
        Source::File(path) => BUFFER.with(|buffer| {
            let mut buffer = buffer.try_borrow_mut().map_err(|_| Error::Io(std::io::Error::other("busy buffer")))?;
            read_bounded_into(path, &mut buffer)?;
            f(&buffer)
        }),
    }
}

/// The articles of one input, and the records of it that could not be read (a bad line of
/// JSON Lines), each with the input's path.
#[derive(Debug, Default)]
pub struct Loaded {
    pub articles: Vec<Article>,
    pub bad: Vec<FileError>,
}

/// The bytes of a file as [`read_source`] reads them (a page bounded, a JSON archive or a feed
/// whole), with the file's metadata taken before reading: a change made while it is read shows
/// as a change next time.
pub fn read_with_metadata(path: &Path) -> Result<(Vec<u8>, std::fs::Metadata), Error> {
    let file = File::open(path)?;
    let metadata = file.metadata()?;
    let mut bytes = Vec::new();
    if inputs::read_whole(&path.display().to_string()) {
        (&file).read_to_end(&mut bytes)?;
    } else {
        file.take(parse::MAX_INPUT_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    }
    Ok((bytes, metadata))
}

/// Whether a folder's walk would read `path` (below `root`): no hidden part, an extension read
/// from folders (or none). For the folder watcher, whose events name any file.
pub fn is_walked(path: &Path, root: &Path) -> bool {
    let Ok(inside) = path.strip_prefix(root) else { return false };
    let hidden = inside.iter().any(|part| part.to_string_lossy().starts_with('.'));
    !hidden && (inside.as_os_str().is_empty() || is_article_file(path))
}

/// The articles of one input: one for a page of text or HTML, any number for JSON or a feed.
pub fn read_source(source: &Source) -> Result<Loaded, FileError> {
    let name = source.name();
    let result = match source {
        // A JSON archive or a feed is read whole; a page is cut at the parser's limit.
        Source::File(path) if inputs::read_whole(&name) => {
            std::fs::read(path).map_err(Error::Io).and_then(|bytes| inputs::read_bytes(&bytes, &name))
        }
        Source::File(path) => read_bounded(path).and_then(|bytes| inputs::read_bytes(&bytes, &name)),
        Source::Embedded(_, bytes) => inputs::read_bytes(bytes, &name),
    };
    let at = |error| FileError { path: PathBuf::from(&name), error };
    result.map(|Records { articles, bad }| Loaded { articles, bad: bad.into_iter().map(at).collect() }).map_err(at)
}

/// The tags of each article of one input, as [`read_source`] would find them, without the
/// full parse of a page of text (other kinds are parsed: their tags are in their markup); and
/// the records that could not be read.
pub fn read_tags(source: &Source) -> Result<(Vec<Vec<String>>, Vec<FileError>), FileError> {
    let name = source.name();
    let result = match source {
        Source::File(path) if inputs::read_whole(&name) => {
            std::fs::read(path).map_err(Error::Io).and_then(|bytes| inputs::tags_from_bytes(&bytes, &name))
        }
        page => with_page(page, |bytes| inputs::tags_from_bytes(bytes, &name)),
    };
    let at = |error| FileError { path: PathBuf::from(&name), error };
    result.map(|(tags, bad)| (tags, bad.into_iter().map(at).collect())).map_err(at)
}

/// Parses the bytes of a file named `name`, whatever its kind ([`inputs`]).
pub fn articles_from_bytes(bytes: &[u8], name: &str) -> Result<Vec<Article>, Error> {
    inputs::articles_from_bytes(bytes, name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn walks_folders_sorted_skipping_hidden_and_other_kinds() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/.hidden")).unwrap();
        for name in ["b/2.txt", "b/1.json", "a.jsonl", "README", "x.png", ".secret.txt", "b/.hidden/3.txt"] {
            fs::write(root.join(name), "x").unwrap();
        }
        let (files, errors) = find_files(&[root.to_path_buf()]);
        let names: Vec<_> =
            files.iter().map(|f| f.strip_prefix(root).unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["README", "a.jsonl", "b/1.json", "b/2.txt"]);
        assert!(errors.is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn links_are_followed_and_a_loop_or_a_link_to_nothing_is_said_once() {
        use std::os::unix::fs::symlink;
        let outside = tempfile::tempdir().unwrap();
        fs::create_dir(outside.path().join("more")).unwrap();
        fs::write(outside.path().join("more/linked.txt"), "x").unwrap();
        fs::write(outside.path().join("single.txt"), "x").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("sub")).unwrap();
        fs::write(root.join("sub/own.txt"), "x").unwrap();
        symlink(outside.path().join("more"), root.join("folder-link")).unwrap();
        symlink(outside.path().join("single.txt"), root.join("file-link.txt")).unwrap();
        symlink(root, root.join("sub/loop")).unwrap();
        symlink(root.join("nowhere"), root.join("dangling.txt")).unwrap();
        let (files, errors) = find_files(&[root.to_path_buf()]);
        let names: Vec<_> =
            files.iter().map(|f| f.strip_prefix(root).unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["file-link.txt", "folder-link/linked.txt", "sub/own.txt"]);
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].ends_with("dangling.txt: a link to nothing (its target does not exist)"), "{errors:?}");
        assert!(errors[1].contains("sub/loop: a link back to"), "{errors:?}");
        assert!(errors[1].ends_with("(a loop: not followed)"), "{errors:?}");
    }

    #[test]
    fn a_missing_path_is_an_error_and_the_rest_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Title\n\nBody text here.").unwrap();
        let (files, errors) = find_files(&[dir.path().join("nope"), dir.path().join("a.txt")]);
        assert_eq!(files.len(), 1);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().contains("nope"));
    }
}
