//! Scrolls to the statement the reader asked for, once it is rendered: its
//! card in the list view, its highlight in the article view.

use yew::prelude::*;

use crate::browser;
use crate::location::View;
use crate::model::DATA;
use crate::state::AppState;

/// The id of a statement's highlight in the article view.
pub fn highlight_id(statement_id: &str) -> String {
    format!("in-article-{statement_id}")
}

#[hook]
pub fn use_reveal(state: &UseReducerHandle<AppState>) {
    let deps = (state.reveal, state.location.view);
    let target = state.target;
    use_effect_with(deps, move |&(_, view)| {
        if let Some(i) = target {
            let id = DATA.statements[i].id;
            let element = match view {
                View::List => format!("statement-{id}"),
                View::Article => highlight_id(id),
            };
            browser::reveal(&element);
        }
    });
}
