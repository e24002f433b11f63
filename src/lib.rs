//! tidings: a terminal reader for news articles saved as text from web pages.
//!
//! Data flows one way: files -> [`load`] / [`inputs`] -> [`parse`] / [`html`] / [`feed`] /
//! [`scraped`] -> [`Article`] -> [`corpus`] -> [`session`] -> [`app`] -> [`ui`]. Each module
//! uses only those of lower layers (the README's drawing, checked by `tests/layers.rs`).

// Input and the environment must never panic the reader: errors are returned or shown. Unit
// tests may unwrap (clippy.toml).
#![warn(clippy::unwrap_used, clippy::expect_used)]

/// The reader's state, actions and keys: everything but the terminal.
pub mod app;
/// The article model of `shared/FORMAT.md`.
pub mod article;
/// A fixed-size set of article numbers, shared by the filters, the search and the index.
pub mod bitmap;
/// The scripting subcommands (`parse`, `tags`, `quotes`).
pub mod commands;
/// The config file: keys, colours, the browser and pager commands, and its problems.
pub mod config;
/// Loaded articles, the tag index, sorting, filtering.
pub mod corpus;
/// Library errors.
pub mod error;
/// Articles written out (JSON Lines, Markdown, CSV), the export's filters and its safe target.
pub mod export;
/// Feed files (RSS, Atom, JSON Feed) -> one [`Article`] per item.
pub mod feed;
/// HTML pages -> [`Article`]: main content and the page's own metadata.
pub mod html;
/// The word index that answers searches at scale.
pub mod index;
/// Telling input kinds apart and sending each to its parser.
pub mod inputs;
/// JSON output that escapes every control character.
pub mod json;
/// The light first pass: exact tags and a provisional head, fast.
pub mod light;
/// Finding input files and reading them into articles, in parallel or in the background.
pub mod load;
/// The reader's background loader: light pass, then full parse.
pub mod loader;
/// The browser, the pager and the clipboard: what the reader hands things to.
pub mod outside;
/// Raw page text -> [`Article`].
pub mod parse;
/// The reader's event loop: terminal, loader and `App` together.
pub mod reader;
/// The bundled sample articles.
pub mod samples;
/// The JSON that news scrapers write (news-please, trafilatura, newspaper4k).
pub mod scraped;
/// A query and how it matches one article: case-insensitive literal search.
pub mod search;
/// The search session over the corpus: result cache, time-sliced jobs, notes for the next
/// keystroke, and the choice between the word index and the notes.
pub mod session;
/// What the reader writes: the reading state (data directory) and the cache of parsed
/// articles (cache directory).
pub mod store;
/// Untrusted text made safe for a terminal: the one check every output makes.
pub mod text;
/// The reader's colours: a style per part of the screen, the built-in themes, style words.
pub mod theme;
/// Drawing the reader from `&App`.
pub mod ui;

pub use article::{Article, Caption, Quote};
pub use corpus::Corpus;
pub use error::{Error, FileError};
