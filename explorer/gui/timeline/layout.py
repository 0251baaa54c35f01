"""Where each event goes on the timeline: its x extent and its y slot, as arrays.

Qt-free (numpy and pandas only), so it can be tested and timed alone. Dates become
seconds since the epoch at UTC midnight, which pyqtgraph's ``DateAxisItem`` reads
with ``utcOffset=0``. A one-day event sits at the middle of its day; an event whose
dates span more than one day becomes a bar from the start of its first day to the
end of its last. Same-day events in a lane zig-zag across their day: each its own
x within the day, cycling through at most ``DAY_ROWS`` rows, so a busy day reads as
a short cluster that zooming in separates (however thin the lanes), not a column
across the lane and into the next; bars in a lane are packed into rows so
overlapping ones do not hide each other. Which lanes there are, and which events each holds, is ``timeline.lanes``.

Past ``LAZY_LIMIT`` placements a layout is not laid out whole: its placements are kept in time order with
their lanes and extents only (O(n) array work, no zigzag of ten million points), and ``Placements.offsets_at``
lays out the placements asked for — those on screen, under the pointer, selected — from the other placements of
their lane and day alone, which is all a day's zigzag depends on; bars are packed in rows once, when first asked.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.coded import codes_of, first_seen_codes, values_at
from explorer.core.dates import AFTER, BEFORE, CERTAIN, INFERRED
from explorer.core.model import text_values

DAY = 86400.0
LANE_MODES = {"document": "By document", "entity": "By entity", "cluster": "By cluster"}
DAY_ROWS = 3  # same-day points of one lane stack at most this high
ROW_STEP = 0.14  # of a lane's height, between the rows of a day's points
DAY_WIDTH_USED = 0.8  # of a day, the most a day's points spread across
SPREAD_STEP = 0.25 * 86400.0  # seconds between two neighbouring points of a day, when the day has room
BAR_HEIGHT = 0.16  # of a lane's height
BAR_ROW_OFFSETS = np.array([0.0, 0.2, -0.2])  # bar rows in a lane; more wrap onto the first

LAZY_LIMIT = 20_000  # placements past which a layout is kept in time order and laid out only where asked
KEPT_DAYS = 512  # days a lazy layout keeps laid out (a pan goes back over them)

_EPOCH = dt.date(1970, 1, 1)
_NO_ROWS = np.empty(0, dtype=np.int64)


@dataclass
class Placements:
    """The lanes and one row per placed (event, lane) pair, as parallel arrays.

    Placements are sorted by lane, then start, then event row. ``time_order`` and
    ``cluster_order``, when known, are what the big timeline's drawing sorts otherwise:
    placement indices by start (stable), and the clustered placements grouped by
    cluster code, in time order within (a lane plan sorts the whole layout's once).

    A lazy layout (``laid_out`` False, past ``LAZY_LIMIT``) is sorted by start instead (a day's
    placements by lane, then event row), ``y`` is each lane's middle and ``dx`` nought: ``offsets_at``,
    ``x_at``, ``y_at`` and ``take`` lay out the placements they are asked about.
    """

    lane_keys: list[str] | np.ndarray = field(default_factory=list)
    lane_names: list[str] = field(default_factory=list)
    lane: np.ndarray = field(default_factory=lambda: _NO_ROWS)
    x0: np.ndarray = field(default_factory=lambda: np.empty(0))  # seconds, start of the first day
    x1: np.ndarray = field(default_factory=lambda: np.empty(0))  # seconds, end of the last day
    y: np.ndarray = field(default_factory=lambda: np.empty(0))
    is_bar: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=bool))
    undated_ids: list[str] | np.ndarray = field(default_factory=list)  # (an array of strings from a lane plan)
    event_row: np.ndarray = field(default_factory=lambda: _NO_ROWS)  # row in the events placed
    ids: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=object))  # the ids of the events placed
    offsets: np.ndarray | None = None  # (y within the lane, x shift) per placement, for laying out a subset
    time_order: np.ndarray | None = None
    cluster_order: np.ndarray | None = None
    dx: np.ndarray = field(default_factory=lambda: np.empty(0))  # seconds from the middle of a point's day
    laid_out: bool = True  # False: a lazy layout, in time order (see the class' docstring)
    _bars: Any = None  # a lazy layout's bars by lane, each lane's packed when first asked (``_bar_offsets``)
    _days: Any = None  # a lazy layout's days laid out last: day -> (positions, offsets), oldest first

    def held_arrays(self) -> list:
        """The arrays these placements hold (``core.kept``: what keeping a layout costs), not their labels
        (a list of two hundred thousand documents' names is no array, and walking it took ~0.1 s a filter)."""
        return [self.lane, self.x0, self.x1, self.y, self.is_bar, self.event_row, self.ids, self.offsets,
                self.time_order, self.cluster_order, self.dx, self._bars, self._days, self.__dict__.get("event_id"),
                getattr(self.undated_ids, "held_arrays", tuple)()]

    @cached_property
    def event_id(self) -> np.ndarray:
        """Each placement's event id (made when first asked: a big timeline asks for a few at a time)."""
        return self.ids[self.event_row]

    def event_id_at(self, index: int) -> str:
        return str(self.ids[self.event_row[index]])

    @property
    def x(self) -> np.ndarray:
        """Where a placement is drawn (points: spread across their day) or centred (bars); a lazy layout's
        points at the middle of their day."""
        return (self.x0 + self.x1) / 2.0 + self.dx

    @cached_property
    def extent(self) -> tuple[float, float]:
        """The earliest start and the latest end placed (NaN, NaN when none)."""
        if not len(self):
            return float("nan"), float("nan")
        return float(self.x0[0] if not self.laid_out else self.x0.min()), float(self.x1.max())

    def x_at(self, rows: np.ndarray) -> np.ndarray:
        """``x`` of a few placements, without working it out for all (a lazy layout's laid out)."""
        rows = np.asarray(rows, dtype=np.int64)
        dx = self.dx[rows] if self.laid_out else self.offsets_at(rows)[:, 1]
        return (self.x0[rows] + self.x1[rows]) / 2.0 + dx

    def y_at(self, rows: np.ndarray) -> np.ndarray:
        """``y`` of a few placements (a lazy layout's laid out)."""
        return self._y_dx(np.asarray(rows, dtype=np.int64))[0]

    def xy_at(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(x, y) of a few placements, laid out once for both."""
        rows = np.asarray(rows, dtype=np.int64)
        y, dx = self._y_dx(rows)
        return (self.x0[rows] + self.x1[rows]) / 2.0 + dx, y

    def _y_dx(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(y, x shift) of the placements at ``rows``: kept, or a lazy layout's laid out (``offsets_at``)."""
        if self.laid_out:
            return self.y[rows], self.dx[rows]
        offsets = self.offsets_at(rows)
        return self.lane[rows] + offsets[:, 0], offsets[:, 1]

    def offsets_at(self, rows: np.ndarray) -> np.ndarray:
        """(y within the lane, x shift) of the placements at ``rows``, as the whole layout would give them: a
        lazy layout lays out each point's lane and day (its zigzag depends on them only) and packs the bars."""
        rows = np.asarray(rows, dtype=np.int64)
        if self.offsets is not None:
            return self.offsets[rows]
        offsets = np.zeros((len(rows), 2))
        bars = self.is_bar[rows]
        if bars.any():
            offsets[bars, 0] = self._bar_offsets(rows[bars])
        if not bars.all():
            offsets[~bars] = self._point_offsets(rows[~bars])
        return offsets

    def _point_offsets(self, points: np.ndarray) -> np.ndarray:
        """A lazy layout's points' zigzag, from the placements of the days they start on (sorted by start);
        the days laid out last are kept (each frame of a pan or zoom asks again for those on screen)."""
        days = np.unique(self.x0[points])
        kept = self._days if self._days is not None else {}
        missing = [day for day in days.tolist() if day not in kept]
        if missing:
            kept.update(self._lay_out_days(np.asarray(missing)))
        around = np.concatenate([kept[day][0] for day in days.tolist()])
        laid = np.concatenate([kept[day][1] for day in days.tolist()])
        for day in list(kept)[:max(len(kept) - KEPT_DAYS, 0)]:  # the oldest first
            del kept[day]
        self._days = kept
        return laid[np.searchsorted(around, points)]

    def _lay_out_days(self, days: np.ndarray) -> dict[float, tuple[np.ndarray, np.ndarray]]:
        """Per day, its points' positions (sorted) and their zigzag offsets, every lane's laid out."""
        around = _ranges(np.searchsorted(self.x0, days, side="left"), np.searchsorted(self.x0, days, side="right"))
        around = around[~self.is_bar[around]]
        # a lane's day together, its placements in their order (by event row)
        order = np.lexsort((around, self.lane[around], self.x0[around]))
        laid = np.empty((len(around), 2))
        laid[order] = _day_zigzag(self.lane[around[order]], self.x0[around[order]])
        bounds = np.searchsorted(self.x0[around], days, side="left").tolist() + [len(around)]
        return {day: (around[a:b], laid[a:b]) for day, a, b in zip(days.tolist(), bounds[:-1], bounds[1:])}

    def _bar_offsets(self, asked: np.ndarray) -> np.ndarray:
        """The y offsets of a lazy layout's bars at positions ``asked``: each lane's bars packed (a lane's rows
        depend on its own bars only) when one of them is first asked for, and kept."""
        if self._bars is None:
            bars = np.flatnonzero(self.is_bar)
            by_lane = bars[np.argsort(self.lane[bars], kind="stable")]  # by lane, then start, then the day's order
            lane_start = np.searchsorted(self.lane[by_lane], np.arange(int(self.lane.max()) + 2))
            self._bars = (bars, by_lane, lane_start, np.full(len(bars), np.nan))
        bars, by_lane, lane_start, offsets = self._bars
        at = np.searchsorted(bars, asked)
        lanes = np.unique(self.lane[asked[np.isnan(offsets[at])]])
        if len(lanes):
            packed = by_lane[_ranges(lane_start[lanes], lane_start[lanes + 1])]
            rows = _bar_rows(self.lane[packed], self.x0[packed], self.x1[packed])
            offsets[np.searchsorted(bars, packed)] = BAR_ROW_OFFSETS[rows]
        return offsets[at]

    def __len__(self) -> int:
        return len(self.event_row)

    def take(self, rows: np.ndarray) -> Placements:
        """Only the placements at ``rows`` (same lanes), laid out."""
        rows = np.asarray(rows, dtype=np.int64)
        y, dx = self._y_dx(rows)
        return Placements(self.lane_keys, self.lane_names, self.lane[rows], self.x0[rows], self.x1[rows], y,
                          self.is_bar[rows], self.undated_ids, self.event_row[rows], self.ids, dx=dx)

    def laid_out_whole(self) -> Placements:
        """Every placement laid out (a lazy layout's in its time order): for callers that want them all."""
        return self if self.laid_out else self.take(np.arange(len(self)))


def placements(events, rows: np.ndarray, lanes: np.ndarray, keys, names: list[str], undated_ids: list[str],
               offsets=None, time_sorted: bool = False, taken_from=None, scratch=None, extents=None) -> Placements:
    """Events at ``rows`` (sorted by lane, start, row) placed in ``lanes``: extents, bars, y slots, time order.

    ``events`` gives ``ids``, ``x0``, ``x1`` and ``start_rank`` per event row (a ``lanes.EventArrays``).
    ``offsets``, when given, is ``(known, offsets)``: placements whose lane is laid out as it
    was before keep that offset (``known`` True); the others' lanes are laid out here.
    Past ``LAZY_LIMIT`` placements the layout is lazy (see ``Placements``): the rows are put in time order
    (``time_sorted``: they come so, by start then event row) and nothing is laid out yet; ``taken_from``,
    (a lazy layout, positions in it), says they are those placements, whose extents are read from it, into
    ``scratch``'s buffers when given (a ``core.scratch.Scratch``: memory already mapped, Run s14b). ``extents``:
    (x0, x1, is_bar) of a lazy layout's placements, worked out before (kept with the timeline's arrays, mapped).
    """
    if len(rows) > LAZY_LIMIT:
        return _lazy_placements(events, rows, lanes, keys, names, undated_ids, time_sorted, taken_from, scratch,
                                extents)
    lanes = lanes.astype(np.int64, copy=False)
    px0, px1 = events.x0[rows], events.x1[rows]
    is_bar = (px1 - px0) > DAY + 1
    if offsets is None:
        offsets = lane_offsets(lanes, px0, px1, is_bar)
    else:
        known, offsets = offsets
        todo = np.flatnonzero(~known)
        offsets[todo] = lane_offsets(lanes[todo], px0[todo], px1[todo], is_bar[todo])
    time_order = np.argsort(events.start_rank[rows], kind="stable")  # a radix sort of small integers
    return Placements(keys, names, lanes, px0, px1, lanes + offsets[:, 0], is_bar, undated_ids, rows, events.ids,
                      offsets, time_order, dx=offsets[:, 1])


def _lazy_placements(events, rows: np.ndarray, lanes: np.ndarray, keys, names: list[str], undated_ids: list[str],
                     time_sorted: bool, taken_from=None, scratch=None, extents=None) -> Placements:
    """A lazy layout (see ``Placements``): the rows by start (a radix sort of small integers, stable: a day's
    placements keep their lane, then event row order), their extents and lanes; nothing laid out."""
    if not time_sorted:
        order = np.argsort(events.start_rank[rows], kind="stable")
        rows, lanes = rows[order], lanes[order]
    if taken_from is not None:  # (positions in order: read along the arrays, not at random)
        whole, taken = taken_from
        if scratch is not None:  # (34 MB of the busiest entity's filter at ten million events: not fresh pages)
            px0, px1, is_bar = scratch.take(whole.x0, taken), scratch.take(whole.x1, taken), \
                scratch.take(whole.is_bar, taken)
        else:
            px0, px1, is_bar = whole.x0[taken], whole.x1[taken], whole.is_bar[taken]
    elif extents is not None and time_sorted:
        px0, px1, is_bar = extents
    else:
        px0, px1 = events.x0[rows], events.x1[rows]
        is_bar = (px1 - px0) > DAY + 1
    no_shift = np.broadcast_to(np.float64(0.0), (len(rows),))  # (read only, no memory)
    return Placements(keys, names, lanes, px0, px1, lanes, is_bar, undated_ids, rows, events.ids,  # y: the lanes'
                      dx=no_shift, laid_out=False)


def day_seconds(iso: str) -> float:
    """Seconds since the epoch at UTC midnight starting the ISO date ``iso``."""
    return float((dt.date.fromisoformat(iso) - _EPOCH).days * DAY)


def iso_day(seconds: float) -> str:
    """The ISO date of the UTC day containing ``seconds``."""
    return (_EPOCH + dt.timedelta(days=int(np.floor(seconds / DAY)))).isoformat()


def window_dates(x0: float, x1: float) -> tuple[str, str]:
    """The inclusive ISO dates a drawn window [x0, x1) covers (at least one day)."""
    lo, hi = sorted((x0, x1))
    start = int(np.floor(lo / DAY))
    end = max(start, int(np.ceil(hi / DAY)) - 1)
    return iso_day(start * DAY), iso_day(end * DAY)


def event_extents(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Start and end (exclusive) seconds per event; NaN where it has no usable date.

    Each distinct date string is parsed once (a table has a few thousand dates for ten million events), from
    the codes the column was read with (``coded.codes_of``: not a factorize of every row's string).
    """
    if not len(events):
        return np.empty(0), np.empty(0)
    start_codes, start_values = codes_of(events["date_start"])
    end_codes, end_values = codes_of(events["date_end"])
    start_seconds, end_seconds = _seconds(start_values)[start_codes], _seconds(end_values)[end_codes]
    # a bound ("on or before", "on or after") is placed on its known day; ``date_certainty`` marks it
    x0 = np.where((start_values == "")[start_codes], end_seconds, start_seconds)
    x1 = np.where((end_values == "")[end_codes], start_seconds, end_seconds) + DAY
    bad = np.isnan(x0) | np.isnan(x1) | (x1 <= x0)
    x0[bad] = np.nan
    x1[bad] = np.nan
    return x0, x1


PAIR_TABLE_LIMIT = 1 << 22  # (start, end) date pairs a table of extents may hold (32 MB of floats)


def extents_and_ranks(events: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """``event_extents`` and each event's start as its rank among the distinct starts placed (0 for an undated
    event; None when not worked out here). An event's extent depends on its (start, end) dates alone, so both
    are worked out once per pair of the columns' few distinct dates and taken by each event's pair: two passes
    over the events, where working them out per event takes a dozen (None past ``PAIR_TABLE_LIMIT`` pairs)."""
    if not len(events):
        return np.empty(0), np.empty(0), np.empty(0, dtype=np.uint16)
    start_codes, start_values = codes_of(events["date_start"])
    end_codes, end_values = codes_of(events["date_end"])
    if len(start_values) * len(end_values) > PAIR_TABLE_LIMIT:
        return (*event_extents(events), None)
    pair = start_codes.astype(np.int32)
    pair *= len(end_values)
    pair += end_codes
    used = np.flatnonzero(np.bincount(pair, minlength=len(start_values) * len(end_values)))  # the pairs held
    start_of, end_of = np.divmod(used, len(end_values))
    starts, ends = _seconds(start_values)[start_of], _seconds(end_values)[end_of]
    x0 = np.where(start_values[start_of] == "", ends, starts)  # per pair held
    x1 = np.where(end_values[end_of] == "", starts, ends) + DAY
    bad = np.isnan(x0) | np.isnan(x1) | (x1 <= x0)
    x0[bad], x1[bad] = np.nan, np.nan
    distinct = np.unique(x0[~bad])
    rank = np.zeros(len(used), dtype=np.uint16 if len(distinct) <= 1 << 16 else np.int64)
    rank[~bad] = np.searchsorted(distinct, x0[~bad])
    held = np.zeros(len(start_values) * len(end_values), dtype=np.int32)  # pair -> its number among those held
    held[used] = np.arange(len(used))
    pair = held[pair]
    return x0[pair], x1[pair], rank[pair]


def date_certainty(events: pd.DataFrame) -> np.ndarray:
    """Per event, how sure its date is (``core.dates``: CERTAIN, INFERRED, BEFORE, AFTER), as int8."""
    if not len(events) or "date_basis" not in events:
        return np.zeros(len(events), dtype=np.int8)
    # each column's few distinct values tested once, then taken by the codes it was read with (``codes_of``)
    start_codes, start_values = codes_of(events["date_start"])
    end_codes, end_values = codes_of(events["date_end"])
    basis_codes, basis = codes_of(events["date_basis"])
    starts, ends = (start_values != "")[start_codes], (end_values != "")[end_codes]
    code = np.where(basis == "narrative", INFERRED, CERTAIN).astype(np.int8)[basis_codes]
    code[(basis == "bounded")[basis_codes] | (starts != ends)] = INFERRED
    code[~starts & ends] = BEFORE
    code[starts & ~ends] = AFTER
    return code


def cluster_codes(events: pd.DataFrame, clusters: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Each event's cluster as a number (-1 for none), numbered by first appearance, and per number whether that
    cluster's sources conflict. The numbers are the codes the column was read with (``coded.first_seen_codes``:
    no factorize of ten million ids)."""
    codes, uniques = first_seen_codes(events["cluster_id"])
    empty = np.flatnonzero(uniques == "")
    if len(empty):  # no cluster: -1 (a new array: the codes kept with the column are never changed)
        codes = np.where(np.isin(codes, empty), -1, codes)
    conflicted = clusters.loc[text_values(clusters["conflict"]) != "", "cluster_id"]
    # (pandas' hash table: numpy's ``isin`` of strings compares every id with each of a few conflicted ones, or
    # sorts them all past ~80: 1.6 million ids against 1,000 conflicted clusters took 17 s, 163,786 against 3,000 5 s)
    return codes, pd.Series(uniques, dtype=object, copy=False).isin(text_values(conflicted)).to_numpy(dtype=bool)


def _seconds(dates: np.ndarray) -> np.ndarray:
    """Each of a few distinct dates as seconds (NaN for "" and what is not a date)."""
    return np.array([_safe_seconds(d) for d in dates.tolist()], dtype=float)


def _safe_seconds(iso: str) -> float:
    try:
        return day_seconds(iso)
    except (TypeError, ValueError):
        return float("nan")


def stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` for non-negative integers, by 16 bits at a time from the lowest
    (numpy sorts 16-bit keys by radix: two passes over ten million cluster codes take about two thirds of one
    merge sort of the 32-bit keys); other keys by numpy's stable sort."""
    if not len(keys) or keys.dtype.kind not in "iu" or int(keys.min()) < 0:
        return np.argsort(keys, kind="stable")
    bits = int(keys.max()).bit_length()
    if bits > 48:
        return np.argsort(keys, kind="stable")
    wide = keys.astype(np.uint64, copy=False)
    order = np.argsort((wide & 0xFFFF).astype(np.uint16), kind="stable")
    for shift in range(16, bits, 16):
        digit = ((wide[order] >> np.uint64(shift)) & 0xFFFF).astype(np.uint16)
        order = order[np.argsort(digit, kind="stable")]
    return order


def cluster_members(code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the clustered rows (or positions) grouped by cluster code, in their order within; where each code's rows
    start): ``lanes.EventArrays.cluster_members`` per event row, ``layer`` per placement."""
    clustered = np.flatnonzero(code >= 0)
    rows = clustered[stable_order(code[clustered])]
    return rows, np.searchsorted(code[rows], np.arange(int(code.max()) + 2 if len(rows) else 1))


def lane_offsets(lanes: np.ndarray, x0: np.ndarray, x1: np.ndarray, is_bar: np.ndarray) -> np.ndarray:
    """(y within the lane, x shift in seconds) per placement (sorted by lane, then start): a day's
    points zig-zag across it, bars packed in rows. A lane's offsets depend on its own placements only."""
    offsets = np.zeros((len(lanes), 2))
    points = np.flatnonzero(~is_bar)
    if len(points):
        offsets[points] = _day_zigzag(lanes[points], x0[points])
    bars = np.flatnonzero(is_bar)
    if len(bars):
        offsets[bars, 0] = BAR_ROW_OFFSETS[_bar_rows(lanes[bars], x0[bars], x1[bars])]
    return offsets


def _day_zigzag(lanes: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """(y, x) offsets of each of a lane's same-day points: spread evenly across the middle of the day in
    placement order (so the same events always take the same places), rows taken in turn."""
    first = np.flatnonzero(np.r_[True, (lanes[1:] != lanes[:-1]) | (starts[1:] != starts[:-1])])
    size = np.diff(np.r_[first, len(lanes)])
    group = np.repeat(np.arange(len(first)), size)
    rank = np.arange(len(lanes)) - first[group]
    size = size[group]
    rows = np.minimum(size, DAY_ROWS)
    step = np.minimum(SPREAD_STEP, DAY_WIDTH_USED * DAY / np.maximum(size - 1, 1))
    return np.column_stack(((rank % rows - (rows - 1) / 2.0) * ROW_STEP, (rank - (size - 1) / 2.0) * step))


def _bar_rows(lanes: np.ndarray, x0: np.ndarray, x1: np.ndarray) -> np.ndarray:
    """Greedy interval packing per lane: the first row whose last bar has ended.

    A bar that starts after every earlier bar of its lane has ended takes row 0 and
    the packing starts afresh there, so only runs of overlapping bars are packed one by
    one, with heaps of free rows and of row ends (not a scan of every row per bar).
    """
    rows = np.zeros(len(lanes), dtype=np.int64)
    taken = 0  # rows used so far in the current run
    new_lane = np.r_[True, lanes[1:] != lanes[:-1]]
    span = float(np.nanmax(x1) - np.nanmin(x0)) + DAY if len(x1) else 0.0
    shifted_ends = np.maximum.accumulate(x1 + lanes * 2 * span)  # running latest end, per lane
    latest_before = np.r_[-np.inf, shifted_ends[:-1]] - lanes * 2 * span
    fresh = new_lane | (x0 >= latest_before)
    packed = np.flatnonzero(~fresh)
    starts, ends = x0.tolist(), x1.tolist()  # Python floats: the loop below indexes them one at a time
    packed_rows: list[int] = []
    free: list[int] = []  # row numbers free again, lowest first
    busy: list[tuple[float, int]] = []  # (end, row) of rows still taken, earliest end first
    previous = -2
    for i in packed.tolist():  # only bars overlapping an earlier one; a run starts right after a fresh bar
        if i != previous + 1:
            free, busy, taken = [], [(ends[i - 1], 0)], 1
        previous = i
        while busy and busy[0][0] <= starts[i]:
            heapq.heappush(free, heapq.heappop(busy)[1])
        row = heapq.heappop(free) if free else taken
        taken = max(taken, row + 1)
        heapq.heappush(busy, (ends[i], row))
        packed_rows.append(row)
    rows[packed] = np.asarray(packed_rows, dtype=np.int64) % len(BAR_ROW_OFFSETS)
    return rows


def cluster_paths(placed: Placements, cluster_of: pd.Series) -> dict[str, np.ndarray]:
    """Per cluster with two or more placements, its placements' (x, y) ordered by time.

    ``cluster_of`` maps event_id to cluster_id ("" for none). When it is the events' column the placements'
    rows point into (the session's: as long as their ids), it is read at those rows: looking the ids up built
    pandas' hash table over every event id (0.7 s at a million, the first time a filter left a small timeline).
    """
    if len(cluster_of) == len(placed.ids) and cluster_of.index is placed_index(placed, cluster_of):
        ids = values_at(cluster_of, placed.event_row)  # (held as codes or not; "" for an event with none)
    else:
        ids = text_values(cluster_of.reindex(placed.event_id))
    xs, ys = placed.x, placed.y
    order = np.lexsort((ys, xs, ids))
    bounds = np.flatnonzero(ids[order][1:] != ids[order][:-1]) + 1
    paths = {}
    for group in np.split(order, bounds):
        if len(group) >= 2 and ids[group[0]]:
            paths[ids[group[0]]] = np.column_stack((xs[group], ys[group]))
    return paths


def placed_index(placed: Placements, cluster_of: pd.Series) -> pd.Index | None:
    """``cluster_of``'s index when the placements' ids are its values (the same memory), else None."""
    index, ids = cluster_of.index, placed.ids
    if ids is getattr(index, "array", None):  # (Arrow-held ids: the index's own array)
        return index
    values = index.to_numpy(dtype=object, copy=False) if index.dtype == object else None
    if isinstance(ids, np.ndarray) and isinstance(values, np.ndarray) and ids.shape == values.shape and \
            ids.__array_interface__["data"][0] == values.__array_interface__["data"][0] and ids.strides == values.strides:
        return index
    return None


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The concatenation of arange(s, e) for each pair, without a Python loop."""
    lengths = ends - starts
    total = int(lengths.sum())
    if not total:
        return np.empty(0, dtype=np.int64)
    offsets = np.repeat(starts - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
    return np.arange(total) + offsets
