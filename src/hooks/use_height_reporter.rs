//! Tells the embedding page how tall the document is, so the iframe never
//! scrolls inside a story. Two protocols: pym.js's child message when a
//! pym.js parent gave us a `childId`, a plain JSON message otherwise.
//! A `ResizeObserver` on the document sees every change (render, filters,
//! fonts, width); without one, window resizes and re-renders do.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use crate::browser;

/// The message for `height`: pym's string, or the plain JSON message.
pub fn height_message(height: i32, pym_child_id: Option<&str>, embed_id: Option<&str>) -> String {
    match pym_child_id {
        Some(child) => format!("pymxPYMx{child}xPYMxheightxPYMx{height}"),
        // Ids are checked to be `[A-Za-z0-9._:-]` by the codec, so they need no escaping.
        None => match embed_id {
            Some(id) => format!(
                "{{\"type\":\"quote-explorer:height\",\"height\":{height},\"embedId\":\"{id}\"}}"
            ),
            None => format!(
                "{{\"type\":\"quote-explorer:height\",\"height\":{height},\"embedId\":null}}"
            ),
        },
    }
}

/// Sends the height when it differs from the last one sent.
fn send_if_changed(last: &Cell<i32>, pym: Option<&str>, embed_id: Option<&str>) {
    let Some(height) = browser::document_height() else {
        return;
    };
    if height == last.get() {
        return;
    }
    last.set(height);
    browser::post_to_parent(&height_message(height, pym, embed_id), pym.is_none());
}

#[hook]
pub fn use_height_reporter(embed: bool, pym_child_id: Option<String>, embed_id: Option<String>) {
    let last = use_memo((), |_| Rc::new(Cell::new(-1)));
    let active = embed || pym_child_id.is_some();
    // Without a ResizeObserver, every render is a chance that the height changed.
    {
        let last = (*last).clone();
        let (pym, id) = (pym_child_id.clone(), embed_id.clone());
        use_effect(move || {
            if active && !browser::has_resize_observer() {
                send_if_changed(&last, pym.as_deref(), id.as_deref());
            }
        });
    }
    let last = (*last).clone();
    use_effect_with(
        (active, pym_child_id, embed_id),
        move |(active, pym, id)| {
            let mut cleanup: Option<Box<dyn FnOnce()>> = None;
            if *active {
                let (pym, id) = (pym.clone(), id.clone());
                let send: Rc<dyn Fn()> =
                    Rc::new(move || send_if_changed(&last, pym.as_deref(), id.as_deref()));
                send();
                if let Some(watch) = browser::watch_body_size({
                    let send = send.clone();
                    move || send()
                }) {
                    cleanup = Some(Box::new(move || drop(watch)));
                } else {
                    browser::warn("Quote Explorer: no ResizeObserver in this browser; the height is sent on window resizes and re-renders.");
                    let listener = browser::window()
                        .map(|w| EventListener::new(&w, "resize", move |_| send()));
                    cleanup = Some(Box::new(move || drop(listener)));
                }
            }
            move || {
                if let Some(cleanup) = cleanup {
                    cleanup();
                }
            }
        },
    );
}
