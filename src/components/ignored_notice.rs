//! Says what the URL asked for that the app ignored, and that the address
//! bar cannot follow in this frame; dismissible.

use qe_core::i18n::m;
use yew::prelude::*;

use crate::context::AppContext;
use crate::state::Action;

/// At most this many ignored items are listed by name.
const LISTED: usize = 5;

/// The ignored items named, joined by the language's comma
/// (`list-comma`), and how many more there are (`ignored-and-more`).
fn named(state: &AppContext) -> String {
    let names: Vec<String> = state
        .ignored
        .iter()
        .take(LISTED)
        .map(ToString::to_string)
        .collect();
    let listed = match names.as_slice() {
        [] => String::new(),
        [rest @ .., last] => rest
            .iter()
            .rev()
            .fold(last.clone(), |tail, name| m::list_comma(name, &tail)),
    };
    match state.ignored.len().checked_sub(LISTED) {
        Some(more) if more > 0 => m::ignored_and_more(more, &listed),
        _ => listed,
    }
}

pub fn ignored_notice(state: &AppContext) -> Html {
    if state.ignored.is_empty() {
        return html! {};
    }
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="notice" role="note">
            <p>{m::ignored_notice(&named(state))}</p>
            <button type="button" class="notice-dismiss" onclick={dismiss} aria-label={m::ignored_dismiss()}>{"×"}</button>
        </div>
    }
}
