//! The page around the app: the title and share meta, the first view
//! written into `<div id="app">` (the app's own components rendered to HTML
//! at build time by `qe-prerender`), Trunk's loader moved into `init.js`,
//! and the first script (`boot.js`, with `url.js`). The first view is what
//! readers without WebAssembly and search engines see, what the first paint
//! shows before the app takes over (which then moves nothing), and (as a
//! whole page with no script) the reference the start-up benchmark compares
//! against.

use crate::minify::{minify, Kind};
use crate::Data;
use qe_core::html::escape;
use qe_core::i18n::{self, m, Arg, Msg};
use std::sync::OnceLock;

/// One sentence describing the data, for `<meta name="description">`:
/// how many statements by how many speakers (the narrator is the article,
/// not a speaker), from which article, and where and when, when the data
/// says, in the installed catalogue's words (`page-description`).
pub fn description(data: &Data) -> String {
    let speakers = data.speakers.iter().filter(|s| !s.is_narrator()).count();
    let a = &data.article;
    let statements = data.statements.len();
    match crate::card::setting_in_words(a) {
        None => m::page_description(&a.headline, speakers, statements),
        Some(setting) => i18n::format(
            Msg::PageDescriptionSetting,
            &[
                (&a.headline).into(),
                Arg::Written(&setting),
                speakers.into(),
                statements.into(),
            ],
        ),
    }
}

/// `<title>` and the Open Graph / Twitter card meta. The share image is the
/// data's own (`share_image`, copied beside the page by the hook) or else
/// the card the hook draws from the data ([`crate::card`]): never another
/// article's. With the published address (`public`, checked by
/// [`crate::check_public_url`]) the image's address is absolute, as link
/// previews need, and `og:url` names the page; without it the image's
/// address is relative and there is no `og:url`.
pub fn head(data: &Data, public: Option<&str>) -> String {
    let title = escape(&m::page_title(&data.article.headline));
    let description = escape(&description(data));
    let name = share_image_file(data);
    let image = escape(&public.map_or_else(|| name.to_owned(), |url| beside(url, name)));
    let alt = escape(&if data.article.share_image.is_some() {
        m::share_image_alt(&data.article.headline)
    } else {
        crate::card::alt(data)
    });
    let size = if data.article.share_image.is_none() {
        format!(
            "\n  <meta property=\"og:image:width\" content=\"{}\">\n  <meta property=\"og:image:height\" content=\"{}\">",
            crate::card::WIDTH,
            crate::card::HEIGHT
        )
    } else {
        String::new()
    };
    let url = public.map_or_else(String::new, |url| {
        format!("\n  <meta property=\"og:url\" content=\"{}\">", escape(url))
    });
    format!(
        r#"<title>{title}</title>
  <meta name="description" content="{description}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{description}">{url}
  <meta property="og:image" content="{image}">{size}
  <meta property="og:image:alt" content="{alt}">
  <meta name="twitter:card" content="summary_large_image">
  <meta name="twitter:title" content="{title}">
  <meta name="twitter:description" content="{description}">
  <meta name="twitter:image" content="{image}">"#
    )
}

/// The share image's file name beside `index.html`: the data's own
/// `share_image` under its file name, or the generated card's.
pub fn share_image_file(data: &Data) -> &str {
    data.article
        .share_image
        .as_deref()
        .map_or(crate::card::FILE_NAME, |path| {
            path.rsplit('/').next().unwrap_or(path)
        })
}

/// The address of `file` beside the page published at `url`: in its folder
/// (`https://a.example/quotes/` or `https://a.example/quotes/index.html`
/// give `https://a.example/quotes/FILE`); a last segment without a dot is a
/// folder (`https://a.example/quotes` gives the same).
pub fn beside(url: &str, file: &str) -> String {
    let path_at = url.find("://").map_or(0, |i| i + 3);
    let last = url[path_at..].rfind('/').map(|i| path_at + i);
    match last {
        Some(slash) if url[slash + 1..].contains('.') => format!("{}{file}", &url[..=slash]),
        Some(slash) if slash + 1 == url.len() => format!("{url}{file}"),
        _ => format!("{url}/{file}"),
    }
}

/// Trunk's `index.html` with the data written in: the title and share meta
/// ([`head`], with the published address `public`) before `</head>`,
/// `first_view` (the app's default view as static HTML) inside `<div
/// id="app">`, which the app replaces when it starts, and right after that
/// element the page's data block (`payload`, [`crate::payload`]), which the
/// app reads. Anchored on elements rather than comments, so it works on
/// minified HTML too; `Err` names what is missing.
pub fn fill(
    html: &str,
    data: &Data,
    public: Option<&str>,
    first_view: &str,
    payload: &str,
) -> Result<String, String> {
    let head_at = html
        .find("</head>")
        .ok_or("index.html has no </head> to write the title and meta before")?;
    let body_at = ["<div id=\"app\">", "<div id=app>"]
        .iter()
        .find_map(|open| html.find(open).map(|at| at + open.len()))
        .filter(|&at| at > head_at)
        .ok_or("index.html has no <div id=\"app\"> in its body to write the statements into")?;
    let app_end = html[body_at..]
        .find("</div>")
        .filter(|&end| html[body_at..body_at + end].trim().is_empty())
        .map(|end| body_at + end + "</div>".len())
        .ok_or("index.html's <div id=\"app\"> is not empty: the first view goes there")?;
    let html_at = html
        .find("<html")
        .filter(|&at| at < head_at)
        .ok_or("index.html has no <html> tag to give the story's language")?;
    let html_end = html_at
        + html[html_at..]
            .find('>')
            .ok_or("index.html's <html> tag is not closed")?
        + 1;
    Ok(format!(
        "{}{}{}{}\n{}{}</div>{}{}",
        &html[..html_at],
        html_tag(),
        &html[html_end..head_at],
        head(data, public),
        &html[head_at..body_at],
        first_view,
        data_block(payload),
        &html[app_end..]
    ))
}

/// `<html lang dir>` for the installed catalogue's language (a checked
/// tag: letters, digits and hyphens).
fn html_tag() -> String {
    let catalogue = qe_core::i18n::current();
    let dir = if catalogue.rtl { "rtl" } else { "ltr" };
    format!("<html lang=\"{}\" dir=\"{dir}\">", catalogue.lang)
}

/// The page's data block: `payload` is JSON that cannot close the element
/// (qe-data writes `<` as `\u003c`).
pub fn data_block(payload: &str) -> String {
    debug_assert!(!payload.contains('<'));
    format!("<script type=\"application/json\" id=\"qe-data\">{payload}</script>")
}

/// A whole page with the first view and no script: the start-up reference.
pub fn static_page(
    data: &Data,
    public: Option<&str>,
    stylesheet: &str,
    first_view: &str,
) -> String {
    format!(
        "<!doctype html>\n{}\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  {}\n  <link rel=\"stylesheet\" href=\"{}\">\n</head>\n<body>\n{}\n</body>\n</html>\n",
        html_tag(),
        head(data, public),
        escape(stylesheet),
        first_view
    )
}

/// `init.js`, the module script that starts the app: Trunk's loader as a
/// file of its own, which shows the notice when the app cannot start. In
/// place of its strings `'QE_GLUE'` and `'QE_WASM'` (once each, outside
/// comments) [`extract_inline_module`] writes the build's file names. See
/// the file's comment.
pub const INIT_JS: &str = include_str!("init.js");

/// Moves an inline `<script type="module">…</script>` (Trunk's loader) into
/// a file, so the page runs under a CSP without `'unsafe-inline'`: the file
/// is [`INIT_JS`], with the two names that change with each build (the
/// wasm-bindgen glue module and the wasm) taken from the loader, plain or
/// minified (`trunk build --release` minifies). Returns the new HTML and the
/// script; `Ok(None)` if there is no inline script, `Err` if there is one
/// but not of the shape init.js stands in for (then init.js needs a look).
pub fn extract_inline_module(
    html: &str,
    file_name: &str,
) -> Result<Option<(String, String)>, String> {
    let Some((start, open)) = ["<script type=\"module\">", "<script type=module>"]
        .iter()
        .find_map(|open| html.find(open).map(|start| (start, open.len())))
    else {
        return Ok(None);
    };
    let body_start = start + open;
    let end = body_start
        + html[body_start..]
            .find("</script>")
            .ok_or("Trunk's inline module script has no </script>")?;
    let loader = &html[body_start..end];
    let unexpected = |what: &str| {
        format!("Trunk's inline loader {what}; init.js (data-compiler/src/init.js) stands in for one that imports the glue module, starts it with `module_or_path`, sets window.wasmBindings and dispatches TrunkApplicationStarted: {loader}")
    };
    let glue = loader
        .trim_start()
        .strip_prefix("import")
        .and_then(|rest| rest.find("from").map(|at| &rest[at + "from".len()..]))
        .and_then(string_literal)
        .ok_or_else(|| unexpected("does not start by importing the glue module"))?;
    let wasm = loader
        .find("module_or_path:")
        .and_then(|at| string_literal(&loader[at + "module_or_path:".len()..]))
        .ok_or_else(|| unexpected("names no wasm file (`module_or_path: '…'`)"))?;
    for needed in ["window.wasmBindings", "TrunkApplicationStarted"] {
        if !loader.contains(needed) {
            return Err(unexpected(&format!("has no {needed}")));
        }
    }
    let script = small(
        &INIT_JS.replacen("'QE_GLUE'", &js_string(glue), 1).replacen(
            "'QE_WASM'",
            &js_string(wasm),
            1,
        ),
        Kind::Module,
    );
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let rewritten = format!(
        "{}{tag}{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    Ok(Some((rewritten, script)))
}

/// The text of the JavaScript string literal `code` starts with (after
/// blanks): quoted with `'`, `"` or `` ` ``, with no escape or `${`, as
/// Trunk writes file names.
fn string_literal(code: &str) -> Option<&str> {
    let code = code.trim_start();
    let quote = code
        .chars()
        .next()
        .filter(|c| matches!(c, '\'' | '"' | '`'))?;
    let text = &code[1..];
    let text = &text[..text.find(quote)?];
    (!text.is_empty() && !text.contains(['\\', '\n']) && !text.contains("${")).then_some(text)
}

/// `text` as a JavaScript string literal (JSON's, which JavaScript reads).
fn js_string(text: &str) -> String {
    serde_json::to_string(text).expect("a string serializes")
}

/// url.js: `qeReadUrl`, boot.js's one reader of the URL, as location.rs
/// reads it (a test compares the two: tests/boot_reader.rs). See its comment.
pub const URL_JS: &str = include_str!("url.js");

/// The classic script that runs first ([`add_boot_script`]): the embed's
/// layout and look on `<html>`, heights until the app reports its own, and
/// the notice when the app's module never runs. See the file's comment.
pub const BOOT_JS: &str = include_str!("boot.js");

/// The data's filter values in data order, as url.js takes them (`ids`): a
/// JavaScript object literal.
pub fn filter_ids(data: &Data) -> String {
    let speakers: Vec<&str> = data.speakers.iter().map(|s| s.id.as_str()).collect();
    let topics: Vec<&str> = data.topics.iter().map(|t| t.id.as_str()).collect();
    let stances: Vec<&str> = crate::Stance::ALL.iter().map(|s| s.id()).collect();
    let list = |ids: &[&str]| serde_json::to_string(ids).expect("strings serialize");
    format!(
        "{{\"speaker\":{},\"topic\":{},\"stance\":{}}}",
        list(&speakers),
        list(&topics),
        list(&stances)
    )
}

/// [`BOOT_JS`] as served for `data`: with `var qeFilterIds = …;` (its
/// [`filter_ids`]) and [`URL_JS`] right after its `'use strict';`, inside
/// its function (no new global), minified (it loads on every page, before
/// the first paint). Minified once for every story a run writes, the ids
/// left as a placeholder (a global name, which no minifier renames).
pub fn boot_script(data: &Data) -> String {
    const IDS: &str = "QE_FILTER_IDS";
    static SMALL: OnceLock<String> = OnceLock::new();
    let small = SMALL.get_or_init(|| {
        let mut source = String::with_capacity(BOOT_JS.len() + URL_JS.len() + 64);
        let mut inserted = false;
        for line in BOOT_JS.lines() {
            source.push_str(line);
            source.push('\n');
            if !inserted && line.trim() == "'use strict';" {
                source.push_str(&format!("var qeFilterIds = {IDS};\n"));
                source.push_str(URL_JS);
                inserted = true;
            }
        }
        assert!(
            inserted,
            "boot.js has no 'use strict'; line to write url.js after"
        );
        let small = self::small(&source, Kind::Classic);
        assert_eq!(small.matches(IDS).count(), 1, "{small}");
        small
    });
    small.replacen(IDS, &filter_ids(data), 1)
}

/// `script` (one of ours: boot.js, url.js, init.js) minified
/// ([`crate::minify`]).
fn small(script: &str, kind: Kind) -> String {
    minify(script, kind).unwrap_or_else(|err| panic!("the page's own script ({kind:?}) is {err}"))
}

/// `boot-<hash>.js`: named after `script`, as Trunk names the other files,
/// so a new version is never served from a stale cache.
pub fn boot_file_name(script: &str) -> String {
    // FNV-1a: stable across builds and Rust versions.
    let hash = script.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("boot-{hash:016x}.js")
}

/// Loads `file` (the [`BOOT_JS`] script) as a classic, blocking script at the
/// end of `<head>`: it must set the embed's classes before the first paint.
/// No `crossorigin`, no `integrity`: in a sandboxed frame (an opaque origin)
/// either would make it a CORS request, and it must run when CORS is missing.
pub fn add_boot_script(html: &str, file: &str) -> Result<String, String> {
    let head_end = html
        .find("</head>")
        .ok_or("index.html has no </head> to load the boot script before")?;
    Ok(format!(
        "{}<script src=\"./{file}\"></script>{}",
        &html[..head_end],
        &html[head_end..]
    ))
}

#[cfg(test)]
mod tests;
