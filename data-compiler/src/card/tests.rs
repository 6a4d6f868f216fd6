//! The share card's tests.

use super::*;
use qe_core::i18n::ftl::speak;

fn load(path: &str) -> Data {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    crate::load_file(&root.join(path), path).unwrap()
}

/// The texts of the SVG's `<text>` elements, as written (escaped).
fn texts(svg: &str) -> Vec<&str> {
    svg.split("<text ")
        .skip(1)
        .map(|t| &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()])
        .collect()
}

#[test]
fn the_built_in_article_has_20_statements_and_3_disputes() {
    let data = load("data/article.json");
    assert_eq!(data.statements.len(), 20);
    assert_eq!(disputes(&data), 3);
    let svg = svg(&data, &estimate);
    let texts = texts(&svg);
    assert!(texts.contains(&"20 statements · 3 disputes"), "{texts:?}");
    assert!(texts.contains(&"Quote Explorer"), "{texts:?}");
    assert_eq!(
        alt(&data),
        "Quote Explorer: “Tillerson Meets Putin in Moscow With U.S.-Russia Relations at ‘Low Point’”; Moscow, Wednesday, 12 April 2017; 20 statements, 3 disputes; U.S.: Rex Tillerson, Tillerson’s spokesman; Russia: Sergey Lavrov, Russian officials; Other: Some observers, Previous reports"
    );
    assert!(
        svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"")
    );
    // Every speaker on a side is named, on a line of their side's colour.
    for speaker in data.speakers.iter().filter(|s| !s.is_narrator()) {
        assert!(
            svg.contains(&escape(&speaker.name)),
            "{} missing",
            speaker.name
        );
    }
    for (i, side) in data.sides.iter().enumerate() {
        assert!(
            svg.contains(&format!(
                "fill=\"{}\">{}</text>",
                SIDES[i],
                escape(&side.label)
            )),
            "{}",
            side.label
        );
    }
}

#[test]
fn place_and_date_show_only_when_the_data_has_them() {
    let mut data = load("data/article.json");
    data.article.place = Some("Moscow".into());
    data.article.event_date = Some("2017-04-12".into());
    assert!(texts(&svg(&data, &estimate)).contains(&"Moscow · Wednesday, 12 April 2017"));
    let with = texts(&svg(&data, &estimate)).len();
    data.article.place = None;
    data.article.event_date = None;
    let svg = svg(&data, &estimate);
    assert_eq!(texts(&svg).len(), with - 1);
    assert!(!svg.contains("12 April 2017"));
}

#[test]
fn every_text_from_hostile_data_is_escaped() {
    let data = load("tests/fixtures/hostile-article.json");
    let svg = svg(&data, &estimate);
    // Only the card's own elements: no tag or entity from the data.
    let tags: std::collections::BTreeSet<&str> = svg
        .split('<')
        .skip(1)
        .map(|t| t.split([' ', '>', '/']).next().unwrap())
        .collect();
    assert_eq!(
        tags.into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>(),
        ["circle", "rect", "svg", "text"],
        "{svg}"
    );
    for t in texts(&svg) {
        assert!(!t.contains(['<', '>', '"']), "{t}");
        // Every & starts one of escape's entities.
        for (at, _) in t.match_indices('&') {
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"]
                    .iter()
                    .any(|e| t[at..].starts_with(e)),
                "{t}"
            );
        }
    }
    #[cfg(feature = "card")]
    resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).expect("the SVG parses");
}

#[test]
fn long_headlines_wrap_and_end_in_an_ellipsis() {
    let mut data = load("data/article.json");
    data.article.headline = "A headline that goes on and on about the meetings, the statements, the answers and the disputes, far longer than three lines of a share card".into();
    let lines = wrap(&data.article.headline, TEXT_WIDTH, 3, 54.0, true, &estimate);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[2].ends_with('…'), "{lines:?}");
    for line in &lines {
        assert!(estimate(line, 54.0, true) <= TEXT_WIDTH, "{line}");
    }
    assert!(lines[0].starts_with("A headline that goes on"));
    // One word longer than a line is broken inside.
    let word = "x".repeat(100);
    let lines = wrap(&word, TEXT_WIDTH, 3, 54.0, true, &estimate);
    assert!(lines.len() == 3 && lines[2].ends_with('…'), "{lines:?}");
    assert!(
        lines[..2].iter().all(|l| l.chars().all(|c| c == 'x')),
        "{lines:?}"
    );
    for line in &lines {
        assert!(estimate(line, 54.0, true) <= TEXT_WIDTH, "{line}");
    }
    // A short one stays whole, on one line.
    assert_eq!(
        wrap("Short", TEXT_WIDTH, 3, 54.0, true, &estimate),
        ["Short"]
    );
}

#[test]
fn many_sides_and_names_end_in_a_count_of_the_rest() {
    let data = load("tests/fixtures/other-article.json");
    let svg = svg(&data, &estimate);
    assert!(texts(&svg).iter().any(|t| t.contains("statement")), "{svg}");
    let names: Vec<&str> = (0..30).map(|_| "Alexandra Oyelaran-Whitfield").collect();
    let line = names_line(&names, 800.0, 26.0, &estimate);
    assert!(
        line.ends_with(" more") && estimate(&line, 26.0, false) <= 800.0,
        "{line}"
    );
}

#[test]
fn png_size_reads_the_header() {
    assert_eq!(png_size(b"not a png at all, not at all"), None);
    let mut header = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    header.extend_from_slice(&1200_u32.to_be_bytes());
    header.extend_from_slice(&630_u32.to_be_bytes());
    assert_eq!(png_size(&header), Some((1200, 630)));
}

#[cfg(feature = "card")]
#[test]
fn the_png_is_1200_by_630() {
    let data = load("data/article.json");
    let png = png(&data).unwrap();
    assert_eq!(png_size(&png), Some((WIDTH, HEIGHT)));
    assert!(png.len() < 200_000, "{} bytes", png.len());
}

#[test]
fn an_arabic_card_is_in_arabic_and_laid_out_from_the_right() {
    speak("ar");
    let data = load("tests/fixtures/ar-article");
    let svg = svg(&data, &estimate);
    assert!(
        svg.contains(" direction=\"rtl\" text-anchor=\"end\""),
        "{svg}"
    );
    let texts = texts(&svg);
    // Embedded right to left, as resvg needs (see `text`).
    let counts = format!(
        "\u{202b}{} · {}\u{202c}",
        qe_core::i18n::m::statements_count(data.statements.len()),
        qe_core::i18n::m::disputes_count(disputes(&data))
    );
    assert!(texts.contains(&counts.as_str()), "{texts:?}");
    assert!(counts.contains("12 تصريحًا · 3 خلافات"), "{counts}");
    // The headline starts at the right margin.
    assert!(svg.contains(&format!("<text x=\"{}\"", WIDTH as f32 - MARGIN)));
    let alt = alt(&data);
    assert!(alt.starts_with("مستكشف التصريحات: «"), "{alt}");
    assert!(
        texts.iter().any(|t| t.contains("مستكشف التصريحات")),
        "{texts:?}"
    );
    assert!(alt.contains("؛ ") && !alt.contains("; "), "{alt}");
    #[cfg(feature = "card")]
    {
        let png = png(&data).unwrap();
        assert_eq!(png_size(&png), Some((WIDTH, HEIGHT)));
        // To look at it: QE_CARD_OUT=/tmp/ar.png cargo test -p qe-data arabic_card
        if let Some(out) = std::env::var_os("QE_CARD_OUT") {
            std::fs::write(out, png).unwrap();
        }
    }
}
