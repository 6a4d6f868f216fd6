//! The plural and number tables of `qe_core::i18n` against the browser's
//! own: one Node process (full ICU) answers `Intl.PluralRules` and
//! `Intl.NumberFormat` for every language of the table, and every answer
//! must match. Without Node the test fails; it never passes unchecked.

use qe_core::i18n::number::number_format;
use qe_core::i18n::plural::{categories, category, knows, Plural};
use std::process::Command;

/// Every language of the tables, then a few tags with a region, a script
/// or capitals whose primary subtag must decide alone.
const LANGS: &[&str] = &[
    "en",
    "de",
    "nl",
    "sv",
    "da",
    "nb",
    "no",
    "fi",
    "it",
    "es",
    "pt",
    "fr",
    "ca",
    "ar",
    "he",
    "fa",
    "hi",
    "ru",
    "uk",
    "pl",
    "cs",
    "sk",
    "ja",
    "zh",
    "ko",
    "vi",
    "th",
    "id",
    "tr",
    "el",
    "ro",
    "hu",
    "en-US",
    "pt-BR",
    "zh-Hant-TW",
    "DE-de",
];

const BIG: [u64; 5] = [1_000_000, 2_000_000, 1_000_001, 10_000_000, 123_456_789];
const INTEGERS: [u64; 10] = [0, 7, 42, 999, 1000, 1234, 12345, 123456, 1234567, 1000000];
const TENTHS: [u64; 4] = [0, 5, 45, 12345];

fn list(ns: &[u64]) -> String {
    let items: Vec<String> = ns.iter().map(u64::to_string).collect();
    format!("[{}]", items.join(","))
}

/// Node's answers, one per line, tab-separated:
/// `c lang cat,cat…`, `p lang n cat`, `i lang n text`, `t lang tenths text`.
fn node_reference() -> String {
    let langs: Vec<String> = LANGS.iter().map(|l| format!("{l:?}")).collect();
    let plurals: Vec<u64> = (0..=1200).chain(BIG).collect();
    let script = format!(
        r#"const out = [];
for (const l of [{langs}]) {{
  const pr = new Intl.PluralRules(l), nf = new Intl.NumberFormat(l);
  const nf1 = new Intl.NumberFormat(l, {{minimumFractionDigits: 1, maximumFractionDigits: 1}});
  out.push(["c", l, pr.resolvedOptions().pluralCategories.join(",")].join("\t"));
  for (const n of {plurals}) out.push(["p", l, n, pr.select(n)].join("\t"));
  for (const n of {integers}) out.push(["i", l, n, nf.format(n)].join("\t"));
  for (const t of {tenths}) out.push(["t", l, t, nf1.format(t / 10)].join("\t"));
}}
process.stdout.write(out.join("\n") + "\n");"#,
        langs = langs.join(","),
        plurals = list(&plurals),
        integers = list(&INTEGERS),
        tenths = list(&TENTHS),
    );
    let output = Command::new("node")
        .arg("-e")
        .arg(&script)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "this test needs Node with full ICU (`node` on PATH) as its \
                 reference for Intl.PluralRules and Intl.NumberFormat: {e}"
            )
        });
    assert!(
        output.status.success(),
        "node failed ({}): {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("node's output is UTF-8")
}

#[test]
fn plurals_and_numbers_match_intl() {
    let reference = node_reference();
    let mut differences = Vec::new();
    let mut checked = [0usize; 4];
    for line in reference.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let (kind, lang) = (fields[0], fields[1]);
        let mut differ = |what: String, expected: &str, got: String| {
            if expected != got {
                differences.push(format!(
                    "{lang}\t{what}\texpected {expected:?}\tgot {got:?}"
                ));
            }
        };
        match (kind, &fields[2..]) {
            ("c", [cats]) => {
                // ICU lists them in its own order; compare in Plural::ALL order.
                let expected: Vec<&str> = Plural::ALL
                    .iter()
                    .map(|p| p.id())
                    .filter(|id| cats.split(',').any(|c| c == *id))
                    .collect();
                let got: Vec<&str> = categories(lang).iter().map(|p| p.id()).collect();
                differ("categories".into(), &expected.join(","), got.join(","));
                assert_eq!(
                    cats.split(',').count(),
                    expected.len(),
                    "{lang}: unknown category in {cats}"
                );
                checked[0] += 1;
            }
            ("p", [n, cat]) => {
                let got = category(lang, n.parse().unwrap()).id();
                differ(format!("plural {n}"), cat, got.into());
                checked[1] += 1;
            }
            ("i", [n, text]) => {
                let got = number_format(lang).integer(n.parse().unwrap());
                differ(format!("integer {n}"), text, got);
                checked[2] += 1;
            }
            ("t", [t, text]) => {
                let got = number_format(lang).tenths(t.parse().unwrap());
                differ(format!("tenths {t}"), text, got);
                checked[3] += 1;
            }
            _ => panic!("unexpected line from node: {line:?}"),
        }
    }
    let n = LANGS.len();
    assert_eq!(
        checked,
        [
            n,
            n * (1201 + BIG.len()),
            n * INTEGERS.len(),
            n * TENTHS.len()
        ],
        "node did not answer every question"
    );
    assert!(
        differences.is_empty(),
        "{} differences from Intl:\n{}",
        differences.len(),
        differences.join("\n")
    );
}

#[test]
fn every_language_is_known() {
    let unknown: Vec<&&str> = LANGS.iter().filter(|l| !knows(l)).collect();
    assert!(unknown.is_empty(), "not in the table: {unknown:?}");
}
