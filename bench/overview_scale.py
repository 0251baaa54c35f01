"""The timeline's overview strip and lane orders on a big workspace: what they add to a redraw, timed alone.

Opens the workspace as the window does (its columnar cache when fresh), shows a timeline over it offscreen, and
times, each the median of ``--rounds`` runs:

- the strip's histogram of the whole layout (lanes by document: binary searches over the sorted starts), of the
  busiest entity's filter, and of the whole layout by entity (an event in several lanes: counted by start rank);
- the lane orders (by events, by first date) of the whole layout by document;
- the strip painted alone, and ``interaction_scale``'s zoom and pan frames in the main window with the strip shown
  and hidden in turn (the strip's region moves each frame).

    .venv/bin/python bench/overview_scale.py /tmp/s6o/big.explorer
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def median_ms(work, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1e3)
    return statistics.median(times)


def window_frames(app, session, show) -> None:
    """``interaction_scale``'s timeline frames in the main window (zoomed in 2x twelve times, twenty pans of a
    quarter of the width, zoomed out again), each step taken with the strip shown and again with it hidden, in turn:
    the strip's cost per frame under the same load."""
    from explorer.gui.window.main_window import MainWindow

    window = MainWindow(session)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    timeline = window.timeline
    timeline.fit_all()
    app.processEvents()
    frames: dict[bool, list[float]] = {True: [], False: []}

    def frame(step, visible: bool) -> None:
        timeline.overview.setVisible(visible)
        app.processEvents()
        started = time.perf_counter()
        step()
        app.processEvents()
        frames[visible].append((time.perf_counter() - started) * 1e3)

    steps = [lambda: timeline.zoom(2 ** 0.5)] * 12  # (each taken twice: 2x a pair, as interaction_scale zooms)
    steps += [lambda: timeline.set_x_range(*_panned(timeline.visible_x_range()))] * 20
    steps += [lambda: timeline.zoom(2 ** -0.5)] * 12
    for step in steps:  # (each step twice, shown then hidden: a quarter pan and its twin keep the zoom alike)
        frame(step, True)
        frame(step, False)
    shown, hidden = statistics.median(frames[True]), statistics.median(frames[False])
    show("window frame (zoom and pan), strip shown", shown)
    show("window frame (zoom and pan), strip hidden", hidden, f"(the strip adds {shown - hidden:+.3f} ms)")
    window.close()


def _panned(shown: tuple[float, float]) -> tuple[float, float]:
    a, b = shown
    return a + (b - a) * 0.125, b + (b - a) * 0.125  # (each taken twice: a quarter a pair)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.gui.session import Session
    from explorer.gui.timeline.density import events_histogram
    from explorer.gui.timeline.lane_order import in_order
    from explorer.gui.timeline.view import TimelineView

    session = Session()
    session.set_tables(load_workspace(args.workspace, WINDOW_TABLES, edited=False, arrow_text=True,
                                      later=LATER_TABLES), args.workspace)
    view = TimelineView(session)
    view.resize(1100, 600)
    view.show()
    app.processEvents()
    arrays = view.layouts.arrays_of(session)
    whole = view._placed
    print(f"{args.workspace.name}: {len(session.events):,} events, {len(whole):,} placed by document")

    def show(name: str, value: float, note: str = "") -> None:
        print(f"  {name:<44}{value:9.3f} ms  {note}")

    show("histogram, whole layout by document", median_ms(lambda: events_histogram(whole, True), args.rounds),
         f"({view.overview.histogram.size} bins: {len(view.overview.histogram)})")
    entities = session.tables["entities"]
    top = str(entities.sort_values("mention_count", ascending=False)["entity_id"].iloc[0])
    session.selection.update(origin=None, filter_entity_ids={top})
    app.processEvents()
    filtered = view._placed
    show("histogram, busiest entity's filter", median_ms(lambda: events_histogram(filtered, True), args.rounds),
         f"({len(filtered):,} placed)")
    session.selection.update(origin=None, filter_entity_ids=frozenset())
    started = time.perf_counter()
    view.set_lane_mode("entity")
    app.processEvents()
    by_entity = view._placed
    show("lanes by entity, layout and strip (first)", (time.perf_counter() - started) * 1e3,
         f"({len(by_entity):,} placements)")
    show("histogram, whole layout by entity",
         median_ms(lambda: events_histogram(by_entity, False, arrays.start_rank, arrays.rank_starts), args.rounds))
    view.set_lane_mode("document")
    app.processEvents()
    for order in ("count", "first"):
        show(f"lane order '{order}', whole layout by document", median_ms(lambda order=order: in_order(whole, order), args.rounds),
             f"({len(whole.lane_names):,} lanes)")
    view.overview.show()
    app.processEvents()
    show("the strip painted alone (grab)", median_ms(view.overview.grab, args.rounds))
    view.close()
    window_frames(app, session, show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
