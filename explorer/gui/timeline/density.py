"""The overview strip's histogram: how many events in view start in each day, week, month or year of their span.

Qt-free (numpy only), so it can be tested and timed alone. The bins are calendar ones (days, weeks from Monday,
months, quarters, years, decades, centuries), the finest that keeps the whole span within ``MAX_BINS`` bars, so
the strip reads at a glance however long the case runs. An event counts once, in the bin of its start as the
timeline places it (``layout.event_extents``): a range or a month by its first day, a bound ("on or before",
"on or after") by the day it is drawn on, never spread over its span.

The counts come from the arrays the timeline holds already, never from the events table: a big layout's
placements are sorted by start (``layout.Placements``, lazy), so a bin's count is the difference of two binary
searches (0.02 ms at a million events: ``bench/overview_scale.py``); lanes by entity place an event once per
lane, so there the events placed are marked once and counted by their start rank (``lanes.EventArrays.start_rank``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from explorer.gui.timeline.layout import DAY, Placements

MAX_BINS = 120  # bars the strip shows at most (a few pixels each across a timeline's width)
# (name, unit of numpy's calendar, how many units a bin spans, about how many days that is)
BIN_SIZES = (("day", "D", 1, 1.0), ("week", "W", 1, 7.0), ("month", "M", 1, 30.44), ("quarter", "M", 3, 91.3),
             ("year", "Y", 1, 365.25), ("decade", "Y", 10, 3652.5), ("century", "Y", 100, 36525.0),
             ("millennium", "Y", 1000, 365250.0))
_EPOCH = dt.date(1970, 1, 1)
_MONDAY_SHIFT = 3  # 1970-01-01 was a Thursday: (day + 3) % 7 is the weekday, Monday 0


@dataclass(frozen=True)
class Histogram:
    """Events per bin: ``edges`` in seconds (one more than the bins), ``counts`` per bin, ``size`` the bins' name."""

    edges: np.ndarray
    counts: np.ndarray
    size: str

    def __len__(self) -> int:
        return len(self.counts)

    @property
    def total(self) -> int:
        return int(self.counts.sum())

    def bin_at(self, x: float) -> int | None:
        """The bin holding ``x`` seconds, or None outside the span."""
        if not len(self) or not self.edges[0] <= x < self.edges[-1]:
            return None
        return int(np.searchsorted(self.edges, x, side="right")) - 1

    def describe(self, index: int) -> str:
        """The bin's dates and count, as a tooltip says them: "Week of 2 Feb 2026: 37 events"."""
        count = int(self.counts[index])
        return f"{bin_words(self.edges[index], self.size)}: {count:,} event{'' if count == 1 else 's'}"


EMPTY = Histogram(np.zeros(1), np.zeros(0, dtype=np.int64), "day")


def events_histogram(placed: Placements, one_per_event: bool, start_rank: np.ndarray | None = None,
                     rank_starts: np.ndarray | None = None) -> Histogram:
    """The histogram of the events ``placed`` places, each counted once by its start.

    ``one_per_event``: each event has one placement (lanes by document or cluster), so the placements' starts are
    the events'. Otherwise (lanes by entity) an event is placed once per lane it is in: a big layout's events are
    marked and counted by ``start_rank`` (per event row) and ``rank_starts`` (the seconds of each rank), given.
    """
    if not len(placed):
        return EMPTY
    if one_per_event:
        if not placed.laid_out:  # (a lazy layout is sorted by start)
            return histogram_of_sorted(placed.x0)
        return histogram_of_sorted(np.sort(placed.x0))
    if placed.laid_out or start_rank is None or rank_starts is None:  # (a laid-out layout is small)
        first = np.unique(placed.event_row, return_index=True)[1]  # (an event's placements share its start)
        return histogram_of_sorted(np.sort(placed.x0[first]))
    marked = np.zeros(len(start_rank), dtype=bool)
    marked[placed.event_row] = True
    counts = np.bincount(start_rank[marked], minlength=len(rank_starts))
    return histogram_of_counts(rank_starts, counts)


def histogram_of_sorted(starts: np.ndarray) -> Histogram:
    """The histogram of ``starts`` (seconds, ascending): each bin's count from two binary searches."""
    if not len(starts):
        return EMPTY
    edges, size = bin_edges(float(starts[0]), float(starts[-1]))
    return Histogram(edges, np.diff(np.searchsorted(starts, edges, side="left")).astype(np.int64), size)


def histogram_of_counts(starts: np.ndarray, counts: np.ndarray) -> Histogram:
    """The histogram of ``counts[i]`` events starting at ``starts[i]`` (distinct seconds, ascending)."""
    held = np.flatnonzero(counts)
    if not len(held):
        return EMPTY
    starts, counts = starts[held], counts[held]
    edges, size = bin_edges(float(starts[0]), float(starts[-1]))
    running = np.r_[0, np.cumsum(counts, dtype=np.int64)]
    return Histogram(edges, np.diff(running[np.searchsorted(starts, edges, side="left")]), size)


def rank_starts(x0: np.ndarray, dated_rows: np.ndarray, start_rank: np.ndarray) -> np.ndarray:
    """The start (seconds) of each start rank (``lanes.EventArrays.start_rank``): the distinct starts, ascending."""
    if not len(dated_rows):
        return np.empty(0)
    ranks = start_rank[dated_rows]
    starts = np.zeros(int(ranks.max()) + 1)
    starts[ranks] = x0[dated_rows]
    return starts


def bin_size(lo: float, hi: float, most: int = MAX_BINS) -> str:
    """The finest bins (a name of ``BIN_SIZES``) that cover [lo, hi] seconds in ``most`` bins."""
    days = (hi - lo) / DAY + 1
    return next((name for name, _, _, length in BIN_SIZES if days / length + 1 <= most), BIN_SIZES[-1][0])


def bin_edges(lo: float, hi: float) -> tuple[np.ndarray, str]:
    """Calendar bin edges (seconds at UTC midnight) from the bin holding ``lo`` to the end of the one holding ``hi``,
    and the bins' name."""
    size = bin_size(lo, hi)
    return calendar_edges(lo, hi, size), size


def calendar_edges(lo: float, hi: float, size: str) -> np.ndarray:
    """The starts (seconds at UTC midnight) of the calendar bins of ``size`` from the one holding ``lo`` to the end of
    the one holding ``hi``: days, weeks from Monday, months, quarters, years, decades, centuries, millennia."""
    _, unit, step, _ = next(entry for entry in BIN_SIZES if entry[0] == size)
    first, last = int(np.floor(lo / DAY)), int(np.floor(hi / DAY))
    if unit == "D":
        days = np.arange(first, last + 2)
    elif unit == "W":
        monday = first - (first + _MONDAY_SHIFT) % 7
        days = np.arange(monday, last + 8, 7)
        days = days[: int(np.searchsorted(days, last, side="right")) + 1]
    else:
        start = _calendar(first, unit) // step * step
        end = _calendar(last, unit) // step * step + step
        days = np.arange(start, end + 1, step).astype(f"datetime64[{unit}]").astype("datetime64[D]").astype(np.int64)
    return days.astype(np.float64) * DAY


def date_ticks(lo: float, hi: float, most: int) -> list[tuple[float, str]]:
    """At most ``most`` calendar dates to write along [lo, hi] seconds, as (seconds, label): the finest calendar
    step that fits ("2 Feb", "Feb", "2026"), a year written where a month step starts one."""
    size = bin_size(lo, hi, max(most, 1))
    ticks = calendar_edges(lo, hi, size)
    return [(float(x), tick_words(x, size)) for x in ticks if lo <= x <= hi]


def tick_words(seconds: float, size: str) -> str:
    """A date tick's label for a step of ``size``: "2 Feb" for days and weeks, "Feb" for months and quarters (the
    year for a January), the year for longer steps."""
    try:
        day = _EPOCH + dt.timedelta(days=int(np.floor(seconds / DAY)))
    except (OverflowError, ValueError):
        return ""
    if size in ("day", "week"):
        return f"{day.day} {day:%b}"
    if size in ("month", "quarter"):
        return str(day.year) if day.month == 1 else f"{day:%b}"
    return str(day.year)


def _calendar(day: int, unit: str) -> int:
    """The month or year (numpy's count since 1970) holding ``day`` (days since 1970)."""
    return int(np.datetime64(day, "D").astype(f"datetime64[{unit}]").astype(np.int64))


def bin_words(seconds: float, size: str) -> str:
    """How a bin starting at ``seconds`` is named: "3 Feb 2026", "Week of 2 Feb 2026", "Feb 2026", "Q1 2026",
    "2026", "2020s", "1900s"."""
    try:
        day = _EPOCH + dt.timedelta(days=int(np.floor(seconds / DAY)))
    except (OverflowError, ValueError):  # (the end of the last bin of a span reaching year 9999)
        return ""
    if size == "day":
        return f"{day.day} {day:%b} {day.year}"
    if size == "week":
        return f"Week of {day.day} {day:%b} {day.year}"
    if size == "month":
        return f"{day:%b} {day.year}"
    if size == "quarter":
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    if size == "year":
        return str(day.year)
    return f"{day.year}s"


def per_words(size: str) -> str:
    """The strip's caption for its bins: "events per week"."""
    return f"events per {size}"
