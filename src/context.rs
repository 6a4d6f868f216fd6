//! What the root component shares with every part of the page: the app
//! state in context, a dispatcher, and the links the app writes. Below the
//! components and hooks, which import it; it imports none of them (the
//! root, `app`, only provides the context).

use yew::prelude::*;

use crate::browser;
use crate::location::{self, Location};
use crate::model::DATA;
use crate::state::AppState;

/// The state every component reads and dispatches to.
pub type AppContext = UseReducerHandle<AppState>;

/// Dispatches actions without reading the state: equal across renders, so
/// a component given only this does not re-render when the state changes.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// The app state; `None` only outside `App`, where components render nothing.
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// The absolute link to `location` at the address the app is served from
/// (so a build under a sub-path links to that sub-path): share links, view
/// tabs, the embed's way out and the address bar all use it.
pub fn link_to(location: &Location) -> String {
    format!(
        "{}{}",
        browser::page_url(),
        location::encode(location, &DATA)
    )
}
