//! The promise behind every shared link: whatever a reader, a host page or a
//! hostile site puts in the address bar, the app opens a view without
//! crashing, that view has exactly one canonical link (which opens the same
//! view and says nothing was ignored), and filtering by it never counts more
//! statements than the article has.
//!
//! Each property draws from a different source of bad addresses; together
//! they run [`TOTAL_CASES`] cases. Native only (proptest is a native
//! dev-dependency).
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{TestCaseError, TestRunner};
use quote_explorer::filter::{Facet, Index};
use quote_explorer::location::{
    encode, parse, parse_fragment, statement_fragment, Embed, Ignored, MAX_FIRST_CARDS,
    MAX_QUERY_CHARS,
};
use quote_explorer::model::{Stance, DATA};

const RANDOM_BYTES_CASES: u32 = 20_000;
const PUNCTUATION_CASES: u32 = 20_000;
const PERCENT_ESCAPE_CASES: u32 = 12_000;
const REAL_ID_CASES: u32 = 25_000;
const HOSTILE_CASES: u32 = 10_000;
const HUGE_CASES: u32 = 1_500;
const FRAGMENT_CASES: u32 = 15_000;
const TOTAL_CASES: u32 = RANDOM_BYTES_CASES
    + PUNCTUATION_CASES
    + PERCENT_ESCAPE_CASES
    + REAL_ID_CASES
    + HOSTILE_CASES
    + HUGE_CASES
    + FRAGMENT_CASES;
const _: () = assert!(TOTAL_CASES >= 100_000);

/// How much of an ignored value a notice may repeat.
const SHOWN_CHARS: usize = 40;

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(&DATA))
}

/// Runs `check` on `cases` values of `strategy`; a failure names the
/// smallest value found that still fails.
fn fuzz<S: Strategy>(
    cases: u32,
    strategy: S,
    check: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let config = ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    if let Err(failure) = TestRunner::new(config).run(&strategy, check) {
        panic!("{failure}");
    }
}

/// Characters a link may carry into an `href`, an embed snippet or a
/// `postMessage` name without escaping.
fn is_link_safe(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-_.~%&=,?+".contains(&b)
}

fn is_host_id(id: &str) -> bool {
    id.chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c))
}

/// Every promise an address makes, for one query string.
fn check_query(search: &str) -> Result<(), TestCaseError> {
    let parsed = parse(search, &DATA);
    let location = &parsed.location;
    prop_assert!(location.filter.query.chars().count() <= MAX_QUERY_CHARS);
    for ignored in &parsed.ignored {
        if let Ignored::Value { value, .. } = ignored {
            prop_assert!(value.chars().count() <= SHOWN_CHARS, "{:?}", ignored);
        }
        prop_assert!(!ignored.to_string().is_empty());
    }
    prop_assert!(
        location.embed.id.as_deref().is_none_or(is_host_id),
        "{:?}",
        location.embed
    );
    prop_assert!(
        location.embed.on || location.embed == Embed::default(),
        "{:?}",
        location.embed
    );
    prop_assert!(location
        .embed
        .first_cards
        .is_none_or(|n| (1..=MAX_FIRST_CARDS).contains(&n)));
    prop_assert!(
        parsed.pym_child_id.as_deref().is_none_or(is_host_id),
        "{:?}",
        parsed.pym_child_id
    );

    let link = encode(location, &DATA);
    prop_assert!(link.is_empty() || link.starts_with('?'), "{}", link);
    prop_assert!(link.bytes().all(is_link_safe), "{}", link);
    let reopened = parse(&link, &DATA);
    prop_assert_eq!(&reopened.location, location, "link {}", link);
    prop_assert!(
        reopened.ignored.is_empty(),
        "link {} ignored {:?}",
        link,
        reopened.ignored
    );
    prop_assert_eq!(encode(&reopened.location, &DATA), link);

    let outcome = index().evaluate(&location.filter);
    prop_assert_eq!(outcome.total, DATA.statements.len());
    prop_assert!(outcome.shown <= outcome.total);
    prop_assert_eq!(outcome.matches.iter().count(), outcome.shown);
    for facet in Facet::ALL {
        for value in 0..facet.len(&DATA) {
            prop_assert!(outcome.count(facet, value) <= outcome.total);
        }
    }
    Ok(())
}

/// Every promise a `#statement-…` fragment makes.
fn check_fragment(hash: &str) -> Result<(), TestCaseError> {
    match parse_fragment(hash, &DATA) {
        Ok(None) => {}
        Ok(Some(i)) => {
            prop_assert!(i < DATA.statements.len());
            let link = statement_fragment(DATA.statements[i].id);
            prop_assert_eq!(parse_fragment(&link, &DATA), Ok(Some(i)));
        }
        Err(Ignored::Statement(id)) => prop_assert!(id.chars().count() <= SHOWN_CHARS, "{}", id),
        Err(other) => {
            return Err(TestCaseError::fail(format!(
                "a fragment was ignored as {other:?}"
            )))
        }
    }
    Ok(())
}

/// Every value the data gives a meaning to, in one parameter or another.
fn real_values() -> Vec<&'static str> {
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

fn statement_ids() -> Vec<&'static str> {
    DATA.statements.iter().map(|s| s.id).collect()
}

/// The parameter names the app reads, misspellings of them and others'.
const KEYS: &[&str] = &[
    "speaker",
    "topic",
    "stance",
    "q",
    "view",
    "embed",
    "embedId",
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
const HOSTILE: &[&str] = &[
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
const ESCAPES: &[&str] = &[
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
const ALPHABET: &[char] = &[
    '%', '&', '=', ',', '+', '?', '#', ' ', 'a', 'e', 'i', 'k', 'l', 'o', 'q', 'r', 's', 'v', 'y',
    'A', 'F', 'S', 'Z', '0', '1', '2', '7', '9', '-', '_', '.', 'é', '“', '’', 'Л', '😀',
    '\u{fffd}', '\u{212a}', '\u{130}', '\u{200b}', '\0', '\n',
];

fn percent_encode_all(text: &str, lowercase: bool) -> String {
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
const MUTATIONS: u8 = 14;

/// One of the ways a real id gets changed on its way through emails,
/// chat apps, CMSs and hand editing; `seed` picks the details.
fn mutate(id: &str, how: u8, seed: u64) -> String {
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

fn mutated_value() -> impl Strategy<Value = String> {
    (select(real_values()), 0..MUTATIONS, any::<u64>())
        .prop_map(|(id, how, seed)| mutate(id, how, seed))
}

/// `key=value` pairs joined as a query, sometimes with its `?`, sometimes
/// with empty pairs.
fn query_of(pairs: Vec<(&'static str, String)>, question_mark: bool, doubled: bool) -> String {
    let separator = if doubled { "&&" } else { "&" };
    let body: Vec<String> = pairs.into_iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!(
        "{}{}",
        if question_mark { "?" } else { "" },
        body.join(separator)
    )
}

#[test]
fn random_bytes_in_the_address_bar_open_a_view_with_one_canonical_link() {
    let strategy = prop::collection::vec(any::<u8>(), 0..300)
        .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned());
    fuzz(RANDOM_BYTES_CASES, strategy, |s| check_query(&s));
}

#[test]
fn url_punctuation_and_unicode_in_any_order_open_a_view_with_one_canonical_link() {
    let text = prop::collection::vec(select(ALPHABET), 0..120).prop_map(String::from_iter);
    let strategy = prop_oneof![
        text.clone(),
        (select(KEYS), text.clone()).prop_map(|(k, v)| format!("{k}={v}")),
        prop::collection::vec((select(KEYS), text), 1..6)
            .prop_map(|pairs| query_of(pairs, true, false)),
    ];
    fuzz(PUNCTUATION_CASES, strategy, |s| check_query(&s));
}

#[test]
fn malformed_percent_escapes_open_a_view_with_one_canonical_link() {
    let escapes = prop::collection::vec(select(ESCAPES), 0..30).prop_map(|pieces| pieces.concat());
    let strategy = prop::collection::vec((select(KEYS), escapes), 1..5)
        .prop_map(|pairs| query_of(pairs, true, false));
    fuzz(PERCENT_ESCAPE_CASES, strategy, |s| check_query(&s));
}

#[test]
fn real_ids_however_mangled_open_a_view_with_one_canonical_link() {
    let value = prop::collection::vec(mutated_value(), 1..4).prop_map(|ids| ids.join(","));
    let strategy = (
        prop::collection::vec((select(KEYS), value), 1..7),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(pairs, question_mark, doubled)| query_of(pairs, question_mark, doubled));
    fuzz(REAL_ID_CASES, strategy, |s| check_query(&s));
}

#[test]
fn hostile_values_open_a_view_whose_link_carries_no_markup() {
    let hostile = (select(HOSTILE), any::<bool>()).prop_map(|(text, encoded)| {
        if encoded {
            percent_encode_all(text, false)
        } else {
            text.to_owned()
        }
    });
    let value = prop_oneof![
        hostile.clone(),
        mutated_value(),
        (mutated_value(), hostile).prop_map(|(a, b)| a + &b)
    ];
    let strategy = prop::collection::vec((select(KEYS), value), 1..5)
        .prop_map(|pairs| query_of(pairs, true, false));
    fuzz(HOSTILE_CASES, strategy, |s| check_query(&s));
}

#[test]
fn huge_and_endlessly_repeated_parameters_open_a_view_with_one_canonical_link() {
    let strategy = (0u8..6, 1usize..6_000, select(real_values()), select(KEYS)).prop_map(
        |(shape, n, id, key)| match shape {
            0 => format!("speaker={id}&").repeat(n),
            1 => format!("?q={}", "é".repeat(n)),
            2 => format!("?{}={id}", "k".repeat(n)),
            3 => format!("?topic={}{id}", ",".repeat(n)),
            4 => format!("?{key}={}", "%".repeat(n)),
            _ => format!("?{key}={}", format!("{id},").repeat(n)),
        },
    );
    fuzz(HUGE_CASES, strategy, |s| check_query(&s));
}

#[test]
fn any_fragment_links_to_a_real_statement_or_to_none() {
    let statement = (select(statement_ids()), 0..MUTATIONS, any::<u64>())
        .prop_map(|(id, how, seed)| mutate(id, how, seed));
    let prefix = select(
        &[
            "#statement-",
            "statement-",
            "#Statement-",
            "#statement%2D",
            "#%73tatement-",
            "##statement-",
            "",
        ][..],
    );
    let strategy = prop_oneof![
        (prefix, statement).prop_map(|(p, id)| format!("{p}{id}")),
        prop::collection::vec(any::<u8>(), 0..120)
            .prop_map(|bytes| format!("#{}", String::from_utf8_lossy(&bytes))),
        prop::collection::vec(select(ALPHABET), 0..80)
            .prop_map(|chars| format!("#statement-{}", String::from_iter(chars))),
        select(HOSTILE).prop_map(|text| format!("#statement-{text}")),
    ];
    fuzz(FRAGMENT_CASES, strategy, |s| check_fragment(&s));
}

#[test]
fn a_real_id_survives_case_and_one_percent_encoding_but_not_being_changed() {
    for facet in Facet::ALL {
        for value in 0..facet.len(&DATA) {
            let id = facet.value_id(&DATA, value);
            let key = facet.key();
            let canonical = format!("?{key}={id}");
            for kept in [
                id.to_uppercase(),
                percent_encode_all(id, true),
                format!("+{id}+"),
                format!("{id},{id}"),
            ] {
                let parsed = parse(&format!("?{key}={kept}"), &DATA);
                assert_eq!(encode(&parsed.location, &DATA), canonical, "{kept}");
                assert!(parsed.ignored.is_empty(), "{kept}");
            }
            for changed in [
                format!("{id}x"),
                percent_encode_all(id, false).replace('%', "%25"),
                id.replace('-', "_"),
            ] {
                if changed == id {
                    continue;
                }
                let parsed = parse(&format!("?{key}={changed}"), &DATA);
                assert!(
                    !parsed.location.filter.selected(facet).contains(&value),
                    "{changed}"
                );
                assert_eq!(parsed.ignored.len(), 1, "{changed}");
            }
            for how in 0..MUTATIONS {
                for seed in [0, 1, 7, 12345, u64::MAX] {
                    check_query(&format!("?{key}={}", mutate(id, how, seed))).unwrap();
                }
            }
        }
    }
}

#[test]
fn every_statement_fragment_links_to_its_statement() {
    for (i, statement) in DATA.statements.iter().enumerate() {
        assert_eq!(
            parse_fragment(&statement_fragment(statement.id), &DATA),
            Ok(Some(i))
        );
        for how in 0..MUTATIONS {
            for seed in [0, 1, 7, 12345, u64::MAX] {
                check_fragment(&format!("#statement-{}", mutate(statement.id, how, seed))).unwrap();
            }
        }
    }
}
