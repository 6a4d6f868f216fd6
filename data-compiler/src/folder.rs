//! The spreadsheet way to write the data: a folder holding the article as
//! plain text and the tabs of one spreadsheet exported as CSV.
//!
//! ```text
//! my-article/
//!   article.txt      metadata lines (`published: 2017-04-12`), the headline,
//!                    then paragraphs separated by blank lines
//!   sides.csv        id, label
//!   speakers.csv     id, name, role, side, narrator
//!   topics.csv       id, label
//!   statements.csv   id, speaker, kind, text, paragraph, topics, stance,
//!                    responds_to, relation, when, note
//! ```
//!
//! A folder is read into the same JSON values a data file holds and checked
//! by the same rules ([`crate::check`]), with messages that name the CSV
//! file, the row as the spreadsheet numbers it (the header is row 1) and the
//! column. Paragraphs are numbered from 1, several topics share a cell
//! separated by `;`, and empty cells are left out. [`write_folder`] and
//! [`to_json`] write validated data back, so `qe convert` goes both ways.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{json, Map, Value};

use crate::check::{FolderLayout, Layout, ARTICLE_FIELDS, SPEAKER_FIELDS, STATEMENT_FIELDS};
use crate::{Data, Diagnostics, Relation};

/// The CSV tabs of a folder: file name, the data's list, its columns.
pub const TABS: [(&str, &str, &[&str]); 4] = [
    ("sides.csv", "sides", &["id", "label"]),
    ("speakers.csv", "speakers", &SPEAKER_FIELDS),
    ("topics.csv", "topics", &["id", "label"]),
    ("statements.csv", "statements", &STATEMENT_FIELDS),
];

const ARTICLE_TXT: &str = "article.txt";
const BOM: &str = "\u{feff}";

/// The article fields written as `key: value` lines before the headline.
fn metadata_fields() -> impl Iterator<Item = &'static str> {
    ARTICLE_FIELDS
        .into_iter()
        .filter(|f| !matches!(*f, "headline" | "paragraphs"))
}

/// Reads the folder at `dir` (shown as `shown`) into a data file's JSON
/// values, the layout that points messages at its rows, and what could not
/// be read at all (a missing file, a row with too many cells).
pub fn read_folder(dir: &Path, shown: &str) -> (Value, Layout, Vec<String>) {
    let mut errors = Vec::new();
    let mut root = Map::new();
    let mut layout = FolderLayout {
        article: format!("{shown}/{ARTICLE_TXT}"),
        lists: HashMap::new(),
    };
    match std::fs::read_to_string(dir.join(ARTICLE_TXT)) {
        Ok(text) => {
            let mut article = parse_article_txt(&text);
            // `language:` names the data's language, a top-level field.
            if let Some(language) = article.remove("language") {
                root.insert("language".into(), language);
            }
            root.insert("article".into(), Value::Object(article));
        }
        Err(err) => errors.push(format!(
            "{shown}/{ARTICLE_TXT}: cannot read the article text: {err}"
        )),
    }
    for (file, list, columns) in TABS {
        let shown_file = format!("{shown}/{file}");
        match std::fs::read(dir.join(file)) {
            Ok(bytes) => {
                let (rows, numbers) = read_csv(&bytes, &shown_file, list, columns, &mut errors);
                root.insert(list.into(), Value::Array(rows));
                layout.lists.insert(list, (shown_file, numbers));
            }
            Err(err) => errors.push(format!(
                "{shown_file}: cannot read the \"{list}\" tab (export it from the spreadsheet as CSV): {err}"
            )),
        }
    }
    let layout = Layout {
        file: shown.to_owned(),
        folder: Some(layout),
    };
    (Value::Object(root), layout, errors)
}

/// `article.txt`: optional `key: value` metadata lines (only the article's
/// own field names count, so "Iran: talks resume" stays a headline), the
/// headline, then paragraphs separated by blank lines. Lines inside a
/// paragraph are joined with a space, as hard-wrapped text reads.
pub fn parse_article_txt(text: &str) -> Map<String, Value> {
    let text = text.strip_prefix(BOM).unwrap_or(text).replace("\r\n", "\n");
    let mut article = Map::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.peek() {
        let field = line.split_once(':').and_then(|(key, value)| {
            let key = key.trim().to_lowercase();
            metadata_fields()
                .chain(["language"])
                .find(|f| *f == key)
                .map(|f| (f, value.trim()))
        });
        match field {
            Some((key, value)) => {
                if !value.is_empty() {
                    article.insert(key.into(), Value::String(value.into()));
                }
            }
            None if line.trim().is_empty() => {}
            None => break,
        }
        lines.next();
    }
    if let Some(headline) = lines.next() {
        article.insert("headline".into(), Value::String(headline.trim().into()));
    }
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in lines.chain(std::iter::once("")) {
        if line.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(Value::String(current.join(" ")));
                current.clear();
            }
        } else {
            current.push(line.trim());
        }
    }
    article.insert("paragraphs".into(), Value::Array(paragraphs));
    article
}

/// The separator a tab was exported with: a comma, a semicolon (what Excel
/// writes where a comma is the decimal mark, as in much of Europe) or a
/// tab, whichever splits the header row into the most of the tab's
/// columns; a comma when none names one.
fn separator(bytes: &[u8], columns: &[&str]) -> u8 {
    let header = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let header = String::from_utf8_lossy(header);
    let known = |sep: u8| {
        header
            .split(char::from(sep))
            .map(|cell| cell.trim().trim_matches('"').to_lowercase())
            .filter(|cell| columns.contains(&cell.as_str()))
            .count()
    };
    // On a tie (one column, or none known), the comma.
    [b'\t', b';', b',']
        .into_iter()
        .max_by_key(|&sep| known(sep))
        .unwrap_or(b',')
}

/// One tab's rows as JSON objects, and each row's number in the spreadsheet.
fn read_csv(
    bytes: &[u8],
    file: &str,
    list: &str,
    columns: &[&str],
    errors: &mut Vec<String>,
) -> (Vec<Value>, Vec<usize>) {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(bytes, columns))
        .trim(csv::Trim::Headers)
        .flexible(true)
        .from_reader(bytes);
    let Some(headers) = read_headers(&mut reader, file, list, columns, errors) else {
        return (Vec::new(), Vec::new());
    };
    let mut rows = Vec::new();
    let mut numbers = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let number = i + 2;
        if let Some(object) = read_row(record, &headers, file, number, columns, errors) {
            rows.push(Value::Object(object));
            numbers.push(number);
        }
    }
    (rows, numbers)
}

/// The header row, lowercased. Unknown columns are reported once, here,
/// and then ignored.
fn read_headers(
    reader: &mut csv::Reader<&[u8]>,
    file: &str,
    list: &str,
    columns: &[&str],
    errors: &mut Vec<String>,
) -> Option<csv::StringRecord> {
    match reader.headers() {
        Ok(headers) => {
            let known: Vec<String> = headers.iter().map(str::to_lowercase).collect();
            for header in &known {
                if !header.is_empty() && !columns.contains(&header.as_str()) {
                    let hint = crate::check::nearest(header, columns.iter().copied())
                        .map(|near| format!("; did you mean \"{near}\"?"))
                        .unwrap_or_default();
                    errors.push(format!(
                        "{file}: row 1: column \"{header}\": unknown column (the \"{list}\" tab has: {}){hint}",
                        columns.join(", ")
                    ));
                }
            }
            Some(
                known
                    .iter()
                    .map(String::as_str)
                    .collect::<csv::StringRecord>(),
            )
        }
        Err(err) => {
            errors.push(format!("{file}: row 1: {}", csv_error(&err)));
            None
        }
    }
}

/// Row `number` as a JSON object of its known, non-empty cells; `None` for
/// a blank row or one that cannot be read.
fn read_row(
    record: csv::Result<csv::StringRecord>,
    headers: &csv::StringRecord,
    file: &str,
    number: usize,
    columns: &[&str],
    errors: &mut Vec<String>,
) -> Option<Map<String, Value>> {
    let mut record = match record {
        Ok(record) => record,
        Err(err) => {
            errors.push(format!("{file}: row {number}: {}", csv_error(&err)));
            return None;
        }
    };
    // A row with cells past the header is reported; its other cells
    // still count, so one stray cell does not hide the row's id.
    if record.len() > headers.len() {
        errors.push(format!(
            "{file}: row {number}: has {} cells where the header row has {}",
            record.len(),
            headers.len()
        ));
        record.truncate(headers.len());
    }
    while record.len() < headers.len() {
        record.push_field("");
    }
    let row: HashMap<String, String> = match record.deserialize(Some(headers)) {
        Ok(row) => row,
        Err(err) => {
            errors.push(format!("{file}: row {number}: {}", csv_error(&err)));
            return None;
        }
    };
    // Spreadsheets export blank rows as a line of commas.
    if row.values().all(|cell| cell.trim().is_empty()) {
        return None;
    }
    let mut object = Map::new();
    for (column, cell) in row {
        let cell = cell.trim();
        if cell.is_empty() || !columns.contains(&column.as_str()) {
            continue;
        }
        let value = cell_value(&column, cell);
        object.insert(column, value);
    }
    Some(object)
}

/// A cell as the data file holds it: topics as a list, the paragraph as a
/// number from 0, `narrator` as `true` for "yes" (or "true") and `false`
/// for "no" (or "false"), anything else as text.
fn cell_value(column: &str, cell: &str) -> Value {
    match column {
        "narrator" => match cell.to_lowercase().as_str() {
            "yes" | "true" => Value::Bool(true),
            "no" | "false" => Value::Bool(false),
            _ => Value::String(cell.into()),
        },
        "topics" => Value::Array(
            cell.split(';')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| Value::String(t.into()))
                .collect(),
        ),
        // Counted from 1 here, from 0 in the data.
        "paragraph" => match cell.parse::<u64>() {
            Ok(n) if n >= 1 => Value::from(n - 1),
            _ => Value::String(cell.into()),
        },
        _ => Value::String(cell.into()),
    }
}

/// A CSV error without the position the message already gives.
fn csv_error(err: &csv::Error) -> String {
    match err.kind() {
        csv::ErrorKind::Utf8 { .. } => "is not valid UTF-8 (export the sheet as CSV UTF-8)".into(),
        _ => err.to_string(),
    }
}

/// The article's optional fields that are set, in the format's order.
fn article_metadata(data: &Data) -> Vec<(&'static str, &str)> {
    let a = &data.article;
    metadata_fields()
        .filter_map(|field| {
            let value = match field {
                "dek" => &a.dek,
                "publisher" => &a.publisher,
                "byline" => &a.byline,
                "published" => &a.published,
                "place" => &a.place,
                "event_date" => &a.event_date,
                "source_url" => &a.source_url,
                "photo_caption" => &a.photo_caption,
                "share_image" => &a.share_image,
                "no_response_label" => &a.no_response_label,
                _ => &None,
            };
            value.as_deref().map(|v| (field, v))
        })
        .collect()
}

/// Validated data as a JSON data file (pretty-printed, ending in a newline).
pub fn to_json(data: &Data) -> String {
    let mut article = Map::new();
    article.insert("headline".into(), json!(data.article.headline));
    for (field, value) in article_metadata(data) {
        article.insert(field.into(), json!(value));
    }
    article.insert("paragraphs".into(), json!(data.article.paragraphs));
    let statements: Vec<Value> = data
        .statements
        .iter()
        .map(|s| {
            let mut o = Map::new();
            o.insert("id".into(), json!(s.id));
            o.insert("speaker".into(), json!(data.speakers[s.speaker].id));
            o.insert("kind".into(), json!(s.kind.id()));
            o.insert("text".into(), json!(s.text));
            o.insert("paragraph".into(), json!(s.paragraph));
            let topics: Vec<&str> = s
                .topics
                .iter()
                .map(|&t| data.topics[t].id.as_str())
                .collect();
            o.insert("topics".into(), json!(topics));
            o.insert("stance".into(), json!(s.stance.id()));
            if let Some(r) = s.responds_to {
                o.insert("responds_to".into(), json!(data.statements[r].id));
            }
            if s.relation == Relation::Confirms {
                o.insert("relation".into(), json!(Relation::Confirms.id()));
            }
            if let Some(when) = &s.when {
                o.insert("when".into(), json!(when));
            }
            if let Some(note) = &s.note {
                o.insert("note".into(), json!(note));
            }
            Value::Object(o)
        })
        .collect();
    let root = json!({
        "article": article,
        "sides": data.sides.iter().map(|s| json!({"id": s.id, "label": s.label})).collect::<Vec<_>>(),
        "speakers": data.speakers.iter().map(|s| {
            let mut o = json!({"id": s.id, "name": s.name, "role": s.role});
            match s.side {
                Some(side) => o["side"] = json!(data.sides[side].id),
                None => o["narrator"] = json!(true),
            }
            o
        }).collect::<Vec<_>>(),
        "topics": data.topics.iter().map(|t| json!({"id": t.id, "label": t.label})).collect::<Vec<_>>(),
        "statements": statements,
    });
    let mut root = root;
    if data.language != "en" {
        root["language"] = json!(data.language);
    }
    let mut out = serde_json::to_string_pretty(&root).unwrap_or_default();
    out.push('\n');
    out
}

/// The article as `article.txt`; `Err` names what the text format cannot
/// hold (a paragraph with a blank line in it, a headline that reads as a
/// metadata line).
pub fn article_txt(data: &Data) -> Result<String, String> {
    let a = &data.article;
    let mut out = String::new();
    if data.language != "en" {
        out.push_str(&format!("language: {}\n", data.language));
    }
    for (field, value) in article_metadata(data) {
        if value.contains('\n') {
            return Err(format!("article field \"{field}\" has a line break"));
        }
        out.push_str(&format!("{field}: {value}\n"));
    }
    if !out.is_empty() {
        out.push('\n');
    }
    let headline_reads_as_metadata = a.headline.split_once(':').is_some_and(|(key, _)| {
        let key = key.trim().to_lowercase();
        metadata_fields().chain(["language"]).any(|f| f == key)
    });
    if a.headline.contains('\n') || headline_reads_as_metadata {
        return Err("the headline cannot be written as the first line of article.txt".into());
    }
    out.push_str(&a.headline);
    out.push('\n');
    for (i, p) in a.paragraphs.iter().enumerate() {
        if p.contains('\n') || p.trim() != p {
            return Err(format!(
                "paragraph {} has line breaks or outer spaces, which article.txt cannot keep",
                i + 1
            ));
        }
        out.push('\n');
        out.push_str(p);
        out.push('\n');
    }
    Ok(out)
}

/// The CSV text of each tab, as [`TABS`] names them.
pub fn tabs(data: &Data) -> Vec<(&'static str, String)> {
    let sides = data
        .sides
        .iter()
        .map(|s| vec![s.id.clone(), s.label.clone()]);
    let speakers = data.speakers.iter().map(|s| {
        vec![
            s.id.clone(),
            s.name.clone(),
            s.role.clone(),
            s.side
                .map(|side| data.sides[side].id.clone())
                .unwrap_or_default(),
            if s.is_narrator() { "yes" } else { "" }.into(),
        ]
    });
    let topics = data
        .topics
        .iter()
        .map(|t| vec![t.id.clone(), t.label.clone()]);
    let statements = data.statements.iter().map(|s| {
        let topics: Vec<&str> = s
            .topics
            .iter()
            .map(|&t| data.topics[t].id.as_str())
            .collect();
        vec![
            s.id.clone(),
            data.speakers[s.speaker].id.clone(),
            s.kind.id().into(),
            s.text.clone(),
            (s.paragraph + 1).to_string(),
            topics.join("; "),
            s.stance.id().into(),
            s.responds_to
                .map(|r| data.statements[r].id.clone())
                .unwrap_or_default(),
            if s.relation == Relation::Confirms {
                Relation::Confirms.id().into()
            } else {
                String::new()
            },
            s.when.clone().unwrap_or_default(),
            s.note.clone().unwrap_or_default(),
        ]
    });
    let rows: [Vec<Vec<String>>; 4] = [
        sides.collect(),
        speakers.collect(),
        topics.collect(),
        statements.collect(),
    ];
    TABS.iter()
        .zip(rows)
        .map(|(&(file, _, columns), rows)| (file, csv_text(columns, &rows)))
        .collect()
}

/// A header row and rows as CSV.
pub fn csv_text(columns: &[&str], rows: &[Vec<String>]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let _ = writer.write_record(columns);
    for row in rows {
        let _ = writer.write_record(row);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Writes validated data as a folder (`article.txt` and the CSV tabs).
pub fn write_folder(data: &Data, dir: &Path) -> Result<(), String> {
    let article = article_txt(data)?;
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let write = |name: &str, text: &str| {
        std::fs::write(dir.join(name), text)
            .map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    write(ARTICLE_TXT, &article)?;
    for (file, text) in tabs(data) {
        write(file, &text)?;
    }
    Ok(())
}

/// Checks a folder shown as `shown`.
pub fn check_folder(dir: &Path, shown: &str) -> Result<crate::Checked, Diagnostics> {
    let (root, layout, mut errors) = read_folder(dir, shown);
    match crate::check::check_value(&root, &layout) {
        Ok(checked) if errors.is_empty() => Ok(checked),
        Ok(_) => Err(Diagnostics(errors)),
        Err(Diagnostics(more)) => {
            errors.extend(more);
            Err(Diagnostics(errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_txt_reads_metadata_then_the_headline_then_paragraphs() {
        let article = parse_article_txt(
            "\u{feff}Published: 2024-01-02\r\npublisher: The Paper\r\n\r\nIran: talks resume\r\n\r\nFirst line\r\nwrapped.\r\n\r\n\r\nSecond.\r\n",
        );
        assert_eq!(article["published"], "2024-01-02");
        assert_eq!(article["publisher"], "The Paper");
        assert_eq!(article["headline"], "Iran: talks resume");
        assert_eq!(
            article["paragraphs"],
            json!(["First line wrapped.", "Second."])
        );
    }

    #[test]
    fn csv_cells_become_the_data_files_values() {
        let mut errors = Vec::new();
        let csv = "\u{feff}ID,Speaker,kind,text,paragraph,topics,stance,colour\n,,,,,,,\nq-1,salehi,Quote,\"a, b\",3,syria; us-russia ,Disputed,red\n";
        let (rows, numbers) = read_csv(
            csv.as_bytes(),
            "s.csv",
            "statements",
            &STATEMENT_FIELDS,
            &mut errors,
        );
        assert_eq!(numbers, [3]);
        assert_eq!(
            rows[0],
            json!({"id": "q-1", "speaker": "salehi", "kind": "Quote", "text": "a, b", "paragraph": 2,
                   "topics": ["syria", "us-russia"], "stance": "Disputed"})
        );
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("s.csv: row 1: column \"colour\": unknown column"),
            "{errors:?}"
        );
    }
}
