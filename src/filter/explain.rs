//! What the reader is told about a search, in words, from the engine's
//! counts: how the words matched when not every statement shown has every
//! word ([`Words`]), and which choices emptied a result ([`Emptied`]).
//! Words are quoted back as the reader typed them (`text::typed_terms`).

use super::{Emptied, Facet, FilterState, Words};
use crate::model::{Dataset, Stance};

/// A word the reader typed, quoted back: ‘chemical’.
fn quoted(word: &str) -> String {
    format!("\u{2018}{word}\u{2019}")
}

/// "a", "a or b", "a, b or c".
fn either(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// "has" for one, "have" for more (or none said as a number).
fn has(n: usize) -> &'static str {
    if n == 1 {
        "has"
    } else {
        "have"
    }
}

fn statements(n: usize) -> String {
    format!("{n} {}", if n == 1 { "statement" } else { "statements" })
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
    let every = if n == 2 {
        "both words".to_owned()
    } else {
        format!("all {n} words")
    };
    if words.all == 0 {
        let each: Vec<String> = words
            .each
            .iter()
            .zip(typed)
            .filter(|(&count, _)| count > 0)
            .map(|(&count, word)| format!("{count} {} {}", has(count), quoted(word)))
            .collect();
        return Some(format!("No statement has {every}; {}.", each.join(", ")));
    }
    let rest = shown - words.all;
    let some = if n == 2 { "one of them" } else { "some" };
    Some(format!(
        "{} {} {every}; {rest} more {} {some}.",
        statements(words.all),
        has(words.all),
        has(rest)
    ))
}

/// A speaker's name inside a sentence: "by the article", "by some
/// observers" (a leading article or determiner in lower case), "by Sergey
/// Lavrov".
fn in_sentence(name: &str) -> String {
    for lead in ["The ", "Some ", "A ", "An "] {
        if let Some(rest) = name.strip_prefix(lead) {
            return format!("{}{rest}", lead.to_ascii_lowercase());
        }
    }
    name.to_owned()
}

/// What a statement of `stance` "is", as a sentence says it.
fn stance_phrase(stance: Stance) -> &'static str {
    match stance {
        Stance::Agreed => "is agreed",
        Stance::Disputed => "is in a dispute",
        Stance::Unchallenged => "has no response reported",
    }
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
    let values = |facet: Facet| -> Vec<String> {
        if !emptied.facets[facet as usize] {
            return Vec::new();
        }
        state
            .selected(facet)
            .iter()
            .filter(|&&v| v < facet.len(data))
            .map(|&v| match facet {
                Facet::Speaker => in_sentence(facet.value_label(data, v)),
                Facet::Topic => facet.value_label(data, v).to_owned(),
                Facet::Stance => stance_phrase(Stance::ALL[v]).to_owned(),
            })
            .collect()
    };
    let speakers = values(Facet::Speaker);
    let topics = values(Facet::Topic);
    let stances = values(Facet::Stance);
    let words: Vec<String> = if emptied.words {
        typed.iter().map(|w| quoted(w)).collect()
    } else {
        Vec::new()
    };
    // The last of the choices is what "no statement" does not do; the
    // others say which statements.
    let (said, predicate) = if !words.is_empty() {
        (3, format!("has {}", either(&words)))
    } else if !stances.is_empty() {
        (2, stances.join(" or "))
    } else if !topics.is_empty() {
        (1, format!("is about {}", either(&topics)))
    } else if !speakers.is_empty() {
        (0, format!("is by {}", either(&speakers)))
    } else {
        return "The article has no statements.".to_owned();
    };
    let mut out = String::from("No statement");
    if said > 0 && !speakers.is_empty() {
        out.push_str(" by ");
        out.push_str(&either(&speakers));
    }
    if said > 1 && !topics.is_empty() {
        out.push_str(" about ");
        out.push_str(&either(&topics));
    }
    if said > 2 && !stances.is_empty() {
        out.push_str(" that ");
        out.push_str(&stances.join(" or "));
    }
    out.push(' ');
    out.push_str(&predicate);
    out.push('.');
    out
}

#[cfg(test)]
mod tests;
