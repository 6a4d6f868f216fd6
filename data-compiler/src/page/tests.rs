use super::*;
use crate::{Article, Kind, Relation, Speaker, Stance, Statement, Topic};
use qe_core::i18n::ftl::speak;

fn data_with(statements: usize) -> Data {
    Data {
        language: "en".into(),
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
            side: Some(0),
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

/// Trunk 0.22's loader as `trunk build` writes it (`output.rs`,
/// `default_initializer`, with `public_url = "./"`).
const PLAIN_LOADER: &str = "<head>\n<script type=\"module\">\nimport init, * as bindings from './quote-explorer-1a2b.js';\nconst wasm = await init({ module_or_path: './quote-explorer-1a2b_bg.wasm' });\n\n\nwindow.wasmBindings = bindings;\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n\n</script></head>";
/// The same, as `trunk build --release` minifies it (Trunk 0.22.1's
/// output, the file names shortened).
const MINIFIED_LOADER: &str = "<script type=module>import init,*as bindings from\"./quote-explorer-1a2b.js\";const wasm=await init({module_or_path:`./quote-explorer-1a2b_bg.wasm`});window.wasmBindings=bindings,dispatchEvent(new CustomEvent(`TrunkApplicationStarted`,{detail:{wasm}}));</script></head>";

/// init.js as served for the glue `./quote-explorer-1a2b.js`.
fn served_init() -> String {
    small(
        &INIT_JS
            .replace("'QE_GLUE'", "\"./quote-explorer-1a2b.js\"")
            .replace("'QE_WASM'", "\"./quote-explorer-1a2b_bg.wasm\""),
        crate::minify::Kind::Module,
    )
}

#[test]
fn the_inline_loader_moves_to_init_js_with_only_its_file_names() {
    for (html, rest) in [(PLAIN_LOADER, "</head>"), (MINIFIED_LOADER, "</head>")] {
        let (page, script) = extract_inline_module(html, "init.js").unwrap().unwrap();
        assert_eq!(
            page,
            format!(
                "{}<script type=\"module\" src=\"./init.js\"></script>{rest}",
                if html.starts_with("<head>") {
                    "<head>\n"
                } else {
                    ""
                }
            )
        );
        assert_eq!(script, served_init(), "{html}");
        assert!(extract_inline_module(&page, "init.js").unwrap().is_none());
    }
}

#[test]
fn init_js_marks_the_page_waits_for_its_paint_and_reports_a_failed_start() {
    let script = served_init();
    assert!(
        !script.contains("QE_") && !script.contains("//") && !script.contains('\n'),
        "minified: {script}"
    );
    assert!(script.len() < INIT_JS.len() / 2, "{script}");
    // In order: the glue imported, the page marked, the first paint
    // awaited, the app started with the wasm its boot script fetched,
    // Trunk's event; and a failed start reported.
    let at = |needle: &str| {
        script
            .find(needle)
            .unwrap_or_else(|| panic!("no {needle} in {script}"))
    };
    assert!(at("from\"./quote-explorer-1a2b.js\"") < at("qe-module"));
    assert!(at("qe-module") < at("first-contentful-paint"));
    assert!(at("first-contentful-paint") < at("await window.qeWasm||new URL("));
    assert!(at("await window.qeWasm||new URL(") < at("./quote-explorer-1a2b_bg.wasm"));
    assert!(at("import.meta.url") < at("window.wasmBindings="));
    assert!(at("window.wasmBindings=") < at("TrunkApplicationStarted"));
    assert!(at("catch(") < at("Quote Explorer could not start:"));
    assert!(at("console.error(") < at("app-failed"));
    // The placeholders the hook replaces, once each.
    assert_eq!(INIT_JS.matches("'QE_GLUE'").count(), 1);
    assert_eq!(INIT_JS.matches("'QE_WASM'").count(), 1);
}

#[test]
fn a_loader_init_js_does_not_stand_in_for_is_refused() {
    for (loader, why) in [
        ("<script type=module>const wasm=await init()</script>", "glue module"),
        ("<script type=module>import init from'./a.js';await init('./a.wasm');window.wasmBindings=1;TrunkApplicationStarted</script>", "wasm file"),
        ("<script type=module>import init from'./a.js';await init({module_or_path:`./${a}.wasm`});window.wasmBindings=1;TrunkApplicationStarted</script>", "wasm file"),
        ("<script type=module>import init from'./a.js';await init({module_or_path:'./a.wasm'});TrunkApplicationStarted</script>", "window.wasmBindings"),
        ("<script type=module>import init from'./a.js';await init({module_or_path:'./a.wasm'});window.wasmBindings=1</script>", "TrunkApplicationStarted"),
    ] {
        let err = extract_inline_module(loader, "init.js").unwrap_err();
        assert!(err.contains(why) && err.contains("init.js"), "{err}");
    }
    assert_eq!(extract_inline_module("<head></head>", "init.js"), Ok(None));
}

#[test]
fn the_boot_script_loads_first_as_a_classic_script_without_cors() {
    let page = add_boot_script(
        "<head><link rel=stylesheet href=a.css></head><body>",
        "boot-1.js",
    )
    .unwrap();
    assert_eq!(
        page,
        "<head><link rel=stylesheet href=a.css><script src=\"./boot-1.js\"></script></head><body>"
    );
    assert!(add_boot_script("<body>", "b.js")
        .unwrap_err()
        .contains("</head>"));
    let data = data_with(1);
    let script = boot_script(&data);
    // Minified: no comments, and under half the size of its sources.
    assert!(!script.contains("//") && script.len() < (BOOT_JS.len() + URL_JS.len()) / 2);
    // url.js and the data's ids inside boot.js's function (no new
    // global), first.
    assert!(
        script.starts_with(
            "(function(){\"use strict\";var e={\"speaker\":[\"s\"],\"topic\":[\"t\"],\"stance\":[\"agreed\",\"disputed\",\"unchallenged\"]};function t(e,t,n){"
        ),
        "{script}"
    );
    assert!(script.ends_with("})();"), "{script}");
    assert!(!script.contains("qeFilterIds") && !script.contains("qeReadUrl"));
    assert!(!script.contains("QE_FILTER_IDS"));
    assert!(
        script.contains("t(location.search,location.href,e)"),
        "{script}"
    );
    let name = boot_file_name(&script);
    assert_ne!(name, boot_file_name("x"));
    assert!(
        name.starts_with("boot-") && name.ends_with(".js") && name.len() == 24,
        "{name}"
    );
    // Another article's ids, another file.
    let mut other = data_with(1);
    other.topics[0].id = "u".into();
    assert_ne!(boot_file_name(&boot_script(&other)), name);
    // What boot.js relies on in init.js (and in the page: tests/prerender.rs).
    assert!(INIT_JS.contains("getElementById('app-failed')"));
    assert!(INIT_JS.contains("classList.add('qe-module')"));
    assert!(INIT_JS.contains("await window.qeWasm ||"));
    assert!(BOOT_JS.contains("getElementById('app-failed')"));
    assert!(BOOT_JS.contains("classList.contains('qe-module')"));
    assert!(BOOT_JS.contains("window.qeWasm = "));
}

#[test]
fn fill_writes_head_and_body_into_plain_and_minified_pages() {
    let data = data_with(3);
    for html in [
        "<html><head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n<div id=\"app\">\n</div>\n</body></html>",
        "<html><meta charset=utf-8></head><body><div id=app></div></body></html>",
    ] {
        let page = fill(html, &data, None, "<p>first view</p>", "[1]").unwrap();
        let block = page.find("<script type=\"application/json\" id=\"qe-data\">[1]</script>").unwrap();
        assert!(page[..block].ends_with("<p>first view</p></div>"), "{page}");
        let title = page.find("<title>").unwrap();
        assert!(title < page.find("</head>").unwrap());
        let app = page.find("id=app>").or_else(|| page.find("id=\"app\">")).unwrap();
        assert_eq!(page[app..].find("<p>first view</p>"), Some(page[app..].find('>').unwrap() + 1));
    }
    let no_app = fill(
        "<head></head><body><main></main></body>",
        &data,
        None,
        "",
        "[1]",
    )
    .unwrap_err();
    assert!(no_app.contains("<div id=\"app\">"), "{no_app}");
    let no_head = fill("<body><div id=app></div></body>", &data, None, "", "[1]").unwrap_err();
    assert!(no_head.contains("</head>"), "{no_head}");
}

#[test]
fn share_meta_is_absolute_with_the_published_address_and_relative_without() {
    let data = data_with(2);
    let relative = head(&data, None);
    assert!(
        relative.contains("<meta property=\"og:image\" content=\"share.png\">"),
        "{relative}"
    );
    assert!(
        relative.contains("<meta name=\"twitter:image\" content=\"share.png\">"),
        "{relative}"
    );
    assert!(
        relative.contains("<meta property=\"og:image:width\" content=\"1200\">"),
        "{relative}"
    );
    assert!(relative.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    assert!(
        !relative.contains("og:url") && !relative.contains("http"),
        "{relative}"
    );

    let url = crate::check_public_url(Some("https://news.example/interactives/quotes/")).unwrap();
    let absolute = head(&data, url);
    for meta in [
        "<meta property=\"og:url\" content=\"https://news.example/interactives/quotes/\">",
        "<meta property=\"og:image\" content=\"https://news.example/interactives/quotes/share.png\">",
        "<meta name=\"twitter:image\" content=\"https://news.example/interactives/quotes/share.png\">",
    ] {
        assert!(absolute.contains(meta), "{meta} in {absolute}");
    }

    // The editor's own image wins, under its file name.
    let mut own = data_with(2);
    own.article.share_image = Some("images/cover.jpg".into());
    let page = head(&own, Some("https://a.example/q"));
    assert!(
        page.contains("content=\"https://a.example/q/cover.jpg\""),
        "{page}"
    );
    assert!(
        !page.contains("share.png") && !page.contains("og:image:width"),
        "{page}"
    );
}

#[test]
fn files_beside_the_published_page() {
    for (url, expected) in [
        (
            "https://a.example/quotes/",
            "https://a.example/quotes/share.png",
        ),
        (
            "https://a.example/quotes/index.html",
            "https://a.example/quotes/share.png",
        ),
        (
            "https://a.example/quotes",
            "https://a.example/quotes/share.png",
        ),
        ("https://a.example", "https://a.example/share.png"),
        ("http://localhost:8080/", "http://localhost:8080/share.png"),
    ] {
        assert_eq!(beside(url, "share.png"), expected);
    }
}

#[test]
fn the_published_address_is_checked_once_for_build_rs_and_the_hook() {
    assert_eq!(crate::check_public_url(None), Ok(None));
    assert_eq!(crate::check_public_url(Some("")), Ok(None));
    assert_eq!(
        crate::check_public_url(Some("https://a.example/q/")),
        Ok(Some("https://a.example/q/"))
    );
    for bad in [
        "news.example/q/",
        "ftp://a.example/",
        "https://a.example/?q=1",
        "https://a.example/#x",
        "https://a.example/\"><script>",
        "https://a.example/ q",
        "https://a.example/\nq",
    ] {
        let err = crate::check_public_url(Some(bad)).unwrap_err();
        assert!(
            err.starts_with("QUOTE_EXPLORER_PUBLIC_URL: ") && err.contains("absolute http(s)"),
            "{err}"
        );
    }
}

#[test]
fn the_title_and_description_are_english_by_default_and_the_storys_language_when_installed() {
    let mut data = data_with(1);
    data.article.place = Some("Moscow".into());
    data.article.event_date = Some("2017-04-12".into());
    assert_eq!(
        description(&data),
        "1 statement by 1 speaker from “H” (Moscow, Wednesday, 12 April 2017): filter by speaker, topic and whether each is agreed or disputed."
    );
    assert!(head(&data, None).contains("<title>H · Quote Explorer</title>"));
    speak("es");
    assert_eq!(
        description(&data),
        "1 declaración de 1 persona en «H» (Moscow, miércoles, 12 de abril de 2017): filtra por persona, por tema y según cada una sea aceptada o cuestionada."
    );
    let mut own = data_with(3);
    own.article.share_image = Some("cover.jpg".into());
    assert!(head(&own, None).contains(
        "<meta property=\"og:image:alt\" content=\"Explorador de declaraciones: declaraciones de «H»\">"
    ));
    speak("ar");
    let ar = description(&data_with(11));
    assert!(
        ar.starts_with("11 تصريحًا أدلى بها متحدث واحد في «\u{2068}H\u{2069}»"),
        "{ar}"
    );
    speak("en");
}
