//! How the list shows statements: whole cards, or one line each that a tap
//! opens (`density=compact`, an embed's default). Each choice is a real
//! link, so the reader's choice is part of the view's address.

use yew::prelude::*;

use super::{navigate, PRERENDER};
use crate::context::{link_to, AppContext};
use crate::location::{Density, View};
use qe_core::i18n::m;

pub fn density_switch(state: &AppContext) -> Html {
    if state.location.view != View::List || state.outcome.shown == 0 {
        return Html::default();
    }
    let link = |density: Density, label: &'static str| {
        let mut location = state.location.clone();
        location.set_density(density);
        // The static page shows whole cards or (in a compact embed, by
        // boot.js's class) one line each: the stylesheet marks which.
        let current = !PRERENDER && state.location.density() == density;
        let href = (!PRERENDER).then(|| link_to(&location));
        html! {
            <a {href} CLASS={format!("for-{}", density.id())}
               aria-current={current.then_some("true")} onclick={navigate(state, location)}>{label}</a>
        }
    };
    html! {
        <nav class="density-switch" aria-label={m::density_switch_label()}>
            <span>{m::density_switch_heading()}</span>
            {link(Density::Full, m::density_full())}
            {link(Density::Compact, m::density_compact())}
        </nav>
    }
}
