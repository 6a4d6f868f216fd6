//! The filter engine: which statements match a [`FilterState`], and how many
//! would match if each facet value were toggled ("disjunctive" counts, as
//! faceted search shows them).
//!
//! Within a facet, selected values combine with OR; across facets, with AND;
//! every query term must match too, at the start of a word. [`Index`] precomputes one bitset per facet
//! value, once; the folded search text and its byte-pair bits come compiled
//! into the data ([`crate::model::SearchData`]), so a keystroke costs a
//! substring scan and a few AND + popcount passes.

use crate::model::{Dataset, Stance};
use crate::text::{fold, nearest, pair_bits, starts_word, terms};

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

    /// The `<legend>` of the facet's fieldset.
    pub fn legend(self) -> &'static str {
        match self {
            Facet::Speaker => "Speaker",
            Facet::Topic => "Topic",
            Facet::Stance => "Stance",
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
            Facet::Stance => Stance::ALL[i].label(),
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

/// The values selected in one facet: indices into the data's list, kept
/// sorted and distinct, so equal selections compare and encode equal. (A
/// sorted `Vec` rather than a `BTreeSet`: a handful of values, and a few
/// kilobytes less WebAssembly.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Selection(Vec<usize>);

impl Selection {
    /// Adds `value`; `false` if it was there already.
    pub fn insert(&mut self, value: usize) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }

    /// Removes `value`; `false` if it was not there.
    pub fn remove(&mut self, value: &usize) -> bool {
        match self.0.binary_search(value) {
            Ok(at) => {
                self.0.remove(at);
                true
            }
            Err(_) => false,
        }
    }

    pub fn contains(&self, value: &usize) -> bool {
        self.0.binary_search(value).is_ok()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, usize> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'a> IntoIterator for &'a Selection {
    type Item = &'a usize;
    type IntoIter = std::slice::Iter<'a, usize>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl FromIterator<usize> for Selection {
    fn from_iter<I: IntoIterator<Item = usize>>(values: I) -> Self {
        let mut selection = Selection::default();
        for value in values {
            selection.insert(value);
        }
        selection
    }
}

impl<const N: usize> From<[usize; N]> for Selection {
    fn from(values: [usize; N]) -> Self {
        values.into_iter().collect()
    }
}

/// What the reader has chosen: values per facet (indices into the data's
/// lists, so the set's order is the data's order) and a text query.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct FilterState {
    pub speakers: Selection,
    pub topics: Selection,
    pub stances: Selection,
    pub query: String,
}

impl FilterState {
    pub fn selected(&self, facet: Facet) -> &Selection {
        match facet {
            Facet::Speaker => &self.speakers,
            Facet::Topic => &self.topics,
            Facet::Stance => &self.stances,
        }
    }

    pub fn selected_mut(&mut self, facet: Facet) -> &mut Selection {
        match facet {
            Facet::Speaker => &mut self.speakers,
            Facet::Topic => &mut self.topics,
            Facet::Stance => &mut self.stances,
        }
    }

    pub fn toggle(&mut self, facet: Facet, value: usize) {
        let set = self.selected_mut(facet);
        if !set.remove(&value) {
            set.insert(value);
        }
    }

    /// Whether every speaker on side `side` is selected (and it has any).
    pub fn side_selected(&self, data: &Dataset, side: usize) -> bool {
        let mut members = data.side_speakers(side).peekable();
        members.peek().is_some() && members.all(|s| self.speakers.contains(&s))
    }

    /// The side heading in the speaker filter: selects every speaker on
    /// side `side`, or clears them all when all are selected already.
    pub fn toggle_side(&mut self, data: &Dataset, side: usize) {
        let all = self.side_selected(data, side);
        for s in data.side_speakers(side) {
            if all {
                self.speakers.remove(&s);
            } else {
                self.speakers.insert(s);
            }
        }
    }

    /// How many facet values are selected, plus one for a query.
    pub fn active_count(&self) -> usize {
        Facet::ALL
            .iter()
            .map(|&f| self.selected(f).len())
            .sum::<usize>()
            + usize::from(!self.query.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.active_count() == 0
    }
}

/// A fixed-size set of statement indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
}

impl Bits {
    pub fn none(len: usize) -> Self {
        Bits {
            words: vec![0; len.div_ceil(64)],
        }
    }

    pub fn all(len: usize) -> Self {
        let mut bits = Bits {
            words: vec![u64::MAX; len.div_ceil(64)],
        };
        if len % 64 != 0 {
            if let Some(last) = bits.words.last_mut() {
                *last = (1u64 << (len % 64)) - 1;
            }
        }
        bits
    }

    pub fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    pub fn and_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a &= b;
        }
    }

    pub fn or_with(&mut self, other: &Bits) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }

    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// `|self ∧ other|` without building the intersection.
    pub fn count_and(&self, other: &Bits) -> usize {
        self.words
            .iter()
            .zip(&other.words)
            .map(|(a, b)| (a & b).count_ones() as usize)
            .sum()
    }

    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    w * 64 + bit
                })
            })
        })
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
    /// With a query, the matches by best match first (article order among
    /// equals); `None` without one.
    pub ranked: Option<Vec<usize>>,
    counts: [Vec<usize>; 3],
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

    /// The `candidates` containing every term of `query` (`None`: no query),
    /// and how well each matches ([`Weight`]). Each term scans only the
    /// statements the terms before it left, the longest (usually rarest)
    /// term first.
    fn query_matches(&self, query: &str, candidates: Bits) -> Option<(Bits, Vec<u8>)> {
        let mut terms = terms(query);
        if terms.is_empty() {
            return None;
        }
        // Longest first. There are at most `text::MAX_TERMS`, so an insertion
        // sort, which links in no sort routine of its own.
        for i in 1..terms.len() {
            let mut j = i;
            while j > 0 && terms[j - 1].len() < terms[j].len() {
                terms.swap(j - 1, j);
                j -= 1;
            }
        }
        let text = &self.data.search;
        let mut survivors = candidates;
        let mut score = vec![0u8; self.len];
        let mut by_speaker = vec![0u8; text.speakers.len()];
        for term in &terms {
            let needed = pair_bits(term);
            let mut hits = Bits::none(self.len);
            for (speaker, name) in text.speakers.iter().enumerate() {
                by_speaker[speaker] =
                    Weight::of(name, term, Weight::SPEAKER_NAME, Weight::SPEAKER_ROLE);
                if by_speaker[speaker] > 0 {
                    hits.or_with(&self.by_value[Facet::Speaker as usize][speaker]);
                }
            }
            for i in survivors.iter() {
                let mut weight = by_speaker[self.data.statements[i].speaker];
                if has_all_pairs(&text.pairs[i], &needed) {
                    weight += Weight::of(text.of(i), term, Weight::WORDS, Weight::NOTE);
                }
                if weight > 0 {
                    hits.set(i);
                    score[i] = score[i].saturating_add(weight);
                }
            }
            survivors.and_with(&hits);
        }
        Some((survivors, score))
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
        let (query, score) = match self.query_matches(&state.query, self.counted(&facets)) {
            Some((bits, score)) => (Some(bits), Some(score)),
            None => (None, None),
        };
        // Everything but one facet, intersected: the base of that facet's counts.
        let all_but = |skip: usize| -> Bits {
            let mut bits = query.clone().unwrap_or_else(|| Bits::all(self.len));
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
        Outcome {
            shown: matches.count(),
            shown_by_stance: std::array::from_fn(|s| matches.count_and(&stances[s])),
            ranked: score.map(|score| by_score(&matches, &score)),
            matches,
            total: self.len,
            counts,
        }
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

/// The statements in `matches`, highest score first and in article order
/// among equals: a counting sort (scores are small), which links in no
/// sort routine and takes linear time at any size.
fn by_score(matches: &Bits, score: &[u8]) -> Vec<usize> {
    let mut starts = [0usize; 257];
    for i in matches.iter() {
        starts[255 - usize::from(score[i]) + 1] += 1;
    }
    for s in 1..starts.len() {
        starts[s] += starts[s - 1];
    }
    let mut ranked = vec![0; starts[256]];
    for i in matches.iter() {
        let slot = &mut starts[255 - usize::from(score[i])];
        ranked[*slot] = i;
        *slot += 1;
    }
    ranked
}

#[cfg(test)]
mod tests;
