use super::*;
use crate::location::parse;
use crate::model::DATA;
#[cfg(not(target_arch = "wasm32"))]
use qe_core::i18n::ftl::in_language;

const PAGE: &str = "https://news.example/interactives/quotes/";

#[test]
fn the_iframe_points_at_the_current_view_in_embed_mode() {
    let location = parse("?topic=syria&stance=disputed", &DATA).location;
    let code = snippet(Variant::Iframe, PAGE, &location, &DATA, "qe-1");
    assert!(code.contains(
        r#"src="https://news.example/interactives/quotes/?topic=syria&amp;stance=disputed&amp;embed=1&amp;embedId=qe-1""#
    ));
    assert!(code.contains(r#"loading="lazy" style="width:100%;border:0""#));
    assert!(code.contains(r#"event.origin !== "https://news.example""#));
    assert!(code.contains("event.source !== frame.contentWindow"));
    assert!(!code.contains("sandbox"));
    assert!(code.lines().count() < 20, "{code}");
}

#[test]
fn each_script_finds_its_own_frame_without_an_id() {
    for variant in [Variant::Iframe, Variant::Sandboxed] {
        let code = snippet(variant, PAGE, &Location::default(), &DATA, "qe-1");
        assert!(!code.contains("getElementById"), "{code}");
        // The script follows its frame directly: nothing a CMS could
        // insert between them.
        assert!(code.contains("</iframe>\n<script>\n(function (frame) {"));
        assert!(code.contains("})(document.currentScript.previousElementSibling);\n</script>"));
    }
}

#[test]
fn the_pym_variant_uses_pyms_parent_on_its_own_element() {
    let code = snippet(Variant::Pym, PAGE, &Location::default(), &DATA, "qe-1");
    assert!(code.starts_with("<div id=\"qe-1\"></div>\n<script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n<script>"));
    assert!(code.contains(
        r#"new pym.Parent(el.id, "https://news.example/interactives/quotes/?embed=1", "#
    ));
    assert!(code.contains("document.getElementById(el.id) !== el"));
    // Its element is the nearest <div> before the script: found even if
    // a CMS drops the pym.js tag it already loads.
    assert!(code.contains("while (el.tagName !== \"DIV\") el = el.previousElementSibling;"));
    assert!(code.contains("})(document.currentScript);\n</script>"));
}

#[test]
fn the_sandboxed_variant_allows_links_out_and_accepts_the_opaque_origin() {
    let code = snippet(
        Variant::Sandboxed,
        PAGE,
        &Location::default(),
        &DATA,
        "qe-1",
    );
    assert!(
        code.contains(r#" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" "#)
    );
    assert!(!code.contains("allow-same-origin"));
    assert!(code.contains(r#"event.origin !== "null""#));
    assert!(code.contains("event.source !== frame.contentWindow"));
}

#[test]
fn the_code_carries_the_embeds_look_through_the_codec() {
    let mut location = parse("?topic=ukraine", &DATA).location;
    location.embed.theme = Theme::Dark;
    location.embed.transparent = true;
    location.embed.first_cards = Some(3);
    location.embed.controls = false;
    let code = snippet(Variant::Iframe, PAGE, &location, &DATA, "qe-u");
    assert!(code.contains("?topic=ukraine&amp;embed=1&amp;embedId=qe-u&amp;theme=dark&amp;background=transparent&amp;cards=3&amp;controls=0\""), "{code}");
    let pym = snippet(Variant::Pym, PAGE, &location, &DATA, "qe-u");
    assert!(
        pym.contains(
            "?topic=ukraine&embed=1&theme=dark&background=transparent&cards=3&controls=0\""
        ),
        "{pym}"
    );
}

#[test]
fn a_transparent_frame_shares_its_pages_colour_scheme_so_no_canvas_is_painted() {
    let mut location = Location::default();
    location.embed.transparent = true;
    let schemes = [(Theme::Light, "light"), (Theme::Dark, "dark")];
    for (theme, style) in schemes.into_iter().chain([(Theme::Auto, "light dark")]) {
        location.embed.theme = theme;
        let code = snippet(Variant::Sandboxed, PAGE, &location, &DATA, "q");
        let style = format!("color-scheme:{style}");
        assert!(code.contains(&format!(r#"border:0;{style}" "#)), "{code}");
        let pym = snippet(Variant::Pym, PAGE, &location, &DATA, "q");
        assert!(pym.starts_with(&format!(r#"<div id="q" style="{style}">"#)));
    }
    location.embed.transparent = false;
    location.embed.theme = Theme::Dark;
    let solid = snippet(Variant::Iframe, PAGE, &location, &DATA, "q");
    assert!(solid.contains(r#"style="width:100%;border:0" "#), "{solid}");
}

#[test]
fn contrast_is_wcags_ratio_of_relative_luminances() {
    let (white, black) = (Rgb(0xffffff), Rgb(0));
    assert_eq!([contrast(white, black), contrast(black, white)], [21.0; 2]);
    assert_eq!(contrast(white, white), 1.0);
    // #767676 is the lightest grey with 4.5:1 on white.
    assert!((contrast(Rgb(0x767676), white) - 4.54).abs() < 0.01);
    assert!(contrast(Rgb(0x777777), white) < AA_TEXT);
}

#[test]
fn each_theme_keeps_aa_on_its_own_page_and_on_the_host_colour_it_implies() {
    for (scheme, host, transparent, at_least) in [
        (Scheme::Light, HostPage::Dark, false, 5.8),
        (Scheme::Dark, HostPage::Light, false, 8.6),
        (Scheme::Light, HostPage::Light, true, 6.0),
        (Scheme::Dark, HostPage::Dark, true, 10.0),
    ] {
        let ratio = lowest_contrast(scheme, transparent, host);
        assert!(ratio >= at_least, "{scheme:?} on {host:?}: {ratio}");
    }
    assert!(lowest_contrast(Scheme::Light, true, HostPage::Dark) < 1.5);
    assert!(lowest_contrast(Scheme::Dark, true, HostPage::Light) < 1.5);
}

#[test]
fn the_dialog_warns_of_each_transparent_look_that_fails_its_host_and_no_other() {
    use HostPage::{Dark, Light};
    for theme in Theme::ALL {
        let mut embed = Embed {
            theme,
            ..Embed::default()
        };
        for host in HostPage::ALL {
            assert_eq!(contrast_warning(&embed, host), None, "{theme:?} solid");
        }
        embed.transparent = true;
        let expected: &[(HostPage, &str)] = match theme {
            Theme::Light => &[(Dark, "Dark text on a dark page (1.2:1, below 4.5:1): choose the Dark theme or a solid background.")],
            Theme::Dark => &[(Light, "Light text on a light page (1.1:1, below 4.5:1): choose the Light theme or a solid background.")],
            Theme::Auto => &[
                (Light, "Readers whose device is set to dark mode get light text on a light page (1.1:1, below 4.5:1): choose the Light theme or a solid background, unless your page switches with the reader's setting too."),
                (Dark, "Readers whose device is set to light mode get dark text on a dark page (1.2:1, below 4.5:1): choose the Dark theme or a solid background, unless your page switches with the reader's setting too."),
            ],
        };
        for host in HostPage::ALL {
            let warning = expected
                .iter()
                .find(|(h, _)| *h == host)
                .map(|(_, w)| (*w).to_owned());
            assert_eq!(
                contrast_warning(&embed, host),
                warning,
                "{theme:?} on {host:?}"
            );
        }
    }
}

#[test]
fn the_checked_colours_are_the_stylesheets() {
    let css = include_str!("../../styles/app.css");
    for (scheme, selector) in [
        (Scheme::Light, ":root {"),
        (Scheme::Dark, ":root.qe-theme-dark {"),
    ] {
        let block = &css[css.find(selector).expect(selector)..];
        let block = &block[..block.find('}').unwrap()];
        let colours = PAGE_TEXT.into_iter().zip(scheme.page_text());
        for (name, colour) in colours.chain([("--bg", scheme.page().0)]) {
            let at = block.find(&format!("{name}: #")).expect(name) + name.len() + 3;
            let found = u32::from_str_radix(&block[at..at + 6], 16).unwrap();
            assert_eq!(found, colour, "{scheme:?} {name}");
        }
    }
}

#[test]
fn the_frame_url_parses_back_to_the_same_view() {
    let location = parse("?speaker=lavrov&q=low+trust&view=article", &DATA).location;
    let url = frame_url(PAGE, &location, &DATA, Some("a"));
    let back = parse(&url[PAGE.len()..], &DATA).location;
    assert_eq!(back.filter, location.filter);
    assert_eq!(back.view, location.view);
    assert!(back.embed.on);
}

#[test]
fn embed_ids_name_the_view_differ_per_copy_and_pass_the_codec() {
    let syria = parse("?topic=syria&stance=disputed", &DATA).location;
    let id = embed_id(&syria, &DATA, 46_655);
    assert_eq!(id, "qe-syria-disputed-zzz");
    assert_ne!(embed_id(&syria, &DATA, 1), embed_id(&syria, &DATA, 2));
    assert_eq!(embed_id(&Location::default(), &DATA, 0), "qe-0");
    let busy = parse(
        "?speaker=lavrov,tillerson,russian-officials,tillerson-spokesman&topic=syria,ukraine,north-korea&q=x&view=article",
        &DATA,
    )
    .location;
    for (location, nonce) in [(&syria, 7), (&busy, u32::MAX)] {
        let id = embed_id(location, &DATA, nonce);
        assert!(id.len() <= 64, "{id}");
        let back = parse(&format!("?embed=1&embedId={id}"), &DATA);
        assert!(back.ignored.is_empty(), "{id}: {:?}", back.ignored);
        assert_eq!(back.location.embed.id.as_deref(), Some(id.as_str()));
    }
}

#[test]
fn the_published_address_wins_over_the_served_one() {
    let served = "http://127.0.0.1:8080/";
    assert_eq!(published_url(None, served), served);
    assert_eq!(published_url(Some(""), served), served);
    assert_eq!(published_url(Some(PAGE), served), PAGE);
    let code = snippet(
        Variant::Iframe,
        published_url(Some(PAGE), served),
        &Location::default(),
        &DATA,
        "qe-1",
    );
    assert!(code.contains(r#"src="https://news.example/interactives/quotes/?embed=1"#));
    assert!(!code.contains("127.0.0.1"));
}

#[test]
fn text_is_escaped_for_html_and_script() {
    assert_eq!(
        escape(r#"<a href="x">&'"#),
        "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    );
    assert_eq!(js_string("</script>\"\\"), r#""\u003c/script>\"\\""#);
}

#[test]
fn origin_is_scheme_host_and_port() {
    assert_eq!(
        origin_of("http://127.0.0.1:8080/a/b?c"),
        "http://127.0.0.1:8080"
    );
    assert_eq!(origin_of("https://news.example"), "https://news.example");
}

#[test]
fn the_dialogs_table_of_lowest_contrasts_is_the_computed_one_rounded_down() {
    for scheme in [Scheme::Light, Scheme::Dark] {
        for transparent in [false, true] {
            for host in HostPage::ALL {
                let ratio = lowest_contrast(scheme, transparent, host);
                assert_eq!(
                    f64::from(lowest_tenths(scheme, transparent, host)),
                    (ratio * 10.0).floor(),
                    "{scheme:?} transparent={transparent} {host:?}: {ratio}"
                );
            }
        }
    }
    assert_eq!(ratio_text(60), "6.0");
    assert_eq!(f64::from(AA_TEXT_TENTHS) / 10.0, AA_TEXT);
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn the_code_and_the_warnings_speak_the_storys_language() {
    let (iframe, pym) = in_language("es", || {
        let location = Location::default();
        (
            snippet(Variant::Iframe, PAGE, &location, &DATA, "qe-1"),
            snippet(Variant::Pym, PAGE, &location, &DATA, "qe-1"),
        )
    });
    let title = format!("Explorador de declaraciones: {}", DATA.article.headline);
    assert!(
        iframe.contains(&format!(r#" title="{}""#, escape(&title))),
        "{iframe}"
    );
    assert!(
        pym.contains(&format!("title: {}", js_string(&title))),
        "{pym}"
    );
    let de = in_language("de", || {
        let embed = Embed {
            theme: Theme::Light,
            transparent: true,
            ..Embed::default()
        };
        (contrast_warning(&embed, HostPage::Dark), ratio_text(58))
    });
    assert_eq!(
        de,
        (
            Some("Dunkler Text auf einer dunklen Seite (1,2:1, unter 4,5:1): Wählen Sie das Farbschema „Dunkel“ oder einen deckenden Hintergrund.".to_owned()),
            "5,8".to_owned()
        )
    );
}
