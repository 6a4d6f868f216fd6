//! The promise to an editor who builds an explorer for their own article:
//! a folder of spreadsheet tabs (CSV) and the article's text work like a
//! JSON data file, every broken rule names the file, the row as the
//! spreadsheet numbers it and the column, `qe draft` finds the quotes and
//! who said them, and `qe convert` goes both ways without loss.
//!
//! `tests/fixtures/other-article/` (an invented article with four sides)
//! is the valid folder; each broken case here is that folder with one edit.

use std::path::{Path, PathBuf};

use qe_data::folder::{to_json, write_folder};
use qe_data::{check_path, load, load_file, Checked, Data, Kind, Relation};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

const FOLDER: &str = "tests/fixtures/other-article";

/// A copy of the valid folder in a fresh temporary directory.
fn copy_of_folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("qe-authoring-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(repo().join(FOLDER)).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    dir
}

/// The folder with `old` replaced by `new` in `file` (once).
fn folder_with(name: &str, file: &str, old: &str, new: &str) -> PathBuf {
    let dir = copy_of_folder(name);
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        text.matches(old).count(),
        1,
        "{old:?} occurs once in {file}"
    );
    std::fs::write(&path, text.replace(old, new)).unwrap();
    dir
}

fn check(dir: &Path) -> Result<Checked, Vec<String>> {
    check_path(dir, "f").map_err(|d| d.0)
}

fn messages(name: &str, file: &str, old: &str, new: &str) -> Vec<String> {
    let dir = folder_with(name, file, old, new);
    let result = check(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    result.expect_err("the edited folder breaks a rule")
}

#[test]
fn the_invented_article_builds_from_its_folder_and_from_its_json_alike() {
    let folder = load_file(&repo().join(FOLDER), FOLDER).unwrap_or_else(|d| panic!("{d}"));
    let json = load_file(&repo().join("tests/fixtures/other-article.json"), "j").unwrap();
    assert_eq!(folder, json);
    assert_eq!(folder.sides.len(), 4);
    assert_eq!(
        folder.article.publisher.as_deref(),
        Some("The Harbour Gazette (invented for tests)")
    );
    // Paragraphs count from 1 in the spreadsheet, from 0 in the data.
    let first = &folder.statements[0];
    assert_eq!((first.id.as_str(), first.paragraph), ("brandt-stranded", 1));
    // A quote whose paragraph is left empty is found where it is.
    let found = folder
        .statements
        .iter()
        .find(|s| s.id == "wen-few-passengers")
        .unwrap();
    assert_eq!(found.paragraph, 2);
    // "Disputed" with a capital and "timetable; fares" are read as meant.
    let confirms = folder
        .statements
        .iter()
        .find(|s| s.id == "ortiz-counts")
        .unwrap();
    assert_eq!(confirms.relation, Relation::Confirms);
    assert_eq!(confirms.topics, [0, 1]);
}

#[test]
fn convert_round_trips_the_default_article_and_the_folder_exactly() {
    let article = load_file(&repo().join("data/article.json"), "data/article.json").unwrap();
    let dir = std::env::temp_dir().join(format!("qe-convert-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    write_folder(&article, &dir).unwrap();
    let back = load_file(&dir, "folder").unwrap_or_else(|d| panic!("{d}"));
    assert_eq!(back, article);
    let json = to_json(&back);
    assert_eq!(load("again.json", json.as_bytes()).unwrap(), article);
    // And the folder written from the JSON is the folder it came from.
    let again = dir.with_extension("again");
    write_folder(&load("again.json", json.as_bytes()).unwrap(), &again).unwrap();
    for file in [
        "article.txt",
        "sides.csv",
        "speakers.csv",
        "topics.csv",
        "statements.csv",
    ] {
        assert_eq!(
            std::fs::read_to_string(dir.join(file)).unwrap(),
            std::fs::read_to_string(again.join(file)).unwrap(),
            "{file}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&again);
}

/// The default article as an editor would paste it: the headline, then the
/// paragraphs separated by blank lines.
fn default_article_text(data: &Data) -> String {
    let mut text = format!("{}\n", data.article.headline);
    for p in &data.article.paragraphs {
        text.push_str(&format!("\n{p}\n"));
    }
    text
}

#[test]
fn draft_finds_every_quote_of_the_default_article_and_who_said_it() {
    let article = load_file(&repo().join("data/article.json"), "data/article.json").unwrap();
    let draft = qe_data::draft::draft(&default_article_text(&article));
    assert_eq!(draft.paragraphs, article.article.paragraphs);
    let straight = |t: &str| {
        t.replace(['“', '”'], "\"")
            .trim_matches(|c: char| c.is_whitespace() || ",.\"".contains(c))
            .to_owned()
    };
    let quotes: Vec<_> = article
        .statements
        .iter()
        .filter(|s| s.kind == Kind::Quote)
        .collect();
    assert_eq!(quotes.len(), 8);
    for quote in &quotes {
        let found = draft
            .quotes
            .iter()
            .find(|d| straight(&d.text) == straight(&quote.text) && d.paragraph == quote.paragraph)
            .unwrap_or_else(|| panic!("draft missed {:?}", quote.text));
        let speaker = found.speaker.map(|s| draft.speakers[s].id.as_str());
        assert_eq!(
            speaker,
            Some(article.speakers[quote.speaker].id.as_str()),
            "{}",
            quote.id
        );
    }
    // The one passage that is not a statement is a two-word scare quote, kept with a note.
    let extra: Vec<_> = draft
        .quotes
        .iter()
        .filter(|d| {
            !quotes
                .iter()
                .any(|q| straight(&q.text) == straight(&d.text))
        })
        .collect();
    assert_eq!(extra.len(), 1);
    assert_eq!(extra[0].text, "working group");
    assert!(extra[0]
        .note
        .as_deref()
        .unwrap()
        .starts_with("Scare quote?"));
    let lavrov = draft.speakers.iter().find(|s| s.id == "lavrov").unwrap();
    assert_eq!(
        (lavrov.name.as_str(), lavrov.role.as_str()),
        ("Sergey Lavrov", "foreign minister")
    );
    let spokesman = draft
        .speakers
        .iter()
        .find(|s| s.id == "tillerson-spokesman")
        .unwrap();
    assert_eq!(spokesman.name, "Tillerson’s spokesman");
}

#[test]
fn a_draft_folder_checks_and_lists_what_is_left_to_fill() {
    let article = load_file(&repo().join("data/article.json"), "data/article.json").unwrap();
    let draft = qe_data::draft::draft(&default_article_text(&article));
    let dir = std::env::temp_dir().join(format!("qe-draft-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in draft.files() {
        std::fs::write(dir.join(file), text).unwrap();
    }
    let left = check(&dir).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        left.contains(&"f/sides.csv: must list at least one entry".to_owned()),
        "{left:#?}"
    );
    assert!(
        left.contains(
            &"f/statements.csv: row 2: column \"stance\": missing required field".to_owned()
        ),
        "{left:#?}"
    );
    // Nothing about the quotes themselves: each is in its paragraph, verbatim.
    assert!(
        !left
            .iter()
            .any(|m| m.contains("column \"text\"") || m.contains("\"paragraph\"")),
        "{left:#?}"
    );
}

#[test]
fn an_unknown_speaker_names_the_row_and_column_and_the_near_id() {
    assert_eq!(
        messages(
            "typo",
            "statements.csv",
            "brandt-restore,brandt,",
            "brandt-restore,brandtt,"
        ),
        [
            r#"f/statements.csv: row 3: column "speaker": unknown speaker "brandtt" (not in "speakers"); did you mean "brandt"?"#
        ]
    );
}

#[test]
fn a_changed_word_shows_the_closest_passage_and_the_word_that_differs() {
    assert_eq!(
        messages("changed", "statements.csv", "accurate and published every month.", "accurate and printed every month."),
        ["f/statements.csv: row 6: column \"text\": quote not found verbatim in paragraph 4; closest passage: “accurate and published every month” (the article has “published” where the quote has “printed”)"]
    );
}

#[test]
fn a_quote_given_the_wrong_paragraph_says_where_it_is() {
    assert_eq!(
        messages(
            "wrong-paragraph",
            "statements.csv",
            "the best on the coast.,4,",
            "the best on the coast.,3,"
        ),
        [r#"f/statements.csv: row 7: column "paragraph": the quote is in paragraph 4, not 3"#]
    );
}

#[test]
fn a_quote_without_its_paragraph_that_is_nowhere_says_so() {
    assert_eq!(
        messages("nowhere", "statements.csv", "fewer than a dozen passengers on most days.", "fewer than ten passengers on most days."),
        ["f/statements.csv: row 4: column \"text\": quote not found verbatim in any paragraph; closest in paragraph 3; closest passage: “fewer than a dozen passengers on most days” (the article has “a dozen” where the quote has “ten”)"]
    );
}

#[test]
fn a_paraphrase_needs_its_paragraph() {
    assert_eq!(
        messages(
            "no-paragraph",
            "statements.csv",
            "Fares will not rise this year.,3,",
            "Fares will not rise this year.,,"
        ),
        [
            r#"f/statements.csv: row 5: column "paragraph": missing required field (a paraphrase needs its paragraph)"#
        ]
    );
}

#[test]
fn a_paraphrase_about_another_paragraph_is_warned_about_not_refused() {
    let dir = folder_with(
        "warn",
        "statements.csv",
        "Fares will not rise this year.,3,",
        "Fares will not rise this year.,1,",
    );
    let checked = check(&dir).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        checked.warnings,
        [
            r#"f/statements.csv: row 5: column "paragraph": the paraphrase shares no significant word with paragraph 1: is it the right paragraph?"#
        ]
    );
}

#[test]
fn enumerated_values_forgive_case_and_spaces_but_not_other_words() {
    let dir = folder_with(
        "case",
        "statements.csv",
        ",fares,agreed,,,",
        ",fares, Agreed ,,,",
    );
    assert!(check(&dir).is_ok());
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        messages(
            "maybe",
            "statements.csv",
            ",fares,agreed,,,",
            ",fares,maybe,,,"
        ),
        [
            r#"f/statements.csv: row 5: column "stance": "maybe" is not one of: agreed, disputed, unchallenged"#
        ]
    );
}

#[test]
fn an_unknown_side_suggests_the_near_one() {
    assert_eq!(
        messages(
            "side",
            "speakers.csv",
            "ferry company,ferry-company",
            "ferry company,ferry-compny"
        ),
        [
            r#"f/speakers.csv: row 3: column "side": unknown side "ferry-compny" (not in "sides"); did you mean "ferry-company"?"#
        ]
    );
}

#[test]
fn a_relation_needs_a_statement_to_relate_to() {
    assert_eq!(
        messages(
            "relation",
            "statements.csv",
            "agreed,wen-few-passengers,confirms",
            "agreed,,confirms"
        ),
        [
            r#"f/statements.csv: row 6: column "relation": says how a response relates to the statement it answers: give "responds_to" too, or leave it empty"#
        ]
    );
}

#[test]
fn an_unknown_column_is_named_once_at_the_header() {
    assert_eq!(
        messages("column", "topics.csv", "id,label", "id,lable"),
        [
            r#"f/topics.csv: row 1: column "lable": unknown column (the "topics" tab has: id, label); did you mean "label"?"#,
            r#"f/topics.csv: row 2: column "label": missing required field"#,
            r#"f/topics.csv: row 3: column "label": missing required field"#,
            r#"f/topics.csv: row 4: column "label": missing required field"#,
        ]
    );
}

#[test]
fn a_row_with_too_many_cells_is_named() {
    assert_eq!(
        messages("cells", "topics.csv", "fares,Fares", "fares,Fares,extra"),
        ["f/topics.csv: row 3: has 3 cells where the header row has 2"]
    );
}

#[test]
fn a_missing_tab_is_named() {
    let dir = copy_of_folder("missing");
    std::fs::remove_file(dir.join("sides.csv")).unwrap();
    let messages = check(&dir).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        messages[0].starts_with(
            "f/sides.csv: cannot read the \"sides\" tab (export it from the spreadsheet as CSV): "
        ),
        "{messages:?}"
    );
}

#[test]
fn more_sides_than_the_palette_has_colours_are_refused() {
    let extra: String = (1..=5).map(|i| format!("extra-{i},Extra {i}\n")).collect();
    assert_eq!(
        messages(
            "sides",
            "sides.csv",
            "residents,Residents\n",
            &format!("residents,Residents\n{extra}")
        ),
        [
            r#"f/sides.csv: lists 9 sides; the colour palette has 8 (merge the smaller sides into one, e.g. "other")"#
        ]
    );
}

#[test]
fn a_spreadsheet_export_with_a_bom_and_windows_line_ends_reads_the_same() {
    let dir = copy_of_folder("bom");
    for file in ["statements.csv", "article.txt"] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        std::fs::write(
            dir.join(file),
            format!("\u{feff}{}", text.replace('\n', "\r\n")),
        )
        .unwrap();
    }
    let exported = check(&dir).unwrap().data;
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(exported, load_file(&repo().join(FOLDER), FOLDER).unwrap());
}

/// The folder with a narrator row added to `speakers.csv` (and its column),
/// `narrator` and `side` as given.
fn folder_with_narrator(name: &str, side: &str, narrator: &str) -> PathBuf {
    let dir = copy_of_folder(name);
    let path = dir.join("speakers.csv");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replacen("id,name,role,side\n", "id,name,role,side,narrator\n", 1);
    std::fs::write(
        &path,
        format!("{text}gazette,The article itself,The report's own account,{side},{narrator}\n"),
    )
    .unwrap();
    dir
}

#[test]
fn the_narrator_is_a_speaker_marked_yes_with_no_side() {
    let dir = folder_with_narrator("narrator", "", "Yes");
    let checked = check(&dir).unwrap_or_else(|m| panic!("{m:#?}"));
    let _ = std::fs::remove_dir_all(&dir);
    let speakers = &checked.data.speakers;
    assert_eq!(speakers.len(), 5);
    assert!(speakers[4].is_narrator());
    assert!(speakers[..4].iter().all(|s| s.side.is_some()));
    // Written back, it is the same row and a JSON `"narrator": true`.
    let tabs = qe_data::folder::tabs(&checked.data);
    assert!(tabs[1].1.starts_with("id,name,role,side,narrator\n"));
    assert!(tabs[1]
        .1
        .ends_with("gazette,The article itself,The report's own account,,yes\n"));
    let json = to_json(&checked.data);
    assert!(json.contains("\"narrator\": true"), "{json}");
    assert_eq!(load("j.json", json.as_bytes()).unwrap(), checked.data);
}

#[test]
fn a_narrator_with_a_side_names_the_row_and_column() {
    let dir = folder_with_narrator("narrator-side", "residents", "yes");
    let messages = check(&dir).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        messages,
        [
            r#"f/speakers.csv: row 6: column "side": the narrator is the article's own voice and speaks for no side: leave "side" empty"#
        ]
    );
}

#[test]
fn a_narrator_cell_other_than_yes_or_empty_is_refused() {
    let dir = folder_with_narrator("narrator-maybe", "", "maybe");
    let messages = check(&dir).unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        messages,
        [r#"f/speakers.csv: row 6: column "narrator": must be "yes" or empty, found "maybe""#]
    );
}

#[test]
fn place_and_event_date_are_metadata_lines_of_article_txt() {
    let dir = folder_with(
        "setting",
        "article.txt",
        "byline: Ana Ruiz\n",
        "byline: Ana Ruiz\nplace: Northport\nevent_date: 2024-03-04\n",
    );
    let data = check(&dir).unwrap().data;
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(data.article.place.as_deref(), Some("Northport"));
    assert_eq!(data.article.event_date.as_deref(), Some("2024-03-04"));
    // Written back in the format's order, after the dek and before the publisher.
    let text = qe_data::folder::article_txt(&data).unwrap();
    assert!(
        text.starts_with("place: Northport\nevent_date: 2024-03-04\npublisher: "),
        "{text}"
    );
    assert_eq!(
        messages(
            "setting-date",
            "article.txt",
            "byline: Ana Ruiz\n",
            "byline: Ana Ruiz\nevent_date: 4 March\n",
        ),
        [
            r#"f/article.txt: article: column "event_date": "4 March" is not a date of the form YYYY-MM-DD"#
        ]
    );
}

/// The folder's tabs as a spreadsheet exports them with `separator`
/// (Excel writes semicolons where a comma is the decimal mark).
fn exported_with(name: &str, separator: u8) -> PathBuf {
    let dir = copy_of_folder(name);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "csv") {
            continue;
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_path(&path)
            .unwrap();
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let mut writer = csv::WriterBuilder::new()
            .delimiter(separator)
            .from_path(&path)
            .unwrap();
        for row in &rows {
            writer.write_record(row).unwrap();
        }
        writer.flush().unwrap();
    }
    dir
}

#[test]
fn semicolon_and_tab_exports_read_as_the_comma_one_does() {
    let commas = check(&repo().join(FOLDER)).expect("the folder checks");
    for (name, separator) in [("semicolons", b';'), ("tabs", b'\t')] {
        let dir = exported_with(name, separator);
        let header = std::fs::read_to_string(dir.join("statements.csv")).unwrap();
        assert!(header.starts_with(&format!("id{}", char::from(separator))));
        let read = check(&dir);
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(read.expect("the export checks").data, commas.data, "{name}");
    }
}

#[test]
fn a_topic_speaker_or_side_no_statement_uses_is_a_warning_naming_it() {
    let dir = folder_with(
        "unused",
        "topics.csv",
        "id,label\n",
        "id,label\nsanctions,Sanctions\n",
    );
    let extra_side = dir.join("sides.csv");
    let sides = std::fs::read_to_string(&extra_side).unwrap();
    std::fs::write(&extra_side, format!("{sides}harbour-board,Harbour board\n")).unwrap();
    let checked = check(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let warnings = checked
        .expect("unused values do not stop the build")
        .warnings;
    assert!(
        warnings.contains(&"f/topics.csv: row 2: column \"id\": no statement is on this topic: the filter would offer it with (0); give it a statement or remove it".to_owned()),
        "{warnings:#?}"
    );
    assert!(
        warnings.iter().any(|w| w.starts_with("f/sides.csv: row ")
            && w.contains("no statement is by a speaker on this side")),
        "{warnings:#?}"
    );
}
