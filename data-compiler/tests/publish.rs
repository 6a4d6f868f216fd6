//! `qe publish`: three stories (the built-in article, the invented
//! four-side one, the hostile one) into one site that shares one app. The
//! app's files are copied once and byte for byte; each page carries its own
//! story's data block and no other's; a broken story is named and stops
//! nothing else. Runs `qe` as an editor does, which runs the app's
//! `qe-prerender` (built here in the hook's own profile and directory).

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

use common::{prerender, repo_root as repo};

/// A built app as `trunk build` leaves it, in small: the page the hook keeps
/// (`qe-template.html`), `init.js` and the files they name.
fn app(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    let files = [
        ("qe-template.html", "<!doctype html><html lang=en><meta charset=utf-8><link href=./app-1.css rel=stylesheet><script type=\"module\" src=\"./init.js\"></script><link href=./quote-explorer-2.js rel=modulepreload><link as=fetch href=./quote-explorer-3_bg.wasm rel=preload></head><body><div id=app></div></body></html>"),
        ("init.js", "import init from \"./quote-explorer-2.js\"; init({ module_or_path: new URL(\"./quote-explorer-3_bg.wasm\", import.meta.url) });"),
        ("app-1.css", "body{}"),
        ("quote-explorer-2.js", "export default function init() {}"),
        ("quote-explorer-3_bg.wasm", "\0asm\x01\0\0\0"),
        ("index.html", "the built-in story's page, not the app's"),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

fn qe_publish(site: &Path, app_dir: &Path, stories: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_qe"))
        .current_dir(repo())
        .env("QE_PRERENDER", prerender())
        .env_remove("QUOTE_EXPLORER_PUBLIC_URL")
        .arg("publish")
        .arg("--out")
        .arg(site)
        .arg("--app")
        .arg(app_dir)
        .args(stories)
        .output()
        .expect("qe runs")
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qe-publish-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn three_stories_share_one_app_and_each_page_carries_only_its_own_story() {
    let (site, app_dir) = (temp("site"), temp("app"));
    app(&app_dir);
    let output = qe_publish(
        &site,
        &app_dir,
        &[
            "data/article.json",
            "tests/fixtures/other-article",
            "hostile=tests/fixtures/hostile-article.json",
        ],
    );
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(said.starts_with("published 3 stories in "), "{said}");

    for name in [
        "app-1.css",
        "init.js",
        "quote-explorer-2.js",
        "quote-explorer-3_bg.wasm",
    ] {
        let copied = std::fs::read(site.join(name)).unwrap();
        assert_eq!(copied, std::fs::read(app_dir.join(name)).unwrap(), "{name}");
    }
    // The built-in story's own page in the app folder is not an app file.
    assert!(!site.join("index.html").exists());

    let headlines = [
        ("article", "Tillerson Meets Putin"),
        ("other-article", "Northport"),
        ("hostile", "window.__pwned=5"),
    ];
    for (slug, own) in headlines {
        let page = std::fs::read_to_string(site.join(slug).join("index.html")).unwrap();
        for shared in [
            "../app-1.css",
            "../init.js",
            "../quote-explorer-2.js",
            "../quote-explorer-3_bg.wasm",
        ] {
            assert!(page.contains(shared), "{slug}: {shared}");
        }
        assert!(!page.contains("=./app-1.css"), "{slug}");
        let block_at = page
            .find("<script type=\"application/json\" id=\"qe-data\">")
            .expect("a data block");
        let block = &page[block_at..];
        let block = &block[..block.find("</script>").unwrap()];
        assert!(block.contains(own), "{slug}: its own story");
        for (other, theirs) in headlines {
            if other != slug {
                assert!(!page.contains(theirs), "{slug} carries {other}'s story");
            }
        }
        assert_eq!(page.matches("id=\"qe-data\"").count(), 1);
        let files: Vec<String> = std::fs::read_dir(site.join(slug))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert_eq!(files.len(), 3, "{slug}: {files:?}");
        assert!(files
            .iter()
            .any(|f| f.starts_with("boot-") && f.ends_with(".js")));
        assert!(files.iter().any(|f| f == "share.png"));
    }
}

#[test]
fn a_broken_story_is_named_and_the_others_are_published() {
    let (site, app_dir) = (temp("broken-site"), temp("broken-app"));
    app(&app_dir);
    let broken = "data-compiler/tests/fixtures/broken/unknown-speaker.json";
    let output = qe_publish(&site, &app_dir, &["tests/fixtures/other-article", broken]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains(&format!(
            "{broken}: statement \"sokolov-no-progress\": field \"speaker\": unknown speaker"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("1 of 2 stories not published"), "{stderr}");
    assert!(site.join("other-article/index.html").is_file());
}

#[test]
fn without_a_built_app_it_says_how_to_build_one() {
    let site = temp("no-app");
    let output = qe_publish(&site, &temp("no-such-app"), &["data/article.json"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(
        stderr.contains("qe-template.html") && stderr.contains("scripts/dev.sh build"),
        "{stderr}"
    );
}
