"""The order of the timeline's lanes: as the lane plan gives them, by how many events each holds, or by its first.

Qt-free. A lane plan orders its lanes once per workspace (documents by publication date, clusters by start,
entities by involvement: ``timeline.lanes``); the analyst may want the busiest lanes on top instead, or the lanes
in the order their stories begin. Both are worked out from the layout shown — the events in view, so a filter
reorders what it leaves — and applied by renumbering the lanes: every placement keeps its place in the arrays and
its slot within its lane (a lane's layout depends on its own events only), only its lane, and so its height,
changes. That is one pass over the placements' lanes (a few milliseconds at a million), not a new layout.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from explorer.gui.timeline.layout import Placements

PLAN_ORDER = "plan"
LANE_ORDERS = {PLAN_ORDER: "Usual order", "count": "Most events first", "first": "Earliest first"}


def lane_sequence(placed: Placements, order: str) -> np.ndarray:
    """The lanes of ``placed`` in ``order`` (old lane numbers, top first); ties keep the plan's order.

    ``"count"``: most placements first (a lane holds an event once); ``"first"``: earliest first start first.
    """
    if order not in LANE_ORDERS:
        raise ValueError(f"unknown lane order {order!r}; expected one of {sorted(LANE_ORDERS)}")
    count = len(placed.lane_names)
    plan = np.arange(count)
    if order == PLAN_ORDER or count < 2 or not len(placed):
        return plan
    if order == "count":
        key = -np.bincount(placed.lane, minlength=count)
    else:
        key = np.full(count, np.inf)
        np.minimum.at(key, placed.lane, placed.x0)
    return np.lexsort((plan, key))


def in_order(placed: Placements, order: str) -> Placements:
    """``placed`` with its lanes in ``order`` (itself when that is the order they are in)."""
    sequence = lane_sequence(placed, order)
    if np.array_equal(sequence, np.arange(len(sequence))):
        return placed
    position = np.empty(len(sequence), dtype=placed.lane.dtype)
    position[sequence] = np.arange(len(sequence), dtype=placed.lane.dtype)
    lanes = position[placed.lane]
    keys = np.asarray(placed.lane_keys, dtype=object)[sequence]
    # a laid-out placement keeps its height within its lane; a lazy layout's y is its lane (laid out when drawn)
    y = placed.y + (lanes - placed.lane) if placed.laid_out else lanes
    return replace(placed, lane_keys=keys if isinstance(placed.lane_keys, np.ndarray) else keys.tolist(),
                   lane_names=[placed.lane_names[i] for i in sequence.tolist()], lane=lanes, y=y,
                   _bars=None, _days=None)
