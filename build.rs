//! Compiles the article data into static Rust data (`$OUT_DIR/data.rs`).
//! The data is `data/article.json` unless `QUOTE_EXPLORER_DATA` names
//! another JSON file or a folder of spreadsheet tabs; broken data stops the
//! build with one line per broken rule and nothing else (no backtrace).

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    println!("cargo::rerun-if-env-changed={}", qe_data::DATA_VARIABLE);
    let shown = qe_data::data_path_shown();
    let path = manifest.join(&shown);
    // A folder's files each count (Cargo watches a folder's whole tree).
    println!("cargo::rerun-if-changed={}", path.display());

    // The published address the embed code points at (src/embed.rs reads it
    // with option_env!): an absolute http(s) URL without query or fragment,
    // checked as the post-build hook checks it for the share meta.
    println!(
        "cargo::rerun-if-env-changed={}",
        qe_data::PUBLIC_URL_VARIABLE
    );
    if let Err(message) = qe_data::public_url() {
        println!("cargo::error={message}");
        return;
    }

    let checked = match qe_data::check_path(&path, &shown) {
        Ok(checked) => checked,
        Err(diagnostics) => {
            for line in &diagnostics.0 {
                println!("cargo::error={line}");
            }
            println!(
                "cargo::error=The article data breaks {} rule(s). For these messages alone, run: scripts/dev.sh qe check {shown}",
                diagnostics.0.len()
            );
            return;
        }
    };
    for line in &checked.warnings {
        println!("cargo::warning={line}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("data.rs");
    if let Err(err) = std::fs::write(&out, qe_data::to_rust(&checked.data)) {
        println!("cargo::error=cannot write {}: {err}", out.display());
    }
}
