//! One JSON object being read field by field: each reader reports what is
//! wrong at the record's place and gives `None` for a broken field.

use serde_json::{Map, Value};
use std::collections::HashMap;

use super::report::{kind_of, nearest, shown, Place, Report};
use super::MAX_ID;
use qe_core::Vocabulary;

/// One JSON object being read, with the place it came from.
pub(super) struct Record<'a> {
    pub(super) at: Place,
    pub(super) object: &'a Map<String, Value>,
}

impl<'a> Record<'a> {
    pub(super) fn new(
        at: Place,
        value: &'a Value,
        report: &mut Report,
        parent_field: &str,
    ) -> Option<Self> {
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

    pub(super) fn error(&self, report: &mut Report, field: &str, message: impl std::fmt::Display) {
        report.error(&self.at, field, message);
    }

    /// What looks wrong without breaking a rule: reported, never refused.
    pub(super) fn warn(&self, report: &mut Report, field: &str, message: impl std::fmt::Display) {
        report.warn(&self.at, field, message);
    }

    pub(super) fn reject_unknown(&self, known: &[&str], report: &mut Report) {
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

    pub(super) fn string(&self, field: &str, max: usize, report: &mut Report) -> Option<String> {
        match self.object.get(field) {
            None | Some(Value::Null) => {
                self.error(report, field, "missing required field");
                None
            }
            Some(value) => self.checked_string(field, value, max, report),
        }
    }

    pub(super) fn optional_string(
        &self,
        field: &str,
        max: usize,
        report: &mut Report,
    ) -> Option<String> {
        match self.object.get(field) {
            None | Some(Value::Null) => None,
            Some(value) => self.checked_string(field, value, max, report),
        }
    }

    pub(super) fn checked_string(
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

    pub(super) fn id(&self, field: &str, report: &mut Report) -> Option<String> {
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
    pub(super) fn reference(
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
    pub(super) fn choice<T: Vocabulary>(&self, field: &str, report: &mut Report) -> Option<T> {
        let value = self.string(field, MAX_ID, report)?;
        self.one_of(field, &value, report)
    }

    pub(super) fn optional_choice<T: Vocabulary>(
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
pub(super) fn lookup(
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
pub(super) fn list_of(what: &str) -> Option<&'static str> {
    match what {
        "speaker" => Some("speakers"),
        "topic" => Some("topics"),
        "side" => Some("sides"),
        _ => None,
    }
}

/// Lowercase letters and digits in parts joined by single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
