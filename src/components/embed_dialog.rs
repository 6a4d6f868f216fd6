//! "Embed": a dialog with ready-to-paste code for the current view (the
//! iframe with its resize script, the sandboxed iframe and the pym.js
//! variant, each with a copy button that falls back to selecting the code),
//! the embed's look (background, cards shown first, the filter panel), and
//! a live preview of the embed at a phone's and a story column's width.
//!
//! The look and the id suffix are this dialog's own state, not the app's:
//! they describe code to paste elsewhere, not the view the reader is on.
//! Previews and code exist only while the dialog is open, so a closed
//! dialog loads no frames. The previews are sized as a story page sizes
//! the embed, by plain script (`boot.js` sets their `height` from their
//! messages), which costs the wasm nothing.

use yew::prelude::*;

use super::PRERENDER;
use crate::browser;
use crate::context::use_app;
use crate::embed::{embed_id, frame_url, published_url, snippet, Variant};
use crate::location::{Background, Embed, Location, FIRST_CARDS};
use crate::model::DATA;

/// The previews: a phone's width and a typical story column's, each with
/// its frame's `embedId` (its height messages name it, and `boot.js` sizes
/// the element of that id) and title.
const PREVIEWS: [(&str, &str, &str); 2] = [
    ("320", "preview-320", "Preview of the embed, 320 px wide"),
    ("640", "preview-640", "Preview of the embed, 640 px wide"),
];
/// "Cards shown first" choices and their labels; `None` is all of them.
const FIRST_CARDS_CHOICES: [(Option<u16>, &str); 4] = [
    (Some(3), "3"),
    (Some(FIRST_CARDS), "5"),
    (Some(10), "10"),
    (None, "All"),
];
/// The background choices' labels, in `Background::ALL`'s order.
const BACKGROUND_LABELS: [&str; 4] = [
    "Light",
    "Transparent",
    "Dark",
    "Auto (the reader's setting)",
];

#[derive(Properties, PartialEq)]
struct CodeProps {
    id: AttrValue,
    label: AttrValue,
    code: AttrValue,
    /// After a copy: the next copy gets a new id.
    copied: Callback<()>,
}

#[function_component(CodeBlock)]
fn code_block(props: &CodeProps) -> Html {
    let status = use_state(String::new);
    let onclick = {
        let (status, code, id) = (status.clone(), props.code.clone(), props.id.clone());
        let copied = props.copied.clone();
        Callback::from(move |_| {
            let (status, code, id) = (status.clone(), code.clone(), id.clone());
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match browser::copy_text(&code).await {
                    Ok(()) => {
                        status.set("Copied".into());
                        copied.emit(());
                    }
                    Err(_) => {
                        browser::select_contents(&id);
                        status.set("Selected: press Ctrl+C (⌘C) to copy".into());
                    }
                }
            });
        })
    };
    html! {
        <div class="code-block">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <textarea id={props.id.clone()} readonly=true rows="6" spellcheck="false" value={props.code.clone()} />
            <button type="button" class="tool-button" {onclick}>{"Copy code"}</button>
            <span class="copy-status" aria-live="polite">{(*status).clone()}</span>
        </div>
    }
}

/// A radio button of the dialog's options.
fn choice(name: &'static str, label: &str, checked: bool, pick: Callback<Event>) -> Html {
    html! {
        <label class="embed-choice">
            <input type="radio" {name} {checked} onchange={pick} />{label}
        </label>
    }
}

#[function_component(EmbedButton)]
pub fn embed_button() -> Html {
    let dialog = use_node_ref();
    let open = use_state(|| false);
    let nonce = use_state(|| 0u32);
    let look = use_state(|| Embed {
        on: true,
        ..Embed::default()
    });
    let Some(state) = use_app() else {
        return html! {};
    };
    let show = {
        let (dialog, open, nonce) = (dialog.clone(), open.clone(), nonce.clone());
        Callback::from(move |_| {
            nonce.set(browser::random_u32());
            open.set(true);
            browser::open_dialog(&dialog);
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_| browser::close_dialog(&dialog))
    };
    // However it closes (button, Escape, backdrop), the previews go.
    let closed = {
        let open = open.clone();
        Callback::from(move |_: Event| open.set(false))
    };
    // A click on the backdrop (the dialog element itself) closes it.
    let backdrop = {
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            if browser::target_is(&e, "DIALOG") {
                browser::close_dialog(&dialog);
            }
        })
    };
    let body = (*open).then(|| dialog_body(&state.location, &look, &nonce));
    if PRERENDER {
        return html! { <button type="button" class="tool-button" disabled=true>{"Embed"}</button> };
    }
    html! {
        <>
            <button type="button" class="tool-button" onclick={show} aria-haspopup="dialog">{"Embed"}</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" onclick={backdrop} onclose={closed}>
                <div class="dialog-body">
                    <div class="dialog-head">
                        <h2 id="embed-title">{"Embed this view"}</h2>
                        <button type="button" class="tool-button dialog-close" onclick={close}>{"Close"}</button>
                    </div>
                    <p>{"Paste this code into your story. The frame shows the current filters and sets its own height; paste as many as you like."}</p>
                    {for body}
                </div>
            </dialog>
        </>
    }
}

/// The open dialog: the options, the previews and the three snippets, for
/// the view at `location` in the look chosen so far.
fn dialog_body(
    location: &Location,
    look: &UseStateHandle<Embed>,
    nonce: &UseStateHandle<u32>,
) -> Html {
    let served = browser::page_url();
    let published = published_url(DATA.story_url, &served);
    let mut location = location.clone();
    location.embed = (**look).clone();
    let id = embed_id(&location, &DATA, **nonce);
    let code = |variant| snippet(variant, published, &location, &DATA, &id);
    let copied = {
        let nonce = nonce.clone();
        Callback::from(move |()| nonce.set(browser::random_u32()))
    };
    let set = |change: fn(&mut Embed, usize), k: usize| {
        let look = look.clone();
        Callback::from(move |_: Event| {
            let mut next = (*look).clone();
            change(&mut next, k);
            look.set(next);
        })
    };
    html! {
        <>
            <div class="embed-options">
                <fieldset>
                    <legend>{"Background"}</legend>
                    {for Background::ALL.iter().enumerate().map(|(k, &b)| choice(
                        "embed-background", BACKGROUND_LABELS[k], look.background == b,
                        set(|e, k| e.background = Background::ALL[k], k),
                    ))}
                </fieldset>
                <fieldset>
                    <legend>{"Cards shown first"}</legend>
                    {for FIRST_CARDS_CHOICES.iter().enumerate().map(|(k, &(n, label))| choice(
                        "embed-cards", label, look.first_cards == n,
                        set(|e, k| e.first_cards = FIRST_CARDS_CHOICES[k].0, k),
                    ))}
                </fieldset>
                <label class="embed-choice">
                    <input type="checkbox" checked={look.controls}
                           onchange={set(|e, _| e.controls = !e.controls, 0)} />
                    {"Show the filter panel"}
                </label>
            </div>
            <h3>{"Preview"}</h3>
            <div class="embed-previews">
                {for PREVIEWS.iter().enumerate().map(|(k, &(width, id, title))| {
                    let src = frame_url(&served, &location, &DATA, Some(id));
                    // A phone shows the first preview only (styles/app.css):
                    // the hidden one, lazy, loads nothing.
                    let loading = (k > 0).then_some("lazy");
                    html! {
                        <figure class="embed-preview">
                            <figcaption>{width}{" px wide"}</figcaption>
                            <iframe {id} {title} {src} {width} height="600" {loading}></iframe>
                        </figure>
                    }
                })}
            </div>
            <CodeBlock id="embed-iframe" label="Iframe with resize script" code={code(Variant::Iframe)} copied={copied.clone()} />
            <CodeBlock id="embed-sandboxed" label="Sandboxed iframe (for pages that require sandbox)" code={code(Variant::Sandboxed)} copied={copied.clone()} />
            <CodeBlock id="embed-pym" label="For pages that use pym.js" code={code(Variant::Pym)} {copied} />
        </>
    }
}
