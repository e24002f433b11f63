//! Every cache file is framed the same way: a header that says what it is and which parser
//! wrote it, the payload, and a checksum of the payload. A file that was cut short, damaged,
//! or written by another parser is refused whole; a file is written under a temporary name and
//! renamed into place, so that no reader ever sees half of one.

use std::io::{Read, Write};
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
    Grams = 4,
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

    /// The payload in the file's own buffer (moved to its start, not copied to another).
    pub fn into_vec(mut self) -> Vec<u8> {
        self.bytes.truncate(HEADER + self.len);
        self.bytes.drain(..HEADER);
        self.bytes
    }
}

/// The payload of the file of `kind` at `path`, written by the parser `parser`.
pub fn read(path: &Path, kind: Kind, parser: u64) -> Result<Payload, CacheError> {
    let bytes = std::fs::read(path)?;
    let Some((header, rest)) = bytes.split_at_checked(HEADER) else { return Err(CacheError::Damaged) };
    let len = payload_len(header, kind, parser)?;
    if rest.len() != len + 8 {
        return Err(CacheError::Damaged);
    }
    let (payload, sum) = rest.split_at(len);
    if xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes() != sum {
        return Err(CacheError::Damaged);
    }
    Ok(Payload { bytes, len })
}

/// The payload of the file of `kind` at `path` in two buffers, for a payload that starts with
/// the length of its first part (8 bytes, little-endian): the first part with that length
/// before it, and the rest in a buffer of its own, read straight into it (a shard's block of
/// text, which becomes the articles' text without a copy).
pub fn read_split(path: &Path, kind: Kind, parser: u64) -> Result<(Vec<u8>, Vec<u8>), CacheError> {
    let mut file = std::fs::File::open(path)?;
    let size = file.metadata()?.len();
    let mut header = [0; HEADER];
    exactly(&mut file, &mut header)?;
    let len = payload_len(&header, kind, parser)?;
    // The lengths are checked against the file's size before anything is allocated for them.
    if size != (HEADER + len + 8) as u64 || len < 8 {
        return Err(CacheError::Damaged);
    }
    let mut first = [0; 8];
    exactly(&mut file, &mut first)?;
    let head_len = usize::try_from(u64::from_le_bytes(first)).map_err(|_| CacheError::Damaged)?;
    let rest_len = (len - 8).checked_sub(head_len).ok_or(CacheError::Damaged)?;
    let mut head = Vec::with_capacity(8 + head_len);
    head.extend_from_slice(&first);
    read_len(&mut file, &mut head, head_len)?;
    let mut rest = Vec::with_capacity(rest_len);
    prefault(&mut rest);
    read_len(&mut file, &mut rest, rest_len)?;
    let mut sum = [0; 8];
    exactly(&mut file, &mut sum)?;
    let mut hasher = Xxh3::new();
    hasher.update(&head);
    hasher.update(&rest);
    if hasher.digest().to_le_bytes() != sum {
        return Err(CacheError::Damaged);
    }
    Ok((head, rest))
}

/// The payload's length a header gives, once it is known to be of `kind` and `parser`.
fn payload_len(header: &[u8], kind: Kind, parser: u64) -> Result<usize, CacheError> {
    if header.len() != HEADER || &header[..8] != MAGIC || header[8] != kind as u8 {
        return Err(CacheError::Damaged);
    }
    let number = |at: usize| u64::from_le_bytes(header[at..at + 8].try_into().unwrap_or([0; 8]));
    if header[9..13] != FORMAT.to_le_bytes() || number(13) != parser {
        return Err(CacheError::Stale);
    }
    usize::try_from(number(21)).map_err(|_| CacheError::Damaged)
}

/// Maps in the pages of `buf`'s spare room in one call, before a read fills them: a start from
/// the cache reads 400 MB of text into new memory, and the kernel otherwise takes a page fault
/// for each 4 KiB page as it copies (about a tenth of the start's CPU time). Linux 5.14 and
/// later; elsewhere, or if the call fails, the pages fault in as before.
fn prefault(buf: &mut Vec<u8>) {
    #[cfg(target_os = "linux")]
    {
        // Pages of 4 KiB: with larger ones the range is not aligned, and the call fails harmlessly.
        const PAGE: usize = 4096;
        let spare = buf.spare_capacity_mut();
        let start = spare.as_mut_ptr() as usize;
        let (from, to) = (start.next_multiple_of(PAGE), (start + spare.len()) / PAGE * PAGE);
        if to > from {
            // SAFETY: `from..to` lies within the vector's own allocation (its spare room), and
            // MADV_POPULATE_WRITE only maps its pages in, as a write would, changing no byte.
            #[allow(unsafe_code, reason = "std has no call to map in memory ahead of a read")]
            unsafe {
                libc::madvise(from as *mut libc::c_void, to - from, libc::MADV_POPULATE_WRITE);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = buf;
}

/// Fills `buf` from `file`; a file that ends first is damaged.
fn exactly(file: &mut std::fs::File, buf: &mut [u8]) -> Result<(), CacheError> {
    file.read_exact(buf).map_err(|e| match e.kind() {
        std::io::ErrorKind::UnexpectedEof => CacheError::Damaged,
        _ => CacheError::Io(e),
    })
}

/// Appends the next `len` bytes of `file` to `buf` (into its spare room, unzeroed); a file that
/// ends first is damaged.
fn read_len(file: &mut std::fs::File, buf: &mut Vec<u8>, len: usize) -> Result<(), CacheError> {
    let before = buf.len();
    file.take(len as u64).read_to_end(buf)?;
    if buf.len() - before != len {
        return Err(CacheError::Damaged);
    }
    Ok(())
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
        assert_eq!(read(&path, Kind::Shard, 7).unwrap().into_vec(), b"hello world");
        assert!(matches!(read(&path, Kind::Shard, 8), Err(CacheError::Stale)));
        assert!(matches!(read(&path, Kind::Index, 7), Err(CacheError::Damaged)));
        let mut bytes = std::fs::read(&path).unwrap();
        let last = bytes.len() - 10;
        bytes[last] ^= 1;
        std::fs::write(&path, &bytes).unwrap();
        assert!(matches!(read(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        assert!(matches!(read_split(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        std::fs::write(&path, &bytes[..20]).unwrap();
        assert!(matches!(read_split(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        assert!(matches!(read(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        // Nothing but the file itself is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_split_read_gives_both_parts_as_written_and_refuses_lengths_that_lie() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.bin");
        let first = b"records";
        write(&path, Kind::Shard, 7, &[&(first.len() as u64).to_le_bytes(), first, b"the block"]).unwrap();
        let (head, rest) = read_split(&path, Kind::Shard, 7).unwrap();
        assert_eq!(&head[8..], first);
        assert_eq!(rest, b"the block");
        assert!(matches!(read_split(&path, Kind::Shard, 8), Err(CacheError::Stale)));
        // A first part said to be longer than the payload, checksum and all made right.
        write(&path, Kind::Shard, 7, &[&1000u64.to_le_bytes(), first]).unwrap();
        assert!(matches!(read_split(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        // A payload too short to hold the length.
        write(&path, Kind::Shard, 7, &[b"abc"]).unwrap();
        assert!(matches!(read_split(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
        // One more byte at the end.
        write(&path, Kind::Shard, 7, &[&0u64.to_le_bytes(), b"x"]).unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        assert_eq!(read_split(&path, Kind::Shard, 7).unwrap().1, b"x");
        bytes.push(0);
        std::fs::write(&path, &bytes).unwrap();
        assert!(matches!(read_split(&path, Kind::Shard, 7), Err(CacheError::Damaged)));
    }
}
