//! The quoted passages of an article, each credited to its speaker.

use super::attribution::{Attribution, Credit};
use super::mentions::Who;
use super::words::slug;
use super::{DraftQuote, DraftSpeaker};

/// A quoted passage: where its opening mark is, where the text after its
/// closing mark starts, and the words inside.
pub(super) struct Passage {
    pub(super) open: usize,
    pub(super) end: usize,
    pub(super) text: String,
    /// Its words end with a full stop: the sentence ends with the quote.
    pub(super) ends_sentence: bool,
}

/// The passages between curly double quotation marks, or straight ones.
fn passages(paragraph: &str) -> Vec<Passage> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(offset) = paragraph[rest..].find(['“', '"']) {
        let open = rest + offset;
        let mark = paragraph[open..].chars().next().unwrap_or('"');
        let closing = if mark == '“' { '”' } else { '"' };
        let inner_start = open + mark.len_utf8();
        let Some(len) = paragraph[inner_start..].find(closing) else {
            break;
        };
        let close = inner_start + len;
        let inner = paragraph[inner_start..close].trim();
        let text = inner.trim_end_matches([',', ' ']).to_owned();
        let end = close + closing.len_utf8();
        if !text.is_empty() {
            out.push(Passage {
                open,
                end,
                text,
                ends_sentence: inner.ends_with('.'),
            });
        }
        rest = end;
    }
    out
}

/// Every quoted passage of the article, in order, with its speaker (see
/// `attribution`); a pronoun goes to the last person named, in its
/// paragraph or before it. A group credited by a possessive ("Tillerson’s
/// spokesman") joins `speakers`. A quote credited to no one the draft can
/// name keeps an empty speaker and a note that says why.
pub(super) fn quotes(paragraphs: &[String], speakers: &mut Vec<DraftSpeaker>) -> Vec<DraftQuote> {
    let mut quotes: Vec<DraftQuote> = Vec::new();
    let mut last_person: Option<usize> = None;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let found = passages(paragraph);
        let credits: Vec<(Credit, Option<usize>)> = {
            let a = Attribution::new(paragraph, &found, speakers);
            let credits = (0..found.len())
                .map(|n| (a.credit(n), a.last_named(found[n].open).or(last_person)))
                .collect();
            last_person = a.last_named(paragraph.len()).or(last_person);
            credits
        };
        let mut previous: Option<usize> = None;
        for (passage, (credit, last_named)) in found.iter().zip(credits) {
            let (speaker, note) = speaker_of(passage, credit, last_named, previous, speakers);
            previous = speaker;
            quotes.push(DraftQuote {
                id: String::new(),
                speaker,
                text: passage.text.clone(),
                paragraph: p,
                note,
            });
        }
    }
    quotes
}

/// The speaker a credit names and the quote's note: why it has no speaker,
/// or that a quote of one or two words not credited by name is likely a
/// scare quote (left without a speaker).
fn speaker_of(
    passage: &Passage,
    credit: Credit,
    last_named: Option<usize>,
    previous: Option<usize>,
    speakers: &mut Vec<DraftSpeaker>,
) -> (Option<usize>, Option<String>) {
    let named = matches!(credit, Credit::Named(Who::Person(_) | Who::Group(_)));
    let mut who = |who: Who| match who {
        Who::Person(p) => Some(p),
        Who::Group(name) => Some(group(speakers, name)),
        Who::Pronoun => last_named,
    };
    let (speaker, why) = match credit {
        Credit::Named(w) | Credit::Previous(w) => {
            (who(w), "its “he” or “she” follows no one named")
        }
        Credit::Continues => (previous, "it continues a quote that has no speaker"),
        Credit::Unnamed(words) => {
            let why = format!("the article credits it to “{words}”, not to anyone it names");
            return unattributed(passage, why);
        }
        Credit::None => (
            None,
            "no “said”, “told” or “according to” near it, and no one named just before",
        ),
    };
    let Some(speaker) = speaker else {
        return unattributed(passage, why.to_owned());
    };
    match scare_quote(passage) {
        Some(note) if !named => (None, Some(note)),
        note => (Some(speaker), note),
    }
}

/// No speaker, and the note that says why (or that it may be a scare quote).
fn unattributed(passage: &Passage, why: String) -> (Option<usize>, Option<String>) {
    let note = scare_quote(passage)
        .unwrap_or_else(|| format!("No speaker: {why}. Fill in the speaker, or delete the row."));
    (None, Some(note))
}

/// The note of a quote of one or two words: usually a scare quote.
fn scare_quote(passage: &Passage) -> Option<String> {
    let words = passage.text.split_whitespace().count();
    (words <= 2).then(|| {
        format!("Scare quote? Only {words} word(s) in quotation marks: keep this row only if it is someone's statement.")
    })
}

/// The speaker a group credit names: found by its id, or added.
fn group(speakers: &mut Vec<DraftSpeaker>, name: String) -> usize {
    let id = slug(&name);
    speakers.iter().position(|s| s.id == id).unwrap_or_else(|| {
        speakers.push(DraftSpeaker {
            id,
            name,
            role: String::new(),
        });
        speakers.len() - 1
    })
}
