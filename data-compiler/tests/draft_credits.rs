//! The promise of `qe draft` to an editor: every quote credited to the
//! person the article credits, or left without a speaker with a note that
//! says why, never guessed; and every person credited is one row of
//! `speakers.csv`, the name in `name` and the title in `role`.
//!
//! Held on the built-in article and on `fixtures/wire-report.txt`, an
//! invented wire report (invented countries and officials) in the built-in
//! article's style: official denials, a spokesman's written statement,
//! "told reporters", "according to", titles before names, a pronoun, a
//! speaker named in the sentence before, and surnames alone later.

use std::path::Path;

use qe_data::draft::{draft, Draft};
use qe_data::{check_path, load_file, Data, Kind};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// Each quote's first words and its speaker's id, in the article's order.
fn credits(d: &Draft) -> Vec<(String, Option<&str>)> {
    d.quotes
        .iter()
        .map(|q| {
            let start: Vec<&str> = q.text.split_whitespace().take(4).collect();
            (
                start.join(" "),
                q.speaker.map(|s| d.speakers[s].id.as_str()),
            )
        })
        .collect()
}

fn expect<'a>(rows: &[(&str, Option<&'a str>)]) -> Vec<(String, Option<&'a str>)> {
    rows.iter().map(|&(t, s)| (t.to_owned(), s)).collect()
}

/// The speakers' rows as `speakers.csv` has them: id, name, role.
fn speaker_rows(d: &Draft) -> Vec<(&str, &str, &str)> {
    d.speakers
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str(), s.role.as_str()))
        .collect()
}

/// An article's data as an editor would paste its text: the headline,
/// then the paragraphs separated by blank lines.
fn article_text(path: &str) -> (Data, String) {
    let data = load_file(&repo().join(path), path).unwrap();
    let mut text = format!("{}\n", data.article.headline);
    for p in &data.article.paragraphs {
        text.push_str(&format!("\n{p}\n"));
    }
    (data, text)
}

fn wire_report() -> Draft {
    let path = repo().join("data-compiler/tests/fixtures/wire-report.txt");
    draft(&std::fs::read_to_string(path).unwrap())
}

#[test]
fn every_quote_of_the_built_in_article_goes_to_its_speaker() {
    let d = draft(&article_text("data/article.json").1);
    assert_eq!(
        credits(&d),
        expect(&[
            ("There is a low", Some("tillerson")),
            ("The world’s two foremost", Some("tillerson")),
            ("We have no firm", Some("tillerson")),
            ("working group", None),
            ("unified, stable Syria", Some("tillerson")),
            ("no agreement was reached.", Some("tillerson-spokesman")),
            ("an unlawful attack against", Some("lavrov")),
            ("fundamentally important not to", Some("lavrov")),
            ("a lot of questions", Some("lavrov")),
        ])
    );
    assert_eq!(
        speaker_rows(&d),
        [
            ("lavrov", "Sergey Lavrov", "foreign minister"),
            ("tillerson", "Rex Tillerson", "U.S. secretary of State"),
            ("tillerson-spokesman", "Tillerson’s spokesman", ""),
        ]
    );
}

#[test]
fn every_quote_of_the_invented_four_side_article_goes_to_the_speaker_its_data_names() {
    let (data, text) = article_text("tests/fixtures/other-article");
    let d = draft(&text);
    let quotes: Vec<_> = data
        .statements
        .iter()
        .filter(|s| s.kind == Kind::Quote)
        .collect();
    assert_eq!(quotes.len(), 5);
    assert_eq!(d.quotes.len(), quotes.len());
    for (found, quote) in d.quotes.iter().zip(&quotes) {
        assert!(quote.text.contains(found.text.trim_end_matches('.')));
        assert_eq!(
            found.speaker.map(|s| d.speakers[s].id.as_str()),
            Some(data.speakers[quote.speaker].id.as_str()),
            "{}",
            quote.text
        );
    }
    let roles: Vec<_> = d.speakers.iter().map(|s| s.role.as_str()).collect();
    assert_eq!(
        roles,
        [
            "Northport's mayor",
            "ferry company's operations director",
            "Southbay's harbour master",
            "Residents' association chair",
        ]
    );
}

#[test]
fn every_quote_of_the_wire_report_goes_to_its_speaker() {
    let d = wire_report();
    assert_eq!(
        credits(&d),
        expect(&[
            // "…,” Kesharan Foreign Minister Tomas Arveld told reporters
            ("There is no secret", Some("arveld")),
            // the next sentence, a quote alone
            ("We came to Orsana", Some("arveld")),
            // "…,” Valdorian National Water Council spokesman Piet Halloran said in a statement
            ("The report is invented", Some("halloran")),
            ("No promise has been", Some("halloran")),
            // According to Deputy Prime Minister Rudo Venn, who leads …, “…”
            ("the river belongs to", Some("venn")),
            // Venn told a news conference …. “…”
            ("Nobody should expect an", Some("venn")),
            // Valdorian President Elina Maros, … “…,” she wrote
            ("We will judge these", Some("maros")),
            // "…,” said Arveld, who …
            ("Every month we wait,", Some("arveld")),
            // "…,” he added
            ("We cannot wait for", Some("arveld")),
            // Ines Carro, a spokeswoman for the Kesharan delegation, said … “…”
            ("never been in the", Some("carro")),
            ("technical committee", None),
        ])
    );
}

#[test]
fn the_wire_report_speakers_have_the_name_in_name_and_the_title_in_role() {
    assert_eq!(
        speaker_rows(&wire_report()),
        [
            ("arveld", "Tomas Arveld", "Kesharan Foreign Minister"),
            (
                "halloran",
                "Piet Halloran",
                "Valdorian National Water Council spokesman"
            ),
            ("venn", "Rudo Venn", "Deputy Prime Minister"),
            ("maros", "Elina Maros", "Valdorian President"),
            (
                "carro",
                "Ines Carro",
                "spokeswoman for the Kesharan delegation"
            ),
        ]
    );
}

#[test]
fn the_wire_report_draft_checks_with_every_quote_in_its_paragraph() {
    let d = wire_report();
    let dir = std::env::temp_dir().join(format!("qe-draft-credits-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in d.files() {
        std::fs::write(dir.join(file), text).unwrap();
    }
    let left = check_path(&dir, "f").unwrap_err().0;
    let _ = std::fs::remove_dir_all(&dir);
    let about_quotes: Vec<_> = left
        .iter()
        .filter(|m| {
            m.contains("column \"text\"")
                || m.contains("\"paragraph\"")
                || m.contains("unknown speaker")
        })
        .collect();
    assert!(about_quotes.is_empty(), "{about_quotes:#?}");
    // The scare quote is the one row with no speaker.
    let unspoken: Vec<_> = left
        .iter()
        .filter(|m| m.contains("column \"speaker\""))
        .collect();
    assert_eq!(unspoken.len(), 1, "{left:#?}");
    assert!(
        unspoken[0].starts_with("f/statements.csv: row 12:"),
        "{unspoken:?}"
    );
}

#[test]
fn a_quote_credited_to_no_one_named_keeps_an_empty_speaker_and_says_why() {
    let d = draft(
        "H\n\nTalks resumed. The newspaper said the deal was “done and dusted” already.\n\n\
         “Nothing is agreed until everything is agreed,” they said.\n\n\
         “We will see what the week brings.”",
    );
    let notes: Vec<(Option<usize>, &str)> = d
        .quotes
        .iter()
        .map(|q| (q.speaker, q.note.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        notes,
        [
            (
                None,
                "No speaker: the article credits it to “The newspaper said”, not to anyone it names. Fill in the speaker, or delete the row."
            ),
            (
                None,
                "No speaker: the article credits it to “they said”, not to anyone it names. Fill in the speaker, or delete the row."
            ),
            (
                None,
                "No speaker: no “said”, “told” or “according to” near it, and no one named just before. Fill in the speaker, or delete the row."
            ),
        ]
    );
    assert!(d.speakers.is_empty());
}
