//! Names in Arabic, a script without capitals: a name is found by its
//! place, right after a speech verb or "بحسب" ("قال وزير الخارجية كمال
//! الراشدي إن …"). The title comes first, its head ("وزير", "المتحدث",
//! "الرئيس") and what it is of ("الخارجية", "باسم الوزارة"), words that
//! carry the article "ال"; the name is the words after it, up to a
//! punctuation mark, a quotation, a verb or a word such as "إن" or "في".
//! Later, a surname alone ("وأضاف الراشدي") is the same person.

use super::lexicon::Lexicon;
use super::people::push_person;
use super::words::{tokens, Token};
use super::DraftSpeaker;

/// The people an Arabic article credits, each named after a speech verb or
/// "بحسب", with the title before the name as the role.
pub(super) fn people(paragraphs: &[String], lex: &Lexicon) -> Vec<DraftSpeaker> {
    let mut found: Vec<DraftSpeaker> = Vec::new();
    for p in paragraphs {
        let toks = tokens(p);
        for k in 0..toks.len() {
            let start = match lex.according_at(&toks, k, false) {
                Some(n) => k + n,
                None if lex.is_speech_verb(&toks[k].lower()) => k + 1,
                None => continue,
            };
            // "وأضاف:" names no one: its subject is the last person named.
            if toks[start - 1].ends_clause() {
                continue;
            }
            let (role_end, name_end) = title_and_name(&toks, start, lex);
            if name_end == role_end {
                continue;
            }
            let words = |from: usize, to: usize| {
                let words: Vec<&str> = toks[from..to].iter().map(Token::bare).collect();
                words.join(" ")
            };
            let name = words(role_end, name_end);
            let surname_of_someone = found
                .iter()
                .any(|s| s.name.split_whitespace().last() == Some(name.as_str()));
            if !surname_of_someone {
                push_person(&mut found, name, words(start, role_end));
            }
        }
    }
    found
}

/// From token `start` (right after a verb): where the title ends and where
/// the name after it ends. A title with its own article ("الرئيس") takes
/// no "of": when no name follows it, its last word is the name ("الرئيس
/// الفاروقي"). A title's head may take its object without an article, in
/// construct ("رئيس بلدية تل الزيتون سليم نصّار"): when more than a name's
/// words follow a title, the last two (three after "عبد", "بن", "أبو" …)
/// are the name and the words before them the rest of the title.
fn title_and_name(toks: &[Token], start: usize, lex: &Lexicon) -> (usize, usize) {
    let mut k = start;
    let head = toks
        .get(k)
        .filter(|t| !t.opens_quote() && lex.is_title(&t.lower()));
    if head.is_some() {
        k += 1;
        while k < toks.len()
            && k - start < 6
            && !toks[k - 1].ends_clause()
            && is_complement(&toks[k], lex)
        {
            k += 1;
        }
    }
    let mut role_end = k;
    let longest = if head.is_some() { 6 } else { 4 };
    while k < toks.len()
        && k - role_end < longest
        && (k == role_end || !toks[k - 1].ends_clause())
        && is_name_word(&toks[k], lex)
    {
        k += 1;
    }
    let definite = head.is_some_and(|t| t.lower().starts_with("ال"));
    if k == role_end && definite && role_end - start == 2 {
        return (role_end - 1, role_end);
    }
    if head.is_some() && k - role_end > 2 {
        let joined = matches!(
            toks[k - 3].lower().as_str(),
            "عبد" | "بن" | "بنت" | "ابن" | "أبو" | "ابو" | "أم"
        );
        role_end = if joined && k - role_end > 3 {
            k - 3
        } else {
            k - 2
        };
    }
    (role_end, k)
}

/// A word of what a title is of: "الخارجية", "باسم", "للمياه", or a
/// second title word ("نائب رئيس").
fn is_complement(t: &Token, lex: &Lexicon) -> bool {
    let lower = t.lower();
    !t.opens_quote()
        && !lex.is_not_name(&lower)
        && !lex.is_speech_verb(&lower)
        && (lower.starts_with("ال")
            || lower.starts_with("لل")
            || lower == "باسم"
            || lex.is_title(&lower))
}

/// A word that can be part of a name: not a title, a verb, a small word
/// ("إن", "في"), a quotation, a number, or "للصحفيين" (to the reporters).
fn is_name_word(t: &Token, lex: &Lexicon) -> bool {
    let lower = t.lower();
    !t.opens_quote()
        && !lower.is_empty()
        && lower.chars().all(char::is_alphabetic)
        && !lower.starts_with("لل")
        && !lex.is_title(&lower)
        && !lex.is_not_name(&lower)
        && !lex.is_speech_verb(&lower)
        && lex
            .according_at(std::slice::from_ref(t), 0, false)
            .is_none()
}

/// Where the mention of the person named at token `k` starts: at the head
/// of the title right before the name, if there is one ("وزير" in "وزير
/// الخارجية كمال الراشدي", "نائب" in "نائب رئيس البلدية كريم الشامي",
/// "رئيس" in "رئيس بلدية تل الزيتون سليم نصّار"), so the verb before the
/// title is right before the mention.
pub(super) fn title_start(toks: &[Token], k: usize, lex: &Lexicon) -> usize {
    let mut at = k;
    let mut head = None;
    while at > 0 && k - at < 6 && !toks[at - 1].ends_clause() {
        let t = &toks[at - 1];
        let lower = t.lower();
        if t.opens_quote() || lex.is_speech_verb(&lower) || lex.is_not_name(&lower) {
            break;
        }
        if lex.is_title(&lower) {
            head = Some(at - 1);
        } else if head.is_some() && !is_complement(t, lex) {
            break;
        }
        at -= 1;
    }
    head.unwrap_or(k)
}
