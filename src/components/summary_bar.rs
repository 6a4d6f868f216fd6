//! The stances of the statements on screen ("Shown: 0 agreed · 2 disputed
//! · 0 unchallenged"), each also a stance filter. The facet checkboxes keep
//! their disjunctive counts (what ticking would show); these say what is
//! shown, so they always add up to the result count.

use yew::prelude::*;

use crate::context::AppContext;
use crate::filter::Facet;
use crate::model::Stance;
use crate::state::Action;

pub fn summary_bar(state: &AppContext) -> Html {
    let buttons = Stance::ALL.iter().map(|&stance| {
        let v = stance.index();
        let pressed = state.location.filter.stances.contains(&v);
        let count = state.outcome.shown_by_stance[v];
        // A stance that ticking would not change stays pressable only to
        // be released.
        let adds = state.outcome.count(Facet::Stance, v) > 0;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::Toggle(Facet::Stance, v)))
        };
        html! {
            <li>
                <button type="button" CLASS={format!("stance-pill stance-{}", stance.id())}
                        aria-pressed={pressed.to_string()} disabled={!adds && !pressed} {onclick}>
                    <span aria-hidden="true" class="stance-icon">{stance.icon()}</span>
                    {count}{" "}{stance.id()}
                </button>
            </li>
        }
    });
    html! {
        <>
            <ul class="summary-bar" aria-label="Stances of the statements shown">
                <li class="summary-label" aria-hidden="true">{"Shown:"}</li>
                {for buttons}
            </ul>
            // Said once above the cards rather than on each.
            <p class="kind-legend">{crate::model::KIND_LEGEND}</p>
        </>
    }
}
