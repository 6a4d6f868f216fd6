//! The root component: reads the URL once, owns the state, and lays out the
//! page (full view or the compact embed). Rendered natively at build time
//! too ([`prerender`]): the static first view.

use yew::prelude::*;

use crate::browser;
use crate::components::{
    active_filters::ActiveFilters, article_view::article_view, density_switch::density_switch,
    embed_dialog::EmbedButton, filter_panel::FilterPanel, ignored_notice::ignored_notice,
    overview::Overview, result_count::result_count, sentence, share_bar::CopyLink,
    statement_list::StatementList, summary_bar::summary_bar, view_switch::view_switch, PRERENDER,
};
use crate::context::{link_to, AppContext};
use crate::credit;
use crate::hooks::{use_height_reporter, use_history_sync, use_reveal};
use crate::location::{self, parse_fragment, View};
use crate::model::DATA;
use crate::state::AppState;
use qe_core::i18n::{m, Msg};

/// Reads the story from the page's data block, then mounts the app into
/// `<div id="app">`, replacing the static first view there (or into the
/// body if the element is missing). A missing or damaged block stops here
/// with its message (the panic notice), the static view left in place.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    browser::install_panic_message();
    browser::mark("qe-read-start");
    let block = browser::data_block().unwrap_or_default();
    match crate::model::payload::read(block.leak()) {
        Ok(data) => {
            crate::model::install(data);
        }
        Err(message) => panic!("{message}"),
    }
    browser::mark("qe-read-end");
    let root = browser::element_by_id("app");
    match root {
        Some(root) => {
            browser::keep_prestart();
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// The app's first render for the default URL as HTML, rendered natively at
/// build time (`qe-prerender`) for the story installed on this thread
/// ([`crate::model::install`]): the static first view, with what needs the
/// app left out ([`crate::components::PRERENDER`]) and no hydration markers.
#[cfg(not(target_arch = "wasm32"))]
pub fn prerender() -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime without I/O starts");
    runtime.block_on(
        yew::LocalServerRenderer::<App>::new()
            .hydratable(false)
            .render(),
    )
}

/// Panics on purpose. The end-to-end suite calls it (through Trunk's
/// `window.wasmBindings`) to prove that a panic shows the reader a message
/// instead of a blank or frozen page.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn panic_for_test() {
    panic!("panic_for_test was called");
}

/// The view the URL asks for, and what it asked for that does not exist.
fn initial_state() -> AppState {
    let mut parsed = location::parse(&browser::search(), &DATA);
    let target = match parse_fragment(&browser::hash(), &DATA) {
        Ok(target) => target,
        Err(ignored) => {
            parsed.ignored.push(ignored);
            None
        }
    };
    let taps = browser::take_prestart();
    AppState::new(parsed, target).take_over(
        taps.touched,
        &taps.checked,
        &taps.query,
        taps.filters_open,
    )
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    use_history_sync(&state);
    use_reveal(&state);
    let embed = state.location.embed.on;
    use_height_reporter(
        embed,
        state.pym_child_id.clone(),
        state.location.embed.id.clone(),
    );

    let results = html! {
        <section class="results" aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">{m::results_heading()}</h2>
            {view_switch(&state)}
            // Under the tabs, where the static page of a filtered link
            // shows its placeholder: the chips push nothing that was there.
            <ActiveFilters />
            if PRERENDER {
                // What a shared link to another view shows until the app
                // has drawn it (boot.js marks <html> qe-pending).
                <p class="view-pending" hidden=true>{m::view_pending()}</p>
            }
            {result_count(&state)}
            if state.location.view == View::Article {
                {article_view(&state)}
            } else {
                {summary_bar(&state)}
                <Overview />
                {density_switch(&state)}
                <StatementList />
            }
        </section>
    };

    // The parts both layouts share, built once: the notice and the filters
    // (compact in an embed); `results` above.
    let notice = ignored_notice(&state);
    let filters = html! { <FilterPanel compact={embed} /> };
    let layout = if embed {
        embed_layout(&state, notice, filters, results)
    } else {
        full_layout(notice, filters, results)
    };
    html! {
        <ContextProvider<AppContext> context={state.clone()}>{layout}</ContextProvider<AppContext>>
    }
}

/// The compact layout of an embed: the headline as a link out, the filters,
/// the statements and a footer with the way to the full page.
fn embed_layout(state: &AppContext, notice: Html, filters: Html, results: Html) -> Html {
    let full_view = link_to(&state.location.full_view());
    html! {
            <div class="page page-embed">
                <p class="embed-title">
                    <a href={full_view.clone()} target="_blank" rel="noopener">{DATA.article.headline}</a>
                </p>
                {dateline("embed-dateline")}
                {notice}
                {filters}
                <main id="results" class="main" tabindex="-1">{results}</main>
                {embed_footer(&full_view, false)}
            </div>
    }
}

/// The embed's footer: the way out to the full page and the credit. The
/// static page carries it hidden, for boot.js to show in an embed (with
/// the full view's address) in place of the page's own footer.
fn embed_footer(full_view: &str, hidden: bool) -> Html {
    html! {
        <footer class="embed-footer" {hidden}>
            <a href={full_view.to_owned()} target="_blank" rel="noopener">{m::embed_full_explorer()}</a>
            <span class="credit">{credit()}</span>
        </footer>
    }
}

/// The full page: masthead and tools, the filter panel beside the results.
fn full_layout(notice: Html, filters: Html, results: Html) -> Html {
    let article = &DATA.article;
    html! {
            <div CLASS={if PRERENDER { "page is-static" } else { "page" }}>
                <a class="skip-link" href="#results">{m::skip_to_statements()}</a>
                <header class="masthead">
                    <p class="kicker">{m::masthead_kicker()}</p>
                    <h1>{article.headline}</h1>
                    if let Some(dek) = article.dek {
                        <p class="dek">{dek}</p>
                    }
                    {dateline("dateline")}
                    {byline()}
                    <div class="tools">
                        <CopyLink />
                        <EmbedButton />
                    </div>
                </header>
                if PRERENDER {
                    {static_notices()}
                }
                {notice}
                <div class="layout">
                    {filters}
                    <main id="results" class="main" tabindex="-1">{results}</main>
                </div>
                <footer class="site-footer">
                    <p>{credit()}</p>
                </footer>
                if PRERENDER {
                    {embed_footer("./", true)}
                }
            </div>
    }
}

/// The static page's notices for a reader without the app: without script
/// (`<noscript>`), and when it could not start (`#app-failed`, shown by
/// `init.js` or `boot.js`; `role=alert`, so it is read out when it appears).
fn static_notices() -> Html {
    let source = DATA.article.source_url.map(|url| {
        let link = m::notice_original_article_link();
        html! {
            <>
                {" "}
                {sentence(Msg::NoticeOriginalArticle, &[link.into()], &|_| html! { <a href={url}>{link}</a> })}
            </>
        }
    });
    html! {
        <>
            <noscript>
                <p class="notice">{m::notice_no_script()}{for source.clone()}</p>
            </noscript>
            <div id="app-failed" hidden=true>
                <p class="notice" role="alert">
                    {m::notice_app_failed()}
                    {for source}
                </p>
            </div>
        </>
    }
}

fn provenance() -> credit::Provenance<'static> {
    let a = &DATA.article;
    credit::Provenance {
        headline: a.headline,
        publisher: a.publisher,
        byline: a.byline,
        published: a.published,
        source_url: a.source_url,
        place: a.place,
        event_date: a.event_date,
    }
}

/// Where and when the reported events happened ("Moscow · Wednesday, 12
/// April 2017"), when the data says: under the headline, and in an embed
/// under its title.
fn dateline(class: &str) -> Html {
    let mut out = String::new();
    if !credit::dateline(&mut out, &provenance(), class) {
        return Html::default();
    }
    Html::from_html_unchecked(out.into())
}

/// The masthead's "By … · publisher · date · Original article ↗", when the
/// data gives any.
fn byline() -> Html {
    let mut out = String::from("<p class=\"byline\">");
    if !credit::byline(&mut out, &provenance()) {
        return Html::default();
    }
    out.push_str("</p>");
    Html::from_html_unchecked(out.into())
}

fn credit() -> Html {
    let mut out = String::from("<span>");
    credit::footer(&mut out, &provenance());
    out.push_str("</span>");
    Html::from_html_unchecked(out.into())
}
