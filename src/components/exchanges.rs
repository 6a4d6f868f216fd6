//! The story's exchanges: each statement that answers another, side by side
//! with the claim it answers ("claim ↔ response"), for the current filters.

use yew::prelude::*;

use super::{show_card, use_app};
use crate::location::statement_fragment;
use crate::model::DATA;

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
        html! {
            <a href={statement_fragment(s.id)} class={classes!("exchange-side", speaker.side.class())}
               onclick={show_card(&state, i)}>
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
