use super::*;

#[test]
fn sort_pairs_sorts_as_the_standard_sort_does() {
    let mut seed = 7u64;
    for len in 0..40 {
        let mut pairs: Vec<(usize, usize)> = (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                ((seed >> 33) as usize % 9, (seed >> 40) as usize % 5)
            })
            .collect();
        let mut expected = pairs.clone();
        expected.sort_unstable();
        sort_pairs(&mut pairs);
        assert_eq!(pairs, expected, "{len} pairs");
    }
}

fn marked(text: &str, query: &str) -> Vec<String> {
    highlight(text, &terms(query))
        .into_iter()
        .filter(|s| s.marked)
        .map(|s| s.text.to_owned())
        .collect()
}

#[test]
fn other_scripts_fold_as_the_browser_folds_them() {
    // The same string as the browser test: the two must agree.
    assert_eq!(fold("ΣΟΦΙΑ Москва ÇA İ"), "σοφια москва ca i");
}

#[test]
fn folding_ignores_case_and_accents() {
    assert_eq!(fold("Sergéy LAVRÓV Łódź Ærø"), "sergey lavrov lodz aero");
    assert_eq!(fold("e\u{301}"), "e");
}

#[test]
fn folding_makes_typographic_quotes_and_dashes_plain() {
    assert_eq!(fold("world’s “low” U.S.–Russia"), "worlds low us-russia");
}

#[test]
fn latin_extended_a_maps_to_base_letters() {
    assert_eq!(LATIN_EXTENDED_A.len(), 0x180 - 0x100);
    assert_eq!(fold("ĀčĎęĞĥĪĴĶĽŃŐŘŠŤŮŴŶŽſ"), "acdeghijklnorstuwyzs");
}

#[test]
fn terms_are_folded_distinct_and_bounded() {
    assert_eq!(terms("  Syria  syria ÉVIDENCE "), vec!["syria", "evidence"]);
    assert_eq!(terms(&"x ".repeat(100)).len(), 1);
    assert_eq!(terms("a b c d e f g h i j k").len(), MAX_TERMS);
    assert_eq!(terms(&"é".repeat(100))[0].len(), MAX_TERM_BYTES);
}

#[test]
fn typed_terms_are_the_terms_as_typed() {
    for query in [
        "  Syria  syria ÉVIDENCE ",
        "“unified stable”",
        "’ whats U.S. ‘Lavrov",
        "a b c d e f g h i j k",
        "x “ y",
        "",
    ] {
        let typed: Vec<String> = typed_terms(query)
            .iter()
            .map(|w| terms(w).concat())
            .collect();
        assert_eq!(typed, terms(query), "{query:?}");
    }
    assert_eq!(
        typed_terms("  Syria  syria ÉVIDENCE “unified” ‘Lavrov U.S. Russians’"),
        [
            "Syria",
            "ÉVIDENCE",
            "unified",
            "Lavrov",
            "U.S.",
            "Russians’"
        ]
    );
    assert_eq!(typed_terms("«Лавров» ‹да›"), ["Лавров", "да"]);
    let long = "é".repeat(100);
    assert_eq!(typed_terms(&format!("{long} {long}x")), [long.as_str()]);
}

#[test]
fn highlight_marks_matches_in_the_original_text() {
    assert_eq!(
        marked("The world’s two foremost", "WORLD'S"),
        vec!["world’s"]
    );
    assert_eq!(
        marked("Sergey Lavrov said", "lavrov sergey"),
        vec!["Sergey", "Lavrov"]
    );
    assert_eq!(marked("Café au lait", "cafe"), vec!["Café"]);
}

#[test]
fn marked_ranges_are_the_marked_pieces_places() {
    let text = "Straße ßa, “U.S.” and us";
    let ranges = marked_ranges(text, &terms("ssa us"));
    let pieces: Vec<&str> = ranges.iter().map(|&(s, e)| &text[s..e]).collect();
    assert_eq!(pieces, marked(text, "ssa us"));
    assert_eq!(pieces, ["ßa", "U.S", "us"]);
    assert_eq!(marked_ranges(text, &[]), []);
}

#[test]
fn overlapping_matches_merge_into_one_mark() {
    assert_eq!(marked("abcdef", "abc abcd"), vec!["abcd"]);
}

#[test]
fn no_query_means_one_unmarked_segment() {
    assert_eq!(
        highlight("text", &[]),
        vec![Segment {
            text: "text",
            marked: false
        }]
    );
}

#[test]
fn a_letter_that_folds_to_two_maps_back_whole() {
    assert_eq!(marked("Straße ßa", "ssa"), vec!["ßa"]);
}

#[test]
fn only_matches_at_a_word_start_are_marked() {
    assert_eq!(marked("trust in the U.S. us", "us"), vec!["U.S", "us"]);
    assert!(starts_word("a (us) b", 3));
    assert!(!starts_word("trust", 3));
}
