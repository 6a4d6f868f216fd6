//! One facet's checkboxes: "<name> (<count>)", where the count is what the
//! reader would see after ticking it. A value that would empty the page is
//! disabled (unless ticked, so it can always be unticked).

use yew::prelude::*;

use crate::app::AppContext;
use crate::filter::Facet;
use crate::model::DATA;
use crate::state::Action;

pub fn facet_fieldset(state: &AppContext, facet: Facet) -> Html {
    let selected = state.location.filter.selected(facet);
    let options = (0..facet.len(&DATA)).map(|v| {
        let checked = selected.contains(&v);
        let count = state.outcome.count(facet, v);
        let id = format!("f-{}-{}", facet.key(), facet.value_id(&DATA, v));
        let onchange = {
            let state = state.clone();
            Callback::from(move |_: Event| state.dispatch(Action::Toggle(facet, v)))
        };
        let disabled = count == 0 && !checked;
        html! {
            <li class={classes!("option", disabled.then_some("is-unavailable"))} key={id.clone()}>
                <input type="checkbox" id={id.clone()} {checked} {disabled} {onchange} />
                <label for={id}>{facet.value_label(&DATA, v)}{" ("}{count}{")"}</label>
            </li>
        }
    });
    html! {
        <fieldset class={classes!("facet", format!("facet-{}", facet.key()))}>
            <legend>{facet.legend()}</legend>
            <ul class="options">{for options}</ul>
        </fieldset>
    }
}
