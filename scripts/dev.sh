#!/usr/bin/env bash
# Quote Explorer's project commands. On a fresh Debian machine with only Rust
# stable, each command first installs what is missing (pinned versions, from
# crates.io, npm and Debian only) and skips what is already there.
#
#   scripts/dev.sh serve   build the app and serve it on http://127.0.0.1:8080 (--port N for another)
#   scripts/dev.sh qe      the data tools: qe check|draft|convert … (see docs/authoring.md)
#   scripts/dev.sh build   only build the app into dist/, to publish on your own host
#   scripts/dev.sh test    run every test layer: native, browser components, end to end
#   scripts/dev.sh bench   run the benchmark suite (see docs/performance.md)
#   scripts/dev.sh lint    only check formatting and clippy (test runs it first)
#   scripts/dev.sh setup   only install the toolchain
#
# QUOTE_EXPLORER_DATA=path/to/article.json (or a folder of spreadsheet tabs)
# builds the app for another article.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen crate in Cargo.lock
TRUNK_VERSION=0.22.1

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Build tools need no link-time optimisation: installing them with a cheaper
# release profile (overriding theirs through Cargo's environment) roughly
# halves the time a fresh machine spends compiling Trunk.
install_tool() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_DEBUG=0 \
    CARGO_PROFILE_RELEASE_INCREMENTAL=false \
    cargo install "$@"
}

have_version() { # have_version COMMAND EXPECTED: the command prints EXPECTED in --version
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
}

setup() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  for component in clippy rustfmt; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      say "adding the $component component"
      rustup component add "$component"
    fi
  done

  local packages=()
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -x /usr/bin/chromedriver ] || packages+=(chromium-driver)
  command -v brotli >/dev/null 2>&1 || packages+=(brotli)
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
  # DejaVu Sans, the share card's font (data-compiler/src/card.rs).
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || packages+=(fonts-dejavu-core)
  if [ ${#packages[@]} -gt 0 ]; then
    say "installing Debian packages: ${packages[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"
  fi

  if ! have_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 3 minutes)"
    # Not --locked: its lockfile names a crate version the registry no longer has.
    install_tool wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  if ! have_version trunk "trunk $TRUNK_VERSION"; then
    say "installing trunk $TRUNK_VERSION (about 10 minutes)"
    # Trunk declares a newer rust-version than it needs.
    install_tool --locked trunk --version "$TRUNK_VERSION" --ignore-rust-version --force
  fi

  # npm: wasm-opt (binaryen 132, the first that reads wasm-bindgen 0.2.130's
  # output), Playwright (driving Debian's Chromium; it downloads no browser),
  # axe-core and pym.js. Reinstalled only when package-lock.json changes.
  if ! cmp -s package-lock.json node_modules/.installed-lock.json 2>/dev/null; then
    say "installing the npm packages"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.installed-lock.json
  fi

  # Trunk runs offline (it must never download a tool), so cargo needs the
  # crates before it starts.
  cargo fetch --quiet
}

build_release() {
  say "building the release bundle into dist/"
  trunk build --release
}

# serve [--port N]: the app on N (default 8080), the embed demo pages on
# N+1 and N+2.
serve() {
  local port=8080
  if [ "${1:-}" = "--port" ]; then
    port=${2:?"--port needs a number"}
  fi
  case "$port" in
    '' | *[!0-9]*) echo "--port takes a number, not \"$port\"" >&2; exit 2 ;;
  esac
  setup
  build_release
  say "serving on http://127.0.0.1:$port/ (embed demo: http://127.0.0.1:$((port + 1))/)"
  exec node tests/e2e/server.mjs --port "$port" --host-port "$((port + 1))"
}

# The habits CI keeps: rustfmt, and clippy on the three builds of the
# code (native, the wasm, the natively rendered first view).
lint() {
  say "lint: cargo fmt --check, clippy (native, wasm32, ssr)"
  cargo fmt --all --check
  cargo clippy --workspace --all-targets --quiet -- -D warnings
  cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
  cargo clippy --profile prerender --features ssr --target-dir target/prerender --all-targets --quiet -- -D warnings
}

test_all() {
  setup
  local started=$SECONDS
  lint

  say "1/5 native tests: the core, the data rules, the URL fuzzing"
  cargo test --workspace --quiet

  say "2/5 JavaScript tests: init.js in Node's test runner"
  node --test tests/js/

  say "3/5 component tests in headless Chromium (wasm-bindgen-test)"
  cargo test --target wasm32-unknown-unknown --test browser

  say "4/5 the release build, and the static first view its hook rendered"
  build_release
  # The static first view its post-build hook rendered, natively (feature
  # ssr, the hook's profile and directory: its crates are built).
  cargo test --quiet --profile prerender --features ssr --target-dir target/prerender --test prerender
  # Other stories, published with the app just built (no Rust compiled):
  # one site, its app files shared, each story's data in its own page.
  say "publishing the built-in article, an invented four-side one (from its folder and its JSON), a hostile one and a Spanish and an Arabic one into target/site/"
  rm -rf target/site
  target/prerender/prerender/qe-prerender publish --out target/site tillerson=data/article.json \
    other-article=tests/fixtures/other-article other-article-json=tests/fixtures/other-article.json \
    hostile-data=tests/fixtures/hostile-article.json \
    es-article=tests/fixtures/es-article ar-article=tests/fixtures/ar-article
  say "5/5 end-to-end tests: Playwright against the release builds"
  npx playwright test --config tests/e2e/playwright.config.mjs
  say "all test layers passed in $((SECONDS - started)) s"
}

case "${1:-}" in
  setup) setup ;;
  serve) serve "${@:2}" ;;
  qe) exec cargo run -q --release -p qe-data --bin qe -- "${@:2}" ;;
  build) setup && build_release && say "dist/ is ready to publish (see docs/hosting.md)" ;;
  test) test_all ;;
  lint) setup && lint ;;
  bench) setup && exec bash benches/run.sh "${@:2}" ;;
  *)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
