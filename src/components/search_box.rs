//! The search field. Typing updates the list after a short pause (one URL
//! rewrite and one announcement per pause, not per key); Enter applies at once.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::use_app;
use crate::location::MAX_QUERY_CHARS;
use crate::state::Action;

/// How long typing must pause before the list follows.
const DEBOUNCE_MS: u32 = 200;

#[function_component(SearchBox)]
pub fn search_box() -> Html {
    let app = use_app();
    let applied = app
        .as_ref()
        .map(|s| s.location.filter.query.clone())
        .unwrap_or_default();
    let text = use_state(|| applied.clone());
    let timer = use_mut_ref(|| None::<Timeout>);
    // Back, Forward and "Clear all" change the query from outside.
    {
        let text = text.clone();
        let timer = timer.clone();
        use_effect_with(applied, move |applied| {
            if *text != *applied && timer.borrow().is_none() {
                text.set(applied.clone());
            }
        });
    }
    let Some(state) = app else { return html! {} };
    let oninput = {
        let (state, text, timer) = (state.clone(), text.clone(), timer.clone());
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            text.set(value.clone());
            let state = state.clone();
            let done = timer.clone();
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                done.borrow_mut().take();
                state.dispatch(Action::SetQuery(value));
            }));
        })
    };
    let onsubmit = {
        let (state, text, timer) = (state.clone(), text.clone(), timer.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            timer.borrow_mut().take();
            state.dispatch(Action::SetQuery((*text).clone()));
        })
    };
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="q">{"Search statements"}</label>
            <input type="search" id="q" name="q" value={(*text).clone()} {oninput}
                   maxlength={MAX_QUERY_CHARS.to_string()} autocomplete="off" spellcheck="false"
                   placeholder="e.g. evidence, Lavrov" />
        </form>
    }
}
