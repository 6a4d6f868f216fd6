//! The article's own fields broken one at a time: its dates, its place,
//! the narrator (the article's voice, on no side) and a dek that repeats
//! the headline. Each message names the file, the record and the field.

mod common;

use common::{messages, messages_for, valid_article, valid_article_with};
use qe_data::load;

#[test]
fn a_published_date_not_written_as_yyyy_mm_dd_is_refused() {
    assert_eq!(
        messages("published-not-a-date"),
        [
            r#"published-not-a-date.json: article: field "published": "5 March 2024" is not a date of the form YYYY-MM-DD"#
        ]
    );
}

#[test]
fn a_published_date_that_no_calendar_has_is_refused() {
    for (date, ok) in [
        ("2024-02-29", true),
        ("2023-02-29", false),
        ("2024-04-31", false),
        ("2024-00-10", false),
    ] {
        let text = valid_article_with(
            r#""published": "2024-03-05""#,
            &format!(r#""published": "{date}""#),
        );
        let loaded = load("dates.json", text.as_bytes());
        if ok {
            assert!(loaded.is_ok(), "{date}");
        } else {
            assert_eq!(
                loaded.unwrap_err().0,
                [format!(
                    r#"dates.json: article: field "published": "{date}" is not a day the calendar has"#
                )]
            );
        }
    }
}

#[test]
fn an_event_date_not_written_as_yyyy_mm_dd_names_the_field() {
    assert_eq!(
        messages("event-date-not-a-date"),
        [
            r#"event-date-not-a-date.json: article: field "event_date": "Tuesday 5 March" is not a date of the form YYYY-MM-DD"#
        ]
    );
}

#[test]
fn an_event_date_that_no_calendar_has_names_the_field() {
    assert_eq!(
        messages("event-date-not-in-calendar"),
        [
            r#"event-date-not-in-calendar.json: article: field "event_date": "2024-02-30" is not a day the calendar has"#
        ]
    );
}

#[test]
fn a_place_longer_than_a_dateline_is_refused() {
    assert_eq!(
        messages("place-too-long"),
        [
            r#"place-too-long.json: article: field "place": is 142 characters long; the limit is 128"#
        ]
    );
}

#[test]
fn the_place_and_the_event_date_are_read_as_given() {
    let data = load("valid.json", valid_article().as_bytes()).unwrap();
    assert_eq!(data.article.place.as_deref(), Some("Geneva"));
    assert_eq!(data.article.event_date.as_deref(), Some("2024-03-05"));
    assert_eq!(
        qe_data::date::day_and_date("2024-03-05").as_deref(),
        Some("Tuesday, 5 March 2024")
    );
}

#[test]
fn a_narrator_speaks_for_no_side() {
    assert_eq!(
        messages("narrator-with-a-side"),
        [
            r#"narrator-with-a-side.json: speaker "report": field "side": the narrator is the article's own voice and speaks for no side: leave "side" empty"#
        ]
    );
}

#[test]
fn an_article_has_one_narrator_at_most() {
    assert_eq!(
        messages("two-narrators"),
        [
            r#"two-narrators.json: speaker "editors": field "narrator": only one speaker can be the narrator, and speaker "report" already is"#
        ]
    );
}

#[test]
fn narrator_is_true_or_false() {
    assert_eq!(
        messages("narrator-not-a-boolean"),
        [
            r#"narrator-not-a-boolean.json: speaker "report": field "narrator": must be true or false, found "yes""#
        ]
    );
}

#[test]
fn the_narrators_statements_load_with_no_side() {
    let text = valid_article_with(
        r#""side": "russia""#,
        r#""side": "russia"
    },
    {
      "id": "report",
      "name": "The report itself",
      "role": "The article's own account",
      "narrator": true"#,
    )
    .replace(
        r#""speaker": "sokolov",
      "kind": "paraphrase",
      "text": "Washington"#,
        r#""speaker": "report",
      "kind": "paraphrase",
      "text": "Washington"#,
    );
    let data = load("narrator.json", text.as_bytes()).unwrap_or_else(|d| panic!("{d}"));
    let narrator = &data.speakers[2];
    assert!(narrator.is_narrator());
    assert_eq!(narrator.side, None);
    assert_eq!(data.speakers[1].side, Some(1));
    assert_eq!(data.statements[2].speaker, 2);
    // An explicit `false` is a speaker like any other, who needs a side.
    let not = valid_article_with(r#""side": "us""#, r#""narrator": false"#);
    assert_eq!(
        messages_for("not.json", not.as_bytes()),
        [r#"not.json: speaker "park": field "side": missing required field"#]
    );
}

#[test]
fn a_dek_that_repeats_the_headline_is_warned_about_not_refused() {
    let text = valid_article_with(
        "Talks on a prisoner exchange end with both sides blaming the other",
        "Envoys Meet in Geneva, Part With No Deal",
    );
    let checked = qe_data::check::check("dek.json", text.as_bytes()).unwrap();
    assert_eq!(
        checked.warnings,
        [
            r#"dek.json: article: field "dek": repeats the headline (5 of its 6 words are the headline's): a dek should add to the headline, or be left out"#
        ]
    );
    // The valid article's dek adds to its headline: no warning.
    let valid = qe_data::check::check("valid.json", valid_article().as_bytes()).unwrap();
    assert_eq!(valid.warnings, Vec::<String>::new());
    // The dek the built-in article once had ("Tillerson Meets Putin, Says
    // Relations Are at ‘Low Point’") repeats its headline.
    let tillerson = valid_article_with(
        "Envoys Meet in Geneva but Part Without a Deal",
        "Tillerson Meets Putin in Moscow With U.S.-Russia Relations at ‘Low Point’",
    )
    .replace(
        "Talks on a prisoner exchange end with both sides blaming the other",
        "Tillerson Meets Putin, Says Relations Are at ‘Low Point’",
    );
    let checked = qe_data::check::check("old.json", tillerson.as_bytes()).unwrap();
    assert_eq!(
        checked.warnings,
        [
            r#"old.json: article: field "dek": repeats the headline (6 of its 8 words are the headline's): a dek should add to the headline, or be left out"#
        ]
    );
}
