//! House rules of the code's layout, read from the sources (ARCHITECTURE.md,
//! "Invariants"): imports point down, the shell's browser calls live in
//! `src/browser.rs`, the page scripts draw nothing, and the build crates know
//! no Yew and no browser. Plain text scans, natively; comment lines are
//! skipped, so a rule may be explained where it is kept.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let entries = fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The lines of `path` that are not comments, with their numbers.
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(i, line)| (i + 1, line.to_owned()))
        .collect()
}

/// `file:line: text` for every code line of `files` holding one of `words`,
/// unless the whole line is in `allowed`.
fn offences(files: &[PathBuf], words: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in files {
        for (n, line) in code_lines(file) {
            if allowed.contains(&line.trim()) {
                continue;
            }
            if let Some(word) = words.iter().find(|w| line.contains(*w)) {
                let shown = file.strip_prefix(root()).unwrap_or(file).display();
                found.push(format!("{shown}:{n}: {word} in `{}`", line.trim()));
            }
        }
    }
    found
}

#[test]
fn imports_point_down_from_the_root_to_the_parts_to_the_context() {
    let src = root().join("src");
    let mut parts = rust_files(&src.join("components"));
    parts.extend(rust_files(&src.join("hooks")));
    let up = offences(&parts, &["crate::app"], &[]);
    assert!(
        up.is_empty(),
        "components and hooks import `context`, never the root `app`:\n{}",
        up.join("\n")
    );
    let context = offences(
        &[src.join("context.rs")],
        &["crate::app", "crate::components", "crate::hooks"],
        &[],
    );
    assert!(
        context.is_empty(),
        "context.rs is below the components and hooks:\n{}",
        context.join("\n")
    );
}

#[test]
fn only_browser_rs_calls_web_sys_js_sys_and_wasm_bindgen() {
    let src = root().join("src");
    let files: Vec<PathBuf> = rust_files(&src)
        .into_iter()
        .filter(|f| f != &src.join("browser.rs"))
        .collect();
    let found = offences(
        &files,
        &[
            "web_sys",
            "js_sys",
            "wasm_bindgen::",
            "JsValue",
            "JsCast",
            "dyn_into",
            "unchecked_ref",
            "Closure",
        ],
        // The one export beyond the entry point (see app.rs).
        &["#[wasm_bindgen::prelude::wasm_bindgen]"],
    );
    assert!(
        found.is_empty(),
        "browser calls belong in src/browser.rs (gloo timers and listeners and \
         wasm_bindgen_futures::spawn_local are fine elsewhere):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_page_scripts_draw_nothing() {
    let scripts: Vec<PathBuf> = ["boot.js", "url.js", "init.js"]
        .iter()
        .map(|name| root().join("data-compiler/src").join(name))
        .collect();
    let found = offences(
        &scripts,
        &[
            "createElement",
            "innerHTML",
            "outerHTML",
            "insertAdjacent",
            "appendChild",
            "append(",
            "prepend(",
            "textContent",
            "innerText",
            "document.write",
            ".style",
        ],
        &[],
    );
    assert!(
        found.is_empty(),
        "the prerender writes the markup and the app renders it; the page \
         scripts only show, hide, tick and mark it:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_build_crates_know_no_yew_and_no_browser() {
    let shell = ["yew", "web-sys", "gloo", "wasm-bindgen"];
    for (manifest, also) in [
        ("core/Cargo.toml", &["serde", "serde_json"][..]),
        ("data-compiler/Cargo.toml", &[][..]),
    ] {
        let path = root().join(manifest);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{manifest}: {e}"));
        for line in text.lines().map(str::trim) {
            let name = line
                .split(|c: char| c == '=' || c.is_whitespace())
                .next()
                .unwrap_or_default();
            assert!(
                !shell.contains(&name) && !also.contains(&name),
                "{manifest} depends on {name}: the build crates know no Yew, no browser (and qe-core no JSON)"
            );
        }
    }
}

/// The app's code never names a message of `locales/en/page.ftl`: those
/// words are written into a page when it is published and are not in the
/// data block the app reads (an empty string there).
#[test]
fn the_app_names_no_message_only_a_page_is_written_with() {
    let page = fs::read_to_string(root().join("locales/en/page.ftl")).expect("page.ftl");
    let ids: Vec<&str> = page
        .lines()
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect();
    assert!(ids.len() > 10, "{ids:?}");
    let calls: Vec<String> = ids
        .iter()
        .flat_map(|id| {
            let camel: String = id
                .split('-')
                .map(|w| w[..1].to_ascii_uppercase() + &w[1..])
                .collect();
            [
                format!("m::{}(", id.replace('-', "_")),
                format!("Msg::{camel}"),
            ]
        })
        .collect();
    let words: Vec<&str> = calls.iter().map(String::as_str).collect();
    let mut files = rust_files(&root().join("src"));
    files.retain(|f| !f.ends_with("tests.rs") && !f.to_string_lossy().contains("/bin/"));
    files.extend(
        rust_files(&root().join("core/src"))
            .into_iter()
            .filter(|f| !f.to_string_lossy().contains("/i18n/")),
    );
    assert_eq!(offences(&files, &words, &[]), Vec::<String>::new());
}
