//! What the checker hands back: the data, its references resolved to
//! indices, and the warnings.

use qe_core::{Kind, Relation, Stance};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Article {
    pub headline: String,
    pub dek: Option<String>,
    pub publisher: Option<String>,
    pub byline: Option<String>,
    pub published: Option<String>,
    /// Where the reported events happened ("Moscow").
    pub place: Option<String>,
    /// What a statement nobody answers is called (default
    /// [`qe_core::vocab::no_response`]).
    pub no_response_label: Option<String>,
    /// When they happened, `YYYY-MM-DD`.
    pub event_date: Option<String>,
    pub photo_caption: Option<String>,
    pub source_url: Option<String>,
    /// The share image, a path relative to the data file (or folder).
    pub share_image: Option<String>,
    pub paragraphs: Vec<String>,
}

/// A group of speakers the article sets against each other ("U.S.",
/// "Russia"), in the data's order; the order picks its colour.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    pub role: String,
    /// Index into [`Data::sides`]; `None` for the narrator, the article's
    /// own voice, which speaks for no side.
    pub side: Option<usize>,
}

impl Speaker {
    /// The article's own voice (`narrator`), not a source on a side.
    pub fn is_narrator(&self) -> bool {
        self.side.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub id: String,
    pub label: String,
}

/// A statement with its references resolved to indices and its place in the
/// paragraph located (the quote's bytes, or the whole paragraph).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    pub id: String,
    pub speaker: usize,
    pub kind: Kind,
    pub text: String,
    pub paragraph: usize,
    pub span: (usize, usize),
    /// Byte range in the paragraph of the sentence a quote comes from (the
    /// whole paragraph for a paraphrase).
    pub sentence: (usize, usize),
    pub topics: Vec<usize>,
    pub stance: Stance,
    pub responds_to: Option<usize>,
    pub relation: Relation,
    /// When the article places the statement ("before the meetings").
    pub when: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Data {
    /// The article's language, a BCP 47 tag (`en` when the data names
    /// none): the page's `lang`, and the catalogue its interface speaks.
    pub language: String,
    pub article: Article,
    pub sides: Vec<Side>,
    pub speakers: Vec<Speaker>,
    pub topics: Vec<Topic>,
    pub statements: Vec<Statement>,
}

/// Valid data, and what looks wrong without breaking a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    pub data: Data,
    pub warnings: Vec<String>,
}
