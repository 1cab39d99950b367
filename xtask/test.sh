#!/usr/bin/env bash
# Runs every test: formatting and clippy (native and wasm32); the Rust unit, golden, CLI and robustness tests
# (native), with the corpus evaluations when ../shared/data (or $ARTICLE_ANALYZER_DATA) is
# present; then the web build, the npm package build and the JavaScript tests (the wasm boundary
# in Node, the page and the editor element in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo fmt --check
cargo clippy --release --all-targets --quiet -- -D warnings
# The wasm library too: code used only natively (trainers, tests) must not warn there.
cargo clippy --release --lib --target wasm32-unknown-unknown --quiet -- -D warnings
data="${ARTICLE_ANALYZER_DATA:-../shared/data}"
if [ ! -d "$data/conll2003" ] || [ ! -d "$data/polnear" ]; then
  echo "note: corpus data not found at $data (set ARTICLE_ANALYZER_DATA): the tests that score" \
    "CoNLL-2003 and PolNeAR dev are skipped; everything else runs on the committed models." >&2
fi
cargo test --release
python3 xtask/web.py build
node www/build-package.mjs
node --test tests/js/
