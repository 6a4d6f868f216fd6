//! The people an article names, as it first names them in full, each split
//! into a name and the role the text gives them: "Kesharan Foreign
//! Minister Tomas Arveld" is Tomas Arveld, Kesharan Foreign Minister;
//! "Ines Carro, a spokeswoman for the delegation," is Ines Carro,
//! spokeswoman for the delegation. Later mentions by surname alone
//! ("Arveld said") are found here too.

use super::arabic;
use super::lexicon::Lexicon;
use super::words::{slug, tokens, Token};
use super::DraftSpeaker;

/// The people the article names in full (two to four capitalized words)
/// after a title, before a speech verb, or before an appositive role
/// (", the foreign minister," / ", who …"). Names in a script without
/// capitals are found by their place after a verb (`arabic`).
pub(super) fn people(paragraphs: &[String], lex: &Lexicon) -> Vec<DraftSpeaker> {
    if !lex.cased {
        return arabic::people(paragraphs, lex);
    }
    let mut found: Vec<DraftSpeaker> = Vec::new();
    for p in paragraphs {
        let toks = tokens(p);
        let mut i = 0;
        while i < toks.len() {
            let j = name_end(&toks, i, lex);
            let run = &toks[i..j];
            let named = run.iter().filter(|t| t.capitalized()).count() >= 2;
            let titled = title_before(&toks, i, j, lex);
            let speaks = toks.get(j).is_some_and(|t| lex.is_speech_verb(&t.lower()));
            let appositive = role_after(p, run, lex);
            let relative = toks.get(j).is_some_and(|t| lex.is_relative(&t.lower()))
                && run.last().is_some_and(Token::ends_comma);
            if named && (titled.is_some() || speaks || appositive.is_some() || relative) {
                let name = run.iter().map(|t| t.bare()).collect::<Vec<_>>().join(" ");
                let role = titled.map(|at| role_text(&toks, role_start(&toks, at, lex), at));
                push_person(&mut found, name, role.or(appositive).unwrap_or_default());
            }
            i = j.max(i + 1);
        }
    }
    found
}

/// Where the name that may start at token `i` ends: up to four name words,
/// and not past a comma, a sentence end or a possessive.
fn name_end(toks: &[Token], i: usize, lex: &Lexicon) -> usize {
    if !is_name_word(toks, i, lex) || is_particle(&toks[i]) {
        return i;
    }
    let mut j = i;
    while j < toks.len() && j - i < 4 && is_name_word(toks, j, lex) {
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
fn is_name_word(toks: &[Token], k: usize, lex: &Lexicon) -> bool {
    let t = &toks[k];
    let lower = t.lower();
    !t.opens_quote()
        && (is_particle(t)
            || (t.capitalized()
                && !lex.is_title(&lower)
                && !lex.is_not_name(&lower)
                && !in_role_object(toks, k, lex)))
}

fn is_particle(t: &Token) -> bool {
    let w = t.bare();
    w.starts_with("al-") || matches!(w, "de" | "van" | "von" | "bin" | "da" | "del")
}

/// Whether token `k` is in the "of …" part of a title: "secretary of
/// State", "Minister of Foreign Affairs".
fn in_role_object(toks: &[Token], k: usize, lex: &Lexicon) -> bool {
    let mut at = k;
    while at > 0 && lex.is_role_object(&toks[at].lower()) && !toks[at - 1].ends_clause() {
        at -= 1;
        if lex.is_of(&toks[at].lower()) {
            return at > 0 && lex.is_title(&toks[at - 1].lower()) && !toks[at - 1].ends_clause();
        }
    }
    false
}

/// The end of the role right before the name at token `i` (the name ends
/// at `j`): the title just before it ("spokesman Piet Halloran"), or a
/// title and a comma when the name is set off by commas ("the foreign
/// minister, Tomas Arveld,"); in Spanish and French the title may have
/// an adjective after it ("el canciller keshario Tomás Arveld").
pub(super) fn title_before(toks: &[Token], i: usize, j: usize, lex: &Lexicon) -> Option<usize> {
    let prev = toks.get(i.checked_sub(1)?)?;
    let lower = prev.lower();
    let mut role_word = lex.is_title(&lower) || in_role_object(toks, i - 1, lex);
    if lex.adjective_after_title && !role_word && i >= 2 && !prev.capitalized() {
        let title = &toks[i - 2];
        role_word = lex.is_title(&title.lower()) && !title.ends_clause() && plain_word(prev, lex);
    }
    let set_off = prev.ends_comma() && toks[..j].last().is_some_and(Token::ends_comma);
    if set_off && !role_word {
        // "El concejal de Movilidad, Andrés Ibáñez,": a title a few words
        // back in the same clause, its object between.
        role_word = (i.saturating_sub(6)..i - 1)
            .rev()
            .take_while(|&p| !toks[p].ends_clause())
            .any(|p| lex.is_title(&toks[p].lower()));
    }
    (role_word && (!prev.ends_clause() || set_off)).then_some(i)
}

/// A lowercase word that may be part of a role: not a small word, and not
/// one that looks like a verb ("praised").
fn plain_word(t: &Token, lex: &Lexicon) -> bool {
    let lower = t.lower();
    !t.capitalized()
        && !lex.is_not_name(&lower)
        && !lex.is_speech_verb(&lower)
        && !["ed", "ing", "ly"].iter().any(|e| lower.ends_with(e))
}

/// Where the role that ends at token `at` starts, read backwards over
/// titles, role words ("foreign", "former"), capitalized words ("Kesharan",
/// "White House"), "of" inside a title and other lowercase words
/// ("harbour"), up to a comma, a sentence end, a word such as "with",
/// "the" or "met", or a word that looks like a verb ("praised"); a
/// possessive ("Keshar’s") is its first word.
pub(super) fn role_start(toks: &[Token], at: usize, lex: &Lexicon) -> usize {
    let mut start = at;
    while start > 0 {
        let t = &toks[start - 1];
        let lower = t.lower();
        let in_role = lex.is_title(&lower)
            || lex.is_role_modifier(&lower)
            || (lex.is_of(&lower) && start >= 2 && lex.is_title(&toks[start - 2].lower()))
            || in_role_object(toks, start - 1, lex)
            || (t.capitalized() && !lex.is_not_name(&lower))
            || plain_word(t, lex);
        let ends = t.ends_clause() && start != at;
        if !in_role || ends || t.opens_quote() || lex.is_speech_verb(&lower) {
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

/// "Sergey Lavrov, the Russian foreign minister," after a name; or a
/// title with no article ("Inés Carro, portavoz de la delegación,").
fn role_after(paragraph: &str, run: &[Token], lex: &Lexicon) -> Option<String> {
    let last = run.last()?;
    if !last.ends_comma() {
        return None;
    }
    let rest = paragraph[last.end..].trim_start();
    let first = rest.split_whitespace().next().unwrap_or("");
    let titled = lex.is_title(&first.to_lowercase());
    let rest = lex.strip_article(rest).or(titled.then_some(rest))?;
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
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    if toks[k].opens_quote() || (lex.cased && !toks[k].capitalized()) {
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

/// Adds the person `name` with `role`, unless already found by that name:
/// their id is the surname, or the whole name when two people share one.
pub(super) fn push_person(found: &mut Vec<DraftSpeaker>, name: String, role: String) {
    if found.iter().any(|s| s.name == name) {
        return;
    }
    let mut id = slug(name.split_whitespace().last().unwrap_or(""));
    if found.iter().any(|s| s.id == id) {
        id = slug(&name);
    }
    found.push(DraftSpeaker { id, name, role });
}
