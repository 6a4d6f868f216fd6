//! Trunk's post-build hook: renders the app's first view (the default URL,
//! nothing chosen) with the app's own components, natively
//! ([`quote_explorer::app::prerender`]), and writes it into the built page
//! with the title, share meta and scripts ([`qe_data::hook::run`]). The
//! static first view and the app have one source.
//!
//! Built with the same data as the wasm (`QUOTE_EXPLORER_DATA`) by the hook
//! in Trunk.toml, in `target/prerender`. With `--static OUT.html STYLESHEET`, the start-up
//! benchmark's no-script reference page instead.

fn main() -> std::process::ExitCode {
    qe_data::hook::run(&quote_explorer::app::prerender())
}
