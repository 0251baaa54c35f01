"""Workspace open at scale: Explorer's ``load_workspace`` vs a bare ``pandas.read_sql``.

In one run, on the same file: (0) when the columnar cache beside the workspace
(``core/store/column_cache.py``) is missing or stale, ``load_workspace`` from the rows and
the cache's writing, as the window does after such an opening; (1) ``load_workspace(path,
WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)`` (now from the cache), the tables the app installs
(every one but the mentions, which the window reads when wanted; the sentences as Arrow-backed strings; the relations and the clusters' lists made when first looked up), and the process's memory after it; (2) the GUI
``Session`` installing them (``set_tables``, offscreen, no views), then every table read as the
command line reads them;
(3) ``load_workspace`` from the rows with the cache moved aside, when (0) did not run;
(4) a bare ``pandas.read_sql_query`` of the same tables. The cache is written beside the
workspace: run it on a copy of a workspace that must not change. Prints the times, the ratio (target
≤ 2×) and the memory (target ≤ 2 GB at 1M events), and appends one CSV row per
figure to ``bench/results/workspace_open.csv``.

    .venv/bin/python bench/make_workspace.py --events 1000000 --entities 100000 --documents 20000 -o /tmp/big.explorer
    .venv/bin/python bench/workspace_open.py /tmp/big.explorer
    .venv/bin/python bench/workspace_open.py --events 2000      # a small generated workspace (smoke run)

The helpers here (``generated_workspace``, ``Recorder``, ``rss_mb``) are shared by
``bench/interaction_scale.py``.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gc
import os
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pandas as pd  # noqa: E402

from explorer.core.model import TABLE_COLUMNS  # noqa: E402
from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace, table_counts  # noqa: E402

CSV_FIELDS = ["date", "label", "machine", "workspace", "events", "entities", "documents", "file_mb", "figure", "value",
              "unit", "target", "met"]


# ----- shared helpers ------------------------------------------------------------------------
def generated_workspace(events: int, folder: Path) -> Path:
    """A synthetic workspace of ``events`` events (entities and documents scaled alike) in ``folder``."""
    import make_workspace

    entities, documents = max(events // 10, 50), max(events // 50, 10)
    path = folder / f"synthetic_{events}.explorer"
    tables = make_workspace.tables_from(make_workspace.build(events, entities, documents, seed=7))
    make_workspace.save_workspace(tables, path)
    return path


def workspace_argument(args: argparse.Namespace, scratch: Path) -> Path:
    """The workspace named on the command line, or one generated with ``--events``."""
    if args.events:
        started = time.perf_counter()
        path = generated_workspace(args.events, scratch)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
        return path
    if args.workspace is None:
        raise SystemExit("give a WORKSPACE or --events N")
    return Path(args.workspace)


def add_common_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workspace", nargs="?", help="an .explorer file (e.g. from bench/make_workspace.py)")
    parser.add_argument("--events", type=int, default=0, help="generate a workspace of N events instead")
    parser.add_argument("--results", type=Path, default=RESULTS, help="folder of the CSV files (default bench/results)")
    parser.add_argument("--label", default="", help="a word kept with the figures in the CSV (e.g. baseline)")


def machine() -> str:
    """Where the figures come from: host, CPU count and model, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), cpu)
    except OSError:
        pass
    return f"{platform.node()} {platform.system()} {os.cpu_count()}x {cpu} Python {platform.python_version()}"


def rss_mb() -> tuple[float, float]:
    """(resident MB now, peak resident MB) of this process: from ``/proc/self/status`` where there is one (Linux:
    the peak is the kernel's high-water mark, which psutil does not give there), else from psutil."""
    fields = {}
    try:
        with open("/proc/self/status", encoding="utf-8") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if key in ("VmRSS", "VmHWM"):
                    fields[key] = int(value.split()[0]) / 1e3  # kB
    except OSError:
        pass
    if "VmRSS" in fields:
        return fields["VmRSS"], fields.get("VmHWM", fields["VmRSS"])
    try:
        import psutil  # type: ignore[import-not-found]

        info = psutil.Process().memory_info()
        return info.rss / 1e6, getattr(info, "peak_wset", info.rss) / 1e6
    except ImportError:
        return float("nan"), float("nan")


def reset_peak_rss() -> None:
    """Start a new peak (Linux: writing 5 to clear_refs resets VmHWM); ignored where unsupported."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="utf-8") as handle:
            handle.write("5")
    except OSError:
        pass


def verdict(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return "MET" if value <= target else "NOT MET"


class Recorder:
    """Prints figures as they come and appends them as rows to a CSV file."""

    def __init__(self, csv_path: Path, workspace: Path, label: str = "") -> None:
        self.csv_path = csv_path
        self.workspace = workspace
        counts = table_counts(workspace)
        self.context = {
            "date": dt.datetime.now().isoformat(timespec="seconds"), "label": label, "machine": machine(),
            "workspace": workspace.name, "events": counts["events"], "entities": counts["entities"],
            "documents": counts["documents"], "file_mb": round(workspace.stat().st_size / 1e6, 1),
        }
        self.rows: list[dict] = []

    def describe(self) -> str:
        c = self.context
        return (f"{c['workspace']}: {c['events']:,} events, {c['entities']:,} entities, {c['documents']:,} documents, "
                f"{c['file_mb']} MB\nmachine: {c['machine']}")

    def add(self, figure: str, value: float, unit: str, target: float | None = None, note: str = "") -> None:
        met = verdict(value, target)
        shown_target = "" if target is None else f"  (target ≤ {target:g} {unit}: {met})"
        print(f"  {figure:<34} {value:>10.3f} {unit}{shown_target}{'  ' + note if note else ''}")
        self.rows.append({**self.context, "figure": figure.strip(), "value": round(value, 4), "unit": unit,
                          "target": "" if target is None else target, "met": met})

    def save(self) -> Path:
        self.csv_path.parent.mkdir(parents=True, exist_ok=True)
        new = not self.csv_path.exists()
        with self.csv_path.open("a", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
            if new:
                writer.writeheader()
            writer.writerows(self.rows)
        print(f"wrote {len(self.rows)} rows to {self.csv_path}")
        return self.csv_path


# ----- the measurements ------------------------------------------------------------------------
def warm_file_cache(path: Path) -> None:
    """Read the file once so both readers start from the OS cache, not the disk."""
    with path.open("rb") as handle:
        while handle.read(1 << 24):
            pass


def bare_read(path: Path) -> dict[str, pd.DataFrame]:
    """Every table as a plain ``pandas.read_sql_query`` gives it (no decoding, no checks)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {table: pd.read_sql_query(f'SELECT * FROM "{table}"', conn) for table in TABLE_COLUMNS}
    finally:
        conn.close()


def timed(fn, *args, **kwargs):
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - started


def session_install(tables, path: Path):
    """Seconds for a GUI ``Session`` (no views) to install the tables, and the session (kept alive:
    the caller measures memory with it)."""
    from PySide6.QtWidgets import QApplication

    from explorer.gui.session import Session

    _app = QApplication.instance() or QApplication([])
    session = Session()
    started = time.perf_counter()
    session.set_tables(tables, path)
    elapsed = time.perf_counter() - started
    return elapsed, session


def warm_up(path: Path) -> None:
    """Run both readers once on a small table, so neither pays for first-call imports in its figure."""
    load_workspace(path, tables=["furniture"], edited=False)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        pd.read_sql_query('SELECT * FROM "furniture"', conn)
    finally:
        conn.close()


def load_from_rows(path: Path):
    """``load_workspace`` reading every table's rows from SQLite, as without a columnar cache (the cache
    folder, if any, is moved aside for the read and put back after), and the seconds it took."""
    from explorer.core.store.column_cache import cache_folder

    folder = cache_folder(path)
    aside = folder.with_name(folder.name + ".aside")
    if folder.exists():
        folder.rename(aside)
    try:
        return timed(load_workspace, path, edited=False)
    finally:
        if aside.exists():
            aside.rename(folder)


def ensure_cache(path: Path, recorder: Recorder) -> None:
    """Write the columnar cache if it is missing or stale, as the window does after such an opening;
    records the opening from rows and the cache's writing."""
    from explorer.core.store.column_cache import refresh_column_cache, stale_tables

    if not stale_tables(path):
        return
    tables, rows_s = timed(load_workspace, path, edited=False)
    recorder.add("load_workspace_from_rows", rows_s, "s", note="(no fresh cache: what the first opening costs)")
    written, write_s = timed(refresh_column_cache, path, tables)
    recorder.add("column_cache_write", write_s, "s", note=f"(off the GUI thread; {len(written)} tables)")
    del tables
    gc.collect()


def measure(path: Path, recorder: Recorder) -> None:
    warm_file_cache(path)
    warm_up(path)
    rows_seen = len(recorder.rows)
    ensure_cache(path, recorder)
    rows_measured = len(recorder.rows) > rows_seen
    base, _ = rss_mb()
    reset_peak_rss()
    # what the window reads (its mentions on demand), first, so its memory is measured alone
    tables, window_s = timed(load_workspace, path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    after_load, peak_load = rss_mb()
    install_s, session = session_install(tables, path)
    after_session, peak_session = rss_mb()
    del tables, session
    gc.collect()
    tables, load_s = timed(load_workspace, path, edited=False)  # every table, as the command line reads them
    del tables
    gc.collect()
    if not rows_measured:
        rows, rows_s = load_from_rows(path)
        del rows
        gc.collect()
        recorder.add("load_workspace_from_rows", rows_s, "s", note="(the cache moved aside: the old way)")
    bare, bare_s = timed(bare_read, path)
    del bare
    recorder.add("load_workspace_window_tables", window_s, "s",
                 note="(from the columnar cache; every table but the mentions, as the window opens it)")
    recorder.add("load_workspace", load_s, "s", note="(from the columnar cache; every table)")
    recorder.add("bare_read_sql", bare_s, "s")
    recorder.add("load_vs_bare_ratio", load_s / bare_s, "x", target=2.0)
    recorder.add("rss_before_open", base, "MB")
    recorder.add("rss_after_open", after_load, "MB", target=2000.0, note="(the window's tables)")
    recorder.add("peak_rss_during_open", peak_load, "MB")
    recorder.add("session_install", install_s, "s")
    recorder.add("rss_after_session_install", after_session, "MB", target=2000.0)
    recorder.add("peak_rss_after_session_install", peak_session, "MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="explorer-bench-") as scratch:
        path = workspace_argument(args, Path(scratch))
        recorder = Recorder(args.results / "workspace_open.csv", path, args.label)
        print(recorder.describe())
        measure(path, recorder)
        recorder.save()
    return 0


if __name__ == "__main__":
    sys.exit(main())
