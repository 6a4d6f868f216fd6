//! "Embed": a dialog with ready-to-paste code for the current view (the
//! iframe with its resize script, the sandboxed iframe and the pym.js
//! variant, each with a copy button that falls back to selecting the code),
//! the embed's look (theme, a transparent background, cards shown first,
//! the filter panel), how readable that look is on a light and on a dark
//! story page, and a live preview of the embed at a phone's and a story
//! column's width, on a light or a dark page.
//!
//! The look and the id suffix are this dialog's own state, not the app's:
//! they describe code to paste elsewhere, not the view the reader is on.
//! Previews and code exist only while the dialog is open, so a closed
//! dialog loads no frames. The previews are sized as a story page sizes
//! the embed, by plain script (`boot.js` sets their `height` from their
//! messages), which costs the wasm nothing.

use qe_core::i18n::{self, m, Arg};
use yew::prelude::*;

use super::{class_list, PRERENDER};
use crate::browser;
use crate::context::use_app;
use crate::embed::{
    contrast_warning, embed_id, frame_scheme, frame_url, lowest_tenths, published_url, snippet,
    HostPage, Scheme, Variant,
};
use crate::location::{Embed, Location, Theme, FIRST_CARDS};
use crate::model::DATA;

/// The previews: a phone's width and a typical story column's, each with
/// its frame's `embedId` (its height messages name it, and `boot.js` sizes
/// the element of that id).
const PREVIEWS: [(u16, &str); 2] = [(320, "preview-320"), (640, "preview-640")];
/// "Cards shown first" choices; `None` is all of them.
const FIRST_CARDS_CHOICES: [Option<u16>; 4] = [Some(3), Some(FIRST_CARDS), Some(10), None];

/// A "cards shown first" choice's label: its number, or "All".
fn cards_label(first: Option<u16>) -> String {
    match first {
        Some(n) => i18n::current().number(u64::from(n)),
        None => m::embed_cards_all().to_owned(),
    }
}

/// A theme choice's label.
fn theme_label(theme: Theme) -> &'static str {
    match theme {
        Theme::Light => m::embed_theme_light(),
        Theme::Dark => m::embed_theme_dark(),
        Theme::Auto => m::embed_theme_auto(),
    }
}

/// A story page the preview can sit on, by name ("a light page").
fn host_name(host: HostPage) -> &'static str {
    match host {
        HostPage::Light => m::embed_host_light(),
        HostPage::Dark => m::embed_host_dark(),
    }
}

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
                        status.set(m::embed_code_copied().into());
                        copied.emit(());
                    }
                    Err(_) => {
                        browser::select_contents(&id);
                        status.set(m::embed_code_selected().into());
                    }
                }
            });
        })
    };
    html! {
        <div class="code-block">
            <label for={props.id.clone()}>{props.label.clone()}</label>
            <textarea id={props.id.clone()} readonly=true rows="6" spellcheck="false" value={props.code.clone()} />
            <button type="button" class="tool-button" {onclick}>{m::embed_copy_code()}</button>
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
    let host = use_state(|| HostPage::Light);
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
    let body = (*open).then(|| dialog_body(&state.location, &look, &host, &nonce));
    if PRERENDER {
        return html! { <button type="button" class="tool-button" disabled=true>{m::embed_button()}</button> };
    }
    html! {
        <>
            <button type="button" class="tool-button" onclick={show} aria-haspopup="dialog">{m::embed_button()}</button>
            <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-title" onclick={backdrop} onclose={closed}>
                <div class="dialog-body">
                    <div class="dialog-head">
                        <h2 id="embed-title">{m::embed_dialog_title()}</h2>
                        <button type="button" class="tool-button dialog-close" onclick={close}>{m::embed_close()}</button>
                    </div>
                    <p>{m::embed_explanation()}</p>
                    {for body}
                </div>
            </dialog>
        </>
    }
}

/// The open dialog: the options, how readable they are, the previews and
/// the three snippets, for the view at `location` in the look chosen so far.
fn dialog_body(
    location: &Location,
    look: &UseStateHandle<Embed>,
    host: &UseStateHandle<HostPage>,
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
    html! {
        <>
            {look_options(look)}
            {contrast_checks(look)}
            <h3>{m::embed_preview_heading()}</h3>
            {previews(&served, &location, host)}
            <CodeBlock id="embed-iframe" label={m::embed_code_iframe()} code={code(Variant::Iframe)} copied={copied.clone()} />
            <CodeBlock id="embed-sandboxed" label={m::embed_code_sandboxed()} code={code(Variant::Sandboxed)} copied={copied.clone()} />
            <CodeBlock id="embed-pym" label={m::embed_code_pym()} code={code(Variant::Pym)} {copied} />
        </>
    }
}

/// A change of the look: `change` applied with `k`, the choice's index.
fn set(look: &UseStateHandle<Embed>, change: fn(&mut Embed, usize), k: usize) -> Callback<Event> {
    let look = look.clone();
    Callback::from(move |_: Event| {
        let mut next = (*look).clone();
        change(&mut next, k);
        look.set(next);
    })
}

/// The embed's look: theme, background, cards shown first, filter panel.
fn look_options(look: &UseStateHandle<Embed>) -> Html {
    html! {
        <div class="embed-options">
            <fieldset>
                <legend>{m::embed_theme()}</legend>
                {for Theme::ALL.iter().enumerate().map(|(k, &t)| choice(
                    "embed-theme", theme_label(t), look.theme == t,
                    set(look, |e, k| e.theme = Theme::ALL[k], k),
                ))}
            </fieldset>
            <label class="embed-choice">
                <input type="checkbox" checked={look.transparent}
                       onchange={set(look, |e, _| e.transparent = !e.transparent, 0)} />
                {m::embed_transparent()}
            </label>
            <fieldset>
                <legend>{m::embed_cards_first()}</legend>
                {for FIRST_CARDS_CHOICES.iter().enumerate().map(|(k, &n)| choice(
                    "embed-cards", &cards_label(n), look.first_cards == n,
                    set(look, |e, k| e.first_cards = FIRST_CARDS_CHOICES[k], k),
                ))}
            </fieldset>
            <label class="embed-choice">
                <input type="checkbox" checked={look.controls}
                       onchange={set(look, |e, _| e.controls = !e.controls, 0)} />
                {m::embed_show_filters()}
            </label>
        </div>
    }
}

/// How readable the look is: on its own background anywhere, or with a
/// transparent one on a light and on a dark story page, each with the
/// lowest contrast of its text there, or what fails and what to choose.
fn contrast_checks(look: &Embed) -> Html {
    let lowest = |host| {
        let tenths = Scheme::of(look.theme)
            .iter()
            .map(|&scheme| lowest_tenths(scheme, look.transparent, host))
            .min()
            .unwrap_or(0);
        Arg::Tenths(u64::from(tenths))
    };
    let line = |text: String, warning: bool| {
        let class = if warning { "is-warning" } else { "is-fine" };
        html! { <li CLASS={class}>{text}</li> }
    };
    let lines = if look.transparent {
        HostPage::ALL
            .iter()
            .map(|&host| match contrast_warning(look, host) {
                Some(warning) => line(format!("⚠ {warning}"), true),
                None => line(m::embed_contrast_fine(host.id(), lowest(host)), false),
            })
            .collect::<Html>()
    } else {
        line(
            m::embed_contrast_own_background(lowest(HostPage::Light)),
            false,
        )
    };
    html! { <ul class="contrast-checks" aria-live="polite">{lines}</ul> }
}

/// The live previews at a phone's width and a story column's, on the story
/// page chosen, each frame element in the color-scheme its code gives it.
fn previews(served: &str, location: &Location, host: &UseStateHandle<HostPage>) -> Html {
    let on = |page: HostPage| {
        let host = host.clone();
        Callback::from(move |_: Event| host.set(page))
    };
    let scheme = match frame_scheme(&location.embed) {
        Some("dark") => "scheme-dark",
        Some("light dark") => "scheme-auto",
        _ => "scheme-light",
    };
    let page = class_list(
        "embed-previews",
        &[(**host == HostPage::Dark, "on-dark-page")],
    );
    html! {
        <>
            <fieldset class="preview-host">
                <legend>{m::embed_preview_on()}</legend>
                {for HostPage::ALL.iter().map(|&page| html! {
                    <label class="host-choice">
                        <input type="radio" name="preview-host" checked={**host == page}
                               onchange={on(page)} />{host_name(page)}
                    </label>
                })}
            </fieldset>
            <div CLASS={page}>
                {for PREVIEWS.iter().enumerate().map(|(k, &(width, id))| {
                    let src = frame_url(served, location, &DATA, Some(id));
                    let title = m::embed_preview_title(u64::from(width));
                    let caption = m::embed_preview_width(u64::from(width));
                    let width = width.to_string();
                    // A phone shows the first preview only (styles/app.css):
                    // the hidden one, lazy, loads nothing.
                    let loading = (k > 0).then_some("lazy");
                    html! {
                        <figure class="embed-preview">
                            <figcaption>{caption}</figcaption>
                            <iframe CLASS={scheme} {id} {title} {src} {width} height="600" {loading}></iframe>
                        </figure>
                    }
                })}
            </div>
        </>
    }
}
