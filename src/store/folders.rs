//! Where the reader writes: the user's data directory for the reading state and the cache
//! directory for parsed articles (the platform's own places, by the `dirs` crate:
//! `$XDG_DATA_HOME` and `$XDG_CACHE_HOME` on Linux, `~/Library/Application Support` and
//! `~/Library/Caches` on macOS, `%APPDATA%` and `%LOCALAPPDATA%` on Windows), each overridden
//! by an environment variable. Never beside the articles.

use std::path::{Path, PathBuf};

/// Overrides the data directory (the reading state).
pub const DATA_ENV: &str = "TIDINGS_DATA_DIR";
/// Overrides the cache directory (parsed articles).
pub const CACHE_ENV: &str = "TIDINGS_CACHE_DIR";

/// The folder of tidings in the platform's data directory, or `TIDINGS_DATA_DIR`.
pub fn data_dir() -> Option<PathBuf> {
    from_env(DATA_ENV).or_else(|| dirs::data_dir().map(|dir| dir.join("tidings")))
}

/// The folder of tidings in the platform's cache directory, or `TIDINGS_CACHE_DIR`.
pub fn cache_dir() -> Option<PathBuf> {
    from_env(CACHE_ENV).or_else(|| dirs::cache_dir().map(|dir| dir.join("tidings")))
}

fn from_env(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|value| !value.is_empty()).map(PathBuf::from)
}

/// What names the set of paths opened: each made absolute (resolved when it exists), sorted,
/// without repeats, one per line. `tidings ~/news` and `tidings ~/news/` are one set; the
/// bundled samples (no path) are `samples`.
pub fn set_key(paths: &[PathBuf]) -> String {
    if paths.is_empty() {
        return "samples".to_string();
    }
    let mut absolute: Vec<String> = paths.iter().map(|p| absolute(p).display().to_string()).collect();
    absolute.sort();
    absolute.dedup();
    absolute.join("\n")
}

fn absolute(path: &Path) -> PathBuf {
    path.canonicalize().or_else(|_| std::path::absolute(path)).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_of_paths_is_named_whatever_their_order_and_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        let one = set_key(&[a.clone(), b.clone()]);
        assert_eq!(one, set_key(&[b.join("."), a.clone(), a.join("../a")]));
        assert_ne!(one, set_key(std::slice::from_ref(&a)));
        assert_eq!(set_key(&[]), "samples");
    }
}
