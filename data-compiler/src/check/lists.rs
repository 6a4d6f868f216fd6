//! The lists of records: sides, speakers and topics, each with its ids
//! unique, and the top-level fields that hold them.

use serde_json::{Map, Value};
use std::collections::HashMap;

use super::record::Record;
use super::report::{kind_of, Report};
use super::types::{Side, Speaker, Topic};
use super::{MAX_ID, MAX_TEXT};
use qe_core::MAX_SIDES;

/// Reads a top-level array field; `None` when missing or not an array.
pub(super) fn list<'a>(
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
pub(super) fn check_unique(
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

pub(super) fn read_sides(
    items: &[Value],
    report: &mut Report,
) -> (Vec<Side>, HashMap<String, usize>) {
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

/// A speaker's fields, in the order a JSON file and `speakers.csv` list them.
pub const SPEAKER_FIELDS: [&str; 5] = ["id", "name", "role", "side", "narrator"];

pub(super) fn read_speakers(
    items: &[Value],
    side_index: &HashMap<String, usize>,
    report: &mut Report,
) -> (Vec<Speaker>, HashMap<String, usize>) {
    // Where the first narrator is, to name it when another claims to be.
    let mut narrator: Option<String> = None;
    let speakers: Vec<Speaker> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let at = report.entry("speakers", "speaker", i, item);
            let r = Record::new(at, item, report, "speakers")?;
            r.reject_unknown(&SPEAKER_FIELDS, report);
            let id = r.id("id", report);
            let name = r.string("name", MAX_TEXT, report);
            let role = r.string("role", MAX_TEXT, report);
            let side = read_side(&r, side_index, &mut narrator, report);
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

/// `narrator` and `side`: a speaker speaks for a side, or is the narrator
/// (the article's own voice, `Some(None)`), which has none and is the only
/// one. `narrator` holds where the first narrator was read.
fn read_side(
    r: &Record,
    side_index: &HashMap<String, usize>,
    narrator: &mut Option<String>,
    report: &mut Report,
) -> Option<Option<usize>> {
    let given = |field: &str| r.object.get(field).is_some_and(|v| !v.is_null());
    let is_narrator = match r.object.get("narrator") {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::Bool(true)) => true,
        Some(other) => {
            let expected = if report.layout.folder.is_some() {
                "\"yes\" or empty"
            } else {
                "true or false"
            };
            r.error(
                report,
                "narrator",
                format!("must be {expected}, found {}", kind_of(other)),
            );
            // The side is checked if there is one, not asked for.
            r.reference("side", "side", side_index, false, report);
            return None;
        }
    };
    if !is_narrator {
        return r
            .reference("side", "side", side_index, true, report)
            .map(Some);
    }
    let mut ok = true;
    if given("side") {
        r.error(
            report,
            "side",
            "the narrator is the article's own voice and speaks for no side: leave \"side\" empty",
        );
        ok = false;
    }
    match narrator {
        Some(first) => {
            r.error(
                report,
                "narrator",
                format!("only one speaker can be the narrator, and {first} already is"),
            );
            ok = false;
        }
        None => *narrator = Some(r.at.record.clone()),
    }
    ok.then_some(None)
}

pub(super) fn read_topics(
    items: &[Value],
    report: &mut Report,
) -> (Vec<Topic>, HashMap<String, usize>) {
    let (topics, index) = read_labelled(items, "topics", "topic", report);
    let topics = topics
        .into_iter()
        .map(|(id, label)| Topic { id, label })
        .collect();
    (topics, index)
}
