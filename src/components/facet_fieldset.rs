//! One facet's checkboxes: "<name> (<count>)", where the count is what the
//! reader would see after ticking it. A value that would empty the page is
//! disabled (unless ticked, so it can always be unticked). Speakers are
//! grouped under their side, whose heading selects or clears them all; the
//! narrator (the article's own framing) is on no side and comes last, set
//! apart.

use yew::prelude::*;

use super::sentence;
use crate::context::AppContext;
use crate::filter::Facet;
use crate::model::{side_class, DATA};
use crate::state::Action;
use qe_core::i18n::{m, Msg};

fn option(state: &AppContext, facet: Facet, v: usize) -> Html {
    let checked = state.location.filter.selected(facet).contains(&v);
    let count = state.outcome.count(facet, v);
    let id = facet.control_id(&DATA, v);
    let onchange = {
        let state = state.clone();
        Callback::from(move |_: Event| state.dispatch(Action::Toggle(facet, v)))
    };
    let disabled = count == 0 && !checked;
    // "<name> (<count>)", the name isolated: a Latin name in an Arabic
    // label, or an Arabic one in English, keeps its own direction.
    let label = facet.value_label(&DATA, v);
    let words = sentence(Msg::FacetOption, &[count.into(), label.into()], &|_| {
        html! { <bdi>{label}</bdi> }
    });
    html! {
        <li CLASS={if disabled { "option is-unavailable" } else { "option" }} key={id.clone()}>
            <input type="checkbox" id={id.clone()} {checked} {disabled} {onchange} />
            <label for={id}>{words}</label>
        </li>
    }
}

/// The speakers of one side under a heading button that selects them all
/// (pressed when all are selected).
fn side_group(state: &AppContext, side: usize) -> Html {
    let pressed = state.location.filter.side_selected(&DATA, side);
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ToggleSide(side)))
    };
    let label = DATA.sides[side].label;
    let name = if pressed {
        m::side_clear_all_label(label)
    } else {
        m::side_select_all_label(label)
    };
    html! {
        <li CLASS={format!("side-group {}", side_class(side))} key={side}>
            <button type="button" class="side-heading" aria-label={name}
                    data-hint={m::side_select_all()} data-hint-pressed={m::side_clear_all()}
                    aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                {label}
            </button>
            <ul class="options">
                {for DATA.side_speakers(side).map(|v| option(state, Facet::Speaker, v))}
            </ul>
        </li>
    }
}

pub fn facet_fieldset(state: &AppContext, facet: Facet) -> Html {
    let options = if facet == Facet::Speaker {
        let sides = (0..DATA.sides.len()).filter(|&s| DATA.side_speakers(s).next().is_some());
        let narrator = DATA.narrator().map(|v| {
            html! {
                <li class="narrator-group" key="narrator">
                    <ul class="options">{option(state, Facet::Speaker, v)}</ul>
                </li>
            }
        });
        html! {
            <ul class="options side-groups">
                {for sides.map(|s| side_group(state, s))}
                {for narrator}
            </ul>
        }
    } else {
        html! { <ul class="options">{for (0..facet.len(&DATA)).map(|v| option(state, facet, v))}</ul> }
    };
    html! {
        <fieldset CLASS={format!("facet facet-{}", facet.key())}>
            <legend>{facet.legend()}</legend>
            {options}
        </fieldset>
    }
}
