#!/usr/bin/env bash
# Run Explorer's tests (including the import-linter contract that keeps the core free of Qt).
# Extra arguments go to pytest, e.g. ./test.sh -k export -x
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || { echo "test.sh: no .venv here; run ./setup.sh first" >&2; exit 2; }
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
