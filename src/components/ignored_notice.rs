//! Says what the URL asked for that the app ignored, and that the address
//! bar cannot follow in this frame; dismissible.

use yew::prelude::*;

use crate::context::AppContext;
use crate::state::Action;

/// At most this many ignored items are listed by name.
const LISTED: usize = 5;

pub fn ignored_notice(state: &AppContext) -> Html {
    if state.ignored.is_empty() {
        return html! {};
    }
    let mut names = String::new();
    for (k, ignored) in state.ignored.iter().take(LISTED).enumerate() {
        if k > 0 {
            names.push_str(", ");
        }
        names.push_str(&ignored.to_string());
    }
    if state.ignored.len() > LISTED {
        names.push_str(&format!(", {} more", state.ignored.len() - LISTED));
    }
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="notice" role="note">
            <p>{"Part of this link was ignored: "}{names}{"."}</p>
            <button type="button" class="notice-dismiss" onclick={dismiss} aria-label="Dismiss this notice">{"×"}</button>
        </div>
    }
}
