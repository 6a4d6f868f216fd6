//! Who the article credits with a quote: a small grammar over the sentence
//! that holds it and the sentence before.
//!
//! - After the quote, a subject and a speech verb or the verb first:
//!   "“…,” Kesharan Foreign Minister Tomas Arveld told reporters",
//!   "“…,” said Arveld", "“…,” he added". Only a subject's words (names,
//!   titles, "a", "for", "later", an appositive between commas) may stand
//!   between the quote and its verb.
//! - Before the quote, the last speech verb of its sentence and that verb's
//!   subject: "Ines Carro, a spokeswoman for the delegation, said …",
//!   "According to Deputy Prime Minister Rudo Venn, who …, “…”"; a second
//!   verb with no subject of its own ("… and added that “…”") continues the
//!   quote before.
//! - A quote that opens its sentence with no credit of its own continues
//!   the quote of the sentence before, or goes to that sentence's subject
//!   ("Venn told a news conference …. “…”").
//!
//! A speech verb whose subject is no one the draft can name ("the
//! newspaper said") is reported as such, never guessed.

use super::lexicon::{
    is_other_subject, is_phrase_word, is_role_modifier, is_speech_verb, is_title,
};
use super::mentions::{mentions, Mention, Who};
use super::quotations::Passage;
use super::words::{tokens, Token};
use super::DraftSpeaker;
use crate::passage::sentence_around;

/// What the words around a quote say about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Credit {
    /// Named by the words of its own sentence.
    Named(Who),
    /// The speaker of the quote before it: a continuing quote, or a second
    /// verb of the same subject.
    Continues,
    /// The subject of the sentence before.
    Previous(Who),
    /// A speech verb whose subject is no one named: the words that say so.
    Unnamed(String),
    /// No speech verb near it and no one named just before.
    None,
}

/// One paragraph read for attribution.
pub(super) struct Attribution<'a> {
    paragraph: &'a str,
    toks: Vec<Token<'a>>,
    mentions: Vec<Mention>,
    passages: &'a [Passage],
}

impl<'a> Attribution<'a> {
    pub(super) fn new(
        paragraph: &'a str,
        passages: &'a [Passage],
        people: &[DraftSpeaker],
    ) -> Self {
        let toks = tokens(paragraph);
        let quoted: Vec<bool> = toks
            .iter()
            .map(|t| passages.iter().any(|p| t.end > p.open && t.start < p.end))
            .collect();
        let mentions = mentions(&toks, &quoted, people);
        Attribution {
            paragraph,
            toks,
            mentions,
            passages,
        }
    }

    /// The credit of passage `n`: its own sentence first, then the quote
    /// or the sentence before.
    pub(super) fn credit(&self, n: usize) -> Credit {
        let passage = &self.passages[n];
        let ceiling = self
            .passages
            .get(n + 1)
            .map_or(self.paragraph.len(), |next| next.open);
        let sentence = sentence_around(self.paragraph, (passage.open, passage.open)).0;
        let before = n.checked_sub(1).map(|m| &self.passages[m]);
        let same_sentence = before.filter(|b| b.end > sentence).map(|b| b.end);
        let credit = self.after(passage, ceiling);
        if credit != Credit::None {
            return credit;
        }
        let credit = self.before(
            passage.open,
            same_sentence.unwrap_or(sentence),
            same_sentence,
        );
        if credit != Credit::None || same_sentence.is_some() {
            return if credit == Credit::None {
                Credit::Continues
            } else {
                credit
            };
        }
        let opens_sentence = self.paragraph[sentence..passage.open].trim().is_empty();
        if !opens_sentence || sentence == 0 {
            return Credit::None;
        }
        // A byte inside the sentence before: its last.
        let inside = self.paragraph[..sentence].trim_end().len() - 1;
        let previous = sentence_around(self.paragraph, (inside, inside));
        if before.is_some_and(|b| b.end > previous.0) {
            return Credit::Continues;
        }
        self.previous_sentence(previous)
    }

    /// "“…,” X said …", "“…,” said X", "“…,” he added", up to `ceiling`
    /// (the next quote) and the end of the sentence.
    fn after(&self, passage: &Passage, ceiling: usize) -> Credit {
        if passage.ends_sentence {
            return Credit::None;
        }
        let end = ceiling.min(sentence_around(self.paragraph, (passage.end, passage.end)).1);
        let mut k = self.token_from(passage.end);
        let mut subject: Option<&Mention> = None;
        let mut appositive = false;
        let verb = loop {
            let Some(t) = self.toks.get(k).filter(|t| t.end <= end) else {
                return Credit::None;
            };
            if let Some(m) = self.mention_from(k) {
                subject = subject.or((!m.possessive).then_some(m));
                appositive = self.toks[m.last].ends_comma();
                k = m.last + 1;
                continue;
            }
            let lower = t.lower();
            if appositive {
                appositive = !t.ends_comma();
            } else if is_speech_verb(&lower) {
                break k;
            } else if !(is_phrase_word(&lower)
                || is_other_subject(&lower)
                || is_title(&lower)
                || is_role_modifier(&lower)
                || (t.capitalized() && !t.opens_quote()))
            {
                return Credit::None;
            }
            k += 1;
        };
        let subject = subject.or_else(|| self.mention_from(verb + 1).filter(|m| !m.possessive));
        match subject {
            Some(m) => Credit::Named(m.who.clone()),
            None => Credit::Unnamed(self.words(self.token_from(passage.end), verb)),
        }
    }

    /// The last speech verb between `floor` and the quote at `open`, and
    /// its subject: "X said “", "X told reporters that “", "according to
    /// X, “". `same_sentence` is the close of a quote before in the same
    /// sentence, whose speaker a verb without a subject continues.
    fn before(&self, open: usize, floor: usize, same_sentence: Option<usize>) -> Credit {
        let floor_tok = self.token_from(floor);
        let verb = (floor_tok..self.token_from(open))
            .rev()
            .find(|&k| is_speech_verb(&self.toks[k].lower()) || self.according_to(k));
        let Some(verb) = verb else {
            return Credit::None;
        };
        if self.according_to(verb) {
            return match self.mention_from(verb + 2) {
                Some(m) if !m.possessive => Credit::Named(m.who.clone()),
                _ => Credit::Unnamed(self.words(verb, verb + 2)),
            };
        }
        if let Some(m) = self.subject_before(verb, floor_tok) {
            return Credit::Named(m.who.clone());
        }
        if same_sentence.is_some() {
            return Credit::Continues;
        }
        match self.mention_from(verb + 1).filter(|m| !m.possessive) {
            Some(m) => Credit::Named(m.who.clone()),
            None => Credit::Unnamed(self.words(verb.saturating_sub(3).max(floor_tok), verb)),
        }
    }

    /// The subject of the sentence between the byte offsets `sentence`:
    /// its first speech verb's, or the person it opens with ("Arveld was
    /// less patient.").
    fn previous_sentence(&self, sentence: (usize, usize)) -> Credit {
        let first = self.token_from(sentence.0);
        let last = self.token_from(sentence.1);
        let verb =
            (first..last).find(|&k| !self.is_quoted(k) && is_speech_verb(&self.toks[k].lower()));
        let subject = match verb {
            Some(verb) => self.subject_before(verb, first),
            None => self.mention_from(first),
        };
        subject
            .filter(|m| !m.possessive)
            .map_or(Credit::None, |m| Credit::Previous(m.who.clone()))
    }

    /// The subject of the speech verb at token `verb`, from token `floor`:
    /// the mention set off before an appositive ("Ines Carro, a spokeswoman
    /// …, said"), the mention right before it ("Arveld later said"), or the
    /// subject of the last clause that has one ("Tillerson met Lavrov and
    /// said", "He knocked …, saying").
    fn subject_before(&self, verb: usize, floor: usize) -> Option<&Mention> {
        let usable = |m: &&Mention| !m.possessive && m.first >= floor && m.last < verb;
        if verb > floor && self.toks[verb - 1].ends_comma() {
            let set_off = (floor..verb - 1).rev().find(|&p| self.toks[p].ends_comma());
            if let Some(m) = set_off.and_then(|p| self.mentions.iter().find(|m| m.last == p)) {
                if usable(&m) {
                    return Some(m);
                }
            }
        }
        let mut k = verb;
        while k > floor && is_phrase_word(&self.toks[k - 1].lower()) {
            k -= 1;
        }
        let adjacent = self.mentions.iter().find(|m| m.last + 1 == k);
        adjacent
            .filter(usable)
            .or_else(|| self.clause_subjects(floor, verb).next_back())
    }

    /// The first mention of each clause from token `floor` to `verb`: each
    /// clause's subject, as far as the draft can tell.
    fn clause_subjects(
        &self,
        floor: usize,
        verb: usize,
    ) -> impl DoubleEndedIterator<Item = &Mention> {
        let usable = move |m: &&Mention| !m.possessive && m.first >= floor && m.last < verb;
        let clause_of =
            move |m: &Mention| (floor..m.first).rev().find(|&c| self.toks[c].ends_clause());
        self.mentions.iter().filter(usable).filter(move |m| {
            let clause = clause_of(m);
            !self
                .mentions
                .iter()
                .filter(usable)
                .any(|o| o.last < m.first && clause_of(o) == clause)
        })
    }

    /// The last person named (not as an owner) before byte `at`.
    pub(super) fn last_named(&self, at: usize) -> Option<usize> {
        self.mentions
            .iter()
            .rev()
            .filter(|m| self.toks[m.last].end <= at && !m.possessive)
            .find_map(|m| match m.who {
                Who::Person(p) => Some(p),
                _ => None,
            })
    }

    fn according_to(&self, k: usize) -> bool {
        self.toks[k].lower() == "according"
            && self.toks.get(k + 1).is_some_and(|t| t.lower() == "to")
    }

    /// The mention that starts at token `k`.
    fn mention_from(&self, k: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.first == k)
    }

    fn is_quoted(&self, k: usize) -> bool {
        let t = &self.toks[k];
        self.passages
            .iter()
            .any(|p| t.end > p.open && t.start < p.end)
    }

    /// The first token that starts at or after byte `at`.
    fn token_from(&self, at: usize) -> usize {
        self.toks
            .iter()
            .position(|t| t.start >= at)
            .unwrap_or(self.toks.len())
    }

    /// The words of tokens `from..=to`, as the article has them.
    fn words(&self, from: usize, to: usize) -> String {
        let to = to.min(self.toks.len() - 1);
        self.paragraph[self.toks[from].start..self.toks[to].end]
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_owned()
    }
}
