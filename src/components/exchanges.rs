//! The story's exchanges: each statement that answers another, side by side
//! with the claim it answers ("claim ↔ response"), for the current filters.

use yew::prelude::*;

use super::use_app;
use crate::model::DATA;
use crate::state::Action;

#[function_component(Exchanges)]
pub fn exchanges() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let matches = &state.outcome.matches;
    let pairs: Vec<(usize, usize)> = DATA
        .statements
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.responds_to.map(|claim| (claim, i)))
        .filter(|&(claim, response)| matches.contains(claim) || matches.contains(response))
        .collect();
    if pairs.is_empty() {
        return html! {};
    }
    let side = |i: usize, role: &'static str| {
        let s = &DATA.statements[i];
        let speaker = DATA.speaker_of(s);
        let onclick = {
            let state = state.clone();
            Callback::from(move |e: MouseEvent| {
                e.prevent_default();
                state.dispatch(Action::ShowCard(i));
            })
        };
        html! {
            <a href={format!("#statement-{}", s.id)} class={classes!("exchange-side", speaker.side.class())} {onclick}>
                <span class="exchange-role">{role}</span>
                <strong class="exchange-speaker">{speaker.name}</strong>
                <span class="exchange-text">{s.text}</span>
            </a>
        }
    };
    html! {
        <section class="exchanges" aria-labelledby="exchanges-heading">
            <h2 id="exchanges-heading">{"Claim ↔ response"}</h2>
            <ul>
                {for pairs.iter().map(|&(claim, response)| html! {
                    <li class="exchange" key={response}>
                        {side(claim, "Claim")}
                        <span class="exchange-arrow" aria-hidden="true">{"↔"}</span>
                        {side(response, "Response")}
                    </li>
                })}
            </ul>
        </section>
    }
}
