"""Search at scale: how long the index takes, and how long the window is frozen while it does (issue 19).

For each query, on the workspace given (e.g. 200,000 documents from ``make_workspace.py``):

- **index**: ``quick_hits`` (the first matches met, unranked: what the panel lists first, since s7)
  and ``search_pages`` in this process, timed to its first page (the best hits) and to its last (the
  best ``RESULT_LIMIT`` hits);
- **panel**: the real search panel, offscreen, searching as typing does (in the job runner), with a
  5 ms timer on the GUI thread recording the longest gap between its ticks from the query's start
  until every hit is listed and laid out: the longest the window could not repaint or take a key;
  timed to the first hit listed, to the best hit listed (the first ranked page) and to the last;
- **on the GUI thread**: the same search made the way the panel made it before (``search_workspace``
  called on the GUI thread), with the same timer: the window is frozen for the whole query.

    .venv/bin/python bench/search_scale.py /tmp/search200k.explorer [--query WORDS ...] [--label WORD]

Figures are appended to ``bench/results/search_scale.csv``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workspace_open import Recorder, add_common_arguments, workspace_argument  # noqa: E402

STALL_MS = 50.0  # the longest the window may go without repainting while a search runs


def default_queries(path: Path) -> list[str]:
    """A common word, the most mentioned entity's name as a phrase, a prefix and an OR, read from the workspace."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        name = conn.execute("SELECT name FROM entities ORDER BY mention_count DESC LIMIT 1").fetchone()[0]
        text = conn.execute("SELECT text FROM documents LIMIT 1").fetchone()[0]
    words = [w.strip(".,") for w in text.split() if w.strip(".,").isalpha() and w.islower()]
    common = words[0] if words else "the"
    return [common, f'"{name}"', name.split()[0][:3] + "*", f"{common} OR {name.split()[0]}"]


class StallWatch:
    """A timer ticking on the GUI thread every 5 ms; the longest gap between two ticks is how long it was blocked."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0

    def start(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest, self.last = max(self.longest, now - self.last), now

    def stop(self) -> float:
        """The longest gap in ms, the last one (up to now) included."""
        self._tick()
        self.timer.stop()
        return self.longest * 1000


def index_figures(path: Path, query: str, recorder: Recorder, tag: str) -> int:
    from explorer.core.store import search
    from explorer.core.store.search import search_pages

    if hasattr(search, "quick_hits"):  # since s7; absent when this script times the code before it
        started = time.perf_counter()
        quick = search.quick_hits(path, query)
        recorder.add(f"{tag}_index_quick_hits", (time.perf_counter() - started) * 1000, "ms",
                     note=f"({len(quick)} hits, unranked)")
    started = time.perf_counter()
    first, hits = None, 0
    for page in search_pages(path, query):
        first = first if first is not None else time.perf_counter() - started
        hits += len(page)
    recorder.add(f"{tag}_index_first_page", (first or 0.0) * 1000, "ms")
    recorder.add(f"{tag}_index_all_hits", (time.perf_counter() - started) * 1000, "ms", note=f"({hits} hits)")
    return hits


def laid_out(panel) -> bool:
    """Whether the list has placed its last hit (it lays them out a batch at a time, between events)."""
    rows = panel.model.rowCount()
    return rows == 0 or panel.list.visualRect(panel.model.index(rows - 1, 0)).isValid()


def panel_figures(app, panel, query: str, recorder: Recorder, tag: str) -> None:
    """The panel as typing runs it, and the old way on the GUI thread, each watched by the timer."""
    from explorer.core.store.search import search_workspace

    watch = StallWatch()
    watch.start()
    started = time.perf_counter()
    panel._run(query)  # what the typing pause starts
    first = best = None
    while panel._task is not None:
        app.processEvents()
        if first is None and panel.model.hits:
            first = time.perf_counter() - started
        if best is None and panel.model.hits and not getattr(panel, "_provisional", False):
            best = time.perf_counter() - started
        time.sleep(0.001)
    app.processEvents()
    recorder.add(f"{tag}_panel_first_hit_listed", (first or time.perf_counter() - started) * 1000, "ms")
    recorder.add(f"{tag}_panel_best_hit_listed", (best or time.perf_counter() - started) * 1000, "ms",
                 note="(the first ranked page)")
    recorder.add(f"{tag}_panel_all_listed", (time.perf_counter() - started) * 1000, "ms",
                 note=f"({len(panel.model.hits)} listed)")
    while not laid_out(panel):  # the list lays its rows out a batch at a time: watched until the last
        app.processEvents()
        time.sleep(0.001)
    recorder.add(f"{tag}_panel_all_laid_out", (time.perf_counter() - started) * 1000, "ms")
    background = watch.stop()
    recorder.add(f"{tag}_gui_longest_stall", background, "ms", STALL_MS)
    watch.start()
    panel.model.set_hits(search_workspace(panel.session.path, query, 200))  # searched and listed at once
    while not laid_out(panel):
        app.processEvents()
    on_gui = watch.stop()
    recorder.add(f"{tag}_gui_stall_if_on_gui_thread", on_gui, "ms", STALL_MS,
                 note=f"(the old way; {on_gui / max(background, 0.1):.0f}× the stall in the background)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common_arguments(parser)
    parser.add_argument("--query", action="append", default=None, help="a query to time (repeatable)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        run(args, workspace_argument(args, Path(scratch)))


def run(args: argparse.Namespace, path: Path) -> None:
    recorder = Recorder(args.results / "search_scale.csv", path, args.label)
    print(recorder.describe())

    from PySide6.QtWidgets import QApplication

    from explorer.core.model import empty_tables
    from explorer.gui.search.view import SearchPanel
    from explorer.gui.session import Session

    app = QApplication.instance() or QApplication([])
    session = Session()
    session.set_tables(empty_tables(), path)  # the panel searches the file; no table is read
    panel = SearchPanel(session)
    panel.resize(420, 700)
    panel.show()
    app.processEvents()
    for i, query in enumerate(args.query or default_queries(path)):
        tag = f"q{i + 1}"
        print(f"{tag}: {query}")
        index_figures(path, query, recorder, tag)
        panel_figures(app, panel, query, recorder, tag)
    panel.jobs.close()
    recorder.save()


if __name__ == "__main__":
    main()
