//! The static first view is the app's own first render (`app::prerender`,
//! Yew's server renderer, natively): the default view's cards as the app
//! writes them, less what needs the app, and the notices and hooks the page
//! relies on before and without it (`boot.js`, `init.js`, the start-up
//! benchmark). Run with `--features ssr`.

use quote_explorer::app::prerender;
use quote_explorer::card;
use quote_explorer::components::statement_list::PAGE;
use quote_explorer::filter::Index;
use quote_explorer::model::DATA;

#[test]
fn the_first_view_holds_the_apps_first_page_of_cards_without_the_apps_actions() {
    let page = prerender();
    let index = Index::new(&DATA);
    let cards = DATA.statements.len().min(PAGE);
    assert!(cards > 0);
    for i in 0..cards {
        let mut expected = String::from("<li>");
        card::write(
            &mut expected,
            &DATA.card(i, index.answers(i), None),
            &card::plain,
        );
        expected.push_str("</li>");
        assert!(
            page.contains(&expected),
            "statement {i}: the prerendered card differs from\n{expected}"
        );
    }
    assert_eq!(page.matches("<article ").count(), cards);
    assert!(
        !page.contains("data-in-article"),
        "nothing opens the article view without the app"
    );
}

#[test]
fn the_first_view_counts_everything_and_offers_nothing_that_needs_the_app() {
    let page = prerender();
    let total = DATA.statements.len();
    assert!(page.contains(&format!(">{total} statements</p>")), "{page}");
    // The static page's mark; `boot.js` and the tests tell the app's page
    // by its view tabs, which have addresses only in the app.
    assert!(page.starts_with("<div CLASS=\"page is-static\">"), "{page}");
    assert!(page.contains("<a CLASS=\"view-tab is-current\" aria-current=\"page\">Statements</a>"));
    assert!(
        !page.contains("href=\"?"),
        "no link to another view: {page}"
    );
    for tool in ["Copy link", "Embed"] {
        assert!(
            page.contains(&format!(
                "disabled=\"disabled\" class=\"tool-button\">{tool}</button>"
            )),
            "{tool}"
        );
    }
    assert!(!page.contains("<dialog"));
    // The only "Show all" is the embed's, hidden until boot.js shows it.
    assert_eq!(page.matches("class=\"show-more\"").count(), 1);
    // The embed's footer, hidden until boot.js shows it in an embed.
    assert!(page.contains("<footer hidden=\"hidden\" class=\"embed-footer\"><a href=\"./\" target=\"_blank\" rel=\"noopener\">Open the full explorer ↗</a>"), "{page}");
    assert!(page.contains(&format!(
        "<button type=\"button\" hidden=\"hidden\" class=\"show-more\">Show all {total}</button>"
    )));
}

#[test]
fn the_first_view_has_the_notices_and_placeholder_the_page_scripts_show() {
    let page = prerender();
    // init.js and boot.js unhide it when the app cannot start.
    assert!(page.contains("<div id=\"app-failed\" hidden=\"hidden\"><p role=\"alert\" class=\"notice\">The explorer could not start here"));
    assert!(
        page.contains("<noscript><p class=\"notice\">Filtering needs JavaScript and WebAssembly.")
    );
    // boot.js shows it, in place of the statements, for a link to another view.
    assert!(page.contains("<p hidden=\"hidden\" class=\"view-pending\">Loading this view…</p>"));
    // The live controls boot.js keeps working and the app takes over.
    assert!(page.contains("<input value=\"\" type=\"search\" id=\"q\" name=\"q\""));
    assert!(page.contains("id=\"f-topic-syria\"") || DATA.topics.iter().all(|t| t.id != "syria"));
}
