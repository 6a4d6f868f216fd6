//! The catalogues: every built-in language has every message the
//! interface uses (a message added to English alone fails here), plurals
//! follow each language's rules, and a newsroom's file is checked as
//! strictly, each problem named.
#![cfg(not(target_arch = "wasm32"))]

use qe_core::i18n::ftl::{catalogue, Source, BUILT_IN};
use qe_core::i18n::{m, Msg, IDS};

#[test]
fn every_built_in_language_has_every_message_and_no_other() {
    for (lang, _) in BUILT_IN {
        let compiled = catalogue(lang, &[])
            .unwrap_or_else(|errors| panic!("locales/{lang}:\n{}", errors.join("\n")));
        assert_eq!(compiled.catalogue.messages.len(), IDS.len(), "{lang}");
        assert!(
            compiled.warnings.is_empty(),
            "locales/{lang}:\n{}",
            compiled.warnings.join("\n")
        );
    }
}

#[test]
fn a_count_takes_each_languages_plural_form() {
    let counts: [usize; 6] = [0, 1, 2, 3, 11, 100];
    let say = |lang: &str| -> Vec<String> {
        let c = catalogue(lang, &[]).expect(lang).catalogue;
        counts
            .iter()
            .map(|&n| c.format(Msg::StatementsCount, &[n.into()]))
            .collect()
    };
    assert_eq!(
        say("en"),
        [
            "0 statements",
            "1 statement",
            "2 statements",
            "3 statements",
            "11 statements",
            "100 statements"
        ]
    );
    assert_eq!(say("es-MX")[1], "1 declaración");
    assert_eq!(say("es")[2], "2 declaraciones");
    let ar = say("ar");
    // zero, one, two, few (3–10), many (11–99), other (100).
    let distinct: std::collections::HashSet<_> = ar.iter().collect();
    assert_eq!(distinct.len(), 6, "{ar:?}");
    assert_eq!(ar[4], "11 تصريحًا");
    assert_eq!(ar[5], "100 تصريح");
}

#[test]
fn the_default_is_english_until_a_story_installs_its_own() {
    assert_eq!(m::statements_count(1usize), "1 statement");
}

fn newsroom(text: &str) -> Source<'_> {
    Source {
        name: "story/messages.ftl",
        text,
    }
}

#[test]
fn a_newsrooms_file_replaces_messages_and_its_unused_keys_are_named() {
    let file = "statements-count = { $count } quotes\nstatemnts-count = typo\n";
    let compiled = catalogue("en", &[newsroom(file)]).expect("compiles");
    assert_eq!(
        compiled
            .catalogue
            .format(Msg::StatementsCount, &[2usize.into()]),
        "2 quotes"
    );
    assert_eq!(
        compiled.warnings,
        ["story/messages.ftl:2: 'statemnts-count' is not a message the interface uses (unused; a typo?)"]
    );
}

#[test]
fn a_language_without_words_names_each_missing_message() {
    let errors = catalogue("pt", &[]).unwrap_err();
    assert!(errors[0].contains("no words in 'pt'"), "{errors:?}");
    let errors = catalogue(
        "pt",
        &[newsroom("statements-count = { $count } declarações\n")],
    )
    .err()
    .unwrap_or_default();
    assert_eq!(errors.len(), IDS.len() - 1, "{errors:?}");
    assert!(errors
        .iter()
        .all(|e| e.ends_with("is missing: the interface needs it in 'pt'")));
}

#[test]
fn a_broken_file_is_named_with_its_line() {
    let errors = catalogue("en", &[newsroom("\nstatements-count = { $number } x\n")]).unwrap_err();
    assert_eq!(
        errors,
        ["story/messages.ftl:2: 'statements-count': $number is not given: this message takes $count"]
    );
    let errors = catalogue("en", &[newsroom("ok = fine\n\nbroken = {\n")]).unwrap_err();
    assert!(
        errors[0].starts_with("story/messages.ftl:3: Fluent cannot read this"),
        "{errors:?}"
    );
}

#[test]
fn names_are_isolated_in_right_to_left_languages_only() {
    use qe_core::i18n::{Arg, Catalogue};
    let mut c = Catalogue::for_language("ar", vec!["قال {0}"; IDS.len()]);
    assert_eq!(
        c.format(Msg::StatementsCount, &[Arg::Str("John Smith")]),
        "قال \u{2068}John Smith\u{2069}"
    );
    c.rtl = false;
    assert_eq!(
        c.format(Msg::StatementsCount, &[Arg::Str("John Smith")]),
        "قال John Smith"
    );
}

#[test]
fn a_message_comes_in_pieces_with_its_names_left_for_markup() {
    use qe_core::i18n::{Catalogue, Piece};
    // { $count -> [one] one claim *[other] { $count } claims } disputed
    // by { $name }., its variables in the order name, count.
    let said = "{1{one:one claim }{*other:{1} claims }}disputed by {0}.";
    let c = Catalogue::for_language("en", vec![said; IDS.len()]);
    assert_eq!(
        c.pieces(Msg::StatementsCount, &["Lavrov".into(), 3usize.into()]),
        [
            Piece::Text("3 claims disputed by ".into()),
            Piece::Arg(0),
            Piece::Text(".".into())
        ]
    );
    assert_eq!(
        c.pieces(Msg::StatementsCount, &["Lavrov".into(), 1usize.into()])[0],
        Piece::Text("one claim disputed by ".into())
    );
}

#[test]
fn a_choice_takes_an_exact_number_first_and_choices_nest() {
    use qe_core::i18n::Catalogue;
    // { $n -> [0] none *[other] { $n } { $n -> [one] item *[other] items } }
    let m = "{0{0:none}{*other:{0} {0{one:item}{*other:items}}}}!";
    let c = Catalogue::for_language("en", vec![m; IDS.len()]);
    let said = |n: usize| c.format(Msg::StatementsCount, &[n.into()]);
    assert_eq!(said(0), "none!");
    assert_eq!(said(1), "1 item!");
    assert_eq!(said(1234), "1,234 items!");
    assert_eq!(
        c.text(Msg::StatementsCount),
        "",
        "a message with arguments is not plain text"
    );
}

#[test]
fn a_damaged_message_writes_what_it_can_and_never_panics() {
    use qe_core::i18n::Catalogue;
    for m in [
        "{",
        "{é",
        "{0",
        "{0é",
        "a{0{",
        "a{0{one",
        "a{0{one:x",
        "{0{*x:{0{}}",
        "}{:b",
        "{9}{0}",
        "}}}{{{",
    ] {
        let c = Catalogue::for_language("en", vec![m; IDS.len()]);
        c.format(Msg::StatementsCount, &[1usize.into(), "x".into()]);
        c.pieces(Msg::StatementsCount, &[]);
    }
}
