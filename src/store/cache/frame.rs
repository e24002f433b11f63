//! Every cache file is framed the same way: a header that says what it is and which parser
//! wrote it, the payload, and a checksum of the payload. A file that was cut short, damaged,
//! or written by another parser is refused whole; a file is written under a temporary name and
//! renamed into place, so that no reader ever sees half of one.

use std::io::Write;
use std::path::Path;

use xxhash_rust::xxh3::Xxh3;

use super::CacheError;

const MAGIC: &[u8; 8] = b"TIDINGS\0";
/// Bumped when the layout of a cache file changes.
pub const FORMAT: u32 = 1;
/// Magic, kind, format, parser version, payload length.
const HEADER: usize = 8 + 1 + 4 + 8 + 8;

/// What a cache file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Manifest = 1,
    Shard = 2,
    Index = 3,
}

/// Writes `parts` (one payload, in pieces) as a file of `kind` at `path`, atomically.
pub fn write(path: &Path, kind: Kind, parser: u64, parts: &[&[u8]]) -> Result<(), CacheError> {
    let len: usize = parts.iter().map(|p| p.len()).sum();
    let mut hasher = Xxh3::new();
    parts.iter().for_each(|p| hasher.update(p));
    let mut header = Vec::with_capacity(HEADER);
    header.extend_from_slice(MAGIC);
    header.push(kind as u8);
    header.extend_from_slice(&FORMAT.to_le_bytes());
    header.extend_from_slice(&parser.to_le_bytes());
    header.extend_from_slice(&(len as u64).to_le_bytes());
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&temporary)?);
        file.write_all(&header)?;
        for part in parts {
            file.write_all(part)?;
        }
        file.write_all(&hasher.digest().to_le_bytes())?;
        file.into_inner().map_err(|e| e.into_error())?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    Ok(written?)
}

/// A file read whole, its payload checked.
pub struct Payload {
    bytes: Vec<u8>,
    len: usize,
}

impl Payload {
    /// The payload, without the header and the checksum (not copied out of the file's bytes).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes[HEADER..HEADER + self.len]
    }
}

/// The payload of the file of `kind` at `path`, written by the parser `parser`.
pub fn read(path: &Path, kind: Kind, parser: u64) -> Result<Payload, CacheError> {
    let bytes = std::fs::read(path)?;
    let Some((header, rest)) = bytes.split_at_checked(HEADER) else { return Err(CacheError::Damaged) };
    if &header[..8] != MAGIC || header[8] != kind as u8 {
        return Err(CacheError::Damaged);
    }
    let number = |at: usize| u64::from_le_bytes(header[at..at + 8].try_into().unwrap_or([0; 8]));
    if header[9..13] != FORMAT.to_le_bytes() || number(13) != parser {
        return Err(CacheError::Stale);
    }
    let len = usize::try_from(number(21)).map_err(|_| CacheError::Damaged)?;
    if rest.len() != len + 8 {
        return Err(CacheError::Damaged);
    }
    let (payload, sum) = rest.split_at(len);
    if xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes() != sum {
        return Err(CacheError::Damaged);
    }
    Ok(Payload { bytes, len })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_reads_back_only_whole_of_its_kind_and_parser() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.bin");
        write(&path, Kind::Shard, 7, &[b"hello ", b"world"]).unwrap();
        assert_eq!(read(&path, Kind::Shard, 7).unwrap().bytes(), b"hello world");
        assert!(matches!(read(&path, Kind::Shard, 8), Err(CacheError::Stale)));
        assert!(matches!(read(&path, Kind::Index, 7), Err(CacheError::Damaged)));
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 10;
        bytes[last] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert!(matches!(read(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        std::fs::write(&path, &bytes[..20]).unwrap();
        assert!(matches!(read(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        // Nothing but the file itself is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
