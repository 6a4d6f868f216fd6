//! The story's exchanges: each statement that answers another, side by side
//! with the claim it answers ("claim ↔ response"), for the current filters;
//! the first few, with the rest a click away, so a huge article stays quick.

use yew::prelude::*;

use super::{show_card, use_app};
use crate::location::statement_fragment;
use crate::model::DATA;

/// Exchanges shown before "Show more".
const FIRST: usize = 12;

#[function_component(Exchanges)]
pub fn exchanges() -> Html {
    let limit = use_state(|| FIRST);
    let Some(state) = use_app() else {
        return html! {};
    };
    let matches = &state.outcome.matches;
    let mut pairs = state
        .index
        .exchanges()
        .iter()
        .copied()
        .filter(|&(claim, response)| matches.contains(claim) || matches.contains(response));
    let shown: Vec<(usize, usize)> = pairs.by_ref().take(*limit).collect();
    let rest = pairs.count();
    if shown.is_empty() {
        return html! {};
    }
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + FIRST))
    };
    let side = |i: usize, role: &'static str| {
        let s = &DATA.statements[i];
        let speaker = DATA.speaker_of(s);
        html! {
            <a href={statement_fragment(s.id)} class={classes!("exchange-side", speaker.side.class())}
               onclick={show_card(&state.dispatcher(), i)}>
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
                {for shown.iter().map(|&(claim, response)| html! {
                    <li class="exchange" key={response}>
                        {side(claim, "Claim")}
                        <span class="exchange-arrow" aria-hidden="true">{"↔"}</span>
                        {side(response, "Response")}
                    </li>
                })}
            </ul>
            if rest > 0 {
                <button type="button" class="show-more" onclick={more}>
                    {format!("Show {} more exchanges ({rest} not shown)", rest.min(FIRST))}
                </button>
            }
        </section>
    }
}
