//! Keeps the address bar and the view in step: each change writes the URL
//! (a new entry for a click, the same entry while typing), and Back, Forward
//! or a new `#statement-…` fragment restore the view they name.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser;
use crate::context::link_to;
use crate::location::{self, describe, parse_fragment, statement_fragment};
use crate::model::DATA;
use crate::state::{Action, AppState, HistoryMode};
use qe_core::i18n::m;

/// Sets the title to the view's and writes its URL into the history as the
/// change asked (a new entry, the same entry, or none).
fn write_title_and_url(state: &UseReducerHandle<AppState>) {
    let described = describe(&state.location.filter, &DATA);
    let page = m::page_title(DATA.article.headline);
    let title = if described.is_empty() {
        page
    } else {
        m::view_title(&described, &page)
    };
    browser::set_title(&title);
    let push = match state.history {
        HistoryMode::Push => Some(true),
        HistoryMode::Replace => Some(false),
        // The first load rewrites a URL that asked for unknown
        // values, so the address bar shows what is shown.
        HistoryMode::Keep if !state.ignored.is_empty() => Some(false),
        HistoryMode::Keep => None,
    };
    if let (Some(push), true) = (push, state.history_works) {
        let url = url_of(state);
        if url != browser::href() && browser::write_history(&url, push).is_err() {
            browser::warn("Quote Explorer: this page may not change its address (a sandboxed frame?); filters keep working.");
            state.dispatch(Action::HistoryUnavailable);
        }
    }
}

/// The URL of the state's view, as the address bar should show it.
pub fn url_of(state: &AppState) -> String {
    let mut url = link_to(&state.location);
    if let Some(i) = state.target {
        url.push_str(&statement_fragment(DATA.statements[i].id));
    }
    url
}

#[hook]
pub fn use_history_sync(state: &UseReducerHandle<AppState>) {
    // Bumped by every change: a write still waiting for its frame is dropped
    // once a newer change (which writes its own URL, or a Back that must
    // not be overwritten) has come.
    let generation = use_mut_ref(|| 0u64);
    {
        let state = state.clone();
        let deps = (
            state.location.clone(),
            state.target,
            state.history,
            state.ignored.len(),
        );
        use_effect_with(deps, move |_| {
            let mine = {
                let mut current = generation.borrow_mut();
                *current += 1;
                *current
            };
            // The title and address wait until the new list is painted: the
            // reader sees the result first, and a history write (slow in some
            // browsers) does not delay it.
            browser::after_paint(move || {
                if *generation.borrow() == mine {
                    write_title_and_url(&state);
                }
            });
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let window = browser::window();
            let restore = {
                let state = state.clone();
                move || {
                    let parsed = location::parse(&browser::search(), &DATA);
                    let target = parse_fragment(&browser::hash(), &DATA).ok().flatten();
                    state.dispatch(Action::Restore(parsed.location, target));
                }
            };
            let listeners = window.map(|w| {
                let on_pop = restore.clone();
                let pop = EventListener::new(&w, "popstate", move |_| on_pop());
                let hash = EventListener::new(&w, "hashchange", move |_| {
                    match parse_fragment(&browser::hash(), &DATA) {
                        Ok(Some(i)) => state.dispatch(Action::ShowCard(i)),
                        _ => restore(),
                    }
                });
                (pop, hash)
            });
            move || drop(listeners)
        });
    }
}
