//! The promise that a broken data file stops the app's build with readable
//! messages and no panic: first through the same calls the build makes,
//! then by running the build's post-build hook with `QUOTE_EXPLORER_DATA`
//! naming a broken fixture.

mod common;

use std::process::Command;
use std::time::Instant;

use common::{prerender, repo_root};

const UNKNOWN_SPEAKER: &str = "data-compiler/tests/fixtures/broken/unknown-speaker.json";
const UNKNOWN_SPEAKER_MESSAGE: &str = r#"data-compiler/tests/fixtures/broken/unknown-speaker.json: statement "sokolov-no-progress": field "speaker": unknown speaker "lavrov" (not in "speakers")"#;

/// What the build's hook does with `QUOTE_EXPLORER_DATA=<shown>`.
fn load_as_the_build_does(shown: &str) -> Result<qe_data::Data, qe_data::Diagnostics> {
    qe_data::load_file(&repo_root().join(shown), shown)
}

#[test]
fn the_build_refuses_a_broken_file_with_messages_that_name_it_as_given() {
    let diagnostics = load_as_the_build_does(UNKNOWN_SPEAKER).unwrap_err();
    assert_eq!(diagnostics.to_string(), UNKNOWN_SPEAKER_MESSAGE);
}

#[test]
fn every_broken_fixture_stops_the_build_and_each_message_names_its_file() {
    let dir = repo_root().join("data-compiler/tests/fixtures/broken");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let shown = format!("data-compiler/tests/fixtures/broken/{name}");
        let diagnostics = load_as_the_build_does(&shown).unwrap_err();
        assert!(!diagnostics.0.is_empty(), "{shown}");
        for message in &diagnostics.0 {
            assert!(message.starts_with(&format!("{shown}: ")), "{message}");
            assert!(!message.contains('\n'), "one message per line: {message:?}");
        }
    }
}

#[test]
fn the_published_article_and_the_valid_fixture_pass_the_build() {
    for shown in [
        "data/article.json",
        "data-compiler/tests/fixtures/valid.json",
    ] {
        let data = load_as_the_build_does(shown).unwrap_or_else(|d| panic!("{d}"));
        assert!(
            qe_data::payload(&data, None).starts_with(&format!("[{},", qe_data::PAYLOAD_VERSION))
        );
    }
}

#[test]
fn a_missing_data_file_stops_the_build_with_its_name() {
    let diagnostics = load_as_the_build_does("data/no-such-article.json").unwrap_err();
    assert_eq!(diagnostics.0.len(), 1);
    assert!(
        diagnostics.0[0].starts_with("data/no-such-article.json: cannot read the data file: "),
        "{diagnostics}"
    );
}

/// Runs the post-build hook (`qe-prerender`, in the target directory and
/// profile Trunk's hook uses, so the build is shared) as `trunk build`
/// does, with `env`. The app itself no longer reads the data: the hook
/// checks it and writes it into the page.
fn run_the_hook(env: &[(&str, &str)]) -> std::process::Output {
    let root = repo_root();
    let mut command = Command::new(prerender());
    command
        .current_dir(&root)
        .env("TRUNK_SOURCE_DIR", &root)
        .env_remove("TRUNK_STAGING_DIR")
        .env_remove("QUOTE_EXPLORER_DATA")
        .env_remove("QUOTE_EXPLORER_PUBLIC_URL")
        .env_remove("RUST_BACKTRACE");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("cargo runs")
}

#[test]
fn the_build_hook_fails_with_the_data_message_and_no_panic() {
    let started = Instant::now();
    let output = run_the_hook(&[("QUOTE_EXPLORER_DATA", UNKNOWN_SPEAKER)]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    eprintln!("the hook took {:.1?}", started.elapsed());
    assert!(!output.status.success(), "the hook succeeded:\n{stderr}");
    // The broken rule comes first, alone on its line, then how to see it again.
    assert_eq!(
        stderr.lines().next(),
        Some(UNKNOWN_SPEAKER_MESSAGE),
        "{stderr}"
    );
    assert!(
        stderr.contains("the article data breaks 1 rule(s). For these messages alone, run: scripts/dev.sh qe check data-compiler/tests/fixtures/broken/unknown-speaker.json"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
}

/// The published address the embed code points at must be one: a build
/// given something else stops, naming the variable, before any page is
/// written.
#[test]
fn the_build_hook_refuses_a_public_url_that_is_not_an_absolute_address() {
    for url in ["news.example/quotes/", "https://news.example/quotes/?x=1"] {
        let output = run_the_hook(&[("QUOTE_EXPLORER_PUBLIC_URL", url)]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success(),
            "{url}: the hook succeeded:\n{stderr}"
        );
        assert!(
            stderr.contains(&format!(
                "QUOTE_EXPLORER_PUBLIC_URL: \"{url}\" is not an absolute http(s) address"
            )),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
