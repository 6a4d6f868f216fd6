//! What the reader is told about a search, in words, from the engine's
//! counts: how the words matched when not every statement shown has every
//! word ([`Words`]), and which choices emptied a result ([`Emptied`]).
//! Words are quoted back as the reader typed them (`text::typed_terms`).
//! Each sentence is a message of the installed catalogue (`share.ftl`), its
//! lists joined by the language's own (`list-or`, `list-comma`).

use super::{Emptied, Facet, FilterState, Words};
use crate::model::{Dataset, Stance};
use qe_core::i18n::{self, m};

/// A word the reader typed, quoted back in the language's marks: ‘chemical’.
fn quoted(word: &str) -> String {
    m::search_word(word)
}

/// "a", "a or b", "a, b or c", in the language's words (`list-or`,
/// `list-comma`).
fn either(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., before, last] => rest
            .iter()
            .rev()
            .fold(m::list_or(before, last), |tail, item| {
                m::list_comma(item, &tail)
            }),
    }
}

/// "a, b, c", in the language's words (`list-comma`).
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [rest @ .., last] => rest
            .iter()
            .rev()
            .fold(last.clone(), |tail, item| m::list_comma(item, &tail)),
    }
}

/// "a or b or c": each joined to the next by `list-or`.
fn each_or(items: &[String]) -> String {
    let mut items = items.iter();
    let first = items.next().cloned().unwrap_or_default();
    items.fold(first, |head, item| m::list_or(&head, item))
}

/// The note above the statements when a search of several words shows
/// some statements without all of them: "No statement has both words;
/// 4 have ‘chemical’." or "2 statements have all 3 words; 5 more have
/// some." `None` when every statement shown has every word (or none is
/// shown, which the empty result explains). `typed` are the words as typed,
/// in the order of `words.each`.
pub fn word_note(words: &Words, shown: usize, typed: &[&str]) -> Option<String> {
    let n = words.each.len();
    if n < 2 || shown == 0 || words.all >= shown {
        return None;
    }
    if words.all == 0 {
        let each: Vec<String> = words
            .each
            .iter()
            .zip(typed)
            .filter(|(&count, _)| count > 0)
            .map(|(&count, word)| m::words_count_has(count, &quoted(word)))
            .collect();
        return Some(m::words_none_has_all(&listed(&each), n));
    }
    Some(m::words_some_have_all(words.all, shown - words.all, n))
}

/// A speaker's name inside a sentence: "by the article", "by some
/// observers" (a leading article or determiner in lower case), "by Sergey
/// Lavrov". English's articles, in an English story only.
fn in_sentence(name: &str) -> String {
    if i18n::current().lang.split(['-', '_']).next() != Some("en") {
        return name.to_owned();
    }
    for lead in ["The ", "Some ", "A ", "An "] {
        if let Some(rest) = name.strip_prefix(lead) {
            return format!("{}{rest}", lead.to_ascii_lowercase());
        }
    }
    name.to_owned()
}

/// The `$with` of an `emptied-*` message: the other choices the sentence
/// names ("speaker-topic"), or "none".
fn with(speakers: bool, topics: bool, stances: bool) -> String {
    i18n::parts_key(&[
        (speakers, "speaker"),
        (topics, "topic"),
        (stances, "stance"),
    ])
}

/// Why a result is empty, in one sentence: "No statement by Sergey Lavrov
/// is about Ukraine.", "No statement has ‘zebra’.", "No statement by Rex
/// Tillerson that is agreed has ‘nuclear’." `typed` are the search words as
/// typed.
pub fn emptied_text(
    data: &Dataset,
    state: &FilterState,
    emptied: &Emptied,
    typed: &[&str],
) -> String {
    let chosen = |facet: Facet| -> Vec<usize> {
        if !emptied.facets[facet as usize] {
            return Vec::new();
        }
        state
            .selected(facet)
            .iter()
            .copied()
            .filter(|&v| v < facet.len(data))
            .collect()
    };
    let speakers: Vec<String> = chosen(Facet::Speaker)
        .into_iter()
        .map(|v| in_sentence(Facet::Speaker.value_label(data, v)))
        .collect();
    let topics: Vec<String> = chosen(Facet::Topic)
        .into_iter()
        .map(|v| Facet::Topic.value_label(data, v).to_owned())
        .collect();
    let stances: Vec<Stance> = chosen(Facet::Stance)
        .into_iter()
        .map(|v| Stance::ALL[v])
        .collect();
    let words: Vec<String> = if emptied.words {
        typed.iter().map(|w| quoted(w)).collect()
    } else {
        Vec::new()
    };
    // The last of the choices is what "no statement" does not do; the
    // others say which statements.
    let (by, about) = (either(&speakers), either(&topics));
    let (has_speakers, has_topics) = (!speakers.is_empty(), !topics.is_empty());
    if !words.is_empty() {
        let stances: Vec<String> = stances
            .iter()
            .map(|s| m::emptied_stance_clause(s.id()))
            .collect();
        let with = with(has_speakers, has_topics, !stances.is_empty());
        m::emptied_has_words(&by, &each_or(&stances), &about, &with, &either(&words))
    } else if !stances.is_empty() {
        let stances: Vec<String> = stances.iter().map(|s| m::emptied_stance(s.id())).collect();
        let with = with(has_speakers, has_topics, false);
        m::emptied_in_stance(&by, &each_or(&stances), &about, &with)
    } else if has_topics {
        m::emptied_about_topic(&by, &about, &with(has_speakers, false, false))
    } else if has_speakers {
        m::emptied_by_speaker(&by)
    } else {
        m::emptied_nothing().to_owned()
    }
}

#[cfg(test)]
mod tests;
