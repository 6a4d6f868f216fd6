//! The quoted passages of an article, each credited to its speaker.

use super::attribution::{Attribution, Credit};
use super::lexicon::Lexicon;
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

/// Each quotation mark the draft reads and the mark that closes it:
/// English “ ” " ‘ ’ ', French and Spanish « » (with or without the spaces
/// inside), German and Danish » « and „ “ ‚ ‘, the single ‹ › nested in «
/// », 「 」 『 』, and the Finnish and Swedish ” ” and » ».
const MARKS: [(char, char); 13] = [
    ('“', '”'),
    ('”', '”'),
    ('"', '"'),
    ('«', '»'),
    ('»', '«'),
    ('„', '“'),
    ('‚', '‘'),
    ('‹', '›'),
    ('›', '‹'),
    ('「', '」'),
    ('『', '』'),
    ('‘', '’'),
    ('\'', '\''),
];

/// Marks that are also apostrophes ("Tillerson’s", "l'homme"): they open
/// only before a word and after a space, and close only after a word and
/// before no letter.
fn is_single(mark: char) -> bool {
    matches!(mark, '‘' | '’' | '\'' | '‚')
}

/// A quotation mark still open: where, and the mark that closes it.
struct Open {
    at: usize,
    mark: char,
    close: char,
}

/// The outermost quoted passages of a paragraph, in every mark of `MARKS`;
/// marks nested inside a passage stay in its words. A mark never closed
/// is not a quotation: the paragraph is read again from just after it.
fn passages(paragraph: &str) -> Vec<Passage> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(unclosed) = scan(paragraph, from, &mut out) {
        from = unclosed.at + unclosed.mark.len_utf8();
    }
    out
}

/// The passages from byte `from`, added to `out`; the outermost mark left
/// open at the end, if one is.
fn scan(paragraph: &str, from: usize, out: &mut Vec<Passage>) -> Option<Open> {
    let mut open: Vec<Open> = Vec::new();
    let before = |i: usize| paragraph[..i].chars().next_back();
    for (i, c) in paragraph[from..].char_indices().map(|(i, c)| (from + i, c)) {
        let after = paragraph[i + c.len_utf8()..].chars().next();
        let closes = !is_single(c)
            || (before(i).is_some_and(|b| !b.is_whitespace())
                && !after.is_some_and(char::is_alphanumeric));
        // A closing mark closes the marks opened inside its quotation too.
        let closing = |o: &Open| o.close == c || (o.mark == '»' && c == '»');
        if let Some(depth) = open.iter().rposition(closing).filter(|_| closes) {
            let outer = open.swap_remove(depth);
            open.truncate(depth);
            if depth == 0 {
                out.extend(passage(paragraph, &outer, i));
            }
            continue;
        }
        let opens = !is_single(c)
            || (before(i).is_none_or(|b| b.is_whitespace() || is_opening(b) || b == '(')
                && after.is_some_and(|a| !a.is_whitespace()));
        if let Some(&(mark, close)) = MARKS.iter().find(|(m, _)| *m == c).filter(|_| opens) {
            open.push(Open { at: i, mark, close });
        }
    }
    open.into_iter().next()
}

fn is_opening(c: char) -> bool {
    MARKS.iter().any(|(m, _)| *m == c)
}

/// The passage from the mark `open` to the closing mark at byte `close`:
/// its words without the spaces inside the marks or a final comma.
fn passage(paragraph: &str, open: &Open, close: usize) -> Option<Passage> {
    let inner = paragraph[open.at + open.mark.len_utf8()..close].trim();
    let text = inner.trim_end_matches(|c: char| c == ',' || c == '،' || c.is_whitespace());
    (!text.is_empty()).then(|| Passage {
        open: open.at,
        end: close + open.close.len_utf8(),
        text: text.to_owned(),
        ends_sentence: inner.ends_with(['.', '。']),
    })
}

/// Every quoted passage of the article, in order, with its speaker (see
/// `attribution`); a pronoun goes to the last person named, in its
/// paragraph or before it. A group credited by a possessive ("Tillerson’s
/// spokesman") joins `speakers`. A quote credited to no one the draft can
/// name keeps an empty speaker and a note that says why.
pub(super) fn quotes(
    paragraphs: &[String],
    speakers: &mut Vec<DraftSpeaker>,
    lex: &Lexicon,
) -> Vec<DraftQuote> {
    let mut quotes: Vec<DraftQuote> = Vec::new();
    let mut last_person: Option<usize> = None;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let found = passages(paragraph);
        let credits: Vec<(Credit, Option<usize>)> = {
            let a = Attribution::new(paragraph, &found, speakers, lex);
            let credits = (0..found.len())
                .map(|n| (a.credit(n), a.last_named(found[n].open).or(last_person)))
                .collect();
            last_person = a.last_named(paragraph.len()).or(last_person);
            credits
        };
        let mut previous: Option<usize> = None;
        for (passage, (credit, last_named)) in found.iter().zip(credits) {
            let (speaker, note) =
                speaker_of(passage, credit, (last_named, previous), speakers, lex);
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
/// `(last_named, previous)`: the last person named before the quote, and
/// the speaker of the quote before it in its paragraph.
fn speaker_of(
    passage: &Passage,
    credit: Credit,
    (last_named, previous): (Option<usize>, Option<usize>),
    speakers: &mut Vec<DraftSpeaker>,
    lex: &Lexicon,
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
        Credit::None => {
            let why = format!(
                "no {} near it, and no one named just before",
                lex.verb_examples
            );
            return unattributed(passage, why);
        }
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

/// Every quoted passage of an article in a language the draft has no
/// speech verbs for: each found by its marks, none credited, each with
/// `note` (that the draft cannot credit speakers in that language).
pub(super) fn uncredited(paragraphs: &[String], note: &str) -> Vec<DraftQuote> {
    let mut quotes = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        quotes.extend(passages(paragraph).into_iter().map(|passage| DraftQuote {
            id: String::new(),
            speaker: None,
            text: passage.text,
            paragraph: p,
            note: Some(note.to_owned()),
        }));
    }
    quotes
}
