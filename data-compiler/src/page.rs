//! The page around the app: the title and share meta, the first view
//! written into `<div id="app">` (the app's own components rendered to HTML
//! at build time by `qe-prerender`), Trunk's loader moved into `init.js`,
//! and the first script (`boot.js`). The first view is what readers without
//! WebAssembly and search engines see, what the first paint shows before
//! the app takes over (which then moves nothing), and (as a whole page with
//! no script) the reference the start-up benchmark compares against.

use crate::Data;
use qe_core::html::escape;

/// One sentence describing the data, for `<meta name="description">`.
pub fn description(data: &Data) -> String {
    format!(
        "{} statements by {} speakers from “{}”: filter by speaker, topic and whether each is agreed or disputed.",
        data.statements.len(),
        data.speakers.len(),
        data.article.headline
    )
}

/// `<title>` and the Open Graph / Twitter card meta. The share image is the
/// data's own (`share_image`, copied beside the page by the hook), or none:
/// never another article's.
pub fn head(data: &Data) -> String {
    let title = escape(&format!("{} · Quote Explorer", data.article.headline));
    let description = escape(&description(data));
    let image = data.article.share_image.as_deref().map_or_else(String::new, |path| {
        let name = escape(share_image_name(path));
        let alt = escape(&format!("Quote Explorer: statements from “{}”", data.article.headline));
        format!(
            "\n  <meta property=\"og:image\" content=\"{name}\">\n  <meta property=\"og:image:alt\" content=\"{alt}\">\n  <meta name=\"twitter:image\" content=\"{name}\">"
        )
    });
    let card = if image.is_empty() {
        "summary"
    } else {
        "summary_large_image"
    };
    format!(
        r#"<title>{title}</title>
  <meta name="description" content="{description}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{title}">
  <meta property="og:description" content="{description}">{image}
  <meta name="twitter:card" content="{card}">
  <meta name="twitter:title" content="{title}">
  <meta name="twitter:description" content="{description}">"#
    )
}

/// The file name the share image gets beside `index.html`.
pub fn share_image_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Trunk's `index.html` with the data written in: the title and share meta
/// before `</head>`, `first_view` (the app's default view as static HTML)
/// inside `<div id="app">`, which the app replaces when it starts. Anchored
/// on elements rather than comments, so it works on minified HTML too;
/// `Err` names what is missing.
pub fn fill(html: &str, data: &Data, first_view: &str) -> Result<String, String> {
    let head_at = html
        .find("</head>")
        .ok_or("index.html has no </head> to write the title and meta before")?;
    let body_at = ["<div id=\"app\">", "<div id=app>"]
        .iter()
        .find_map(|open| html.find(open).map(|at| at + open.len()))
        .filter(|&at| at > head_at)
        .ok_or("index.html has no <div id=\"app\"> in its body to write the statements into")?;
    Ok(format!(
        "{}{}\n{}{}{}",
        &html[..head_at],
        head(data),
        &html[head_at..body_at],
        first_view,
        &html[body_at..]
    ))
}

/// A whole page with the first view and no script: the start-up reference.
pub fn static_page(data: &Data, stylesheet: &str, first_view: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  {}\n  <link rel=\"stylesheet\" href=\"{}\">\n</head>\n<body>\n{}\n</body>\n</html>\n",
        head(data),
        escape(stylesheet),
        first_view
    )
}

/// Moves an inline `<script type="module">…</script>` (Trunk's loader) into
/// a file, so the page runs under a CSP without `'unsafe-inline'`, and makes
/// a failed start visible: the loader's statements run in a `try`, and on an
/// error the `#app-failed` notice appears over the static statements.
/// Returns the new HTML and the script, or `None` if there is no inline script.
pub fn extract_inline_module(html: &str, file_name: &str) -> Option<(String, String)> {
    // As Trunk writes it, or minified (`trunk build --release` minifies).
    let (start, open) = ["<script type=\"module\">", "<script type=module>"]
        .iter()
        .find_map(|open| html.find(open).map(|start| (start, open.len())))?;
    let body_start = start + open;
    let end = body_start + html[body_start..].find("</script>")?;
    // Leading `import` statements stay at the top of the module; the rest runs
    // in the `try`. A statement ends at `;` or a line end (minified code has
    // no line ends, Trunk's own loader one statement per line).
    let mut rest = html[body_start..end].trim();
    let mut imports = Vec::new();
    while rest.starts_with("import") {
        let stop = rest.find([';', '\n']).map_or(rest.len(), |i| i + 1);
        imports.push(rest[..stop].trim());
        rest = rest[stop..].trim_start();
    }
    // The wasm module boot.js began compiling during parsing, else the file.
    let rest = rest.replacen("module_or_path:", "module_or_path:await window.qeWasm||", 1);
    let statements: Vec<&str> = rest.lines().filter(|l| !l.trim().is_empty()).collect();
    // The mark tells boot.js that the module ran (see BOOT_JS). When the
    // static page is the view (no `qe-pending`), it is painted before the app
    // starts: with the wasm compiled during parsing, the app would otherwise
    // take the main thread first and the reader would wait for its paint.
    // The timer starts it where frames do not come (a frame out of sight).
    let script = format!(
        "{}\ndocument.documentElement.classList.add(\"qe-module\");\ntry {{\n{PAINTED}\n{}\n}} catch (error) {{\n  console.error(\"Quote Explorer could not start:\", error);\n  document.documentElement.classList.remove(\"qe-pending\");\n  const notice = document.getElementById(\"app-failed\");\n  if (notice) notice.hidden = false;\n}}\n",
        imports.join("\n"),
        statements.join("\n")
    );
    let tag = format!("<script type=\"module\" src=\"./{file_name}\"></script>");
    let rewritten = format!(
        "{}{tag}{}",
        &html[..start],
        &html[end + "</script>".len()..]
    );
    Some((rewritten, script))
}

/// init.js's wait for the static page's first paint (see
/// [`extract_inline_module`]): none once the paint is on record, else a
/// frame, or 200 ms where frames do not come.
const PAINTED: &str = "if (!document.documentElement.classList.contains(\"qe-pending\") && !performance.getEntriesByName(\"first-contentful-paint\").length) await new Promise((painted) => { requestAnimationFrame(() => setTimeout(painted)); setTimeout(painted, 200); });";

/// The classic script that runs first ([`add_boot_script`]): the embed's
/// layout and look on `<html>`, heights until the app reports its own, and
/// the notice when the app's module never runs. See the file's comment.
pub const BOOT_JS: &str = include_str!("boot.js");

/// [`BOOT_JS`] as served: without its comments and indentation (it loads on
/// every page, before the first paint). Safe for that file, which has no
/// multi-line strings and no line that starts with `//` inside code.
pub fn boot_script() -> String {
    let mut out = String::with_capacity(BOOT_JS.len());
    for line in BOOT_JS.lines().map(str::trim) {
        if !line.is_empty() && !line.starts_with("//") {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
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
mod tests {
    use super::*;
    use crate::{Article, Kind, Relation, Speaker, Stance, Statement, Topic};

    fn data_with(statements: usize) -> Data {
        Data {
            article: Article {
                headline: "H".into(),
                paragraphs: vec!["P".into()],
                ..Article::default()
            },
            sides: vec![crate::Side {
                id: "o".into(),
                label: "O".into(),
            }],
            speakers: vec![Speaker {
                id: "s".into(),
                name: "S".into(),
                role: "R".into(),
                side: 0,
            }],
            topics: vec![Topic {
                id: "t".into(),
                label: "T".into(),
            }],
            statements: (0..statements)
                .map(|i| Statement {
                    id: format!("s-{i}"),
                    speaker: 0,
                    kind: Kind::Paraphrase,
                    text: format!("Statement {i}"),
                    paragraph: 0,
                    span: (0, 1),
                    sentence: (0, 1),
                    when: None,
                    topics: vec![0],
                    stance: Stance::Unchallenged,
                    responds_to: None,
                    relation: Relation::Disputes,
                    note: None,
                })
                .collect(),
        }
    }

    #[test]
    fn the_inline_loader_moves_to_a_file_and_reports_a_failed_start() {
        let html = "<head><script type=\"module\">\nimport init from './a.js';\nconst wasm = await init();\n</script></head>";
        let (page, script) = extract_inline_module(html, "init.js").unwrap();
        assert_eq!(
            page,
            "<head><script type=\"module\" src=\"./init.js\"></script></head>"
        );
        assert!(
            script.starts_with(
                &format!("import init from './a.js';\ndocument.documentElement.classList.add(\"qe-module\");\ntry {{\n{PAINTED}\nconst wasm = await init();\n}} catch (error) {{")
            ),
            "{script}"
        );
        assert!(script.contains("getElementById(\"app-failed\")"));
        assert!(extract_inline_module(&page, "init.js").is_none());
    }

    #[test]
    fn the_boot_script_loads_first_as_a_classic_script_without_cors() {
        let page = add_boot_script(
            "<head><link rel=stylesheet href=a.css></head><body>",
            "boot-1.js",
        )
        .unwrap();
        assert_eq!(page, "<head><link rel=stylesheet href=a.css><script src=\"./boot-1.js\"></script></head><body>");
        assert!(add_boot_script("<body>", "b.js")
            .unwrap_err()
            .contains("</head>"));
        let script = boot_script();
        assert!(!script.contains("\n//") && script.len() < BOOT_JS.len() * 3 / 4);
        assert!(
            script.starts_with("(function () {\n'use strict';\n"),
            "{script}"
        );
        let name = boot_file_name(&script);
        assert_ne!(name, boot_file_name("x"));
        assert!(
            name.starts_with("boot-") && name.ends_with(".js") && name.len() == 24,
            "{name}"
        );
        // What boot.js relies on in init.js (and in the page: tests/prerender.rs).
        assert!(BOOT_JS.contains("getElementById('app-failed')"));
        assert!(BOOT_JS.contains("classList.contains('qe-module')"));
        assert!(BOOT_JS.contains("window.qeWasm = "));
    }

    #[test]
    fn the_minified_loader_moves_too() {
        let html = "<script type=module>import init,*as bindings from\"./a.js\";const wasm=await init({module_or_path:`./a.wasm`});window.wasmBindings=bindings</script></head>";
        let (page, script) = extract_inline_module(html, "init.js").unwrap();
        assert_eq!(
            page,
            "<script type=\"module\" src=\"./init.js\"></script></head>"
        );
        assert!(
            script.starts_with(&format!("import init,*as bindings from\"./a.js\";\ndocument.documentElement.classList.add(\"qe-module\");\ntry {{\n{PAINTED}\nconst wasm=await init({{module_or_path:await window.qeWasm||`./a.wasm`}});window.wasmBindings=bindings\n}} catch")),
            "{script}"
        );
    }

    #[test]
    fn fill_writes_head_and_body_into_plain_and_minified_pages() {
        let data = data_with(3);
        for html in [
            "<html><head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n<div id=\"app\">\n</div>\n</body></html>",
            "<html><meta charset=utf-8></head><body><div id=app></div></body></html>",
        ] {
            let page = fill(html, &data, "<p>first view</p>").unwrap();
            let title = page.find("<title>").unwrap();
            assert!(title < page.find("</head>").unwrap());
            let app = page.find("id=app>").or_else(|| page.find("id=\"app\">")).unwrap();
            assert_eq!(page[app..].find("<p>first view</p>"), Some(page[app..].find('>').unwrap() + 1));
        }
        let no_app = fill("<head></head><body><main></main></body>", &data, "").unwrap_err();
        assert!(no_app.contains("<div id=\"app\">"), "{no_app}");
        let no_head = fill("<body><div id=app></div></body>", &data, "").unwrap_err();
        assert!(no_head.contains("</head>"), "{no_head}");
    }
}
