//! `qe draft`: a first version of an article's statements, made from its
//! plain text so an editor starts from a filled spreadsheet, not a blank one.
//!
//! Every quoted passage becomes a `quote` row with its exact words and its
//! paragraph, credited by a small grammar over its sentence and the one
//! before (`attribution`): a speech verb in either order ("X said", "said
//! X"), whatever follows the verb ("told reporters", "said in a
//! statement"), "according to X", a pronoun ("he added") for the last
//! person named, and a quote alone for the quote or the subject of the
//! sentence before. A name given with a title is split: "Kesharan Foreign
//! Minister Tomas Arveld" is Tomas Arveld, whose role is Kesharan Foreign
//! Minister; "Arveld" later is the same speaker. The speakers are the
//! people so credited, one row each. A quote credited to no one the draft
//! can name keeps an empty speaker and a note saying why: never a guess.
//! Stance, topics and sides are left to the editor; `qe check` lists them.
//! A quote of one or two words is usually a scare quote: it gets a note
//! saying so rather than being dropped.
//!
//!
//! Other languages: the quotation marks of each (« », » «, „ “, ‚ ‘, 「 」)
//! are always read, and the `language:` line of `article.txt` chooses the
//! speech verbs and titles (`lexicon`: English, Spanish, French, German,
//! Arabic). In a language with none, every quote is found and none
//! credited, and the draft says so plainly (`Draft::cannot_credit`).
//!
//! The steps, one file each: the article's language (`language`), the
//! words read (`words`) and what they mean (`lexicon`), the people named
//! (`people`, and `arabic` for a script without capitals) and where each
//! is mentioned (`mentions`), the quoted passages (`quotations`) and who
//! each is credited to (`attribution`), and the starter folder written
//! (`tabs`).

mod arabic;
mod attribution;
mod language;
mod lexicon;
mod mentions;
mod people;
mod quotations;
mod tabs;
mod words;

use crate::folder::parse_article_txt;
use serde_json::{Map, Value};

pub use words::slug;

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
    /// "qe draft cannot credit speakers in Finnish: fill in the speaker
    /// column.", when the article's `language:` is one the draft has no
    /// speech verbs for.
    pub cannot_credit: Option<String>,
    /// The article's `language:` line, kept for the starter folder's
    /// `article.txt` (the story's interface speaks it).
    pub language: Option<String>,
}

/// Drafts the statements of an article given as `article.txt` text.
pub fn draft(article_text: &str) -> Draft {
    let tag = parse_article_txt(article_text)
        .get("language")
        .map(text)
        .filter(|tag| !tag.is_empty());
    let (language, article_text) = language::language_of(article_text);
    let article = parse_article_txt(&article_text);
    let (photo_caption, paragraphs) = caption_and_paragraphs(&article);
    let cannot_credit = language.cannot_credit();
    let (speakers, mut quotes) = match (language.lexicon, &cannot_credit) {
        (Some(lex), _) => {
            let mut speakers = people::people(&paragraphs, lex);
            let mut quotes = quotations::quotes(&paragraphs, &mut speakers, lex);
            (keep_quoted(&speakers, &mut quotes), quotes)
        }
        (None, note) => {
            let note = note.as_deref().unwrap_or_default();
            (Vec::new(), quotations::uncredited(&paragraphs, note))
        }
    };
    name_quotes(&mut quotes, &speakers);
    Draft {
        headline: article.get("headline").map(text).unwrap_or_default(),
        photo_caption,
        paragraphs,
        speakers,
        quotes,
        cannot_credit,
        language: tag,
    }
}

impl Draft {
    /// What `qe draft` prints once the folder `dir` is written: what it
    /// found, whether it could credit speakers at all, and what is left.
    pub fn summary(&self, dir: &str) -> String {
        let credited = self.quotes.iter().filter(|q| q.speaker.is_some()).count();
        let mut out = format!(
            "{dir}: {} quoted passages ({credited} with a speaker), {} speakers, {} paragraphs.\n",
            self.quotes.len(),
            self.speakers.len(),
            self.paragraphs.len()
        );
        if let Some(cannot) = &self.cannot_credit {
            out.push_str(cannot);
            out.push('\n');
        }
        out.push_str(&format!(
            "Next: fill in sides.csv and topics.csv, each speaker's side, and each statement's topics and stance\n\
             (add paraphrases as rows of kind \"paraphrase\"), then run: scripts/dev.sh qe check {dir}"
        ));
        out
    }
}

/// A JSON string's text (empty for anything else).
fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_owned()
}

/// The article's photo caption and paragraphs: a wire copy's photo credit
/// line is a caption, not a paragraph.
fn caption_and_paragraphs(article: &Map<String, Value>) -> (Option<String>, Vec<String>) {
    let mut paragraphs: Vec<String> = article["paragraphs"]
        .as_array()
        .map(|ps| ps.iter().map(text).collect())
        .unwrap_or_default();
    let mut photo_caption = article.get("photo_caption").map(text);
    if photo_caption.is_none() {
        if let Some(i) = paragraphs.iter().position(|p| p.contains("Photo:")) {
            photo_caption = Some(paragraphs.remove(i));
        }
    }
    (photo_caption, paragraphs)
}

/// Only the people the article quotes are speakers: the others go, and the
/// quotes point at the speakers kept.
fn keep_quoted(speakers: &[DraftSpeaker], quotes: &mut [DraftQuote]) -> Vec<DraftSpeaker> {
    let quoted: Vec<usize> = (0..speakers.len())
        .filter(|&i| quotes.iter().any(|q| q.speaker == Some(i)))
        .collect();
    for q in quotes.iter_mut() {
        q.speaker = q.speaker.and_then(|s| quoted.iter().position(|&i| i == s));
    }
    quoted.iter().map(|&i| speakers[i].clone()).collect()
}

/// Each quote's id: its speaker's id and the first two words of more than
/// three letters ("zarif-ready-talks"), numbered when already taken.
fn name_quotes(quotes: &mut [DraftQuote], speakers: &[DraftSpeaker]) {
    let mut ids: Vec<String> = Vec::new();
    for q in quotes {
        let who = q
            .speaker
            .map_or("quote".to_owned(), |s| speakers[s].id.clone());
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
    fn a_title_set_off_by_commas_is_the_role() {
        let d = draft(
            "H\n\nKeshar’s deputy foreign minister, Lio Brand, spoke first. “We are patient,” said Brand.",
        );
        assert_eq!(d.speakers[0].name, "Lio Brand");
        assert_eq!(d.speakers[0].role, "Keshar’s deputy foreign minister");
        assert_eq!(speaker_of(&d, "We are patient"), Some("brand"));
    }

    #[test]
    fn a_surname_two_people_share_credits_neither() {
        let d = draft(
            "H\n\nLio Brand said little. Her cousin Ana Brand, a water engineer, said more. “We are not patient,” Brand said.",
        );
        assert_eq!(speaker_of(&d, "We are not"), None);
        assert!(d.quotes[0]
            .note
            .as_deref()
            .unwrap()
            .starts_with("No speaker:"));
    }

    #[test]
    fn someone_owned_by_a_name_is_not_that_name() {
        let d = draft("H\n\nTomas Arveld said little. “Wait and see,” Arveld’s deputy said later.");
        assert_eq!(d.quotes[0].speaker, None);
        assert!(d.quotes[0]
            .note
            .as_deref()
            .unwrap()
            .contains("“Arveld’s deputy said”"));
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
}
