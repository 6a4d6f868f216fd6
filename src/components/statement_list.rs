//! The matching statements as cards, a page at a time so that even a very
//! large article stays responsive; the count above is always exact.

use std::rc::Rc;

use yew::prelude::*;

use super::statement_card::{SharedIndex, StatementCard};
use super::use_app;
use crate::app::link_to;
use crate::app::AppContext;
use crate::state::Action;
use crate::text::terms;

/// Cards rendered before "Show more".
pub const PAGE: usize = 20;

/// What an empty result says, with the way out.
pub fn no_match(state: &AppContext) -> Html {
    let clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ClearAll))
    };
    html! {
        <div class="empty">
            <p>{"No statements match these filters."}</p>
            <button type="button" onclick={clear}>{"Clear all filters"}</button>
        </div>
    }
}

#[function_component(StatementList)]
pub fn statement_list() -> Html {
    let app = use_app();
    // How many cards "Show more" asked for, and for which result (by the
    // outcome's address): a new result starts again at the first page
    // without an effect, so a filter change renders the list once, not twice.
    let limit = use_state(|| (PAGE, 0usize));
    let query = app
        .as_ref()
        .map(|s| s.location.filter.query.clone())
        .unwrap_or_default();
    let terms = use_memo(query, |q| terms(q));
    let Some(state) = app else { return html! {} };

    if state.outcome.shown == 0 {
        return no_match(&state);
    }
    // Show at least as far as the statement the reader navigated to.
    let needed = state
        .target
        .and_then(|t| state.outcome.matches.iter().position(|i| i == t))
        .map_or(0, |p| p + 1);
    let result = Rc::as_ptr(&state.outcome) as usize;
    let asked = if limit.1 == result { limit.0 } else { PAGE };
    let shown = asked.max(needed).min(state.outcome.shown);
    let rest = state.outcome.shown - shown;
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set((shown + PAGE, result)))
    };
    let dispatch = state.dispatcher();
    let engine = SharedIndex(state.index.clone());
    let full_view = state
        .location
        .embed
        .on
        .then(|| AttrValue::from(link_to(&state.location.full_view())));
    html! {
        <>
            <ol class="cards">
                {for state.outcome.matches.iter().take(shown).map(|i| html! {
                    <li key={i}>
                        <StatementCard index={i} terms={terms.clone()} target={state.target == Some(i)}
                                       full_view={full_view.clone()} dispatch={dispatch.clone()}
                                       engine={engine.clone()} />
                    </li>
                })}
            </ol>
            if rest > 0 {
                <button type="button" class="show-more" onclick={more}>
                    {format!("Show {} more ({rest} not shown)", rest.min(PAGE))}
                </button>
            }
        </>
    }
}
