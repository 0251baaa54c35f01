"""The order events are placed in, within the document and cluster lanes: by lane, then by start, ties in
the events' table order (what the zoom, the filters and the cluster connectors all walk)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pandas as pd

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
