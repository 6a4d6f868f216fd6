//! One component per file. Each reads the app state from context
//! ([`use_app`]) and dispatches actions; none holds filter state of its own.

pub mod active_filters;
pub mod article_view;
pub mod embed_dialog;
pub mod exchanges;
pub mod facet_fieldset;
pub mod filter_panel;
pub mod ignored_notice;
pub mod result_count;
pub mod search_box;
pub mod share_bar;
pub mod statement_card;
pub mod statement_list;
pub mod summary_bar;
pub mod view_switch;

use yew::prelude::*;

use crate::app::{AppContext, Dispatch};
use crate::state::Action;

/// The app state; `None` only outside `App`, where components render nothing.
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// A click on a link to statement `i` (`href="#statement-…"`): open its card
/// in the list and mark it, with a history entry of its own.
pub fn show_card(dispatch: &Dispatch, i: usize) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dispatch.dispatch(Action::ShowCard(i));
    })
}
