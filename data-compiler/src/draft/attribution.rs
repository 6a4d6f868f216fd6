//! Who the article credits with a quote: the person named with a speech
//! verb after it ("…,” Zarif said) or before it ("according to Salehi, “…"),
//! a group named by a possessive, or a pronoun.

use super::words::{tokens, Token, GROUP_NOUNS, PRONOUNS, SPEECH};
use super::DraftSpeaker;

/// Who the words around a passage in `paragraph` credit with it.
pub(super) struct Attribution<'a> {
    paragraph: &'a str,
    toks: Vec<Token<'a>>,
    people: &'a [DraftSpeaker],
}

/// What the words around a quote say about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Credit {
    Person(usize),
    /// A group named by a possessive: "Tillerson’s spokesman".
    Group(String),
    Pronoun,
    /// No speech verb near the quote.
    None,
}

impl<'a> Attribution<'a> {
    pub(super) fn new(paragraph: &'a str, people: &'a [DraftSpeaker]) -> Self {
        Attribution {
            paragraph,
            toks: tokens(paragraph),
            people,
        }
    }

    /// The credit of the passage between the marks at `open` and `close`:
    /// in the few words after it (up to `ceiling`, the next passage), else
    /// in the words before it, back to the start of its sentence or the
    /// close of the passage before (`previous_close`).
    pub(super) fn of_passage(
        &self,
        open: usize,
        close: usize,
        ceiling: usize,
        previous_close: Option<usize>,
    ) -> Credit {
        let floor = previous_close.unwrap_or(0).max(self.sentence_start(open));
        let mut credit = self.after(close, ceiling);
        if credit == Credit::None {
            credit = self.before(floor, open);
        }
        credit
    }

    fn person(&self, t: &Token) -> Option<usize> {
        let bare = t.bare();
        self.people
            .iter()
            .position(|p| p.name.split_whitespace().last() == Some(bare) || p.name == bare)
    }

    /// Reads backwards from token `verb` for the subject of the verb, up to
    /// `floor` (a byte offset).
    fn subject_before(&self, verb: usize, floor: usize) -> Credit {
        for k in (0..verb).rev() {
            let t = &self.toks[k];
            if t.start < floor {
                break;
            }
            if PRONOUNS.contains(&t.lower().as_str()) {
                return Credit::Pronoun;
            }
            if GROUP_NOUNS.contains(&t.lower().as_str()) && k > 0 && self.toks[k - 1].possessive() {
                let owner = &self.toks[k - 1];
                return Credit::Group(format!(
                    "{} {}",
                    owner
                        .text
                        .trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\''),
                    t.bare()
                ));
            }
            if let Some(p) = self.person(t) {
                if !t.possessive() {
                    return Credit::Person(p);
                }
            }
        }
        Credit::None
    }

    /// The credit in the words after the closing mark (`“…,” X said`,
    /// `“…,” said X`, `“…,” he said`) up to `ceiling`.
    fn after(&self, from: usize, ceiling: usize) -> Credit {
        let after: Vec<usize> = (0..self.toks.len())
            .filter(|&k| self.toks[k].start >= from && self.toks[k].end <= ceiling)
            .take(6)
            .collect();
        let Some(verb_at) = after
            .iter()
            .position(|&k| SPEECH.contains(&self.toks[k].lower().as_str()))
        else {
            return Credit::None;
        };
        // Only a few words between the quote and its verb: "Tillerson said".
        if verb_at > 3 {
            return Credit::None;
        }
        let verb = after[verb_at];
        match self.subject_before(verb, from) {
            Credit::None => after[verb_at + 1..]
                .iter()
                .take(3)
                .find_map(|&k| {
                    let t = &self.toks[k];
                    if PRONOUNS.contains(&t.lower().as_str()) {
                        Some(Credit::Pronoun)
                    } else {
                        self.person(t).map(Credit::Person)
                    }
                })
                .unwrap_or(Credit::None),
            credit => credit,
        }
    }

    /// The credit in the words before the opening mark, from `floor`:
    /// "X said “", "X called the strike “", "according to X, “".
    fn before(&self, floor: usize, to: usize) -> Credit {
        let verb = (0..self.toks.len())
            .filter(|&k| self.toks[k].start >= floor && self.toks[k].end <= to)
            .rfind(|&k| SPEECH.contains(&self.toks[k].lower().as_str()));
        let Some(verb) = verb else {
            return Credit::None;
        };
        if self.toks[verb].lower() == "according" {
            return self.toks[verb + 1..]
                .iter()
                .filter(|t| t.end <= to)
                .find_map(|t| self.person(t).map(Credit::Person))
                .unwrap_or(Credit::None);
        }
        self.subject_before(verb, floor)
    }

    /// The last person named before byte `at` (what a pronoun points to).
    pub(super) fn last_named(&self, at: usize) -> Option<usize> {
        self.toks
            .iter()
            .rev()
            .filter(|t| t.end <= at && !t.possessive())
            .find_map(|t| self.person(t))
    }

    /// Where the sentence holding byte `at` starts.
    fn sentence_start(&self, at: usize) -> usize {
        crate::passage::sentence_around(self.paragraph, (at, at)).0
    }
}
