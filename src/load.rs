//! Finding input files and turning them into articles: in order for the command line,
//! in parallel for the reader's loader ([`crate::loader`]).

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::article::Article;
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
/// walked recursively, skipping hidden entries and files of other kinds.
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
            .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        Box::new(walker.filter_map(move |entry| match entry {
            Ok(entry) if entry.file_type().is_file() && is_article_file(entry.path()) => Some(Ok(entry.into_path())),
            Ok(_) => None,
            Err(err) => {
                let path = err.path().map_or_else(|| path.clone(), Path::to_path_buf);
                let error =
                    Error::Io(err.into_io_error().unwrap_or_else(|| std::io::Error::other("loop in folder links")));
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
pub fn read_source(source: &Source) -> Result<Vec<Article>, FileError> {
    let name = source.name();
    let result = match source {
        // A JSON archive or a feed is read whole; a page is cut at the parser's limit.
        Source::File(path) if inputs::read_whole(&name) => {
            std::fs::read(path).map_err(Error::Io).and_then(|bytes| articles_from_bytes(&bytes, &name))
        }
        Source::File(path) => read_bounded(path).and_then(|bytes| articles_from_bytes(&bytes, &name)),
        Source::Embedded(_, bytes) => articles_from_bytes(bytes, &name),
    };
    result.map_err(|error| FileError { path: PathBuf::from(&name), error })
}

/// The tags of each article of one input, as [`read_source`] would find them, without the
/// full parse of a page of text (other kinds are parsed: their tags are in their markup).
pub fn read_tags(source: &Source) -> Result<Vec<Vec<String>>, FileError> {
    let name = source.name();
    let result = match source {
        Source::File(path) if inputs::read_whole(&name) => {
            std::fs::read(path).map_err(Error::Io).and_then(|bytes| inputs::tags_from_bytes(&bytes, &name))
        }
        page => with_page(page, |bytes| inputs::tags_from_bytes(bytes, &name)),
    };
    result.map_err(|error| FileError { path: PathBuf::from(&name), error })
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
