"""How fast the entity page opens on a big case: the most mentioned entity's page, as a double click opens it.

Opens a workspace in the main window offscreen (as ``explorer open`` does: the columnar cache when there is
one) and clicks the most mentioned entity in the sidebar, as the first click of a double click does (the
source pane's walk reads its mentions): the time until the event loop's next turn (how long the window
froze) and the longest GUI-thread step until the pane walks them, against the 100 ms a click has
(``interaction_scale.py``); the first round is the process's first read of the mentions' cache. Then asks
for its page and prints, each over ``--rounds`` runs: the time until
the page shows the entity's name, type and counts (the GUI thread is free again), until its mentions,
forms, events and relations are listed (gathered in the window's job runner), and how long the GUI thread
was busy meanwhile (the longest step of the event loop: what the analyst could feel); then the whole double
click (the page asked for while the click's read is under way: one read for both). Then the time to
go back to it from another page (shown from what was read), open a mention of it in the source pane from a
row and scroll the list to its end.
The workspace is only read.

    .venv/bin/python bench/entity_page_scale.py /tmp/s6o/big.explorer [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
CLICK_MS = 100.0  # a click's target (bench/interaction_scale.py: a selection applied to every view at 1M)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workspace", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from explorer.gui.source import mention_walk
    from explorer.gui.window.app import _application, load_for_display
    from explorer.gui.window.main_window import MainWindow

    app = _application(offscreen=True)
    started = time.perf_counter()
    tables, workspace = load_for_display([args.workspace])
    window = MainWindow()
    window.session.set_tables(tables, workspace)
    window.resize(1400, 900)
    window.show()
    _spin(app, 1.0)
    print(f"opened {workspace.name}: {time.perf_counter() - started:.1f} s")
    session, page = window.session, window.entity_page
    entities = session.tables["entities"]
    row = int(entities["mention_count"].to_numpy().argmax())
    entity_id = str(entities["entity_id"].iat[row])
    name, count = entities["name"].iat[row], int(entities["mention_count"].iat[row])
    print(f"{name}: {count:,} mentions")
    counts = entities["mention_count"].to_numpy()
    small = str(entities["entity_id"].iat[int(np.flatnonzero((counts >= 20) & (counts < 1_000))[0])])
    for round_ in range(args.rounds):  # the double click's first click, in the sidebar, a fresh read each round
        mention_walk._kept.clear()
        turn, longest, walked = _click_in_sidebar(app, window, entity_id)
        first = " (the process's first read of the mentions' cache)" if round_ == 0 else ""
        print(f"click {round_ + 1}{first} in the sidebar: the event loop's next turn {turn * 1000:.0f} ms "
              f"({turn * 1000 / CLICK_MS:.1f}x the {CLICK_MS:.0f} ms target); longest GUI-thread step until the "
              f"source pane walks its mentions {longest * 1000:.0f} ms ({longest * 1000 / CLICK_MS:.1f}x), "
              f"walking after {walked:.2f} s ({window.source.widget().walk_label.text()})")
        _click_in_sidebar(app, window, small)  # another entity, so the next click selects it anew
    _click_in_sidebar(app, window, entity_id)
    show_profile, shown_in = page._show_profile, []

    def timed_show_profile(profile) -> None:  # the part of the page drawn in the GUI thread, once read
        begun = time.perf_counter()
        show_profile(profile)
        shown_in.append(time.perf_counter() - begun)

    page._show_profile = timed_show_profile
    for round_ in range(args.rounds):
        page.history.clear()
        page._kept.clear()  # read each round (back and forward show a kept page: timed below)
        page.entity_id = None
        longest = _Longest(app, QTimer, QElapsedTimer)
        started = time.perf_counter()
        page.profile = None
        window.open_entity_page(entity_id)
        shown = time.perf_counter() - started
        while page.profile is None:
            app.processEvents()
            time.sleep(0.002)
        listed = time.perf_counter() - started
        longest.stop()
        print(f"round {round_ + 1}: page shown {shown * 1000:.0f} ms; mentions, forms, events and relations listed "
              f"{listed:.2f} s (of which drawing them {shown_in[-1] * 1000:.0f} ms); longest GUI-thread step meanwhile "
              f"{longest.worst * 1000:.0f} ms "
              f"({page.mentions.rowCount():,} mentions, {len(page.profile.event_ids):,} events, "
              f"{page.profile.relation_total:,} relations)")
    for round_ in range(args.rounds):  # the whole double click: its first click's read still under way
        _click_in_sidebar(app, window, small)
        page.history.clear()
        page._kept.clear()
        page.entity_id, page.profile = None, None
        mention_walk._kept.clear()
        longest = _Longest(app, QTimer, QElapsedTimer)
        started = time.perf_counter()
        turn, _, _ = _click_in_sidebar(app, window, entity_id, wait=False)
        window.open_entity_page(entity_id)  # (the second click of the double click)
        while page.profile is None or window.source.widget().walk.position < 0:
            app.processEvents()
            time.sleep(0.002)
        longest.stop()
        print(f"double click {round_ + 1}: the click's next turn {turn * 1000:.0f} ms; the page listed and the source "
              f"pane walking {time.perf_counter() - started:.2f} s after the first click (one read of the mentions); "
              f"longest GUI-thread step {longest.worst * 1000:.0f} ms ({longest.worst * 1000 / CLICK_MS:.1f}x)")
    other = str(entities["entity_id"].iat[int(entities["mention_count"].to_numpy().argsort()[-2])])
    window.open_entity_page(other)  # another page, then back to the busiest: shown from what was read
    while page.profile is None:
        app.processEvents()
        time.sleep(0.002)
    started = time.perf_counter()
    page.go(-1)
    print(f"back to it (kept): listed in {(time.perf_counter() - started) * 1000:.0f} ms")
    started = time.perf_counter()
    window.open_mention(entity_id, page.mentions.mention_at(1000)[0])
    print(f"a row opened in the source pane: {(time.perf_counter() - started) * 1000:.0f} ms "
          f"({window.source.widget().walk_label.text()})")
    started = time.perf_counter()
    page.mention_table.scrollToBottom()
    QApplication.processEvents()
    page.mention_table.viewport().repaint()
    print(f"list scrolled to its last row and painted: {(time.perf_counter() - started) * 1000:.0f} ms")
    window.close()
    return 0


def _click_in_sidebar(app, window, entity_id: str, wait: bool = True) -> tuple[float, float, float]:
    """Click an entity's row in the sidebar (a real mouse click: the tree's selection writes the shared selection)
    and time, from the click: the event loop's next turn (a zero timer posted before it: how long the window
    froze), the longest GUI-thread step until the source pane walks the entity's mentions, and when it does (``wait``: else only until the next turn)."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    from explorer.gui.sidebar.tree_model import ENTITY_ID_ROLE

    sidebar, pane = window.sidebar.widget(), window.source.widget()
    proxy = sidebar.proxy
    index = next(i for g in range(proxy.rowCount()) for r in range(proxy.rowCount(proxy.index(g, 0)))
                 if (i := proxy.index(r, 0, proxy.index(g, 0))).data(ENTITY_ID_ROLE) == entity_id)
    sidebar.tree.scrollTo(index)
    app.processEvents()
    point = sidebar.tree.visualRect(index).center()
    turned: list[float] = []
    longest = _Longest(app, QTimer, QElapsedTimer)
    started = time.perf_counter()
    QTimer.singleShot(0, lambda: turned.append(time.perf_counter()))
    QTest.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    while not turned or (wait and pane.walk.position < 0):
        app.processEvents()
        time.sleep(0.002)
        if time.perf_counter() - started > 60:
            break
    walked = time.perf_counter() - started
    longest.stop()
    return turned[0] - started, max(longest.worst, turned[0] - started), walked


class _Longest:
    """The longest gap between ticks of a 5 ms timer: how long the GUI thread was busy at a stretch."""

    def __init__(self, app, timer_class, elapsed_class) -> None:
        self.worst = 0.0
        self._clock = elapsed_class()
        self._clock.start()
        self._timer = timer_class()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.worst = max(self.worst, self._clock.restart() / 1000)

    def stop(self) -> None:
        self._timer.stop()


def _spin(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


if __name__ == "__main__":
    sys.exit(main())
