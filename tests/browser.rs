//! Component tests in headless Chromium (`wasm-bindgen-test`): the real app
//! mounted into a page, driven through the DOM as a reader would.
#![cfg(target_arch = "wasm32")]

use quote_explorer::app::App;
use quote_explorer::model::{badge, no_response, Kind, DATA};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew's scheduler render, and the debounce timers fire.
async fn settle(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits (up to two seconds) until `done` holds: for what the app does
/// after the frame is painted, such as writing the address bar.
async fn eventually(done: impl Fn() -> bool) -> bool {
    for _ in 0..100 {
        if done() {
            return true;
        }
        settle(20).await;
    }
    done()
}

fn address_query() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// A fresh page: the address reset and the app mounted into a new root.
async fn mount() -> Element {
    mount_at("").await
}

/// The app mounted as if opened at `query` (e.g. `?view=article`), with
/// the built-in article as its story (a page's data block gives the app
/// its story; here there is no page).
async fn mount_at(query: &str) -> Element {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        quote_explorer::model::install(
            quote_explorer::model::payload::read(quote_explorer::model::BUILTIN_BLOCK).unwrap(),
        );
    });
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    // One app at a time: the previous test's app is destroyed and removed,
    // so ids and history listeners are this app's alone.
    if let Some((app, root)) = MOUNTED.take() {
        app.destroy();
        root.remove();
    }
    let document = window.document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let app = yew::Renderer::<App>::with_root(root.clone()).render();
    MOUNTED.set(Some((app, root.clone())));
    settle(50).await;
    root
}

thread_local! {
    static MOUNTED: std::cell::Cell<Option<(yew::AppHandle<App>, Element)>> = const { std::cell::Cell::new(None) };
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_app_renders_one_card_per_statement_with_its_id() {
    let root = mount().await;
    let cards = all(&root, "article.card");
    assert_eq!(cards.len(), DATA.statements.len());
    for (card, statement) in cards.iter().zip(DATA.statements) {
        assert_eq!(card.id(), format!("statement-{}", statement.id));
        assert_eq!(
            card.get_attribute("data-statement-id").as_deref(),
            Some(statement.id)
        );
    }
    assert_eq!(
        text(&root, "[role=status]"),
        format!("{} statements", DATA.statements.len())
    );
}

#[wasm_bindgen_test]
async fn cards_name_the_speaker_and_label_quotes_and_paraphrases() {
    let root = mount().await;
    for statement in DATA.statements {
        let card = root
            .query_selector(&format!("#statement-{}", statement.id))
            .unwrap()
            .unwrap();
        let speaker = DATA.speaker_of(statement);
        assert_eq!(text(&card, ".speaker"), speaker.name);
        assert!(text(&card, ".role").starts_with(speaker.role));
        // What the card's stance says: what an answer does, what happened
        // to a claim, else the stance.
        let i = DATA.statement_index(statement.id).unwrap();
        let name = |j: usize| DATA.speaker_of(&DATA.statements[j]).name;
        let answers = statement.responds_to.map(|j| (statement.relation, name(j)));
        let by: Vec<_> = (0..DATA.statements.len())
            .filter(|&j| DATA.statements[j].responds_to == Some(i))
            .map(|j| (DATA.statements[j].relation, name(j)))
            .collect();
        let (words, icon) = badge(statement.stance, answers, &by, no_response());
        assert_eq!(text(&card, ".stance-badge"), format!("{icon}{words}"));
        let words = text(&card, ".words");
        match statement.kind {
            // A quote reads in its sentence, exactly as the article has it,
            // the quoted words marked.
            Kind::Quote => {
                let paragraph = DATA.article.paragraphs[statement.paragraph];
                assert_eq!(
                    words,
                    &paragraph[statement.sentence.0..statement.sentence.1]
                );
                assert!(words.len() >= statement.span.1 - statement.span.0);
                assert_eq!(
                    text(&card, ".quoted"),
                    &paragraph[statement.span.0..statement.span.1]
                );
                assert!(text(&card, ".kind").starts_with("Quote"));
            }
            Kind::Paraphrase => {
                assert_eq!(words, statement.text);
                assert!(text(&card, ".kind").starts_with("Paraphrase"));
            }
        }
        let tags: Vec<String> = all(&card, ".tag")
            .iter()
            .filter_map(|t| t.text_content())
            .collect();
        let expected: Vec<&str> = statement
            .topics
            .iter()
            .map(|&t| DATA.topics[t].label)
            .collect();
        assert_eq!(tags, expected);
    }
}

#[wasm_bindgen_test]
async fn a_response_links_to_the_card_it_answers() {
    let root = mount().await;
    let denial = root
        .query_selector("#statement-spokesman-no-agreement")
        .unwrap()
        .unwrap();
    let link = denial.query_selector(".responds a").unwrap().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#statement-lavrov-investigation-agreement")
    );
}

#[wasm_bindgen_test]
async fn ticking_a_stance_filters_the_list_and_updates_the_count() {
    let root = mount().await;
    let label = root
        .query_selector("label[for=f-stance-disputed]")
        .unwrap()
        .unwrap();
    let disputed = DATA
        .statements
        .iter()
        .filter(|s| s.stance.id() == "disputed")
        .count();
    assert_eq!(
        label.text_content().unwrap(),
        format!("In a dispute ({disputed})")
    );
    label.dyn_into::<HtmlElement>().unwrap().click();
    settle(50).await;
    assert_eq!(
        text(&root, "[role=status]"),
        format!("{disputed} of {} statements", DATA.statements.len())
    );
    // The first cards come with the count; the rest, and the address, once
    // that frame is painted.
    assert!(eventually(|| all(&root, "article.card").len() == disputed).await);
    assert!(eventually(|| address_query().contains("stance=disputed")).await);
}

#[wasm_bindgen_test]
async fn a_search_from_the_url_marks_its_matches_in_the_cards() {
    let root = mount_at("?q=evidence").await;
    let marks: Vec<String> = all(&root, "article.card mark")
        .iter()
        .filter_map(|m| m.text_content())
        .collect();
    assert!(!marks.is_empty());
    assert!(
        marks.iter().all(|m| m.eq_ignore_ascii_case("evidence")),
        "{marks:?}"
    );
    let input = root.query_selector("input[type=search]").unwrap().unwrap();
    assert_eq!(
        input
            .dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .value(),
        "evidence"
    );
}

#[wasm_bindgen_test]
async fn the_article_view_highlights_every_quote_in_its_paragraph() {
    let root = mount_at("?view=article").await;
    for statement in DATA.statements.iter().filter(|s| s.kind == Kind::Quote) {
        let highlight = root
            .query_selector(&format!("#in-article-{}", statement.id))
            .unwrap()
            .unwrap();
        let paragraph = DATA.article.paragraphs[statement.paragraph];
        assert_eq!(
            highlight.text_content().unwrap(),
            &paragraph[statement.span.0..statement.span.1]
        );
    }
    assert!(all(&root, "article.card").is_empty());
}

#[wasm_bindgen_test]
async fn unknown_values_in_the_url_are_named_and_dropped() {
    let root = mount_at("?speaker=nobody&topic=syria").await;
    assert!(text(&root, "[role=note]").contains("speaker “nobody”"));
    assert!(
        eventually(|| address_query() == "?topic=syria").await,
        "the address bar still says {}",
        address_query()
    );
}

#[wasm_bindgen_test]
async fn the_embed_layout_has_no_masthead_and_links_out_in_a_new_tab() {
    let root = mount_at("?embed=1").await;
    assert!(root.query_selector(".masthead").unwrap().is_none());
    let links = all(&root, ".embed-title a, .embed-footer a");
    assert_eq!(links.len(), 2);
    for link in links {
        assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
        assert!(!link.get_attribute("href").unwrap().contains("embed=1"));
    }
}

#[wasm_bindgen_test]
async fn an_embed_shows_its_first_cards_and_show_all_reveals_every_one() {
    let root = mount_at("?embed=1&cards=3").await;
    assert_eq!(all(&root, "article.card").len(), 3);
    assert!(root.query_selector(".cards.is-capped").unwrap().is_some());
    let total = DATA.statements.len();
    let show_all = all(&root, "button.show-more")
        .into_iter()
        .find(|b| b.text_content().as_deref() == Some(&format!("Show all {total}")))
        .expect("a \"Show all\" button naming every statement");
    show_all.dyn_into::<HtmlElement>().unwrap().click();
    settle(50).await;
    assert_eq!(all(&root, "article.card").len(), total);
    assert!(all(&root, "button.show-more").is_empty());
    assert!(root.query_selector(".cards.is-capped").unwrap().is_none());

    // The default is five; outside an embed there is no cap.
    let root = mount_at("?embed=1").await;
    assert_eq!(all(&root, "article.card").len(), 5);
    let root = mount_at("?cards=3").await;
    assert_eq!(all(&root, "article.card").len(), total);
}

/// In the browser, letters beyond Latin are lowercased by JavaScript (the
/// wasm carries no Unicode case tables): a query folds as the build folded
/// the article's text, with Rust's tables.
#[wasm_bindgen_test]
fn the_browser_folds_other_scripts_as_the_build_does() {
    use quote_explorer::text::fold;
    assert_eq!(fold("ΣΟΦΙΑ Москва ÇA İ"), "σοφια москва ca i");
    assert_eq!(fold("Sergéy LAVRÓV Łódź Ærø"), "sergey lavrov lodz aero");
}
