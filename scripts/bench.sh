#!/usr/bin/env bash
# Sets the project up (see setup.sh), builds the release dist/, and runs the benchmark
# (scripts/bench.mjs, which states its method). RUNS and ITERATIONS tune the sample sizes.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
trunk build --release >/dev/null 2>&1 || trunk build --release
exec node scripts/bench.mjs
