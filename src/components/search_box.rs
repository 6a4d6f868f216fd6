//! The search field. Typing updates the list after a short pause (one URL
//! rewrite and one announcement per pause, not per key); Enter applies at once.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::browser;
use crate::context::use_app;
use crate::location::MAX_QUERY_CHARS;
use crate::model::DATA;
use crate::state::Action;
use qe_core::i18n::m;

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
    // The last query this box applied, to tell its own changes from those
    // made elsewhere.
    let sent = use_mut_ref(|| None::<String>);
    // Back, Forward, a chip and "Clear all" change the query from outside:
    // the field follows, and a search still waiting to apply is dropped, so
    // it cannot overwrite the view Back just restored.
    {
        let (text, timer, sent) = (text.clone(), timer.clone(), sent.clone());
        use_effect_with(applied, move |applied| {
            let own = sent.borrow_mut().take_if(|sent| sent == applied).is_some();
            if !own {
                timer.borrow_mut().take();
                text.set(applied.clone());
            }
        });
    }
    let Some(state) = app else { return html! {} };
    let oninput = {
        let (state, text, timer, sent) = (state.clone(), text.clone(), timer.clone(), sent.clone());
        Callback::from(move |e: InputEvent| {
            let value = browser::input_value(&e);
            text.set(value.clone());
            let (state, done, sent) = (state.clone(), timer.clone(), sent.clone());
            *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || {
                done.borrow_mut().take();
                *sent.borrow_mut() = Some(value.clone());
                state.dispatch(Action::SetQuery(value));
            }));
        })
    };
    let onsubmit = {
        let (state, text, timer, sent) = (state.clone(), text.clone(), timer.clone(), sent.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            timer.borrow_mut().take();
            *sent.borrow_mut() = Some((*text).clone());
            state.dispatch(Action::SetQuery((*text).clone()));
        })
    };
    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="q">{m::search_label()}</label>
            <input type="search" id="q" name="q" dir="auto" value={(*text).clone()} {oninput}
                   maxlength={MAX_QUERY_CHARS.to_string()} autocomplete="off" spellcheck="false"
                   placeholder={DATA.search_hint} />
        </form>
    }
}
