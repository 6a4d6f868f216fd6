//! The matching statements as cards, a page at a time so that even a very
//! large article stays responsive; the count above is always exact.
//!
//! Each card is written as HTML text by [`crate::card`] (the same markup the
//! build prerenders into `index.html`) and parsed by the browser in one
//! call; Yew keeps a card's nodes as long as its text is unchanged, and one
//! listener on the list handles the cards' links and buttons.

use yew::prelude::*;

use super::search_note::{no_match, sort_note};
use super::{class_list, on_statement_click, PRERENDER};
use crate::browser;
use crate::card;
use crate::context::{link_to, use_app, AppContext};
use crate::html::escape_into;
use crate::location::{statement_fragment, Density};
use crate::model::DATA;
use crate::text::{highlight, terms};
use qe_core::i18n::m;

/// Cards rendered before "Show more".
pub const PAGE: usize = 20;

/// Cards in the first frame of a new result: what a 1080-pixel-tall window
/// shows (three at 800, two on a phone). The rest of the page follows in the
/// task after that frame is painted, so a filter change shows its result
/// sooner however long the page.
const FIRST_FRAME: usize = 4;

/// Statement `i`'s card, its search terms marked. `full_view` is the full
/// view's address in an embed, where "Link to this statement" leads there
/// in a new tab.
fn statement_card(
    state: &AppContext,
    i: usize,
    terms: &[String],
    full_view: Option<&str>,
    expanded: bool,
) -> Html {
    let fragment = statement_fragment(DATA.statements[i].id);
    let permalink = match full_view {
        Some(full_view) => format!("{full_view}{fragment}"),
        None => fragment,
    };
    let actions = card::Actions {
        index: i,
        permalink: &permalink,
        new_tab: full_view.is_some(),
        target: state.target == Some(i),
        expanded,
    };
    // Without the app, "In the article" has nothing to do: disabled.
    let content = DATA.card(i, state.index.answers(i), (!PRERENDER).then_some(actions));
    let mut out = String::with_capacity(1536);
    card::write(&mut out, &content, &|out, text| {
        for piece in highlight(text, terms) {
            if piece.marked {
                out.push_str("<mark>");
                escape_into(out, piece.text);
                out.push_str("</mark>");
            } else {
                escape_into(out, piece.text);
            }
        }
    });
    Html::from_html_unchecked(out.into())
}

/// Which result is on the page: the outcome's address, new for every change.
fn result_key(state: &AppContext) -> usize {
    std::rc::Rc::as_ptr(&state.outcome) as usize
}

/// How much of the result one render shows.
struct Page {
    /// The result's key ([`result_key`]).
    result: usize,
    /// Cards on the page once complete ("Show more" adds to it).
    shown: usize,
    /// Cards in this render: fewer than `shown` in a new result's first frame.
    rendered: usize,
    /// An embed's first cards, with "Show all" for the rest.
    capped: bool,
}

fn page(state: &AppContext, limit: (usize, usize), complete: usize, everything: usize) -> Page {
    let result = result_key(state);
    // Show at least as far as the statement the reader navigated to.
    let needed = state
        .target
        .and_then(|t| {
            state
                .outcome
                .in_order(!state.location.article_order)
                .position(|i| i == t)
        })
        .map_or(0, |p| p + 1);
    // An embed shows its first cards, and every card once asked to.
    let embed = &state.location.embed;
    let first = embed
        .first_cards
        .filter(|_| embed.on && everything != result)
        .map(usize::from);
    let asked = match first {
        Some(first) => first,
        None if limit.1 == result => limit.0,
        None => PAGE,
    };
    let shown = asked.max(needed).min(state.outcome.shown);
    // An embed's frame reports its height, which must be the whole page's,
    // and frame callbacks may not run at all in a frame out of sight.
    let rendered = if complete == result || embed.on {
        shown
    } else {
        shown.min(FIRST_FRAME.max(needed))
    };
    Page {
        result,
        shown,
        rendered,
        capped: first.is_some(),
    }
}

#[function_component(StatementList)]
pub fn statement_list() -> Html {
    let app = use_app();
    // How many cards "Show more" asked for, and for which result: a new
    // result starts again at the first page without an effect, so a filter
    // change renders the list once, not twice.
    let limit = use_state(|| (PAGE, 0usize));
    // The result whose whole page is rendered: the one at start-up, which
    // replaces the prerendered page at once; a later one after its first frame.
    let complete = use_state(|| app.as_ref().map_or(0, result_key));
    // The result whose every card the embed's reader asked for ("Show all").
    let everything = use_state(|| 0usize);
    // The cards the reader opened whole in the compact list.
    let opened = use_state(Vec::<usize>::new);
    let query = app
        .as_ref()
        .map(|s| s.location.filter.query.clone())
        .unwrap_or_default();
    let terms = use_memo(query, |q| terms(q));
    let page = app
        .as_ref()
        .map(|state| page(state, *limit, *complete, *everything));
    {
        let complete = complete.clone();
        let partial = page.as_ref().map(|p| (p.result, p.rendered < p.shown));
        use_effect_with(partial, move |&partial| {
            if let Some((result, true)) = partial {
                browser::after_paint(move || complete.set(result));
            }
        });
    }
    let (Some(state), Some(page)) = (app, page) else {
        return html! {};
    };
    if state.outcome.shown == 0 {
        return no_match(&state);
    }
    let Page {
        result,
        shown,
        rendered,
        capped,
    } = page;
    let total = state.outcome.shown;
    let rest = total - shown;
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| {
            if capped {
                everything.set(result);
                limit.set((total, result));
            } else {
                limit.set((shown + PAGE, result));
            }
        })
    };
    let full_view = state
        .location
        .embed
        .on
        .then(|| link_to(&state.location.full_view()));
    let best = !state.location.article_order;
    let compact = state.location.density() == Density::Compact;
    html! {
        <>
            {sort_note(&state)}
            <ol CLASS={class_list("cards", &[(capped && rest > 0, "is-capped"), (compact, "is-compact")])}
                onclick={on_card_click(&state, &opened)}>
                {for state.outcome.in_order(best).take(rendered).map(|i| html! {
                    <li key={i}>{statement_card(&state, i, &terms, full_view.as_deref(), opened.contains(&i))}</li>
                })}
            </ol>
            {after_cards(shown, total, rendered, capped, more)}
        </>
    }
}

/// What follows the cards: the static page's note and its hidden "Show all"
/// (for boot.js in an embed), or the app's button for the rest of the list.
fn after_cards(
    shown: usize,
    total: usize,
    rendered: usize,
    capped: bool,
    more: Callback<MouseEvent>,
) -> Html {
    let rest = total - shown;
    html! {
        <>
            if rest > 0 && PRERENDER {
                <p class="notice">{m::first_cards_notice(shown, total)}</p>
            }
            if PRERENDER {
                // An embed's "Show all" for the static cards, which boot.js
                // shows when they are more than the embed's first cards.
                <button type="button" class="show-more" hidden=true>{m::show_all_cards(rendered)}</button>
            } else if rest > 0 && capped {
                <button type="button" class="show-more" onclick={more}>{m::show_all_cards(total)}</button>
            } else if rest > 0 {
                <button type="button" class="show-more" onclick={more}>
                    {m::show_more_cards(rest.min(PAGE), rest)}
                </button>
            }
        </>
    }
}

/// The list's one click listener: a compact card's line opens or closes
/// it whole; the cards' links and buttons go to [`on_statement_click`].
fn on_card_click(state: &AppContext, opened: &UseStateHandle<Vec<usize>>) -> Callback<MouseEvent> {
    let links = on_statement_click(&state.dispatcher());
    let opened = opened.clone();
    Callback::from(move |e: MouseEvent| {
        let Some((_, value)) = browser::clicked_data(&e, &["data-expand"]) else {
            return links.emit(e);
        };
        if let Ok(i) = value.parse::<usize>() {
            let mut next = (*opened).clone();
            match next.iter().position(|&o| o == i) {
                Some(at) => {
                    next.remove(at);
                }
                None => next.push(i),
            }
            opened.set(next);
        }
    })
}
