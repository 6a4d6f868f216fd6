//! `qe draft`: a first version of an article's statements, made from its
//! plain text so an editor starts from a filled spreadsheet, not a blank one.
//!
//! Every quoted passage becomes a `quote` row with its exact words and its
//! paragraph, attributed to the person the article credits: "X said",
//! "said X", "X told …", "X added", "X called it …", "according to X"; a
//! pronoun ("he said") or a quote that continues another goes to the last
//! person named. The speakers are the people so credited, named as first
//! mentioned in full, with a role where the text gives one ("Russian
//! foreign minister Sergey Lavrov", "Sergey Lavrov, the foreign minister,").
//! Stance, topics and sides are left to the editor; `qe check` lists them.
//! A quote of one or two words is usually a scare quote: it gets a note
//! saying so rather than being dropped.

use crate::folder::{csv_text, parse_article_txt, TABS};
use serde_json::Value;

/// A person (or group, "Tillerson’s spokesman") the article quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSpeaker {
    pub id: String,
    pub name: String,
    pub role: String,
}

/// One quoted passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftQuote {
    pub id: String,
    /// Index into [`Draft::speakers`], when the article credits someone.
    pub speaker: Option<usize>,
    pub text: String,
    /// From 0.
    pub paragraph: usize,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Draft {
    pub headline: String,
    pub photo_caption: Option<String>,
    pub paragraphs: Vec<String>,
    pub speakers: Vec<DraftSpeaker>,
    pub quotes: Vec<DraftQuote>,
}

/// Verbs (and phrases) that credit a quote to its subject.
const SPEECH: [&str; 24] = [
    "said",
    "says",
    "say",
    "saying",
    "told",
    "telling",
    "tells",
    "added",
    "adding",
    "adds",
    "called",
    "calls",
    "calling",
    "warned",
    "warning",
    "asked",
    "stated",
    "noted",
    "wrote",
    "argued",
    "insisted",
    "replied",
    "declared",
    "according",
];
const PRONOUNS: [&str; 5] = ["he", "she", "they", "him", "her"];
/// Words that introduce a person's role right before the name.
const TITLES: [&str; 24] = [
    "president",
    "minister",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "official",
    "chancellor",
    "leader",
    "senator",
    "general",
    "director",
    "chief",
    "aide",
    "adviser",
    "advisor",
    "envoy",
    "premier",
    "governor",
    "mayor",
    "chairman",
    "head",
    "deputy",
];
/// Words that end a role when read backwards from a name.
const ROLE_STOPS: [&str; 16] = [
    "with", "and", "by", "to", "from", "after", "before", "for", "at", "between", "met", "as",
    "the", "a", "an", "when",
];
/// Nouns that make a group speaker after a possessive: "Tillerson’s spokesman".
const GROUP_NOUNS: [&str; 8] = [
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "office",
    "aides",
    "aide",
    "officials",
    "ministry",
];

/// A word of a paragraph, with its byte range.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

impl<'a> Token<'a> {
    /// The word without outer punctuation or a possessive ending.
    fn bare(&self) -> &'a str {
        let t = self.text.trim_matches(|c: char| !c.is_alphanumeric());
        t.strip_suffix("’s")
            .or_else(|| t.strip_suffix("'s"))
            .unwrap_or(t)
    }

    fn lower(&self) -> String {
        self.bare().to_lowercase()
    }

    fn possessive(&self) -> bool {
        let t = self.text.trim_end_matches(|c: char| !c.is_alphanumeric());
        t.ends_with("’s") || t.ends_with("'s")
    }

    fn capitalized(&self) -> bool {
        self.bare().chars().next().is_some_and(char::is_uppercase)
    }

    /// Ends a clause: a comma, colon or sentence end after the word.
    fn ends_clause(&self) -> bool {
        let t = self.text.trim_end_matches(['”', '"', '’']);
        // "U.S." and "D.C." are abbreviations, not the end of a sentence.
        let abbreviation = t.ends_with('.') && t[..t.len() - 1].contains('.');
        t.ends_with([',', ';', ':', '.']) && !abbreviation
    }
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(Token {
                    text: &text[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// A quoted passage: byte ranges of the marks and the words inside.
struct Passage {
    open: usize,
    close: usize,
    text: String,
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

/// The people the article names with a role or credits with words: full
/// names (two to four capitalized words) that follow a title ("president
/// Vladimir Putin") or come before a speech verb.
fn people(paragraphs: &[String]) -> Vec<DraftSpeaker> {
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

/// A lowercase ASCII slug: "al-Assad" → "al-assad", "Tillerson’s spokesman"
/// → "tillerson-spokesman".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let text = qe_core::text::fold(&text.replace("’s", "").replace("'s", ""));
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Who is credited with the passage at `index`, by the words around it.
struct Attribution<'a> {
    paragraph: &'a str,
    toks: Vec<Token<'a>>,
    people: &'a [DraftSpeaker],
}

/// What the words around a quote say about its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Credit {
    Person(usize),
    /// A group named by a possessive: "Tillerson’s spokesman".
    Group(String),
    Pronoun,
    /// No speech verb near the quote.
    None,
}

impl<'a> Attribution<'a> {
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
    fn last_named(&self, at: usize) -> Option<usize> {
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

/// Drafts the statements of an article given as `article.txt` text.
pub fn draft(article_text: &str) -> Draft {
    let article = parse_article_txt(article_text);
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    let mut paragraphs: Vec<String> = article["paragraphs"]
        .as_array()
        .map(|ps| ps.iter().map(text).collect())
        .unwrap_or_default();
    let mut photo_caption = article.get("photo_caption").map(text);
    // A wire copy's photo credit line is a caption, not a paragraph.
    if photo_caption.is_none() {
        if let Some(i) = paragraphs.iter().position(|p| p.contains("Photo:")) {
            photo_caption = Some(paragraphs.remove(i));
        }
    }
    let mut speakers = people(&paragraphs);
    let mut quotes: Vec<DraftQuote> = Vec::new();
    let mut last_person: Option<usize> = None;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let found = passages(paragraph);
        let mut previous: Option<(usize, Option<usize>)> = None;
        for (n, passage) in found.iter().enumerate() {
            let a = Attribution {
                paragraph,
                toks: tokens(paragraph),
                people: &speakers,
            };
            let ceiling = found.get(n + 1).map_or(paragraph.len(), |next| next.open);
            let floor = previous
                .map_or(0, |(close, _)| close)
                .max(a.sentence_start(passage.open));
            let mut credit = a.after(passage.close, ceiling);
            if credit == Credit::None {
                credit = a.before(floor, passage.open);
            }
            let last_before = a.last_named(passage.open).or(last_person);
            let named = matches!(credit, Credit::Person(_));
            let speaker = match credit {
                Credit::Person(i) => Some(i),
                Credit::Pronoun => last_before,
                Credit::Group(name) => {
                    let id = slug(&name);
                    let at = speakers.iter().position(|s| s.id == id).unwrap_or_else(|| {
                        speakers.push(DraftSpeaker {
                            id,
                            name,
                            role: String::new(),
                        });
                        speakers.len() - 1
                    });
                    Some(at)
                }
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
        let whole = Attribution {
            paragraph,
            toks: tokens(paragraph),
            people: &speakers,
        };
        if let Some(s) = whole.last_named(paragraph.len()) {
            last_person = Some(s);
        }
    }
    // Only the people the article quotes are speakers.
    let quoted: Vec<usize> = (0..speakers.len())
        .filter(|&i| quotes.iter().any(|q| q.speaker == Some(i)))
        .collect();
    let speakers_out: Vec<DraftSpeaker> = quoted.iter().map(|&i| speakers[i].clone()).collect();
    let mut ids: Vec<String> = Vec::new();
    for q in &mut quotes {
        q.speaker = q.speaker.and_then(|s| quoted.iter().position(|&i| i == s));
        let who = q
            .speaker
            .map_or("quote".to_owned(), |s| speakers_out[s].id.clone());
        let words: Vec<String> = q
            .text
            .split_whitespace()
            .map(slug)
            .filter(|w| w.len() > 3)
            .take(2)
            .collect();
        let base = if words.is_empty() {
            who
        } else {
            format!("{who}-{}", words.join("-"))
        };
        let mut id = base.clone();
        let mut n = 2;
        while ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        ids.push(id.clone());
        q.id = id;
    }
    Draft {
        headline: article.get("headline").map(text).unwrap_or_default(),
        photo_caption,
        paragraphs,
        speakers: speakers_out,
        quotes,
    }
}

impl Draft {
    /// The starter folder's files: `article.txt`, the statements and
    /// speakers found, and empty topics and sides tabs with their headers.
    pub fn files(&self) -> Vec<(&'static str, String)> {
        let mut article = String::new();
        if let Some(caption) = &self.photo_caption {
            article.push_str(&format!("photo_caption: {caption}\n\n"));
        }
        article.push_str(&self.headline);
        article.push('\n');
        for p in &self.paragraphs {
            article.push('\n');
            article.push_str(p);
            article.push('\n');
        }
        let mut files = vec![("article.txt", article)];
        for (file, _, columns) in TABS {
            let rows: Vec<Vec<String>> = match file {
                "speakers.csv" => self
                    .speakers
                    .iter()
                    .map(|s| vec![s.id.clone(), s.name.clone(), s.role.clone(), String::new()])
                    .collect(),
                "statements.csv" => self
                    .quotes
                    .iter()
                    .map(|q| {
                        let speaker = q.speaker.map(|s| self.speakers[s].id.clone());
                        vec![
                            q.id.clone(),
                            speaker.unwrap_or_default(),
                            "quote".into(),
                            q.text.clone(),
                            (q.paragraph + 1).to_string(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            String::new(),
                            q.note.clone().unwrap_or_default(),
                        ]
                    })
                    .collect(),
                _ => Vec::new(),
            };
            files.push((file, csv_text(columns, &rows)));
        }
        files
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker_of<'a>(d: &'a Draft, text: &str) -> Option<&'a str> {
        let q = d.quotes.iter().find(|q| q.text.starts_with(text))?;
        q.speaker.map(|s| d.speakers[s].id.as_str())
    }

    #[test]
    fn said_told_and_according_to_credit_the_named_person() {
        let d = draft(
            "Headline\n\nIranian foreign minister Javad Zarif met reporters. “We are ready,” Zarif said.\n\nAli Akbar Salehi, the head of the nuclear agency, spoke too. “Not yet,” said Salehi. According to Salehi, “talks are over.”\n\nZarif told CNN “the deal stands.” “It is final,” he added.",
        );
        assert_eq!(d.speakers[0].name, "Javad Zarif");
        assert_eq!(d.speakers[0].role, "Iranian foreign minister");
        assert_eq!(speaker_of(&d, "We are ready"), Some("zarif"));
        assert_eq!(d.speakers[1].name, "Ali Akbar Salehi");
        assert_eq!(d.speakers[1].role, "head of the nuclear agency");
        assert_eq!(speaker_of(&d, "Not yet"), Some("salehi"));
        assert_eq!(speaker_of(&d, "talks are over"), Some("salehi"));
        assert_eq!(speaker_of(&d, "the deal stands"), Some("zarif"));
        assert_eq!(speaker_of(&d, "It is final"), Some("zarif"));
    }

    #[test]
    fn a_short_quote_is_noted_as_a_possible_scare_quote() {
        let d = draft("H\n\nThey agreed to form a “working group” next week.");
        assert_eq!(d.quotes.len(), 1);
        assert_eq!(d.quotes[0].speaker, None);
        assert!(d.quotes[0]
            .note
            .as_deref()
            .unwrap_or("")
            .starts_with("Scare quote?"));
    }

    #[test]
    fn slugs_are_ascii_ids() {
        assert_eq!(slug("al-Assad"), "al-assad");
        assert_eq!(slug("Tillerson’s spokesman"), "tillerson-spokesman");
        assert_eq!(slug("Łódź Ærø"), "lodz-aero");
    }
}
