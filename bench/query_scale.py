"""How the query bar scales: a field query, the facet counts and name completion over a big workspace.

Opens a workspace as the window does (``load_workspace`` with the window's tables, over its columnar
cache) and times, with the core's own classes (``EventLookup``, ``QueryContext``), each kind of query:
the first time (what it works out once: entity names, participants' type bits, tags, document codes)
and again (a gesture after that), then the facet counts over every event and over a narrowed view, and
completing entity names by prefix. With ``--window``, the real main window (offscreen) over the workspace:
each query typed into the bar and applied, timed until every view has redrawn (the facet counts, which a
big case works out in the background, timed apart). The figures are milliseconds of one thread; the
machine's load shows in them. Target: a field query under 150 ms at a million events.

    .venv/bin/python bench/query_scale.py /tmp/s6o/big.explorer [--window]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from explorer.core.query import EventLookup  # noqa: E402
from explorer.core.query_language import QueryContext, parse  # noqa: E402
from explorer.core.query_language.facets import facet_counts  # noqa: E402
from explorer.core.selection import SelectionState  # noqa: E402
from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace  # noqa: E402


def ms(started: float) -> float:
    return 1000 * (time.perf_counter() - started)


def field_lines(tables) -> list[str]:
    """One line per field, on values this workspace has (its busiest entity, first outlet, a month…)."""
    entities, documents, events = tables["entities"], tables["documents"], tables["events"]
    busiest = entities.sort_values("mention_count", ascending=False).iloc[0]
    outlet = next(s for s in documents["source"].astype(str) if s)
    month = next(d for d in events["date_start"].astype(str) if d)[:7]
    name = str(documents["name"].iloc[len(documents) // 2])
    return [f'participant:"{busiest["name"]}"', f'type:{busiest["type"]}', f"outlet:{outlet}", f'doc:"{name}"',
            f"date:{month}", f"date:{month[:4]}-01..{month[:4]}-06", "basis:timex", "tag:lead",
            f'participant:"{busiest["name"]}" type:ORG outlet:{outlet} date:{month[:4]}',
            f"-outlet:{outlet} type:PERSON date:..{month}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--window", action="store_true", help="also time the queries applied in the main window")
    args = parser.parse_args()
    if args.window:
        return window_gestures(args.workspace)
    started = time.perf_counter()
    tables = load_workspace(args.workspace, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    events = tables["events"].set_index("event_id", drop=False)
    print(f"{args.workspace}: {len(events):,} events, {len(tables['entities']):,} entities, "
          f"{len(tables['documents']):,} documents (opened in {ms(started) / 1000:.1f} s)")
    lookup = EventLookup(events)
    context = QueryContext(tables, lookup, args.workspace)
    lookup.set_query(context)
    lines = field_lines(tables)
    started = time.perf_counter()
    for line in lines:
        parse(line)
    print(f"parse: {ms(started) / len(lines):.2f} ms a line")
    worst = 0.0
    for line in lines:
        times = []
        for _ in range(2):
            context._masks.clear()  # (a new line each time: only what is worked out once is kept)
            lookup.set_query(context)
            started = time.perf_counter()
            kept = lookup.mask(SelectionState(filter_query=line))
            times.append(ms(started))
        worst = max(worst, times[1])
        print(f"  {line[:70]:72} first {times[0]:7.1f} ms   again {times[1]:6.1f} ms   {int(kept.sum()):>9,} events")
    print(f"worst field query (after the first): {worst:.1f} ms (target < 150 ms)")
    for label, mask in (("every event", np.ones(len(events), dtype=bool)),
                        ("a narrowed view", lookup.mask(SelectionState(filter_query=lines[2])))):
        started = time.perf_counter()
        facet_counts(context, mask)
        print(f"facet counts over {label} ({int(mask.sum()):,}): {ms(started):.1f} ms")
    started = time.perf_counter()
    index = context.completion()
    print(f"completion index of {len(index):,} names and aliases: built in {ms(started):.0f} ms (once)")
    started = time.perf_counter()
    prefixes = ["a", "ma", "mar", "di", "dinka", "z", "q"]
    for prefix in prefixes:
        index.complete(prefix)
    print(f"completing a prefix: {ms(started) / len(prefixes):.2f} ms")
    return 0


def window_gestures(path: Path) -> int:
    """Each field query typed into the window's bar and applied, until every view has redrawn."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from explorer.core.later import Later
    from explorer.gui.window.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # (the window's layout kept out of the user's settings)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp(prefix="query-bench-"))
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    tables = load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)
    window.session.set_tables(tables, path)
    app.processEvents()

    def background() -> float:
        started = time.perf_counter()
        while Later.pending() or window.jobs.running():
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()
        return ms(started)

    background()
    window.facets.show()
    window.facets.raise_()
    bar = window.query_bar
    bar.edit.setFocus()  # (the bar works out what the fields read in the background: waited for here)
    app.processEvents()
    print(f"window over {len(window.session.events):,} events; the bar's arrays worked out in {background():.0f} ms "
          "(background, once)")
    for line in field_lines(tables) + [""]:
        bar.edit.setText(line)
        started = time.perf_counter()
        bar.apply()
        app.processEvents()
        drawn = ms(started)
        counted = background()
        print(f"  {line[:70] or '(cleared)':72} every view {drawn:7.1f} ms   facets {counted:6.0f} ms (background)   "
              f"{int(window.session.event_lookup.mask(window.session.state).sum()):>9,} events")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
