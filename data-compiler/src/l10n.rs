//! The story's interface words: the built-in catalogue of the data's
//! `language` (`locales/`, compiled in through `qe_core::i18n::ftl`) and
//! the newsroom's own Fluent file, if the data has one beside it, whose
//! messages replace the built-in ones or give a language of its own. `qe
//! check` reports what is wrong with that file as it does the data's
//! rules; a page is written with the catalogue installed.

use crate::{Data, Diagnostics};
use qe_core::i18n::ftl::{self, Compiled, Source};
use std::path::{Path, PathBuf};

/// The newsroom's catalogue for the data at `path`: `messages.ftl` in a
/// spreadsheet folder; beside a JSON file `story.json`, `story.ftl`.
pub fn messages_path(path: &Path) -> PathBuf {
    if path.is_dir() {
        path.join("messages.ftl")
    } else {
        path.with_extension("ftl")
    }
}

/// The catalogue for `data`, read from `path` (shown as `shown`): its
/// language's built-in messages and the newsroom's file, when there is
/// one. Every problem of that file is a line naming the file and line.
pub fn catalogue(data: &Data, path: Option<&Path>, shown: &str) -> Result<Compiled, Diagnostics> {
    let file = path.map(messages_path).filter(|file| file.is_file());
    let text = match &file {
        Some(file) => Some(std::fs::read_to_string(file).map_err(|err| {
            Diagnostics(vec![format!("{}: cannot read it: {err}", file.display())])
        })?),
        None => None,
    };
    let name = file.as_ref().map(|file| shown_beside(shown, path, file));
    let extra: Vec<Source> = match (&name, &text) {
        (Some(name), Some(text)) => vec![Source { name, text }],
        _ => Vec::new(),
    };
    ftl::catalogue(&data.language, &extra).map_err(|errors| {
        Diagnostics(
            errors
                .into_iter()
                .map(|e| match &name {
                    // A line of the newsroom's file names itself.
                    Some(name) if e.starts_with(name.as_str()) => e,
                    Some(name) => format!("{name}: {e}"),
                    None => format!("{shown}: {e}"),
                })
                .collect(),
        )
    })
}

/// The override file as the user would name it: beside `shown`.
fn shown_beside(shown: &str, path: Option<&Path>, file: &Path) -> String {
    let file_name = file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    match path {
        Some(path) if path.is_dir() => format!("{}/{file_name}", shown.trim_end_matches('/')),
        _ => match shown.rfind('/') {
            Some(slash) => format!("{}/{file_name}", &shown[..slash]),
            None => file_name,
        },
    }
}

/// Compiles `data`'s catalogue and makes it this thread's, for the page,
/// the share card and the data block written next.
pub fn install(data: &Data, path: Option<&Path>, shown: &str) -> Result<(), Diagnostics> {
    let compiled = catalogue(data, path, shown)?;
    qe_core::i18n::install(Box::leak(Box::new(compiled.catalogue)));
    Ok(())
}
