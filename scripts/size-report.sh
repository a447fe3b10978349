#!/usr/bin/env bash
# Where the wasm's bytes go (a tool for the maintainer, not a test). Builds the release
# wasm exactly as trunk does (cargo, wasm-bindgen, wasm-opt -Oz) but keeps the
# function names, then prints the code per crate and the largest functions
# (scripts/size-report.mjs). Writes only into a temporary folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --locked --target wasm32-unknown-unknown --bin restaking-explainer
wasm-bindgen --target web --keep-debug --out-dir "$work" \
  target/wasm32-unknown-unknown/release/restaking-explainer.wasm
wasm-opt -Oz --low-memory-unused --debuginfo --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types \
  "$work/restaking-explainer_bg.wasm" -o "$work/named.wasm"
node scripts/size-report.mjs "$work/named.wasm" "${1:-25}"
