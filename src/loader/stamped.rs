//! Every file of the folders with its size and modification time now, as a start from the
//! cache (`warm.rs`) and a rescan (`watch.rs`) compare them with the cache's.
//!
//! A start from the cache takes 100,000 of them while the shards are decoded, on the same
//! cores. On Linux each is taken relative to its folder, kept open while its files come
//! (`statx` on the folder's descriptor), so the kernel looks up one name rather than the whole
//! path each time: a third less time than `std::fs::metadata`. Anything that way cannot read
//! is asked again by path, which also gives the error to report.

use std::path::{Path, PathBuf};

use crate::error::{Error, FileError};
use crate::load;
use crate::store::cache::Stamp;

/// Every file the folders hold, as [`load::walk`] finds them, with its stamp now; and what
/// could not be walked or read.
/// `expected` is how many files there were last time (the vector is made that large at once).
pub(super) fn walk_stamped(paths: &[PathBuf], expected: usize) -> (Vec<(PathBuf, Stamp)>, Vec<FileError>) {
    let (mut files, mut errors) = (Vec::with_capacity(expected), Vec::new());
    let mut folder = Folder::default();
    for found in load::walk(paths) {
        let stamped = found.and_then(|path| match folder.stamp(&path) {
            Some(stamp) => Ok((path, stamp)),
            None => match std::fs::metadata(&path) {
                Ok(metadata) => Ok((path, Stamp::of(&metadata))),
                Err(error) => Err(FileError { path, error: Error::Io(error) }),
            },
        });
        match stamped {
            Ok(file) => files.push(file),
            Err(error) => errors.push(error),
        }
    }
    (files, errors)
}

/// The folder of the last file stamped, open: a walk gives a folder's files one after another.
#[derive(Default)]
struct Folder {
    #[cfg(target_os = "linux")]
    open: Option<(PathBuf, std::fs::File)>,
}

impl Folder {
    /// The stamp of the file at `path`, links followed, read relative to its folder; `None`
    /// when it cannot be read that way.
    #[cfg(target_os = "linux")]
    fn stamp(&mut self, path: &Path) -> Option<Stamp> {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;

        use rustix::fs::{AtFlags, StatxFlags, statx};
        // Split at the last `/` as bytes: a walk's paths are joined so, and `Path::parent`
        // and `file_name` would parse every component of each.
        let bytes = path.as_os_str().as_bytes();
        let slash = memchr::memrchr(b'/', bytes)?;
        let (parent, name) = (&bytes[..slash.max(1)], OsStr::from_bytes(&bytes[slash + 1..]));
        if name.is_empty() || name == "." || name == ".." {
            return None;
        }
        let same = self.open.as_ref().is_some_and(|(open, _)| open.as_os_str().as_bytes() == parent);
        if !same {
            let parent = Path::new(OsStr::from_bytes(parent));
            self.open = std::fs::File::open(parent).ok().map(|dir| (parent.to_path_buf(), dir));
        }
        let (_, dir) = self.open.as_ref()?;
        let stat = statx(dir, name, AtFlags::empty(), StatxFlags::SIZE | StatxFlags::MTIME).ok()?;
        let wanted = StatxFlags::SIZE | StatxFlags::MTIME;
        if !StatxFlags::from_bits_retain(stat.stx_mask).contains(wanted) {
            return None;
        }
        let (seconds, nanos) = (stat.stx_mtime.tv_sec, i64::from(stat.stx_mtime.tv_nsec));
        Some(Stamp { size: stat.stx_size, modified: seconds.saturating_mul(1_000_000_000).saturating_add(nanos) })
    }

    #[cfg(not(target_os = "linux"))]
    fn stamp(&mut self, _path: &Path) -> Option<Stamp> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_read_in_its_folder_is_the_stamp_read_by_path() {
        let dir = tempfile::tempdir().unwrap();
        let nested = dir.path().join("a").join("b");
        std::fs::create_dir_all(&nested).unwrap();
        for (i, folder) in [dir.path(), nested.as_path(), dir.path()].iter().enumerate() {
            std::fs::write(folder.join(format!("{i}.txt")), "x".repeat(i * 100)).unwrap();
        }
        // A time before 1970, with nanoseconds: the sign and the sum must match std's.
        let old = std::time::UNIX_EPOCH - std::time::Duration::new(5, 250_000_000);
        let file = std::fs::File::options().write(true).open(dir.path().join("0.txt")).unwrap();
        file.set_modified(old).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(nested.join("1.txt"), dir.path().join("link.txt")).unwrap();
        let (files, errors) = walk_stamped(&[dir.path().to_path_buf()], 0);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(files.len(), if cfg!(unix) { 4 } else { 3 });
        let mut folder = Folder::default();
        for (path, stamp) in &files {
            assert_eq!(*stamp, Stamp::of(&std::fs::metadata(path).unwrap()), "{path:?}");
            if cfg!(target_os = "linux") {
                assert_eq!(folder.stamp(path), Some(*stamp), "{path:?}");
            }
        }
        assert!(files.iter().any(|(_, stamp)| stamp.modified == -5_250_000_000));
        // A file gone since the walk, or a path without a folder, is asked again by path.
        assert_eq!(folder.stamp(&dir.path().join("gone.txt")), None);
        assert_eq!(folder.stamp(Path::new("Cargo.toml")), None);
        assert_eq!(folder.stamp(Path::new("/")), None);
    }
}
