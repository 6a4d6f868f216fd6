//! One part of the page per file. The parts with state of their own (an
//! open panel, a page of cards, a pending search) are components that read
//! the app state from context ([`use_app`]); the rest are plain functions of
//! the state (`result_count(&state)`), which cost no component machinery in
//! the wasm. All dispatch actions; none holds filter state of its own.

pub mod active_filters;
pub mod article_view;
pub mod density_switch;
pub mod embed_dialog;
pub mod facet_fieldset;
pub mod filter_panel;
pub mod ignored_notice;
pub mod overview;
pub mod result_count;
pub mod search_box;
pub mod search_note;
pub mod share_bar;
pub mod statement_list;
pub mod summary_bar;
pub mod view_switch;

use yew::prelude::*;

use crate::browser;
use crate::context::{AppContext, Dispatch};
use crate::location::Location;
use crate::model::DATA;
use crate::state::Action;
use qe_core::i18n::{pieces, Arg, Msg, Piece};

/// Whether this render is the static first view, rendered natively at build
/// time (`qe-prerender`) for readers before (or without) the app: controls
/// that need the app are disabled or left out, view tabs have no address,
/// and the notices for a page without the app are in. Always `false` in the
/// wasm, where every `if PRERENDER` branch compiles away.
pub const PRERENDER: bool = cfg!(not(target_arch = "wasm32"));

/// A class list for `CLASS={…}`: `base`, then each of `more` that is on.
/// Yew's `class={…}` builds a `Classes` set for every dynamic class (about
/// 2.5 KB of wasm); `CLASS` is a plain attribute, which HTML names
/// case-insensitively (`setAttribute` and the parser both lower-case it),
/// and unlike a `~className` property (a `JsValue`, which the native
/// prerender has no JavaScript to make) it renders on the server too.
pub fn class_list(base: &str, more: &[(bool, &str)]) -> String {
    let mut out = String::from(base);
    for (_, class) in more.iter().filter(|(on, _)| *on) {
        out.push(' ');
        out.push_str(class);
    }
    out
}

/// Whether a click on a link is meant for this page: the main button and no
/// modifier key. Other clicks (a new tab or window, a download) are left to
/// the browser.
pub fn is_plain_click(e: &MouseEvent) -> bool {
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
}

/// A link's click inside the app to another view (`location`): a plain
/// click is the app's (a history entry, no reload); a click meant for a
/// new tab or window is the browser's.
pub fn navigate(state: &AppContext, location: Location) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |e: MouseEvent| {
        if is_plain_click(&e) {
            e.prevent_default();
            state.dispatch(Action::Navigate(location.clone()));
        }
    })
}

/// A click on a link to statement `i` (`href="#statement-…"`): open its card
/// in the list and mark it, with a history entry of its own. A click meant
/// for a new tab or window (a modifier key, the middle button) is left to
/// the browser.
pub fn show_card(dispatch: &Dispatch, i: usize) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| show_card_on(&dispatch, &e, i))
}

fn show_card_on(dispatch: &Dispatch, e: &MouseEvent, i: usize) {
    if !is_plain_click(e) {
        return;
    }
    e.prevent_default();
    dispatch.dispatch(Action::ShowCard(i));
}

/// The one listener for the links and buttons inside HTML the app writes as
/// text (the cards of [`crate::card`], the exchanges): `data-show="i"` opens
/// statement `i`'s card as [`show_card`] does, `data-in-article="i"` shows
/// it in the article.
pub fn on_statement_click(dispatch: &Dispatch) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        let Some((which, value)) = browser::clicked_data(&e, &["data-show", "data-in-article"])
        else {
            return;
        };
        let Some(i) = value.parse().ok().filter(|&i| i < DATA.statements.len()) else {
            return;
        };
        if which == 0 {
            show_card_on(&dispatch, &e, i);
        } else {
            dispatch.dispatch(Action::ShowInArticle(i));
        }
    })
}

/// Message `msg` of the installed catalogue as markup: its text, and each
/// text argument drawn by `arg` from its position, where the argument is
/// an element of its own (a name in `<strong><bdi>`, a link, a button),
/// in the order the language puts them.
pub fn sentence(msg: Msg, args: &[Arg], arg: &dyn Fn(usize) -> Html) -> Html {
    pieces(msg, args)
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => html! { {text} },
            Piece::Arg(i) => arg(i),
        })
        .collect()
}
