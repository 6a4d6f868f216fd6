//! The quoted passages of an article, each credited to its speaker.

use super::attribution::{Attribution, Credit};
use super::words::slug;
use super::{DraftQuote, DraftSpeaker};

/// A quoted passage: byte ranges of the marks and the words inside.
struct Passage {
    pub(super) open: usize,
    pub(super) close: usize,
    pub(super) text: String,
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
        let text = paragraph[inner_start..close]
            .trim()
            .trim_end_matches([',', ' '])
            .to_owned();
        if !text.is_empty() {
            out.push(Passage { open, close, text });
        }
        rest = close + closing.len_utf8();
    }
    out
}

/// Every quoted passage of the article, in order, with its speaker: the one
/// the words around it credit, or for a pronoun the last person named, or
/// for a quote that continues another that one's speaker. A group credited
/// by a possessive ("Tillerson’s spokesman") joins `speakers`.
pub(super) fn quotes(paragraphs: &[String], speakers: &mut Vec<DraftSpeaker>) -> Vec<DraftQuote> {
    let mut quotes: Vec<DraftQuote> = Vec::new();
    let mut last_person: Option<usize> = None;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let found = passages(paragraph);
        // The close of the passage before in this paragraph, and its speaker.
        let mut previous: Option<(usize, Option<usize>)> = None;
        for (n, passage) in found.iter().enumerate() {
            let ceiling = found.get(n + 1).map_or(paragraph.len(), |next| next.open);
            let (speaker, note) =
                speaker_of(paragraph, passage, ceiling, previous, last_person, speakers);
            if let Some(s) = speaker {
                last_person = Some(s);
            }
            previous = Some((passage.close, speaker));
            quotes.push(DraftQuote {
                id: String::new(),
                speaker,
                text: passage.text.clone(),
                paragraph: p,
                note,
            });
        }
        if let Some(s) = Attribution::new(paragraph, speakers).last_named(paragraph.len()) {
            last_person = Some(s);
        }
    }
    quotes
}

/// The speaker of `passage` and its note: a quote of one or two words not
/// credited by name is likely a scare quote, left without a speaker.
fn speaker_of(
    paragraph: &str,
    passage: &Passage,
    ceiling: usize,
    previous: Option<(usize, Option<usize>)>,
    last_person: Option<usize>,
    speakers: &mut Vec<DraftSpeaker>,
) -> (Option<usize>, Option<String>) {
    let a = Attribution::new(paragraph, speakers);
    let previous_close = previous.map(|(close, _)| close);
    let credit = a.of_passage(passage.open, passage.close, ceiling, previous_close);
    let last_before = a.last_named(passage.open).or(last_person);
    let named = matches!(credit, Credit::Person(_));
    let speaker = match credit {
        Credit::Person(i) => Some(i),
        Credit::Pronoun => last_before,
        Credit::Group(name) => Some(group(speakers, name)),
        // A quote that continues the one before, or opens a
        // sentence after its speaker was named.
        Credit::None => previous.and_then(|(_, s)| s),
    };
    let words = passage.text.split_whitespace().count();
    let note = (words <= 2).then(|| {
        format!("Scare quote? Only {words} word(s) in quotation marks: keep this row only if it is someone's statement.")
    });
    let speaker = if note.is_some() && !named {
        None
    } else {
        speaker
    };
    (speaker, note)
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
