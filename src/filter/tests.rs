//! The engine against its definition: brute-force matching and counting on
//! the real data, for every single- and two-value selection; the ranking of
//! a search of several words, and what the reader is told about it.

use super::*;
use crate::model::DATA;
use crate::text::fold;

pub(super) fn state(
    speakers: &[&str],
    topics: &[&str],
    stances: &[&str],
    query: &str,
) -> FilterState {
    let pick = |f: Facet, ids: &[&str]| ids.iter().map(|id| f.find(&DATA, id).unwrap()).collect();
    FilterState {
        speakers: pick(Facet::Speaker, speakers),
        topics: pick(Facet::Topic, topics),
        stances: pick(Facet::Stance, stances),
        query: query.into(),
    }
}

/// The reference: which of `query`'s words statement `i` has, by the
/// definition (its text, note, speaker's name or role; at a word's start).
fn brute_force_words(i: usize, query: &str) -> Vec<bool> {
    let st = &DATA.statements[i];
    let speaker = &DATA.speakers[st.speaker];
    let hay = fold(&format!(
        "{} {} {} {}",
        st.text,
        st.note.unwrap_or(""),
        speaker.name,
        speaker.role
    ));
    terms(query)
        .iter()
        .map(|t| {
            hay.match_indices(t.as_str())
                .any(|(at, _)| at == 0 || !hay[..at].chars().last().unwrap().is_alphanumeric())
        })
        .collect()
}

/// The reference: match every statement by the definition, one by one.
/// A query keeps the statements with at least one of its words.
pub(super) fn brute_force_matches(s: &FilterState) -> Vec<usize> {
    let no_query = terms(&s.query).is_empty();
    DATA.statements
        .iter()
        .enumerate()
        .filter(|&(i, st)| {
            (s.speakers.is_empty() || s.speakers.contains(&st.speaker))
                && (s.topics.is_empty() || st.topics.iter().any(|t| s.topics.contains(t)))
                && (s.stances.is_empty() || s.stances.contains(&st.stance.index()))
                && (no_query || brute_force_words(i, &s.query).contains(&true))
        })
        .map(|(i, _)| i)
        .collect()
}

/// The reference count: select only `value` in `facet`, keep the rest.
fn brute_force_count(s: &FilterState, facet: Facet, value: usize) -> usize {
    let mut probe = s.clone();
    *probe.selected_mut(facet) = Selection::from([value]);
    brute_force_matches(&probe).len()
}

fn check_against_brute_force(index: &Index, s: &FilterState) {
    let outcome = index.evaluate(s);
    let shown = brute_force_matches(s);
    assert_eq!(outcome.matches.iter().collect::<Vec<_>>(), shown, "{s:?}");
    check_words(&outcome, s, &shown);
    for facet in Facet::ALL {
        for v in 0..facet.len(&DATA) {
            assert_eq!(
                outcome.count(facet, v),
                brute_force_count(s, facet, v),
                "{facet:?} {v} in {s:?}"
            );
        }
    }
}

/// The ranking and the words' spread against the reference: the ranked list
/// is the matches, the most words first; the counts per word and of all
/// words are those of the statements shown.
fn check_words(outcome: &Outcome, s: &FilterState, shown: &[usize]) {
    let n = terms(&s.query).len();
    if n == 0 {
        assert!(outcome.ranked.is_none() && outcome.words.is_none(), "{s:?}");
        return;
    }
    let found = |i: usize| {
        brute_force_words(i, &s.query)
            .iter()
            .filter(|&&f| f)
            .count()
    };
    let ranked = outcome.ranked.as_ref().unwrap();
    let mut sorted = ranked.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, shown, "{s:?}");
    let by_found: Vec<usize> = ranked.iter().map(|&i| found(i)).collect();
    assert!(
        by_found.windows(2).all(|w| w[0] >= w[1]),
        "{s:?}: {by_found:?}"
    );
    let words = outcome.words.as_ref().unwrap();
    let each: Vec<usize> = (0..n)
        .map(|t| {
            shown
                .iter()
                .filter(|&&i| brute_force_words(i, &s.query)[t])
                .count()
        })
        .collect();
    assert_eq!(words.each, each, "{s:?}");
    assert_eq!(
        words.all,
        shown.iter().filter(|&&i| found(i) == n).count(),
        "{s:?}"
    );
}

#[test]
fn no_filter_shows_every_statement() {
    let outcome = Index::new(&DATA).evaluate(&FilterState::default());
    assert_eq!(outcome.shown, DATA.statements.len());
    assert_eq!(outcome.total, DATA.statements.len());
}

#[test]
fn disputed_filter_keeps_only_disputed_statements() {
    let outcome = Index::new(&DATA).evaluate(&state(&[], &[], &["disputed"], ""));
    assert!(outcome.shown > 0);
    assert!(outcome
        .matches
        .iter()
        .all(|i| DATA.statements[i].stance == Stance::Disputed));
}

#[test]
fn values_within_a_facet_combine_with_or_and_facets_with_and() {
    let index = Index::new(&DATA);
    let lavrov = index.evaluate(&state(&["lavrov"], &[], &[], "")).shown;
    let tillerson = index.evaluate(&state(&["tillerson"], &[], &[], "")).shown;
    let both = index
        .evaluate(&state(&["lavrov", "tillerson"], &[], &[], ""))
        .shown;
    assert_eq!(both, lavrov + tillerson);
    let narrowed = index
        .evaluate(&state(&["lavrov", "tillerson"], &["syria"], &[], ""))
        .shown;
    assert!(narrowed < both && narrowed > 0);
}

#[test]
fn search_is_case_and_accent_insensitive_and_covers_speaker_and_note() {
    let index = Index::new(&DATA);
    assert_eq!(
        index.evaluate(&state(&[], &[], &[], "SÝRIA")).shown,
        index.evaluate(&state(&[], &[], &[], "syria")).shown
    );
    let by_role = index.evaluate(&state(&[], &[], &[], "foreign minister"));
    assert!(by_role
        .matches
        .iter()
        .all(|i| DATA.speaker_of(&DATA.statements[i]).id == "lavrov"));
    assert!(by_role.shown > 0);
    let by_note = index.evaluate(&state(&[], &[], &[], "AP"));
    assert!(by_note
        .matches
        .iter()
        .any(|i| DATA.statements[i].id == "lavrov-investigation-agreement"));
}

#[test]
fn counts_equal_brute_force_for_every_single_and_two_value_selection() {
    let index = Index::new(&DATA);
    let values: Vec<(Facet, usize)> = Facet::ALL
        .iter()
        .flat_map(|&f| (0..f.len(&DATA)).map(move |v| (f, v)))
        .collect();
    let mut checked = 0;
    check_against_brute_force(&index, &FilterState::default());
    for (i, &(fa, va)) in values.iter().enumerate() {
        let mut one = FilterState::default();
        one.toggle(fa, va);
        check_against_brute_force(&index, &one);
        for &(fb, vb) in &values[i + 1..] {
            let mut two = one.clone();
            two.toggle(fb, vb);
            check_against_brute_force(&index, &two);
            checked += 1;
        }
    }
    assert_eq!(checked, values.len() * (values.len() - 1) / 2);
    for query in [
        "syria",
        "agreement",
        "lavrov no",
        "zzz",
        "’",
        "u.s.–russia",
        "chemical weapons",
        "syria attack evidence",
        "zzz agreement",
    ] {
        check_against_brute_force(&index, &state(&[], &[], &[], query));
        check_against_brute_force(
            &index,
            &state(&["lavrov"], &["syria"], &["disputed"], query),
        );
    }
}

#[test]
fn answers_and_paragraphs_are_indexed_from_the_data() {
    let index = Index::new(&DATA);
    let claim = DATA
        .statement_index("lavrov-investigation-agreement")
        .unwrap();
    let denial = DATA.statement_index("spokesman-no-agreement").unwrap();
    assert_eq!(index.answers(claim), &[denial]);
    assert!(index.in_paragraph(5).contains(&denial));
    assert_eq!(index.in_paragraph(99), &[] as &[usize]);
}

#[test]
fn a_selection_stays_sorted_and_distinct() {
    let mut selection = Selection::from([5, 1, 3, 1]);
    assert_eq!(selection.iter().copied().collect::<Vec<_>>(), vec![1, 3, 5]);
    assert!(!selection.insert(3));
    assert!(selection.remove(&3));
    assert!(!selection.remove(&3));
    assert_eq!(selection, Selection::from([5, 1]));
}

#[test]
fn bits_iterate_in_order_and_count() {
    let mut b = Bits::none(130);
    for i in [0, 63, 64, 129] {
        b.set(i);
    }
    assert_eq!(b.iter().collect::<Vec<_>>(), vec![0, 63, 64, 129]);
    assert_eq!(b.count(), 4);
    assert_eq!(Bits::all(130).count(), 130);
    assert_eq!(Bits::all(128).count(), 128);
    assert!(!b.contains(1000));
}

#[test]
fn the_search_text_is_the_folded_text_and_note_of_each_statement() {
    let search = &DATA.search;
    assert_eq!(search.starts.len(), DATA.statements.len() + 1);
    assert_eq!(search.starts.last(), Some(&search.haystack.len()));
    for (i, s) in DATA.statements.iter().enumerate() {
        let mut expected = String::new();
        crate::text::search_text_into(&mut expected, s.text, s.note);
        assert_eq!(search.of(i), expected, "statement {}", s.id);
        assert_eq!(search.pairs[i], crate::text::pair_bits(&expected));
    }
    for (speaker, text) in DATA.speakers.iter().zip(search.speakers) {
        assert_eq!(*text, fold(&format!("{}\n{}", speaker.name, speaker.role)));
    }
}

#[test]
fn a_side_heading_selects_all_its_speakers_then_clears_them_and_keeps_the_others() {
    let us = DATA.sides.iter().position(|s| s.id == "us").unwrap();
    let mut s = state(&["lavrov"], &[], &[], "");
    assert!(!s.side_selected(&DATA, us));
    s.toggle_side(&DATA, us);
    let ids: Vec<&str> = s.speakers.iter().map(|&i| DATA.speakers[i].id).collect();
    assert_eq!(ids, ["tillerson", "tillerson-spokesman", "lavrov"]);
    assert!(s.side_selected(&DATA, us));
    s.toggle(Facet::Speaker, 0);
    s.toggle_side(&DATA, us);
    assert_eq!(
        s.speakers,
        state(
            &["tillerson", "tillerson-spokesman", "lavrov"],
            &[],
            &[],
            ""
        )
        .speakers
    );
    s.toggle_side(&DATA, us);
    assert_eq!(s, state(&["lavrov"], &[], &[], ""));
}

#[test]
fn the_stance_summary_counts_what_is_shown_while_facet_counts_stay_disjunctive() {
    let index = Index::new(&DATA);
    for (speakers, stances) in [
        (&["lavrov"][..], &["disputed"][..]),
        (&[][..], &[][..]),
        (&["tillerson"][..], &[][..]),
    ] {
        let s = state(speakers, &[], stances, "");
        let outcome = index.evaluate(&s);
        let shown = brute_force_matches(&s);
        for stance in Stance::ALL {
            let on_screen = shown
                .iter()
                .filter(|&&i| DATA.statements[i].stance == stance)
                .count();
            assert_eq!(
                outcome.shown_by_stance[stance.index()],
                on_screen,
                "{speakers:?} {stances:?} {stance:?}"
            );
        }
        assert_eq!(outcome.shown_by_stance.iter().sum::<usize>(), outcome.shown);
    }
    // Lavrov + Disputed: 2 shown, both disputed; adding "unchallenged" would show 5 more.
    let outcome = index.evaluate(&state(&["lavrov"], &[], &["disputed"], ""));
    assert_eq!(outcome.shown_by_stance, [0, 2, 0]);
    assert_eq!(
        outcome.count(Facet::Stance, Stance::Unchallenged.index()),
        5
    );
}

#[test]
fn a_thread_shows_when_its_claim_or_an_answer_matches() {
    let index = Index::new(&DATA);
    let id = |i: usize| DATA.statements[i].id;
    let all: Vec<&str> = index
        .threads(&index.evaluate(&FilterState::default()).matches)
        .map(id)
        .collect();
    assert_eq!(
        all,
        [
            "tillerson-assad-behind-attack",
            "previous-reports-russia-knew",
            "lavrov-investigation-agreement"
        ]
    );
    let spokesman = index.evaluate(&state(&["tillerson-spokesman"], &[], &[], ""));
    let threads: Vec<&str> = index.threads(&spokesman.matches).map(id).collect();
    assert_eq!(threads, ["lavrov-investigation-agreement"]);
    let agreed = index.evaluate(&state(&[], &[], &["agreed"], ""));
    assert_eq!(index.threads(&agreed.matches).count(), 0);
}

#[test]
fn search_matches_at_word_starts_and_forgives_typographic_marks() {
    let index = Index::new(&DATA);
    let ids = |q: &str| -> Vec<&str> {
        let outcome = index.evaluate(&state(&[], &[], &[], q));
        outcome
            .matches
            .iter()
            .map(|i| DATA.statements[i].id)
            .collect()
    };
    // "us" is "U.S.", never the middle of "trust" or "Russia".
    let us = ids("us");
    assert!(us.contains(&"tillerson-assad-behind-attack"), "{us:?}");
    assert!(ids("ssia").is_empty());
    assert_eq!(ids("trust"), ["tillerson-low-trust"]);
    assert_eq!(ids("“unified"), ["tillerson-unified-syria"]);
    assert_eq!(ids("whats"), ids("what’s"));
    assert!(!ids("whats").is_empty());
    assert_eq!(ids("rust"), Vec::<&str>::new());
}

#[test]
fn best_match_puts_the_speakers_name_and_quoted_words_first_then_article_order() {
    let index = Index::new(&DATA);
    let ranked = |q: &str| -> Vec<&str> {
        let outcome = index.evaluate(&state(&[], &[], &[], q));
        let ranked = outcome.ranked.unwrap();
        assert_eq!(ranked.len(), outcome.shown);
        let mut sorted = ranked.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, outcome.matches.iter().collect::<Vec<_>>());
        ranked.into_iter().map(|i| DATA.statements[i].id).collect()
    };
    // Lavrov's own statements before those that only mention him.
    let lavrov = ranked("lavrov");
    let own = DATA
        .statements
        .iter()
        .filter(|s| DATA.speakers[s.speaker].id == "lavrov")
        .count();
    assert!(
        lavrov[..own].iter().all(|id| id.starts_with("lavrov-")),
        "{lavrov:?}"
    );
    assert!(lavrov.len() > own, "{lavrov:?}");
    // Words in the statement before words only in its note.
    let evidence = ranked("evidence");
    assert_eq!(evidence[0], "lavrov-no-evidence");
    assert!(index.evaluate(&FilterState::default()).ranked.is_none());
}

#[test]
fn the_counting_sort_ranks_by_words_found_then_score_then_article_order() {
    let mut matches = Bits::none(6);
    for i in [0, 1, 3, 4, 5] {
        matches.set(i);
    }
    let one = [1; 6];
    assert_eq!(
        by_rank(&matches, &one, &[1, 7, 9, 7, 0, 255]),
        [5, 1, 3, 0, 4]
    );
    assert_eq!(
        by_rank(&matches, &[1, 1, 9, 2, 1, 1], &[1, 7, 9, 7, 0, 255]),
        [3, 5, 1, 0, 4]
    );
    assert_eq!(by_rank(&Bits::none(6), &one, &[0; 6]), Vec::<usize>::new());
}

#[test]
fn a_search_of_several_words_keeps_statements_with_any_of_them_all_words_first() {
    let index = Index::new(&DATA);
    let ids = |q: &str| -> Vec<&str> {
        let outcome = index.evaluate(&state(&[], &[], &[], q));
        let ranked = outcome.ranked.unwrap();
        ranked.into_iter().map(|i| DATA.statements[i].id).collect()
    };
    // Nobody says "weapons": the four "chemical" statements, not nothing.
    let chemical = ids("chemical weapons");
    assert_eq!(chemical.len(), 4, "{chemical:?}");
    assert_eq!(ids("chemical"), chemical);
    // "evidence" and "chemical": the two statements with both come first.
    let both = ids("chemical evidence");
    assert_eq!(both.len(), 4, "{both:?}");
    let mut first = both[..2].to_vec();
    first.sort_unstable();
    assert_eq!(
        first,
        ["lavrov-no-evidence", "tillerson-assad-behind-attack"]
    );
    // In article order, the same statements.
    let outcome = index.evaluate(&state(&[], &[], &[], "chemical evidence"));
    let article: Vec<usize> = outcome.in_order(false).collect();
    assert_eq!(article, outcome.matches.iter().collect::<Vec<_>>());
    assert_eq!(article.len(), 4);
    // Three words: those with all three, then two, then one.
    let outcome = index.evaluate(&state(&[], &[], &[], "lavrov chemical evidence"));
    let found: Vec<usize> = outcome
        .ranked
        .unwrap()
        .iter()
        .map(|&i| {
            brute_force_words(i, "lavrov chemical evidence")
                .iter()
                .filter(|&&f| f)
                .count()
        })
        .collect();
    assert_eq!(found[0], 3, "{found:?}");
    assert!(found.contains(&2) && found.contains(&1), "{found:?}");
    // The counts follow the words too: "Syria" with "zzz" counts as "Syria".
    let alone = index.evaluate(&state(&[], &[], &[], "syria"));
    let with_nonsense = index.evaluate(&state(&[], &[], &[], "syria zzz"));
    for facet in Facet::ALL {
        for v in 0..facet.len(&DATA) {
            assert_eq!(alone.count(facet, v), with_nonsense.count(facet, v));
        }
    }
}

#[test]
fn an_empty_search_suggests_the_nearest_speaker_or_topic() {
    let name = |q: &str| suggest(&DATA, q).map(|(f, v)| f.value_label(&DATA, v));
    assert_eq!(name("lavrow"), Some("Sergey Lavrov"));
    assert_eq!(name("sirya"), Some("Syria"));
    assert_eq!(name("tilerson"), Some("Rex Tillerson"));
    assert_eq!(name("zzzz"), None);
}

#[test]
fn a_checkbox_id_names_its_facet_value_and_back() {
    for facet in Facet::ALL {
        for v in 0..facet.len(&DATA) {
            let id = facet.control_id(&DATA, v);
            assert_eq!(Facet::from_control_id(&DATA, &id), Some((facet, v)), "{id}");
        }
    }
    assert_eq!(Facet::from_control_id(&DATA, "f-speaker-nobody"), None);
    assert_eq!(Facet::from_control_id(&DATA, "q"), None);
}
