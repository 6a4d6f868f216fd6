//! The page's data block has one layout, written by qe-data (`emit.rs`) and
//! read by the app (`model::payload`): every field of every fixture comes
//! back as the checker read it, including markup, quotes, escapes and
//! characters outside the Basic Multilingual Plane.

#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use quote_explorer::model::{payload, Dataset};

fn read_back(shown: &str, url: Option<&str>) -> (qe_data::Data, Dataset) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = qe_data::load_file(&root.join(shown), shown).unwrap_or_else(|d| panic!("{d}"));
    let block = qe_data::payload(&data, url);
    assert!(
        !block.contains('<'),
        "{shown}: a `<` in the block could close it"
    );
    let read = payload::read(block.leak()).unwrap_or_else(|e| panic!("{shown}: {e}"));
    (data, read)
}

#[test]
fn every_field_of_every_fixture_reads_back_as_written() {
    for shown in [
        "data/article.json",
        "tests/fixtures/other-article",
        "tests/fixtures/other-article.json",
        "tests/fixtures/hostile-article.json",
    ] {
        let (data, read) = read_back(shown, Some("https://news.example/q/story/"));
        let a = &data.article;
        assert_eq!(read.article.headline, a.headline, "{shown}");
        assert_eq!(read.article.dek, a.dek.as_deref(), "{shown}");
        assert_eq!(read.article.byline, a.byline.as_deref(), "{shown}");
        assert_eq!(read.article.place, a.place.as_deref(), "{shown}");
        assert_eq!(read.article.source_url, a.source_url.as_deref(), "{shown}");
        assert_eq!(
            read.article.published.map(|d| d.iso),
            a.published.as_deref(),
            "{shown}"
        );
        assert_eq!(read.article.paragraphs, a.paragraphs, "{shown}");
        assert_eq!(read.story_url, Some("https://news.example/q/story/"));
        let sides: Vec<_> = read.sides.iter().map(|s| (s.id, s.label)).collect();
        let want: Vec<_> = data
            .sides
            .iter()
            .map(|s| (s.id.as_str(), s.label.as_str()))
            .collect();
        assert_eq!(sides, want, "{shown}");
        for (got, want) in read.speakers.iter().zip(&data.speakers) {
            assert_eq!(
                (got.id, got.name, got.role, got.side),
                (
                    want.id.as_str(),
                    want.name.as_str(),
                    want.role.as_str(),
                    want.side
                ),
                "{shown}"
            );
        }
        assert_eq!(read.speakers.len(), data.speakers.len());
        let topics: Vec<_> = read.topics.iter().map(|t| (t.id, t.label)).collect();
        let want: Vec<_> = data
            .topics
            .iter()
            .map(|t| (t.id.as_str(), t.label.as_str()))
            .collect();
        assert_eq!(topics, want, "{shown}");
        assert_eq!(read.statements.len(), data.statements.len());
        for (got, want) in read.statements.iter().zip(&data.statements) {
            assert_eq!(got.id, want.id);
            assert_eq!(got.speaker, want.speaker, "{}", want.id);
            assert_eq!(got.kind.id(), want.kind.id(), "{}", want.id);
            assert_eq!(got.text, want.text, "{}", want.id);
            assert_eq!(
                (got.paragraph, got.span, got.sentence),
                (want.paragraph, want.span, want.sentence),
                "{}",
                want.id
            );
            assert_eq!(got.topics, want.topics, "{}", want.id);
            assert_eq!(got.stance.id(), want.stance.id(), "{}", want.id);
            assert_eq!(got.responds_to, want.responds_to, "{}", want.id);
            assert_eq!(got.relation.id(), want.relation.id(), "{}", want.id);
            assert_eq!(got.when, want.when.as_deref(), "{}", want.id);
            assert_eq!(got.note, want.note.as_deref(), "{}", want.id);
        }
        assert_eq!(read.search_hint, qe_data::search_hint(&data));
        assert_eq!(read.search.starts.len(), data.statements.len() + 1);
    }
}

#[test]
fn the_built_in_article_the_tests_read_is_the_published_one() {
    let (_, read) = read_back("data/article.json", None);
    assert_eq!(read, *quote_explorer::model::builtin());
    assert_eq!(read.story_url, None);
}

#[test]
fn text_outside_ascii_and_every_escape_reads_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut data =
        qe_data::load_file(&root.join("data/article.json"), "data/article.json").unwrap();
    let odd = "“Quoted” \"straight\" \\ back\\slash\t tab\u{7} bell </script><!-- 😀 مرحبا Ελλάδα";
    data.article.headline = odd.into();
    data.article.dek = Some(odd.into());
    let block = qe_data::payload(&data, None);
    let read = payload::read(block.leak()).unwrap();
    assert_eq!(read.article.headline, odd);
    assert_eq!(read.article.dek, Some(odd));
}

#[test]
fn a_damaged_block_never_gives_a_dataset_that_could_panic_a_view() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = qe_data::load_file(&root.join("data/article.json"), "data/article.json").unwrap();
    let block = qe_data::payload(&data, None);
    // A speaker index out of range, a span past its paragraph, a cut block,
    // a wrong shape.
    let first = &data.statements[0];
    let at = format!("\"{}\",{},", first.id, first.speaker);
    assert!(block.contains(&at));
    let bad_speaker = block.replacen(&at, &format!("\"{}\",99,", first.id), 1);
    let span = format!(",{},{},", first.span.0, first.span.1);
    assert!(block.contains(&span));
    let bad_span = block.replacen(&span, &format!(",{},999999,", first.span.0), 1);
    for damaged in [
        bad_speaker,
        bad_span,
        block[..block.len() / 2].to_owned(),
        block.replacen("[3,[", "[3,[[", 1),
    ] {
        assert!(payload::read(damaged.leak()).is_err());
    }
}
