//! The built-in article (`data/article.json`) as the page's data block
//! (`$OUT_DIR/data.json`, `model::BUILTIN_BLOCK`), which the tests (native
//! and in the browser) and the prerender's default read. The app never
//! uses it, so the wasm carries no article: it reads the story from its page,
//! so one app serves every story (the post-build hook and `qe publish`
//! write the block into each page). Broken data stops the build with one
//! line per broken rule.

use std::path::PathBuf;

const BUILTIN: &str = "data/article.json";

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let path = manifest.join(BUILTIN);
    println!("cargo::rerun-if-changed={}", path.display());
    let checked = match qe_data::check_path(&path, BUILTIN) {
        Ok(checked) => checked,
        Err(diagnostics) => {
            for line in &diagnostics.0 {
                println!("cargo::error={line}");
            }
            println!(
                "cargo::error=The built-in article breaks {} rule(s). For these messages alone, run: scripts/dev.sh qe check {BUILTIN}",
                diagnostics.0.len()
            );
            return;
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("data.json");
    if let Err(err) = std::fs::write(&out, qe_data::payload(&checked.data, None)) {
        println!("cargo::error=cannot write {}: {err}", out.display());
    }
}
