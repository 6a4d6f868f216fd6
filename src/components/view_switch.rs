//! Switches between the statement list and the article view; each is a
//! real link, so it can be opened in a new tab or shared (on the static
//! page, where there is one view, neither has an address).

use yew::prelude::*;

use super::{is_plain_click, PRERENDER};
use crate::context::{link_to, AppContext};
use crate::location::View;
use crate::state::Action;
use qe_core::i18n::m;

pub fn view_switch(state: &AppContext) -> Html {
    let link = |view: View, label: &'static str| {
        let mut location = state.location.clone();
        location.view = view;
        let href = (!PRERENDER).then(|| link_to(&location));
        let current = state.location.view == view;
        let onclick = {
            let state = state.clone();
            Callback::from(move |e: MouseEvent| {
                if is_plain_click(&e) {
                    e.prevent_default();
                    state.dispatch(Action::SetView(view));
                }
            })
        };
        html! {
            <a {href} CLASS={if current { "view-tab is-current" } else { "view-tab" }}
               aria-current={current.then_some("page")} {onclick}>{label}</a>
        }
    };
    html! {
        <nav class="view-switch" aria-label={m::view_switch_label()}>
            {link(View::List, m::view_tab_statements())}
            {link(View::Article, m::view_tab_article())}
        </nav>
    }
}
