//! The one polite live region: how many statements are shown. Its text
//! changes once per settled change, so a screen reader hears it once.

use yew::prelude::*;

use crate::context::AppContext;
use crate::location::describe;
use crate::model::DATA;

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

/// The count, and on phones, where the filter chips scroll away, the
/// active filters beside it: the two stay in sight while the list scrolls.
pub fn result_count(state: &AppContext) -> Html {
    let active = describe(&state.location.filter, &DATA);
    html! {
        <div class="results-head">
            <p class="result-count" role="status">{count_text(state.outcome.shown, state.outcome.total)}</p>
            if !active.is_empty() {
                <p class="active-summary" aria-hidden="true">{active}</p>
            }
        </div>
    }
}
