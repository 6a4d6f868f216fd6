//! The active filters as removable chips, and one "Clear all".

use yew::prelude::*;

use super::use_app;
use crate::filter::Facet;
use crate::model::DATA;
use crate::state::Action;

#[function_component(ActiveFilters)]
pub fn active_filters() -> Html {
    let Some(state) = use_app() else {
        return html! {};
    };
    let filter = &state.location.filter;
    if filter.is_empty() {
        return html! {};
    }
    let chip = |label: String, what: String, action: Action| {
        let state = state.clone();
        let onclick = Callback::from(move |_| state.dispatch(action.clone()));
        html! {
            <li>
                <button type="button" class="chip" aria-label={format!("Remove filter {what}")} {onclick}>
                    {label}<span aria-hidden="true" class="chip-x">{"×"}</span>
                </button>
            </li>
        }
    };
    let mut chips: Vec<Html> = Vec::new();
    for facet in Facet::ALL {
        for &v in filter.selected(facet) {
            let label = facet.value_label(&DATA, v);
            chips.push(chip(
                label.to_owned(),
                format!("{}: {label}", facet.legend()),
                Action::Toggle(facet, v),
            ));
        }
    }
    let query = filter.query.trim();
    if !query.is_empty() {
        chips.push(chip(
            format!("“{query}”"),
            format!("search: {query}"),
            Action::SetQuery(String::new()),
        ));
    }
    let clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ClearAll))
    };
    html! {
        <div class="active-filters">
            <ul class="chips" aria-label="Active filters">{chips}</ul>
            <button type="button" class="clear-all" onclick={clear}>{"Clear all"}</button>
        </div>
    }
}
