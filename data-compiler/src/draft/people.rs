//! The people an article quotes, as it first names them in full, with the
//! role it gives them.

use super::words::{slug, tokens, Token, ROLE_STOPS, SPEECH, TITLES};
use super::DraftSpeaker;

/// The people the article names with a role or credits with words: full
/// names (two to four capitalized words) that follow a title ("president
/// Vladimir Putin") or come before a speech verb.
pub(super) fn people(paragraphs: &[String]) -> Vec<DraftSpeaker> {
    let mut found: Vec<DraftSpeaker> = Vec::new();
    for p in paragraphs {
        let toks = tokens(p);
        let mut i = 0;
        while i < toks.len() {
            let mut j = i;
            while j < toks.len() && j - i < 4 && (toks[j].capitalized() || is_particle(&toks[j])) {
                j += 1;
                if toks[j - 1].ends_clause() || toks[j - 1].possessive() {
                    break;
                }
            }
            let run = &toks[i..j];
            let words = run.iter().filter(|t| t.capitalized()).count();
            let is_title = |k: usize| TITLES.contains(&toks[k].lower().as_str());
            // "president Vladimir Putin", "secretary of State Rex Tillerson".
            let titled = (i > 0 && is_title(i - 1))
                || (i >= 3 && toks[i - 2].lower() == "of" && is_title(i - 3));
            let speaks = toks
                .get(j)
                .is_some_and(|t| SPEECH.contains(&t.lower().as_str()));
            let appositive = !run.is_empty() && role_after(p, run).is_some();
            if words >= 2 && run[0].capitalized() && (titled || speaks || appositive) {
                let name: Vec<&str> = run.iter().map(|t| t.bare()).collect();
                let name = name.join(" ");
                if !found.iter().any(|s| s.name == name) {
                    found.push(DraftSpeaker {
                        id: slug(run.last().map_or("", |t| t.bare())),
                        role: role_before(&toks, i)
                            .or_else(|| role_after(p, run))
                            .unwrap_or_default(),
                        name,
                    });
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    found
}

fn is_particle(t: &Token) -> bool {
    let w = t.bare();
    w.starts_with("al-") || matches!(w, "de" | "van" | "von" | "bin" | "da" | "del")
}

/// "Russian foreign minister" before a name at token `at`: the words back to
/// a preposition, an article or a comma.
fn role_before(toks: &[Token], at: usize) -> Option<String> {
    let mut start = at;
    while start > 0 {
        let t = &toks[start - 1];
        let lower = t.lower();
        let of_inside_role =
            lower == "of" && start >= 2 && TITLES.contains(&toks[start - 2].lower().as_str());
        if t.ends_clause()
            || (ROLE_STOPS.contains(&lower.as_str()) && !of_inside_role)
            || t.possessive()
        {
            break;
        }
        start -= 1;
    }
    let role: Vec<&str> = toks[start..at].iter().map(|t| t.text).collect();
    let has_title = toks[start..at]
        .iter()
        .any(|t| TITLES.contains(&t.lower().as_str()));
    (has_title && !role.is_empty()).then(|| role.join(" "))
}

/// "Sergey Lavrov, the Russian foreign minister," after a name.
fn role_after(paragraph: &str, run: &[Token]) -> Option<String> {
    let last = run.last()?;
    if !last.text.ends_with(',') {
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
