//! Reads a Quote Explorer data file, checks every rule of the format, and
//! compiles it into Rust source for the app to `include!`.
//!
//! This crate runs at build time only (from the app's `build.rs`, the
//! benchmarks and the tests): the browser never sees JSON. It knows nothing
//! of Yew or the browser. Every error names the file, the record (statement,
//! speaker, topic or the article) and the field, so a newsroom that swaps in
//! its own article can fix its data without reading Rust.

#[path = "../../src/card.rs"]
pub mod card;
mod check;
mod emit;
/// The app's folding (`src/text.rs`), for the search text built here.
#[path = "../../src/text.rs"]
pub mod fold;
#[path = "../../src/html.rs"]
pub mod html;
pub mod page;
pub mod text;

use std::fmt;
use std::path::Path;

pub use check::{Article, Data, Kind, Side, Speaker, Stance, Statement, Topic};
pub use emit::to_rust;

/// Every rule the data broke, one message per line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<String>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// Reads and validates the data file at `path`; `shown_as` is the name used
/// in messages (the path as the user gave it).
pub fn load_file(path: &Path, shown_as: &str) -> Result<Data, Diagnostics> {
    match std::fs::read(path) {
        Ok(bytes) => load(shown_as, &bytes),
        Err(err) => Err(Diagnostics(vec![format!(
            "{shown_as}: cannot read the data file: {err}"
        )])),
    }
}

/// Validates the bytes of a data file named `file` in messages.
pub fn load(file: &str, bytes: &[u8]) -> Result<Data, Diagnostics> {
    check::check(file, bytes)
}
