//! The fuzzers' sources of bad addresses, shared by the URL codec's
//! property tests (`fuzz_location.rs`) and the differential test of boot.js's
//! URL reader (`boot_reader.rs`): real ids and the ways they get mangled,
//! URL punctuation, percent escapes, hostile text. Native only (proptest is
//! a native dev-dependency).
// Each test crate uses its own part of this module.
#![allow(dead_code)]

pub mod boot_cases;

use proptest::prelude::*;
use proptest::sample::select;
use quote_explorer::model::{Stance, DATA};

/// Every value the data gives a meaning to, in one parameter or another.
pub fn real_values() -> Vec<&'static str> {
    let mut values: Vec<&'static str> = DATA.speakers.iter().map(|s| s.id).collect();
    values.extend(DATA.topics.iter().map(|t| t.id));
    values.extend(Stance::ALL.iter().map(|s| s.id()));
    values.extend([
        "article",
        "list",
        "1",
        "0",
        "true",
        "false",
        "story-7",
        "qe:embed_1.x",
        "light",
        "transparent",
        "solid",
        "dark",
        "auto",
        "all",
        "5",
        "12",
        "999",
        "1000",
        "007",
    ]);
    values
}

/// The parameter names the app reads, misspellings of them and others'.
pub const KEYS: &[&str] = &[
    "speaker",
    "topic",
    "stance",
    "q",
    "view",
    "embed",
    "embedId",
    "theme",
    "background",
    "cards",
    "controls",
    "childId",
    "speaker",
    "topic",
    "stance",
    "q",
    "SPEAKER",
    "Topic",
    "embedid",
    "Theme",
    "%74heme",
    "%73peaker",
    "%71",
    "q%20",
    "speaker[]",
    "utm_source",
    "initialWidth",
    "parentUrl",
    "",
    "=",
    "?q",
];

/// Text no view should take as an instruction.
pub const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "javascript:alert(document.cookie)",
    "JaVaScRiPt%3Aalert(1)",
    "\"><img src=x onerror=alert(1)>",
    "'-alert(1)-'",
    "data:text/html;base64,PHNjcmlwdD4=",
    "../../../../etc/passwd",
    "%2e%2e%2f%2e%2e%2f",
    "{{constructor.constructor('alert(1)')()}}",
    "${jndi:ldap://x/a}",
    "\u{202e}gpj.exe",
    "\0",
    "%00",
    "%0d%0aSet-Cookie:x=1",
    "\r\n\r\n",
    "x\u{feff}",
    "🙂🙃",
    "lavrov<svg/onload=alert(1)>",
    "#statement-<script>",
];

/// Pieces of percent-encoding, whole, cut short, not hex, or of a UTF-8
/// sequence left unfinished.
pub const ESCAPES: &[&str] = &[
    "%",
    "%4",
    "%a",
    "%G",
    "%zz",
    "%+1",
    "%%",
    "%&",
    "%=",
    "%#",
    "%,",
    "%41",
    "%6C",
    "%6c",
    "%C3",
    "%C3%A9",
    "%E2%80",
    "%E2%80%9C",
    "%F0%9F%98",
    "%F0%9F%98%80",
    "%FF",
    "%80",
    "%C0%AF",
    "%25",
    "%2",
    "%2C",
    "%2c",
    "%26",
    "%3D",
    "%2B",
    "%20",
    "%00",
    "%0A",
    "l",
    "a",
    "v",
    "r",
    "o",
    ",",
    "+",
    "-",
];

/// Characters that mean something in a URL, and some that mean a lot in
/// Unicode (a Kelvin sign lowercases to `k`, U+0130 to two characters).
pub const ALPHABET: &[char] = &[
    '%', '&', '=', ',', '+', '?', '#', ' ', 'a', 'e', 'i', 'k', 'l', 'o', 'q', 'r', 's', 'v', 'y',
    'A', 'F', 'S', 'Z', '0', '1', '2', '7', '9', '-', '_', '.', 'é', '“', '’', 'Л', '😀',
    '\u{fffd}', '\u{212a}', '\u{130}', '\u{200b}', '\0', '\n',
];

pub fn percent_encode_all(text: &str, lowercase: bool) -> String {
    text.bytes()
        .map(|b| {
            if lowercase {
                format!("%{b:02x}")
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// How many ways [`mutate`] knows.
pub const MUTATIONS: u8 = 14;

/// One of the ways a real id gets changed on its way through emails,
/// chat apps, CMSs and hand editing; `seed` picks the details.
pub fn mutate(id: &str, how: u8, seed: u64) -> String {
    let extras = [
        "x", "-", "s", " ", "%", "é", "\u{200b}", "\0", ",", "+", "%2C", "%", "%2",
    ];
    let extra = extras[(seed % extras.len() as u64) as usize];
    let at = |len: usize| {
        if len == 0 {
            0
        } else {
            (seed as usize / 7) % len
        }
    };
    match how {
        0 => id.to_owned(),
        1 => id.to_uppercase(),
        2 => id
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if seed >> (i % 64) & 1 == 1 {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect(),
        3 => id[..at(id.len())].to_owned(),
        4 => format!("{id}{extra}"),
        5 => format!("{extra}{id}"),
        6 => percent_encode_all(id, seed % 2 == 0),
        7 => percent_encode_all(id, false).replace('%', "%25"),
        8 => ["+{}+", " {} ", "%20{}%20", "\t{}"][(seed % 4) as usize].replace("{}", id),
        9 => id.replace('-', ["_", "%2D", "--", ""][(seed % 4) as usize]),
        10 => format!("{id},{}", id.to_uppercase()),
        // Lookalikes: Kelvin sign, dotted capital I, Cyrillic a.
        11 => id
            .replace('k', "\u{212a}")
            .replace('i', "\u{130}")
            .replace('a', "а"),
        12 => {
            let i = at(id.len());
            match id.get(i..i + 1) {
                Some(one) => format!(
                    "{}{}{}",
                    &id[..i],
                    percent_encode_all(one, false),
                    &id[i + 1..]
                ),
                None => id.to_owned(),
            }
        }
        _ => {
            let i = at(id.len());
            format!("{}{extra}{}", &id[..i], &id[i..])
        }
    }
}

pub fn mutated_value() -> impl Strategy<Value = String> {
    (select(real_values()), 0..MUTATIONS, any::<u64>())
        .prop_map(|(id, how, seed)| mutate(id, how, seed))
}

/// `key=value` pairs joined as a query, sometimes with its `?`, sometimes
/// with empty pairs.
pub fn query_of(pairs: Vec<(&'static str, String)>, question_mark: bool, doubled: bool) -> String {
    let separator = if doubled { "&&" } else { "&" };
    let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!(
        "{}{}",
        if question_mark { "?" } else { "" },
        body.join(separator)
    )
}

/// A parameter's value with markup and worse in it, raw or
/// percent-encoded, alone or after a real id however mangled.
pub fn hostile_value() -> impl Strategy<Value = String> {
    let hostile = (select(HOSTILE), any::<bool>()).prop_map(|(text, encoded)| {
        if encoded {
            percent_encode_all(text, false)
        } else {
            text.to_owned()
        }
    });
    prop_oneof![
        hostile.clone(),
        mutated_value(),
        (mutated_value(), hostile).prop_map(|(a, b)| a + &b)
    ]
}
