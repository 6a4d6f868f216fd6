//! "Where they disagree": above the cards, one thread per claim that was
//! answered, its answers in order, each saying whether it disputes or
//! confirms the claim, and who said it and when; for the current filters.
//! The first few threads, with the rest a click away, so a huge article
//! stays quick. Its links open the cards (which keep the statements' ids)
//! and the claim's place in the article.

use yew::prelude::*;

use super::{on_statement_click, PRERENDER};
use crate::card;
use crate::context::use_app;
use crate::model::DATA;

/// Threads shown before "Show more".
pub const FIRST: usize = 12;

#[function_component(Exchanges)]
pub fn exchanges() -> Html {
    let limit = use_state(|| FIRST);
    let Some(state) = use_app() else {
        return html! {};
    };
    let mut threads = state.index.threads(&state.outcome.matches);
    let shown: Vec<usize> = threads.by_ref().take(*limit).collect();
    let rest = threads.count();
    if shown.is_empty() {
        return html! {};
    }
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + FIRST))
    };
    // Each thread one HTML string, parsed by the browser in one call.
    let thread = |claim: usize| {
        let answers: Vec<card::Post> = state
            .index
            .answers(claim)
            .iter()
            .map(|&a| DATA.post(a, false))
            .collect();
        let mut out = String::with_capacity(600);
        card::write_thread(&mut out, &DATA.post(claim, true), &answers, !PRERENDER);
        Html::from_html_unchecked(out.into())
    };
    html! {
        <section class="exchanges" aria-labelledby="exchanges-heading">
            <h2 id="exchanges-heading">{"Where they disagree"}</h2>
            <ul class="threads" onclick={on_statement_click(&state.dispatcher())}>
                {for shown.iter().map(|&claim| thread(claim))}
            </ul>
            if rest > 0 && !PRERENDER {
                <button type="button" class="show-more" onclick={more}>
                    {format!("Show {} more threads ({rest} not shown)", rest.min(FIRST))}
                </button>
            }
        </section>
    }
}
