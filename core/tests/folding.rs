//! Search folding across scripts against a reference table written by hand,
//! and what a reader's query finds with it: case, accents and letter forms
//! of Latin, Greek, Cyrillic and Arabic fold away, and a query matches at
//! word starts only, in every script.

use qe_core::text::{fold, highlight, starts_word, terms};

/// (text, folded) pairs, by script, then mixed.
const REFERENCE: &[(&str, &str)] = &[
    // Latin, as before.
    ("Sergéy LAVRÓV Łódź", "sergey lavrov lodz"),
    // Greek: lowercase, tonos and dialytika stripped, final sigma as sigma.
    ("Αθήνα", "αθηνα"),
    ("ΟΔΥΣΣΕΥΣ Οδυσσέας", "οδυσσευσ οδυσσεασ"),
    ("ΆΈΉΊΌΎΏ άέήίόύώ", "αεηιουω αεηιουω"),
    ("Ϊ ϊ ΐ Ϋ ϋ ΰ", "ι ι ι υ υ υ"),
    ("Τσίπρας", "τσιπρασ"),
    ("α\u{301}λφα", "αλφα"),
    // Cyrillic: lowercase; ё as е, й as и, ї as і.
    ("Лавров МОСКВА", "лавров москва"),
    ("Ёлка, ёж, Йошкар-Ола", "елка, еж, иошкар-ола"),
    ("Київ ЇЖАК Ґанок", "киів іжак ґанок"),
    ("Ђорђе Џон Љубав Ѐ Ѝ", "ђорђе џон љубав е и"),
    ("Ўладзімір Ӏ Ӂ Ԁ", "ўладзімір ӏ ӂ ԁ"),
    // Arabic: hamza and madda forms of alef, ta marbuta, alef maksura,
    // hamza on waw and ya.
    ("أحمد إسلام آمال ٱلله", "احمد اسلام امال الله"),
    ("القاهرة مستشفى مسؤول رئيس", "القاهره مستشفي مسوول رييس"),
    // Harakat, shadda, sukun, superscript alef and tatweel vanish.
    ("مُحَمَّدٌ", "محمد"),
    ("الرَّحْمٰنِ", "الرحمن"),
    ("القاهـــرة", "القاهره"),
    // Presentation forms: lam-alef, isolated, initial, medial and final
    // letters, the ligature of "Allah", a harakah's form.
    ("\u{fefb}\u{fed3}\u{feae}\u{feed}\u{fed1}", "لافروف"),
    ("\u{fe83}\u{fea3}\u{fee4}\u{feaa}", "احمد"),
    ("\u{fef7}\u{fe8e} \u{fdf2} \u{fe7c}", "لاا الله "),
    ("\u{fedb}\u{fe98}\u{fe8e}\u{fe8f}", "كتاب"),
    // Digits, Persian letters, and the invisible marks of right-to-left text.
    ("٢٠١٧ ۱۳۹۶", "2017 1396"),
    ("کتاب ایران", "كتاب ايران"),
    ("لا\u{200f}فروف\u{200c}", "لافروف"),
    // Mixed scripts.
    ("Лавров said «да»", "лавров said да"),
    (
        "Tillerson (Тиллерсон) met Λαβρόφ in القاهرة",
        "tillerson (тиллерсон) met λαβροφ in القاهره",
    ),
];

#[test]
fn every_script_folds_as_the_reference_table_says() {
    let wrong: Vec<String> = REFERENCE
        .iter()
        .filter(|(text, folded)| fold(text) != *folded)
        .map(|(text, folded)| format!("{text:?}: {:?}, not {folded:?}", fold(text)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn folding_is_idempotent_on_the_reference_table() {
    for (_, folded) in REFERENCE {
        assert_eq!(fold(folded), *folded);
    }
}

/// The pieces of `text` a search for `query` marks, as the app shows them.
fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
    highlight(text, &terms(query))
        .into_iter()
        .filter(|piece| piece.marked)
        .map(|piece| piece.text)
        .collect()
}

#[test]
fn a_query_in_one_form_finds_the_text_in_another() {
    assert_eq!(found("قال أحمد اليوم", "احمد"), ["أحمد"]);
    assert_eq!(found("قال احمد اليوم", "أحمد"), ["احمد"]);
    assert_eq!(found("قال مُحَمَّدٌ", "محمد"), ["مُحَمَّدٌ"]);
    assert_eq!(found("في القاهرة", "القاهره"), ["القاهرة"]);
    assert_eq!(found("Мир и война", "мир"), ["Мир"]);
    assert_eq!(found("Ёлка", "елка"), ["Ёлка"]);
    assert_eq!(found("Η Αθήνα σήμερα", "αθηνα"), ["Αθήνα"]);
    assert_eq!(found("ΟΔΥΣΣΕΥΣ", "Οδυσσεύς"), ["ΟΔΥΣΣΕΥΣ"]);
    assert_eq!(
        found("قال \u{fefb}\u{fed3}\u{feae}\u{feed}\u{fed1}", "لافروف"),
        ["\u{fefb}\u{fed3}\u{feae}\u{feed}\u{fed1}"]
    );
}

#[test]
fn a_mark_ends_with_the_harakat_on_its_last_letter() {
    assert_eq!(found("قال أَحْمَدُ اليوم", "احمد"), ["أَحْمَدُ"]);
    assert_eq!(found("Cafe\u{301} noir", "cafe"), ["Cafe\u{301}"]);
}

#[test]
fn queries_match_at_word_starts_in_every_script() {
    assert_eq!(found("قال لافروف", "لافروف"), ["لافروف"]);
    assert_eq!(found("«Лавров»", "лавров"), ["Лавров"]);
    assert_eq!(found("قال،لافروف؟", "لافروف"), ["لافروف"]);
    assert_eq!(found("…Αθήνα", "αθηνα"), ["Αθήνα"]);
    assert_eq!(found("🇷🇺Лавров", "лавров"), ["Лавров"]);
    for (text, query) in [
        ("لافروف", "روف"),
        ("Памир", "мир"),
        ("Πελοπόννησος", "ποννησ"),
        ("Лавров", "авров"),
    ] {
        assert_eq!(found(text, query), Vec::<&str>::new(), "{query} in {text}");
    }
}

#[test]
fn letters_of_every_script_are_word_characters_and_punctuation_is_not() {
    for hay in ["лx", "λx", "لx", "éx", "9x"] {
        assert!(!starts_word(hay, hay.len() - 1), "{hay}");
    }
    for hay in ["«x", "…x", "،x", "؟x", "·x", " x", "x"] {
        assert!(starts_word(hay, hay.len() - 1), "{hay}");
    }
}
