"""The timeline's overview strip and lane orders on a big workspace: what they add to a redraw, timed alone.

Opens the workspace as the window does (its columnar cache when fresh), shows a timeline over it offscreen, and
times, each the median of ``--rounds`` runs:

- the strip's histogram of the whole layout (lanes by document: binary searches over the sorted starts), of the
  busiest entity's filter, and of the whole layout by entity (an event in several lanes: counted by start rank);
- the lane orders (by events, by first date) of the whole layout by document;
- the strip painted alone, and a pan frame of the timeline with the strip shown and with it hidden in turn (the
  strip's region moves each frame).

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
    x0, x1 = view.visible_x_range()
    step = (x1 - x0) / 40

    def pan() -> None:
        a, b = view.visible_x_range()
        view.set_x_range(a + step, b + step)
        app.processEvents()

    view.zoom(4)
    app.processEvents()
    frames: dict[bool, list[float]] = {True: [], False: []}
    for _ in range(args.rounds * 2):  # (shown and hidden in turn: a busy machine slows both alike)
        for visible in (True, False):
            view.overview.setVisible(visible)
            app.processEvents()
            frames[visible].append(median_ms(pan, 1))
    shown, hidden = statistics.median(frames[True]), statistics.median(frames[False])
    view.overview.show()
    app.processEvents()
    show("the strip painted alone (grab)", median_ms(view.overview.grab, args.rounds))
    show("pan frame, strip shown", shown)
    show("pan frame, strip hidden", hidden, f"(the strip adds {shown - hidden:+.3f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
