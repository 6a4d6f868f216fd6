//! The rules of the data format, checked one field at a time so that every
//! message can name the file, the record and the field it is about: in a
//! JSON file `statement "x": field "text"`, in a spreadsheet folder
//! `statements.csv: row 5: column "text"` (see [`crate::folder`]).
//!
//! [`check`] reads a JSON file's bytes, [`check_value`] the values a file or
//! a folder holds; the rules are in one file per kind of record (`article`,
//! `lists` for sides, speakers and topics, `statements`, whose quotes
//! `quote` locates), read through `record` (one object's fields) and
//! reported through `report` (the messages' places and words).

mod article;
mod lists;
mod quote;
mod record;
mod report;
mod statements;
mod types;
mod unused;

use serde_json::Value;

use crate::Diagnostics;
use article::read_article;
use lists::{list, read_sides, read_speakers, read_topics};
use record::Record;
use report::{kind_of, Place, Report};
use statements::read_statements;

pub use article::{ARTICLE_FIELDS, MAX_PLACE};
pub use lists::SPEAKER_FIELDS;
pub use record::is_slug;
pub use report::{nearest, FolderLayout, Layout};
pub use statements::STATEMENT_FIELDS;
pub use types::{Article, Checked, Data, Side, Speaker, Statement, Topic};

/// Longest string accepted in any field, in characters: it keeps a broken
/// or hostile file (a 10 MB string) out of the app's bundle.
const MAX_TEXT: usize = 2_000;
const MAX_PARAGRAPH: usize = 20_000;
const MAX_ID: usize = 64;
/// How much of a name that is not in the data a message repeats.
const SHOWN: usize = 40;

/// Checks the bytes of a JSON data file shown as `file` in messages.
pub fn check(file: &str, bytes: &[u8]) -> Result<Checked, Diagnostics> {
    let fail = |message: String| Err(Diagnostics(vec![format!("{file}: {message}")]));
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            // Where an editor would show it: the prefix is valid UTF-8.
            let valid = &bytes[..err.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&valid[line_start..])
                .chars()
                .count()
                + 1;
            return fail(format!(
                "not valid UTF-8 at line {line}, column {column} (byte {})",
                valid.len()
            ));
        }
    };
    let root: Value = match serde_json::from_str(text) {
        Ok(root) => root,
        Err(err) => {
            return fail(format!(
                "invalid JSON at line {}, column {}: {}",
                err.line(),
                err.column(),
                strip_position(&err.to_string())
            ))
        }
    };
    check_value(&root, &Layout::json(file))
}

/// Checks data already read into JSON values (from a JSON file, or from a
/// folder of spreadsheet tabs), with messages pointing into `layout`.
pub fn check_value(root: &Value, layout: &Layout) -> Result<Checked, Diagnostics> {
    let Some(root) = root.as_object() else {
        return Err(Diagnostics(vec![format!(
            "{}: the top level must be an object, found {}",
            layout.file,
            kind_of(root)
        )]));
    };

    let mut report = Report {
        layout,
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    let root_record = Record {
        at: Place {
            file: layout.file.clone(),
            record: "data".into(),
        },
        object: root,
    };
    root_record.reject_unknown(
        &[
            "language",
            "article",
            "sides",
            "speakers",
            "topics",
            "statements",
        ],
        &mut report,
    );

    let language = read_language(root.get("language"), &mut report);
    let article = match root.get("article") {
        Some(value) => Record::new(report.article(), value, &mut report, "article")
            .and_then(|r| read_article(&r, &mut report)),
        None => {
            report.list_error("article", "missing required field");
            None
        }
    };
    let (sides, side_index) = list(root, "sides", &mut report)
        .map(|items| read_sides(items, &mut report))
        .unwrap_or_default();
    let (speakers, speaker_index) = list(root, "speakers", &mut report)
        .map(|items| read_speakers(items, &side_index, &mut report))
        .unwrap_or_default();
    let (topics, topic_index) = list(root, "topics", &mut report)
        .map(|items| read_topics(items, &mut report))
        .unwrap_or_default();
    let statements = list(root, "statements", &mut report)
        .map(|items| {
            read_statements(
                items,
                article.as_ref(),
                &speaker_index,
                &topic_index,
                &mut report,
            )
        })
        .unwrap_or_default();

    if report.errors.is_empty() {
        unused::warn_of_unused(root, &speakers, &statements, &mut report);
    }
    match article {
        Some(article) if report.errors.is_empty() => Ok(Checked {
            data: Data {
                language,
                article,
                sides,
                speakers,
                topics,
                statements,
            },
            warnings: report.warnings,
        }),
        _ => Err(Diagnostics(report.errors)),
    }
}

/// The data's `language`: a BCP 47 tag, `en` when absent.
fn read_language(value: Option<&Value>, report: &mut Report) -> String {
    // A folder's language is a line of article.txt; a JSON file's, a
    // field at its top level.
    let at = match &report.layout.folder {
        Some(_) => report.article(),
        None => Place {
            file: report.layout.file.clone(),
            record: "data".into(),
        },
    };
    match value {
        None | Some(Value::Null) => "en".into(),
        Some(Value::String(tag)) if qe_core::i18n::ftl::is_language_tag(tag.trim()) => {
            tag.trim().to_owned()
        }
        Some(other) => {
            report.error(
                &at,
                "language",
                format!(
                    "{} is not a language tag such as en, es-MX or ar",
                    shown_value(other)
                ),
            );
            "en".into()
        }
    }
}

fn shown_value(value: &Value) -> String {
    match value {
        Value::String(s) => format!("\"{}\"", s.escape_debug()),
        other => kind_of(other),
    }
}

/// serde_json appends " at line L column C"; the message states it first.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}
