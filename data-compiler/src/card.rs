//! The share card: the picture a link preview shows (`og:image`), drawn from
//! the data at build time by the post-build hook when the data names no
//! `share_image` of its own. It tells the story at a glance: the headline,
//! where and when (when the data says), how many statements and disputes,
//! and who speaks, grouped and coloured by side as the app colours them.
//!
//! [`svg`] writes the card as an SVG string (every text from the data
//! escaped; its words from the installed catalogue, laid out from the
//! right in a right-to-left language); [`png`] (feature `card`) renders it with resvg and the
//! system's fonts (DejaVu Sans, Debian's `fonts-dejavu-core`, which
//! `scripts/dev.sh setup` installs) into a 1200×630 PNG.

use crate::{Article, Data};
use qe_core::html::escape;
use qe_core::i18n::{self, current, m, Arg, Msg};
use qe_core::vocab::dispute_of;

/// The card's size in pixels: the 1.91:1 that Open Graph and Twitter's
/// large summary card show uncropped.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The generated card's file name beside `index.html`.
pub const FILE_NAME: &str = "share.png";

/// The fonts, first found first: the one `scripts/dev.sh setup` installs,
/// then any sans-serif face.
const FONT_FAMILY: &str = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
/// The app's light palette (`styles/app.css`): `--bg`, `--text`,
/// `--muted`, `--accent` and `--side-0` … `--side-7`.
const BG: &str = "#fbfaf7";
const TEXT: &str = "#1b1b1b";
const MUTED: &str = "#555555";
const ACCENT: &str = "#0b5cad";
const SIDES: [&str; 8] = [
    "#1d4f91", "#a3262a", "#1e6b3a", "#6b3fa0", "#8a4b00", "#006d77", "#a0236b", "#5b5b5b",
];

const MARGIN: f32 = 64.0;
const TEXT_WIDTH: f32 = WIDTH as f32 - 2.0 * MARGIN;
const ELLIPSIS: char = '…';

/// The width in pixels `text` takes at `size` px, bold or not: measured
/// with the real font by [`png`], estimated by [`estimate`] in tests.
pub type Measure<'a> = &'a dyn Fn(&str, f32, bool) -> f32;

/// A generous estimate of DejaVu Sans's width (its widest letters are
/// about 0.8 em, its average lower case about 0.6 em; bold a tenth more).
pub fn estimate(text: &str, size: f32, bold: bool) -> f32 {
    let em = if bold { 0.68 } else { 0.62 };
    text.chars().count() as f32 * size * em
}

/// The disputes, as the stance pill counts them
/// ([`qe_core::vocab::dispute_of`]): a claim and the answers that dispute
/// it are one.
pub fn disputes(data: &Data) -> usize {
    let mut claims = vec![false; data.statements.len()];
    for (i, s) in data.statements.iter().enumerate() {
        if let Some(claim) = dispute_of(i, s.stance, s.responds_to, s.relation) {
            claims[claim] = true;
        }
    }
    claims.iter().filter(|&&c| c).count()
}

/// The card in words, for `og:image:alt`: what it shows, in its order.
pub fn alt(data: &Data) -> String {
    let a = &data.article;
    let mut parts = vec![m::share_card_alt_headline(&a.headline)];
    parts.extend(setting_in_words(a));
    let statements = m::statements_count(data.statements.len());
    let disputes = m::disputes_count(disputes(data));
    parts.push(i18n::format(
        Msg::ShareCardAltCounts,
        &[Arg::Written(&disputes), Arg::Written(&statements)],
    ));
    for (i, side) in data.sides.iter().enumerate() {
        let names: Vec<&str> = data
            .speakers
            .iter()
            .filter(|s| s.side == Some(i))
            .map(|s| s.name.as_str())
            .collect();
        if !names.is_empty() {
            let names = joined(&names);
            parts.push(i18n::format(
                Msg::ShareCardAltSide,
                &[Arg::Written(&names), (&side.label).into()],
            ));
        }
    }
    parts.join(m::share_card_alt_separator())
}

/// Names joined by the catalogue's separator (`share-card-names-separator`),
/// each isolated in a right-to-left language.
fn joined(names: &[&str]) -> String {
    let rtl = current().rtl;
    names
        .iter()
        .map(|name| {
            if rtl {
                format!("\u{2068}{name}\u{2069}")
            } else {
                (*name).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(m::share_card_names_separator())
}

/// `text` cut at the last character that leaves room for "…" within
/// `width`, or whole if it fits.
fn cut(text: &str, width: f32, size: f32, bold: bool, measure: Measure) -> String {
    if measure(text, size, bold) <= width {
        return text.to_owned();
    }
    let mut chars: Vec<char> = text.trim_end().chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let shown: String = chars.iter().collect::<String>().trim_end().to_owned() + "…";
        if measure(&shown, size, bold) <= width {
            return shown;
        }
    }
    ELLIPSIS.to_string()
}

/// `text` in at most `max_lines` lines of `width`, broken between words
/// (inside a word only when one word is wider than a line); the last line
/// ends in "…" when the text does not fit.
pub fn wrap(
    text: &str,
    width: f32,
    max_lines: usize,
    size: f32,
    bold: bool,
    measure: Measure,
) -> Vec<String> {
    let fits = |s: &str| measure(s, size, bold) <= width;
    // The words, one wider than a line in pieces that fit.
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if piece.chars().count() > 1 && !fits(&piece) {
                piece.pop();
                words.push(std::mem::replace(&mut piece, c.to_string()));
            }
        }
        words.push(piece);
    }
    let mut lines: Vec<String> = Vec::new();
    for word in words {
        match lines.last_mut() {
            Some(line) if fits(&format!("{line} {word}")) => {
                line.push(' ');
                line.push_str(&word);
            }
            _ => lines.push(word),
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let trimmed = last.trim_end_matches([',', ';', ':', '.', ' ']);
            *last = cut(&format!("{trimmed}…"), width, size, bold, measure);
        }
    }
    lines
}

/// `x`, measured from the left, as the card places it: from the right in
/// a right-to-left language, whose card is the mirror of the others'.
fn mirrored(x: f32) -> f32 {
    if current().rtl {
        WIDTH as f32 - x
    } else {
        x
    }
}

/// One `<text>` element starting at `x` ([`mirrored`]); `content` is
/// escaped here. In a right-to-left language it is embedded right to left
/// (U+202B … U+202C): resvg lays every line out left to right, whatever
/// the `direction`, which would put a line's leading number or name at its
/// left end.
fn text(x: f32, y: f32, size: f32, bold: bool, fill: &str, content: &str) -> String {
    let (embed, pop) = if current().rtl {
        ("\u{202b}", "\u{202c}")
    } else {
        ("", "")
    };
    format!(
        "<text x=\"{}\" y=\"{y}\" font-size=\"{size}\"{} fill=\"{fill}\">{embed}{}{pop}</text>\n",
        mirrored(x),
        if bold { " font-weight=\"bold\"" } else { "" },
        escape(content)
    )
}

/// The card as an SVG document, [`WIDTH`]×[`HEIGHT`], its text from the
/// data escaped, laid out with `measure`.
pub fn svg(data: &Data, measure: Measure) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" font-family=\"{FONT_FAMILY}\"{}>\n<rect width=\"{WIDTH}\" height=\"{HEIGHT}\" fill=\"{BG}\"/>\n",
        // Text ends at its x, the right margin (resvg reads "end" as the
        // line's right end whatever the direction), and reads leftwards.
        if current().rtl {
            " direction=\"rtl\" text-anchor=\"end\""
        } else {
            ""
        }
    );
    band(&mut out, data);
    let y = story(&mut out, data, measure);
    sides(&mut out, data, y, measure);
    out.push_str("</svg>\n");
    out
}

/// Where and when the reported events happened, in words, when the data
/// says: "Moscow", "Wednesday, 12 April 2017".
pub fn setting(a: &Article) -> Vec<String> {
    let date = a.event_date.as_deref().and_then(crate::date::day_and_date);
    a.place.iter().cloned().chain(date).collect()
}

/// [`setting`] as one phrase (`place-and-date`: "Moscow, Wednesday, 12
/// April 2017"), or `None` when the data says neither.
pub fn setting_in_words(a: &Article) -> Option<String> {
    let date = a.event_date.as_deref().and_then(crate::date::day_and_date);
    match (a.place.as_deref(), date) {
        (Some(place), Some(date)) => Some(i18n::format(
            Msg::PlaceAndDate,
            &[Arg::Written(&date), place.into()],
        )),
        (Some(place), None) => Some(place.to_owned()),
        (None, date) => date,
    }
}

/// The height of the band along the bottom of the card.
const BAND: f32 = 14.0;

/// The band along the bottom: each side's share of the statements.
fn band(out: &mut String, data: &Data) {
    // The band along the bottom: each side's share of the statements, in
    // its colour (the narrator's in the muted grey).
    let mut per_side = vec![0_usize; data.sides.len()];
    let mut narrated = 0;
    for s in &data.statements {
        match data.speakers.get(s.speaker).and_then(|p| p.side) {
            Some(side) if side < per_side.len() => per_side[side] += 1,
            _ => narrated += 1,
        }
    }
    let total = data.statements.len().max(1) as f32;
    let band = BAND;
    let mut x = 0.0;
    for (count, colour) in per_side
        .iter()
        .enumerate()
        .map(|(i, c)| (*c, SIDES[i % SIDES.len()]))
        .chain(std::iter::once((narrated, MUTED)))
    {
        if count == 0 {
            continue;
        }
        let w = WIDTH as f32 * count as f32 / total;
        out.push_str(&format!(
            "<rect x=\"{:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"{band}\" fill=\"{colour}\"/>\n",
            if current().rtl {
                WIDTH as f32 - x - w
            } else {
                x
            },
            HEIGHT as f32 - band
        ));
        x += w;
    }
}

/// The tool's name ("Quote Explorer"), the headline, where and when, and the counts; the
/// baseline of the last line.
fn story(out: &mut String, data: &Data, measure: Measure) -> f32 {
    let a = &data.article;
    // The name, as the page's title ends.
    out.push_str(&text(MARGIN, 86.0, 26.0, true, ACCENT, m::app_name()));

    // The headline, up to three lines.
    let size = 54.0;
    let line_height = 64.0;
    let mut y = 86.0 + 82.0;
    for line in wrap(&a.headline, TEXT_WIDTH, 3, size, true, measure) {
        out.push_str(&text(MARGIN, y, size, true, TEXT, &line));
        y += line_height;
    }
    y -= line_height;

    // Where and when, when the data says.
    let setting = setting(a);
    if !setting.is_empty() {
        y += 50.0;
        let line = cut(&setting.join(" · "), TEXT_WIDTH, 28.0, false, measure);
        out.push_str(&text(MARGIN, y, 28.0, false, MUTED, &line));
    }

    // The counts.
    y += 66.0;
    let statements = m::statements_count(data.statements.len());
    let disputes = m::disputes_count(disputes(data));
    let counts = i18n::format(
        Msg::ShareCardCounts,
        &[Arg::Written(&disputes), Arg::Written(&statements)],
    );
    out.push_str(&text(MARGIN, y, 34.0, true, TEXT, &counts));
    y
}

/// The speakers below baseline `y`, one line per side.
fn sides(out: &mut String, data: &Data, mut y: f32, measure: Measure) {
    // The speakers, one line per side: a dot and the side's name in its
    // colour, then the names; "+N more" when they do not all fit.
    let size = 26.0;
    let line_height = 40.0;
    let last_y = HEIGHT as f32 - BAND - 26.0;
    let groups: Vec<(usize, Vec<&str>)> = data
        .sides
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let names = data
                .speakers
                .iter()
                .filter(|s| s.side == Some(i))
                .map(|s| s.name.as_str())
                .collect();
            (i, names)
        })
        .filter(|(_, names): &(usize, Vec<&str>)| !names.is_empty())
        .collect();
    y += 56.0;
    let room = if y > last_y {
        0
    } else {
        ((last_y - y) / line_height) as usize + 1
    };
    let shown = if groups.len() > room {
        room.saturating_sub(1)
    } else {
        groups.len()
    };
    for (i, names) in &groups[..shown] {
        let colour = SIDES[i % SIDES.len()];
        out.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"9\" fill=\"{colour}\"/>\n",
            mirrored(MARGIN + 9.0),
            y - 9.0
        ));
        let label = cut(&data.sides[*i].label, TEXT_WIDTH / 3.0, size, true, measure);
        let label_x = MARGIN + 28.0;
        out.push_str(&text(label_x, y, size, true, colour, &label));
        let names_x = label_x + measure(&label, size, true) + 16.0;
        let room = MARGIN + TEXT_WIDTH - names_x;
        out.push_str(&text(
            names_x,
            y,
            size,
            false,
            TEXT,
            &names_line(names, room, size, measure),
        ));
        y += line_height;
    }
    if shown < groups.len() && room > 0 {
        let more = groups.len() - shown;
        let speakers: usize = groups[shown..].iter().map(|(_, n)| n.len()).sum();
        let line = m::share_card_more_sides(more, speakers);
        out.push_str(&text(MARGIN, y, size, false, MUTED, &line));
    }
}

/// Names joined by commas, as many as fit in `width`, then "+N more"
/// (`share-card-more-names`).
fn names_line(names: &[&str], width: f32, size: f32, measure: Measure) -> String {
    let all = joined(names);
    if measure(&all, size, false) <= width {
        return all;
    }
    for shown in (1..names.len()).rev() {
        let shown_names = joined(&names[..shown]);
        let line = i18n::format(
            Msg::ShareCardMoreNames,
            &[(names.len() - shown).into(), Arg::Written(&shown_names)],
        );
        if measure(&line, size, false) <= width {
            return line;
        }
    }
    let with_first = |first: &str| {
        if names.len() > 1 {
            i18n::format(
                Msg::ShareCardMoreAfterName,
                &[(names.len() - 1).into(), Arg::Written(first)],
            )
        } else {
            first.to_owned()
        }
    };
    let more = measure(&with_first(""), size, false);
    let first = cut(names[0], (width - more).max(0.0), size, false, measure);
    with_first(&first)
}

/// The PNG's width and height, from its header (`IHDR`), or `None` if
/// `bytes` is not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

/// The card as a PNG: [`svg`] measured with the system's fonts and
/// rendered by resvg. `Err` says what is missing.
#[cfg(feature = "card")]
pub fn png(data: &Data) -> Result<Vec<u8>, String> {
    use resvg::{tiny_skia, usvg};

    // The system's fonts, found once per run (`qe publish` draws a card
    // for every story), and said once when DejaVu Sans is not among them.
    static FONTS: std::sync::OnceLock<std::sync::Arc<usvg::fontdb::Database>> =
        std::sync::OnceLock::new();
    let options = usvg::Options {
        fontdb: FONTS
            .get_or_init(|| {
                let mut found = usvg::fontdb::Database::new();
                found.load_system_fonts();
                // Read into memory once: a font known by its path is read
                // from disk again at every use (each text the card measures).
                let mut fonts = usvg::fontdb::Database::new();
                let mut files: Vec<std::path::PathBuf> = found
                    .faces()
                    .filter_map(|face| match &face.source {
                        usvg::fontdb::Source::File(path) => Some(path.clone()),
                        _ => None,
                    })
                    .collect();
                files.dedup();
                for file in files {
                    if let Ok(bytes) = std::fs::read(&file) {
                        fonts.load_font_data(bytes);
                    }
                }
                let has_dejavu = fonts
                    .faces()
                    .any(|f| f.families.iter().any(|(name, _)| name == "DejaVu Sans"));
                if !fonts.is_empty() && !has_dejavu {
                    eprintln!("qe-prerender: DejaVu Sans is not installed (Debian's fonts-dejavu-core; scripts/dev.sh setup installs it): the share card uses another font");
                }
                std::sync::Arc::new(fonts)
            })
            .clone(),
        ..usvg::Options::default()
    };
    if options.fontdb.is_empty() {
        return Err("no fonts found for the share card: install Debian's fonts-dejavu-core (scripts/dev.sh setup does)".into());
    }
    let measure = |text: &str, size: f32, bold: bool| -> f32 {
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" font-family=\"{FONT_FAMILY}\"><text x=\"0\" y=\"{size}\" font-size=\"{size}\"{}>{}</text></svg>",
            if bold { " font-weight=\"bold\"" } else { "" },
            escape(text)
        );
        usvg::Tree::from_str(&svg, &options).map_or_else(
            |_| estimate(text, size, bold),
            |tree| tree.root().abs_bounding_box().right(),
        )
    };
    let svg = svg(data, &measure);
    let tree = usvg::Tree::from_str(&svg, &options)
        .map_err(|err| format!("the share card's SVG does not parse: {err}"))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("cannot allocate the share card")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|err| format!("cannot encode the share card: {err}"))
}

#[cfg(test)]
mod tests;
