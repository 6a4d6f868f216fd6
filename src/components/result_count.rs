//! The one polite live region of every change: how many statements are
//! shown. Its text changes once per settled change, so a screen reader
//! hears it once. (The article view's search adds one more, which speaks
//! only when the reader steps to a match.)

use yew::prelude::*;

use super::class_list;
use super::search_note::word_note_of;
use crate::context::AppContext;
use crate::location::{describe, View};
use crate::model::DATA;
use crate::text::terms;
use qe_core::i18n::m;

/// "20 statements" or "5 of 20 statements".
pub fn count_text(shown: usize, total: usize) -> String {
    if shown == total {
        m::result_count_all(total)
    } else {
        m::result_count_some(shown, total)
    }
}

/// The count, and on phones, where the filter chips scroll away, the
/// active filters beside it: the two stay in sight while the list scrolls.
/// In the article view with a search, the matches' Previous and Next stay
/// in sight instead (`has-match-nav`). Below, how a search's words matched
/// the statements counted, when not all have every word.
pub fn result_count(state: &AppContext) -> Html {
    let active = describe(&state.location.filter, &DATA);
    let finding =
        state.location.view == View::Article && !terms(&state.location.filter.query).is_empty();
    html! {
        <>
            <div CLASS={class_list("results-head", &[(finding, "has-match-nav")])}>
                <p class="result-count" role="status">{count_text(state.outcome.shown, state.outcome.total)}</p>
                if !active.is_empty() {
                    <p class="active-summary" aria-hidden="true">{active}</p>
                }
            </div>
            {word_note_of(state)}
        </>
    }
}
