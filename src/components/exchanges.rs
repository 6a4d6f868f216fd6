//! The story's exchanges: each statement that answers another, after the claim
//! it answers ("claim → response", the response saying whether it disputes
//! or confirms it), for the current filters;
//! the first few, with the rest a click away, so a huge article stays quick.

use yew::prelude::*;

use super::{on_statement_click, use_app};
use crate::card;
use crate::html::escape_into;
use crate::model::{Side, DATA};

/// Exchanges shown before "Show more".
const FIRST: usize = 12;

/// One side of an exchange, written as HTML text: a link that opens the
/// statement's card (`data-show`, handled by the list's one listener).
fn side(out: &mut String, i: usize, role: &str) {
    let s = &DATA.statements[i];
    let speaker = DATA.speaker_of(s);
    card::open_statement_link(out, s.id, i, &["exchange-side", Side::class(speaker.side)]);
    out.push_str("<span class=\"exchange-role\">");
    out.push_str(role);
    out.push_str("</span><strong class=\"exchange-speaker\">");
    escape_into(out, speaker.name);
    out.push_str("</strong><span class=\"exchange-text\">");
    escape_into(out, s.text);
    out.push_str("</span></a>");
}

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
    let item = |claim: usize, response: usize| {
        let mut out = String::with_capacity(512);
        side(&mut out, claim, "Claim");
        out.push_str("<span class=\"exchange-arrow\" aria-hidden=\"true\">→</span>");
        side(&mut out, response, DATA.statements[response].relation.verb());
        Html::from_html_unchecked(out.into())
    };
    html! {
        <section class="exchanges" aria-labelledby="exchanges-heading">
            <h2 id="exchanges-heading">{"Claim → response"}</h2>
            <ul onclick={on_statement_click(&state.dispatcher())}>
                {for shown.iter().map(|&(claim, response)| html! {
                    <li class="exchange" key={response}>{item(claim, response)}</li>
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
