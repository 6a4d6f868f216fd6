//! The embed code a newsroom pastes into its CMS: an `<iframe>` with a short
//! parent script that resizes it, or the pym.js variant. Built from the same
//! URL codec as every other link, from the address the app is served at.

use crate::html::escape;
use crate::location::{encode, Location};
use crate::model::Dataset;

/// The iframe's height before the first message arrives.
pub const INITIAL_HEIGHT: u32 = 900;
/// The pym.js library, as its authors publish it.
pub const PYM_SCRIPT: &str = "https://pym.nprapps.org/pym.v1.min.js";

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

/// The embedded page's URL for `location`, in embed mode with `embed_id`.
pub fn frame_url(
    page_url: &str,
    location: &Location,
    data: &Dataset,
    embed_id: Option<&str>,
) -> String {
    let mut embedded = location.clone();
    embedded.embed.on = true;
    embedded.embed.id = embed_id.map(str::to_owned);
    format!("{page_url}{}", encode(&embedded, data))
}

/// The iframe and the parent script that sets its height from our messages,
/// accepting them only from our origin and from that iframe.
pub fn iframe_snippet(
    page_url: &str,
    location: &Location,
    data: &Dataset,
    embed_id: &str,
) -> String {
    let src = frame_url(page_url, location, data, Some(embed_id));
    let title = format!("Quote Explorer: {}", data.article.headline);
    format!(
        r#"<iframe id="{id}" title="{title}" src="{src}" loading="lazy" style="width:100%;border:0" height="{INITIAL_HEIGHT}"></iframe>
<script>
(function () {{
  var frame = document.getElementById({id_js});
  window.addEventListener("message", function (event) {{
    if (event.origin !== {origin} || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== "quote-explorer:height" || typeof data.height !== "number") return;
    frame.style.height = Math.max(100, Math.ceil(data.height)) + "px";
  }});
}})();
</script>"#,
        id = escape(embed_id),
        title = escape(&title),
        src = escape(&src),
        id_js = js_string(embed_id),
        origin = js_string(origin_of(page_url)),
    )
}

/// The same view for pages that already use pym.js: its Parent adds
/// `childId` to our URL and we answer in its protocol.
pub fn pym_snippet(page_url: &str, location: &Location, data: &Dataset, embed_id: &str) -> String {
    let src = frame_url(page_url, location, data, None);
    let title = format!("Quote Explorer: {}", data.article.headline);
    format!(
        r#"<div id="{id}"></div>
<script src="{PYM_SCRIPT}"></script>
<script>
new pym.Parent({id_js}, {src}, {{ title: {title} }});
</script>"#,
        id = escape(embed_id),
        id_js = js_string(embed_id),
        src = js_string(&src),
        title = js_string(&title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::location::parse;
    use crate::model::DATA;

    const PAGE: &str = "https://news.example/interactives/quotes/";

    #[test]
    fn the_iframe_points_at_the_current_view_in_embed_mode() {
        let location = parse("?topic=syria&stance=disputed", &DATA).location;
        let code = iframe_snippet(PAGE, &location, &DATA, "qe-1");
        assert!(code.contains(
            r#"src="https://news.example/interactives/quotes/?topic=syria&amp;stance=disputed&amp;embed=1&amp;embedId=qe-1""#
        ));
        assert!(code.contains(r#"loading="lazy" style="width:100%;border:0""#));
        assert!(code.contains(r#"event.origin !== "https://news.example""#));
        assert!(code.contains("event.source !== frame.contentWindow"));
        assert!(code.lines().count() < 20, "{code}");
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
    fn the_pym_variant_uses_pyms_parent() {
        let code = pym_snippet(PAGE, &Location::default(), &DATA, "qe-1");
        assert!(code.contains(
            r#"new pym.Parent("qe-1", "https://news.example/interactives/quotes/?embed=1""#
        ));
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
