//! The promise to a newsroom that swaps in its own article: a data file that
//! breaks a rule stops the build with one message per broken rule, and each
//! message names the file, the record and the field.
//!
//! `fixtures/valid.json` is the smallest article that keeps every rule; each
//! file under `fixtures/broken/` is that article with one rule broken. Files
//! that would be huge or are not text (a 10 MB string, a stray Latin-1 byte)
//! are made here from the valid article instead of being committed.

mod common;

use common::{messages, messages_for, valid_article, valid_article_with, FIXTURES};
use qe_data::passage::locate_quote;
use qe_data::{load, Data, Kind};

/// A quote's words as the reader sees them: quotation marks straightened, and
/// the quote's own outer marks and final punctuation left out.
fn quoted_words(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .collect();
    straight
        .trim_matches(|c: char| c.is_whitespace() || "\"',.;:!?".contains(c))
        .to_owned()
}

/// Every quote's span is its words in its paragraph, and every response
/// points at another statement.
fn assert_statements_located(data: &Data) {
    for statement in &data.statements {
        let paragraph = &data.article.paragraphs[statement.paragraph];
        let (start, end) = statement.span;
        match statement.kind {
            Kind::Quote => {
                assert_eq!(
                    Some(statement.span),
                    locate_quote(paragraph, &statement.text),
                    "{}",
                    statement.id
                );
                assert_eq!(
                    quoted_words(&paragraph[start..end]),
                    quoted_words(&statement.text),
                    "statement {}",
                    statement.id
                );
            }
            Kind::Paraphrase => assert_eq!((start, end), (0, paragraph.len()), "{}", statement.id),
        }
        if let Some(target) = statement.responds_to {
            assert_ne!(data.statements[target].id, statement.id);
        }
    }
}

#[test]
fn the_published_article_keeps_every_rule_and_every_quote_is_found_verbatim() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/article.json");
    let bytes = std::fs::read(path).expect("data/article.json is readable");
    let data = load("data/article.json", &bytes).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(data.article.paragraphs.len(), 8);
    assert_eq!(data.speakers.len(), 7);
    assert_eq!(data.topics.len(), 4);
    assert_eq!(data.statements.len(), 20);
    let quotes = data
        .statements
        .iter()
        .filter(|s| s.kind == Kind::Quote)
        .count();
    assert_eq!(quotes, 8);
    assert_statements_located(&data);
    let unlawful = data
        .statements
        .iter()
        .find(|s| s.id == "lavrov-unlawful")
        .unwrap();
    let (start, end) = unlawful.span;
    assert_eq!(
        &data.article.paragraphs[6][start..end],
        "an unlawful attack against Syria"
    );
}

#[test]
fn the_smallest_valid_article_loads_with_its_references_resolved() {
    let data = load("valid.json", valid_article().as_bytes()).unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(data.article.paragraphs.len(), 2);
    assert_eq!(data.speakers.len(), 2);
    assert_eq!(data.topics.len(), 2);
    let ids: Vec<&str> = data.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "park-closer",
            "sokolov-no-progress",
            "sokolov-washington-stuck"
        ]
    );
    assert_statements_located(&data);
    // The data says “…ever been.” where the article has “…ever been,”.
    let quote = &data.statements[0];
    assert_eq!(
        &data.article.paragraphs[0][quote.span.0..quote.span.1],
        "We are closer than we have ever been"
    );
    assert_eq!(quote.topics, [0, 1]);
    assert_eq!(data.statements[1].responds_to, Some(0));
    assert_eq!(data.statements[1].speaker, 1);
}

#[test]
fn every_broken_fixture_stops_the_build() {
    let mut count = 0;
    for entry in std::fs::read_dir(format!("{FIXTURES}/broken")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let name = name
            .strip_suffix(".json")
            .expect("fixtures are .json files");
        assert!(!messages(name).is_empty(), "{name}");
        count += 1;
    }
    assert!(count >= 16, "only {count} broken fixtures");
}

#[test]
fn a_missing_comma_is_reported_with_its_line_and_column() {
    assert_eq!(
        messages("missing-comma"),
        ["missing-comma.json: invalid JSON at line 19, column 5: expected `,` or `]`"]
    );
}

#[test]
fn a_truncated_file_is_reported_where_it_ends() {
    assert_eq!(
        messages("truncated"),
        ["truncated.json: invalid JSON at line 50, column 6: EOF while parsing a value"]
    );
}

#[test]
fn an_empty_file_is_reported_as_invalid_json() {
    assert_eq!(
        messages_for("empty.json", b""),
        ["empty.json: invalid JSON at line 1, column 0: EOF while parsing a value"]
    );
}

#[test]
fn a_list_at_the_top_level_is_refused() {
    assert_eq!(
        messages("top-level-list"),
        ["top-level-list.json: the top level must be an object, found an array"]
    );
}

#[test]
fn a_paragraph_number_written_as_text_names_the_statement_and_field() {
    assert_eq!(
        messages("paragraph-as-text"),
        [
            r#"paragraph-as-text.json: statement "sokolov-no-progress": field "paragraph": must be a whole number, found "1""#
        ]
    );
}

#[test]
fn a_statement_without_a_stance_names_the_statement_and_field() {
    assert_eq!(
        messages("statement-without-stance"),
        [
            r#"statement-without-stance.json: statement "sokolov-washington-stuck": field "stance": missing required field"#
        ]
    );
}

#[test]
fn a_speaker_without_a_role_is_reported_once_and_not_as_unknown_in_their_statements() {
    assert_eq!(
        messages("speaker-without-role"),
        [r#"speaker-without-role.json: speaker "sokolov": field "role": missing required field"#]
    );
}

#[test]
fn an_article_without_a_headline_names_the_article_and_field() {
    assert_eq!(
        messages("article-without-headline"),
        [r#"article-without-headline.json: article: field "headline": missing required field"#]
    );
}

#[test]
fn a_statement_by_an_unknown_speaker_names_the_statement_and_the_speaker() {
    assert_eq!(
        messages("unknown-speaker"),
        [
            r#"unknown-speaker.json: statement "sokolov-no-progress": field "speaker": unknown speaker "lavrov" (not in "speakers")"#
        ]
    );
}

#[test]
fn a_statement_on_an_unknown_topic_names_the_statement_and_the_topic() {
    assert_eq!(
        messages("unknown-topic"),
        [
            r#"unknown-topic.json: statement "sokolov-washington-stuck": field "topics": unknown topic "syria" (not in "topics")"#
        ]
    );
}

#[test]
fn a_response_to_a_missing_statement_names_the_missing_id() {
    assert_eq!(
        messages("responds-to-unknown-statement"),
        [
            r#"responds-to-unknown-statement.json: statement "sokolov-no-progress": field "responds_to": unknown statement "park-far-apart""#
        ]
    );
}

#[test]
fn a_statement_cannot_respond_to_itself() {
    assert_eq!(
        messages("responds-to-itself"),
        [
            r#"responds-to-itself.json: statement "sokolov-no-progress": field "responds_to": a statement cannot respond to itself"#
        ]
    );
}

#[test]
fn a_statement_id_used_twice_names_both_entries() {
    assert_eq!(
        messages("duplicate-statement-id"),
        [
            r#"duplicate-statement-id.json: statement "park-closer": field "id": duplicate id "park-closer" (entries 1 and 3)"#
        ]
    );
}

#[test]
fn a_duplicate_id_counts_entries_from_the_top_of_the_list_even_past_a_broken_one() {
    // Entry 1's id is a number; entries 2 and 3 then share one.
    let text = valid_article_with(r#""id": "park-closer","#, r#""id": 1,"#).replace(
        r#""id": "sokolov-washington-stuck""#,
        r#""id": "sokolov-no-progress""#,
    );
    assert_eq!(
        messages_for("ids.json", text.as_bytes()),
        [
            r#"ids.json: statement "sokolov-no-progress": field "id": duplicate id "sokolov-no-progress" (entries 2 and 3)"#,
            r#"ids.json: statement #1: field "id": must be a string, found a number"#,
            r#"ids.json: statement "sokolov-no-progress": field "responds_to": unknown statement "park-closer""#,
        ]
    );
}

#[test]
fn a_speaker_id_used_twice_names_both_entries_and_the_speaker_left_without_one() {
    assert_eq!(
        messages("duplicate-speaker-id"),
        [
            r#"duplicate-speaker-id.json: speaker "park": field "id": duplicate id "park" (entries 1 and 2)"#,
            r#"duplicate-speaker-id.json: statement "sokolov-no-progress": field "speaker": unknown speaker "sokolov" (not in "speakers")"#,
            r#"duplicate-speaker-id.json: statement "sokolov-washington-stuck": field "speaker": unknown speaker "sokolov" (not in "speakers")"#,
        ]
    );
}

#[test]
fn a_paragraph_number_past_the_end_says_how_many_paragraphs_there_are() {
    assert_eq!(
        messages("paragraph-out-of-range"),
        [
            r#"paragraph-out-of-range.json: statement "sokolov-washington-stuck": field "paragraph": paragraph 2 is out of range (the article has 2 paragraphs, numbered from 0)"#
        ]
    );
}

#[test]
fn a_quote_missing_from_its_paragraph_names_the_statement_and_field() {
    assert_eq!(
        messages("quote-not-in-paragraph"),
        [
            r#"quote-not-in-paragraph.json: statement "park-closer": field "text": quote not found verbatim in paragraph 0; closest passage: “We are closer than we have ever” (the article has “we have” that the quote leaves out)"#
        ]
    );
}

#[test]
fn a_statement_with_an_empty_topic_list_is_refused() {
    assert_eq!(
        messages("statement-without-topics"),
        [
            r#"statement-without-topics.json: statement "sokolov-no-progress": field "topics": must list at least one topic"#
        ]
    );
}

#[test]
fn an_article_with_an_empty_statement_list_is_refused() {
    assert_eq!(
        messages("no-statements"),
        [r#"no-statements.json: data: field "statements": must list at least one entry"#]
    );
}

#[test]
fn a_misspelled_field_is_refused_and_the_known_fields_are_listed() {
    assert_eq!(
        messages("misspelled-responds-to"),
        [
            r#"misspelled-responds-to.json: statement "sokolov-no-progress": field "respond_to": unknown field (expected one of: id, speaker, kind, text, paragraph, topics, stance, responds_to, relation, when, note); did you mean "responds_to"?"#
        ]
    );
}

#[test]
fn an_id_that_is_not_a_lowercase_slug_is_refused() {
    // The response to it no longer finds "park-closer" either.
    assert_eq!(
        messages("id-not-a-slug"),
        [
            r#"id-not-a-slug.json: statement "Park_Closer": field "id": "Park_Closer" is not a valid id (lowercase letters, digits and single hyphens)"#,
            r#"id-not-a-slug.json: statement "sokolov-no-progress": field "responds_to": unknown statement "park-closer""#,
        ]
    );
}

#[test]
fn a_stance_other_than_the_three_is_refused_with_the_choices() {
    assert_eq!(
        messages("stance-maybe"),
        [
            r#"stance-maybe.json: statement "sokolov-washington-stuck": field "stance": "maybe" is not one of: agreed, disputed, unchallenged"#
        ]
    );
}

#[test]
fn a_javascript_source_link_is_refused() {
    assert_eq!(
        messages("source-url-javascript"),
        [
            r#"source-url-javascript.json: article: field "source_url": must be an http:// or https:// address"#
        ]
    );
}

#[test]
fn a_byte_that_is_not_utf8_is_reported_with_its_line_and_column() {
    // An editor saving as Windows-1252 writes the apostrophe of "Russia’s" as 0x92.
    let text = valid_article();
    let at = text.find("Russia’s").unwrap() + "Russia".len();
    let mut bytes = text.as_bytes().to_vec();
    bytes.splice(at..at + '’'.len_utf8(), [0x92]);
    assert_eq!(
        messages_for("latin1.json", &bytes),
        [format!(
            "latin1.json: not valid UTF-8 at line 11, column 14 (byte {at})"
        )]
    );
}

#[test]
fn a_ten_megabyte_text_is_refused_by_its_length_without_being_repeated() {
    let huge = "a".repeat(10 * 1024 * 1024);
    let text = valid_article_with("Washington did not move on any point.", &huge);
    assert_eq!(
        messages_for("huge.json", text.as_bytes()),
        [
            r#"huge.json: statement "sokolov-washington-stuck": field "text": is 10485760 characters long; the limit is 2000"#
        ]
    );
}

#[test]
fn a_ten_megabyte_field_name_or_topic_is_shortened_in_its_message() {
    let huge = "z".repeat(10 * 1024 * 1024);
    let shown = format!("{}…", "z".repeat(40));
    let text = valid_article_with(
        r#""topics": ["us-russia"]"#,
        &format!(r#""topics": ["{huge}"], "{huge}": 1"#),
    );
    let messages = messages_for("huge.json", text.as_bytes());
    let lengths: Vec<usize> = messages.iter().map(String::len).collect();
    assert!(
        lengths.iter().all(|&n| n < 500),
        "message lengths {lengths:?}"
    );
    assert_eq!(
        messages,
        [
            format!(
                r#"huge.json: statement "sokolov-washington-stuck": field "{shown}": unknown field (expected one of: id, speaker, kind, text, paragraph, topics, stance, responds_to, relation, when, note)"#
            ),
            format!(
                r#"huge.json: statement "sokolov-washington-stuck": field "topics": unknown topic "{shown}" (not in "topics")"#
            ),
        ]
    );
}
