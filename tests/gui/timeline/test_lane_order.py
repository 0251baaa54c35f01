"""The order events are placed in, within the document and cluster lanes: by lane, then by start, ties in
the events' table order (what the zoom, the filters and the cluster connectors all walk)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from explorer.gui.timeline.lanes import KeyedLanes, _ranks


def test_events_are_placed_by_lane_then_start_with_ties_in_table_order():
    rng = np.random.default_rng(5)
    count = 5_000
    x0 = rng.integers(0, 40, count).astype(float) * 86_400.0  # many ties
    x0[rng.random(count) < 0.1] = np.nan  # undated: no lane
    dated = np.flatnonzero(~np.isnan(x0))
    lane_of_row = np.full(count, -1, dtype=np.int64)
    lane_of_row[dated] = rng.integers(0, 300, len(dated))
    arrays = SimpleNamespace(x0=x0, start_rank=_ranks(x0, dated), ids=np.arange(count))
    lanes = KeyedLanes(arrays, lane_of_row, [str(k) for k in range(300)], lambda shown: [])
    expected = sorted(dated.tolist(), key=lambda row: (lane_of_row[row], x0[row], row))
    assert lanes.rows.tolist() == expected
    assert pd.Series(lanes.row_lanes).is_monotonic_increasing


def _placements(lanes: list[int], starts_days: list[int], names: list[str]):
    from explorer.gui.timeline.layout import DAY, Placements

    lane = np.asarray(lanes, dtype=np.int64)
    x0 = np.asarray(starts_days, dtype=float) * DAY
    offsets = np.linspace(-0.1, 0.1, len(lane))
    return Placements(list(names), list(names), lane, x0, x0 + DAY, lane + offsets, np.zeros(len(lane), dtype=bool),
                      [], np.arange(len(lane)), np.array([f"e{i}" for i in range(len(lane))], dtype=object))


def test_lanes_ordered_by_count_then_by_first_date_keep_each_placement_in_its_lane():
    from explorer.gui.timeline.lane_order import in_order

    # lane a: 1 event on day 5; b: 3 events from day 9; c: 3 events from day 2 (b and c tie on count)
    placed = _placements([0, 1, 1, 1, 2, 2, 2], [5, 9, 10, 11, 2, 3, 4], ["a", "b", "c"])
    by_count = in_order(placed, "count")
    assert by_count.lane_names == ["b", "c", "a"]  # most first, ties in the usual order
    assert by_count.lane_keys == ["b", "c", "a"]
    by_first = in_order(placed, "first")
    assert by_first.lane_names == ["c", "a", "b"]
    for ordered in (by_count, by_first):
        names = np.asarray(ordered.lane_names)[ordered.lane]
        assert names.tolist() == ["a", "b", "b", "b", "c", "c", "c"]  # each placement still in its lane...
        assert (ordered.y - ordered.lane).tolist() == pytest.approx((placed.y - placed.lane).tolist())  # ...and slot
    assert in_order(placed, "plan") is placed


def _pick(qtbot, combo, label: str) -> None:
    """Choose ``label`` in ``combo`` with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findText(label)
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def _order_lanes(qtbot, view, label: str) -> None:
    """Click the toolbar's "⇅" and, in the menu it opens, the order ``label``."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    chosen = []

    def choose() -> None:
        menu = QApplication.activePopupWidget()
        action = next(a for a in menu.actions() if a.text() == label)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        chosen.append(action)

    QTimer.singleShot(100, choose)
    qtbot.mouseClick(view.order_button, Qt.MouseButton.LeftButton)  # (the menu is open until the click above)
    qtbot.waitUntil(lambda: bool(chosen))
    assert chosen[0].isChecked()


@pytest.fixture
def view(qtbot, session):
    from explorer.gui.timeline.view import TimelineView

    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1100, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


def _events_per_lane(view) -> list[int]:
    placed = view._placed
    return np.bincount(placed.lane, minlength=len(placed.lane_names)).tolist()


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|grabbing the keyboard)")  # (offscreen Qt)
def test_sorting_lanes_by_count_from_the_toolbar_puts_the_busiest_lanes_on_top(qtbot, view, session):
    usual = view.lane_names()
    _order_lanes(qtbot, view, "Most events first")
    assert view.lane_order() == "count"
    counts = _events_per_lane(view)
    assert counts == sorted(counts, reverse=True) and view.lane_names() != usual
    assert sorted(view.lane_names()) == sorted(usual)
    _order_lanes(qtbot, view, "Earliest first")
    placed = view._placed
    firsts = [float(placed.x0[placed.lane == lane].min()) for lane in range(len(placed.lane_names))]
    assert firsts == sorted(firsts)
    _order_lanes(qtbot, view, "Usual order")
    assert view.lane_names() == usual


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|grabbing the keyboard)")  # (offscreen Qt)
def test_the_lane_order_is_kept_across_lane_modes_and_workspaces(qtbot, view, session):
    _order_lanes(qtbot, view, "Most events first")
    _pick(qtbot, view.lane_combo, "By cluster")
    assert view.lane_order() == "count"
    counts = _events_per_lane(view)
    assert counts == sorted(counts, reverse=True)
    session.set_tables({name: frame.copy() for name, frame in session.tables.items()}, session.path)
    assert view.order_actions["count"].isChecked()
    assert _events_per_lane(view) == sorted(_events_per_lane(view), reverse=True)
