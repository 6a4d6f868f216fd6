#!/usr/bin/env bash
# The benchmark suite (`scripts/dev.sh bench [PART...]`). Builds
# what it needs under target/bench/ (its own cargo target dirs, so the main
# build in target/ and dist/ is never touched), measures, writes
# target/bench/results.json and prints a Markdown table.
#
#   benches/run.sh                 every part (first run ~25 min on 2 cores; later runs reuse the builds)
#   benches/run.sh bytes           brotli sizes: the app, its variants (not minified, wasm-opt -Oz / -O3 with the same extra flags), the minimal Yew reference and the same with the machinery the app uses
#   benches/run.sh startup         first card painted and interactive, app vs the no-script static page (4× throttle)
#   benches/run.sh trace           where each way in's main-thread time goes (parse, script, wasm compile, style, layout, paint), traced, 4× throttle
#   benches/run.sh scale           generated data of 1k/10k/100k statements: click and keystroke → list painted (4× throttle)
#   benches/run.sh engine          criterion: reading the page's data block, Index::new and Index::evaluate at 1k/10k/100k, natively
#   benches/run.sh publish         qe publish of 1, 100 and 1,000 stories with the app built once
#   benches/run.sh report          only print the table of the last measurements
#
# QE_BENCH_SIZES="1000 10000" picks the data sizes, QE_BENCH_LOADS (15) the
# start-up loads, QE_BENCH_REPS (15) the interactions per kind and size,
# QE_BENCH_BUILD_TIMEOUT (1200 s) the limit for one build.
# Benchmarks, not tests: nothing here fails on a slow number.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
BENCH=$ROOT/target/bench
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
# The app's own article for bytes and start-up; the scale part sets its own.
unset QUOTE_EXPLORER_DATA

SIZES=${QE_BENCH_SIZES:-1000 10000 100000}
LOADS=${QE_BENCH_LOADS:-15}
REPS=${QE_BENCH_REPS:-15}
BUILD_TIMEOUT=${QE_BENCH_BUILD_TIMEOUT:-1200}

mkdir -p "$BENCH/logs"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# trunk_build NAME CARGO_TARGET_DIR DIST [TRUNK ARGS...]: one release build,
# its log in target/bench/logs/NAME.log; sets BUILD_SECONDS and BUILD_OK.
trunk_build() {
  local name=$1 target_dir=$2 dist=$3
  shift 3
  local started=$SECONDS
  say "building $name (log: target/bench/logs/$name.log)"
  if CARGO_TARGET_DIR="$target_dir" timeout "$BUILD_TIMEOUT" trunk build --release --dist "$dist" "$@" >"$BENCH/logs/$name.log" 2>&1; then
    BUILD_OK=true
  else
    BUILD_OK=false
    say "build $name failed or took over $BUILD_TIMEOUT s; the end of its log:"
    tail -n 15 "$BENCH/logs/$name.log" >&2
  fi
  BUILD_SECONDS=$((SECONDS - started))
}

# The app on its own article, and next to it the same statements as a page
# without any script: the start-up reference.
build_app() {
  trunk_build app "$BENCH/app" "$BENCH/dist-app"
  $BUILD_OK || exit 1
  local css
  css=$(cd "$BENCH/dist-app" && ls app-*.css | head -n 1)
  cargo run --quiet --profile prerender --features ssr --target-dir target/prerender --bin qe-prerender -- --static "$BENCH/dist-app/static.html" "$css"
}

# index.html with another wasm-opt level, in a directory of its own whose
# relative links point back at the repository.
variant_html() {
  local level=$1 dir=$BENCH/variant-O$1
  mkdir -p "$dir"
  ln -sfn "$ROOT/data" "$dir/data" # the post-build hook reads data/ from the page's directory
  sed -e '/data-trunk/ s#href="\([^":]*\)"#href="../../../\1"#' \
      -e '/data-trunk rel="rust"/ { /href=/! s#rel="rust"#rel="rust" href="../../../Cargo.toml"# }' \
      -e "s#data-wasm-opt=\"[^\"]*\"#data-wasm-opt=\"$level\"#" \
      "$ROOT/index.html" >"$dir/index.html"
  grep -q "data-wasm-opt=\"$level\"" "$dir/index.html" || { say "index.html has no data-wasm-opt to vary"; exit 1; }
  echo "$dir/index.html"
}

part_bytes() {
  build_app
  trunk_build app-unminified "$BENCH/app" "$BENCH/dist-app-unminified" --minify false
  trunk_build app-Oz "$BENCH/app" "$BENCH/dist-app-Oz" "$(variant_html z)"
  trunk_build app-O3 "$BENCH/app" "$BENCH/dist-app-O3" "$(variant_html 3)"
  # Trunk runs cargo offline: the reference's own lockfile may name crates the app's does not.
  cargo fetch --quiet --manifest-path benches/reference-app/Cargo.toml
  (cd benches/reference-app && trunk_build reference "$BENCH/reference" "$BENCH/dist-reference")
  (cd benches/reference-app && trunk_build reference-unminified "$BENCH/reference" "$BENCH/dist-reference-unminified" --minify false)
  # The same list with the Yew machinery the app uses (reducer, context, events, effects): its floor.
  (cd benches/reference-app && trunk_build reference-machinery "$BENCH/reference" "$BENCH/dist-reference-machinery" machinery.html)
  say "measuring bytes"
  node benches/bytes.mjs \
    "app=target/bench/dist-app=minified, wasm-opt as configured (-O2, shrink level 1)" \
    "unminified=target/bench/dist-app-unminified=not minified" \
    "oz=target/bench/dist-app-Oz=wasm-opt -Oz" \
    "o3=target/bench/dist-app-O3=wasm-opt -O3" \
    "reference=target/bench/dist-reference=minimal Yew app, minified, -Os" \
    "reference_unminified=target/bench/dist-reference-unminified=minimal Yew app, not minified" \
    "reference_machinery=target/bench/dist-reference-machinery=the list with a reducer, context, events, effects, keyed list (no app logic)" \
    >"$BENCH/part-bytes.json"
  # Where the wasm's code goes, by crate, before wasm-opt: a guide for slimming.
  node benches/wasm-sizes.mjs "$BENCH/app/wasm32-unknown-unknown/release/quote-explorer.wasm" 40 >"$BENCH/wasm-sizes-app.txt"
  node benches/wasm-sizes.mjs "$BENCH/reference/wasm32-unknown-unknown/release/reference-app.wasm" 40 >"$BENCH/wasm-sizes-reference.txt"
}

part_startup() {
  build_app
  say "start-up: $LOADS loads of the app and of the static page, interleaved, 4× CPU throttle"
  node benches/browser.mjs startup --dist target/bench/dist-app --loads "$LOADS" --out target/bench/part-startup.json >/dev/null
}

part_trace() {
  build_app
  say "trace: 5 traced loads of each way in, 4× CPU throttle"
  node benches/browser.mjs trace --dist target/bench/dist-app --loads 5 --out target/bench/part-trace.json >/dev/null
}

generate() {
  # shellcheck disable=SC2086 # a list of sizes
  node benches/generate.mjs --out "$BENCH" $SIZES
}

part_scale() {
  generate
  local n
  for n in $SIZES; do
    # One app for every size (it reads its story from the page): only the
    # post-build hook runs again, writing this size's page.
    QUOTE_EXPLORER_DATA=target/bench/data-$n.json trunk_build "app-$n" "$BENCH/app" "$BENCH/dist-$n"
    local wasm html
    wasm=$(stat -c %s "$BENCH"/dist-"$n"/*.wasm 2>/dev/null | head -n 1 || echo 0)
    html=$(stat -c %s "$BENCH/dist-$n/index.html" 2>/dev/null || echo 0)
    printf '{"seconds": %s, "ok": %s, "wasm_raw": %s, "html_raw": %s}\n' "$BUILD_SECONDS" "$BUILD_OK" "${wasm:-0}" "${html:-0}" >"$BENCH/build-$n.json"
    if ! $BUILD_OK; then
      printf '{"error": "the build failed or took over %s s (target/bench/logs/app-%s.log)"}\n' "$BUILD_TIMEOUT" "$n" >"$BENCH/part-scale-$n.json"
      continue
    fi
    say "interactions at $n statements: $REPS × (tick + untick), keystrokes, keystroke + Enter, 4× CPU throttle"
    if ! node benches/browser.mjs scale --dist "target/bench/dist-$n" --reps "$REPS" --out "target/bench/part-scale-$n.json" \
      >"$BENCH/logs/scale-$n.log" 2>&1; then
      tail -n 15 "$BENCH/logs/scale-$n.log" >&2
      printf '{"error": "the browser run failed (target/bench/logs/scale-%s.log)"}\n' "$n" >"$BENCH/part-scale-$n.json"
    fi
  done
}

# qe publish with the app built once (build_app): N stories, each the
# built-in article under its own headline, into a fresh site; the time of
# the whole command (checks, first views, pages, share cards).
part_publish() {
  build_app
  local prerender=$ROOT/target/prerender/prerender/qe-prerender stories=$BENCH/stories n i
  rm -rf "$stories" && mkdir -p "$stories"
  for i in $(seq 1000); do
    sed "s/\"headline\": \"/\"headline\": \"Story $i: /" data/article.json >"$stories/story-$i.json"
  done
  local rows=()
  for n in 1 100 1000; do
    rm -rf "$BENCH/site"
    local files=()
    for i in $(seq "$n"); do files+=("$stories/story-$i.json"); done
    say "qe publish: $n stories"
    local start
    start=$(date +%s%N)
    "$prerender" publish --out "$BENCH/site" --app "$BENCH/dist-app" "${files[@]}" >"$BENCH/logs/publish-$n.log" 2>&1 \
      || { tail -n 5 "$BENCH/logs/publish-$n.log" >&2; exit 1; }
    local ms=$((($(date +%s%N) - start) / 1000000))
    rows+=("\"$n\": {\"ms\": $ms, \"site_bytes\": $(du -sb "$BENCH/site" | cut -f1)}")
    say "  $n stories in $ms ms"
  done
  (IFS=,; printf '{"measured": "%s", "publish": {%s}}\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "${rows[*]}") >"$BENCH/part-publish.json"
}

part_engine() {
  generate
  say "criterion: the filter engine at ${SIZES// /, } statements (native)"
  QE_BENCH_SIZES=${SIZES// /,} CARGO_TARGET_DIR="$BENCH" cargo bench --quiet --bench engine >"$BENCH/logs/engine.log" 2>&1 \
    || { tail -n 20 "$BENCH/logs/engine.log" >&2; exit 1; }
  node benches/report.mjs engine >/dev/null
}

parts=("$@")
[ ${#parts[@]} -gt 0 ] || parts=(engine bytes startup trace scale publish)
started=$SECONDS
for part in "${parts[@]}"; do
  # Which code the part measured: the commit, and whether tracked files differed from it.
  if [ "$part" != report ]; then
    printf '{"commit": "%s", "dirty": %s, "started": "%s"}\n' "$(git rev-parse --short HEAD)" \
      "$(git diff --quiet HEAD -- && echo false || echo true)" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >"$BENCH/stamp-$part.json"
  fi
  case "$part" in
    bytes) part_bytes ;;
    startup) part_startup ;;
    trace) part_trace ;;
    scale) part_scale ;;
    engine) part_engine ;;
    publish) part_publish ;;
    report) ;;
    *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
say "done in $((SECONDS - started)) s; target/bench/results.json"
node benches/report.mjs
