//! What the results say about a search: how its words matched when not
//! every statement shown has all of them (under the count), how the cards
//! are ordered (and the switch to the other order), and why a result is
//! empty, with the ways out. The sentences are the engine's (`filter::word_note`,
//! `filter::emptied_text`), so they are tested natively.

use yew::prelude::*;

use super::sentence;
use crate::context::AppContext;
use crate::filter::{emptied_text, suggest, word_note};
use crate::model::DATA;
use crate::state::Action;
use crate::text::typed_terms;
use qe_core::i18n::{m, Msg};

/// With several search words and some statements shown without all of
/// them: "No statement has both words; 4 have ‘chemical’."
pub fn word_note_of(state: &AppContext) -> Html {
    let outcome = &state.outcome;
    let typed = typed_terms(&state.location.filter.query);
    match outcome
        .words
        .as_ref()
        .and_then(|words| word_note(words, outcome.shown, &typed))
    {
        Some(note) => html! { <p class="word-note">{note}</p> },
        None => Html::default(),
    }
}

/// With a search, how the cards are ordered, and the switch to the other
/// order: "Sorted by best match · Article order".
pub fn sort_note(state: &AppContext) -> Html {
    if state.outcome.ranked.is_none() {
        return Html::default();
    }
    let article = state.location.article_order;
    let switch = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SetArticleOrder(!article)))
    };
    html! {
        <p class="sort-note">
            {if article { m::sort_article() } else { m::sort_ranked() }}{" · "}
            <button type="button" class="link-button" onclick={switch}>
                {if article { m::sort_to_ranked() } else { m::sort_to_article() }}
            </button>
        </p>
    }
}

/// What an empty result says: which choices emptied it ("No statement by
/// Sergey Lavrov is about Ukraine.", "No statement has ‘zebra’."), and the
/// ways out: the speaker or topic a search with no hits was probably after,
/// and clearing everything.
pub fn no_match(state: &AppContext) -> Html {
    let filter = &state.location.filter;
    let clear = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::ClearAll))
    };
    let typed = typed_terms(&filter.query);
    let emptied = state.index.emptied(filter);
    let reason = emptied.map(|e| emptied_text(&DATA, filter, &e, &typed));
    // A suggestion only helps when the words are what found nothing.
    // A fixed view keeps its filters: its way out is the footer's link.
    let fixed = state.location.fixed();
    let suggestion = emptied
        .filter(|e| e.words && !fixed)
        .and_then(|_| suggest(&DATA, &filter.query))
        .map(|(facet, value)| {
            let take = {
                let state = state.clone();
                Callback::from(move |_| state.dispatch(Action::Suggestion(facet, value)))
            };
            let name = facet.value_label(&DATA, value);
            html! {
                <p>
                    {sentence(Msg::DidYouMean, &[name.into()], &|_| html! {
                        <button type="button" class="link-button" onclick={take.clone()}><bdi>{name}</bdi></button>
                    })}
                </p>
            }
        });
    html! {
        <div class="empty">
            <p class="empty-title">{m::no_match_title()}</p>
            if let Some(reason) = reason {
                <p class="empty-reason">{reason}</p>
            }
            {for suggestion}
            if !fixed {
                <button type="button" onclick={clear}>{m::clear_all_filters()}</button>
            }
        </div>
    }
}
