//! The statements: each one's fields read and its references resolved,
//! then its quote located in the article ([`super::quote`]).

use serde_json::Value;
use std::collections::HashMap;

use super::lists::check_unique;
use super::quote::{find_paragraph, span};
use super::record::{list_of, lookup, Record};
use super::report::{kind_of, shown, Report};
use super::types::{Article, Statement};
use super::{MAX_ID, MAX_TEXT};
use crate::passage::sentence_around;
use qe_core::{Kind, Relation, Stance};

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

/// What a statement is read against: the article, and the ids of the
/// speakers, topics and statements.
struct Context<'a> {
    article: Option<&'a Article>,
    speakers: &'a HashMap<String, usize>,
    topics: &'a HashMap<String, usize>,
    statements: HashMap<String, usize>,
}

pub(super) fn read_statements(
    items: &[Value],
    article: Option<&Article>,
    speaker_index: &HashMap<String, usize>,
    topic_index: &HashMap<String, usize>,
    report: &mut Report,
) -> Vec<Statement> {
    let context = Context {
        article,
        speakers: speaker_index,
        topics: topic_index,
        // Ids first, so that `responds_to` may point forward as well as back.
        statements: check_unique("statements", "statement", items, report),
    };
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let at = report.entry("statements", "statement", i, item);
            let r = Record::new(at, item, report, "statements")?;
            read_statement(&r, &context, report)
        })
        .collect()
}

/// One statement: its fields, then its place in the article; `None` when
/// any of it is broken.
fn read_statement(r: &Record, context: &Context, report: &mut Report) -> Option<Statement> {
    let fields = read_fields(r, context, report);
    let text = fields.text.as_deref();
    let paragraph = find_paragraph(
        r,
        context.article,
        fields.kind,
        text,
        fields.paragraph,
        report,
    );
    let span = span(r, context.article, fields.kind, text, paragraph, report);
    fields.into_statement(paragraph?, span?, context.article)
}

/// A statement's fields as read, each `None` where it broke a rule.
struct Fields {
    id: Option<String>,
    speaker: Option<usize>,
    kind: Option<Kind>,
    text: Option<String>,
    /// `Some(None)` for a quote that leaves its paragraph to the checker.
    paragraph: Option<Option<usize>>,
    topics: Option<Vec<usize>>,
    stance: Option<Stance>,
    responds_to: Option<usize>,
    relation: Option<Option<Relation>>,
    when: Option<String>,
    note: Option<String>,
}

/// Reads every field, in the order of [`STATEMENT_FIELDS`] (the order of
/// the messages).
fn read_fields(r: &Record, context: &Context, report: &mut Report) -> Fields {
    r.reject_unknown(&STATEMENT_FIELDS, report);
    let id = r.id("id", report);
    let speaker = r.reference("speaker", "speaker", context.speakers, true, report);
    let kind = r.choice("kind", report);
    let text = r.string("text", MAX_TEXT, report);
    let paragraph = read_paragraph(r, context.article, kind, report);
    let topics = read_topic_list(r, context.topics, report);
    let stance = r.choice("stance", report);
    let (responds_to, relation) = read_response(r, &context.statements, report);
    let when = r.optional_string("when", MAX_ID * 2, report);
    let note = r.optional_string("note", MAX_TEXT, report);
    Fields {
        id,
        speaker,
        kind,
        text,
        paragraph,
        topics,
        stance,
        responds_to,
        relation,
        when,
        note,
    }
}

impl Fields {
    /// The statement, when every required field was read.
    fn into_statement(
        self,
        paragraph: usize,
        span: (usize, usize),
        article: Option<&Article>,
    ) -> Option<Statement> {
        let (id, speaker, kind, text) = (self.id?, self.speaker?, self.kind?, self.text?);
        let (topics, stance, relation) = (self.topics?, self.stance?, self.relation?);
        let sentence = match (kind, article) {
            (Kind::Quote, Some(a)) => sentence_around(&a.paragraphs[paragraph], span),
            _ => span,
        };
        Some(Statement {
            id,
            speaker,
            kind,
            text,
            paragraph,
            span,
            sentence,
            topics,
            stance,
            responds_to: self.responds_to,
            relation: relation.unwrap_or_default(),
            when: self.when,
            note: self.note,
        })
    }
}

/// `responds_to` and `relation`: the statement this one answers (never
/// itself), and how; a relation needs a statement to answer.
fn read_response(
    r: &Record,
    statement_index: &HashMap<String, usize>,
    report: &mut Report,
) -> (Option<usize>, Option<Option<Relation>>) {
    let own_id = r
        .object
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
        r.reference("responds_to", "statement", statement_index, false, report)
    };
    let relation = r.optional_choice("relation", report);
    if matches!(relation, Some(Some(_))) && target_id.is_none() {
        r.error(
            report,
            "relation",
            "says how a response relates to the statement it answers: give \"responds_to\" too, or leave it empty",
        );
    }
    (responds_to, relation)
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
