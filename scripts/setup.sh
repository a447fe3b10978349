#!/usr/bin/env bash
# Installs everything the project needs, at pinned versions, skipping whatever is
# already there: the wasm target, trunk, wasm-bindgen-cli (equal to Cargo.lock),
# Chromium and ChromeDriver, a font for the build's pictures, Java for the HTML checker, and the npm packages (wasm-opt,
# esbuild, Playwright, axe-core, the Nu HTML Checker); and, for test.sh, a WordPress
# (`setup_wordpress`).
# Sourced by serve.sh, test.sh and bench.sh; safe to run again and again.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"   # 0.22 needs a newer rustc than this machine has
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or the build fails.
BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$ROOT/Cargo.lock")"

say() { printf '\033[1m== %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# First, so the checks below find what an earlier run installed: trunk and
# wasm-bindgen in ~/.cargo/bin, wasm-opt (npm binaryen) in node_modules/.bin. Without
# it a shell lacking ~/.cargo/bin would reinstall wasm-bindgen-cli on every run.
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

# Node runs the build's post-build hook and every end-to-end test; they need Node 20 or
# newer. Not installed from here: how to install it is the machine owner's choice.
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$NODE_MAJOR" -lt 20 ]; then
  printf 'Node.js 20 or newer is needed, and %s. Install a current LTS release\n' \
    "$(if [ "$NODE_MAJOR" -eq 0 ]; then echo "none was found"; else echo "this is $(node --version)"; fi)" >&2
  printf "from https://nodejs.org/en/download or NodeSource's Debian packages (Debian 12's own\n" >&2
  printf 'nodejs is 18, too old; Debian 13 ships 20), then run this again.\n' >&2
  return 1 2>/dev/null || exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (about 5 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $BINDGEN_VERSION\$" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (about 2 minutes, once)"
  # Not --locked: one of its locked dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION" --force
fi

# The Nu HTML Checker (npm vnu-jar) runs on Java.
if ! command -v java >/dev/null; then
  say "installing Debian's default-jre-headless (for the HTML checker)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver
fi

# The build draws each part's picture with resvg (src/image.rs), which needs a sans-serif
# font on the machine, and DejaVu Sans for the Arabic and Vietnamese pictures' letters.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  say "installing Debian's fonts-dejavu-core (for the pictures the build draws)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core
fi

# Chinese text in the browser tests and the docs' pictures needs a CJK font, or each
# character is drawn as an empty box of some other width: a test of labels that fit at
# 360 px would then measure the boxes. Debian's Noto CJK (about 60 MB, once).
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  say "installing Debian's fonts-noto-cjk (Chinese in the browser tests and pictures)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk
fi

# A real WordPress for the end-to-end tests of the pasted link (tests/e2e/wordpress.mjs):
# Debian's wordpress (6.1) with its default theme, MariaDB and PHP's command line, and the
# configuration the tests' server reads. Only test.sh calls this; serve.sh needs none of it.
setup_wordpress() {
  if [ ! -f /usr/share/wordpress/wp-load.php ] || ! command -v mariadbd >/dev/null || ! command -v php >/dev/null \
    || [ ! -d /usr/share/wordpress/wp-content/themes/twentytwentythree ]; then
    say "installing Debian's wordpress, mariadb-server and php-cli (for the end-to-end tests)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql
  fi
  if ! cmp -s "$ROOT/tests/wordpress/config-127.0.0.1.php" /etc/wordpress/config-127.0.0.1.php; then
    as_root install -m 644 "$ROOT/tests/wordpress/config-127.0.0.1.php" /etc/wordpress/config-127.0.0.1.php
  fi
}

cd "$ROOT"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (wasm-opt, esbuild, Playwright, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
