//! What the data declares and no statement uses: a topic the filter would
//! offer as "Sanctions (0)", a speaker listed with nothing said, a side
//! whose heading would select nobody. Warnings, not errors: a draft in
//! progress builds, and the editor sees what to fill or remove.

use serde_json::{Map, Value};

use super::report::Report;
use super::types::{Speaker, Statement};

/// Warns of every topic, speaker and side that no statement uses, each at
/// its own record.
pub(super) fn warn_of_unused(
    root: &Map<String, Value>,
    speakers: &[Speaker],
    statements: &[Statement],
    report: &mut Report,
) {
    let items = |list: &str| {
        root.get(list)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let topics = items("topics");
    for (t, item) in topics.iter().enumerate() {
        if !statements.iter().any(|s| s.topics.contains(&t)) {
            let at = report.entry("topics", "topic", t, item);
            report.warn(
                &at,
                "id",
                "no statement is on this topic: the filter would offer it with (0); give it a statement or remove it",
            );
        }
    }
    let speaking: Vec<bool> = (0..speakers.len())
        .map(|p| statements.iter().any(|s| s.speaker == p))
        .collect();
    for (p, item) in items("speakers").iter().enumerate().take(speakers.len()) {
        if !speaking[p] {
            let at = report.entry("speakers", "speaker", p, item);
            report.warn(
                &at,
                "id",
                "says nothing: no statement is by this speaker; give them a statement or remove them",
            );
        }
    }
    for (side, item) in items("sides").iter().enumerate() {
        let heard = (0..speakers.len()).any(|p| speakers[p].side == Some(side) && speaking[p]);
        if !heard {
            let at = report.entry("sides", "side", side, item);
            report.warn(
                &at,
                "id",
                "no statement is by a speaker on this side: its heading would select nobody; give it a speaker with a statement or remove it",
            );
        }
    }
}
