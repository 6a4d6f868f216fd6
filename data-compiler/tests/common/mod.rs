//! The broken-data tests' shared steps: the smallest valid article, one
//! rule broken in it, and the messages a broken file gets.
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
