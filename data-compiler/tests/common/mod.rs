//! The tests' shared steps: the smallest valid article, one rule broken in
//! it, the messages a broken file gets, and the app's prerenderer built as
//! Trunk's hook builds it.
// Each test crate uses its own part of this module.
#![allow(dead_code)]

use qe_data::load;

pub const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

pub fn valid_article() -> String {
    std::fs::read_to_string(format!("{FIXTURES}/valid.json"))
        .expect("the valid fixture is readable")
}

/// The messages for the bytes of a data file shown as `file`.
pub fn messages_for(file: &str, bytes: &[u8]) -> Vec<String> {
    match load(file, bytes) {
        Ok(_) => panic!("{file} loaded although it breaks a rule"),
        Err(diagnostics) => diagnostics.0,
    }
}

/// The messages for `fixtures/broken/<name>.json`, shown under its file name.
pub fn messages(name: &str) -> Vec<String> {
    let file = format!("{name}.json");
    let bytes =
        std::fs::read(format!("{FIXTURES}/broken/{file}")).expect("the broken fixture is readable");
    messages_for(&file, &bytes)
}

/// The valid article with its one occurrence of `old` replaced.
pub fn valid_article_with(old: &str, new: &str) -> String {
    let text = valid_article();
    assert_eq!(
        text.matches(old).count(),
        1,
        "{old} occurs once in the valid article"
    );
    text.replace(old, new)
}

/// The workspace root, where the build resolves `QUOTE_EXPLORER_DATA`.
pub fn repo_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("qe-data sits in the workspace")
        .to_path_buf()
}

/// The app's `qe-prerender` (the build's hook, `qe publish`), built in the
/// profile and target directory Trunk's hook uses, so the build is shared.
pub fn prerender() -> std::path::PathBuf {
    let status =
        std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
            .current_dir(repo_root())
            .args([
                "build",
                "--quiet",
                "--profile",
                "prerender",
                "--features",
                "ssr",
            ])
            .args(["--target-dir", "target/prerender", "--bin", "qe-prerender"])
            .status()
            .expect("cargo runs");
    assert!(status.success(), "qe-prerender builds");
    repo_root().join("target/prerender/prerender/qe-prerender")
}
