//! The rules of the data format, checked one field at a time so that every
//! message can name the record and the field it is about.

use serde_json::{Map, Value};
use std::collections::HashMap;

use crate::text::locate_quote;
use crate::Diagnostics;

/// Longest string accepted in any field, in characters: it keeps a broken
/// or hostile file (a 10 MB string) out of the app's bundle.
const MAX_TEXT: usize = 2_000;
const MAX_PARAGRAPH: usize = 20_000;
const MAX_ID: usize = 64;
/// How much of a name that is not in the data a message repeats.
const SHOWN: usize = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Us,
    Russia,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Quote,
    Paraphrase,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    Agreed,
    Disputed,
    Unchallenged,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    pub headline: String,
    pub dek: Option<String>,
    pub published: Option<String>,
    pub photo_caption: Option<String>,
    pub source_url: Option<String>,
    pub paragraphs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub role: String,
    pub side: Side,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub id: String,
    pub label: String,
}

/// A statement with its references resolved to indices and its place in the
/// paragraph located (the quote's bytes, or the whole paragraph).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: String,
    pub speaker: usize,
    pub kind: Kind,
    pub text: String,
    pub paragraph: usize,
    pub span: (usize, usize),
    pub topics: Vec<usize>,
    pub stance: Stance,
    pub responds_to: Option<usize>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data {
    pub article: Article,
    pub speakers: Vec<Speaker>,
    pub topics: Vec<Topic>,
    pub statements: Vec<Statement>,
}

/// Collects messages; each starts with the file name.
struct Report<'f> {
    file: &'f str,
    errors: Vec<String>,
}

impl Report<'_> {
    fn error(&mut self, record: &str, field: &str, message: impl std::fmt::Display) {
        self.errors.push(format!(
            "{}: {record}: field \"{field}\": {message}",
            self.file
        ));
    }
}

/// One JSON object being read, with the name of the record it is.
struct Record<'a> {
    name: String,
    object: &'a Map<String, Value>,
}

impl<'a> Record<'a> {
    fn new(
        name: String,
        value: &'a Value,
        report: &mut Report,
        parent_field: &str,
    ) -> Option<Self> {
        match value.as_object() {
            Some(object) => Some(Record { name, object }),
            None => {
                report.error(
                    &name,
                    parent_field,
                    format!("must be an object, found {}", kind_of(value)),
                );
                None
            }
        }
    }

    fn reject_unknown(&self, known: &[&str], report: &mut Report) {
        for key in self.object.keys() {
            if !known.contains(&key.as_str()) {
                report.error(
                    &self.name,
                    &shown(key),
                    format!("unknown field (expected one of: {})", known.join(", ")),
                );
            }
        }
    }

    fn string(&self, field: &str, max: usize, report: &mut Report) -> Option<String> {
        match self.object.get(field) {
            None | Some(Value::Null) => {
                report.error(&self.name, field, "missing required field");
                None
            }
            Some(value) => self.checked_string(field, value, max, report),
        }
    }

    fn optional_string(&self, field: &str, max: usize, report: &mut Report) -> Option<String> {
        match self.object.get(field) {
            None | Some(Value::Null) => None,
            Some(value) => self.checked_string(field, value, max, report),
        }
    }

    fn checked_string(
        &self,
        field: &str,
        value: &Value,
        max: usize,
        report: &mut Report,
    ) -> Option<String> {
        let Some(text) = value.as_str() else {
            report.error(
                &self.name,
                field,
                format!("must be a string, found {}", kind_of(value)),
            );
            return None;
        };
        let chars = text.chars().count();
        if text.trim().is_empty() {
            report.error(&self.name, field, "must not be empty");
            None
        } else if chars > max {
            report.error(
                &self.name,
                field,
                format!("is {chars} characters long; the limit is {max}"),
            );
            None
        } else {
            Some(text.to_owned())
        }
    }

    fn id(&self, field: &str, report: &mut Report) -> Option<String> {
        let id = self.string(field, MAX_ID, report)?;
        if is_slug(&id) {
            Some(id)
        } else {
            report.error(
                &self.name,
                field,
                format!(
                    "\"{id}\" is not a valid id (lowercase letters, digits and single hyphens)"
                ),
            );
            None
        }
    }

    fn choice<T: Copy>(
        &self,
        field: &str,
        options: &[(&str, T)],
        report: &mut Report,
    ) -> Option<T> {
        let value = self.string(field, MAX_ID, report)?;
        let found = options
            .iter()
            .find(|(name, _)| *name == value)
            .map(|&(_, v)| v);
        if found.is_none() {
            let names: Vec<&str> = options.iter().map(|(n, _)| *n).collect();
            report.error(
                &self.name,
                field,
                format!("\"{value}\" is not one of: {}", names.join(", ")),
            );
        }
        found
    }
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// `text` as a message repeats it: a field name or id that may be megabytes
/// long in a broken file is cut to [`SHOWN`] characters.
fn shown(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let form = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !form {
        return false;
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=days).contains(&day)
}

/// Reads a top-level array field; `None` when missing or not an array.
fn list<'a>(
    root: &'a Map<String, Value>,
    field: &str,
    report: &mut Report,
) -> Option<&'a Vec<Value>> {
    match root.get(field) {
        None => {
            report.error("data", field, "missing required field");
            None
        }
        Some(Value::Array(items)) if items.is_empty() => {
            report.error("data", field, "must list at least one entry");
            None
        }
        Some(Value::Array(items)) => Some(items),
        Some(other) => {
            report.error(
                "data",
                field,
                format!("must be an array, found {}", kind_of(other)),
            );
            None
        }
    }
}

pub fn check(file: &str, bytes: &[u8]) -> Result<Data, Diagnostics> {
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
    let Some(root) = root.as_object() else {
        return fail(format!(
            "the top level must be an object, found {}",
            kind_of(&root)
        ));
    };

    let mut report = Report {
        file,
        errors: Vec::new(),
    };
    let root_record = Record {
        name: "data".into(),
        object: root,
    };
    root_record.reject_unknown(
        &["article", "speakers", "topics", "statements"],
        &mut report,
    );

    let article = match root.get("article") {
        Some(value) => Record::new("article".into(), value, &mut report, "article")
            .and_then(|r| read_article(&r, &mut report)),
        None => {
            report.error("data", "article", "missing required field");
            None
        }
    };
    let (speakers, speaker_index) = list(root, "speakers", &mut report)
        .map(|items| read_speakers(items, &mut report))
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

    match article {
        Some(article) if report.errors.is_empty() => Ok(Data {
            article,
            speakers,
            topics,
            statements,
        }),
        _ => Err(Diagnostics(report.errors)),
    }
}

/// serde_json appends " at line L column C"; the message states it first.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}

fn read_article(r: &Record, report: &mut Report) -> Option<Article> {
    r.reject_unknown(
        &[
            "headline",
            "dek",
            "published",
            "photo_caption",
            "source_url",
            "paragraphs",
        ],
        report,
    );
    let headline = r.string("headline", MAX_TEXT, report);
    let dek = r.optional_string("dek", MAX_TEXT, report);
    let photo_caption = r.optional_string("photo_caption", MAX_TEXT, report);
    let published = r
        .optional_string("published", MAX_ID, report)
        .filter(|date| {
            let ok = is_date(date);
            if !ok {
                report.error(
                    &r.name,
                    "published",
                    format!("\"{date}\" is not a date of the form YYYY-MM-DD"),
                );
            }
            ok
        });
    let source_url = r
        .optional_string("source_url", MAX_TEXT, report)
        .filter(|url| {
            let ok = url.starts_with("https://") || url.starts_with("http://");
            if !ok {
                report.error(
                    &r.name,
                    "source_url",
                    "must be an http:// or https:// address",
                );
            }
            ok
        });
    let paragraphs = match r.object.get("paragraphs") {
        None => {
            report.error(&r.name, "paragraphs", "missing required field");
            None
        }
        Some(Value::Array(items)) if items.is_empty() => {
            report.error(&r.name, "paragraphs", "must list at least one paragraph");
            None
        }
        Some(Value::Array(items)) => {
            let read: Vec<Option<String>> = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    r.checked_string(&format!("paragraphs[{i}]"), item, MAX_PARAGRAPH, report)
                })
                .collect();
            read.into_iter().collect::<Option<Vec<String>>>()
        }
        Some(other) => {
            report.error(
                &r.name,
                "paragraphs",
                format!("must be an array, found {}", kind_of(other)),
            );
            None
        }
    };
    Some(Article {
        headline: headline?,
        dek,
        published,
        photo_caption,
        source_url,
        paragraphs: paragraphs?,
    })
}

/// The id of every list entry, where it has a readable one.
fn listed_ids(items: &[Value]) -> impl Iterator<Item = Option<&str>> {
    items.iter().map(|item| {
        item.get("id")
            .and_then(Value::as_str)
            .filter(|id| id.len() <= MAX_ID)
    })
}

/// Reports ids seen twice in one list, and maps each id to its entry's
/// position. Every entry counts, even one that broke its own rules, so that
/// positions are the list's own and a reference to a broken entry is not
/// reported again as unknown.
fn check_unique<'a>(
    kind: &str,
    ids: impl Iterator<Item = Option<&'a str>>,
    report: &mut Report,
) -> HashMap<String, usize> {
    let mut seen = HashMap::new();
    for (i, id) in ids.enumerate() {
        let Some(id) = id else { continue };
        if let Some(first) = seen.insert(id.to_owned(), i) {
            report.error(
                &format!("{kind} \"{id}\""),
                "id",
                format!("duplicate id (entries {} and {})", first + 1, i + 1),
            );
            seen.insert(id.to_owned(), first);
        }
    }
    seen
}

/// The name of list entry `i` in messages: its id where it has a readable one.
fn entry_name(kind: &str, i: usize, value: &Value) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() && id.len() <= MAX_ID => format!("{kind} \"{id}\""),
        _ => format!("{kind} #{}", i + 1),
    }
}

fn read_speakers(items: &[Value], report: &mut Report) -> (Vec<Speaker>, HashMap<String, usize>) {
    let speakers: Vec<Speaker> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let r = Record::new(entry_name("speaker", i, item), item, report, "speakers")?;
            r.reject_unknown(&["id", "name", "role", "side"], report);
            let id = r.id("id", report);
            let name = r.string("name", MAX_TEXT, report);
            let role = r.string("role", MAX_TEXT, report);
            let side = r.choice(
                "side",
                &[
                    ("us", Side::Us),
                    ("russia", Side::Russia),
                    ("other", Side::Other),
                ],
                report,
            );
            Some(Speaker {
                id: id?,
                name: name?,
                role: role?,
                side: side?,
            })
        })
        .collect();
    let index = check_unique("speaker", listed_ids(items), report);
    (speakers, index)
}

fn read_topics(items: &[Value], report: &mut Report) -> (Vec<Topic>, HashMap<String, usize>) {
    let topics: Vec<Topic> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let r = Record::new(entry_name("topic", i, item), item, report, "topics")?;
            r.reject_unknown(&["id", "label"], report);
            let id = r.id("id", report);
            let label = r.string("label", MAX_TEXT, report);
            Some(Topic {
                id: id?,
                label: label?,
            })
        })
        .collect();
    let index = check_unique("topic", listed_ids(items), report);
    (topics, index)
}

fn read_statements(
    items: &[Value],
    article: Option<&Article>,
    speaker_index: &HashMap<String, usize>,
    topic_index: &HashMap<String, usize>,
    report: &mut Report,
) -> Vec<Statement> {
    // Ids first, so that `responds_to` may point forward as well as back.
    let statement_index = check_unique("statement", listed_ids(items), report);

    let mut statements = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let Some(r) = Record::new(entry_name("statement", i, item), item, report, "statements")
        else {
            continue;
        };
        r.reject_unknown(
            &[
                "id",
                "speaker",
                "kind",
                "text",
                "paragraph",
                "topics",
                "stance",
                "responds_to",
                "note",
            ],
            report,
        );
        let id = r.id("id", report);
        let speaker = r.string("speaker", MAX_ID, report).and_then(|s| {
            let found = speaker_index.get(s.as_str()).copied();
            if found.is_none() {
                report.error(
                    &r.name,
                    "speaker",
                    format!("unknown speaker \"{s}\" (not in \"speakers\")"),
                );
            }
            found
        });
        let kind = r.choice(
            "kind",
            &[("quote", Kind::Quote), ("paraphrase", Kind::Paraphrase)],
            report,
        );
        let text = r.string("text", MAX_TEXT, report);
        let paragraph = read_paragraph(&r, article, report);
        let topics = read_topic_list(&r, topic_index, report);
        let stance = r.choice(
            "stance",
            &[
                ("agreed", Stance::Agreed),
                ("disputed", Stance::Disputed),
                ("unchallenged", Stance::Unchallenged),
            ],
            report,
        );
        let responds_to = r
            .optional_string("responds_to", MAX_ID, report)
            .and_then(|target| {
                if Some(&target) == id.as_ref() {
                    report.error(
                        &r.name,
                        "responds_to",
                        "a statement cannot respond to itself",
                    );
                    return None;
                }
                let found = statement_index.get(&target).copied();
                if found.is_none() {
                    report.error(
                        &r.name,
                        "responds_to",
                        format!("unknown statement \"{target}\""),
                    );
                }
                found
            });
        let note = r.optional_string("note", MAX_TEXT, report);

        let span = match (kind, &text, paragraph, article) {
            (Some(Kind::Quote), Some(text), Some(p), Some(article)) => {
                let found = locate_quote(&article.paragraphs[p], text);
                if found.is_none() {
                    report.error(
                        &r.name,
                        "text",
                        format!("quote not found verbatim in paragraph {p}"),
                    );
                }
                found
            }
            (Some(Kind::Paraphrase), _, Some(p), Some(article)) => {
                Some((0, article.paragraphs[p].len()))
            }
            _ => None,
        };
        if let (
            Some(id),
            Some(speaker),
            Some(kind),
            Some(text),
            Some(paragraph),
            Some(span),
            Some(topics),
            Some(stance),
        ) = (id, speaker, kind, text, paragraph, span, topics, stance)
        {
            statements.push(Statement {
                id,
                speaker,
                kind,
                text,
                paragraph,
                span,
                topics,
                stance,
                responds_to,
                note,
            });
        }
    }
    statements
}

fn read_paragraph(r: &Record, article: Option<&Article>, report: &mut Report) -> Option<usize> {
    let value = match r.object.get("paragraph") {
        None | Some(Value::Null) => {
            report.error(&r.name, "paragraph", "missing required field");
            return None;
        }
        Some(value) => value,
    };
    let Some(index) = value.as_u64() else {
        report.error(
            &r.name,
            "paragraph",
            format!("must be a whole number, found {}", kind_of(value)),
        );
        return None;
    };
    let count = article.map_or(0, |a| a.paragraphs.len());
    if article.is_some() && index >= count as u64 {
        report.error(
            &r.name,
            "paragraph",
            format!("index {index} is out of range (the article has {count} paragraphs, numbered from 0)"),
        );
        return None;
    }
    usize::try_from(index).ok()
}

fn read_topic_list(
    r: &Record,
    topic_index: &HashMap<String, usize>,
    report: &mut Report,
) -> Option<Vec<usize>> {
    let items = match r.object.get("topics") {
        None | Some(Value::Null) => {
            report.error(&r.name, "topics", "missing required field");
            return None;
        }
        Some(Value::Array(items)) => items,
        Some(other) => {
            report.error(
                &r.name,
                "topics",
                format!("must be an array, found {}", kind_of(other)),
            );
            return None;
        }
    };
    if items.is_empty() {
        report.error(&r.name, "topics", "must list at least one topic");
        return None;
    }
    let mut found = Vec::with_capacity(items.len());
    let mut ok = true;
    for item in items {
        match item.as_str().map(|id| (id, topic_index.get(id))) {
            Some((_, Some(&t))) if !found.contains(&t) => found.push(t),
            Some((id, Some(_))) => {
                report.error(&r.name, "topics", format!("topic \"{id}\" is listed twice"));
                ok = false;
            }
            Some((id, None)) => {
                report.error(
                    &r.name,
                    "topics",
                    format!("unknown topic \"{}\" (not in \"topics\")", shown(id)),
                );
                ok = false;
            }
            None => {
                report.error(
                    &r.name,
                    "topics",
                    format!("entries must be topic ids, found {}", kind_of(item)),
                );
                ok = false;
            }
        }
    }
    found.sort_unstable();
    ok.then_some(found)
}
