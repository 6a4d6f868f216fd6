//! Reads a Quote Explorer data file, checks every rule of the format, and
//! writes it as the data block a story's page carries for the app.
//!
//! This crate runs at build time only (from the app's `build.rs`, the
//! benchmarks and the tests): the browser never sees JSON. It knows nothing
//! of Yew or the browser. Every error names the file, the record (statement,
//! speaker, topic or the article) and the field, so a newsroom that swaps in
//! its own article can fix its data without reading Rust.

pub mod card;
pub mod check;
pub mod date;
pub mod draft;
mod emit;
pub mod folder;
#[cfg(feature = "card")]
pub mod hook;
pub mod l10n;
pub mod minify;
pub mod page;
pub mod passage;
#[cfg(feature = "card")]
pub mod preview;
#[cfg(feature = "card")]
pub mod publish;
#[cfg(feature = "card")]
pub mod story;

use std::fmt;
use std::path::Path;

pub use check::{Article, Checked, Data, Side, Speaker, Statement, Topic};
pub use emit::{payload, search_hint, PAYLOAD_VERSION};
pub use qe_core::{Kind, Relation, Stance, Vocabulary};

/// The environment variable that names another article's data.
pub const DATA_VARIABLE: &str = "QUOTE_EXPLORER_DATA";

/// The data the build uses, as its user named it: the path in
/// [`DATA_VARIABLE`], relative to the app's folder, or the built-in article.
pub fn data_path_shown() -> String {
    std::env::var(DATA_VARIABLE).unwrap_or_else(|_| "data/article.json".into())
}

/// The environment variable with the app's published address: the embed
/// code points there (`src/embed.rs`), and the share meta's `og:url`,
/// `og:image` and `twitter:image` are absolute under it.
pub const PUBLIC_URL_VARIABLE: &str = "QUOTE_EXPLORER_PUBLIC_URL";

/// The published address in `value` (unset or empty: none), if it is an
/// absolute http(s) URL without query or fragment; `Err` is the message
/// that stops the build. The one check for `build.rs` and the hook.
pub fn check_public_url(value: Option<&str>) -> Result<Option<&str>, String> {
    let Some(url) = value.filter(|url| !url.is_empty()) else {
        return Ok(None);
    };
    let absolute = url.starts_with("https://") || url.starts_with("http://");
    let unsafe_char = |c: char| c.is_whitespace() || c.is_control() || "?#\"<>".contains(c);
    if !absolute || url.contains(unsafe_char) {
        return Err(format!("{PUBLIC_URL_VARIABLE}: \"{}\" is not an absolute http(s) address without query or fragment, e.g. https://news.example/interactives/quotes/", url.escape_debug()));
    }
    Ok(Some(url))
}

/// [`check_public_url`] on the environment's [`PUBLIC_URL_VARIABLE`].
pub fn public_url() -> Result<Option<String>, String> {
    match std::env::var(PUBLIC_URL_VARIABLE) {
        Ok(value) => check_public_url(Some(&value)).map(|url| url.map(str::to_owned)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(value)) => Err(format!(
            "{PUBLIC_URL_VARIABLE}: {value:?} is not an absolute http(s) address without query or fragment, e.g. https://news.example/interactives/quotes/"
        )),
    }
}

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

/// Reads and validates the data at `path`, a JSON file or a folder of
/// spreadsheet tabs ([`folder`]); `shown_as` is the name used in messages
/// (the path as the user gave it).
pub fn check_path(path: &Path, shown_as: &str) -> Result<Checked, Diagnostics> {
    let shown_as = shown_as.trim_end_matches('/');
    let mut checked = if path.is_dir() {
        folder::check_folder(path, shown_as)?
    } else {
        match std::fs::read(path) {
            Ok(bytes) => check::check(shown_as, &bytes)?,
            Err(err) => {
                return Err(Diagnostics(vec![format!(
                    "{shown_as}: cannot read the data file: {err}"
                )]))
            }
        }
    };
    // The interface's words in the data's language, and the newsroom's
    // file of them: checked as strictly as the data.
    let compiled = l10n::catalogue(&checked.data, Some(path), shown_as)?;
    checked.warnings.extend(compiled.warnings);
    Ok(checked)
}

/// What `qe check` prints for broken data: every message, then how many
/// rules broke and what to do (`qe preview` shows the same lines).
pub fn check_report(shown: &str, diagnostics: &Diagnostics) -> String {
    format!(
        "{diagnostics}\n\n{shown}: {} broken rule(s); fix them and run this check again.",
        diagnostics.0.len()
    )
}

/// [`check_path`] without the warnings.
pub fn load_file(path: &Path, shown_as: &str) -> Result<Data, Diagnostics> {
    check_path(path, shown_as).map(|checked| checked.data)
}

/// Validates the bytes of a JSON data file named `file` in messages.
pub fn load(file: &str, bytes: &[u8]) -> Result<Data, Diagnostics> {
    check::check(file, bytes).map(|checked| checked.data)
}

/// The folder a data path's relative files (the share image) are read
/// from: the folder itself, or the JSON file's folder.
pub fn data_dir(path: &Path) -> &Path {
    if path.is_dir() {
        path
    } else {
        path.parent().unwrap_or(Path::new("."))
    }
}
