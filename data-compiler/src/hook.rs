//! Trunk's post-build hook, run by the app's `qe-prerender` with the first
//! view it rendered: writes the title, share meta and that first view into
//! `$TRUNK_STAGING_DIR/index.html` (before `</head>` and inside
//! `<div id="app">`, minified or not) from the data (`QUOTE_EXPLORER_DATA`,
//! default `data/article.json`), copies the data's share image beside it
//! or draws the share card from the data ([`crate::card`], `share.png`),
//! moves Trunk's inline loader script into `init.js` (`init.js` in this
//! folder, with the file names Trunk's loader gives), and adds
//! `boot-<hash>.js`, the classic script that runs first (the embed's look,
//! early heights, the notice when the app cannot start): `boot.js` with
//! `url.js` and the data's filter ids. The page before any story is written
//! into it stays beside it ([`story::TEMPLATE_FILE`]) for `qe publish`,
//! which writes every story the same way ([`story::write`]).
//!
//! With `--static OUT.html STYLESHEET` it instead writes the no-script
//! reference page used by the start-up benchmark.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::page;
pub use crate::story::Render;
use crate::story::{self, Story, Template};

fn fail(message: String) -> ExitCode {
    eprintln!("qe-prerender: {message}");
    ExitCode::FAILURE
}

/// The hook, with `render`, the app's own renderer.
pub fn run(render: Render) -> ExitCode {
    let shown = crate::data_path_shown();
    let root =
        std::env::var_os("TRUNK_SOURCE_DIR").map_or_else(|| PathBuf::from("."), PathBuf::from);
    let data_path = root.join(&shown);
    let data = match crate::load_file(&data_path, &shown) {
        Ok(data) => data,
        Err(diagnostics) => {
            eprintln!("{diagnostics}");
            return fail(format!("the article data breaks {} rule(s). For these messages alone, run: scripts/dev.sh qe check {shown}", diagnostics.0.len()));
        }
    };
    let public = match crate::public_url() {
        Ok(public) => public,
        Err(message) => return fail(message),
    };
    let public = public.as_deref();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, out, stylesheet] = args.as_slice() {
        if flag == "--static" {
            if let Err(diagnostics) = crate::l10n::install(&data, Some(&data_path), &shown) {
                return fail(diagnostics.to_string());
            }
            let first_view = match render(&crate::payload(&data, public)) {
                Ok(html) => html,
                Err(message) => return fail(message),
            };
            return match std::fs::write(
                out,
                page::static_page(&data, public, stylesheet, &first_view),
            ) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => fail(format!("cannot write {out}: {err}")),
            };
        }
    }
    let Some(staging) = std::env::var_os("TRUNK_STAGING_DIR") else {
        return fail("run me as a Trunk post_build hook (TRUNK_STAGING_DIR is not set), or with --static OUT.html STYLESHEET".into());
    };
    let staging = Path::new(&staging);
    let template = match template(staging) {
        Ok(template) => template,
        Err(message) => return fail(message),
    };
    let story = Story {
        data: &data,
        data_path: &data_path,
        shown: &shown,
        url: public,
        share_image: true,
    };
    if let Err(message) = story::write(&template, &story, staging, render) {
        return fail(message);
    }
    if public.is_none() {
        eprintln!("qe-prerender: the share image and page address are relative (no og:url): set {}=https://… for link previews", crate::PUBLIC_URL_VARIABLE);
    }
    ExitCode::SUCCESS
}

/// wasm-bindgen's glue module, the one script Trunk stages, minified again
/// ([`crate::minify`]): Trunk's minifier keeps its top-level names, which
/// are the module's own (its exports keep theirs). The page's
/// `modulepreload` of it gets its new integrity digest. Returns the page.
fn minify_glue(staging: &Path, mut html: String) -> Result<String, String> {
    let entries = std::fs::read_dir(staging)
        .map_err(|err| format!("cannot read {}: {err}", staging.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "js") {
            let glue = std::fs::read_to_string(&path)
                .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
            let small = crate::minify::minify(&glue, crate::minify::Kind::Module)
                .map_err(|err| format!("{}: {err}", path.display()))?;
            html = html.replace(
                &crate::minify::integrity(&glue),
                &crate::minify::integrity(&small),
            );
            std::fs::write(&path, small)
                .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        }
    }
    Ok(html)
}

/// Trunk's staged page as the shared app's page: its inline loader moved
/// into `init.js`; kept as [`story::TEMPLATE_FILE`] for `qe publish`.
fn template(staging: &Path) -> Result<Template, String> {
    let index = staging.join("index.html");
    let html = std::fs::read_to_string(&index)
        .map_err(|err| format!("cannot read {}: {err}", index.display()))?;
    let html = minify_glue(staging, html)?;
    let html = match page::extract_inline_module(&html, "init.js") {
        Ok(Some((rewritten, script))) => {
            std::fs::write(staging.join("init.js"), script)
                .map_err(|err| format!("cannot write init.js: {err}"))?;
            rewritten
        }
        Ok(None) => html,
        Err(unexpected) => return Err(format!("{}: {unexpected}", index.display())),
    };
    std::fs::write(staging.join(story::TEMPLATE_FILE), &html)
        .map_err(|err| format!("cannot write {}: {err}", story::TEMPLATE_FILE))?;
    Ok(Template { html })
}
