//! The codec's unit tests (the fuzzing is in tests/fuzz_location.rs).

use super::*;
use crate::model::DATA;
#[cfg(not(target_arch = "wasm32"))]
use qe_core::i18n::ftl::in_language;

fn round_trip(location: &Location) {
    let url = encode(location, &DATA);
    let back = parse(&url, &DATA);
    assert_eq!(&back.location, location, "{url}");
    assert!(back.ignored.is_empty(), "{url}: {:?}", back.ignored);
    assert_eq!(encode(&back.location, &DATA), url);
}

#[test]
fn a_search_in_article_order_has_its_own_address_and_no_search_has_none() {
    let parsed = parse("?q=trust&sort=article", &DATA);
    assert!(parsed.location.article_order);
    assert_eq!(encode(&parsed.location, &DATA), "?q=trust&sort=article");
    assert_eq!(
        encode(&parse("?q=trust&sort=best", &DATA).location, &DATA),
        "?q=trust"
    );
    let alone = parse("?sort=article", &DATA);
    assert!(!alone.location.article_order);
    assert_eq!(encode(&alone.location, &DATA), "");
    assert_eq!(
        parse("?q=a&sort=random", &DATA).ignored,
        [Ignored::Value {
            key: "sort",
            value: "random".into()
        }]
    );
}

#[test]
fn the_default_view_has_an_empty_query_string() {
    assert_eq!(encode(&Location::default(), &DATA), "");
}

#[test]
fn parameters_come_in_a_fixed_order_with_values_in_data_order() {
    let parsed = parse(
        "?view=article&q=low trust&stance=disputed&topic=ukraine,syria",
        &DATA,
    );
    assert!(parsed.ignored.is_empty());
    assert_eq!(
        encode(&parsed.location, &DATA),
        "?topic=syria,ukraine&stance=disputed&q=low+trust&view=article"
    );
}

#[test]
fn codec_round_trips_every_single_and_pair_of_facet_values() {
    let values: Vec<(Facet, usize)> = Facet::ALL
        .iter()
        .flat_map(|&f| (0..f.len(&DATA)).map(move |v| (f, v)))
        .collect();
    let mut cases = 0;
    for (i, &(fa, va)) in values.iter().enumerate() {
        for &(fb, vb) in &values[i..] {
            for view in [View::List, View::Article] {
                let mut location = Location {
                    view,
                    ..Location::default()
                };
                location.filter.toggle(fa, va);
                location.filter.selected_mut(fb).insert(vb);
                round_trip(&location);
                cases += 1;
            }
        }
    }
    assert!(cases > 100);
}

#[test]
fn queries_with_reserved_and_unicode_characters_round_trip() {
    for q in [
        "a&b=c",
        "100% sure",
        "“unlawful”",
        "x+y",
        "#hash",
        "Лавров",
        "<script>",
        " spaced ",
    ] {
        let mut location = Location::default();
        location.filter.query = q.into();
        round_trip(&location);
    }
}

#[test]
fn embed_parameters_round_trip_and_embed_id_needs_embed() {
    let parsed = parse("?embed=1&embedId=story-7", &DATA);
    assert_eq!(
        parsed.location.embed,
        Embed {
            on: true,
            id: Some("story-7".into()),
            ..Embed::default()
        }
    );
    round_trip(&parsed.location);
    assert_eq!(
        parse("?embedId=story-7", &DATA).location.embed,
        Embed::default()
    );
}

#[test]
fn the_embed_look_is_written_after_the_id_in_a_fixed_order_and_only_when_not_the_default() {
    let parsed = parse(
        "?controls=0&cards=12&background=transparent&theme=dark&embedId=a&embed=1&topic=syria",
        &DATA,
    );
    assert!(parsed.ignored.is_empty(), "{:?}", parsed.ignored);
    let embed = &parsed.location.embed;
    assert_eq!(embed.theme, Theme::Dark);
    assert!(embed.transparent);
    assert_eq!(embed.first_cards, Some(12));
    assert!(!embed.controls);
    assert_eq!(
        encode(&parsed.location, &DATA),
        "?topic=syria&embed=1&embedId=a&theme=dark&background=transparent&cards=12&controls=0"
    );
    let defaults = parse(
        "?embed=1&theme=light&background=solid&cards=5&controls=1",
        &DATA,
    );
    assert!(defaults.ignored.is_empty(), "{:?}", defaults.ignored);
    assert_eq!(encode(&defaults.location, &DATA), "?embed=1");
    for theme in Theme::ALL {
        for transparent in [false, true] {
            let mut location = parse("?embed=1", &DATA).location;
            location.embed.theme = theme;
            location.embed.transparent = transparent;
            round_trip(&location);
        }
    }
    for first in [Some(1), Some(FIRST_CARDS), Some(MAX_FIRST_CARDS), None] {
        let mut location = parse("?embed=1&controls=0", &DATA).location;
        location.embed.first_cards = first;
        round_trip(&location);
    }
    assert_eq!(
        encode(&parse("?embed=1&cards=all", &DATA).location, &DATA),
        "?embed=1&cards=all"
    );
}

#[test]
fn links_from_before_the_theme_keep_their_look_and_are_rewritten_in_the_new_form() {
    for (old, theme, transparent, canonical) in [
        ("background=light", Theme::Light, false, "?embed=1"),
        (
            "background=transparent",
            Theme::Light,
            true,
            "?embed=1&background=transparent",
        ),
        ("background=dark", Theme::Dark, false, "?embed=1&theme=dark"),
        ("background=auto", Theme::Auto, false, "?embed=1&theme=auto"),
    ] {
        let parsed = parse(&format!("?embed=1&{old}"), &DATA);
        assert!(parsed.ignored.is_empty(), "{old}: {:?}", parsed.ignored);
        let embed = &parsed.location.embed;
        assert_eq!(
            (embed.theme, embed.transparent),
            (theme, transparent),
            "{old}"
        );
        assert_eq!(encode(&parsed.location, &DATA), canonical, "{old}");
    }
}

#[test]
fn an_explicit_theme_wins_over_an_old_background_wherever_it_stands() {
    for query in [
        "?embed=1&theme=light&background=dark",
        "?embed=1&background=dark&theme=light",
        "?embed=1&background=auto&theme=light&background=solid",
    ] {
        let embed = parse(query, &DATA).location.embed;
        assert_eq!(
            (embed.theme, embed.transparent),
            (Theme::Light, false),
            "{query}"
        );
    }
    // Of two backgrounds the last counts, with the theme it names.
    let embed = parse("?embed=1&background=dark&background=transparent", &DATA)
        .location
        .embed;
    assert_eq!((embed.theme, embed.transparent), (Theme::Light, true));
    let embed = parse("?embed=1&background=transparent&theme=auto", &DATA)
        .location
        .embed;
    assert_eq!((embed.theme, embed.transparent), (Theme::Auto, true));
}

#[test]
fn unknown_embed_look_values_are_dropped_and_reported() {
    let parsed = parse(
        "?embed=1&background=pink&theme=transparent&theme=Dark&cards=0&cards=1000&cards=-3&cards=%2B5&controls=no",
        &DATA,
    );
    assert_eq!(encode(&parsed.location, &DATA), "?embed=1");
    let keys: Vec<String> = parsed.ignored.iter().map(|i| i.to_string()).collect();
    assert_eq!(
        keys,
        [
            "background “pink”",
            "theme “transparent”",
            "theme “Dark”",
            "cards “0”",
            "cards “1000”",
            "cards “-3”",
            "cards “+5”",
            "controls “no”"
        ]
    );
}

#[test]
fn the_embed_look_needs_embed() {
    let parsed = parse(
        "?theme=dark&background=transparent&cards=3&controls=0",
        &DATA,
    );
    assert_eq!(parsed.location, Location::default());
    assert_eq!(encode(&parsed.location, &DATA), "");
}

#[test]
fn the_full_view_keeps_the_filters_and_drops_the_embed() {
    let parsed = parse(
        "?topic=syria&view=article&embed=1&embedId=a&theme=dark&background=transparent&cards=2&controls=0",
        &DATA,
    );
    assert_eq!(
        encode(&parsed.location.full_view(), &DATA),
        "?topic=syria&view=article"
    );
}

#[test]
fn unknown_values_are_dropped_and_reported() {
    let parsed = parse("?speaker=nobody,lavrov&topic=mars&stance=&view=map", &DATA);
    assert_eq!(encode(&parsed.location, &DATA), "?speaker=lavrov");
    assert_eq!(
        parsed.ignored,
        vec![
            Ignored::Value {
                key: "speaker",
                value: "nobody".into()
            },
            Ignored::Value {
                key: "topic",
                value: "mars".into()
            },
            Ignored::Value {
                key: "view",
                value: "map".into()
            },
        ]
    );
    assert_eq!(parsed.ignored[0].to_string(), "speaker “nobody”");
}

#[test]
fn unknown_parameters_are_ignored_silently() {
    let parsed = parse(
        "?utm_source=x&initialWidth=600&parentUrl=http%3A%2F%2Fa&childId=qe-1",
        &DATA,
    );
    assert_eq!(parsed.location, Location::default());
    assert!(parsed.ignored.is_empty());
    assert_eq!(parsed.pym_child_id.as_deref(), Some("qe-1"));
}

#[test]
fn ids_are_matched_case_insensitively_and_repeated_keys_merge() {
    let parsed = parse("?topic=SYRIA&topic=ukraine&topic=syria", &DATA);
    assert_eq!(encode(&parsed.location, &DATA), "?topic=syria,ukraine");
}

#[test]
fn malformed_percent_escapes_are_kept_literally() {
    assert_eq!(decode_component("100%"), "100%");
    assert_eq!(decode_component("%zz%4"), "%zz%4");
    assert_eq!(decode_component("%+1"), "% 1");
    assert_eq!(decode_component("%C3%A9"), "é");
    assert_eq!(decode_component("%FF"), "\u{fffd}");
}

#[test]
fn a_huge_query_is_cut_and_reported() {
    let parsed = parse(&format!("?q={}", "é".repeat(10_000)), &DATA);
    assert_eq!(
        parsed.location.filter.query.chars().count(),
        MAX_QUERY_CHARS
    );
    assert_eq!(parsed.ignored, vec![Ignored::LongQuery]);
}

#[test]
fn hostile_host_ids_are_refused() {
    let parsed = parse("?embed=1&embedId=%22%3E%3Cscript%3E&childId=a%20b", &DATA);
    assert_eq!(parsed.location.embed.id, None);
    assert_eq!(parsed.pym_child_id, None);
    assert_eq!(parsed.ignored.len(), 1);
}

#[test]
fn fragments_name_statements() {
    assert_eq!(
        parse_fragment("#statement-lavrov-unlawful", &DATA),
        Ok(DATA.statement_index("lavrov-unlawful"))
    );
    assert_eq!(parse_fragment("", &DATA), Ok(None));
    assert_eq!(parse_fragment("#top", &DATA), Ok(None));
    assert_eq!(
        parse_fragment("#statement-nope", &DATA),
        Err(Ignored::Statement("nope".into()))
    );
}

#[test]
fn describe_lists_the_active_filters() {
    let parsed = parse("?speaker=lavrov&stance=disputed&q=trust", &DATA);
    assert_eq!(
        describe(&parsed.location.filter, &DATA),
        "Sergey Lavrov · In a dispute · “trust”"
    );
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn what_was_ignored_is_said_in_the_storys_language_and_parsed_alike() {
    /// A link with an unknown speaker and a long search, parsed, and what
    /// the notice says of it and of the other two kinds.
    fn ignored() -> (Parsed, Vec<String>) {
        let query = format!("?speaker=nobody&q={}", "a".repeat(MAX_QUERY_CHARS + 1));
        let parsed = parse(&query, &DATA);
        let mut said: Vec<String> = parsed.ignored.iter().map(|i| i.to_string()).collect();
        said.push(Ignored::Statement("x".into()).to_string());
        said.push(Ignored::FiltersHidingTarget.to_string());
        (parsed, said)
    }
    let (english, said) = ignored();
    assert_eq!(
        said,
        [
            "speaker “nobody”",
            "the end of a search longer than 200 characters",
            "link to statement “x”",
            "its filters, which hid the linked statement",
        ]
    );
    let (spanish, said) = in_language("es", ignored);
    assert_eq!(spanish, english, "the words change, not what is parsed");
    assert_eq!(
        said,
        [
            "persona «nobody»",
            "el final de una búsqueda de más de 200 caracteres",
            "el enlace a la declaración «x»",
            "sus filtros, que ocultaban la declaración enlazada",
        ]
    );
}
