#!/usr/bin/env bash
# Sets the project up (see setup.sh) and serves the widget with trunk, rebuilding on
# every change. Open the printed address; extra arguments go to `trunk serve`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
exec trunk serve --address 127.0.0.1 --port "${PORT:-8080}" "$@"
