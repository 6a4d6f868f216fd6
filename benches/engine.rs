//! The filter engine alone, natively: `Index::new` and `Index::evaluate`
//! (matching plus every facet count) on the generated articles of 1,000,
//! 10,000 and 100,000 statements, with and without a text query.
//!
//! The data files come from `benches/generate.mjs` (`benches/run.sh engine`
//! writes them first); `QE_BENCH_SIZES=1000,10000` picks sizes. Budgets
//! (issue 7) at 100,000: ≤ 1 ms without a query, ≤ 10 ms with one.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::PathBuf;
    use std::time::Duration;

    use criterion::{BenchmarkId, Criterion, Throughput};
    use quote_explorer::filter::{Facet, FilterState, Index};
    use quote_explorer::model::{
        Article, Dataset, Day, Kind, Relation, SearchData, Side, Speaker, Stance, Statement, Topic,
    };
    use quote_explorer::text::{search_text, speaker_search_text};

    fn leak(s: &str) -> &'static str {
        Box::leak(s.to_owned().into_boxed_str())
    }

    fn leak_opt(s: &Option<String>) -> Option<&'static str> {
        s.as_deref().map(leak)
    }

    /// A `Dataset` like the one `build.rs` compiles in, built at run time:
    /// the model holds `&'static` data, so the bench leaks it (once per size).
    fn dataset(data: &qe_data::Data) -> &'static Dataset {
        let speakers: Vec<Speaker> = data.speakers.iter().map(speaker).collect();
        let statements: Vec<Statement> = data.statements.iter().map(statement).collect();
        let search = search(&statements, &speakers);
        let sides: Vec<Side> = data
            .sides
            .iter()
            .map(|s| Side {
                id: leak(&s.id),
                label: leak(&s.label),
            })
            .collect();
        let topics: Vec<Topic> = data
            .topics
            .iter()
            .map(|t| Topic {
                id: leak(&t.id),
                label: leak(&t.label),
            })
            .collect();
        Box::leak(Box::new(Dataset {
            search,
            search_hint: leak(&qe_data::search_hint(data)),
            article: article(&data.article),
            sides: Box::leak(sides.into_boxed_slice()),
            speakers: Box::leak(speakers.into_boxed_slice()),
            topics: Box::leak(topics.into_boxed_slice()),
            statements: Box::leak(statements.into_boxed_slice()),
        }))
    }

    fn article(a: &qe_data::Article) -> Article {
        Article {
            headline: leak(&a.headline),
            dek: leak_opt(&a.dek),
            publisher: leak_opt(&a.publisher),
            byline: leak_opt(&a.byline),
            published: day(&a.published, qe_data::date::long_date),
            place: leak_opt(&a.place),
            no_response_label: leak(
                a.no_response_label
                    .as_deref()
                    .unwrap_or(quote_explorer::model::NO_RESPONSE),
            ),
            event_date: day(&a.event_date, qe_data::date::day_and_date),
            source_url: leak_opt(&a.source_url),
            paragraphs: Box::leak(a.paragraphs.iter().map(|p| leak(p)).collect()),
        }
    }

    fn day(iso: &Option<String>, words: fn(&str) -> Option<String>) -> Option<Day> {
        let iso = iso.as_deref()?;
        Some(Day {
            iso: leak(iso),
            words: leak(&words(iso)?),
        })
    }

    fn speaker(s: &qe_data::Speaker) -> Speaker {
        Speaker {
            id: leak(&s.id),
            name: leak(&s.name),
            role: leak(&s.role),
            side: s.side,
            initials: leak(&quote_explorer::card::initials(&s.name)),
        }
    }

    fn statement(s: &qe_data::Statement) -> Statement {
        Statement {
            id: leak(&s.id),
            speaker: s.speaker,
            kind: match s.kind {
                qe_data::Kind::Quote => Kind::Quote,
                qe_data::Kind::Paraphrase => Kind::Paraphrase,
            },
            text: leak(&s.text),
            paragraph: s.paragraph,
            span: s.span,
            sentence: s.sentence,
            topics: Box::leak(s.topics.clone().into_boxed_slice()),
            stance: match s.stance {
                qe_data::Stance::Agreed => Stance::Agreed,
                qe_data::Stance::Disputed => Stance::Disputed,
                qe_data::Stance::Unchallenged => Stance::Unchallenged,
            },
            responds_to: s.responds_to,
            relation: match s.relation {
                qe_data::Relation::Disputes => Relation::Disputes,
                qe_data::Relation::Confirms => Relation::Confirms,
            },
            when: leak_opt(&s.when),
            note: leak_opt(&s.note),
        }
    }

    /// What `qe-data` folds into the compiled data at build time.
    fn search(statements: &[Statement], speakers: &[Speaker]) -> SearchData {
        let built = search_text(statements.iter().map(|s| (s.text, s.note)));
        SearchData {
            haystack: leak(&built.haystack),
            starts: Box::leak(built.starts.into_boxed_slice()),
            pairs: Box::leak(built.pairs.into_boxed_slice()),
            speakers: Box::leak(
                speakers
                    .iter()
                    .map(|s| leak(&speaker_search_text(s.name, s.role)))
                    .collect(),
            ),
        }
    }

    fn load(size: usize) -> &'static Dataset {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let shown = format!("target/bench/data-{size}.json");
        match qe_data::load_file(&root.join(&shown), &shown) {
            Ok(data) => dataset(&data),
            Err(err) => {
                panic!("{err}\n(generate the data first: node benches/generate.mjs {size})")
            }
        }
    }

    fn sizes() -> Vec<usize> {
        std::env::var("QE_BENCH_SIZES")
            .unwrap_or_else(|_| "1000,10000,100000".into())
            .split(',')
            .map(|s| {
                s.trim()
                    .parse()
                    .expect("QE_BENCH_SIZES: comma-separated numbers")
            })
            .collect()
    }

    /// The reader's choices measured: nothing chosen, one value in each
    /// facet, a one-word query (what a keystroke applies), and two words
    /// with facets.
    fn states(data: &Dataset) -> Vec<(&'static str, FilterState)> {
        let find = |facet: Facet, id: &str| {
            facet
                .find(data, id)
                .expect("the generated data has this value")
        };
        let mut facets = FilterState::default();
        facets.toggle(Facet::Speaker, find(Facet::Speaker, "sergey-lavrov"));
        facets.toggle(Facet::Speaker, find(Facet::Speaker, "rex-tillerson"));
        facets.toggle(Facet::Topic, find(Facet::Topic, "syria"));
        facets.toggle(Facet::Stance, find(Facet::Stance, "disputed"));
        vec![
            ("none", FilterState::default()),
            ("facets", facets.clone()),
            (
                "query",
                FilterState {
                    query: "sanctions".into(),
                    ..Default::default()
                },
            ),
            (
                "query_facets",
                FilterState {
                    query: "geneva talks".into(),
                    ..facets
                },
            ),
        ]
    }

    pub fn main() {
        let mut c = Criterion::default()
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2))
            .sample_size(20)
            .configure_from_args();
        for size in sizes() {
            let data = load(size);
            let mut group = c.benchmark_group("index_new");
            group.throughput(Throughput::Elements(size as u64));
            group.bench_function(BenchmarkId::from_parameter(size), |b| {
                b.iter(|| Index::new(data))
            });
            group.finish();

            // A fresh index and its first query: the search text was folded
            // at build time, so nothing is left to do on the first query.
            let first = FilterState {
                query: "sanctions".into(),
                ..FilterState::default()
            };
            let mut group = c.benchmark_group("first_query");
            group.throughput(Throughput::Elements(size as u64));
            group.bench_function(BenchmarkId::from_parameter(size), |b| {
                b.iter(|| Index::new(data).evaluate(&first))
            });
            group.finish();

            let index = Index::new(data);
            let mut group = c.benchmark_group("evaluate");
            group.throughput(Throughput::Elements(size as u64));
            for (name, state) in states(data) {
                group.bench_with_input(BenchmarkId::new(name, size), &state, |b, state| {
                    b.iter(|| index.evaluate(state))
                });
            }
            group.finish();
        }
        c.final_summary();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

/// The engine bench is native only (criterion is a native dev-dependency).
#[cfg(target_arch = "wasm32")]
fn main() {}
