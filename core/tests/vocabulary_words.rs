//! The shared vocabulary, the badges and the card in the built-in
//! catalogues' words: whole messages per language, no English left, and
//! the names a right-to-left message inserts isolated.
#![cfg(not(target_arch = "wasm32"))]

use qe_core::card::{self, Card, Link};
use qe_core::i18n::ftl::speak;
use qe_core::i18n::{ftl, Msg};
use qe_core::vocab::{
    badge, kind_legend, list, no_response, stance_legend, Kind, Relation, Stance,
};

/// English words that must not show in another language's interface.
const ENGLISH: [&str; 14] = [
    "Disputes",
    "Disputed",
    "disputed by",
    "Confirms",
    "onfirmed by",
    "Agreed",
    "No response",
    " and ",
    "Quote",
    "Paraphrase",
    "Whole statement",
    "Topics",
    "In the article",
    "Link to this statement",
];

fn no_english(text: &str) {
    for word in ENGLISH {
        assert!(!text.contains(word), "{word:?} in {text}");
    }
}

/// A card answering Rex Tillerson and answered by two speakers.
fn a_card(stance: String) -> String {
    let card = Card {
        id: "lavrov-1",
        speaker: "Sergey Lavrov",
        role: "R",
        initials: "SL",
        side: Some(("side-1", "Russia")),
        stance: ("disputed", stance, "⚡"),
        quote: Some(("He said ", "no agreement was reached", ".")),
        text: "no agreement was reached",
        when: None,
        note: None,
        topics: vec!["Syria"],
        answers: Some(Link {
            relation: Relation::Disputes.verb(),
            index: 0,
            id: "tillerson-1",
            speaker: "Rex Tillerson",
            text: "trust is low,",
            quote: true,
        }),
        answered_by: vec![Link {
            relation: Relation::Confirms.passive(),
            index: 2,
            id: "officials-1",
            speaker: "Russian officials",
            text: "They agreed.",
            quote: false,
        }],
        actions: None,
    };
    let mut out = String::new();
    card::write(&mut out, &card, &card::plain);
    out
}

fn both() -> (String, &'static str) {
    badge(
        Stance::Disputed,
        Some((Relation::Confirms, "A")),
        &[
            (Relation::Disputes, "B"),
            (Relation::Confirms, "C"),
            (Relation::Disputes, "D"),
            (Relation::Disputes, "E"),
        ],
        no_response(),
    )
}

#[test]
fn spanish_badges_legends_and_cards_are_in_spanish() {
    speak("es");
    let answer = badge(
        Stance::Disputed,
        Some((Relation::Disputes, "Rex Tillerson")),
        &[],
        no_response(),
    );
    assert_eq!(answer.0, "Cuestiona a Rex Tillerson");
    let claim = badge(
        Stance::Disputed,
        None,
        &[(Relation::Disputes, "Sergey Lavrov")],
        no_response(),
    );
    assert_eq!(claim.0, "Cuestionada por Sergey Lavrov");
    assert_eq!(
        both().0,
        "Respalda a A; cuestionada por B, D y E; respaldada por C"
    );
    assert_eq!(list(&["A", "B", "C", "D"]), "A, B, C y D");
    assert_eq!(
        badge(Stance::Unchallenged, None, &[], no_response()).0,
        "No consta respuesta"
    );
    assert_eq!(Stance::Disputed.label(), "En disputa");
    assert_eq!(Kind::Quote.label(), "Cita");
    let mut words = vec![kind_legend().to_owned()];
    for (stance, name, meaning) in stance_legend() {
        words.extend([stance.label().to_owned(), name.into(), meaning.into()]);
    }
    for text in &words {
        assert!(!text.is_empty());
        no_english(text);
    }
    let html = a_card(claim.0);
    for shown in [
        "Declaración completa",
        "aria-label=\"Temas\"",
        ">Cita</p>",
        "Cuestiona a <a href=\"#statement-tillerson-1\"",
        "<strong>Rex Tillerson</strong>: «…trust is low…»",
        "Respaldada por <a href=\"#statement-officials-1\"",
        "disabled>En el artículo</button>",
        ">Enlace a esta declaración</a>",
    ] {
        assert!(html.contains(shown), "{shown} in {html}");
    }
    no_english(
        &html
            .replace("Sergey Lavrov", "")
            .replace("Rex Tillerson", ""),
    );
}

#[test]
fn arabic_badges_legends_and_cards_are_in_arabic_with_names_isolated() {
    speak("ar");
    let isolated = |name: &str| format!("\u{2068}{name}\u{2069}");
    let answer = badge(
        Stance::Disputed,
        Some((Relation::Disputes, "Rex Tillerson")),
        &[],
        no_response(),
    );
    assert_eq!(
        answer.0,
        format!("اعتراض على {}", isolated("Rex Tillerson"))
    );
    assert_eq!(
        list(&["أ", "ب", "ج"]),
        format!("{} و{} و{}", isolated("أ"), isolated("ب"), isolated("ج"))
    );
    let (words, icon) = both();
    assert_eq!(icon, "✓");
    assert_eq!(
        words,
        format!(
            "تأييد لكلام {}؛ ومعترَض عليه من {} و{} و{}؛ ومؤيَّد من {}",
            isolated("A"),
            isolated("B"),
            isolated("D"),
            isolated("E"),
            isolated("C")
        )
    );
    // Each name isolated once, never a clause around it.
    assert_eq!(words.matches('\u{2068}').count(), 5);
    assert_eq!(badge(Stance::Agreed, None, &[], no_response()).0, "مقبول");
    let mut texts = vec![kind_legend().to_owned(), Stance::Disputed.label().into()];
    for (_, name, meaning) in stance_legend() {
        texts.extend([name.to_owned(), meaning.to_owned()]);
    }
    for text in &texts {
        assert!(!text.is_empty());
        assert!(!text.bytes().any(|b| b.is_ascii_alphabetic()), "{text}");
    }
    let html = a_card(answer.0);
    for shown in [
        "التصريح كاملًا",
        "aria-label=\"الموضوعات\"",
        ">اقتباس</p>",
        "<strong><bdi>Rex Tillerson</bdi></strong>: «\u{2068}…trust is low…\u{2069}»",
        "مؤيَّد من <a href=\"#statement-officials-1\"",
        "disabled>في المقال</button>",
    ] {
        assert!(html.contains(shown), "{shown} in {html}");
    }
    no_english(&html);
}

#[test]
fn every_language_has_its_words_for_the_vocabulary() {
    for (lang, _) in ftl::BUILT_IN {
        let c = speak(lang);
        for msg in [
            Msg::StanceAgreed,
            Msg::StanceInADispute,
            Msg::NoResponseReported,
        ] {
            assert!(!c.text(msg).is_empty(), "{lang}: {msg:?}");
        }
        if *lang != "en" {
            no_english(&both().0);
            // "Paraphrase" is French too: the legend's English sentences.
            assert!(!kind_legend().contains("the article"), "{lang}");
        }
    }
}

#[test]
fn the_share_cards_counts_take_each_arabic_plural_form() {
    let c = speak("ar");
    let counts: [usize; 6] = [0, 1, 2, 3, 11, 100];
    let said: Vec<String> = counts
        .iter()
        .map(|&n| c.format(Msg::DisputesCount, &[n.into()]))
        .collect();
    let distinct: std::collections::HashSet<_> = said.iter().collect();
    assert_eq!(distinct.len(), 6, "{said:?}");
    assert_eq!(said[3], "3 خلافات");
    assert_eq!(said[4], "11 خلافًا");
    let sides: Vec<String> = counts
        .iter()
        .map(|&n| c.format(Msg::ShareCardMoreSides, &[n.into(), 1usize.into()]))
        .collect();
    let distinct: std::collections::HashSet<_> = sides.iter().collect();
    assert_eq!(distinct.len(), 6, "{sides:?}");
}
