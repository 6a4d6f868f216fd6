//! The app's one state and the actions that change it (a Yew `Reducible`
//! in the shell; [`AppState::after`] natively, where it is unit-tested).
//! Each action returns a new state; components dispatch, never mutate.
//! Matching and counting are the core's (`filter::Index`); this module only
//! records what changed and how the address bar should follow.

use std::rc::Rc;

use crate::filter::{Facet, Index, Outcome};
use crate::location::{Ignored, Location, Parsed, View};
use crate::model::DATA;

/// How the address bar follows a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryMode {
    /// A new entry: Back returns to the previous view.
    Push,
    /// Rewrite the current entry (typing in the search box).
    Replace,
    /// The address already says it (first load, Back/Forward).
    Keep,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Toggle(Facet, usize),
    /// Selects or clears every speaker on a side (the speaker filter's side heading).
    ToggleSide(usize),
    /// A search's results by best match (`false`) or in article order.
    SetArticleOrder(bool),
    /// An empty search's suggestion taken: the search gives way to the
    /// speaker or topic it was probably after.
    Suggestion(Facet, usize),
    SetQuery(String),
    ClearAll,
    SetView(View),
    /// Opens statement `i`'s card (list view) and marks it.
    ShowCard(usize),
    /// Opens the article view at statement `i`'s place.
    ShowInArticle(usize),
    /// The address changed under us (Back/Forward, a pasted fragment).
    Restore(Location, Option<usize>),
    /// A link inside the app to another view (the overview's rows and
    /// cells), with a history entry of its own.
    Navigate(Location),
    DismissNotice,
    /// The browser refused to write the address bar: stop trying, say so once.
    HistoryUnavailable,
}

#[derive(Clone)]
pub struct AppState {
    pub location: Location,
    pub outcome: Rc<Outcome>,
    pub index: Rc<Index>,
    /// The statement deep-linked or navigated to, marked and scrolled to.
    pub target: Option<usize>,
    pub history: HistoryMode,
    /// What the URL asked for that the app could not use.
    pub ignored: Rc<Vec<Ignored>>,
    pub history_works: bool,
    /// Bumped whenever the reader asks to go to `target`, so asking twice
    /// scrolls twice.
    pub reveal: u32,
    /// pym.js's id for this frame, when a pym.js parent embeds us.
    pub pym_child_id: Option<String>,
    /// Whether the filter panel starts open (the reader opened the static
    /// page's before the app started).
    pub filters_open_at_start: bool,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        self.location == other.location
            && self.target == other.target
            && self.history == other.history
            && Rc::ptr_eq(&self.ignored, &other.ignored)
            && self.history_works == other.history_works
            && self.reveal == other.reveal
    }
}

impl AppState {
    pub fn new(mut parsed: Parsed, target: Option<usize>) -> Self {
        let index = Rc::new(Index::new(&DATA));
        let mut outcome = index.evaluate(&parsed.location.filter);
        // A link to a statement its own filters hide shows the statement,
        // as following a link inside the app does, and says so.
        if let Some(i) = target.filter(|&i| !outcome.matches.contains(i)) {
            parsed.location.filter = Default::default();
            parsed.ignored.push(Ignored::FiltersHidingTarget);
            outcome = index.evaluate(&parsed.location.filter);
            debug_assert!(outcome.matches.contains(i));
        }
        let outcome = Rc::new(outcome);
        AppState {
            location: parsed.location,
            outcome,
            index,
            target,
            history: HistoryMode::Keep,
            ignored: Rc::new(parsed.ignored),
            history_works: true,
            reveal: u32::from(target.is_some()),
            pym_child_id: parsed.pym_child_id,
            filters_open_at_start: false,
        }
    }

    /// The reader's taps on the static page before the app started, taken
    /// over: the filters as ticked and the search as typed (when any was
    /// changed), written to the address bar, and the panel as left.
    /// `checked` are the ids of the ticked checkboxes.
    pub fn take_over(
        self,
        touched: bool,
        checked: &[String],
        query: &str,
        filters_open: bool,
    ) -> Self {
        let mut next = AppState {
            filters_open_at_start: filters_open,
            ..self
        };
        if !touched {
            return next;
        }
        let mut location = next.location.clone();
        location.filter = Default::default();
        for id in checked {
            if let Some((facet, v)) = crate::filter::Facet::from_control_id(&DATA, id) {
                location.filter.selected_mut(facet).insert(v);
            }
        }
        // The static field has no length limit; the app's has.
        location.filter.query = query
            .chars()
            .take(crate::location::MAX_QUERY_CHARS)
            .collect();
        if location != next.location {
            next = next.with(location, next.target, HistoryMode::Replace);
        }
        next
    }

    /// A state showing `location`, re-evaluated only if the filter changed.
    fn with(&self, location: Location, target: Option<usize>, history: HistoryMode) -> Self {
        let outcome = if location.filter == self.location.filter {
            self.outcome.clone()
        } else {
            Rc::new(self.index.evaluate(&location.filter))
        };
        let reveal = if target.is_some() {
            self.reveal.wrapping_add(1)
        } else {
            self.reveal
        };
        AppState {
            location,
            outcome,
            target,
            history,
            reveal,
            ..self.clone()
        }
    }
}

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        self.after(action).map_or(self, Rc::new)
    }
}

impl AppState {
    /// The state after `action`, or `None` when it changes nothing.
    pub fn after(&self, action: Action) -> Option<AppState> {
        let mut location = self.location.clone();
        let next = match action {
            Action::Toggle(facet, value) => {
                location.filter.toggle(facet, value);
                self.with(location, None, HistoryMode::Push)
            }
            Action::ToggleSide(side) => {
                location.filter.toggle_side(&DATA, side);
                self.with(location, None, HistoryMode::Push)
            }
            Action::SetArticleOrder(article_order) => {
                location.article_order = article_order;
                self.with(location, None, HistoryMode::Push)
            }
            Action::Suggestion(facet, value) => {
                location.filter.query.clear();
                location.filter.selected_mut(facet).insert(value);
                self.with(location, None, HistoryMode::Push)
            }
            Action::SetQuery(query) => {
                if query == location.filter.query {
                    return None;
                }
                location.filter.query = query;
                self.with(location, None, HistoryMode::Replace)
            }
            Action::ClearAll => {
                location.filter = Default::default();
                self.with(location, None, HistoryMode::Push)
            }
            Action::SetView(view) => {
                location.view = view;
                self.with(location, None, HistoryMode::Push)
            }
            Action::ShowCard(i) | Action::ShowInArticle(i) => {
                location.view = if matches!(action, Action::ShowCard(_)) {
                    View::List
                } else {
                    View::Article
                };
                // A statement hidden by the filters is revealed by clearing them.
                if !self.outcome.matches.contains(i) {
                    location.filter = Default::default();
                }
                let mode = if location == self.location && self.target == Some(i) {
                    HistoryMode::Keep
                } else {
                    HistoryMode::Push
                };
                self.with(location, Some(i), mode)
            }
            Action::Restore(location, target) => self.with(location, target, HistoryMode::Keep),
            Action::Navigate(location) => self.with(location, None, HistoryMode::Push),
            Action::DismissNotice => AppState {
                ignored: Rc::new(Vec::new()),
                history: HistoryMode::Keep,
                ..self.clone()
            },
            Action::HistoryUnavailable => AppState {
                history_works: false,
                history: HistoryMode::Keep,
                ..self.clone()
            },
        };
        Some(next)
    }
}

#[cfg(test)]
mod tests;
