//! Doing what the app asks outside the reader ([`Effect`](crate::app::Effect)): starting the
//! browser and the pager (`open.rs`), writing the clipboard (`clipboard.rs`). Commands are run
//! as argument vectors, never through a shell.

pub mod clipboard;
pub mod open;

pub use open::Commands;
