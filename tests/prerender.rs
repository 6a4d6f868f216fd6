//! The cards prerendered into `index.html` at build time are byte for byte
//! the app's cards as `card::write` makes them without the app's actions
//! (the "In the article" button disabled), so the app's first render
//! replaces them without a visible change.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use qe_data::page::{body, PRERENDERED};
use quote_explorer::card;
use quote_explorer::filter::Index;
use quote_explorer::model::DATA;

#[test]
fn prerendered_cards_are_the_apps_cards() {
    let shown = std::env::var("QUOTE_EXPLORER_DATA").unwrap_or_else(|_| "data/article.json".into());
    let data = qe_data::load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join(&shown), &shown)
        .expect("the data file the app was built with is valid");
    let page = body(&data);
    let index = Index::new(&DATA);
    let cards = DATA.statements.len().min(PRERENDERED);
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
}
