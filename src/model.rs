//! The article's data model: what a statement is, who speaks, about what.
//!
//! Pure data, known at compile time (see `build.rs`); nothing here knows the
//! browser. References between records are indices into the dataset's lists.

/// Which government a speaker belongs to, shown as a marker on each card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Us,
    Russia,
    Other,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Us => "U.S.",
            Side::Russia => "Russia",
            Side::Other => "Other",
        }
    }

    pub fn class(self) -> &'static str {
        match self {
            Side::Us => "side-us",
            Side::Russia => "side-russia",
            Side::Other => "side-other",
        }
    }
}

/// A verbatim quote, or the article's report of what someone said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Quote,
    Paraphrase,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Quote => "Quote",
            Kind::Paraphrase => "Paraphrase",
        }
    }
}

/// Whether the article reports a statement endorsed by both sides, contested,
/// or left without a response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stance {
    Agreed,
    Disputed,
    Unchallenged,
}

impl Stance {
    pub const ALL: [Stance; 3] = [Stance::Agreed, Stance::Disputed, Stance::Unchallenged];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn id(self) -> &'static str {
        match self {
            Stance::Agreed => "agreed",
            Stance::Disputed => "disputed",
            Stance::Unchallenged => "unchallenged",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stance::Agreed => "Agreed",
            Stance::Disputed => "Disputed",
            Stance::Unchallenged => "Unchallenged",
        }
    }

    /// A text symbol beside the label, so stance never relies on colour.
    pub fn icon(self) -> &'static str {
        match self {
            Stance::Agreed => "✓",
            Stance::Disputed => "⚡",
            Stance::Unchallenged => "–",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    pub headline: &'static str,
    pub dek: Option<&'static str>,
    pub published: Option<&'static str>,
    pub photo_caption: Option<&'static str>,
    pub source_url: Option<&'static str>,
    pub paragraphs: &'static [&'static str],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Speaker {
    pub id: &'static str,
    pub name: &'static str,
    pub role: &'static str,
    pub side: Side,
}

impl Speaker {
    /// Up to two initials, the card's visual anchor.
    pub fn initials(&self) -> String {
        crate::card::initials(self.name)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct Topic {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Statement {
    pub id: &'static str,
    /// Index into [`Dataset::speakers`].
    pub speaker: usize,
    pub kind: Kind,
    pub text: &'static str,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
    /// Byte range in the paragraph: the quote's words, or the whole paragraph
    /// for a paraphrase.
    pub span: (usize, usize),
    /// Indices into [`Dataset::topics`], ascending.
    pub topics: &'static [usize],
    pub stance: Stance,
    /// Index into [`Dataset::statements`] of the statement this one answers.
    pub responds_to: Option<usize>,
    pub note: Option<&'static str>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Dataset {
    pub article: Article,
    pub speakers: &'static [Speaker],
    pub topics: &'static [Topic],
    pub statements: &'static [Statement],
    pub search: SearchData,
}

/// What a text query scans, folded at build time (`text::search_text_into`,
/// `text::speaker_search_text`, `text::pair_bits`), so that no query, not
/// even the first, folds the article.
#[derive(Debug, PartialEq, Eq)]
pub struct SearchData {
    /// The search text of every statement, one after another.
    pub haystack: &'static str,
    /// Where each statement's search text starts in `haystack`, and at the
    /// end, `haystack.len()`: one more entry than statements.
    pub starts: &'static [usize],
    /// Each statement's byte-pair bits.
    pub pairs: &'static [[u64; 4]],
    /// Each speaker's folded name and role.
    pub speakers: &'static [&'static str],
}

impl SearchData {
    /// Statement `i`'s folded text and note.
    pub fn of(&self, i: usize) -> &'static str {
        &self.haystack[self.starts[i]..self.starts[i + 1]]
    }
}

impl Dataset {
    pub fn statement_index(&self, id: &str) -> Option<usize> {
        self.statements.iter().position(|s| s.id == id)
    }

    pub fn speaker_of(&self, statement: &Statement) -> &'static Speaker {
        &self.speakers[statement.speaker]
    }

    /// What statement `i`'s card shows ([`crate::card`]); `answered_by`
    /// are the statements that answer it, `actions` what the app adds.
    pub fn card<'a>(
        &self,
        i: usize,
        answered_by: &[usize],
        actions: Option<crate::card::Actions<'a>>,
    ) -> crate::card::Card<'a> {
        let s = &self.statements[i];
        let speaker = self.speaker_of(s);
        let link = |j: usize| {
            let other = &self.statements[j];
            crate::card::Link {
                index: j,
                id: other.id,
                speaker: self.speaker_of(other).name,
                text: other.text,
            }
        };
        crate::card::Card {
            id: s.id,
            speaker: speaker.name,
            role: speaker.role,
            initials: speaker.initials(),
            side: (speaker.side.class(), speaker.side.label()),
            stance: (s.stance.id(), s.stance.label(), s.stance.icon()),
            quote: s.kind == Kind::Quote,
            text: s.text,
            note: s.note,
            topics: s.topics.iter().map(|&t| self.topics[t].label).collect(),
            answers: s.responds_to.map(link),
            answered_by: answered_by.iter().map(|&j| link(j)).collect(),
            actions,
        }
    }
}

/// The article compiled into the app (see `build.rs`).
pub mod compiled {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/data.rs"));
}
pub use compiled::DATA;
