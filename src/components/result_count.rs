//! The one polite live region: how many statements are shown. Its text
//! changes once per settled change, so a screen reader hears it once.

use yew::prelude::*;

use crate::app::AppContext;

/// "20 statements" or "5 of 20 statements".
pub fn count_text(shown: usize, total: usize) -> String {
    let noun = if total == 1 {
        "statement"
    } else {
        "statements"
    };
    if shown == total {
        format!("{total} {noun}")
    } else {
        format!("{shown} of {total} {noun}")
    }
}

pub fn result_count(state: &AppContext) -> Html {
    html! {
        <p class="result-count" role="status">{count_text(state.outcome.shown, state.outcome.total)}</p>
    }
}
