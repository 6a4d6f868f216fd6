//! The filters: the search field and one fieldset per facet. On phones (and
//! always in the compact embed) they fold behind a button that says how many
//! are active, so the list stays the first thing in view.

use yew::prelude::*;

use super::facet_fieldset::facet_fieldset;
use super::search_box::SearchBox;
use super::use_app;
use crate::filter::Facet;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Folded at every width (the embed), not only on narrow screens.
    pub compact: bool,
}

#[function_component(FilterPanel)]
pub fn filter_panel(props: &Props) -> Html {
    let open = use_state(|| false);
    let Some(state) = use_app() else {
        return html! {};
    };
    let active = state.location.filter.active_count();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let label = match active {
        0 => "Filters".to_owned(),
        n => format!("Filters ({n} active)"),
    };
    html! {
        <nav class={classes!("filters", props.compact.then_some("is-compact"), open.then_some("is-open"))}
             aria-label="Filters">
            <button type="button" class="filters-toggle" aria-expanded={open.to_string()}
                    aria-controls="filter-fields" onclick={toggle}>
                <span aria-hidden="true" class="chevron">{if *open { "▾" } else { "▸" }}</span>{label}
            </button>
            <div id="filter-fields" class="filter-fields">
                <SearchBox />
                {for Facet::ALL.iter().map(|&facet| facet_fieldset(&state, facet))}
            </div>
        </nav>
    }
}
