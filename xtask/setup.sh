#!/usr/bin/env bash
# Installs everything the build and the tests need, on a fresh Debian machine or an existing one.
# Idempotent and version-guarded: a machine that already has a tool pays nothing for it.
#   - Rust's wasm32-unknown-unknown target, clippy and rustfmt (rustup)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock (crates.io)
#   - Node.js + npm (Debian) and the dev tools in xtask/package.json: binaryen's wasm-opt,
#     playwright-core, compromise (npm)
#   - Debian's chromium + chromium-driver for the browser tests (skip with SKIP_BROWSER=1)
# Never installs Debian's binaryen: its wasm-opt silently breaks wasm-bindgen output.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

if ! command -v cargo >/dev/null; then
  if ! command -v rustup >/dev/null; then
    apt_install curl ca-certificates
    curl -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
  fi
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi
export PATH="$HOME/.cargo/bin:$PATH"
rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
# rustup installs proxies for every tool, so ask rustup which components are really there.
installed=$(rustup component list --installed 2>/dev/null || true)
echo "$installed" | grep -q '^clippy' && echo "$installed" | grep -q '^rustfmt' || rustup component add clippy rustfmt

[ -f Cargo.lock ] || cargo generate-lockfile
wb=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb"; then
  echo "setup: installing wasm-bindgen-cli $wb (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$wb"
fi

command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
if [ ! -x xtask/node_modules/.bin/wasm-opt ] || [ ! -d xtask/node_modules/playwright-core ] || [ ! -d xtask/node_modules/compromise ]; then
  (cd xtask && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "${SKIP_BROWSER:-0}" != 1 ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing Debian's chromium for the browser tests"
  apt_install chromium chromium-driver
fi
echo "setup: done"
