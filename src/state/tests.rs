//! The reducer, natively: what each action does to the view, the history
//! and the count, on the built-in article.

use super::*;
use crate::filter::Facet;
use crate::location::parse;
use crate::model::{Stance, DATA};

fn state_at(search: &str) -> AppState {
    AppState::new(parse(search, &DATA), None)
}

fn after(state: &AppState, action: Action) -> AppState {
    state.after(action).expect("the action changes the state")
}

fn lavrov() -> usize {
    Facet::Speaker
        .find(&DATA, "lavrov")
        .expect("Lavrov speaks in the article")
}

fn disputed() -> usize {
    Stance::Disputed.index()
}

#[test]
fn a_toggle_adds_a_history_entry_and_counts_anew() {
    let start = state_at("");
    let next = after(&start, Action::Toggle(Facet::Speaker, lavrov()));
    assert_eq!(next.history, HistoryMode::Push);
    assert!(next
        .location
        .filter
        .selected(Facet::Speaker)
        .contains(&lavrov()));
    let lavrovs = DATA
        .statements
        .iter()
        .filter(|s| s.speaker == lavrov())
        .count();
    assert_eq!(next.outcome.matches.count(), lavrovs);
    assert!(lavrovs < start.outcome.matches.count());
    let back = after(&next, Action::Toggle(Facet::Speaker, lavrov()));
    assert!(back.location.filter.is_empty());
    assert_eq!(back.outcome.matches.count(), DATA.statements.len());
}

#[test]
fn typing_replaces_the_history_entry_and_the_same_text_changes_nothing() {
    let start = state_at("");
    let typed = after(&start, Action::SetQuery("evidence".into()));
    assert_eq!(typed.history, HistoryMode::Replace);
    assert_eq!(typed.location.filter.query, "evidence");
    assert!(typed.after(Action::SetQuery("evidence".into())).is_none());
}

#[test]
fn a_view_switch_keeps_the_outcome_it_does_not_change() {
    let start = state_at("?stance=disputed");
    let article = after(&start, Action::SetView(View::Article));
    assert_eq!(article.location.view, View::Article);
    assert!(Rc::ptr_eq(&start.outcome, &article.outcome));
    assert_eq!(article.history, HistoryMode::Push);
}

#[test]
fn clear_all_drops_every_filter_and_the_search() {
    let start = state_at("?speaker=lavrov&stance=disputed&q=evidence");
    let cleared = after(&start, Action::ClearAll);
    assert!(cleared.location.filter.is_empty());
    assert_eq!(cleared.outcome.matches.count(), DATA.statements.len());
}

#[test]
fn opening_a_card_the_filters_hide_clears_them_and_marks_it() {
    let start = state_at("?speaker=lavrov");
    let hidden = (0..DATA.statements.len())
        .find(|&i| DATA.statements[i].speaker != lavrov())
        .expect("someone else speaks too");
    let shown = after(&start, Action::ShowCard(hidden));
    assert!(shown.location.filter.is_empty());
    assert_eq!(shown.target, Some(hidden));
    assert_eq!(shown.reveal, start.reveal + 1);
    assert_eq!(shown.history, HistoryMode::Push);
    // The same card again scrolls again but adds no history entry.
    let again = after(&shown, Action::ShowCard(hidden));
    assert_eq!(again.history, HistoryMode::Keep);
    assert_eq!(again.reveal, shown.reveal + 1);
}

#[test]
fn in_the_article_opens_the_article_view_at_the_statement() {
    let shown = after(&state_at(""), Action::ShowInArticle(0));
    assert_eq!(shown.location.view, View::Article);
    assert_eq!(shown.target, Some(0));
}

#[test]
fn back_and_forward_restore_without_writing_history() {
    let start = state_at("");
    let restored = after(
        &start,
        Action::Restore(parse("?stance=disputed", &DATA).location, None),
    );
    assert_eq!(restored.history, HistoryMode::Keep);
    assert!(restored
        .location
        .filter
        .selected(Facet::Stance)
        .contains(&disputed()));
}

#[test]
fn a_link_to_another_view_adds_a_history_entry() {
    let start = state_at("?q=evidence");
    let to = parse("?speaker=lavrov&topic=syria", &DATA).location;
    let next = after(&start, Action::Navigate(to.clone()));
    assert_eq!(next.location, to);
    assert_eq!(next.history, HistoryMode::Push);
    assert!(next.outcome.matches.count() < DATA.statements.len());
}

#[test]
fn a_suggestion_swaps_the_search_for_the_filter() {
    let start = state_at("?q=lavrof");
    let taken = after(&start, Action::Suggestion(Facet::Speaker, lavrov()));
    assert!(taken.location.filter.query.is_empty());
    assert!(taken
        .location
        .filter
        .selected(Facet::Speaker)
        .contains(&lavrov()));
}

#[test]
fn a_link_whose_filters_hide_its_statement_shows_it_and_says_so() {
    let hidden = (0..DATA.statements.len())
        .find(|&i| DATA.statements[i].speaker != lavrov())
        .expect("someone else speaks too");
    let state = AppState::new(parse("?speaker=lavrov", &DATA), Some(hidden));
    assert!(state.location.filter.is_empty());
    assert!(state.ignored.contains(&Ignored::FiltersHidingTarget));
}

#[test]
fn dismissing_the_notice_and_a_refused_history_are_remembered() {
    let start = state_at("?speaker=nobody");
    assert_eq!(start.ignored.len(), 1);
    let dismissed = after(&start, Action::DismissNotice);
    assert!(dismissed.ignored.is_empty());
    let refused = after(&dismissed, Action::HistoryUnavailable);
    assert!(!refused.history_works);
    assert_eq!(refused.history, HistoryMode::Keep);
}

#[test]
fn taps_before_the_app_started_are_taken_over_and_written_to_the_address() {
    let start = state_at("?topic=syria");
    let untouched = start.clone().take_over(false, &[], "", true);
    assert!(untouched.filters_open_at_start);
    assert_eq!(untouched.location, start.location);

    let long = "x".repeat(crate::location::MAX_QUERY_CHARS + 10);
    let ids = [Facet::Stance.control_id(&DATA, disputed())];
    let taken = start.take_over(true, &ids, &long, false);
    assert!(taken.location.filter.selected(Facet::Topic).is_empty());
    assert!(taken
        .location
        .filter
        .selected(Facet::Stance)
        .contains(&disputed()));
    assert_eq!(
        taken.location.filter.query.chars().count(),
        crate::location::MAX_QUERY_CHARS
    );
    assert_eq!(taken.history, HistoryMode::Replace);
}
