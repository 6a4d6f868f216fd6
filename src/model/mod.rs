//! The article's data model: what a statement is, who speaks, about what.
//!
//! Pure data, read once from the story's page when the app starts
//! ([`payload`]); nothing here knows the browser. References between
//! records are indices into the dataset's lists.

pub mod payload;

pub use qe_core::vocab::{
    badge, dispute_of, kind_legend, no_response, side_class, stance_legend, Kind, Relation, Stance,
    Vocabulary, MAX_SIDES,
};

/// A group of speakers the article sets against each other ("U.S.",
/// "Russia"), declared by the data. Its place in the data picks its colour
/// ([`side_class`]).
#[derive(Debug, PartialEq, Eq)]
pub struct Side {
    pub id: &'static str,
    pub label: &'static str,
}

/// A date the data gives: as written, `YYYY-MM-DD` (for `<time datetime>`),
/// and in words for readers ("12 April 2017", or for when the events
/// happened "Wednesday, 12 April 2017"), written at build time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub iso: &'static str,
    pub words: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Article {
    pub headline: &'static str,
    pub dek: Option<&'static str>,
    pub publisher: Option<&'static str>,
    pub byline: Option<&'static str>,
    pub published: Option<Day>,
    /// Where the reported events happened ("Moscow").
    pub place: Option<&'static str>,
    /// What a statement nobody answers is called: the data's words, or
    /// [`no_response`].
    pub no_response_label: &'static str,
    /// When they happened.
    pub event_date: Option<Day>,
    pub source_url: Option<&'static str>,
    pub paragraphs: &'static [&'static str],
}

#[derive(Debug, PartialEq, Eq)]
pub struct Speaker {
    pub id: &'static str,
    pub name: &'static str,
    pub role: &'static str,
    /// Index into [`Dataset::sides`]; `None` for the narrator, the article's
    /// own voice, which is on no side.
    pub side: Option<usize>,
    /// Up to two initials, the card's visual anchor (made at build time).
    pub initials: &'static str,
}

impl Speaker {
    /// The article's own framing, not a source on a side.
    pub fn is_narrator(&self) -> bool {
        self.side.is_none()
    }

    /// The class of the speaker's side in the palette (`side-0` …), or
    /// `is-narrator`, which has no side colour.
    pub fn side_class(&self) -> &'static str {
        self.side.map_or("is-narrator", side_class)
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
    /// Byte range in the paragraph of the sentence a quote comes from.
    pub sentence: (usize, usize),
    /// Indices into [`Dataset::topics`], ascending.
    pub topics: &'static [usize],
    pub stance: Stance,
    /// Index into [`Dataset::statements`] of the statement this one answers.
    pub responds_to: Option<usize>,
    pub relation: Relation,
    /// When the article places the statement ("before the meetings").
    pub when: Option<&'static str>,
    pub note: Option<&'static str>,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Dataset {
    pub article: Article,
    pub sides: &'static [Side],
    pub speakers: &'static [Speaker],
    pub topics: &'static [Topic],
    pub statements: &'static [Statement],
    /// The search box's placeholder, examples from this article.
    pub search_hint: &'static str,
    pub search: SearchData,
    /// The story's published address, which the embed code points at;
    /// `None`: wherever the page is served.
    pub story_url: Option<&'static str>,
    /// The interface's words in the story's language, installed with the
    /// story (`qe_core::i18n::m` reads them).
    pub catalogue: &'static qe_core::i18n::Catalogue,
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

    /// The speakers on side `side`, in data order.
    pub fn side_speakers(&self, side: usize) -> impl Iterator<Item = usize> + '_ {
        (0..self.speakers.len()).filter(move |&s| self.speakers[s].side == Some(side))
    }

    /// The narrator, the article's own voice, if the data has one (at most
    /// one, checked at build time).
    pub fn narrator(&self) -> Option<usize> {
        self.speakers.iter().position(Speaker::is_narrator)
    }

    /// Speaker `speaker`'s side as the palette's class (`side-0` …), and
    /// the side's label; `None` for the narrator.
    pub fn side_of(&self, speaker: usize) -> Option<(&'static str, &'static str)> {
        let side = self.speakers[speaker].side?;
        Some((side_class(side), self.sides[side].label))
    }

    /// What the reader sees a stance called (the filter, the chips, the
    /// legend): the vocabulary's words, but for a statement nobody answers
    /// the words the data chose.
    pub fn stance_label(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Unchallenged => self.article.no_response_label,
            _ => stance.label(),
        }
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
        let link = |j: usize, relation: &'static str| {
            let other = &self.statements[j];
            crate::card::Link {
                relation,
                index: j,
                id: other.id,
                speaker: self.speaker_of(other).name,
                text: other.text,
                quote: other.kind == Kind::Quote,
            }
        };
        crate::card::Card {
            id: s.id,
            speaker: speaker.name,
            role: speaker.role,
            initials: speaker.initials,
            side: self.side_of(s.speaker),
            stance: {
                let name = |j: usize| self.speaker_of(&self.statements[j]).name;
                let answers = s.responds_to.map(|j| (s.relation, name(j)));
                let by: Vec<_> = answered_by
                    .iter()
                    .map(|&j| (self.statements[j].relation, name(j)))
                    .collect();
                let (words, icon) = badge(s.stance, answers, &by, self.article.no_response_label);
                (s.stance.id(), words, icon)
            },
            quote: (s.kind == Kind::Quote).then(|| {
                let p = self.article.paragraphs[s.paragraph];
                (
                    &p[s.sentence.0..s.span.0],
                    &p[s.span.0..s.span.1],
                    &p[s.span.1..s.sentence.1],
                )
            }),
            text: s.text,
            when: s.when,
            note: s.note,
            topics: s.topics.iter().map(|&t| self.topics[t].label).collect(),
            answers: s.responds_to.map(|j| link(j, s.relation.verb())),
            answered_by: answered_by
                .iter()
                .map(|&j| link(j, self.statements[j].relation.passive()))
                .collect(),
            actions,
        }
    }
}

/// The story the app shows: [`install`]ed from the page's data block when
/// the app starts (natively, the prerender installs each story it renders;
/// without one, the built-in article). Reads as a `Dataset` (`DATA.statements`,
/// `&DATA`).
pub struct Current;

pub static DATA: Current = Current;

thread_local! {
    static INSTALLED: std::cell::Cell<Option<&'static Dataset>> = const { std::cell::Cell::new(None) };
}

/// Makes `data` the story [`DATA`] reads, on this thread, for the rest of
/// the program (it is kept, as the page keeps its block).
pub fn install(data: Dataset) -> &'static Dataset {
    let data: &'static Dataset = Box::leak(Box::new(data));
    INSTALLED.with(|current| current.set(Some(data)));
    qe_core::i18n::install(data.catalogue);
    data
}

impl std::ops::Deref for Current {
    type Target = Dataset;

    /// One call at each of the app's many uses, not the thread-local read
    /// inlined at each (1.2 KB brotli of wasm).
    #[inline(never)]
    fn deref(&self) -> &Dataset {
        INSTALLED.with(std::cell::Cell::get).unwrap_or_else(builtin)
    }
}

/// The built-in article's data block (`data/article.json`, written by
/// `build.rs`), for the tests and the prerender's default. The app never
/// names it, so the wasm leaves it out and reads its story from the page.
pub const BUILTIN_BLOCK: &str = include_str!(concat!(env!("OUT_DIR"), "/data.json"));

/// The built-in article, read once: what [`DATA`] reads natively until a
/// story is installed.
#[cfg(not(target_arch = "wasm32"))]
pub fn builtin() -> &'static Dataset {
    static BUILTIN: std::sync::OnceLock<Dataset> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(|| payload::read(BUILTIN_BLOCK).expect("build.rs writes a valid block"))
}

/// In the browser the app installs its story before anything reads it
/// (`app::start`; the component tests install the built-in one).
#[cfg(target_arch = "wasm32")]
fn builtin() -> &'static Dataset {
    unreachable!()
}
