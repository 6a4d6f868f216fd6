//! What the reader chose: a [`Selection`] of values per facet and the
//! search, together a [`FilterState`].

use super::Facet;
use crate::model::Dataset;

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
