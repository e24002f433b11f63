//! The sample articles written by the team (`assets/`), bundled into the binary.

/// `(name, bytes)` of every bundled sample, in name order.
pub static SAMPLES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/samples.rs"));
