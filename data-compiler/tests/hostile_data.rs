//! A newsroom's data file must not be able to inject markup: every field is
//! text. The page's title and meta written at build time escape it all (the
//! first view, the app's own render, is checked in the end-to-end suite,
//! static and live).

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
fn markup_in_every_field_is_escaped_in_the_title_and_meta() {
    let data = hostile();
    let html = page::head(&data, Some("https://news.example/q/"));
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
    assert!(
        html.contains("&lt;script&gt;window.__pwned=5&lt;/script&gt;Headline"),
        "{html}"
    );
    // The place, in the description.
    assert!(
        html.contains("(&lt;img src=x onerror=window.__pwned=16&gt;Geneva, Tuesday, 5 March 2024)"),
        "{html}"
    );
}

#[test]
fn markup_in_every_field_is_escaped_in_the_share_card() {
    let svg = qe_data::card::svg(&hostile(), &qe_data::card::estimate);
    for raw in [
        "<script",
        "<img",
        "<svg onload",
        "<iframe",
        "<style",
        "<b>",
        "<a href",
    ] {
        assert!(!svg.contains(raw), "unescaped {raw:?} in:\n{svg}");
    }
    assert!(svg.contains("&lt;script&gt;window"), "{svg}");
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
