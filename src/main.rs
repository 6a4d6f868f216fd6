//! The WebAssembly entry point: mounts the app into `<div id="app">`.

#[cfg(target_arch = "wasm32")]
fn main() {
    quote_explorer::app::start();
}

/// Natively there is no app to run: the core is a library, tested with `cargo test`.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("quote-explorer runs in the browser: build it with `trunk build`.");
}
