"""interaction_scale.py picks its time window from the dated events' middle start without sorting every start."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))

import interaction_scale  # noqa: E402


def _sorted_middle(starts: pd.Series) -> str | None:
    """What the bench used to do: the dated starts sorted, the ``len // 2``-th."""
    dated = starts[(starts != "").to_numpy(dtype=bool)].sort_values()
    return dated.iloc[len(dated) // 2] if len(dated) else None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["", "2020-01-01", "2020-01-02", "2019-12-31", "2021-06-30", "1999-01-01"]),
                max_size=40))
def test_the_middle_start_is_the_sorted_dated_starts_middle(values):
    starts = pd.Series(np.array(values, dtype=object), dtype=object)
    assert interaction_scale.middle_start(starts) == _sorted_middle(starts)


def test_the_middle_start_of_many_events_allocates_little_beside_their_codes():
    """200,000 events over 3,000 dates: sorting the dated starts (the bench's old way) allocated 16.4 MB at its
    peak; counting each date's events from the codes the table holds, 1.6 MB (``bincount``'s wide copy of the codes)."""
    rng = np.random.default_rng(7)
    days = np.array([""] + [f"20{y:02d}-{m:02d}-{d:02d}" for y in range(10) for m in range(1, 13)
                            for d in range(1, 26)], dtype=object)
    from explorer.core.coded import codes_of, remember

    held = days[rng.integers(0, len(days), 200_000)]
    remember(held, *codes_of(held))  # (as the window's tables hold their date columns' codes)
    starts = pd.Series(held, dtype=object, copy=False)
    expected = _sorted_middle(starts)
    tracemalloc.start()
    try:
        found = interaction_scale.middle_start(starts)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found == expected
    assert peak < 4_000_000, peak
