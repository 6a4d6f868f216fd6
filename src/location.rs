//! The URL codec: one place that turns a view into a query string and back.
//! The app, its tests and every link it generates (share links, embed code)
//! go through [`encode`] and [`parse`].
//!
//! Canonical form: `?speaker=…&topic=…&stance=…&q=…&sort=article&view=article&density=…&embed=1&embedId=…&theme=…&background=transparent&cards=…&controls=0`,
//! values comma-separated in the data's order, empty and default parameters left out, so
//! equal views have equal URLs. Parsing never fails: unknown parameters are
//! skipped, unknown or malformed values are dropped and reported in
//! [`Parsed::ignored`] so the app can say what it ignored.

use qe_core::i18n::m;
use std::fmt;

use crate::filter::{Facet, FilterState};
use crate::model::Dataset;

/// The longest query kept from a URL, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// The longest `embedId` / pym `childId` accepted.
const MAX_ID_CHARS: usize = 64;
/// How much of an ignored value a notice repeats.
const SHOWN_CHARS: usize = 40;

/// Which of the two views of the statements is open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    List,
    Article,
}

/// The embed's palette, its text and surface colours (`theme=`): light
/// (the default), dark, or whichever the reader's system prefers (`auto`,
/// `prefers-color-scheme`). Orthogonal to [`Embed::transparent`]. Applied
/// before the first paint by `boot.js`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    Auto,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// The value in the URL (`theme=dark`).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }

    fn find(value: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id() == value)
    }
}

/// `background=`: `solid` (the default: the theme's own page colour) or
/// `transparent` (the host's page shows through). Links written before
/// `theme=` existed said the palette here too, and still read as they
/// did: `background=light` is the light theme on a solid background,
/// `background=dark` reads as `theme=dark`, `background=auto` as
/// `theme=auto`. An explicit `theme=` wins over those; the encoder writes
/// only the new form.
fn read_background(value: &str) -> Option<(bool, Theme)> {
    match value {
        "solid" | "light" => Some((false, Theme::Light)),
        "transparent" => Some((true, Theme::Light)),
        "dark" => Some((false, Theme::Dark)),
        "auto" => Some((false, Theme::Auto)),
        _ => None,
    }
}

/// How many cards an embed shows before its "Show all" button, unless the
/// URL says otherwise (`cards=`): enough to read, short enough for a story.
pub const FIRST_CARDS: u16 = 5;
/// The largest `cards=` accepted; more is what `cards=all` is for.
pub const MAX_FIRST_CARDS: u16 = 999;

/// Embed mode (`?embed=1`), the id the host page gave the frame, and the
/// host's choices of look. Every field but `on` is the default unless `on`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Embed {
    pub on: bool,
    pub id: Option<String>,
    pub theme: Theme,
    /// No page colour of its own (`background=transparent`): the host's
    /// page shows through, and the theme must suit it.
    pub transparent: bool,
    /// Cards shown before "Show all"; `None` shows every card (`cards=all`).
    pub first_cards: Option<u16>,
    /// The filter panel and the active-filter chips (`controls=0` hides
    /// them, for a fixed view).
    pub controls: bool,
}

impl Default for Embed {
    fn default() -> Self {
        Embed {
            on: false,
            id: None,
            theme: Theme::Light,
            transparent: false,
            first_cards: Some(FIRST_CARDS),
            controls: true,
        }
    }
}

/// How the list shows each statement: its whole card, or one line that a
/// tap expands (`density=compact`). Compact is an embed's default, whole
/// cards the page's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Density {
    #[default]
    Full,
    Compact,
}

impl Density {
    /// The value in the URL (`density=compact`).
    pub fn id(self) -> &'static str {
        match self {
            Density::Full => "full",
            Density::Compact => "compact",
        }
    }

    fn find(value: &str) -> Option<Density> {
        [Density::Full, Density::Compact]
            .into_iter()
            .find(|d| d.id() == value)
    }
}

/// Everything a URL says about what the reader sees.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Location {
    pub filter: FilterState,
    /// A search's results in article order rather than best match first
    /// (`sort=article`; only with a search).
    pub article_order: bool,
    pub view: View,
    pub embed: Embed,
    /// The list's density when the reader chose the other one than the
    /// layout's default ([`Location::density`]); `None` otherwise, so that
    /// equal views have one address.
    pub chosen_density: Option<Density>,
}

impl Location {
    /// The list's density: the reader's choice, or the layout's default
    /// (compact in an embed, whole cards on the page).
    pub fn density(&self) -> Density {
        self.chosen_density.unwrap_or(self.default_density())
    }

    fn default_density(&self) -> Density {
        if self.embed.on {
            Density::Compact
        } else {
            Density::Full
        }
    }

    /// Shows the list at `density`, remembered only where it is not the
    /// layout's default.
    pub fn set_density(&mut self, density: Density) {
        self.chosen_density = (density != self.default_density()).then_some(density);
    }

    /// A fixed view (`embed=1&controls=0`): nothing in it changes the
    /// filters; its one way on is the footer's link to the full explorer.
    pub fn fixed(&self) -> bool {
        self.embed.on && !self.embed.controls
    }

    /// The same view in the full page: what links leaving an embed open.
    pub fn full_view(&self) -> Location {
        Location {
            embed: Embed::default(),
            chosen_density: None,
            ..self.clone()
        }
    }
}

/// Something in a URL that the app could not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ignored {
    /// A value that names nothing in the data, e.g. `speaker=nobody`.
    Value { key: &'static str, value: String },
    /// A search longer than [`MAX_QUERY_CHARS`], cut to that length.
    LongQuery,
    /// A `#statement-…` fragment naming no statement.
    Statement(String),
    /// The link's filters, which hid the statement its fragment names.
    FiltersHidingTarget,
}

/// What was ignored, as the notice names it, in the installed catalogue's
/// words (`share.ftl`): "speaker “nobody”".
impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ignored::Value { key, value } => f.write_str(&m::ignored_value(*key, value)),
            Ignored::LongQuery => f.write_str(&m::ignored_long_search(MAX_QUERY_CHARS)),
            Ignored::Statement(id) => f.write_str(&m::ignored_statement(id)),
            Ignored::FiltersHidingTarget => f.write_str(m::ignored_filters_hiding_target()),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub location: Location,
    /// pym.js's `childId`: heights go to the parent under this name.
    pub pym_child_id: Option<String>,
    pub ignored: Vec<Ignored>,
}

/// The first `max` characters of `text`.
fn clip(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .map_or(text, |(i, _)| &text[..i])
}

/// Percent-decodes a query component (`+` is a space). Malformed escapes are
/// kept as they are; bytes that are not UTF-8 become U+FFFD.
pub fn decode_component(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) if hex.is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit())) => {
                        out.push(byte);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes a query component; spaces become `+`.
pub fn encode_component(text: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
}

/// An id the host page chose (`embedId`, pym's `childId`): letters, digits
/// and `-_.:`, at most [`MAX_ID_CHARS`].
fn host_id(value: &str) -> Option<String> {
    let ok = !value.is_empty()
        && value.chars().count() <= MAX_ID_CHARS
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
    ok.then(|| value.to_owned())
}

/// Reads a query string (with or without its leading `?`).
pub fn parse(search: &str, data: &Dataset) -> Parsed {
    let mut parsed = Parsed::default();
    // `theme=` as given, and the theme an old link's `background=` named.
    let mut theme = None;
    let mut old_theme = Theme::Light;
    let search = search.strip_prefix('?').unwrap_or(search);
    for pair in search.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode_component(raw_key);
        let value = decode_component(raw_value);
        let read = match key.as_str() {
            "theme" => Theme::find(&value).map(|t| theme = Some(t)).ok_or("theme"),
            "background" => read_background(&value)
                .map(|(transparent, t)| {
                    parsed.location.embed.transparent = transparent;
                    old_theme = t;
                })
                .ok_or("background"),
            _ => match Facet::ALL.into_iter().find(|f| f.key() == key) {
                Some(facet) => {
                    read_facet(facet, &value, data, &mut parsed);
                    Ok(())
                }
                None => read_parameter(&key, &value, &mut parsed),
            },
        };
        if let Err(key) = read {
            parsed.ignored.push(Ignored::Value {
                key,
                value: clip(&value, SHOWN_CHARS).to_owned(),
            });
        }
    }
    parsed.location.embed.theme = theme.unwrap_or(old_theme);
    // The frame's id and look mean nothing outside an embed.
    if !parsed.location.embed.on {
        parsed.location.embed = Embed::default();
    }
    // The layout's own density needs no word in the address.
    if let Some(density) = parsed.location.chosen_density {
        parsed.location.set_density(density);
    }
    // Without a search there is one order, and one address for it.
    if parsed.location.filter.query.is_empty() {
        parsed.location.article_order = false;
    }
    parsed
}

/// `speaker=`, `topic=`, `stance=`: comma-separated ids, any case; each id
/// that names nothing is reported.
fn read_facet(facet: Facet, value: &str, data: &Dataset, parsed: &mut Parsed) {
    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        match facet.find(data, &id.to_ascii_lowercase()) {
            Some(v) => {
                parsed.location.filter.selected_mut(facet).insert(v);
            }
            None => parsed.ignored.push(Ignored::Value {
                key: facet.key(),
                value: clip(id, SHOWN_CHARS).to_owned(),
            }),
        }
    }
}

/// Every parameter but the facets, `theme` and `background`; `Err(key)` when the value is not one
/// the parameter takes. Anything else (pym's other parameters, trackers'
/// `utm_*`) is not ours to judge.
fn read_parameter(key: &str, value: &str, parsed: &mut Parsed) -> Result<(), &'static str> {
    let location = &mut parsed.location;
    match key {
        "q" => {
            let kept = clip(value, MAX_QUERY_CHARS);
            if kept.len() < value.len() {
                parsed.ignored.push(Ignored::LongQuery);
            }
            location.filter.query = kept.to_owned();
        }
        "sort" => {
            location.article_order = match value {
                "article" => true,
                "best" | "" => false,
                _ => return Err("sort"),
            }
        }
        "view" => {
            location.view = match value {
                "article" => View::Article,
                "list" | "" => View::List,
                _ => return Err("view"),
            }
        }
        "embed" => location.embed.on = flag(value).ok_or("embed")?,
        "embedId" => location.embed.id = Some(host_id(value).ok_or("embedId")?),
        "cards" => location.embed.first_cards = first_cards(value).ok_or("cards")?,
        "controls" => location.embed.controls = flag(value).ok_or("controls")?,
        "density" => location.chosen_density = Some(Density::find(value).ok_or("density")?),
        "childId" => parsed.pym_child_id = host_id(value),
        _ => {}
    }
    Ok(())
}

/// `1`/`true` or `0`/`false`.
fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" => Some(true),
        "0" | "false" => Some(false),
        _ => None,
    }
}

/// `cards=`: `all`, or a count from 1 to [`MAX_FIRST_CARDS`] in plain digits.
fn first_cards(value: &str) -> Option<Option<u16>> {
    if value == "all" {
        return Some(None);
    }
    if value.is_empty() || value.len() > 3 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value
        .parse::<u16>()
        .ok()
        .filter(|n| (1..=MAX_FIRST_CARDS).contains(n))
        .map(Some)
}

/// The canonical query string of `location`, with its `?`, or `""` for the
/// default view.
pub fn encode(location: &Location, data: &Dataset) -> String {
    let mut out = String::new();
    let start = |out: &mut String, key: &str| {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(key);
        out.push('=');
    };
    for facet in Facet::ALL {
        let selected = location.filter.selected(facet);
        if selected.is_empty() {
            continue;
        }
        start(&mut out, facet.key());
        for (n, &v) in selected.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            out.push_str(facet.value_id(data, v));
        }
    }
    if !location.filter.query.is_empty() {
        start(&mut out, "q");
        encode_component(&location.filter.query, &mut out);
        if location.article_order {
            start(&mut out, "sort");
            out.push_str("article");
        }
    }
    if location.view == View::Article {
        start(&mut out, "view");
        out.push_str("article");
    }
    if let Some(density) = location.chosen_density {
        start(&mut out, "density");
        out.push_str(density.id());
    }
    if location.embed.on {
        start(&mut out, "embed");
        out.push('1');
        let embed = &location.embed;
        if let Some(id) = &embed.id {
            start(&mut out, "embedId");
            encode_component(id, &mut out);
        }
        if embed.theme != Theme::Light {
            start(&mut out, "theme");
            out.push_str(embed.theme.id());
        }
        if embed.transparent {
            start(&mut out, "background");
            out.push_str("transparent");
        }
        if embed.first_cards != Some(FIRST_CARDS) {
            start(&mut out, "cards");
            match embed.first_cards {
                Some(n) => out.push_str(&n.to_string()),
                None => out.push_str("all"),
            }
        }
        if !embed.controls {
            start(&mut out, "controls");
            out.push('0');
        }
    }
    out
}

/// The fragment that deep-links to a statement's card.
pub fn statement_fragment(id: &str) -> String {
    format!("#statement-{id}")
}

/// Reads `#statement-<id>`: `Ok(None)` for no fragment or another kind of
/// fragment, `Err` for a statement that does not exist.
pub fn parse_fragment(hash: &str, data: &Dataset) -> Result<Option<usize>, Ignored> {
    let hash = decode_component(hash.strip_prefix('#').unwrap_or(hash));
    let Some(id) = hash.strip_prefix("statement-") else {
        return Ok(None);
    };
    data.statement_index(id)
        .map(Some)
        .ok_or_else(|| Ignored::Statement(clip(id, SHOWN_CHARS).to_owned()))
}

/// A short description of the active filters, for the document title and
/// the share text: "Sergey Lavrov · Syria · Disputed · “trust”".
pub fn describe(filter: &FilterState, data: &Dataset) -> String {
    let mut out = String::new();
    let mut part = |text: &str| {
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push_str(text);
    };
    for facet in Facet::ALL {
        for &v in filter.selected(facet) {
            part(facet.value_label(data, v));
        }
    }
    let query = filter.query.trim();
    if !query.is_empty() {
        part(&m::view_search_words(clip(query, SHOWN_CHARS)));
    }
    out
}

#[cfg(test)]
mod tests;
