#!/usr/bin/env bash
# Lighthouse scores (mobile preset) of the standalone page: sets the project up, builds
# the release dist/, installs Lighthouse (pinned) into a temporary folder, and runs
# scripts/lighthouse.mjs. Not part of the tests: the scores move with the machine's load.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
LIGHTHOUSE_VERSION="13.5.0"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
trunk build --release >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
say "installing lighthouse $LIGHTHOUSE_VERSION into $work"
npm install --prefix "$work" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
LIGHTHOUSE_DIR="$work" node scripts/lighthouse.mjs
