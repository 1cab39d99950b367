#!/usr/bin/env bash
# Runs every test: Rust unit, golden, CLI and robustness tests (native), the corpus evaluations
# when ../shared/data (or $ARTICLE_ANALYZER_DATA) is present, then the web build and the
# JavaScript tests (wasm boundary in Node, the page in headless Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cargo test --release
python3 xtask/web.py build
node --test tests/js/
