"""The overview strip's histogram (Qt-free): calendar bins sized to the span, counts equal to a plain histogram's
whichever way they are worked out (sorted starts, counts per distinct start), each event once by its start."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.gui.timeline.density import (MAX_BINS, bin_edges, date_ticks, histogram_of_counts, histogram_of_sorted,
                                           rank_starts)
from explorer.gui.timeline.layout import DAY, day_seconds


@pytest.mark.parametrize(("lo", "hi", "size", "first", "last"), [
    ("2026-01-13", "2026-02-04", "day", "2026-01-13", "2026-02-05"),
    ("2025-09-01", "2026-02-04", "week", "2025-09-01", "2026-02-09"),  # Mondays
    ("2020-03-15", "2026-02-04", "month", "2020-03-01", "2026-03-01"),
    ("1990-06-01", "2026-02-04", "year", "1990-01-01", "2027-01-01"),
    ("1500-01-01", "2026-02-04", "decade", "1500-01-01", "2030-01-01"),
])
def test_bins_are_the_finest_calendar_unit_that_keeps_the_span_readable(lo, hi, size, first, last):
    edges, name = bin_edges(day_seconds(lo), day_seconds(hi))
    assert name == size and len(edges) - 1 <= MAX_BINS
    assert (edges[0], edges[-1]) == (day_seconds(first), day_seconds(last))
    assert edges[0] <= day_seconds(lo) and day_seconds(hi) < edges[-1]


def test_counts_are_a_plain_histograms_both_ways():
    rng = np.random.default_rng(11)
    for span in (20, 300, 4000, 40000):
        days = rng.integers(0, span, 5000) + 18000
        starts = np.sort(days.astype(float) * DAY)
        by_sorted = histogram_of_sorted(starts)
        expected, _ = np.histogram(starts, bins=by_sorted.edges)
        assert by_sorted.counts.tolist() == expected.tolist() and by_sorted.total == 5000
        distinct, counts = np.unique(starts, return_counts=True)
        by_counts = histogram_of_counts(distinct, counts)
        assert by_counts.counts.tolist() == by_sorted.counts.tolist()


def test_rank_starts_give_each_rank_its_day():
    x0 = np.array([3.0, np.nan, 1.0, 3.0, 2.0]) * DAY
    dated = np.array([0, 2, 3, 4])
    rank = np.array([2, 0, 0, 2, 1])
    assert rank_starts(x0, dated, rank).tolist() == [DAY, 2 * DAY, 3 * DAY]


def test_date_ticks_are_calendar_dates_no_closer_than_asked():
    ticks = date_ticks(day_seconds("2025-01-01"), day_seconds("2026-02-10"), 6)
    assert [label for _, label in ticks] == ["2025", "Apr", "Jul", "Oct", "2026"]
    assert len(date_ticks(day_seconds("2026-01-10"), day_seconds("2026-02-10"), 6)) <= 6


def test_a_bin_tells_its_dates_and_count():
    starts = np.array([day_seconds("2026-02-03")] * 3 + [day_seconds("2025-09-10")])
    histogram = histogram_of_sorted(np.sort(starts))
    index = histogram.bin_at(day_seconds("2026-02-04"))
    assert histogram.describe(index) == "Week of 2 Feb 2026: 3 events"
    assert histogram.bin_at(day_seconds("2030-01-01")) is None
