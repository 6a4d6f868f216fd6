//! Who a paragraph mentions outside its quotations, word by word: a person
//! (by full name or surname, with the role words before it), a group named
//! by a possessive ("Tillerson’s spokesman"), or a pronoun ("he", "she").
//! These are the subjects the attribution grammar can credit.

use super::arabic;
use super::lexicon::Lexicon;
use super::people::{person_at, role_start, title_before};
use super::words::Token;
use super::DraftSpeaker;

/// Who a mention stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Who {
    /// Index into the people found.
    Person(usize),
    /// A group credited by a possessive: "Tillerson’s spokesman".
    Group(String),
    /// "he" or "she": the last person named.
    Pronoun,
}

/// A mention over tokens `first..=last`: `first` is the first role word
/// ("Kesharan" in "Kesharan Foreign Minister Tomas Arveld"), so a verb
/// right before it is right before the mention ("said Foreign Minister …").
#[derive(Debug, Clone)]
pub(super) struct Mention {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) who: Who,
    /// "Arveld’s": owns something, is not the subject.
    pub(super) possessive: bool,
}

/// The mentions in `toks`, in order, leaving out every token that
/// `quoted` (the tokens inside quotation marks) marks.
pub(super) fn mentions(
    toks: &[Token],
    quoted: &[bool],
    people: &[DraftSpeaker],
    lex: &Lexicon,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if quoted[k] {
            k += 1;
            continue;
        }
        let t = &toks[k];
        let next_is_group = toks
            .get(k + 1)
            .is_some_and(|n| !quoted[k + 1] && lex.is_group_noun(&n.lower()));
        if t.possessive() && next_is_group {
            let owner = t
                .text
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'');
            let name = format!("{owner} {}", toks[k + 1].bare());
            out.push(Mention {
                first: k,
                last: k + 1,
                who: Who::Group(name),
                possessive: toks[k + 1].possessive(),
            });
            k += 2;
            continue;
        }
        if let Some((p, len)) = person_at(toks, k, people, lex) {
            let last = k + len - 1;
            let first = if lex.cased {
                title_before(toks, k, last + 1, lex).map_or(k, |at| role_start(toks, at, lex))
            } else {
                arabic::title_start(toks, k, lex)
            };
            out.push(Mention {
                first,
                last,
                who: Who::Person(p),
                possessive: toks[last].possessive(),
            });
            k = last + 1;
            continue;
        }
        if let Some((p, len)) = role_at(toks, k, people, lex) {
            out.push(Mention {
                first: k,
                last: k + len - 1,
                who: Who::Person(p),
                possessive: toks[k + len - 1].possessive(),
            });
            k += len;
            continue;
        }
        if lex.is_pronoun(&t.lower()) {
            out.push(Mention {
                first: k,
                last: k,
                who: Who::Pronoun,
                possessive: false,
            });
        }
        k += 1;
    }
    out
}

/// A person named by their role alone, as the article gave it when it
/// named them ("لكنّ المستشار الهندسي أكد" for John Smith, the engineering
/// consultant): a role of two words or more that one person alone has,
/// not followed by that person's name (then the name is the mention).
fn role_at(
    toks: &[Token],
    k: usize,
    people: &[DraftSpeaker],
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    let mut found = None;
    for (p, person) in people.iter().enumerate() {
        let words: Vec<&str> = person.role.split_whitespace().collect();
        let fits = words.len() > 1
            && toks.len() >= k + words.len()
            && words
                .iter()
                .zip(&toks[k..])
                .all(|(w, t)| t.bare() == w.trim_matches(|c: char| !c.is_alphanumeric()));
        if fits {
            if found.is_some() {
                return None;
            }
            found = Some((p, words.len()));
        }
    }
    let (p, len) = found?;
    let named_next =
        toks.len() > k + len && person_at(toks, k + len, people, lex).is_some_and(|(q, _)| q == p);
    (!named_next).then_some((p, len))
}
