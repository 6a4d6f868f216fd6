//! Every call into browser APIs the app makes, each one fallible: in an
//! opaque-origin iframe `history.replaceState` throws, the clipboard may be
//! refused, `ResizeObserver` may be missing. Callers get a `Result`/`Option`
//! and decide what the reader is told; nothing here panics.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, Window};

/// The browser window; natively (rendering the static page at build time)
/// none, so every call here finds nothing and does nothing.
pub fn window() -> Option<Window> {
    #[cfg(target_arch = "wasm32")]
    return web_sys::window();
    #[cfg(not(target_arch = "wasm32"))]
    return None;
}

pub fn element_by_id(id: &str) -> Option<Element> {
    window()?.document()?.get_element_by_id(id)
}

/// A User Timing mark (`performance.mark`): what a trace or the
/// benchmark reads to see how long reading the story took.
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The text of the page's data block (`<script type="application/json"
/// id="qe-data">`), which the app reads when it starts.
pub fn data_block() -> Option<String> {
    element_by_id("qe-data")?.text_content()
}

/// What the reader did on the static page before the app started: its
/// live form controls (`boot.js` marks <html> `data-qe-touched` once any
/// changed).
#[derive(Debug, Clone, Default)]
pub struct Prestart {
    pub touched: bool,
    /// The ids of the ticked checkboxes (`f-speaker-lavrov`).
    pub checked: Vec<String>,
    /// The search field's text.
    pub query: String,
    /// Whether the phone's filter panel was open.
    pub filters_open: bool,
}

thread_local! {
    static PRESTART: std::cell::RefCell<Option<Prestart>> = const { std::cell::RefCell::new(None) };
}

/// Reads the static page's controls and keeps them for [`take_prestart`];
/// called just before the app replaces the static page.
pub fn keep_prestart() {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return;
    };
    let touched = doc
        .document_element()
        .is_some_and(|root| root.has_attribute("data-qe-touched"));
    let mut checked = Vec::new();
    if let Ok(boxes) = doc.query_selector_all("#app input[type=checkbox]:checked") {
        for i in 0..boxes.length() {
            if let Some(el) = boxes.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                checked.push(el.id());
            }
        }
    }
    let query = doc
        .get_element_by_id("q")
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default();
    let filters_open = doc
        .query_selector("#app .filters.is-open")
        .ok()
        .flatten()
        .is_some();
    PRESTART.with(|p| {
        *p.borrow_mut() = Some(Prestart {
            touched,
            checked,
            query,
            filters_open,
        })
    });
}

/// What [`keep_prestart`] read, once.
pub fn take_prestart() -> Prestart {
    PRESTART.with(|p| p.borrow_mut().take()).unwrap_or_default()
}

/// `location.search`, or `""` when it cannot be read.
pub fn search() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// `location.hash`, or `""`.
pub fn hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// `location.href`, or `""`.
pub fn href() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// The address the app is served from, without query or fragment: the base
/// of every link it generates, so a build hosted under a sub-path links to
/// that sub-path. Read from `href`, which stays a real address in a
/// sandboxed frame, where `origin` is `"null"`.
pub fn page_url() -> String {
    let href = window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    href[..end].to_owned()
}

/// For a click inside HTML the app wrote as text (cards, exchanges): the
/// first of `names` found on the clicked element or its nearest ancestor
/// that has one of them, as (position in `names`, the attribute's value).
pub fn clicked_data(event: &web_sys::Event, names: &[&str]) -> Option<(usize, String)> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let mut selector = String::new();
    for n in names {
        if !selector.is_empty() {
            selector.push(',');
        }
        selector.push('[');
        selector.push_str(n);
        selector.push(']');
    }
    let element = target.closest(&selector).ok()??;
    names
        .iter()
        .enumerate()
        .find_map(|(k, n)| element.get_attribute(n).map(|v| (k, v)))
}

/// Runs `later` in a task after the next frame is painted (the frame's
/// `requestAnimationFrame` queues it), so work that is not needed for what
/// the reader sees first does not delay that frame. Without a window, or if
/// the browser refuses the frame callback, it runs on a zero timeout.
pub fn after_paint(later: impl FnOnce() + 'static) {
    let task = std::rc::Rc::new(std::cell::Cell::new(Some(later)));
    let queue = {
        let task = task.clone();
        move || {
            gloo::timers::callback::Timeout::new(0, move || {
                if let Some(later) = task.take() {
                    later();
                }
            })
            .forget()
        }
    };
    let frame = window().and_then(|w| {
        let queue = queue.clone();
        let callback = Closure::once_into_js(queue);
        w.request_animation_frame(callback.unchecked_ref()).ok()
    });
    if frame.is_none() {
        queue();
    }
}

/// Writes the URL with `pushState` or `replaceState`. `Err` when the
/// browser refuses (sandboxed iframe, opaque origin): the view still works,
/// only the address bar stays behind.
pub fn write_history(url: &str, push: bool) -> Result<(), JsValue> {
    let history = window().ok_or(JsValue::NULL)?.history()?;
    if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(url))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(url))
    }
}

pub fn set_title(title: &str) {
    if let Some(doc) = window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Scrolls the element into the middle of the view and focuses it without
/// a second jump; smooth unless the reader asked for reduced motion.
pub fn reveal(id: &str) -> bool {
    reveal_at(id, ScrollLogicalPosition::Center)
}

/// [`reveal`], with the element's top at the top of the view: where the
/// phone filter sheet's "Show N statements" lands the reader.
pub fn reveal_top(id: &str) -> bool {
    reveal_at(id, ScrollLogicalPosition::Start)
}

fn reveal_at(id: &str, block: ScrollLogicalPosition) -> bool {
    let Some(el) = element_by_id(id) else {
        return false;
    };
    // Cards never yet in view have estimated heights (`content-visibility:
    // auto`); the jump lays them all out first (a page holds a few dozen at
    // most), so it lands once instead of being corrected a frame later.
    // Their real heights are remembered after the class goes.
    let root = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = &root {
        let _ = root.class_list().add_1("is-revealing");
    }
    let options = ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(root) = root {
        after_paint(move || {
            let _ = root.class_list().remove_1("is-revealing");
        });
    }
    if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus);
    }
    true
}

/// Copies `text` with the Clipboard API. `Err` when the API is missing, or
/// the browser refuses (permissions, sandbox): the caller then offers the
/// text selected for a manual copy.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let navigator = window().ok_or(JsValue::NULL)?.navigator();
    // Old browsers and some sandboxes have no `navigator.clipboard`.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return Err(JsValue::from_str("no clipboard"));
    }
    let promise = navigator.clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
}

/// Selects all text inside the element, for a manual copy.
pub fn select_contents(id: &str) {
    if let Some(el) = element_by_id(id) {
        if let Ok(input) = el.clone().dyn_into::<web_sys::HtmlTextAreaElement>() {
            input.select();
        } else if let Ok(input) = el.clone().dyn_into::<web_sys::HtmlInputElement>() {
            input.select();
        } else if let (Some(sel), Some(range)) = (
            window().and_then(|w| w.get_selection().ok().flatten()),
            window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_range().ok()),
        ) {
            if range.select_node_contents(&el).is_ok() {
                let _ = sel.remove_all_ranges();
                let _ = sel.add_range(&range);
            }
        }
    }
}

/// Posts `text` to the embedding page, if there is one: as a string, or
/// (`as_object`) as the object its JSON describes. Any origin may receive
/// it: it carries only the document height, nothing private.
pub fn post_to_parent(text: &str, as_object: bool) {
    let message = if as_object {
        js_sys::JSON::parse(text).unwrap_or_else(|_| JsValue::from_str(text))
    } else {
        JsValue::from_str(text)
    };
    let Some(w) = window() else { return };
    let Ok(Some(parent)) = w.parent() else { return };
    if parent == w {
        return;
    }
    let _ = parent.post_message(&message, "*");
}

/// Watches the body's size and calls `changed` on every change, until the
/// watch is dropped; `None` without a `ResizeObserver` ([`has_resize_observer`]).
pub fn watch_body_size(changed: impl Fn() + 'static) -> Option<SizeWatch> {
    if !has_resize_observer() {
        return None;
    }
    let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| changed());
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    let body: Element = window()?.document()?.body()?.into();
    observer.observe(&body);
    Some(SizeWatch {
        observer,
        _callback: callback,
    })
}

/// A [`watch_body_size`] in progress; dropping it stops the watch.
pub struct SizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(JsValue)>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Moves the keyboard focus to the `at`-th element matching `selector` (the
/// last one if there are fewer), or to the element `fallback_id` if none.
pub fn focus_nth(selector: &str, at: usize, fallback_id: &str) {
    let matches = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(selector).ok())
        .filter(|list| list.length() > 0);
    let target = matches
        .and_then(|list| list.item((at as u32).min(list.length() - 1)))
        .or_else(|| element_by_id(fallback_id).map(Into::into));
    if let Some(element) = target.and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Opens the `<dialog>` behind `dialog` as a modal (in place where the
/// browser has no `showModal`).
pub fn open_dialog(dialog: &yew::NodeRef) {
    if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
        if d.show_modal().is_err() {
            d.set_open(true);
        }
    }
}

/// Closes the `<dialog>` behind `dialog`.
pub fn close_dialog(dialog: &yew::NodeRef) {
    if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
        d.close();
    }
}

/// Whether `event` happened on an element named `tag` itself (`"DIALOG"`:
/// a click on a modal's backdrop), not on anything inside it.
pub fn target_is(event: &web_sys::Event, tag: &str) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .is_some_and(|t| t.tag_name() == tag)
}

/// The text of the `<input>` an input event came from.
pub fn input_value(event: &web_sys::InputEvent) -> String {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| input.value())
        .unwrap_or_default()
}

/// A random number, for ids that must differ between copies of the embed code.
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * 4_294_967_296.0) as u32
}

/// Logs to the developer console.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// The `ResizeObserver` constructor, when this browser has one.
pub fn has_resize_observer() -> bool {
    window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("ResizeObserver")).ok())
        .is_some_and(|ctor| ctor.is_function())
}

/// The height of the content in CSS pixels, rounded up. It is the body's
/// height, not the document's scroll height, which never drops below the
/// frame's own height and so could only grow. The stylesheet gives the body
/// no margin and `display: flow-root`, so its box holds all the content.
pub fn document_height() -> Option<i32> {
    let body = window()?.document()?.body()?;
    Some(body.get_bounding_client_rect().height().ceil() as i32)
}

#[wasm_bindgen]
extern "C" {
    /// `console.error` with the panic text, before the message replaces the app.
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// On a panic: log the message, and put a styled notice in place of the
/// app so the reader never faces a blank or frozen page. Installed through
/// Yew, which would otherwise replace it with its own when rendering starts.
#[cfg(target_arch = "wasm32")]
pub fn install_panic_message() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error(&format!("Quote Explorer stopped: {info}"));
        let Some(doc) = window().and_then(|w| w.document()) else {
            return;
        };
        let Some(body) = doc.body() else { return };
        let Ok(notice) = doc.create_element("div") else {
            return;
        };
        notice.set_class_name("crash");
        notice.set_attribute("role", "alert").ok();
        let source = crate::model::DATA.article.source_url;
        let link = source.map_or_else(String::new, |_| " or open the article".to_owned());
        notice.set_text_content(Some(&format!(
            "Something went wrong — reload the page{link}."
        )));
        if let Some(url) = source {
            if let Ok(a) = doc.create_element("a") {
                a.set_attribute("href", url).ok();
                a.set_text_content(Some("Open the article"));
                notice.append_child(&a).ok();
            }
        }
        if let Some(app) = doc.get_element_by_id("app") {
            app.set_inner_html("");
            app.append_child(&notice).ok();
        } else {
            body.append_child(&notice).ok();
        }
    }));
}

/// Scrolls the element into the middle of the view without moving the
/// keyboard focus (a search match in the article view, while the focus
/// stays on Next); smooth unless the reader asked for reduced motion.
pub fn scroll_to(id: &str) -> bool {
    let Some(el) = element_by_id(id) else {
        return false;
    };
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Center);
    options.set_behavior(if prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
    true
}
