//! The cache written once loading is over: the index (after a load that built it), then the
//! manifest that names every file's articles, then the files no manifest names are swept. The
//! shards were written as their batches were parsed.

use super::files::Files;
use crate::store::cache::{CacheError, CacheSet};

/// Writes the index `snapshot` (when the load built one) and the manifest of what `files`
/// holds now.
pub(super) fn save(cache: &CacheSet, files: &mut Files, snapshot: Option<&[u8]>) -> Result<(), CacheError> {
    if let Some(snapshot) = snapshot {
        files.index = Some(cache.write_index(snapshot)?);
    }
    let manifest = files.manifest();
    cache.write_manifest(&manifest)?;
    cache.sweep(&manifest);
    Ok(())
}
