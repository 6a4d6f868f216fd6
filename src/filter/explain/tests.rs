//! What the reader is told about a search of several words and an empty
//! result, against the engine's reference (`filter::tests`).

use super::super::tests::{brute_force_matches, state};
use super::super::*;
use crate::model::DATA;
use crate::text::typed_terms;
#[cfg(not(target_arch = "wasm32"))]
use qe_core::i18n::ftl::in_language;

/// The note for `query` with the facets of `s`, as the list shows it.
fn note(s: FilterState) -> Option<String> {
    let outcome = Index::new(&DATA).evaluate(&s);
    word_note(
        outcome.words.as_ref()?,
        outcome.shown,
        &typed_terms(&s.query),
    )
}

#[test]
fn the_note_says_how_the_words_matched_when_not_every_statement_has_all() {
    assert_eq!(
        note(state(&[], &[], &[], "Chemical weapons")).as_deref(),
        Some("No statement has both words; 4 have \u{2018}Chemical\u{2019}.")
    );
    assert_eq!(
        note(state(&[], &[], &[], "chemical “evidence”")).as_deref(),
        Some("2 statements have both words; 2 more have one of them.")
    );
    let three = note(state(&[], &[], &[], "lavrov chemical evidence")).unwrap();
    assert!(
        three == "2 statements have all 3 words; 11 more have some.",
        "{three}"
    );
    assert_eq!(
        note(state(&[], &[], &[], "zzz lavrow trust")).as_deref(),
        Some("No statement has all 3 words; 1 has \u{2018}trust\u{2019}.")
    );
    // No note: one word, every statement with every word, nothing shown.
    assert_eq!(note(state(&[], &[], &[], "chemical")), None);
    assert_eq!(note(state(&[], &[], &[], "working group")), None);
    assert_eq!(
        Index::new(&DATA)
            .evaluate(&state(&[], &[], &[], "working group"))
            .shown,
        1
    );
    assert_eq!(note(state(&[], &[], &[], "zzz yyy")), None);
    // Only what is shown counts: of Lavrov's statements, one has "chemical".
    assert_eq!(
        note(state(&["lavrov"], &[], &[], "chemical weapons")).as_deref(),
        Some("No statement has both words; 1 has \u{2018}chemical\u{2019}.")
    );
    let words = Words {
        each: vec![3, 2],
        all: 1,
    };
    assert_eq!(
        word_note(&words, 4, &["a", "b"]).as_deref(),
        Some("1 statement has both words; 3 more have one of them.")
    );
    let words = Words {
        each: vec![1, 2, 1],
        all: 0,
    };
    assert_eq!(
        word_note(&words, 3, &["a", "b", "c"]).as_deref(),
        Some("No statement has all 3 words; 1 has \u{2018}a\u{2019}, 2 have \u{2018}b\u{2019}, 1 has \u{2018}c\u{2019}.")
    );
    let words = Words {
        each: vec![2, 2, 3],
        all: 2,
    };
    assert_eq!(
        word_note(&words, 3, &["a", "b", "c"]).as_deref(),
        Some("2 statements have all 3 words; 1 more has some.")
    );
}

/// The reference for [`Index::emptied`]: the fewest choices of `s` (facets
/// and words, the words last among as few) whose statements are none.
fn brute_force_emptied(s: &FilterState) -> Option<Emptied> {
    if !brute_force_matches(s).is_empty() {
        return None;
    }
    let has = |p: usize| match p {
        3 => !terms(&s.query).is_empty(),
        f => !s.selected(Facet::ALL[f]).is_empty(),
    };
    let mut best: Option<(u32, bool, u8)> = None;
    for subset in 0u8..16 {
        if (0..4).any(|p| subset & 1 << p != 0 && !has(p)) {
            continue;
        }
        let mut probe = FilterState::default();
        for (f, facet) in Facet::ALL.into_iter().enumerate() {
            if subset & 1 << f != 0 {
                *probe.selected_mut(facet) = s.selected(facet).clone();
            }
        }
        if subset & 8 != 0 {
            probe.query = s.query.clone();
        }
        let key = (subset.count_ones(), subset & 8 != 0, subset);
        if brute_force_matches(&probe).is_empty() && best.is_none_or(|b| key < b) {
            best = Some(key);
        }
    }
    let (_, words, subset) = best?;
    Some(Emptied {
        facets: std::array::from_fn(|f| subset & 1 << f != 0),
        words,
    })
}

#[test]
fn an_empty_result_names_the_fewest_choices_that_emptied_it() {
    let index = Index::new(&DATA);
    let values: Vec<(Facet, usize)> = Facet::ALL
        .iter()
        .flat_map(|&f| (0..f.len(&DATA)).map(move |v| (f, v)))
        .collect();
    let mut empty = 0;
    for (i, &(fa, va)) in values.iter().enumerate() {
        for &(fb, vb) in &values[i + 1..] {
            for query in ["", "zzz", "nuclear", "syria zzz"] {
                let mut s = FilterState {
                    query: query.into(),
                    ..FilterState::default()
                };
                s.toggle(fa, va);
                s.toggle(fb, vb);
                let emptied = index.emptied(&s);
                assert_eq!(emptied, brute_force_emptied(&s), "{s:?}");
                assert_eq!(emptied.is_some(), index.evaluate(&s).shown == 0, "{s:?}");
                empty += usize::from(emptied.is_some());
            }
        }
    }
    assert!(empty > 100, "{empty}");
}

/// What the empty result says for `s`.
fn emptied(s: FilterState) -> String {
    let e = Index::new(&DATA).emptied(&s).expect("an empty result");
    emptied_text(&DATA, &s, &e, &typed_terms(&s.query))
}

#[test]
fn the_empty_result_says_which_choices_emptied_it() {
    assert_eq!(
        emptied(state(&["lavrov"], &["ukraine"], &[], "")),
        "No statement by Sergey Lavrov is about Ukraine."
    );
    assert_eq!(
        emptied(state(&["lavrov"], &["ukraine"], &[], "Zebra")),
        "No statement has \u{2018}Zebra\u{2019}."
    );
    assert_eq!(
        emptied(state(&[], &[], &["disputed"], "zzzz")),
        "No statement has \u{2018}zzzz\u{2019}."
    );
    assert_eq!(
        emptied(state(&[], &[], &[], "zebra yak")),
        "No statement has \u{2018}zebra\u{2019} or \u{2018}yak\u{2019}."
    );
    assert_eq!(
        emptied(state(&["lavrov", "tillerson"], &["north-korea"], &[], "")),
        "No statement by Rex Tillerson or Sergey Lavrov is about North Korea."
    );
    assert_eq!(
        emptied(state(&["tillerson"], &["syria"], &["unchallenged"], "")),
        "No statement by Rex Tillerson about Syria has no response reported."
    );
    assert_eq!(
        emptied(state(&["article"], &[], &["disputed"], "")),
        "No statement by the article is in a dispute."
    );
    assert_eq!(
        emptied(state(&["lavrov"], &[], &["agreed"], "")),
        "No statement by Sergey Lavrov is agreed."
    );
    // "nuclear" is Tillerson's word, not Lavrov's.
    assert_eq!(
        emptied(state(&["lavrov"], &[], &[], "nuclear")),
        "No statement by Sergey Lavrov has \u{2018}nuclear\u{2019}."
    );
    assert_eq!(
        emptied(state(
            &[],
            &["syria"],
            &["unchallenged", "agreed"],
            "nuclear"
        )),
        "No statement about Syria has \u{2018}nuclear\u{2019}."
    );
    assert_eq!(
        emptied(state(&["tillerson"], &[], &["disputed"], "nuclear")),
        "No statement that is in a dispute has \u{2018}nuclear\u{2019}."
    );
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn the_notes_are_whole_sentences_in_the_storys_language() {
    let fr = in_language("fr", || {
        [
            emptied(state(&["lavrov", "tillerson"], &["north-korea"], &[], "")),
            emptied(state(&[], &[], &[], "zebra yak gnu")),
            emptied(state(&["tillerson"], &[], &["disputed"], "nuclear")),
            note(state(&[], &[], &[], "Chemical weapons")).unwrap_or_default(),
        ]
    });
    assert_eq!(
        fr,
        [
            "Aucune déclaration de Rex Tillerson ou Sergey Lavrov ne porte sur North Korea.",
            "Aucune déclaration ne contient «\u{202f}zebra\u{202f}», «\u{202f}yak\u{202f}» ou «\u{202f}gnu\u{202f}».",
            "Aucune déclaration qui fasse partie d’un désaccord ne contient «\u{202f}nuclear\u{202f}».",
            "Aucune déclaration ne contient les deux mots\u{202f}; 4 contiennent «\u{202f}Chemical\u{202f}».",
        ]
    );
    let de = in_language("de", || {
        [
            emptied(state(&["article"], &[], &["disputed"], "")),
            note(state(&[], &[], &[], "lavrov chemical evidence")).unwrap_or_default(),
        ]
    });
    assert_eq!(
        de,
        [
            "Keine Aussage von The article ist Teil einer Kontroverse.",
            "2 Aussagen enthalten alle 3 Wörter; 11 weitere enthalten einige davon.",
        ]
    );
    // Arabic: its comma and "or", and every name isolated (U+2068 … U+2069).
    let ar = in_language("ar", || emptied(state(&[], &[], &[], "zebra yak gnu")));
    assert!(
        ar.contains("\u{2068}«\u{2068}zebra\u{2069}»\u{2069}، "),
        "{ar}"
    );
    assert!(ar.contains(" أو "), "{ar}");
}
