//! The filter engine: which statements match a [`FilterState`], and how many
//! would match if each facet value were toggled ("disjunctive" counts, as
//! faceted search shows them).
//!
//! Within a facet, selected values combine with OR; across facets, with AND;
//! a query keeps the statements with at least one of its words (each at the
//! start of a word), those with all of them first ([`Outcome::ranked`]).
//! [`Index`] precomputes one bitset per facet value, once; the folded search
//! text and its byte-pair bits come compiled into the data
//! ([`crate::model::SearchData`]), so a keystroke costs a substring scan and
//! a few AND + popcount passes.

use crate::model::{Dataset, Stance};
use crate::text::{fold, nearest, pair_bits, starts_word, terms};
use qe_core::i18n::m;

mod bits;
mod explain;
mod selection;

pub use bits::Bits;
pub use explain::{emptied_text, word_note};
pub use selection::{FilterState, Selection};

/// A dimension the reader filters by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Speaker,
    Topic,
    Stance,
}

impl Facet {
    pub const ALL: [Facet; 3] = [Facet::Speaker, Facet::Topic, Facet::Stance];

    /// The URL parameter name.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Speaker => "speaker",
            Facet::Topic => "topic",
            Facet::Stance => "stance",
        }
    }

    /// The facet's name: its fieldset's `<legend>`, and what a chip
    /// removes ("Remove filter Speaker: …"), in the reader's language.
    pub fn legend(self) -> &'static str {
        match self {
            Facet::Speaker => m::facet_speaker(),
            Facet::Topic => m::facet_topic(),
            Facet::Stance => m::facet_stance(),
        }
    }

    pub fn len(self, data: &Dataset) -> usize {
        match self {
            Facet::Speaker => data.speakers.len(),
            Facet::Topic => data.topics.len(),
            Facet::Stance => Stance::ALL.len(),
        }
    }

    /// The id of value `i`, as used in URLs.
    pub fn value_id(self, data: &Dataset, i: usize) -> &'static str {
        match self {
            Facet::Speaker => data.speakers[i].id,
            Facet::Topic => data.topics[i].id,
            Facet::Stance => Stance::ALL[i].id(),
        }
    }

    /// The name of value `i`, as shown to readers.
    pub fn value_label(self, data: &Dataset, i: usize) -> &'static str {
        match self {
            Facet::Speaker => data.speakers[i].name,
            Facet::Topic => data.topics[i].label,
            Facet::Stance => data.stance_label(Stance::ALL[i]),
        }
    }

    pub fn find(self, data: &Dataset, id: &str) -> Option<usize> {
        (0..self.len(data)).find(|&i| self.value_id(data, i) == id)
    }

    /// The id of value `v`'s checkbox in the filter panel: `f-speaker-lavrov`
    /// (the prerendered page writes the same).
    pub fn control_id(self, data: &Dataset, v: usize) -> String {
        format!("f-{}-{}", self.key(), self.value_id(data, v))
    }

    /// The facet value a checkbox id names ([`Facet::control_id`]).
    pub fn from_control_id(data: &Dataset, id: &str) -> Option<(Facet, usize)> {
        let rest = id.strip_prefix("f-")?;
        Facet::ALL.iter().find_map(|&facet| {
            let value = rest.strip_prefix(facet.key())?.strip_prefix('-')?;
            facet.find(data, value).map(|v| (facet, v))
        })
    }
}

/// How well a query term matches a statement, for ordering by best match:
/// the speaker's name and the statement's own words first, then the
/// speaker's role and the note.
struct Weight;

impl Weight {
    const SPEAKER_NAME: u8 = 4;
    const WORDS: u8 = 3;
    const SPEAKER_ROLE: u8 = 1;
    const NOTE: u8 = 1;

    /// `first` if `term` starts a word before the first line break of
    /// `text` ("name\nrole", "words\nnote"), `rest` if after it, else 0.
    fn of(text: &str, term: &str, first: u8, rest: u8) -> u8 {
        let split = text.find('\n').unwrap_or(text.len());
        text.match_indices(term)
            .filter(|&(at, _)| starts_word(text, at))
            .map(|(at, _)| if at < split { first } else { rest })
            .max()
            .unwrap_or(0)
    }
}

/// Whether a text's byte-pair bits (`text::pair_bits`) include all of a
/// term's: if not, the text cannot contain the term.
fn has_all_pairs(text: &[u64; 4], term: &[u64; 4]) -> bool {
    text.iter().zip(term).all(|(a, b)| a & b == *b)
}

/// The result of applying a filter state: the matching statements and the
/// count each facet value would have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub matches: Bits,
    pub shown: usize,
    pub total: usize,
    /// How many of the statements shown have each stance (by
    /// [`Stance::index`]): what the stance summary says is on screen.
    pub shown_by_stance: [usize; 3],
    /// With a query, the matches by best match first: those with the most
    /// of its words, then the highest [`Weight`], then in article order;
    /// `None` without one.
    pub ranked: Option<Vec<usize>>,
    /// With a query, how its words are spread over the statements shown.
    pub words: Option<Words>,
    counts: [Vec<usize>; 3],
}

/// How a query's words are spread over the statements shown: what the note
/// under the count says when not every statement has every word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// For each word (in the order of [`terms`]), how many statements shown
    /// have it.
    pub each: Vec<usize>,
    /// How many statements shown have every word.
    pub all: usize,
}

/// What emptied a result: the fewest of the reader's choices (the selections
/// of some facets, the search words) that together match no statement, as
/// [`Index::emptied`] finds them. [`emptied_text`] says it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Emptied {
    /// The facets whose selections take part (by `Facet as usize`).
    pub facets: [bool; 3],
    /// Whether the search words take part.
    pub words: bool,
}

/// How a query's words matched the statements it scanned.
struct Hits {
    /// The statements with at least one word.
    any: Bits,
    /// For each word (in the order of [`terms`]), the statements with it.
    each: Vec<Bits>,
    /// For each statement, how many words it has.
    found: Vec<u8>,
    /// For each statement, its words' [`Weight`]s summed.
    score: Vec<u8>,
}

impl Outcome {
    /// The matches in the order the list shows them: by best match when
    /// there is a query and `best` is asked for, else in article order.
    pub fn in_order(&self, best: bool) -> impl Iterator<Item = usize> + '_ {
        let ranked = self.ranked.as_deref().filter(|_| best);
        ranked
            .into_iter()
            .flatten()
            .copied()
            .chain(self.matches.iter().filter(move |_| ranked.is_none()))
    }

    /// Statements matching if `value` were toggled on, all else unchanged.
    pub fn count(&self, facet: Facet, value: usize) -> usize {
        self.counts[facet as usize].get(value).copied().unwrap_or(0)
    }
}

/// Everything about a dataset that does not depend on the reader's choices.
pub struct Index {
    data: &'static Dataset,
    len: usize,
    by_value: [Vec<Bits>; 3],
    /// For each statement, the statements that answer it (`responds_to`).
    answers: Vec<Vec<usize>>,
    /// For each paragraph, the statements located in it.
    in_paragraph: Vec<Vec<usize>>,
    /// The statements that have answers, in article order: the claims of
    /// the threads.
    claims: Vec<usize>,
}

impl Index {
    pub fn new(data: &'static Dataset) -> Self {
        let len = data.statements.len();
        let mut by_value: [Vec<Bits>; 3] = Facet::ALL.map(|f| vec![Bits::none(len); f.len(data)]);
        let mut answers = vec![Vec::new(); len];
        let mut in_paragraph = vec![Vec::new(); data.article.paragraphs.len()];
        for (i, s) in data.statements.iter().enumerate() {
            if let Some(claim) = s.responds_to {
                answers[claim].push(i);
            }
            in_paragraph[s.paragraph].push(i);
            by_value[Facet::Speaker as usize][s.speaker].set(i);
            for &t in s.topics {
                by_value[Facet::Topic as usize][t].set(i);
            }
            by_value[Facet::Stance as usize][s.stance.index()].set(i);
        }
        let claims = (0..len).filter(|&i| !answers[i].is_empty()).collect();
        Index {
            data,
            len,
            by_value,
            answers,
            in_paragraph,
            claims,
        }
    }

    /// The claims that have answers, in article order, whose thread (the
    /// claim or one of its answers) has a statement in `matches`: the
    /// threads of "Where they disagree" for the current filters.
    pub fn threads<'a>(&'a self, matches: &'a Bits) -> impl Iterator<Item = usize> + 'a {
        self.claims.iter().copied().filter(move |&claim| {
            matches.contains(claim) || self.answers(claim).iter().any(|&a| matches.contains(a))
        })
    }

    /// The statements that answer statement `i`.
    pub fn answers(&self, i: usize) -> &[usize] {
        self.answers.get(i).map_or(&[], Vec::as_slice)
    }

    /// The statements located in paragraph `p`, in the data's order.
    pub fn in_paragraph(&self, p: usize) -> &[usize] {
        self.in_paragraph.get(p).map_or(&[], Vec::as_slice)
    }

    /// How the words of `query` match the `candidates` (`None`: no query):
    /// which statements have each word and how well ([`Weight`]). Each word
    /// scans every candidate, skipping those that lack one of its byte pairs.
    fn query_matches(&self, query: &str, candidates: &Bits) -> Option<Hits> {
        let terms = terms(query);
        if terms.is_empty() {
            return None;
        }
        let text = &self.data.search;
        let mut hits = Hits {
            any: Bits::none(self.len),
            each: Vec::with_capacity(terms.len()),
            found: vec![0; self.len],
            score: vec![0; self.len],
        };
        let mut by_speaker = vec![0u8; text.speakers.len()];
        for term in &terms {
            let needed = pair_bits(term);
            for (speaker, name) in text.speakers.iter().enumerate() {
                by_speaker[speaker] =
                    Weight::of(name, term, Weight::SPEAKER_NAME, Weight::SPEAKER_ROLE);
            }
            let mut has = Bits::none(self.len);
            for i in candidates.iter() {
                let mut weight = by_speaker[self.data.statements[i].speaker];
                if has_all_pairs(&text.pairs[i], &needed) {
                    weight += Weight::of(text.of(i), term, Weight::WORDS, Weight::NOTE);
                }
                if weight > 0 {
                    has.set(i);
                    hits.found[i] += 1;
                    hits.score[i] = hits.score[i].saturating_add(weight);
                }
            }
            hits.any.or_with(&has);
            hits.each.push(has);
        }
        Some(hits)
    }

    /// The statements that pass all facets but at most one: the only ones
    /// the result and the disjunctive counts look at, so the only ones the
    /// query needs to scan.
    fn counted(&self, facets: &[Option<Bits>; 3]) -> Bits {
        let all = Bits::all(self.len);
        if facets.iter().filter(|f| f.is_some()).count() < 2 {
            return all;
        }
        let mask = |f: usize| facets[f].as_ref().unwrap_or(&all);
        let mut out = Bits::none(self.len);
        for (a, b) in [(0, 1), (0, 2), (1, 2)] {
            let mut pair = mask(a).clone();
            pair.and_with(mask(b));
            out.or_with(&pair);
        }
        out
    }

    /// The union of the selected values' bitsets (`None`: nothing selected).
    fn facet_matches(&self, facet: Facet, state: &FilterState) -> Option<Bits> {
        let selected = state.selected(facet);
        let values = &self.by_value[facet as usize];
        let mut chosen = selected.iter().filter_map(|&v| values.get(v));
        let mut union = chosen.next()?.clone();
        for bits in chosen {
            union.or_with(bits);
        }
        Some(union)
    }

    pub fn evaluate(&self, state: &FilterState) -> Outcome {
        let facets: [Option<Bits>; 3] = Facet::ALL.map(|f| self.facet_matches(f, state));
        let hits = self.query_matches(&state.query, &self.counted(&facets));
        // Everything but one facet, intersected: the base of that facet's counts.
        let all_but = |skip: usize| -> Bits {
            let mut bits = hits
                .as_ref()
                .map_or_else(|| Bits::all(self.len), |h| h.any.clone());
            for (f, mask) in facets.iter().enumerate() {
                if let (true, Some(mask)) = (f != skip, mask) {
                    bits.and_with(mask);
                }
            }
            bits
        };
        let mut matches = Bits::all(self.len);
        let mut counts: [Vec<usize>; 3] = Default::default();
        for facet in Facet::ALL {
            let f = facet as usize;
            let base = all_but(f);
            counts[f] = self.by_value[f].iter().map(|v| base.count_and(v)).collect();
            if f == 0 {
                matches = base;
                if let Some(mask) = &facets[0] {
                    matches.and_with(mask);
                }
            }
        }
        let stances = &self.by_value[Facet::Stance as usize];
        let words = hits.as_ref().map(|hits| {
            let mut all = matches.clone();
            for has in &hits.each {
                all.and_with(has);
            }
            Words {
                each: hits.each.iter().map(|has| matches.count_and(has)).collect(),
                all: all.count(),
            }
        });
        Outcome {
            shown: matches.count(),
            shown_by_stance: std::array::from_fn(|s| matches.count_and(&stances[s])),
            ranked: hits.map(|hits| by_rank(&matches, &hits.found, &hits.score)),
            words,
            matches,
            total: self.len,
            counts,
        }
    }

    /// Why `state` shows no statement: the fewest of its choices that
    /// together match none (fewest facets and words; among as few, the
    /// facets alone before any with the words), or `None` when it shows
    /// some. Called for an empty result only: it scans every statement for
    /// the words.
    pub fn emptied(&self, state: &FilterState) -> Option<Emptied> {
        let all = Bits::all(self.len);
        let facets = Facet::ALL.map(|f| self.facet_matches(f, state));
        let words = self.query_matches(&state.query, &all).map(|hits| hits.any);
        let parts = [
            facets[0].as_ref(),
            facets[1].as_ref(),
            facets[2].as_ref(),
            words.as_ref(),
        ];
        let chosen = (0..4)
            .filter(|&p| parts[p].is_some())
            .fold(0u8, |m, p| m | 1 << p);
        let empty = |subset: u8| {
            let mut bits = all.clone();
            for (p, part) in parts.iter().enumerate() {
                if let (true, Some(part)) = (subset & 1 << p != 0, part) {
                    bits.and_with(part);
                }
            }
            bits.count() == 0
        };
        if !empty(chosen) {
            return None;
        }
        // Every subset of the choices, as few as possible, the words last.
        let subset = (0..=chosen)
            .filter(|&subset| subset & !chosen == 0)
            .min_by_key(|&subset| (!empty(subset), subset.count_ones(), subset & 8, subset))?;
        Some(Emptied {
            facets: std::array::from_fn(|f| subset & 1 << f != 0),
            words: subset & 8 != 0,
        })
    }
}

/// What an empty search result suggests: the speaker or topic whose name
/// has a word nearest to a query term ("lavrow" → Sergey Lavrov), when one
/// is a typo away (about one edit in three letters).
pub fn suggest(data: &Dataset, query: &str) -> Option<(Facet, usize)> {
    let names: Vec<(String, (Facet, usize))> = [Facet::Speaker, Facet::Topic]
        .into_iter()
        .flat_map(|facet| (0..facet.len(data)).map(move |v| (facet, v)))
        .map(|(facet, v)| (fold(facet.value_label(data, v)), (facet, v)))
        .collect();
    let words = || {
        names.iter().flat_map(|(name, value)| {
            name.split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| w.len() > 2)
                .map(move |w| (w, *value))
        })
    };
    terms(query)
        .iter()
        .filter_map(|term| nearest(term, words()))
        .min_by_key(|&(d, _)| d)
        .map(|(_, value)| value)
}

/// The statements in `matches` by rank: the most words `found` first, then
/// the highest `score`, then in article order. A counting sort of the two
/// small numbers as one key (at most `text::MAX_TERMS` words, scores below
/// 256), which links in no sort routine and takes linear time at any size.
fn by_rank(matches: &Bits, found: &[u8], score: &[u8]) -> Vec<usize> {
    let key = |i: usize| usize::from(found[i]) << 8 | usize::from(score[i]);
    let top = matches.iter().map(key).max().unwrap_or(0);
    // `starts[top - k]`: where the statements of key `k` go.
    let mut starts = vec![0usize; top + 2];
    for i in matches.iter() {
        starts[top - key(i) + 1] += 1;
    }
    for s in 1..starts.len() {
        starts[s] += starts[s - 1];
    }
    let mut ranked = vec![0; starts[top + 1]];
    for i in matches.iter() {
        let slot = &mut starts[top - key(i)];
        ranked[*slot] = i;
        *slot += 1;
    }
    ranked
}

#[cfg(test)]
mod tests;
