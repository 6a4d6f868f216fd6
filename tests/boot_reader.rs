//! One reader of the URL: boot.js, the page's first script, reads the address
//! before the app starts (the embed's theme and background, pym's id, whether the static page
//! is the view, the filters it ticks, the search, "Open the full explorer") through
//! one function, `qeReadUrl` in `data-compiler/src/url.js`. The app reads it
//! with `location::parse`. This test reads [`TOTAL_CASES`] fuzzed query
//! strings (deterministic: the same every run) with both, the JavaScript in
//! Node (`tests/js/url-oracle.mjs`, url.js in `node:vm`), and fails on the
//! first address they read differently, with both readings.
//!
//! Needs `node` (20 or later) on PATH, and fails without it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use common::boot_cases::{cases, TOTAL_CASES};
use quote_explorer::filter::Facet;
use quote_explorer::location::{encode, parse, Density, View};
use quote_explorer::model::DATA;

/// The page's address without its query: what "Open the full explorer" keeps.
const PAGE: &str = "https://news.example/interactive/quotes/index.html";

/// `case` as the browser hands it to both readers: `location.search` (the
/// query after the URL parser: tabs and line breaks removed, cut at `#`,
/// controls, spaces, quotes, `<`, `>` and all but ASCII percent-encoded; ""
/// for an empty one) and `location.href` (on [`PAGE`], with the fragment).
/// Node's URLSearchParams, unlike browsers', misreads raw non-ASCII after an
/// escape of an invalid UTF-8 byte (`%da` then `а`), which no browser's
/// `location.search` holds.
fn in_the_address_bar(case: &str) -> (String, String) {
    let body: String = case
        .strip_prefix('?')
        .unwrap_or(case)
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (query, fragment) = match body.split_once('#') {
        Some((query, fragment)) => (query, Some(fragment)),
        None => (body.as_str(), None),
    };
    let mut search = String::new();
    for b in query.bytes() {
        if b <= b' ' || b >= 0x7f || b"\"#<>'".contains(&b) {
            write!(search, "%{b:02X}").unwrap();
        } else {
            search.push(char::from(b));
        }
    }
    if !search.is_empty() {
        search.insert(0, '?');
    }
    let href = match fragment {
        Some(fragment) => format!("{PAGE}{search}#{fragment}"),
        None => format!("{PAGE}{search}"),
    };
    (search, href)
}

/// What one reader made of one address.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Reading {
    embed: bool,
    embed_id: Option<String>,
    theme: String,
    transparent: bool,
    cards: Option<u64>,
    controls: bool,
    child_id: Option<String>,
    compact: bool,
    default_view: bool,
    /// The static panel's checkboxes to tick (`f-topic-syria`), sorted.
    filters: Vec<String>,
    q: String,
    /// Rust: the canonical query of the full view; JavaScript: what it
    /// wrote after [`PAGE`] (checked to open the same view below).
    full_view: String,
}

fn rust_reading(search: &str) -> Reading {
    let parsed = parse(search, &DATA);
    let location = &parsed.location;
    let mut filters: Vec<String> = Facet::ALL
        .iter()
        .flat_map(|&facet| {
            location
                .filter
                .selected(facet)
                .iter()
                .map(move |&v| facet.control_id(&DATA, v))
        })
        .collect();
    filters.sort();
    Reading {
        embed: location.embed.on,
        embed_id: location.embed.id.clone(),
        theme: location.embed.theme.id().to_owned(),
        transparent: location.embed.transparent,
        cards: location.embed.first_cards.map(u64::from),
        controls: location.embed.controls,
        child_id: parsed.pym_child_id.clone(),
        compact: location.density() == Density::Compact,
        // The static page is the app's first view: nothing chosen (a blank
        // search chooses nothing: FilterState::is_empty) in the list.
        default_view: location.filter.is_empty() && location.view == View::List,
        filters,
        q: location.filter.query.clone(),
        full_view: encode(&location.full_view(), &DATA),
    }
}

fn js_reading(line: &str) -> Result<Reading, String> {
    let value = Json::parse(line)?;
    if let Some(error) = value.get("error") {
        return Err(format!("qeReadUrl threw: {}", error.string()?));
    }
    let field = |name: &str| value.get(name).ok_or(format!("no field {name}"));
    let mut filters = field("filters")?
        .array()?
        .iter()
        .map(|id| id.string().map(str::to_owned))
        .collect::<Result<Vec<_>, _>>()?;
    filters.sort();
    let full_view = field("fullView")?.string()?;
    Ok(Reading {
        embed: field("embed")?.bool()?,
        embed_id: field("embedId")?.optional_string()?,
        theme: field("theme")?.string()?.to_owned(),
        transparent: field("transparent")?.bool()?,
        cards: match field("cards")? {
            Json::Null => None,
            Json::Number(n) if n.fract() == 0.0 && *n >= 0.0 => Some(*n as u64),
            other => return Err(format!("cards is {other:?}")),
        },
        controls: field("controls")?.bool()?,
        child_id: field("childId")?.optional_string()?,
        compact: field("compact")?.bool()?,
        default_view: field("defaultView")?.bool()?,
        filters,
        q: field("q")?.string()?.to_owned(),
        full_view: full_view
            .strip_prefix(PAGE)
            .ok_or(format!("fullView {full_view:?} is not on {PAGE}"))?
            .to_owned(),
    })
}

/// The fields `js` reads differently from `rust`, `search`'s readings. The
/// full view differs when it opens another view than `full_view()`, or the
/// same view at another address than the canonical one.
fn differences(search: &str, rust: &Reading, js: &Reading) -> Vec<&'static str> {
    let mut fields = Vec::new();
    let mut differ = |name, same: bool| {
        if !same {
            fields.push(name);
        }
    };
    differ("embed", rust.embed == js.embed);
    differ("embedId", rust.embed_id == js.embed_id);
    differ("theme", rust.theme == js.theme);
    differ("transparent", rust.transparent == js.transparent);
    differ("cards", rust.cards == js.cards);
    differ("controls", rust.controls == js.controls);
    differ("childId", rust.child_id == js.child_id);
    differ("compact", rust.compact == js.compact);
    differ("defaultView", rust.default_view == js.default_view);
    differ("filters", rust.filters == js.filters);
    differ("q", rust.q == js.q);
    let js_full = parse(&js.full_view, &DATA);
    differ(
        "fullView (opens another view)",
        js.full_view.is_empty() || js.full_view.starts_with('?'),
    );
    differ(
        "fullView (opens another view)",
        js_full.location == parse(search, &DATA).location.full_view(),
    );
    differ(
        "fullView (not canonical)",
        js.full_view == rust.full_view && js_full.ignored.is_empty(),
    );
    fields.dedup();
    fields
}

/// The data's filter values in data order, as the hook writes them for url.js.
fn ids_line() -> String {
    let mut line = String::from("{\"ids\":{");
    for (n, facet) in Facet::ALL.into_iter().enumerate() {
        if n > 0 {
            line.push(',');
        }
        let ids: Vec<String> = (0..facet.len(&DATA))
            .map(|v| json_string(facet.value_id(&DATA, v)))
            .collect();
        write!(line, "{}:[{}]", json_string(facet.key()), ids.join(",")).unwrap();
    }
    line.push_str("}}");
    line
}

/// Each of `cases` (`location.search`, `location.href`) as url.js reads it
/// in Node: one JSON line per case, in order.
fn read_with_node(cases: &[(String, String)]) -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut child = match Command::new("node")
        .arg(format!("{root}/tests/js/url-oracle.mjs"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(err) => panic!(
            "this test runs boot.js's URL reader (data-compiler/src/url.js) in Node, and `node` \
             did not start ({err}): install Node.js 20 or later (scripts/dev.sh setup does) and \
             put it on PATH"
        ),
    };
    let mut stdin = child.stdin.take().expect("piped stdin");
    let input: Vec<String> = cases
        .iter()
        .map(|(search, href)| {
            format!(
                "{{\"search\":{},\"href\":{}}}",
                json_string(search),
                json_string(href)
            )
        })
        .collect();
    let ids = ids_line();
    // Written while the answers are read, so neither pipe fills up.
    let writer = std::thread::spawn(move || {
        let mut all = ids;
        all.push('\n');
        for line in input {
            all.push_str(&line);
            all.push('\n');
        }
        // A broken pipe means node stopped: its status says why.
        let _ = stdin.write_all(all.as_bytes());
    });
    let lines: Vec<String> = BufReader::new(child.stdout.take().expect("piped stdout"))
        .lines()
        .collect::<Result<_, _>>()
        .expect("node's answers are UTF-8 lines");
    let output = child.wait_with_output().expect("node ran");
    writer.join().expect("the cases were written");
    assert!(
        output.status.success(),
        "node tests/js/url-oracle.mjs failed ({}):\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        lines.len(),
        cases.len(),
        "url-oracle.mjs answered {} of {} addresses",
        lines.len(),
        cases.len()
    );
    lines
}

#[test]
fn boot_js_reads_every_address_as_the_app_does() {
    let cases: Vec<(String, String)> = cases()
        .iter()
        .map(|case| in_the_address_bar(case))
        .collect();
    assert!(cases.len() >= TOTAL_CASES);
    let lines = read_with_node(&cases);

    let mut differing = 0;
    let mut by_field: Vec<(&str, usize)> = Vec::new();
    let mut first = None;
    for ((search, _), line) in cases.iter().zip(&lines) {
        let rust = rust_reading(search);
        let fields = match js_reading(line) {
            Ok(js) => differences(search, &rust, &js),
            Err(why) if why.starts_with("qeReadUrl threw") => vec!["threw"],
            Err(why) => panic!("url-oracle.mjs wrote {line:?} for {search:?}: {why}"),
        };
        if fields.is_empty() {
            continue;
        }
        differing += 1;
        for &field in &fields {
            match by_field.iter_mut().find(|(name, _)| *name == field) {
                Some((_, n)) => *n += 1,
                None => by_field.push((field, 1)),
            }
        }
        first.get_or_insert((search, fields, rust, line));
    }
    if let Some((search, fields, rust, line)) = first {
        let counts: Vec<String> = by_field.iter().map(|(f, n)| format!("{f} {n}")).collect();
        panic!(
            "boot.js (data-compiler/src/url.js) and location::parse read {differing} of {} \
             addresses differently ({}). The first:\n  location.search: {search:?}\n  \
             differs in: {}\n  Rust reads: {rust:#?}\n  url.js reads: {line}",
            cases.len(),
            counts.join(", "),
            fields.join(", ")
        );
    }
    eprintln!("boot_reader: {} addresses read alike", cases.len());
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => write!(out, "\\u{:04x}", u32::from(c)).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Just enough JSON to read url-oracle.mjs's lines (`JSON.stringify`'s).
#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    fn parse(text: &str) -> Result<Json, String> {
        let mut chars = text.chars().peekable();
        let value = Self::value(&mut chars)?;
        match chars.next() {
            None => Ok(value),
            Some(c) => Err(format!("{c:?} after the value in {text}")),
        }
    }

    fn value(chars: &mut std::iter::Peekable<std::str::Chars>) -> Result<Json, String> {
        let word = |chars: &mut std::iter::Peekable<std::str::Chars>, word: &str, value| {
            for expected in word.chars() {
                if chars.next() != Some(expected) {
                    return Err(format!("expected {word}"));
                }
            }
            Ok(value)
        };
        match chars.peek().copied() {
            Some('n') => word(chars, "null", Json::Null),
            Some('t') => word(chars, "true", Json::Bool(true)),
            Some('f') => word(chars, "false", Json::Bool(false)),
            Some('"') => Self::string_value(chars).map(Json::String),
            Some('[') => {
                chars.next();
                let mut items = Vec::new();
                if chars.peek() == Some(&']') {
                    chars.next();
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(Self::value(chars)?);
                    match chars.next() {
                        Some(',') => {}
                        Some(']') => return Ok(Json::Array(items)),
                        other => return Err(format!("{other:?} in an array")),
                    }
                }
            }
            Some('{') => {
                chars.next();
                let mut fields = Vec::new();
                if chars.peek() == Some(&'}') {
                    chars.next();
                    return Ok(Json::Object(fields));
                }
                loop {
                    let key = Self::string_value(chars)?;
                    if chars.next() != Some(':') {
                        return Err(format!("no ':' after {key:?}"));
                    }
                    fields.push((key, Self::value(chars)?));
                    match chars.next() {
                        Some(',') => {}
                        Some('}') => return Ok(Json::Object(fields)),
                        other => return Err(format!("{other:?} in an object")),
                    }
                }
            }
            Some(c) if c == '-' || c.is_ascii_digit() => {
                let mut number = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_ascii_digit() || "+-.eE".contains(c) {
                        number.push(c);
                        chars.next();
                    } else {
                        break;
                    }
                }
                number
                    .parse()
                    .map(Json::Number)
                    .map_err(|_| format!("number {number}"))
            }
            other => Err(format!("{other:?} where a value starts")),
        }
    }

    fn string_value(chars: &mut std::iter::Peekable<std::str::Chars>) -> Result<String, String> {
        if chars.next() != Some('"') {
            return Err("expected a string".into());
        }
        let mut out = String::new();
        let mut high: Option<u32> = None;
        loop {
            let c = chars.next().ok_or("unterminated string")?;
            let unit = match c {
                '"' => break,
                '\\' => match chars.next().ok_or("unterminated escape")? {
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        u32::from_str_radix(&hex, 16).map_err(|_| format!("\\u{hex}"))?
                    }
                    'n' => '\n' as u32,
                    'r' => '\r' as u32,
                    't' => '\t' as u32,
                    'b' => 8,
                    'f' => 12,
                    other => other as u32,
                },
                c => {
                    if high.take().is_some() {
                        out.push('\u{fffd}');
                    }
                    out.push(c);
                    continue;
                }
            };
            // UTF-16 escapes: a surrogate pair is one character; a lone
            // surrogate (JSON.stringify writes one as an escape) is U+FFFD.
            match (high.take(), unit) {
                (Some(h), 0xDC00..=0xDFFF) => out.push(
                    char::from_u32(0x10000 + ((h - 0xD800) << 10) + (unit - 0xDC00)).unwrap(),
                ),
                (previous, 0xD800..=0xDBFF) => {
                    if previous.is_some() {
                        out.push('\u{fffd}');
                    }
                    high = Some(unit);
                }
                (previous, unit) => {
                    if previous.is_some() {
                        out.push('\u{fffd}');
                    }
                    out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                }
            }
        }
        if high.is_some() {
            out.push('\u{fffd}');
        }
        Ok(out)
    }

    fn get(&self, name: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    fn string(&self) -> Result<&str, String> {
        match self {
            Json::String(s) => Ok(s),
            other => Err(format!("{other:?} is not a string")),
        }
    }

    fn optional_string(&self) -> Result<Option<String>, String> {
        match self {
            Json::Null => Ok(None),
            other => other.string().map(|s| Some(s.to_owned())),
        }
    }

    fn bool(&self) -> Result<bool, String> {
        match self {
            Json::Bool(b) => Ok(*b),
            other => Err(format!("{other:?} is not true or false")),
        }
    }

    fn array(&self) -> Result<&[Json], String> {
        match self {
            Json::Array(items) => Ok(items),
            other => Err(format!("{other:?} is not an array")),
        }
    }
}
