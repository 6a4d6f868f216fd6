//! The active filters as removable chips, and one "Clear all". Removing a
//! chip with the keyboard keeps the reader's place: focus moves to the chip
//! that takes its place, or to the results when no chip is left.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::context::use_app;
use crate::filter::Facet;
use crate::model::DATA;
use crate::state::Action;
use qe_core::i18n::m;

#[function_component(ActiveFilters)]
pub fn active_filters() -> Html {
    // The position of the chip just removed by the keyboard (or mouse), to
    // refocus after the next render.
    let removed: Rc<Cell<Option<usize>>> = use_memo((), |_| Cell::new(None));
    {
        let removed = removed.clone();
        use_effect(move || {
            if let Some(at) = removed.take() {
                refocus(at);
            }
        });
    }
    let Some(state) = use_app() else {
        return html! {};
    };
    let filter = &state.location.filter;
    // A fixed view keeps its filters: no chip removes one.
    if filter.is_empty() || state.location.fixed() {
        return html! {};
    }
    let mut position = 0;
    let mut chip = |label: Html, what: String, action: Action| {
        let state = state.clone();
        let removed = removed.clone();
        let at = position;
        position += 1;
        let onclick = Callback::from(move |_| {
            removed.set(Some(at));
            state.dispatch(action.clone());
        });
        html! {
            <li>
                <button type="button" class="chip" aria-label={what} {onclick}>
                    {label}<span aria-hidden="true" class="chip-x">{"×"}</span>
                </button>
            </li>
        }
    };
    let mut chips: Vec<Html> = Vec::new();
    for facet in Facet::ALL {
        for &v in filter.selected(facet) {
            let label = facet.value_label(&DATA, v);
            chips.push(chip(
                html! { <bdi>{label}</bdi> },
                m::remove_filter(facet.legend(), label),
                Action::Toggle(facet, v),
            ));
        }
    }
    let query = filter.query.trim();
    if !query.is_empty() {
        chips.push(chip(
            html! { {m::search_chip(query)} },
            m::remove_search(query),
            Action::SetQuery(String::new()),
        ));
    }
    let clear = {
        let state = state.clone();
        let removed = removed.clone();
        Callback::from(move |_| {
            removed.set(Some(0));
            state.dispatch(Action::ClearAll);
        })
    };
    html! {
        <div class="active-filters">
            <ul class="chips" aria-label={m::active_filters_label()} data-label={m::filtered_by()}>{chips}</ul>
            <button type="button" class="clear-all" onclick={clear}>{m::clear_all()}</button>
        </div>
    }
}

/// Focuses the chip now at position `at` (or the last one), or the results.
fn refocus(at: usize) {
    browser::focus_nth(".active-filters .chip", at, "results");
}
