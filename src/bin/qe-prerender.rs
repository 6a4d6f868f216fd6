//! Trunk's post-build hook: renders the app's first view (the default URL,
//! nothing chosen) with the app's own components, natively
//! ([`quote_explorer::app::prerender`]), for the story it installs from the
//! page's data block, and writes both into the built page with the title,
//! share meta and scripts ([`qe_data::hook::run`]). The static first view
//! and the app have one source.
//!
//! The story is `QUOTE_EXPLORER_DATA` (default `data/article.json`), read
//! when it runs: the app itself carries no story. With `--static OUT.html
//! STYLESHEET`, the start-up benchmark's no-script reference page instead.

use quote_explorer::{app, model};

/// The first view of the story in `block`.
fn render(block: &str) -> Result<String, String> {
    model::install(model::payload::read(String::from(block).leak())?);
    Ok(app::prerender())
}

fn main() -> std::process::ExitCode {
    qe_data::hook::run(&render)
}
