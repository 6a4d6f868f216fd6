//! Quote Explorer's one vocabulary, shared by the build (`qe-data`, which
//! reads and checks the data) and the app (which shows it): what kinds,
//! stances and relations exist and the words for each ([`vocab`]), how text
//! is folded for search ([`text`]), how HTML text is escaped ([`html`]) and
//! how a statement card is written ([`card`]).
//!
//! Plain Rust: no Yew, no web-sys, no JSON (in the wasm, js-sys lends it
//! the browser's lowercasing; see `text::fold`). A concept changes here and
//! both sides follow.

pub mod card;
pub mod html;
pub mod i18n;
pub mod text;
pub mod vocab;

pub use vocab::{side_class, Kind, Relation, Stance, Vocabulary, MAX_SIDES};
