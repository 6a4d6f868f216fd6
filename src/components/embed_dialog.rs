//! "Embed": a dialog with ready-to-paste code for the current view, the
//! iframe with its resize script and the pym.js variant, each with a copy
//! button that falls back to selecting the code.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_app;
use crate::browser;
use crate::embed::{iframe_snippet, pym_snippet};
use crate::model::DATA;

/// The element id the snippets give the embed on the host page.
const EMBED_ID: &str = "quote-explorer";

#[derive(Properties, PartialEq)]
struct CodeProps {
    id: AttrValue,
    label: AttrValue,
    code: AttrValue,
}

#[function_component(CodeBlock)]
fn code_block(props: &CodeProps) -> Html {
    let status = use_state(String::new);
    let onclick = {
        let (status, code, id) = (status.clone(), props.code.clone(), props.id.clone());
        Callback::from(move |_| {
            let (status, code, id) = (status.clone(), code.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match browser::copy_text(&code).await {
                    Ok(()) => status.set("Copied".into()),
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
            <textarea id={props.id.clone()} readonly=true rows="8" spellcheck="false" value={props.code.clone()} />
            <button type="button" class="tool-button" {onclick}>{"Copy code"}</button>
            <span class="copy-status" aria-live="polite">{(*status).clone()}</span>
        </div>
    }
}

#[function_component(EmbedButton)]
pub fn embed_button() -> Html {
    let dialog = use_node_ref();
    let Some(state) = use_app() else {
        return html! {};
    };
    let open = {
        let dialog = dialog.clone();
        Callback::from(move |_| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                // Without showModal (old browsers) the dialog opens in place.
                if d.show_modal().is_err() {
                    d.set_open(true);
                }
            }
        })
    };
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_| {
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
        })
    };
    // A click on the backdrop (the dialog element itself) closes it.
    let backdrop = {
        let dialog = dialog.clone();
        Callback::from(move |e: MouseEvent| {
            let on_dialog = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.tag_name() == "DIALOG");
            if let (true, Some(d)) = (on_dialog, dialog.cast::<web_sys::HtmlDialogElement>()) {
                d.close();
            }
        })
    };
    let page = browser::page_url();
    let iframe = iframe_snippet(&page, &state.location, &DATA, EMBED_ID);
    let pym = pym_snippet(&page, &state.location, &DATA, EMBED_ID);
    html! {
        <>
            <button type="button" class="tool-button" onclick={open} aria-haspopup="dialog">{"Embed"}</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" onclick={backdrop}>
                <div class="dialog-body">
                    <h2 id="embed-title">{"Embed this view"}</h2>
                    <p>{"Paste this code into your story. The frame shows the current filters and sets its own height."}</p>
                    <CodeBlock id="embed-iframe" label="Iframe with resize script" code={iframe} />
                    <CodeBlock id="embed-pym" label="For pages that use pym.js" code={pym} />
                    <button type="button" class="dialog-close" onclick={close}>{"Close"}</button>
                </div>
            </dialog>
        </>
    }
}
