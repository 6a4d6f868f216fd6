//! "Copy link": the current view's URL to the clipboard, or, where the
//! clipboard is missing or refused, the link shown selected for a manual copy.

use qe_core::i18n::m;
use yew::prelude::*;

use super::PRERENDER;
use crate::browser;
use crate::context::{link_to, use_app};

#[derive(Clone, PartialEq)]
enum Copied {
    Idle,
    Done,
    /// The clipboard refused: the link is shown for copying by hand.
    Manual(String),
}

#[function_component(CopyLink)]
pub fn copy_link() -> Html {
    let copied = use_state(|| Copied::Idle);
    let app = use_app();
    let url = app
        .as_ref()
        .map(|state| link_to(&state.location))
        .unwrap_or_default();
    // A confirmation speaks of the link it copied: a new view clears it.
    {
        let copied = copied.clone();
        use_effect_with(url.clone(), move |_| copied.set(Copied::Idle));
    }
    if app.is_none() {
        return html! {};
    }
    let onclick = {
        let copied = copied.clone();
        let url = url.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match browser::copy_text(&url).await {
                    Ok(()) => copied.set(Copied::Done),
                    Err(_) => {
                        copied.set(Copied::Manual(url));
                        // After the field renders, select it for Ctrl+C.
                        gloo::timers::callback::Timeout::new(0, || {
                            browser::select_contents("share-url")
                        })
                        .forget();
                    }
                }
            });
        })
    };
    html! {
        <div class="copy-link">
            <button type="button" class="tool-button" disabled={PRERENDER} {onclick}>{m::share_copy_link()}</button>
            <span class="copy-status" aria-live="polite">
                {match &*copied {
                    Copied::Idle => html! {},
                    Copied::Done => html! { {m::share_link_copied()} },
                    Copied::Manual(link) => html! {
                        <>
                            <label for="share-url">{m::share_copy_this_link()}</label>
                            <input id="share-url" class="share-url" readonly=true value={link.clone()} />
                        </>
                    },
                }}
            </span>
        </div>
    }
}
