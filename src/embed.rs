//! The embed code a newsroom pastes into its CMS: an `<iframe>` with a short
//! parent script that resizes it (plain, or sandboxed), or the pym.js
//! variant. Built from the same URL codec as every other link, from the
//! story's published address ([`published_url`]) or else the address the app is served at.
//!
//! Any number of snippets may sit on one page, the same one twice included:
//! each script finds its own frame from `document.currentScript` (the
//! element just before it), not by an id, and heeds only messages whose
//! `source` is that frame's window.

use crate::filter::Facet;
use crate::html::escape;
use crate::location::{encode, Location, View};
use crate::model::Dataset;

/// The iframe's height before the first message arrives.
pub const INITIAL_HEIGHT: u32 = 900;
/// The pym.js library, as its authors publish it.
pub const PYM_SCRIPT: &str = "https://pym.nprapps.org/pym.v1.min.js";
/// What the sandboxed variant allows: scripts (the app), and links that
/// open a new tab as a normal page (without `allow-popups` every link out is
/// silently blocked; without `-to-escape-sandbox` the article would open
/// sandboxed too).
pub const SANDBOX: &str = "allow-scripts allow-popups allow-popups-to-escape-sandbox";
/// The address embed code points at: the story's published one if its
/// page says (`Dataset::story_url`, from `QUOTE_EXPLORER_PUBLIC_URL` when the
/// page was written), wherever the dialog is opened (a staging server, a
/// laptop); else the one the app is served from.
pub fn published_url<'a>(public: Option<&'a str>, served_from: &'a str) -> &'a str {
    public.filter(|url| !url.is_empty()).unwrap_or(served_from)
}

/// The three kinds of code the dialog offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// An iframe and a script that sets its height.
    Iframe,
    /// The same inside `sandbox` ([`SANDBOX`]), for CMSs that require one.
    Sandboxed,
    /// For pages that already use pym.js.
    Pym,
}

/// A JavaScript string literal that is also safe inside `<script>`.
pub fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The origin (`scheme://host[:port]`) of an absolute URL.
pub fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    url[after_scheme..]
        .find('/')
        .map_or(url, |i| &url[..after_scheme + i])
}

/// The longest part of an embed id taken from the view, so that with its
/// suffix it stays well inside the codec's 64 characters.
const VIEW_PART_CHARS: usize = 40;

/// An id for one copy of the code: `qe`, the view's values
/// (`qe-syria-disputed`), and `nonce` in base 36, so two views, or the same
/// view copied twice, get different ids. Only `[a-z0-9-]`, which the codec
/// accepts as an `embedId` and HTML as an element id.
pub fn embed_id(location: &Location, data: &Dataset, nonce: u32) -> String {
    let mut id = String::from("qe");
    let mut part = |value: &str| {
        id.push('-');
        id.extend(value.chars().map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        }));
    };
    for facet in Facet::ALL {
        for &v in location.filter.selected(facet) {
            part(facet.value_id(data, v));
        }
    }
    if !location.filter.query.is_empty() {
        part("search");
    }
    if location.view == View::Article {
        part("article");
    }
    if id.len() > VIEW_PART_CHARS {
        id.truncate(VIEW_PART_CHARS);
    }
    id.push('-');
    let mut n = nonce;
    let start = id.len();
    loop {
        let digit = (n % 36) as u8;
        id.insert(
            start,
            char::from(if digit < 10 {
                b'0' + digit
            } else {
                b'a' + digit - 10
            }),
        );
        n /= 36;
        if n == 0 {
            break;
        }
    }
    id
}

/// The embedded page's URL for `location` (filters, view and the embed's
/// look), in embed mode with `embed_id`.
pub fn frame_url(
    page_url: &str,
    location: &Location,
    data: &Dataset,
    embed_id: Option<&str>,
) -> String {
    let mut embedded = location.clone();
    embedded.embed.on = true;
    embedded.embed.id = embed_id.map(str::to_owned);
    let mut url = String::from(page_url);
    url.push_str(&encode(&embedded, data));
    url
}

/// The code to paste for `variant`. `location` carries the view and the
/// embed's look; `page_url` is where the app is published; `embed_id`
/// comes from [`embed_id`].
pub fn snippet(
    variant: Variant,
    page_url: &str,
    location: &Location,
    data: &Dataset,
    embed_id: &str,
) -> String {
    let mut title = String::from("Quote Explorer: ");
    title.push_str(data.article.headline);
    if variant == Variant::Pym {
        // pym.js's Parent takes an element id: the script finds its own
        // element (the nearest <div> before it), gives it a fresh id if the
        // page already has that one (the same code pasted twice), and pym.js
        // names the frame's messages after it.
        let src = frame_url(page_url, location, data, None);
        return format!(
            r#"<div id="{id}"></div>
<script src="{PYM_SCRIPT}"></script>
<script>
(function (el) {{
  while (el.tagName !== "DIV") el = el.previousElementSibling;
  if (document.getElementById(el.id) !== el) el.id += "-" + Math.random().toString(36).slice(2, 8);
  new pym.Parent(el.id, {src}, {{ title: {title} }});
}})(document.currentScript);
</script>"#,
            id = escape(embed_id),
            src = js_string(&src),
            title = js_string(&title),
        );
    }
    let src = frame_url(page_url, location, data, Some(embed_id));
    // A sandboxed frame has an opaque origin: its messages come from "null".
    let (sandbox, origin) = match variant {
        Variant::Sandboxed => (format!(r#" sandbox="{SANDBOX}""#), "null"),
        _ => (String::new(), origin_of(page_url)),
    };
    format!(
        r#"<iframe id="{id}" title="{title}" src="{src}"{sandbox} loading="lazy" style="width:100%;border:0" height="{INITIAL_HEIGHT}"></iframe>
<script>
(function (frame) {{
  window.addEventListener("message", function (event) {{
    if (event.source !== frame.contentWindow || event.origin !== {origin}) return;
    var data = event.data;
    if (!data || data.type !== "quote-explorer:height" || typeof data.height !== "number") return;
    frame.style.height = Math.max(100, Math.ceil(data.height)) + "px";
  }});
}})(document.currentScript.previousElementSibling);
</script>"#,
        id = escape(embed_id),
        title = escape(&title),
        src = escape(&src),
        origin = js_string(origin),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::location::{parse, Background};
    use crate::model::DATA;

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
        assert!(code
            .contains(r#" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" "#));
        assert!(!code.contains("allow-same-origin"));
        assert!(code.contains(r#"event.origin !== "null""#));
        assert!(code.contains("event.source !== frame.contentWindow"));
    }

    #[test]
    fn the_code_carries_the_embeds_look_through_the_codec() {
        let mut location = parse("?topic=ukraine", &DATA).location;
        location.embed.background = Background::Transparent;
        location.embed.first_cards = Some(3);
        location.embed.controls = false;
        let code = snippet(Variant::Iframe, PAGE, &location, &DATA, "qe-u");
        assert!(code.contains("?topic=ukraine&amp;embed=1&amp;embedId=qe-u&amp;background=transparent&amp;cards=3&amp;controls=0\""), "{code}");
        let pym = snippet(Variant::Pym, PAGE, &location, &DATA, "qe-u");
        assert!(
            pym.contains("?topic=ukraine&embed=1&background=transparent&cards=3&controls=0\""),
            "{pym}"
        );
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
}
