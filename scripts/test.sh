#!/usr/bin/env bash
# Sets the project up (see setup.sh) and runs every check, in the order a failure is
# cheapest to find: format, lints (native and wasm32), native model and render
# tests, browser tests in headless Chromium, the release build, end-to-end tests of
# the built dist/. This is exactly what .ci/run runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

# bench/floor is a cargo project of its own (the benchmark's one-slider app), outside
# the root package: it is checked by its manifest, for the wasm32 target it is built for.
FLOOR=(--manifest-path bench/floor/Cargo.toml)

say "cargo fmt --check"
cargo fmt --all -- --check
cargo fmt "${FLOOR[@]}" --all -- --check

say "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings
say "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
say "clippy (bench/floor, wasm32)"
cargo clippy "${FLOOR[@]}" --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

say "native tests: model, properties, server-side rendering"
cargo test --locked

say "browser tests: wasm-bindgen-test in headless Chromium"
# The crash test panics on purpose, which aborts its wasm instance: it runs in a binary
# of its own so the other browser tests never share that instance.
for suite in browser crash; do
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --locked --target wasm32-unknown-unknown --test "$suite"
done

say "release build: trunk build --release"
trunk build --release

setup_wordpress
say "end-to-end tests of dist/ (Playwright, axe-core, a real WordPress)"
# The shell expands the glob, since Node 20's test runner expands none itself (Node 22
# does); a list of files works on both. A test that hangs fails after 2 minutes.
node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/*.test.mjs
