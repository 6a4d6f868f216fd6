//! The addresses the differential test reads: hand-written cases where the
//! two readers once differed, then fuzzed ones of six kinds, drawn the same
//! way every run.

use super::{hostile_value, mutated_value, query_of, ALPHABET, ESCAPES, KEYS};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

const REAL_ID_CASES: usize = 4_000;
const EMBED_CASES: usize = 4_000;
const SEARCH_CASES: usize = 2_000;
const PUNCTUATION_CASES: usize = 2_500;
const PERCENT_ESCAPE_CASES: usize = 2_000;
const HOSTILE_CASES: usize = 1_500;
pub const TOTAL_CASES: usize = REAL_ID_CASES
    + EMBED_CASES
    + SEARCH_CASES
    + PUNCTUATION_CASES
    + PERCENT_ESCAPE_CASES
    + HOSTILE_CASES;
const _: () = assert!(TOTAL_CASES >= 10_000);

/// Values the embed's parameters (and pym.js's) take, valid and not.
const EMBED_VALUES: &[&str] = &[
    "1",
    "0",
    "true",
    "false",
    "TRUE",
    "yes",
    "",
    "2",
    " 1",
    "1%20",
    "%31",
    "story-7",
    "qe:embed_1.x",
    "qe-topic-syria-4f2a",
    "compact",
    "full",
    "Compact",
    "a b",
    "a+b",
    "%22%3E%3Cscript%3E",
    "caf%C3%A9",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxy",
    "light",
    "transparent",
    "solid",
    "dark",
    "auto",
    "Dark",
    "AUTO",
    "pink",
    "dark%20",
    "%64ark",
    "transparent,dark",
    "light+dark",
    "all",
    "ALL",
    "5",
    "000",
    "00",
    "001",
    "999",
    "1000",
    "007",
    "+5",
    "%2B5",
    "-3",
    "1.5",
    "12%20",
    "%2012",
    "1e2",
    "0x1",
    "https%3A%2F%2Fnews.example%2Fstory",
];

/// The embed's parameters, pym.js's and others' (trackers, hosts).
const EMBED_KEYS: &[&str] = &[
    "embed",
    "embed",
    "embedId",
    "theme",
    "theme",
    "background",
    "background",
    "cards",
    "cards",
    "controls",
    "density",
    "density",
    "childId",
    "childId",
    "initialWidth",
    "parentTitle",
    "parentUrl",
    "utm_source",
    "utm_medium",
    "fbclid",
    "Embed",
    "embedid",
    "%65mbed",
    "cards%20",
];

/// Searches: around [`location::MAX_QUERY_CHARS`], in several scripts,
/// blank in Rust's sense and not.
const SEARCH_PIECES: &[&str] = &[
    "trust",
    "low+trust",
    "low%20trust",
    "+",
    "%20",
    "%09",
    "%C2%85",
    "%E2%80%A8",
    "%EF%BB%BF",
    "%C2%A0",
    "%E3%80%80",
    "%E2%80%8B",
    "é",
    "%C3%A9",
    "%F0%9F%98%80",
    "😀",
    "Лавров",
    "“unlawful”",
    "a%26b%3Dc",
    "100%25",
    "!'()*~",
    "%21%27%28%29%2A",
    "x",
];

/// A query string; which kind the case number picks.
fn strategy(kind: usize) -> BoxedStrategy<String> {
    match kind {
        0 => real_ids(),
        1 => embeds(),
        2 => searches(),
        3 => punctuation(),
        4 => escapes(),
        _ => hostile(),
    }
}

/// Real ids however mangled, joined as a list.
fn real() -> impl Strategy<Value = String> {
    prop::collection::vec(mutated_value(), 1..4).prop_map(|ids| ids.join(","))
}

/// Real ids however mangled, under any key the fuzzers know.
fn real_ids() -> BoxedStrategy<String> {
    (
        prop::collection::vec((select(KEYS), real()), 1..7),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(pairs, question_mark, doubled)| query_of(pairs, question_mark, doubled))
        .boxed()
}

/// An embed: its switch, look (hostile too) and ids, pym's, trackers', and
/// filters.
fn embeds() -> BoxedStrategy<String> {
    let embed_pair =
        (select(EMBED_KEYS), select(EMBED_VALUES)).prop_map(|(k, v)| (k, v.to_owned()));
    let filter_pair = (
        select(&["speaker", "topic", "stance", "view", "q", "sort"][..]),
        real(),
    );
    // The look's values at their worst: markup, escapes, mangled ids.
    let hostile_look = (select(&["theme", "background"][..]), hostile_value());
    let pair = prop_oneof![3 => embed_pair, 1 => filter_pair, 1 => hostile_look];
    (
        select(&["1", "true", "0", "false", "", "yes"][..]),
        prop::collection::vec(pair, 0..8),
        0..3usize,
    )
        .prop_map(|(on, mut pairs, at)| {
            if !on.is_empty() {
                pairs.insert(at.min(pairs.len()), ("embed", on.to_owned()));
            }
            query_of(pairs, true, false)
        })
        .boxed()
}

/// Searches, repeated, with `sort` and `view`.
fn searches() -> BoxedStrategy<String> {
    let search =
        prop::collection::vec(select(SEARCH_PIECES), 0..120).prop_map(|pieces| pieces.concat());
    let pair = prop_oneof![
        3 => search.prop_map(|q| ("q", q)),
        1 => select(&["article", "best", "", "list", "Article", "random"][..])
            .prop_map(|v| ("sort", v.to_owned())),
        1 => select(&["article", "list", "", "map"][..]).prop_map(|v| ("view", v.to_owned())),
        1 => real().prop_map(|v| ("topic", v)),
    ];
    prop::collection::vec(pair, 1..5)
        .prop_map(|pairs| query_of(pairs, true, false))
        .boxed()
}

/// URL punctuation and Unicode, as keys' values or alone.
fn punctuation() -> BoxedStrategy<String> {
    let text = prop::collection::vec(select(ALPHABET), 0..80).prop_map(String::from_iter);
    prop_oneof![
        text.clone(),
        prop::collection::vec((select(KEYS), text), 1..6)
            .prop_map(|pairs| query_of(pairs, true, false)),
    ]
    .boxed()
}

/// Percent escapes whole, cut short and not hex.
fn escapes() -> BoxedStrategy<String> {
    let escapes = prop::collection::vec(select(ESCAPES), 0..30).prop_map(|pieces| pieces.concat());
    prop::collection::vec((select(KEYS), escapes), 1..5)
        .prop_map(|pairs| query_of(pairs, true, false))
        .boxed()
}

/// Markup and worse, raw and percent-encoded.
fn hostile() -> BoxedStrategy<String> {
    let value = hostile_value();
    prop::collection::vec((select(KEYS), value), 1..5)
        .prop_map(|pairs| query_of(pairs, true, false))
        .boxed()
}

/// Cases written by hand: where the two readers once differed, or could.
const KNOWN: &[&str] = &[
    "",
    "?",
    "?embed=1&cards=3&cards=0",
    "?embed=1&cards=000",
    "?embed=1&cards=007",
    "?embed=1&controls=0&controls=maybe",
    "?embed=1&background=dark&background=pink",
    "?embed=1&background=dark",
    "?embed=1&background=auto&background=transparent",
    "?embed=1&theme=light&background=dark",
    "?embed=1&background=dark&theme=light",
    "?embed=1&theme=auto&background=transparent&theme=pink",
    "?embed=1&theme=dark&theme=",
    "?theme=dark&background=transparent",
    "?embed=0&theme=dark",
    "?embedId=a&embed=1",
    "?embed=1&embedId=a&embed=no",
    "?childId=a&childId=%20",
    "?q=a&q=",
    "?q=&q=a",
    "?q=%20",
    "?q=%EF%BB%BF",
    "?q=%C2%85",
    "?speaker=nobody",
    "?topic=%E2%84%AAremlin",
    "?topic=syria%EF%BB%BF",
    "?topic=%C2%85syria",
    "?topic=SYRIA,%20ukraine%20",
    "?view=map",
    "?density=compact",
    "?density=full&embed=1",
    "?embed=1&density=compact&density=wide",
    "?view=article&view=",
    "?q=trust&sort=article&utm_source=x&embed=1",
    "?utm_source=newsletter&embed=1&topic=syria&fbclid=abc",
    "??topic=syria",
    "?topic=syria#statement-x",
];

/// Every case: the hand-written ones, then [`TOTAL_CASES`] drawn the same
/// way every run.
pub fn cases() -> Vec<String> {
    let mut runner = TestRunner::deterministic();
    let mut out: Vec<String> = KNOWN.iter().map(|s| (*s).to_owned()).collect();
    for (kind, count) in [
        REAL_ID_CASES,
        EMBED_CASES,
        SEARCH_CASES,
        PUNCTUATION_CASES,
        PERCENT_ESCAPE_CASES,
        HOSTILE_CASES,
    ]
    .into_iter()
    .enumerate()
    {
        let strategy = strategy(kind);
        for _ in 0..count {
            out.push(strategy.new_tree(&mut runner).expect("a case").current());
        }
    }
    out
}
