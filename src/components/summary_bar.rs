//! Counts per stance ("2 agreed · 6 disputed · 12 unchallenged") that are
//! also stance filters.

use yew::prelude::*;

use crate::app::AppContext;
use crate::filter::Facet;
use crate::model::Stance;
use crate::state::Action;

pub fn summary_bar(state: &AppContext) -> Html {
    let buttons = Stance::ALL.iter().map(|&stance| {
        let v = stance.index();
        let pressed = state.location.filter.stances.contains(&v);
        let count = state.outcome.count(Facet::Stance, v);
        let onclick = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::Toggle(Facet::Stance, v)))
        };
        html! {
            <li>
                <button type="button" class={classes!("stance-pill", format!("stance-{}", stance.id()))}
                        aria-pressed={pressed.to_string()} disabled={count == 0 && !pressed} {onclick}>
                    <span aria-hidden="true" class="stance-icon">{stance.icon()}</span>
                    {count}{" "}{stance.id()}
                </button>
            </li>
        }
    });
    html! {
        <ul class="summary-bar" aria-label="Statements by stance">{for buttons}</ul>
    }
}
