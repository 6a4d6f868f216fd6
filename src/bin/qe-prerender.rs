//! The app's native side: renders a story's first view (the default URL,
//! nothing chosen) with the app's own components
//! ([`quote_explorer::app::prerender`]) for the story it installs from the
//! page's data block, so the static first view and the app have one source.
//!
//! - As Trunk's post-build hook (no arguments): the story is
//!   `QUOTE_EXPLORER_DATA` (default `data/article.json`), written into the
//!   built page with its title, share meta and scripts
//!   ([`qe_data::hook::run`]). With `--static OUT.html STYLESHEET`, the
//!   start-up benchmark's no-script reference page instead.
//! - `qe-prerender publish --out SITE [--app DIR] DATA…` (what `qe publish`
//!   runs): many stories into one site that shares the built app
//!   ([`qe_data::publish`]).
//! - `qe-prerender preview DATA [--port N]` (what `qe preview` runs): one
//!   story served with the built app, redrawn whenever its files are saved
//!   ([`qe_data::preview`]).
//!
//! The app itself carries no story, so neither needs a Rust build per story.

use quote_explorer::{app, model};

/// The first view of the story in `block`, installed on this thread. The
/// block's catalogue leaves out the words only a page's writing uses
/// (`locales/*/page.ftl`), so the full one the page is being written with
/// (`qe_data::l10n::install`, the same language) stays installed for the
/// title and share meta written after this.
fn render(block: &str) -> Result<String, String> {
    let writing = qe_core::i18n::current();
    model::install(model::payload::read(String::from(block).leak())?);
    qe_core::i18n::install(writing);
    Ok(app::prerender())
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((command, rest)) if command == "publish" => qe_data::publish::run(rest, &render),
        Some((command, rest)) if command == "preview" => qe_data::preview::run(rest, &render),
        _ => qe_data::hook::run(&render),
    }
}
