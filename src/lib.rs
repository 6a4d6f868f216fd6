//! Quote Explorer: a news article as an explorable set of statements.
//!
//! The pure core (`model`, `filter`, `location`, `state`, `embed`, `credit`,
//! and the vocabulary, folding and card writer re-exported from `qe-core`) is
//! plain Rust with no browser in sight, tested natively. The Yew shell
//! (`app`, `context`, `components`, `hooks`, `browser`) exists only in the
//! WebAssembly build and the build-time prerender, and turns state into
//! HTML and events into actions. See ARCHITECTURE.md.

pub mod credit;
pub mod embed;
pub mod filter;
pub mod location;
pub mod model;
pub mod state;

/// The vocabulary's writers and folding ([`qe_core`]), shared with the build.
pub use qe_core::{card, html, text};

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod app;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod browser;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod components;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod context;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub mod hooks;
