//! The stances of the statements on screen, each also a stance filter
//! ("✓ Agreed · 2", "⚡ Disputes · 3 (6 statements)", "– No response
//! reported · 12"), and the legend that says what those words mean. The
//! facet checkboxes keep their disjunctive counts (what ticking would
//! show); these say what is shown. A dispute is a claim and the answer
//! that contests it: its pill counts disputes and says how many statements
//! they are, so no dispute is counted twice unsaid.

use yew::prelude::*;

use super::sentence;
use crate::context::AppContext;
use crate::filter::{Bits, Facet};
use crate::location::Density;
use crate::model::{dispute_of, kind_legend, stance_legend, Stance, DATA};
use crate::state::Action;
use qe_core::i18n::{m, Msg};

/// The disputes the statements shown belong to: an answer that disputes
/// belongs to its claim's, any other disputed statement to its own.
fn disputes_shown(state: &AppContext) -> usize {
    let mut claims = Bits::none(DATA.statements.len());
    for i in state.outcome.matches.iter() {
        let s = &DATA.statements[i];
        if let Some(claim) = dispute_of(i, s.stance, s.responds_to, s.relation) {
            claims.set(claim);
        }
    }
    claims.count()
}

/// A pill's words after its icon: the stance and how many are shown.
fn pill_text(state: &AppContext, stance: Stance) -> String {
    let count = state.outcome.shown_by_stance[stance.index()];
    match stance {
        Stance::Disputed => {
            let disputes = disputes_shown(state);
            if disputes == count {
                m::summary_pill_disputes(disputes)
            } else {
                m::summary_pill_disputes_statements(count, disputes)
            }
        }
        _ => m::summary_pill(count, DATA.stance_label(stance)),
    }
}

pub fn summary_bar(state: &AppContext) -> Html {
    // A fixed view's pills are its stances in words: nothing there filters.
    let fixed = state.location.fixed();
    let buttons = Stance::ALL.iter().map(|&stance| {
        let v = stance.index();
        if fixed {
            return html! {
                <li>
                    <span CLASS={format!("stance-pill is-text stance-{}", stance.id())}>
                        <span aria-hidden="true" class="stance-icon">{stance.icon()}</span>
                        {pill_text(state, stance)}
                    </span>
                </li>
            };
        }
        let pressed = state.location.filter.stances.contains(&v);
        // A stance that ticking would not change stays pressable only to
        // be released.
        let adds = state.outcome.count(Facet::Stance, v) > 0;
        let onclick = {
            let state = state.clone();
            Callback::from(move |_| state.dispatch(Action::Toggle(Facet::Stance, v)))
        };
        html! {
            <li>
                <button type="button" CLASS={format!("stance-pill stance-{}", stance.id())}
                        aria-pressed={pressed.to_string()} disabled={!adds && !pressed} {onclick}>
                    <span aria-hidden="true" class="stance-icon">{stance.icon()}</span>
                    {pill_text(state, stance)}
                </button>
            </li>
        }
    });
    let label = if fixed {
        m::summary_bar_label_fixed()
    } else {
        m::summary_bar_label()
    };
    html! {
        <>
            <ul class="summary-bar" aria-label={label}>
                <li class="summary-label" aria-hidden="true">{m::summary_label()}</li>
                {for buttons}
            </ul>
            {legend(state)}
        </>
    }
}

/// What the stance and kind words mean, said once above the cards rather
/// than on each (and in an embed too).
fn legend(state: &AppContext) -> Html {
    let stances = stance_legend().into_iter().map(|(stance, words, meaning)| {
        let words = if stance == Stance::Unchallenged {
            DATA.stance_label(stance)
        } else {
            words
        };
        html! {
            <li>
                <span aria-hidden="true" CLASS={format!("stance-icon stance-{}", stance.id())}>{stance.icon()}</span>
                {sentence(Msg::LegendEntry, &[meaning.into(), words.into()], &|arg| {
                    if arg == 1 { html! { <strong>{words}</strong> } } else { html! { {meaning} } }
                })}
            </li>
        }
    });
    html! {
        <div CLASS={if state.location.density() == Density::Compact { "legend is-compact" } else { "legend" }}>
            <ul class="stance-legend" aria-label={m::stance_legend_label()}>{for stances}</ul>
            <p class="kind-legend">{kind_legend()}</p>
        </div>
    }
}
