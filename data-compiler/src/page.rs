//! The HTML that exists before any script runs: the page title and share
//! meta, and the default view as the app first renders it (filter panel,
//! stance summary, the first statements as cards) in the app's own markup.
//! It is what readers without WebAssembly and search engines see, what the
//! first paint shows before the app takes over (which then moves nothing),
//! and (as a whole page with no script) the reference the start-up
//! benchmark compares against.

use std::fmt::Write;

use crate::html::escape;
use crate::{card, credit, Data, Kind, Relation, Stance, Statement};

/// Cards written into the page: the app's first page of results (its
/// `statement_list::PAGE`), so a huge article does not make a huge page.
pub const PRERENDERED: usize = 20;

fn stance_parts(stance: Stance) -> (&'static str, &'static str, &'static str) {
    match stance {
        Stance::Agreed => ("agreed", "Agreed", "✓"),
        Stance::Disputed => ("disputed", "Disputed", "⚡\u{fe0e}"),
        Stance::Unchallenged => ("unchallenged", "Unchallenged", "–"),
    }
}

/// The classes of the sides, by number (the app's `Side::class`).
const SIDE_CLASSES: [&str; 8] = [
    "side-0", "side-1", "side-2", "side-3", "side-4", "side-5", "side-6", "side-7",
];

fn side_class(i: usize) -> &'static str {
    SIDE_CLASSES[i % SIDE_CLASSES.len()]
}

fn relation_words(relation: Relation) -> (&'static str, &'static str) {
    match relation {
        Relation::Disputes => ("Disputes", "Disputed by"),
        Relation::Confirms => ("Confirms", "Confirmed by"),
    }
}

fn provenance(data: &Data) -> credit::Provenance<'_> {
    let a = &data.article;
    credit::Provenance {
        headline: &a.headline,
        publisher: a.publisher.as_deref(),
        byline: a.byline.as_deref(),
        published: a.published.as_deref(),
        source_url: a.source_url.as_deref(),
    }
}

/// The card of statement `i` as the page shows it before the app starts:
/// what the app's card shows, its "In the article" button disabled.
fn static_card<'a>(
    data: &'a Data,
    answers: &[usize],
    s: &'a Statement,
    initials: &'a str,
    side: &'a str,
) -> card::Card<'a> {
    let speaker = &data.speakers[s.speaker];
    let link = |j: usize, relation: &'static str| {
        let other = &data.statements[j];
        card::Link {
            relation,
            index: j,
            id: &other.id,
            speaker: &data.speakers[other.speaker].name,
            text: &other.text,
        }
    };
    card::Card {
        id: &s.id,
        speaker: &speaker.name,
        role: &speaker.role,
        initials,
        side: (side, &data.sides[speaker.side].label),
        stance: stance_parts(s.stance),
        quote: (s.kind == Kind::Quote).then(|| {
            let p = &data.article.paragraphs[s.paragraph];
            (
                &p[s.sentence.0..s.span.0],
                &p[s.span.0..s.span.1],
                &p[s.span.1..s.sentence.1],
            )
        }),
        text: &s.text,
        when: s.when.as_deref(),
        note: s.note.as_deref(),
        topics: s
            .topics
            .iter()
            .map(|&t| data.topics[t].label.as_str())
            .collect(),
        answers: s.responds_to.map(|j| link(j, relation_words(s.relation).0)),
        answered_by: answers
            .iter()
            .map(|&j| link(j, relation_words(data.statements[j].relation).1))
            .collect(),
        actions: None,
    }
}

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
/// data's own (`share_image`, copied beside the page by `qe-page`), or none:
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

/// The page as the app first renders it for the default view, as static
/// markup: the same elements and classes, so that when the app replaces it
/// nothing moves. The filters are live form controls: what a reader ticks or
/// types before the app starts (`boot.js` opens the panel and keeps the
/// side headings and stance pills working) the app takes over;
/// the first [`PRERENDERED`] statements are the app's cards
/// ([`card::write`]).
pub fn body(data: &Data) -> String {
    let a = &data.article;
    let mut out = String::with_capacity(4096 + data.statements.len().min(PRERENDERED) * 1500);
    out.push_str("<div class=\"page is-static\">\n<a class=\"skip-link\" href=\"#results\">Skip to the statements</a>\n<header class=\"masthead\">\n<p class=\"kicker\">Quote Explorer</p>\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&a.headline));
    if let Some(dek) = &a.dek {
        let _ = writeln!(out, "<p class=\"dek\">{}</p>", escape(dek));
    }
    let mut byline = String::from("<p class=\"byline\">");
    if credit::byline(&mut byline, &provenance(data)) {
        out.push_str(&byline);
        out.push_str("</p>\n");
    }
    out.push_str("<div class=\"tools\"><div class=\"copy-link\"><button type=\"button\" class=\"tool-button\" disabled>Copy link</button><span class=\"copy-status\"></span></div><button type=\"button\" class=\"tool-button\" disabled>Embed</button></div>\n");
    let source = a.source_url.as_ref().map_or_else(String::new, |url| {
        format!(
            " <a href=\"{}\">Read the original article</a>.",
            escape(url)
        )
    });
    let _ = writeln!(
        out,
        "</header>\n<noscript><p class=\"notice\">Filtering needs JavaScript and WebAssembly. Every statement is listed below.{source}</p></noscript>"
    );
    // Shown by init.js or boot.js when the app cannot start (no WebAssembly,
    // a blocked or failed load); role=alert so it is read out when it appears.
    let _ = write!(
        out,
        "<div id=\"app-failed\" hidden><p class=\"notice\" role=\"alert\">The explorer could not start here (it needs JavaScript modules and WebAssembly, and its files must load), so filtering is off. Every statement is listed below.{source}"
    );
    out.push_str("</p></div>\n<div class=\"layout\">\n");
    filters(&mut out, data);
    out.push_str("<main id=\"results\" class=\"main\" tabindex=\"-1\">\n<section class=\"results\" aria-labelledby=\"results-heading\"><h2 id=\"results-heading\" class=\"visually-hidden\">Statements</h2>\n");
    // The view tabs without addresses: without the app there is one view.
    out.push_str("<nav class=\"view-switch\" aria-label=\"View\"><a class=\"view-tab is-current\" aria-current=\"page\">Statements</a><a class=\"view-tab\">In the article</a></nav>\n");
    // What a shared link to another view shows until the app has drawn it
    // (boot.js marks <html> qe-pending): no statements of the wrong view.
    out.push_str("<p class=\"view-pending\" hidden>Loading this view…</p>\n");
    let total = data.statements.len();
    let _ = writeln!(
        out,
        "<div class=\"results-head\"><p class=\"result-count\">{total} {}</p></div>",
        if total == 1 {
            "statement"
        } else {
            "statements"
        }
    );
    out.push_str("<ul class=\"summary-bar\" aria-label=\"Stances of the statements shown\"><li class=\"summary-label\" aria-hidden=\"true\">Shown:</li>");
    for stance in [Stance::Agreed, Stance::Disputed, Stance::Unchallenged] {
        let (id, _, icon) = stance_parts(stance);
        let count = data
            .statements
            .iter()
            .filter(|s| s.stance == stance)
            .count();
        let _ = write!(
            out,
            "<li><button type=\"button\" class=\"stance-pill stance-{id}\" aria-pressed=\"false\"><span aria-hidden=\"true\" class=\"stance-icon\">{icon}</span>{count} {id}</button></li>"
        );
    }
    let _ = writeln!(
        out,
        "</ul><p class=\"kind-legend\">{}</p>",
        card::KIND_LEGEND
    );
    let answers = answers_of(data);
    threads(&mut out, data, &answers);
    out.push_str("<ol class=\"cards\">");
    for (i, s) in data.statements.iter().enumerate().take(PRERENDERED) {
        out.push_str("<li>");
        let speaker = &data.speakers[s.speaker];
        let initials = card::initials(&speaker.name);
        let side = side_class(speaker.side);
        card::write(
            &mut out,
            &static_card(data, &answers[i], s, &initials, side),
            &card::plain,
        );
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n");
    if data.statements.len() > PRERENDERED {
        let _ = writeln!(
            out,
            "<p class=\"notice\">The first {PRERENDERED} of {} statements; the explorer lists them all once it starts.</p>",
            data.statements.len()
        );
    }
    out.push_str("</section>\n</main>\n</div>\n<footer class=\"site-footer\"><p><span>");
    credit::footer(&mut out, &provenance(data));
    out.push_str("</span></p></footer>\n</div>");
    out
}

/// The statements that answer each statement, in data order (the app's
/// `Index::answers`), found in one pass.
fn answers_of(data: &Data) -> Vec<Vec<usize>> {
    let mut answers = vec![Vec::new(); data.statements.len()];
    for (j, s) in data.statements.iter().enumerate() {
        if let Some(claim) = s.responds_to {
            answers[claim].push(j);
        }
    }
    answers
}

/// "Where they disagree" as the app first shows it: every claim that was
/// answered (the first [`THREADS`]), its answers, in the app's markup.
fn threads(out: &mut String, data: &Data, answers: &[Vec<usize>]) {
    let post = |i: usize, claim: bool| {
        let s = &data.statements[i];
        let speaker = &data.speakers[s.speaker];
        card::Post {
            index: i,
            id: &s.id,
            speaker: &speaker.name,
            side: side_class(speaker.side),
            role: if claim {
                "Claim"
            } else {
                relation_words(s.relation).0
            },
            text: &s.text,
            when: s.when.as_deref(),
        }
    };
    let claims: Vec<usize> = (0..data.statements.len())
        .filter(|&i| !answers[i].is_empty())
        .take(THREADS)
        .collect();
    if claims.is_empty() {
        return;
    }
    out.push_str("<section class=\"exchanges\" aria-labelledby=\"exchanges-heading\"><h2 id=\"exchanges-heading\">Where they disagree</h2><ul class=\"threads\">");
    for claim in claims {
        let replies: Vec<card::Post> = answers[claim].iter().map(|&a| post(a, false)).collect();
        card::write_thread(out, &post(claim, true), &replies, false);
    }
    out.push_str("</ul></section>\n");
}

/// Threads the app shows before "Show more" (its `exchanges::FIRST`).
const THREADS: usize = 12;

/// The filter panel as the app renders it with nothing chosen: the search
/// field and every facet value with its count, live before the app runs.
fn filters(out: &mut String, data: &Data) {
    out.push_str("<nav class=\"filters\" aria-label=\"Filters\"><button type=\"button\" class=\"filters-toggle\" aria-expanded=\"false\" aria-controls=\"filter-fields\"><span aria-hidden=\"true\" class=\"chevron\">▸</span>Filters</button><div id=\"filter-fields\" class=\"filter-fields\">");
    out.push_str("<form class=\"search\" role=\"search\"><label for=\"q\">Search statements</label><input type=\"search\" id=\"q\" name=\"q\" autocomplete=\"off\" spellcheck=\"false\" placeholder=\"");
    out.push_str(&escape(&crate::search_hint(data)));
    out.push_str("\"></form>");
    let count =
        |keep: &dyn Fn(&Statement) -> bool| data.statements.iter().filter(|s| keep(s)).count();
    let speakers: Vec<(&str, &str, usize)> = data
        .speakers
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), s.name.as_str(), count(&|st| st.speaker == i)))
        .collect();
    let topics: Vec<(&str, &str, usize)> = data
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                t.id.as_str(),
                t.label.as_str(),
                count(&|st| st.topics.contains(&i)),
            )
        })
        .collect();
    let stances: Vec<(&str, &str, usize)> =
        [Stance::Agreed, Stance::Disputed, Stance::Unchallenged]
            .into_iter()
            .map(|stance| {
                let (id, label, _) = stance_parts(stance);
                (id, label, count(&|st| st.stance == stance))
            })
            .collect();
    let options = |out: &mut String, key: &str, values: &[(&str, &str, usize)]| {
        for (id, label, n) in values {
            let id = escape(&format!("f-{key}-{id}"));
            let class = if *n == 0 {
                "option is-unavailable"
            } else {
                "option"
            };
            let _ = write!(
                out,
                "<li class=\"{class}\"><input type=\"checkbox\" id=\"{id}\"{}><label for=\"{id}\">{} ({n})</label></li>",
                if *n == 0 { " disabled" } else { "" },
                escape(label)
            );
        }
    };
    // Speakers under their side's heading, as the app groups them.
    out.push_str("<fieldset class=\"facet facet-speaker\"><legend>Speaker</legend><ul class=\"options side-groups\">");
    for (side, about) in data.sides.iter().enumerate() {
        let members: Vec<(&str, &str, usize)> = (0..data.speakers.len())
            .filter(|&i| data.speakers[i].side == side)
            .map(|i| speakers[i])
            .collect();
        if members.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "<li class=\"side-group {}\"><button type=\"button\" class=\"side-heading\" aria-label=\"{label}: select all\" aria-pressed=\"false\">{label}</button><ul class=\"options\">",
            side_class(side),
            label = escape(&about.label)
        );
        options(out, "speaker", &members);
        out.push_str("</ul></li>");
    }
    out.push_str("</ul></fieldset>");
    for (key, legend, values) in [("topic", "Topic", topics), ("stance", "Stance", stances)] {
        let _ = write!(
            out,
            "<fieldset class=\"facet facet-{key}\"><legend>{legend}</legend><ul class=\"options\">"
        );
        options(out, key, &values);
        out.push_str("</ul></fieldset>");
    }
    let total = data.statements.len();
    let _ = write!(
        out,
        "<button type=\"button\" class=\"show-results\">Show {total} {}</button>",
        if total == 1 {
            "statement"
        } else {
            "statements"
        }
    );
    out.push_str("</div></nav>\n");
}

/// Trunk's `index.html` with the data written in: the title and share meta
/// before `</head>`, the static page inside `<div id="app">` (which the app
/// replaces when it starts). Anchored on elements rather than comments, so
/// it works on minified HTML too; `Err` names what is missing.
pub fn fill(html: &str, data: &Data) -> Result<String, String> {
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
        body(data),
        &html[body_at..]
    ))
}

/// A whole page with the statements and no script: the start-up reference.
pub fn static_page(data: &Data, stylesheet: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  {}\n  <link rel=\"stylesheet\" href=\"{}\">\n</head>\n<body>\n{}\n</body>\n</html>\n",
        head(data),
        escape(stylesheet),
        body(data)
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
    use crate::{Article, Speaker, Statement, Topic};

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
    fn a_long_article_prerenders_its_first_page_and_the_exact_count() {
        let html = body(&data_with(PRERENDERED + 10));
        assert_eq!(html.matches("<article ").count(), PRERENDERED);
        assert!(html.contains(&format!("{} statements</p>", PRERENDERED + 10)));
        assert!(html.contains(&format!(
            "The first {PRERENDERED} of {} statements",
            PRERENDERED + 10
        )));
        let short = body(&data_with(3));
        assert_eq!(short.matches("<article ").count(), 3);
        assert!(!short.contains("The first"));
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
        // What boot.js relies on in the page and in init.js.
        assert!(body(&data_with(1)).contains("<div id=\"app-failed\" hidden>"));
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
            let page = fill(html, &data).unwrap();
            let title = page.find("<title>").unwrap();
            assert!(title < page.find("</head>").unwrap());
            let app = page.find("id=app>").or_else(|| page.find("id=\"app\">")).unwrap();
            assert!(app < page.find("<article ").unwrap());
            assert_eq!(page.matches("<article ").count(), 3);
        }
        let no_app = fill("<head></head><body><main></main></body>", &data).unwrap_err();
        assert!(no_app.contains("<div id=\"app\">"), "{no_app}");
        let no_head = fill("<body><div id=app></div></body>", &data).unwrap_err();
        assert!(no_head.contains("</head>"), "{no_head}");
    }
}
