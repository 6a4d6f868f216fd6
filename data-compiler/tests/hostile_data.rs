//! A newsroom's data file must not be able to inject markup: every field is
//! text. The static page written at build time escapes it all (the app's own
//! rendering is checked in the browser by the end-to-end suite).

use qe_data::page;

fn hostile() -> qe_data::Data {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/hostile-article.json"
    ))
    .expect("the hostile fixture is in the repository");
    qe_data::load("tests/fixtures/hostile-article.json", &bytes)
        .expect("the hostile fixture follows every data rule")
}

#[test]
fn markup_in_every_field_is_escaped_in_the_static_page() {
    let data = hostile();
    let html = format!("{}\n{}", page::head(&data), page::body(&data));
    for raw in [
        "<script",
        "<img",
        "<svg",
        "<iframe",
        "<style",
        "<b ",
        "<a href=javascript",
    ] {
        assert!(!html.contains(raw), "unescaped {raw:?} in:\n{html}");
    }
    assert!(html.contains("&lt;script&gt;window.__pwned=14&lt;/script&gt; in a paraphrase"));
    assert!(html.contains("&lt;img src=x onerror=window.__pwned=9&gt;Mallory"));
}

#[test]
fn a_source_url_with_markup_is_escaped_in_its_attribute() {
    let data = hostile();
    let html = page::body(&data);
    assert!(
        html.contains("href=\"https://example.org/article?x=&quot;&gt;&lt;script&gt;"),
        "{html}"
    );
}

#[test]
fn the_quotes_with_markup_are_located_verbatim() {
    let data = hostile();
    let svg = &data.statements[1];
    let paragraph = &data.article.paragraphs[svg.paragraph];
    assert_eq!(
        &paragraph[svg.span.0..svg.span.1],
        "<svg onload=window.__pwned=3>hello</svg>"
    );
}
