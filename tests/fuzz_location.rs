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

mod common;

use std::sync::OnceLock;

use common::{
    hostile_value, mutate, mutated_value, percent_encode_all, query_of, real_values, ALPHABET,
    ESCAPES, HOSTILE, KEYS, MUTATIONS,
};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{TestCaseError, TestRunner};
use quote_explorer::filter::{Facet, Index};
use quote_explorer::location::{
    encode, parse, parse_fragment, statement_fragment, Embed, Ignored, MAX_FIRST_CARDS,
    MAX_QUERY_CHARS,
};
use quote_explorer::model::DATA;

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

fn statement_ids() -> Vec<&'static str> {
    DATA.statements.iter().map(|s| s.id).collect()
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
    let value = hostile_value();
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
