//! Compiles the article data file into static Rust data (`$OUT_DIR/data.rs`).
//! The file is `data/article.json` unless `QUOTE_EXPLORER_DATA` names another;
//! a broken file stops the build with one message per broken rule.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    println!("cargo:rerun-if-env-changed=QUOTE_EXPLORER_DATA");
    let shown = std::env::var("QUOTE_EXPLORER_DATA").unwrap_or_else(|_| "data/article.json".into());
    let path = manifest.join(&shown);
    println!("cargo:rerun-if-changed={}", path.display());

    // The published address the embed code points at (src/embed.rs reads it
    // with option_env!): an absolute http(s) URL without query or fragment.
    println!("cargo:rerun-if-env-changed=QUOTE_EXPLORER_PUBLIC_URL");
    if let Ok(url) = std::env::var("QUOTE_EXPLORER_PUBLIC_URL") {
        let absolute = url.starts_with("https://") || url.starts_with("http://");
        if !url.is_empty() && (!absolute || url.contains(['?', '#', '"', '<', ' '])) {
            eprintln!("\nQUOTE_EXPLORER_PUBLIC_URL: \"{url}\" is not an absolute http(s) address without query or fragment, e.g. https://news.example/interactives/quotes/\n");
            std::process::exit(1);
        }
    }

    let data = match qe_data::load_file(&path, &shown) {
        Ok(data) => data,
        Err(diagnostics) => {
            eprintln!(
                "\nThe article data file breaks {} rule(s):",
                diagnostics.0.len()
            );
            eprintln!("{diagnostics}\n");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("data.rs");
    if let Err(err) = std::fs::write(&out, qe_data::to_rust(&data)) {
        eprintln!("cannot write {}: {err}", out.display());
        std::process::exit(1);
    }
}
