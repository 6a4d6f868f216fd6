//! The engine alone, natively: reading the page's data block
//! (`model::payload::read`, what the app does first), `Index::new` and
//! `Index::evaluate` (matching plus every facet count) on the generated
//! articles of 1,000, 10,000 and 100,000 statements, with and without a
//! text query.
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
    use quote_explorer::model::{payload, Dataset};

    /// The page's data block for `data`, as the hook and `qe publish`
    /// write it, kept for the run (the reader borrows from it).
    fn block(data: &qe_data::Data) -> &'static str {
        qe_data::payload(data, None).leak()
    }

    /// The generated article of `size` statements as its page's block.
    fn load(size: usize) -> &'static str {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let shown = format!("target/bench/data-{size}.json");
        match qe_data::load_file(&root.join(&shown), &shown) {
            Ok(data) => block(&data),
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
            let block = load(size);
            // What the app does first: read its story from the page (each
            // read is kept, as the page keeps it: few samples).
            let mut group = c.benchmark_group("read_block");
            group.throughput(Throughput::Elements(size as u64));
            group.sample_size(10);
            group.bench_function(BenchmarkId::from_parameter(size), |b| {
                b.iter(|| payload::read(block).expect("the block reads"))
            });
            group.finish();

            let data: &'static Dataset =
                Box::leak(Box::new(payload::read(block).expect("the block reads")));
            let mut group = c.benchmark_group("index_new");
            group.throughput(Throughput::Elements(size as u64));
            group.bench_function(BenchmarkId::from_parameter(size), |b| {
                b.iter(|| Index::new(data))
            });
            group.finish();

            // A fresh index and its first query: the search text was folded
            // as the block was read, so nothing is left to do on the first query.
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
