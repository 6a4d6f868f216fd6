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
//! `url.js` and the data's filter ids.
//!
//! With `--static OUT.html STYLESHEET` it instead writes the no-script
//! reference page used by the start-up benchmark.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::page;

fn fail(message: String) -> ExitCode {
    eprintln!("qe-prerender: {message}");
    ExitCode::FAILURE
}

/// Renders a story's first view: the app's default view as static HTML for
/// the page's data block it is given, or why it cannot.
pub type Render<'a> = &'a dyn Fn(&str) -> Result<String, String>;

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
    let payload = crate::payload(&data, public);
    let first_view = match render(&payload) {
        Ok(html) => html,
        Err(message) => return fail(message),
    };
    let first_view = first_view.as_str();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, out, stylesheet] = args.as_slice() {
        if flag == "--static" {
            return match std::fs::write(
                out,
                page::static_page(&data, public, stylesheet, first_view),
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
    let index = staging.join("index.html");
    let html = match std::fs::read_to_string(&index) {
        Ok(html) => html,
        Err(err) => return fail(format!("cannot read {}: {err}", index.display())),
    };
    let mut html = match page::fill(&html, &data, public, first_view, &payload) {
        Ok(html) => html,
        Err(missing) => return fail(format!("{}: {missing}", index.display())),
    };
    if let Err(message) = share_image(&data, &data_path, &shown, staging) {
        return fail(message);
    }
    if public.is_none() {
        eprintln!("qe-prerender: the share image and page address are relative (no og:url): set {}=https://… for link previews", crate::PUBLIC_URL_VARIABLE);
    }
    match page::extract_inline_module(&html, "init.js") {
        Ok(Some((rewritten, script))) => {
            if let Err(err) = std::fs::write(staging.join("init.js"), script) {
                return fail(format!("cannot write init.js: {err}"));
            }
            html = rewritten;
        }
        Ok(None) => {}
        Err(unexpected) => return fail(format!("{}: {unexpected}", index.display())),
    }
    let script = page::boot_script(&data);
    let boot = page::boot_file_name(&script);
    if let Err(err) = std::fs::write(staging.join(&boot), script) {
        return fail(format!("cannot write {boot}: {err}"));
    }
    html = match page::add_boot_script(&html, &boot) {
        Ok(html) => html,
        Err(missing) => return fail(format!("{}: {missing}", index.display())),
    };
    match std::fs::write(&index, html) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => fail(format!("cannot write {}: {err}", index.display())),
    }
}

/// The article's own share image beside the page (an editor's choice
/// wins), or the card drawn from the data.
fn share_image(
    data: &crate::Data,
    data_path: &Path,
    shown: &str,
    staging: &Path,
) -> Result<(), String> {
    let image = staging.join(page::share_image_file(data));
    if let Some(own) = &data.article.share_image {
        let from = crate::data_dir(data_path).join(own);
        std::fs::copy(&from, &image).map_err(|err| {
            format!(
                "{shown}: article field \"share_image\": cannot copy {}: {err}",
                from.display()
            )
        })?;
        return Ok(());
    }
    let png = crate::card::png(data)?;
    std::fs::write(&image, png).map_err(|err| format!("cannot write {}: {err}", image.display()))
}
