//! The filters: the search field and one fieldset per facet. On phones (and
//! always in the compact embed) they fold behind a button that says how many
//! are active, so the list stays the first thing in view; open, they end in
//! a "Show N statements" button that stays in sight, closes them and lands
//! the reader on the results.

use yew::prelude::*;

use super::class_list;
use super::facet_fieldset::facet_fieldset;
use super::search_box::SearchBox;
use crate::browser;
use crate::context::use_app;
use crate::filter::Facet;
use qe_core::i18n::m;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Folded at every width (the embed), not only on narrow screens.
    pub compact: bool,
}

#[function_component(FilterPanel)]
pub fn filter_panel(props: &Props) -> Html {
    let app = use_app();
    let open = use_state(|| app.as_ref().is_some_and(|s| s.filters_open_at_start));
    // Set by "Show N statements": once the closed panel is rendered, the
    // results are scrolled to where it stood.
    let land = use_mut_ref(|| false);
    {
        let land = land.clone();
        use_effect_with(*open, move |open| {
            if !*open && std::mem::take(&mut *land.borrow_mut()) {
                browser::reveal_top("results");
            }
        });
    }
    let Some(state) = app else {
        return html! {};
    };
    let active = state.location.filter.active_count();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let show = {
        let (open, land) = (open.clone(), land.clone());
        Callback::from(move |_| {
            *land.borrow_mut() = true;
            open.set(false);
        })
    };
    let shown = state.outcome.shown;
    let label = match active {
        0 => m::filters_heading().to_owned(),
        n => m::filters_toggle_active(n),
    };
    html! {
        <nav CLASS={class_list("filters", &[(props.compact, "is-compact"), (*open, "is-open")])}
             aria-label={m::filters_heading()}>
            <button type="button" class="filters-toggle" aria-expanded={open.to_string()}
                    aria-controls="filter-fields" onclick={toggle}>
                // Its glyph follows `is-open` in the stylesheet, for the
                // app and the static page's panel (boot.js) alike.
                <span aria-hidden="true" class="chevron"></span>{label}
            </button>
            <div id="filter-fields" class="filter-fields">
                <SearchBox />
                {for Facet::ALL.iter().map(|&facet| facet_fieldset(&state, facet))}
                <button type="button" class="show-results" onclick={show}>
                    {m::show_results(shown)}
                </button>
            </div>
        </nav>
    }
}
