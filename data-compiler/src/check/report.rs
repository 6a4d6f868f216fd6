//! Where a message points and how it reads: the file, the record (or
//! spreadsheet row) and the field (or column), then what is wrong.

use serde_json::Value;
use std::collections::HashMap;

use super::{MAX_ID, SHOWN};

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
    pub(super) fn json(file: &str) -> Self {
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
pub(super) struct Report<'l> {
    pub(super) layout: &'l Layout,
    pub(super) errors: Vec<String>,
    pub(super) warnings: Vec<String>,
}

/// Who a message is about: a file, and a record in it.
#[derive(Clone)]
pub(super) struct Place {
    pub(super) file: String,
    pub(super) record: String,
}

impl Report<'_> {
    pub(super) fn error(&mut self, at: &Place, field: &str, message: impl std::fmt::Display) {
        let line = self.line(at, field, message);
        self.errors.push(line);
    }

    pub(super) fn warn(&mut self, at: &Place, field: &str, message: impl std::fmt::Display) {
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
    pub(super) fn list_error(&mut self, list: &str, message: impl std::fmt::Display) {
        let line = match self.layout.folder.as_ref().and_then(|f| f.lists.get(list)) {
            Some((file, _)) => format!("{file}: {message}"),
            None => format!("{}: data: field \"{list}\": {message}", self.layout.file),
        };
        self.errors.push(line);
    }

    /// The place of entry `i` of `list`, named by its id where it has a
    /// readable one.
    pub(super) fn entry(&self, list: &'static str, kind: &str, i: usize, value: &Value) -> Place {
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

    pub(super) fn article(&self) -> Place {
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

/// The option closest to `word`, when it looks like a typo of it
/// ([`qe_core::text::nearest`]).
pub fn nearest<'a>(word: &str, options: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    qe_core::text::nearest(word, options.map(|o| (o, o))).map(|(_, o)| o)
}

pub(super) fn kind_of(value: &Value) -> String {
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
pub(super) fn shown(text: &str) -> String {
    match text.char_indices().nth(SHOWN) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
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
}
