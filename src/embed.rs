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
use crate::location::{encode, Embed, Location, Theme, View};
use crate::model::Dataset;
use qe_core::i18n::{self, m, Arg};

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
    // The frame's title in the story's language (`embed-frame-title`).
    let title = m::embed_frame_title(data.article.headline);
    if variant == Variant::Pym {
        // pym.js's Parent takes an element id: the script finds its own
        // element (the nearest <div> before it), gives it a fresh id if the
        // page already has that one (the same code pasted twice), and pym.js
        // names the frame's messages after it.
        let src = frame_url(page_url, location, data, None);
        return format!(
            r#"<div id="{id}"{scheme}></div>
<script src="{PYM_SCRIPT}"></script>
<script>
(function (el) {{
  while (el.tagName !== "DIV") el = el.previousElementSibling;
  if (document.getElementById(el.id) !== el) el.id += "-" + Math.random().toString(36).slice(2, 8);
  new pym.Parent(el.id, {src}, {{ title: {title} }});
}})(document.currentScript);
</script>"#,
            id = escape(embed_id),
            scheme = frame_scheme(&location.embed).map_or(String::new(), |scheme| {
                format!(r#" style="color-scheme:{scheme}""#)
            }),
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
        r#"<iframe id="{id}" title="{title}" src="{src}"{sandbox} loading="lazy" style="width:100%;border:0{scheme}" height="{INITIAL_HEIGHT}"></iframe>
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
        scheme =
            frame_scheme(&location.embed).map_or(String::new(), |s| format!(";color-scheme:{s}")),
        origin = js_string(origin),
    )
}

/// The `color-scheme` a transparent embed's frame element needs: its page's.
/// Where the two differ, browsers paint an opaque canvas (white, or near
/// black) behind the page. `None` for a solid background, which paints its own.
pub fn frame_scheme(embed: &Embed) -> Option<&'static str> {
    embed.transparent.then_some(match embed.theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::Auto => "light dark",
    })
}

/// A colour as its sRGB channels, `0xRRGGBB`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u32);

impl Rgb {
    /// WCAG 2's relative luminance: 0 for black, 1 for white.
    pub fn luminance(self) -> f64 {
        let linear = |shift: u32| {
            let c = f64::from((self.0 >> shift) & 0xff) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(16) + 0.7152 * linear(8) + 0.0722 * linear(0)
    }
}

/// WCAG 2's contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (a.luminance(), b.luminance());
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// The variables of [`Scheme::page_text`]'s colours, in order.
pub const PAGE_TEXT: [&str; 11] = [
    "--text", "--muted", "--accent", "--side-0", "--side-1", "--side-2", "--side-3", "--side-4",
    "--side-5", "--side-6", "--side-7",
];

/// WCAG AA's least contrast for text (4.5:1). The text colours below are
/// also the focus ring and the controls' marks, which need 3:1.
pub const AA_TEXT: f64 = 4.5;

/// One of the palettes a reader sees: a theme's, or `auto`'s for the
/// reader's setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Light,
    Dark,
}

impl Scheme {
    /// The page colour of a solid background (`--bg` in styles/app.css).
    pub fn page(self) -> Rgb {
        match self {
            Scheme::Light => Rgb(0xfbfaf7),
            Scheme::Dark => Rgb(0x15171a),
        }
    }

    /// Every colour text is set in straight on the page, outside the cards
    /// and pills that bring their own surface: the variables [`PAGE_TEXT`]
    /// of styles/app.css (a test holds the two alike).
    pub fn page_text(self) -> [u32; 11] {
        match self {
            Scheme::Light => [
                0x1b1b1b, 0x555555, 0x0b5cad, 0x1d4f91, 0xa3262a, 0x1e6b3a, 0x6b3fa0, 0x8a4b00,
                0x006d77, 0xa0236b, 0x5b5b5b,
            ],
            Scheme::Dark => [
                0xececec, 0xb4b4b4, 0x8cc4ff, 0x9cc3ff, 0xff9d9a, 0x7fd69a, 0xc9a7ff, 0xffb86b,
                0x6fd3dc, 0xff9fd0, 0xc4c4c4,
            ],
        }
    }

    /// The palettes `theme` shows: its own, or for `auto` either.
    pub fn of(theme: Theme) -> &'static [Scheme] {
        match theme {
            Theme::Light => &[Scheme::Light],
            Theme::Dark => &[Scheme::Dark],
            Theme::Auto => &[Scheme::Light, Scheme::Dark],
        }
    }
}

/// The story pages the dialog previews an embed on, and checks it against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostPage {
    Light,
    Dark,
}

impl HostPage {
    pub const ALL: [HostPage; 2] = [HostPage::Light, HostPage::Dark];

    /// The page's colour as the messages choose by it (`$page`): `light`
    /// or `dark`.
    pub fn id(self) -> &'static str {
        match self {
            HostPage::Light => "light",
            HostPage::Dark => "dark",
        }
    }

    /// The page colour assumed: the extremes, white and black.
    pub fn colour(self) -> Rgb {
        match self {
            HostPage::Light => Rgb(0xffffff),
            HostPage::Dark => Rgb(0x000000),
        }
    }
}

/// The lowest contrast of an embed's page text, in `scheme`, against what
/// is behind it on `host`: the host's colour when transparent, else its
/// own page colour.
pub fn lowest_contrast(scheme: Scheme, transparent: bool, host: HostPage) -> f64 {
    let behind = if transparent {
        host.colour()
    } else {
        scheme.page()
    };
    scheme
        .page_text()
        .iter()
        .map(|&colour| contrast(Rgb(colour), behind))
        .fold(f64::INFINITY, f64::min)
}

/// [`lowest_contrast`] in tenths, rounded down (6.08:1 is 60, said "6.0:1
/// or more"), from [`LOWEST_TENTHS`]: what the dialog says, without
/// `powf` or floating-point formatting in the wasm. A test holds the table
/// to [`lowest_contrast`] on the colours of styles/app.css.
pub fn lowest_tenths(scheme: Scheme, transparent: bool, host: HostPage) -> u16 {
    LOWEST_TENTHS[scheme as usize][usize::from(transparent)][host as usize]
}

/// [`lowest_tenths`]' table: by scheme (light, dark), background (solid,
/// transparent) and host page (light, dark).
pub const LOWEST_TENTHS: [[[u16; 2]; 2]; 2] = [[[58, 58], [60, 12]], [[86, 86], [11, 101]]];

/// [`AA_TEXT`] in tenths.
pub const AA_TEXT_TENTHS: u16 = 45;

/// A ratio in tenths as the installed catalogue's language writes it:
/// `60` is "6.0" (German "6,0").
pub fn ratio_text(tenths: u16) -> String {
    i18n::current().numbers.tenths(u64::from(tenths))
}

/// What the dialog warns of for `embed`'s look on `host`, or `None` when
/// every palette it can show keeps AA contrast there
/// (`embed-contrast-warning`, or `-auto` for the theme that follows the
/// reader's device).
pub fn contrast_warning(embed: &Embed, host: HostPage) -> Option<String> {
    let schemes = Scheme::of(embed.theme);
    let (scheme, tenths) = schemes
        .iter()
        .map(|&s| (s, lowest_tenths(s, embed.transparent, host)))
        .find(|&(_, tenths)| tenths < AA_TEXT_TENTHS)?;
    // The palette a reader's device picks, and the colour of its text.
    let (mode, text) = match scheme {
        Scheme::Light => ("light", "dark"),
        Scheme::Dark => ("dark", "light"),
    };
    let page = host.id();
    let ratio = Arg::Tenths(u64::from(tenths));
    let minimum = Arg::Tenths(u64::from(AA_TEXT_TENTHS));
    Some(match schemes.len() {
        1 => m::embed_contrast_warning(minimum, page, ratio, text),
        _ => m::embed_contrast_warning_auto(minimum, mode, page, ratio, text),
    })
}

#[cfg(test)]
mod tests;
