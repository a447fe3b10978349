#!/usr/bin/env bash
# The benchmark (not a test). Sets the project up (see setup.sh), builds the widget and
# the one-slider floor app (bench/floor) in release mode into a temporary folder, and
# runs scripts/bench.mjs, which states its method. Writes nothing into the repository.
# RUNS, ITERATIONS, ANIMATION_RUNS and HEAP_SECONDS tune the sample sizes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
say "building the widget (release) into $work/widget"
trunk build --release --dist "$work/widget" >"$work/widget.log" 2>&1 || { cat "$work/widget.log"; exit 1; }
say "building the floor app (release) into $work/floor"
(cd bench/floor && CARGO_TARGET_DIR="$work/floor-target" trunk build --release --dist "$work/floor" \
  >"$work/floor.log" 2>&1) || { cat "$work/floor.log"; exit 1; }
RX_DIST="$work/widget" FLOOR_DIST="$work/floor" node scripts/bench.mjs
