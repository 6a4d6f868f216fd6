//! The rules of the data format, checked one field at a time so that every
//! message can name the file, the record and the field it is about: in a
//! JSON file `statement "x": field "text"`, in a spreadsheet folder
//! `statements.csv: row 5: column "text"` (see [`crate::folder`]).

use serde_json::{Map, Value};
use std::collections::HashMap;

use crate::passage::{closest_passage, locate_quote, sentence_around, shares_a_significant_word};
use crate::Diagnostics;
use qe_core::{Kind, Relation, Stance, Vocabulary, MAX_SIDES};

/// Longest string accepted in any field, in characters: it keeps a broken
/// or hostile file (a 10 MB string) out of the app's bundle.
const MAX_TEXT: usize = 2_000;
const MAX_PARAGRAPH: usize = 20_000;
const MAX_ID: usize = 64;
/// How much of a name that is not in the data a message repeats.
const SHOWN: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub headline: String,
    pub dek: Option<String>,
    pub publisher: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub photo_caption: Option<String>,
    pub source_url: Option<String>,
    /// The share image, a path relative to the data file (or folder).
    pub share_image: Option<String>,
    pub paragraphs: Vec<String>,
}

/// A group of speakers the article sets against each other ("U.S.",
/// "Russia"), in the data's order; the order picks its colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub role: String,
    /// Index into [`Data::sides`].
    pub side: usize,
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
    /// Byte range in the paragraph of the sentence a quote comes from (the
    /// whole paragraph for a paraphrase).
    pub sentence: (usize, usize),
    pub topics: Vec<usize>,
    pub stance: Stance,
    pub responds_to: Option<usize>,
    pub relation: Relation,
    /// When the article places the statement ("before the meetings").
    pub when: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data {
    pub article: Article,
    pub sides: Vec<Side>,
    pub speakers: Vec<Speaker>,
    pub topics: Vec<Topic>,
    pub statements: Vec<Statement>,
}

/// Valid data, and what looks wrong without breaking a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub data: Data,
    pub warnings: Vec<String>,
}

/// Where the records were read from, so that messages point there.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// The JSON file, or the folder.
    pub file: String,
    /// For a folder of spreadsheet tabs: the file of each list and article.
    pub folder: Option<FolderLayout>,
}

#[derive(Debug, Clone, Default)]
pub struct FolderLayout {
    /// `article.txt` as shown in messages.
    pub article: String,
    /// Per list (`"statements"`): its CSV file as shown, and the spreadsheet
    /// row of each entry.
    pub lists: HashMap<&'static str, (String, Vec<usize>)>,
}

impl Layout {
    fn json(file: &str) -> Self {
        Layout {
            file: file.to_owned(),
            folder: None,
        }
    }

    /// Paragraphs are counted from 0 in JSON, from 1 (as a person counts
    /// them) in a spreadsheet.
    pub fn paragraph_base(&self) -> usize {
        usize::from(self.folder.is_some())
    }

    fn word(&self) -> &'static str {
        if self.folder.is_some() {
            "column"
        } else {
            "field"
        }
    }
}

/// Collects messages; each starts with the file name.
struct Report<'l> {
    layout: &'l Layout,
    errors: Vec<String>,
    warnings: Vec<String>,
}

/// Who a message is about: a file, and a record in it.
#[derive(Clone)]
struct Place {
    file: String,
    record: String,
}

impl Report<'_> {
    fn error(&mut self, at: &Place, field: &str, message: impl std::fmt::Display) {
        let line = self.line(at, field, message);
        self.errors.push(line);
    }

    fn warn(&mut self, at: &Place, field: &str, message: impl std::fmt::Display) {
        let line = self.line(at, field, message);
        self.warnings.push(line);
    }

    fn line(&self, at: &Place, field: &str, message: impl std::fmt::Display) -> String {
        format!(
            "{}: {}: {} \"{field}\": {message}",
            at.file,
            at.record,
            self.layout.word()
        )
    }

    /// The place of a whole list (`"statements"`): the top level of a JSON
    /// file, or the list's own CSV file.
    fn list_error(&mut self, list: &str, message: impl std::fmt::Display) {
        let line = match self.layout.folder.as_ref().and_then(|f| f.lists.get(list)) {
            Some((file, _)) => format!("{file}: {message}"),
            None => format!("{}: data: field \"{list}\": {message}", self.layout.file),
        };
        self.errors.push(line);
    }

    /// The place of entry `i` of `list`, named by its id where it has a
    /// readable one.
    fn entry(&self, list: &'static str, kind: &str, i: usize, value: &Value) -> Place {
        let id = value
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.trim().is_empty() && id.len() <= MAX_ID);
        match self.layout.folder.as_ref().and_then(|f| f.lists.get(list)) {
            Some((file, rows)) => Place {
                file: file.clone(),
                record: format!("row {}", rows.get(i).copied().unwrap_or(i + 2)),
            },
            None => Place {
                file: self.layout.file.clone(),
                record: match id {
                    Some(id) => format!("{kind} \"{id}\""),
                    None => format!("{kind} #{}", i + 1),
                },
            },
        }
    }

    fn article(&self) -> Place {
        Place {
            file: self
                .layout
                .folder
                .as_ref()
                .map_or_else(|| self.layout.file.clone(), |f| f.article.clone()),
            record: "article".into(),
        }
    }
}

/// One JSON object being read, with the place it came from.
struct Record<'a> {
    at: Place,
    object: &'a Map<String, Value>,
}

impl<'a> Record<'a> {
    fn new(at: Place, value: &'a Value, report: &mut Report, parent_field: &str) -> Option<Self> {
        match value.as_object() {
            Some(object) => Some(Record { at, object }),
            None => {
                report.error(
                    &at,
                    parent_field,
                    format!("must be an object, found {}", kind_of(value)),
                );
                None
            }
        }
    }

    fn error(&self, report: &mut Report, field: &str, message: impl std::fmt::Display) {
        report.error(&self.at, field, message);
    }

    fn reject_unknown(&self, known: &[&str], report: &mut Report) {
        for key in self.object.keys() {
            if !known.contains(&key.as_str()) {
                let hint = nearest(key, known.iter().copied())
                    .map(|near| format!("; did you mean \"{near}\"?"))
                    .unwrap_or_default();
                self.error(
                    report,
                    &shown(key),
                    format!(
                        "unknown field (expected one of: {}){hint}",
                        known.join(", ")
                    ),
                );
            }
        }
    }

    fn string(&self, field: &str, max: usize, report: &mut Report) -> Option<String> {
        match self.object.get(field) {
            None | Some(Value::Null) => {
                self.error(report, field, "missing required field");
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
            self.error(
                report,
                field,
                format!("must be a string, found {}", kind_of(value)),
            );
            return None;
        };
        let chars = text.chars().count();
        if text.trim().is_empty() {
            self.error(report, field, "must not be empty");
            None
        } else if chars > max {
            self.error(
                report,
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
            self.error(
                report,
                field,
                format!(
                    "\"{id}\" is not a valid id (lowercase letters, digits and single hyphens)"
                ),
            );
            None
        }
    }

    /// A reference to another record's id. Spreadsheet habits are forgiven:
    /// case and surrounding spaces do not matter (ids are lowercase).
    fn reference(
        &self,
        field: &str,
        what: &str,
        index: &HashMap<String, usize>,
        required: bool,
        report: &mut Report,
    ) -> Option<usize> {
        let value = if required {
            self.string(field, MAX_ID, report)?
        } else {
            self.optional_string(field, MAX_ID, report)?
        };
        lookup(&value, what, list_of(what), index)
            .map_err(|m| self.error(report, field, m))
            .ok()
    }

    /// One of a few fixed words; case and surrounding spaces do not matter.
    fn choice<T: Vocabulary>(&self, field: &str, report: &mut Report) -> Option<T> {
        let value = self.string(field, MAX_ID, report)?;
        self.one_of(field, &value, report)
    }

    fn optional_choice<T: Vocabulary>(
        &self,
        field: &str,
        report: &mut Report,
    ) -> Option<Option<T>> {
        match self.optional_string(field, MAX_ID, report) {
            None => Some(None),
            Some(value) => self.one_of(field, &value, report).map(Some),
        }
    }

    fn one_of<T: Vocabulary>(&self, field: &str, value: &str, report: &mut Report) -> Option<T> {
        let found = T::from_id(&value.trim().to_lowercase());
        if found.is_none() {
            let names: Vec<&str> = T::ALL.iter().map(|v| v.id()).collect();
            self.error(
                report,
                field,
                format!("\"{}\" is not one of: {}", shown(value), names.join(", ")),
            );
        }
        found
    }
}

/// The entry `value` names in `index` (case and surrounding spaces aside),
/// or a message that suggests the nearest id.
fn lookup(
    value: &str,
    what: &str,
    list: Option<&str>,
    index: &HashMap<String, usize>,
) -> Result<usize, String> {
    let key = value.trim().to_lowercase();
    index.get(&key).copied().ok_or_else(|| {
        let hint = nearest(
            &key,
            index.keys().map(String::as_str).filter(|id| is_slug(id)),
        )
        .map(|near| format!("; did you mean \"{near}\"?"))
        .unwrap_or_default();
        let list = list.map_or_else(String::new, |l| format!(" (not in \"{l}\")"));
        format!("unknown {what} \"{}\"{list}{hint}", shown(value))
    })
}

/// The list a reference names its record in, as messages say it.
fn list_of(what: &str) -> Option<&'static str> {
    match what {
        "speaker" => Some("speakers"),
        "topic" => Some("topics"),
        "side" => Some("sides"),
        _ => None,
    }
}

/// The option closest to `word`, when it looks like a typo of it
/// ([`qe_core::text::nearest`]).
pub fn nearest<'a>(word: &str, options: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    qe_core::text::nearest(word, options.map(|o| (o, o))).map(|(_, o)| o)
}

fn kind_of(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => "a boolean".into(),
        Value::Number(_) => "a number".into(),
        // A spreadsheet cell is always text: show it.
        Value::String(s) => format!("\"{}\"", shown(s)),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
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

pub fn is_slug(id: &str) -> bool {
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
            report.list_error(field, "missing required field");
            None
        }
        Some(Value::Array(items)) if items.is_empty() => {
            report.list_error(field, "must list at least one entry");
            None
        }
        Some(Value::Array(items)) => Some(items),
        Some(other) => {
            report.list_error(field, format!("must be an array, found {}", kind_of(other)));
            None
        }
    }
}

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
        &["article", "sides", "speakers", "topics", "statements"],
        &mut report,
    );

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

    match article {
        Some(article) if report.errors.is_empty() => Ok(Checked {
            data: Data {
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

/// serde_json appends " at line L column C"; the message states it first.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |i| &message[..i])
}

/// The article's fields, in the order a JSON file and `article.txt` list them.
pub const ARTICLE_FIELDS: [&str; 9] = [
    "headline",
    "dek",
    "publisher",
    "byline",
    "published",
    "source_url",
    "photo_caption",
    "share_image",
    "paragraphs",
];

fn read_article(r: &Record, report: &mut Report) -> Option<Article> {
    r.reject_unknown(&ARTICLE_FIELDS, report);
    let headline = r.string("headline", MAX_TEXT, report);
    let text = |field: &str, report: &mut Report| r.optional_string(field, MAX_TEXT, report);
    let dek = text("dek", report);
    let publisher = text("publisher", report);
    let byline = text("byline", report);
    let photo_caption = text("photo_caption", report);
    let published = r
        .optional_string("published", MAX_ID, report)
        .filter(|date| {
            let ok = is_date(date);
            if !ok {
                r.error(
                    report,
                    "published",
                    format!("\"{}\" is not a date of the form YYYY-MM-DD", shown(date)),
                );
            }
            ok
        });
    let source_url = text("source_url", report).filter(|url| {
        let ok = url.starts_with("https://") || url.starts_with("http://");
        if !ok {
            r.error(
                report,
                "source_url",
                "must be an http:// or https:// address",
            );
        }
        ok
    });
    let share_image = text("share_image", report).filter(|path| {
        let lower = path.to_ascii_lowercase();
        let ok = [".png", ".jpg", ".jpeg"].iter().any(|e| lower.ends_with(e))
            && !path.contains("..")
            && !path.starts_with('/')
            && !path.contains(':');
        if !ok {
            r.error(
                report,
                "share_image",
                "must be a .png or .jpg file beside the data file (a relative path without ..)",
            );
        }
        ok
    });
    let paragraphs = match r.object.get("paragraphs") {
        None => {
            r.error(report, "paragraphs", "missing required field");
            None
        }
        Some(Value::Array(items)) if items.is_empty() => {
            r.error(report, "paragraphs", "must list at least one paragraph");
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
            r.error(
                report,
                "paragraphs",
                format!("must be an array, found {}", kind_of(other)),
            );
            None
        }
    };
    Some(Article {
        headline: headline?,
        dek,
        publisher,
        byline,
        published,
        photo_caption,
        source_url,
        share_image,
        paragraphs: paragraphs?,
    })
}

/// The id of every list entry, where it has a readable one (lowercased, as
/// references are looked up).
fn listed_ids(items: &[Value]) -> impl Iterator<Item = Option<String>> + '_ {
    items.iter().map(|item| {
        item.get("id")
            .and_then(Value::as_str)
            .filter(|id| id.len() <= MAX_ID)
            .map(|id| id.trim().to_lowercase())
    })
}

/// Reports ids seen twice in one list, and maps each id to its entry's
/// position. Every entry counts, even one that broke its own rules, so that
/// positions are the list's own and a reference to a broken entry is not
/// reported again as unknown.
fn check_unique(
    list: &'static str,
    kind: &str,
    items: &[Value],
    report: &mut Report,
) -> HashMap<String, usize> {
    let mut seen = HashMap::new();
    for (i, id) in listed_ids(items).enumerate() {
        let Some(id) = id else { continue };
        if let Some(first) = seen.insert(id.clone(), i) {
            let at = report.entry(list, kind, i, &items[i]);
            let (a, b) = match report
                .layout
                .folder
                .as_ref()
                .and_then(|f| f.lists.get(list))
            {
                Some((_, rows)) => (
                    format!("rows {}", rows.get(first).copied().unwrap_or(first + 2)),
                    rows.get(i).copied().unwrap_or(i + 2).to_string(),
                ),
                None => (format!("entries {}", first + 1), (i + 1).to_string()),
            };
            report.error(&at, "id", format!("duplicate id \"{id}\" ({a} and {b})"));
            seen.insert(id, first);
        }
    }
    seen
}

fn read_sides(items: &[Value], report: &mut Report) -> (Vec<Side>, HashMap<String, usize>) {
    if items.len() > MAX_SIDES {
        report.list_error(
            "sides",
            format!(
                "lists {} sides; the colour palette has {MAX_SIDES} (merge the smaller sides into one, e.g. \"other\")",
                items.len()
            ),
        );
    }
    let (sides, index) = read_labelled(items, "sides", "side", report);
    let sides = sides
        .into_iter()
        .map(|(id, label)| Side { id, label })
        .collect();
    (sides, index)
}

/// A list of records that are an id and a label (sides, topics), and the
/// position of each id.
fn read_labelled(
    items: &[Value],
    list: &'static str,
    kind: &str,
    report: &mut Report,
) -> (Vec<(String, String)>, HashMap<String, usize>) {
    let read = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let at = report.entry(list, kind, i, item);
            let r = Record::new(at, item, report, list)?;
            r.reject_unknown(&["id", "label"], report);
            let id = r.id("id", report);
            let label = r.string("label", MAX_TEXT, report);
            Some((id?, label?))
        })
        .collect();
    let index = check_unique(list, kind, items, report);
    (read, index)
}

fn read_speakers(
    items: &[Value],
    side_index: &HashMap<String, usize>,
    report: &mut Report,
) -> (Vec<Speaker>, HashMap<String, usize>) {
    let speakers: Vec<Speaker> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let at = report.entry("speakers", "speaker", i, item);
            let r = Record::new(at, item, report, "speakers")?;
            r.reject_unknown(&["id", "name", "role", "side"], report);
            let id = r.id("id", report);
            let name = r.string("name", MAX_TEXT, report);
            let role = r.string("role", MAX_TEXT, report);
            let side = r.reference("side", "side", side_index, true, report);
            Some(Speaker {
                id: id?,
                name: name?,
                role: role?,
                side: side?,
            })
        })
        .collect();
    let index = check_unique("speakers", "speaker", items, report);
    (speakers, index)
}

fn read_topics(items: &[Value], report: &mut Report) -> (Vec<Topic>, HashMap<String, usize>) {
    let (topics, index) = read_labelled(items, "topics", "topic", report);
    let topics = topics
        .into_iter()
        .map(|(id, label)| Topic { id, label })
        .collect();
    (topics, index)
}

/// A statement's fields, in the order a JSON file and `statements.csv` list them.
pub const STATEMENT_FIELDS: [&str; 11] = [
    "id",
    "speaker",
    "kind",
    "text",
    "paragraph",
    "topics",
    "stance",
    "responds_to",
    "relation",
    "when",
    "note",
];

fn read_statements(
    items: &[Value],
    article: Option<&Article>,
    speaker_index: &HashMap<String, usize>,
    topic_index: &HashMap<String, usize>,
    report: &mut Report,
) -> Vec<Statement> {
    // Ids first, so that `responds_to` may point forward as well as back.
    let statement_index = check_unique("statements", "statement", items, report);
    let base = report.layout.paragraph_base();

    let mut statements = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = report.entry("statements", "statement", i, item);
        let Some(r) = Record::new(at, item, report, "statements") else {
            continue;
        };
        r.reject_unknown(&STATEMENT_FIELDS, report);
        let id = r.id("id", report);
        let speaker = r.reference("speaker", "speaker", speaker_index, true, report);
        let kind = r.choice("kind", report);
        let text = r.string("text", MAX_TEXT, report);
        let paragraph = read_paragraph(&r, article, kind, report);
        let topics = read_topic_list(&r, topic_index, report);
        let stance = r.choice("stance", report);
        let own_id = item
            .get("id")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_lowercase());
        let target_id = r
            .object
            .get("responds_to")
            .and_then(Value::as_str)
            .map(|s| s.trim().to_lowercase());
        let responds_to = if own_id.is_some() && own_id == target_id {
            r.error(
                report,
                "responds_to",
                "a statement cannot respond to itself",
            );
            None
        } else {
            r.reference("responds_to", "statement", &statement_index, false, report)
        };
        let relation = r.optional_choice("relation", report);
        if matches!(relation, Some(Some(_))) && target_id.is_none() {
            r.error(
                report,
                "relation",
                "says how a response relates to the statement it answers: give \"responds_to\" too, or leave it empty",
            );
        }
        let when = r.optional_string("when", MAX_ID * 2, report);
        let note = r.optional_string("note", MAX_TEXT, report);

        let paragraph = match (kind, &text, paragraph, article) {
            // A quote without its paragraph: the one paragraph that has it.
            (Some(Kind::Quote), Some(text), Some(None), Some(article)) => {
                let found: Vec<usize> = (0..article.paragraphs.len())
                    .filter(|&p| locate_quote(&article.paragraphs[p], text).is_some())
                    .collect();
                match found.as_slice() {
                    [p] => Some(*p),
                    [] => {
                        r.error(
                            report,
                            "text",
                            format!(
                                "quote not found verbatim in any paragraph{}",
                                closest_in_article(article, text, base)
                            ),
                        );
                        None
                    }
                    several => {
                        r.error(
                            report,
                            "paragraph",
                            format!(
                                "the quote is in paragraphs {}: give the one it is from",
                                numbers(several, base)
                            ),
                        );
                        None
                    }
                }
            }
            (_, _, Some(p), _) => p,
            _ => None,
        };

        let span = match (kind, &text, paragraph, article) {
            (Some(Kind::Quote), Some(text), Some(p), Some(article)) => {
                let found = locate_quote(&article.paragraphs[p], text);
                if found.is_none() {
                    quote_not_found(&r, report, article, text, p, base);
                }
                found
            }
            (Some(Kind::Paraphrase), text, Some(p), Some(article)) => {
                if let Some(text) = text {
                    if !shares_a_significant_word(text, &article.paragraphs[p]) {
                        report.warn(
                            &r.at,
                            "paragraph",
                            format!(
                                "the paraphrase shares no significant word with paragraph {}: is it the right paragraph?",
                                p + base
                            ),
                        );
                    }
                }
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
            Some(relation),
        ) = (
            id, speaker, kind, text, paragraph, span, topics, stance, relation,
        ) {
            let sentence = match (kind, article) {
                (Kind::Quote, Some(a)) => sentence_around(&a.paragraphs[paragraph], span),
                _ => span,
            };
            statements.push(Statement {
                id,
                speaker,
                kind,
                text,
                paragraph,
                span,
                sentence,
                topics,
                stance,
                responds_to,
                relation: relation.unwrap_or_default(),
                when,
                note,
            });
        }
    }
    statements
}

/// "2 and 5", "1, 2 and 5": paragraph indices as the source counts them.
fn numbers(indices: &[usize], base: usize) -> String {
    let shown: Vec<String> = indices.iter().map(|i| (i + base).to_string()).collect();
    match shown.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// The message for a quote that is not in its paragraph: where it is
/// instead, or the closest passage and the words that differ.
fn quote_not_found(
    r: &Record,
    report: &mut Report,
    article: &Article,
    text: &str,
    p: usize,
    base: usize,
) {
    let elsewhere: Vec<usize> = (0..article.paragraphs.len())
        .filter(|&q| locate_quote(&article.paragraphs[q], text).is_some())
        .collect();
    if !elsewhere.is_empty() {
        r.error(
            report,
            "paragraph",
            format!(
                "the quote is in paragraph {}, not {}",
                numbers(&elsewhere, base),
                p + base
            ),
        );
        return;
    }
    let closest = closest_passage(&article.paragraphs[p], text)
        .map(|c| c.describe())
        .unwrap_or_default();
    r.error(
        report,
        "text",
        format!(
            "quote not found verbatim in paragraph {}{closest}",
            p + base
        ),
    );
}

fn closest_in_article(article: &Article, text: &str, base: usize) -> String {
    article
        .paragraphs
        .iter()
        .enumerate()
        .filter_map(|(p, paragraph)| closest_passage(paragraph, text).map(|c| (p, c)))
        .max_by_key(|(_, c)| c.same)
        .map(|(p, c)| format!("; closest in paragraph {}{}", p + base, c.describe()))
        .unwrap_or_default()
}

/// The statement's paragraph: `Some(None)` when a quote leaves it out (the
/// checker then finds it), `None` when it is broken.
fn read_paragraph(
    r: &Record,
    article: Option<&Article>,
    kind: Option<Kind>,
    report: &mut Report,
) -> Option<Option<usize>> {
    let base = report.layout.paragraph_base();
    let value = match r.object.get("paragraph") {
        None | Some(Value::Null) if kind == Some(Kind::Quote) => return Some(None),
        None | Some(Value::Null) => {
            r.error(
                report,
                "paragraph",
                "missing required field (a paraphrase needs its paragraph)",
            );
            return None;
        }
        Some(value) => value,
    };
    let Some(index) = value.as_u64() else {
        r.error(
            report,
            "paragraph",
            format!("must be a whole number, found {}", kind_of(value)),
        );
        return None;
    };
    let count = article.map_or(0, |a| a.paragraphs.len());
    if article.is_some() && index >= count as u64 {
        r.error(
            report,
            "paragraph",
            format!(
                "paragraph {} is out of range (the article has {count} paragraphs, numbered from {base})",
                index + base as u64
            ),
        );
        return None;
    }
    usize::try_from(index).ok().map(Some)
}

fn read_topic_list(
    r: &Record,
    topic_index: &HashMap<String, usize>,
    report: &mut Report,
) -> Option<Vec<usize>> {
    let items = match r.object.get("topics") {
        None | Some(Value::Null) => {
            r.error(report, "topics", "missing required field");
            return None;
        }
        Some(Value::Array(items)) => items,
        Some(other) => {
            r.error(
                report,
                "topics",
                format!("must be an array, found {}", kind_of(other)),
            );
            return None;
        }
    };
    if items.is_empty() {
        r.error(report, "topics", "must list at least one topic");
        return None;
    }
    let mut found = Vec::with_capacity(items.len());
    let mut ok = true;
    for item in items {
        let Some(id) = item.as_str() else {
            r.error(
                report,
                "topics",
                format!("entries must be topic ids, found {}", kind_of(item)),
            );
            ok = false;
            continue;
        };
        match lookup(id, "topic", list_of("topic"), topic_index) {
            Ok(t) if !found.contains(&t) => found.push(t),
            Ok(_) => {
                r.error(
                    report,
                    "topics",
                    format!("topic \"{}\" is listed twice", shown(id)),
                );
                ok = false;
            }
            Err(message) => {
                r.error(report, "topics", message);
                ok = false;
            }
        }
    }
    found.sort_unstable();
    ok.then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_suggests_the_near_id_and_a_stranger_suggests_nothing() {
        let ids = ["salehi", "lavrov", "zarif"];
        assert_eq!(nearest("salehy", ids.into_iter()), Some("salehi"));
        assert_eq!(nearest("lavrow", ids.into_iter()), Some("lavrov"));
        assert_eq!(nearest("tillerson", ids.into_iter()), None);
        assert_eq!(qe_core::text::edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn paragraph_numbers_are_listed_as_a_person_reads_them() {
        assert_eq!(numbers(&[2], 1), "3");
        assert_eq!(numbers(&[0, 4], 1), "1 and 5");
        assert_eq!(numbers(&[0, 1, 4], 0), "0, 1 and 4");
    }
}
