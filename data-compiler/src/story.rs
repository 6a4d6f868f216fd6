//! One story's page, written the same way by the post-build hook (the
//! built-in or `QUOTE_EXPLORER_DATA`'s story, into `dist/`) and by
//! `qe publish` (each story into its own folder of a site): the shared
//! app's page ([`Template`]) with the story's title and share meta, its
//! first view rendered by the app's own components, its data block, its
//! boot script and its share image.

use std::path::{Path, PathBuf};

use crate::{page, Data};

/// Renders a story's first view: the app's default view as static HTML for
/// the page's data block it is given, or why it cannot (the app's
/// `qe-prerender` passes its renderer).
pub type Render<'a> = &'a (dyn Fn(&str) -> Result<String, String> + Sync);

/// The file beside the built `index.html` that holds the shared app's page
/// before any story is written into it, for `qe publish`.
pub const TEMPLATE_FILE: &str = "qe-template.html";

/// The shared app's page: Trunk's `index.html` with its loader moved into
/// `init.js`, an empty `<div id="app">`, no title or meta.
#[derive(Debug, Clone)]
pub struct Template {
    pub html: String,
}

impl Template {
    /// The app's own files the page names (`./NAME`: the stylesheet,
    /// `init.js`, the glue module and the wasm), with those `init.js` names.
    pub fn app_files(&self, init_js: &str) -> Vec<String> {
        let mut files: Vec<String> = Vec::new();
        for text in [self.html.as_str(), init_js] {
            for (at, _) in text.match_indices("./") {
                let name: String = text[at + 2..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c))
                    .collect();
                if name.contains('.') && !files.contains(&name) {
                    files.push(name);
                }
            }
        }
        files
    }

    /// The page as a folder below the app's files sees it: `../NAME` for
    /// each of `files`.
    pub fn one_folder_down(&self, files: &[String]) -> Template {
        let mut html = self.html.clone();
        for name in files {
            html = html.replace(&format!("./{name}"), &format!("../{name}"));
        }
        Template { html }
    }
}

/// A story to write: its checked data, where it came from (its share image
/// is read beside it), the address it is published at, if known, and
/// whether to write its share image (the preview does not: link previews
/// never see it, and the card takes longer to draw than the page).
pub struct Story<'a> {
    pub data: &'a Data,
    pub data_path: &'a Path,
    pub shown: &'a str,
    pub url: Option<&'a str>,
    pub share_image: bool,
}

/// Writes `story`'s `index.html`, boot script and share image into `dir`.
pub fn write(template: &Template, story: &Story, dir: &Path, render: Render) -> Result<(), String> {
    crate::l10n::install(story.data, Some(story.data_path), story.shown)
        .map_err(|diagnostics| diagnostics.to_string())?;
    let payload = crate::payload(story.data, story.url);
    let first_view = render(&payload)?;
    let html = page::fill(&template.html, story.data, story.url, &first_view, &payload)?;
    let script = page::boot_script(story.data);
    let boot = page::boot_file_name(&script);
    let html = page::add_boot_script(&html, &boot)?;
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))
    };
    write(&boot, script.as_bytes())?;
    if story.share_image {
        share_image(story, dir)?;
    }
    write("index.html", html.as_bytes())
}

/// The article's own share image beside the page (an editor's choice
/// wins), or the card drawn from the data.
fn share_image(story: &Story, dir: &Path) -> Result<(), String> {
    let image: PathBuf = dir.join(page::share_image_file(story.data));
    if let Some(own) = &story.data.article.share_image {
        let from = crate::data_dir(story.data_path).join(own);
        std::fs::copy(&from, &image).map_err(|err| {
            format!(
                "{}: article field \"share_image\": cannot copy {}: {err}",
                story.shown,
                from.display()
            )
        })?;
        return Ok(());
    }
    let png = crate::card::png(story.data)?;
    std::fs::write(&image, png).map_err(|err| format!("cannot write {}: {err}", image.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html><link href=./app-1.css rel=stylesheet><script type=\"module\" src=\"./init.js\"></script><link href=./qe-2.js rel=modulepreload><link href=./qe-3_bg.wasm rel=preload><body><div id=app></div>";

    #[test]
    fn the_app_files_are_what_the_page_and_init_js_name() {
        let template = Template { html: PAGE.into() };
        let files = template.app_files(
            "import init from \"./qe-2.js\"; new URL('./qe-3_bg.wasm', import.meta.url)",
        );
        assert_eq!(files, ["app-1.css", "init.js", "qe-2.js", "qe-3_bg.wasm"]);
        let below = template.one_folder_down(&files);
        assert!(below.html.contains("href=../app-1.css "), "{}", below.html);
        assert!(below.html.contains("src=\"../init.js\""));
        assert!(below.html.contains("href=../qe-3_bg.wasm "));
        assert!(!below.html.contains("=./"));
    }
}
