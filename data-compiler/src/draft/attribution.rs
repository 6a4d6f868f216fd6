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
//!
//! The words are the article language's (`Lexicon`), and so are a few
//! turns of its grammar: "según X", "„…“, so X" and "بحسب X" like
//! "according to X"; a verb with its pronoun ("a-t-il déclaré"); a verb
//! alone where the language drops the pronoun ("dijo", "وأضاف:") for the
//! last person named; and the subject after its verb first in Arabic.

use super::lexicon::Lexicon;
use super::mentions::{mentions, Mention, Who};
use super::quotations::Passage;
use super::words::{sentence_around, tokens, Token};
use super::DraftSpeaker;

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
    lex: &'a Lexicon,
}

impl<'a> Attribution<'a> {
    pub(super) fn new(
        paragraph: &'a str,
        passages: &'a [Passage],
        people: &[DraftSpeaker],
        lex: &'a Lexicon,
    ) -> Self {
        let toks = tokens(paragraph);
        let quoted: Vec<bool> = toks
            .iter()
            .map(|t| passages.iter().any(|p| t.end > p.open && t.start < p.end))
            .collect();
        let mentions = mentions(&toks, &quoted, people, lex);
        Attribution {
            paragraph,
            toks,
            mentions,
            passages,
            lex,
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
        let first = self.token_from(passage.end);
        let mut k = first;
        let mut subject: Option<&Mention> = None;
        let mut appositive = false;
        let verb = loop {
            let Some(t) = self.toks.get(k).filter(|t| t.end <= end) else {
                return Credit::None;
            };
            if let Some(n) = self.lex.according_at(&self.toks, k, k == first) {
                return self.according(k, n, first);
            }
            if let Some(m) = self.mention_from(k) {
                subject = subject.or((!m.possessive).then_some(m));
                appositive = self.toks[m.last].ends_comma();
                k = m.last + 1;
                continue;
            }
            let lower = t.lower();
            if appositive {
                appositive = !t.ends_comma();
            } else if self.lex.is_speech_verb(&lower) {
                break k;
            } else if !(self.lex.is_phrase_word(&lower)
                || self.lex.is_other_subject(&lower)
                || self.lex.is_title(&lower)
                || self.lex.is_role_modifier(&lower)
                || (t.capitalized() && !t.opens_quote()))
            {
                return Credit::None;
            }
            k += 1;
        };
        match subject {
            Some(m) => Credit::Named(m.who.clone()),
            None => self.subject_after(verb, first),
        }
    }

    /// The credit of the "according to" phrase of `n` words at token `k`:
    /// the person named after it, or the words from token `from` that
    /// credit no one named.
    fn according(&self, k: usize, n: usize, from: usize) -> Credit {
        match self.mention_after(k + n - 1) {
            Some(m) => Credit::Named(m.who.clone()),
            None => Credit::Unnamed(self.words(from, k + n)),
        }
    }

    /// The subject of the speech verb at token `verb` that has none before
    /// it: its own pronoun ("déclare-t-il"), the mention right after it
    /// ("said Arveld", "dijo el canciller Tomás Arveld"), or where the
    /// language drops its pronouns, the last person named when no noun
    /// follows ("dijo.", "وأضاف:"). Otherwise the words from token `from`
    /// to the verb, which credit no one named.
    fn subject_after(&self, verb: usize, from: usize) -> Credit {
        if self.lex.inverted_verb(&self.toks[verb].lower()) {
            return Credit::Named(Who::Pronoun);
        }
        if let Some(m) = self.mention_after(verb) {
            return Credit::Named(m.who.clone());
        }
        if self.lex.pro_drop && self.no_subject_after(verb) {
            return Credit::Named(Who::Pronoun);
        }
        Credit::Unnamed(self.words(from, verb))
    }

    /// Nothing that could be a subject follows the verb at token `verb`:
    /// its clause ends, a quotation opens, or a small word such as "a",
    /// "en" or "أن" comes next (but not an article: "dijo el ministro").
    fn no_subject_after(&self, verb: usize) -> bool {
        let next = self.toks.get(verb + 1);
        self.toks[verb].ends_clause()
            || next.is_none_or(|t| {
                let lower = t.lower();
                t.opens_quote() || (self.lex.is_not_name(&lower) && !self.lex.is_article(&lower))
            })
    }

    /// The mention right after token `k`, past the small words of a noun
    /// phrase ("dijo el canciller …"), unless it owns something.
    fn mention_after(&self, k: usize) -> Option<&Mention> {
        let mut at = k + 1;
        while self.mention_from(at).is_none()
            && self
                .toks
                .get(at)
                .is_some_and(|t| self.lex.is_phrase_word(&t.lower()))
        {
            at += 1;
        }
        self.mention_from(at).filter(|m| !m.possessive)
    }

    /// The last speech verb between `floor` and the quote at `open`, and
    /// its subject: "X said “", "X told reporters that “", "according to
    /// X, “". `same_sentence` is the close of a quote before in the same
    /// sentence, whose speaker a verb without a subject continues.
    fn before(&self, open: usize, floor: usize, same_sentence: Option<usize>) -> Credit {
        let floor_tok = self.token_from(floor);
        let according = |k: usize| self.lex.according_at(&self.toks, k, false);
        let verb = (floor_tok..self.token_from(open))
            .rev()
            .find(|&k| self.lex.is_speech_verb(&self.toks[k].lower()) || according(k).is_some());
        let Some(verb) = verb else {
            return Credit::None;
        };
        if let Some(n) = according(verb) {
            return self.according(verb, n, verb);
        }
        if let Some(m) = self.subject_of(verb, floor_tok) {
            return Credit::Named(m.who.clone());
        }
        if same_sentence.is_some() {
            return Credit::Continues;
        }
        self.subject_after(verb, verb.saturating_sub(3).max(floor_tok))
    }

    /// The subject of the speech verb at token `verb` found before it
    /// (`subject_before`), or first after it where the subject follows its
    /// verb ("قال الراشدي").
    fn subject_of(&self, verb: usize, floor: usize) -> Option<&Mention> {
        let after = self.mention_after(verb).filter(|_| self.lex.verb_first);
        after.or_else(|| self.subject_before(verb, floor))
    }

    /// The subject of the sentence between the byte offsets `sentence`:
    /// its first speech verb's, or the person it opens with ("Arveld was
    /// less patient.").
    fn previous_sentence(&self, sentence: (usize, usize)) -> Credit {
        let first = self.token_from(sentence.0);
        let last = self.token_from(sentence.1);
        let verb = (first..last)
            .find(|&k| !self.is_quoted(k) && self.lex.is_speech_verb(&self.toks[k].lower()));
        let subject = match verb {
            Some(verb) => self.subject_of(verb, first),
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
        while k > floor && self.lex.is_phrase_word(&self.toks[k - 1].lower()) {
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
