//! The people an article names, as it first names them in full, each split
//! into a name and the role the text gives them: "Kesharan Foreign
//! Minister Tomas Arveld" is Tomas Arveld, Kesharan Foreign Minister;
//! "Ines Carro, a spokeswoman for the delegation," is Ines Carro,
//! spokeswoman for the delegation. Later mentions by surname alone
//! ("Arveld said") are found here too.

use super::lexicon::{is_not_name, is_role_modifier, is_role_object, is_speech_verb, is_title};
use super::words::{slug, tokens, Token};
use super::DraftSpeaker;

/// The people the article names in full (two to four capitalized words)
/// after a title, before a speech verb, or before an appositive role
/// (", the foreign minister," / ", who …").
pub(super) fn people(paragraphs: &[String]) -> Vec<DraftSpeaker> {
    let mut found: Vec<DraftSpeaker> = Vec::new();
    for p in paragraphs {
        let toks = tokens(p);
        let mut i = 0;
        while i < toks.len() {
            let j = name_end(&toks, i);
            let run = &toks[i..j];
            let named = run.iter().filter(|t| t.capitalized()).count() >= 2;
            let titled = title_before(&toks, i, j);
            let speaks = toks.get(j).is_some_and(|t| is_speech_verb(&t.lower()));
            let appositive = role_after(p, run);
            let relative = toks.get(j).is_some_and(|t| t.lower() == "who")
                && run.last().is_some_and(Token::ends_comma);
            if named && (titled.is_some() || speaks || appositive.is_some() || relative) {
                let name = run.iter().map(|t| t.bare()).collect::<Vec<_>>().join(" ");
                if !found.iter().any(|s| s.name == name) {
                    let role = titled.map(|at| role_text(&toks, role_start(&toks, at), at));
                    let mut id = slug(run.last().map_or("", |t| t.bare()));
                    if found.iter().any(|s| s.id == id) {
                        id = slug(&name);
                    }
                    found.push(DraftSpeaker {
                        id,
                        role: role.or(appositive).unwrap_or_default(),
                        name,
                    });
                }
            }
            i = j.max(i + 1);
        }
    }
    found
}

/// Where the name that may start at token `i` ends: up to four name words,
/// and not past a comma, a sentence end or a possessive.
fn name_end(toks: &[Token], i: usize) -> usize {
    if !is_name_word(toks, i) || is_particle(&toks[i]) {
        return i;
    }
    let mut j = i;
    while j < toks.len() && j - i < 4 && (is_name_word(toks, j)) {
        j += 1;
        if toks[j - 1].ends_clause() || toks[j - 1].possessive() {
            break;
        }
    }
    j
}

/// A word that can be part of a name: capitalized (or a particle such as
/// "al-" or "van"), not a title, not a sentence opener, not inside a role
/// ("State" in "secretary of State") and not the start of a quotation.
fn is_name_word(toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let lower = t.lower();
    !t.opens_quote()
        && (is_particle(t)
            || (t.capitalized()
                && !is_title(&lower)
                && !is_not_name(&lower)
                && !in_role_object(toks, k)))
}

fn is_particle(t: &Token) -> bool {
    let w = t.bare();
    w.starts_with("al-") || matches!(w, "de" | "van" | "von" | "bin" | "da" | "del")
}

/// Whether token `k` is in the "of …" part of a title: "secretary of
/// State", "Minister of Foreign Affairs".
fn in_role_object(toks: &[Token], k: usize) -> bool {
    let mut at = k;
    while at > 0 && is_role_object(&toks[at].lower()) && !toks[at - 1].ends_clause() {
        at -= 1;
        if toks[at].lower() == "of" {
            return at > 0 && is_title(&toks[at - 1].lower()) && !toks[at - 1].ends_clause();
        }
    }
    false
}

/// The end of the role right before the name at token `i` (the name ends
/// at `j`): the title just before it ("spokesman Piet Halloran"), or a
/// title and a comma when the name is set off by commas ("the foreign
/// minister, Tomas Arveld,").
pub(super) fn title_before(toks: &[Token], i: usize, j: usize) -> Option<usize> {
    let prev = toks.get(i.checked_sub(1)?)?;
    let lower = prev.lower();
    let role_word = is_title(&lower) || in_role_object(toks, i - 1);
    let set_off = prev.ends_comma() && toks[..j].last().is_some_and(Token::ends_comma);
    (role_word && (!prev.ends_clause() || set_off)).then_some(i)
}

/// Where the role that ends at token `at` starts, read backwards over
/// titles, role words ("foreign", "former"), capitalized words ("Kesharan",
/// "White House"), "of" inside a title and other lowercase words
/// ("harbour"), up to a comma, a sentence end, a word such as "with",
/// "the" or "met", or a word that looks like a verb ("praised"); a
/// possessive ("Keshar’s") is its first word.
pub(super) fn role_start(toks: &[Token], at: usize) -> usize {
    let mut start = at;
    while start > 0 {
        let t = &toks[start - 1];
        let lower = t.lower();
        // A lowercase word that looks like a verb ("praised") is not.
        let plain = !t.capitalized()
            && !is_not_name(&lower)
            && !["ed", "ing", "ly"].iter().any(|e| lower.ends_with(e));
        let in_role = is_title(&lower)
            || is_role_modifier(&lower)
            || (lower == "of" && start >= 2 && is_title(&toks[start - 2].lower()))
            || in_role_object(toks, start - 1)
            || (t.capitalized() && !is_not_name(&lower))
            || plain;
        let ends = t.ends_clause() && start != at;
        if !in_role || ends || t.opens_quote() || is_speech_verb(&lower) {
            break;
        }
        start -= 1;
        if t.possessive() {
            break;
        }
    }
    start
}

/// The words of tokens `start..at`, without the comma of a set-off role.
fn role_text(toks: &[Token], start: usize, at: usize) -> String {
    let words: Vec<&str> = toks[start..at].iter().map(|t| t.text).collect();
    words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != '’')
        .to_owned()
}

/// "Sergey Lavrov, the Russian foreign minister," after a name.
fn role_after(paragraph: &str, run: &[Token]) -> Option<String> {
    let last = run.last()?;
    if !last.ends_comma() {
        return None;
    }
    let rest = paragraph[last.end..].trim_start();
    let rest = rest
        .strip_prefix("the ")
        .or_else(|| rest.strip_prefix("a "))
        .or_else(|| rest.strip_prefix("an "))?;
    let end = rest.find([',', '.', ';'])?;
    let role = rest[..end].trim();
    (!role.is_empty() && role.split_whitespace().count() <= 8).then(|| role.to_owned())
}

/// The person the words at token `k` name, and how many words that takes:
/// the full name as first given, or a surname alone when only one person
/// has it ("Arveld" for Tomas Arveld).
pub(super) fn person_at(
    toks: &[Token],
    k: usize,
    people: &[DraftSpeaker],
) -> Option<(usize, usize)> {
    if toks[k].opens_quote() || !toks[k].capitalized() {
        return None;
    }
    for (p, person) in people.iter().enumerate() {
        let words: Vec<&str> = person.name.split_whitespace().collect();
        let fits = words.len() > 1
            && toks.len() >= k + words.len()
            && words.iter().zip(&toks[k..]).all(|(w, t)| *w == t.bare());
        if fits {
            return Some((p, words.len()));
        }
    }
    let bare = toks[k].bare();
    let mut by_surname = people
        .iter()
        .enumerate()
        .filter(|(_, s)| s.name.split_whitespace().last() == Some(bare));
    match (by_surname.next(), by_surname.next()) {
        (Some((p, _)), None) => Some((p, 1)),
        _ => None,
    }
}
