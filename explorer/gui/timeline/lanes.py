"""The timeline's lanes per lane mode, planned once per workspace so a filter only takes a subset.

Qt-free. Lanes are documents (sorted by publication date, then name), clusters (by
start date, then label; "Unclustered" last) or entities (the ten most involved and
"Other entities", or the checked entities). An event is placed once per lane it
belongs to. A ``LanePlan`` works out, once for an events table, each event's lane
and the placement order (lane, start, row), and keeps the whole table's layout; a
filter's layout takes the rows its mask keeps, in that order, renumbers and labels
the lanes left, and spreads again only the lanes it thinned (a lane's slots depend
on its own events). A filter's layout is thus what laying out only the events in
view would give, without placing a million events again. ``Layouts`` keeps a
timeline's plans and its last filtered layouts. Undated events are not placed: their
ids are listed apart. Past ``layout.LAZY_LIMIT`` dated events the plan orders them by start only
(a radix sort of small integers) and its layouts are lazy (``layout.Placements``): nothing is laid
out until drawn, so opening and filtering cost array passes over the events.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.coded import flat_of, kept_codes
from explorer.core.kept import keep_newest, keep_within
from explorer.core.later import Later
from explorer.core.model import text_values
from explorer.core.query import RowOrder, arrow_strings, same_values
from explorer.core.scratch import Scratch
from explorer.core.store import column_cache
from explorer.core.store.column_cache import frame_stamp
from explorer.core.store.derived_cache import derived_stamp, read_arrays, write_arrays
from explorer.gui.timeline.density import rank_starts
from explorer.gui.timeline.labels import ClusterLabels, DocumentLabels, unique
from explorer.gui.timeline.lane_order import PLAN_ORDER, in_order
from explorer.gui.timeline.layout import (DAY, LANE_MODES, LAZY_LIMIT, Placements, cluster_codes, cluster_members,
                                          date_certainty, extents_and_ranks, lane_offsets, placements, stable_order)

# The timeline's arrays that depend on the tables alone (the events' extents, ranks and clusters, the document lanes
# and their whole layout: ~3 s of the first window at ten million events, Run s14b), kept in the columnar cache's
# folder (``core.store.derived_cache``) under the stamps of the tables they were worked out from, and mapped from
# there at the next opening. ``TIMELINE_VERSION`` is bumped whenever what they hold or how they are worked out changes
# (the lanes' order, the extents, the ranks): a file of an older version is then never read.
TIMELINE_ARRAYS = "timeline"
TIMELINE_VERSION = "1"
EVENT_ARRAYS = ("x0", "x1", "start_rank", "dated_rows", "undated_rows", "dated_by_start", "certainty", "cluster_code",
                "conflicted")

TOP_ENTITIES = 10
UNCLUSTERED = "Unclustered"
OTHER_ENTITIES = "Other entities"
_NO_ROWS = np.empty(0, dtype=np.int64)


class EventArrays:
    """What every lane mode needs of one events table (indexed by event_id), computed once."""

    def __init__(self, events: pd.DataFrame, clusters: pd.DataFrame, extents=None,
                 heavy_rows: Callable[[], list[np.ndarray]] | None = None, kept: dict | None = None) -> None:
        self.events = events
        # (the index's own Arrow strings when it holds them, the window's: a placed event's id is decoded when asked,
        # ten million Python strings are not made; else its object array)
        self.ids = events.index.array if arrow_strings(events.index) is not None else np.asarray(events.index, dtype=object)
        # () -> the busiest entities' event rows (``EventLookup.heavy_rows``): where they stand in ``by_start``
        # is worked out ahead (given by ``Layouts`` for the session's table; None: not ahead)
        self.heavy_rows = heavy_rows
        if kept is not None:  # ``EVENT_ARRAYS`` worked out from these very tables before (``Layouts``: mapped)
            for name in EVENT_ARRAYS:
                self.__dict__[name] = kept[name]  # (the cached properties among them too)
        else:
            # (dates and start ranks per pair of distinct dates, taken by each event's pair)
            self.x0, self.x1, rank = extents_and_ranks(events) if extents is None else (*extents, None)
            dated = ~np.isnan(self.x0)
            self.dated_rows = _compact(np.flatnonzero(dated))
            self.undated_rows = np.flatnonzero(~dated)
            self.start_rank = _ranks(self.x0, self.dated_rows) if rank is None else rank
            self.cluster_code, self.conflicted = cluster_codes(events, clusters)
        self._undated_ids = _as_strings(self.ids[self.undated_rows])
        # each cluster's events, for the connectors a big timeline draws when zoomed in: after the window is drawn
        self.cluster_members = Later(lambda: cluster_members(self.cluster_code))

    @cached_property
    def dated_by_start(self) -> np.ndarray:
        """The dated rows by start, ties in row order (a radix sort of the 16-bit start ranks): the placement
        order of a lazy layout whose lanes hold every dated event, one array for each such lane plan."""
        return self.dated_rows[np.argsort(self.start_rank[self.dated_rows], kind="stable")]

    @cached_property
    def by_start(self) -> RowOrder:
        """``dated_by_start`` as a ``RowOrder``: the rows a filter keeps found in it (each lane plan holding every
        dated event shares it, and where each row stands in it: worked out after the first window is drawn)."""
        return RowOrder(self.dated_by_start, len(self.ids), later=True, warm=self.heavy_rows)

    @cached_property
    def rank_starts(self) -> np.ndarray:
        """The start (seconds) of each start rank, ascending: the overview strip counts events by rank when lanes
        place an event more than once (``density``), made when first asked."""
        return rank_starts(self.x0, self.dated_rows, self.start_rank)

    @cached_property
    def certainty(self) -> np.ndarray:
        """Per event row, how sure its date is (``layout.date_certainty``): drawn hollow or as a bound."""
        return date_certainty(self.events)

    def undated_ids(self, mask: np.ndarray | None) -> np.ndarray | UndatedIds:
        """The undated events' ids (those ``mask`` keeps), in table order: an array of strings, or for a mask
        the ``UndatedIds`` it keeps (a filter of ten million events keeps a million undated: counted, not
        copied, until they are asked for)."""
        return self._undated_ids if mask is None else UndatedIds(self._undated_ids, mask, self.undated_rows)

    def column(self, name: str, rows: np.ndarray) -> np.ndarray:
        return self.events[name].to_numpy(dtype=object)[rows]


def _as_strings(ids: np.ndarray) -> np.ndarray:
    """``ids`` as an object array of ``str``: as they are when they are strings already (checked in C: a
    million undated events' ids at ten million events were each passed through ``str``)."""
    if pd.api.types.infer_dtype(ids, skipna=False) == "string":
        return ids
    return np.array([str(e) for e in ids], dtype=object)


class UndatedIds:
    """The ids of the undated events a mask keeps, taken when iterated (a layout only counts them)."""

    def __init__(self, ids: np.ndarray, mask: np.ndarray, rows: np.ndarray) -> None:
        self._ids, self._mask, self._rows = ids, mask, rows
        self._count: int | None = None

    def __len__(self) -> int:
        if self._count is None:
            self._count = int(np.count_nonzero(self._mask[self._rows]))
        return self._count

    def __iter__(self):
        return iter(self._ids[self._mask[self._rows]].tolist())

    def held_arrays(self) -> tuple:
        """The arrays kept alive by these ids (``core.kept``): the mask (the ids and rows are the table's)."""
        return (self._mask,)


class LanePlan:
    """Lanes of one mode over one events table; ``layout`` places the events a mask keeps.

    A lane whose events are all kept is laid out as in the whole layout (a lane's slots
    depend on its own events only), so only the lanes a filter thins are laid out again.
    """

    # bytes of buffers no layout uses any more kept for the next filter's (``core.scratch``): one filter of the
    # busiest entity at ten million events (two million placements' rows, lanes, extents and bars, ~60 MB)
    SPARE_BYTES = 80 << 20

    def __init__(self, arrays: EventArrays) -> None:
        self.arrays = arrays
        self._whole: Placements | None = None
        # a filter's arrays are made in memory a dropped filter's layout used, not fresh pages (Run s14b)
        self.scratch = Scratch(self.SPARE_BYTES)

    def layout(self, mask: np.ndarray | None = None, checked: frozenset[str] = frozenset(),
               rows: np.ndarray | None = None, named: np.ndarray | None = None) -> Placements:
        """The placements of the events ``mask`` keeps (all when None; ``rows``, when given, are the rows it
        keeps, ascending; ``named``, the lookup's rows of the one entity it keeps: ``RowOrder.kept``);
        ``checked`` entities become the lanes of the entity mode. The whole table's layout is made once and
        kept."""
        if (mask is None or mask.all()) and not checked:
            if self._whole is None:
                self._whole = _with_cluster_order(self._place(None, frozenset()), self.arrays.cluster_code)
            return self._whole
        return self._place(mask, checked, rows, named)

    def is_whole(self, placed: Placements) -> bool:
        return placed is self._whole

    def _place(self, mask: np.ndarray | None, checked: frozenset[str], rows: np.ndarray | None = None,
               named: np.ndarray | None = None) -> Placements:
        raise NotImplementedError


class KeyedLanes(LanePlan):
    """Lanes where each dated event has exactly one lane (its document, its cluster).

    The lanes' order is fixed per workspace, so a filter's lanes are the workspace's
    lanes that keep an event, in the same order, and its placements are the whole
    layout's placements it keeps, in the same order too.
    """

    # the whole layout's extents and bars when kept with the plan (``made``: a lazy layout's, mapped), else None
    whole_extents: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    labels_made: Any = None  # the document lanes' ``DocumentLabels`` (kept with the plan: ``kept_parts``)

    def __init__(self, arrays: EventArrays, lane_of_row: np.ndarray, keys: list[str], labels) -> None:
        super().__init__(arrays)
        placed = lane_of_row >= 0  # (undated events have none)
        count = np.count_nonzero(placed)
        self.lazy = count > LAZY_LIMIT  # a lazy layout (``layout.Placements``): rows by start only
        shared = self.lazy and count == len(arrays.dated_rows)
        if shared:  # every dated event has a lane: their order made once for the document and cluster lanes
            self.rows = arrays.dated_by_start
            self.row_lanes = _compact(lane_of_row)[self.rows]
        elif self.lazy:  # by start, ties in the rows' order (a radix sort of small integers); 32-bit numbers
            rows = np.flatnonzero(placed)
            self.rows = _compact(rows)[np.argsort(arrays.start_rank[rows], kind="stable")]
            self.row_lanes = _compact(lane_of_row)[self.rows]
        else:  # the placement order: by lane, then start; ties keep the rows' order
            rows = np.flatnonzero(placed)
            self.rows = _by_lane_then_start(rows, lane_of_row[rows], arrays.start_rank[rows])
            self.row_lanes = lane_of_row[self.rows]
        # (where the rows a filter keeps stand among them: ``RowOrder.kept``)
        self.order = arrays.by_start if shared else RowOrder(self.rows, len(arrays.ids))
        self.lane_sizes = np.bincount(self.row_lanes, minlength=len(keys))
        self.keys = np.array(keys, dtype=object)
        self._labels = labels  # labels(lane numbers) -> their names when they are the lanes shown

    @classmethod
    def made(cls, arrays: EventArrays, rows: np.ndarray, row_lanes: np.ndarray, lane_sizes: np.ndarray,
             keys: np.ndarray, labels, shared: bool) -> KeyedLanes:
        """The plan ``__init__`` works out, from its parts worked out before (``kept_parts``): its rows in
        placement order (``arrays.dated_by_start`` when ``shared``), their lanes, the lanes' sizes and keys."""
        plan = cls.__new__(cls)
        LanePlan.__init__(plan, arrays)
        plan.lazy = len(rows) > LAZY_LIMIT
        plan.rows, plan.row_lanes, plan.lane_sizes, plan.keys, plan._labels = rows, row_lanes, lane_sizes, keys, labels
        plan.order = arrays.by_start if shared else RowOrder(rows, len(arrays.ids))
        return plan

    def kept_parts(self, prefix: str) -> dict[str, np.ndarray]:
        """What ``made`` takes (and the document labels, the whole lazy layout's extents), named ``prefix``...:
        kept with the timeline's arrays (``Layouts``)."""
        shared = self.rows is self.arrays.__dict__.get("dated_by_start")
        parts = {"shared": np.array([shared]), "row_lanes": self.row_lanes, "lane_sizes": self.lane_sizes,
                 "keys": self.keys}
        if not shared:
            parts["rows"] = self.rows
        if self.labels_made is not None:
            parts.update(in_table=np.array([len(self.labels_made.keys)], dtype=np.int64),
                         plain=self.labels_made.plain, may_repeat=self.labels_made.may_repeat)
        whole = self._whole
        if self.lazy and whole is not None:
            parts.update(whole_x0=whole.x0, whole_x1=whole.x1, whole_is_bar=whole.is_bar)
        return {f"{prefix}{name}": value for name, value in parts.items()}

    def reserve(self, count: int) -> int:
        """Reserve the buffers of a lazy filtered layout of ``count`` placements (``_place``: their rows, lanes
        (renumbered in place), extents and bars; ``core.scratch``); the bytes made."""
        if not self.lazy or count <= LAZY_LIMIT:
            return 0
        lanes = self.row_lanes.itemsize
        return self.scratch.reserve([count * self.rows.itemsize, count * lanes, count * 8, count * 8, count])

    def _place(self, mask: np.ndarray | None, checked: frozenset[str], rows: np.ndarray | None = None,
               named: np.ndarray | None = None) -> Placements:
        if mask is None:
            return self._lanes(self.rows, self.row_lanes, None, None, extents=self.whole_extents)
        taken = self.order.kept(mask, rows, named)  # the whole layout's placements this one keeps
        rows, row_lanes = self.scratch.take(self.rows, taken), self.scratch.take(self.row_lanes, taken)
        if self.lazy:  # in time order: a lazy layout of them as it is, else laid out in the placement order
            if len(taken) > LAZY_LIMIT:  # (their extents read in order from the whole layout's)
                return self._lanes(rows, row_lanes, mask, None, (self.layout(), taken))
            order = _by_lane_then_start(np.arange(len(rows)), row_lanes, self.arrays.start_rank[rows])
            return self._lanes(rows[order], row_lanes[order], mask, None)
        whole = self.layout()
        complete = np.bincount(row_lanes, minlength=len(self.keys)) == self.lane_sizes
        return self._lanes(rows, row_lanes, mask, (complete[row_lanes], whole.offsets[taken]))

    def _lanes(self, rows: np.ndarray, row_lanes: np.ndarray, mask: np.ndarray | None, offsets,
               taken_from=None, extents=None) -> Placements:
        # (the lanes keeping an event marked, not counted: ``bincount`` made a 64-bit copy of the lanes first, 16 MB
        # of fresh memory for the busiest entity's two million placements at ten million events, Run s14)
        present = np.zeros(len(self.keys), dtype=bool)
        present[row_lanes] = True
        shown = np.flatnonzero(present)
        if len(shown) == len(self.keys):  # every lane keeps an event: numbered as they are
            lanes = row_lanes
        else:
            renumbered = np.zeros(len(self.keys), dtype=row_lanes.dtype)
            renumbered[shown] = np.arange(len(shown))
            lanes = self.scratch.take(renumbered, row_lanes) if taken_from is None else \
                _renumbered_in_place(row_lanes, renumbered)  # (the filter's own lanes, taken in ``_place``)
        return placements(self.arrays, rows, lanes, self.keys[shown], self._labels(shown),
                          self.arrays.undated_ids(mask), offsets, time_sorted=self.lazy, taken_from=taken_from,
                          scratch=self.scratch, extents=extents)


RENUMBER_CHUNK = 1 << 16  # lanes renumbered at a time in place (their 64-bit indices stay small)


def _renumbered_in_place(lanes: np.ndarray, renumbered: np.ndarray) -> np.ndarray:
    """``renumbered[lanes]`` written over ``lanes`` (a filter's own array), a chunk at a time: no second array as
    long as the placements (8 MB more of the busiest entity's filter at ten million events)."""
    for start in range(0, len(lanes), RENUMBER_CHUNK):
        part = lanes[start:start + RENUMBER_CHUNK]
        np.take(renumbered, part, out=part, mode="clip")  # (the indices are read into a 64-bit copy first)
    return lanes


class EntityLanes(LanePlan):
    """Lanes of entities: an event is placed in the lane of each lane entity it involves.

    Each (event, entity) pair of the dated events is listed once per workspace, grouped
    by entity and in placement order within, so a lane's placements are a slice of
    that list, and counting pairs picks the ten most involved entities. The slots of
    an entity's whole lane are kept for the last few entities shown with all their events.
    """

    KEPT_LANES = 32

    def __init__(self, arrays: EventArrays, entity_names: dict[str, str]) -> None:
        super().__init__(arrays)
        self.entity_names = entity_names
        dated = arrays.dated_rows
        counts, items = flat_of(arrays.events["participants"], dated)  # (no Python list a row when Arrow)
        places = arrays.column("place", dated)
        has_place = np.flatnonzero([bool(p) for p in places])
        rows = np.r_[np.repeat(dated, counts), dated[has_place]]
        keys = np.concatenate([items, places[has_place]]).astype(object, copy=False)
        codes, uniques = pd.factorize(keys)
        pairs = pd.DataFrame({"row": rows, "code": codes}).query("code >= 0").drop_duplicates()
        rows, codes = pairs["row"].to_numpy(), pairs["code"].to_numpy()
        order = np.lexsort((rows, arrays.x0[rows], codes))
        self.pair_rows, self.pair_codes = rows[order], codes[order]
        self.bounds = np.searchsorted(self.pair_codes, np.arange(len(uniques) + 1))
        self.entity_ids = np.asarray(uniques, dtype=object)
        self.codes = pd.Index(self.entity_ids)
        self.by_time = dated[np.lexsort((dated, arrays.x0[dated]))]  # the "Other entities" lane's order
        self._lane_offsets: dict[int, np.ndarray] = {}  # entity code -> its whole lane's offsets; newest last

    def _place(self, mask: np.ndarray | None, checked: frozenset[str], rows: np.ndarray | None = None,
               named: np.ndarray | None = None) -> Placements:
        keys = list(checked) if checked else self._top_entities(mask)
        codes = self.codes.get_indexer(keys) if keys else np.empty(0, dtype=np.int64)
        blocks = [self._block(code, mask) for code in codes]
        if checked:  # by events in view, then name
            order = sorted(range(len(keys)), key=lambda i: (-len(blocks[i]), self.entity_names.get(keys[i], keys[i])))
            keys, codes, blocks = [keys[i] for i in order], codes[order], [blocks[i] for i in order]
        names = unique([self.entity_names.get(e, e) for e in keys], keys)
        known = [self._whole_lane_offsets(code) if code >= 0 and len(block) == self._size(code) else None
                 for code, block in zip(codes, blocks)]
        if not checked:
            lane_less = np.ones(len(self.arrays.ids), dtype=bool) if mask is None else mask.copy()
            lane_less[np.concatenate([_NO_ROWS, *blocks])] = False
            others = self.by_time[lane_less[self.by_time]]
            if len(others):
                keys, names = keys + [OTHER_ENTITIES], names + [OTHER_ENTITIES]
                blocks.append(others)
                known.append(None)
        rows = np.concatenate([_NO_ROWS, *blocks])
        lanes = np.repeat(np.arange(len(blocks)), [len(b) for b in blocks])
        return placements(self.arrays, rows, lanes, keys, names, self.arrays.undated_ids(mask),
                          _known_offsets(blocks, known))

    def _size(self, code: int) -> int:
        return int(self.bounds[code + 1] - self.bounds[code])

    def _block(self, code: int, mask: np.ndarray | None) -> np.ndarray:
        """The dated events involving the entity ``code`` that ``mask`` keeps, in placement order."""
        if code < 0:
            return _NO_ROWS
        block = self.pair_rows[self.bounds[code]:self.bounds[code + 1]]
        return block if mask is None else block[mask[block]]

    def _whole_lane_offsets(self, code: int) -> np.ndarray:
        """The slots of the entity's lane with all its events (kept for the last ``KEPT_LANES``)."""
        offsets = self._lane_offsets.pop(code, None)
        if offsets is None:
            block = self._block(code, None)
            x0, x1 = self.arrays.x0[block], self.arrays.x1[block]
            offsets = lane_offsets(np.zeros(len(block), dtype=np.int64), x0, x1, (x1 - x0) > DAY + 1)
        self._lane_offsets[code] = offsets
        while len(self._lane_offsets) > self.KEPT_LANES:
            del self._lane_offsets[next(iter(self._lane_offsets))]
        return offsets

    def _top_entities(self, mask: np.ndarray | None) -> list[str]:
        """The ``TOP_ENTITIES`` entities involved in the most dated events in view; by count, then name."""
        counts = np.diff(self.bounds) if mask is None else \
            np.bincount(self.pair_codes[mask[self.pair_rows]], minlength=len(self.entity_ids))
        present = np.flatnonzero(counts)
        if len(present) > TOP_ENTITIES:  # only entities as involved as the tenth can be among the ten
            tenth = np.partition(counts[present], len(present) - TOP_ENTITIES)[len(present) - TOP_ENTITIES]
            present = present[counts[present] >= tenth]
        names = self.entity_names
        candidates = sorted(zip(self.entity_ids[present].tolist(), counts[present].tolist()),
                            key=lambda pair: (-pair[1], names.get(pair[0], pair[0])))
        return [entity for entity, _ in candidates[:TOP_ENTITIES]]


class Layouts:
    """A timeline's layouts over a session: the events' arrays, a lane plan per lane mode (the last
    ``KEPT_PLANS``) and the last ``KEPT_LAYOUTS`` filtered layouts. The whole workspace's layout is
    kept by its plan, so clearing the filters costs nothing; going back and forth between two
    filters costs nothing either. The arrays are made again for a new events table; plans and
    layouts when told (``forget_layouts``: the session's other tables may have changed).
    """

    KEPT_PLANS = 2
    KEPT_LAYOUTS = 2
    KEPT_LAYOUT_BYTES = 48 << 20  # ... while they fit (``core.kept``; the newest always): at ten million events the
    #                               busiest entity's layout holds ~60 MB of arrays, at a million ~6 MB

    def __init__(self) -> None:
        self.arrays: EventArrays | None = None
        self._tables: tuple = ()  # the other tables the arrays and lanes were made over
        # the stamp of the tables the arrays were made over, when they are the tables of the workspace's cache as
        # they are there (``derived_cache``: the arrays may be kept under it), and the arrays read from the file
        # kept under it (``EVENT_ARRAYS`` and the document lanes' parts), or None (worked out: then kept, once)
        self._stamp: str | None = None
        self._kept: dict[str, np.ndarray] | None = None
        self._keeping: str | None = None
        self.plans: dict[str, LanePlan] = {}  # newest last
        self.recent: dict[tuple, Placements] = {}  # (lane mode, lane order, filters) -> layout; newest last
        # (lane mode, lane order) -> (a plan's whole layout, it in that order): kept as long as the whole is shown,
        # so the drawing prepared for it is kept too (``EventLayer``: by the placements' identity)
        self.ordered: dict[tuple[str, str], tuple[Placements, Placements]] = {}

    def keep_within_budget(self) -> None:
        """The whole layout shown again: the filtered layouts are kept only while they fit ``KEPT_LAYOUT_BYTES``,
        the newest too (kept always while it may be shown: a time window over the filter asks for it again). At
        ten million events the busiest entity's (~55 MB) is let go, its buffers kept as the lane plan's spares
        (``core.scratch``), which the next filter fills: one filter's arrays kept, not a layout and spares both."""
        keep_within(self.recent, self.KEPT_LAYOUT_BYTES, shared=self._wholes())
        for plan in list(self.plans.values()):
            plan.scratch.trim()

    def _wholes(self) -> list:
        """The plans' whole layouts (and those in another lane order): what a filtered layout shares with them
        (views of their arrays) is not its own."""
        return [plan._whole for plan in self.plans.values()] + [placed for _, placed in self.ordered.values()]

    def forget_layouts(self) -> None:
        self.plans.clear()
        self.recent.clear()
        self.ordered.clear()

    def after_edit(self, session) -> bool:
        """An edit changed tables the timeline draws: keep the arrays and the document and cluster lanes
        when the events' ids, dates, documents and clusters are the same and no other table it reads
        changed (a merge changes only who takes part); else forget everything, as for a new workspace.
        Returns whether they were kept. Columns an edit left alone are shared with the table before it,
        so the comparisons are of pointers, not of a million values."""
        arrays, events = self.arrays, session.events
        kept = (arrays is not None and len(arrays.events) == len(events) and self._tables == _read_tables(session)
                and (arrays.events.index is events.index or arrays.events.index.equals(events.index))
                and all(same_values(events[c], arrays.events[c]) for c in _LANE_COLUMNS))
        if not kept or arrays is None:
            self.forget_layouts()
            return False
        arrays.events = events  # the same arrays; participants and places read from the new table
        self.plans = {mode: plan for mode, plan in self.plans.items() if mode != "entity"}
        self.recent.clear()  # filtered layouts: the checked entities' events may have changed
        self.ordered = {key: kept for key, kept in self.ordered.items() if key[0] != "entity"}
        return True

    def arrays_of(self, session) -> EventArrays:
        if self.arrays is not None and self.arrays.events is not session.events:
            self.arrays = None  # a new events table: nothing kept is about it
            self.forget_layouts()
        if self.arrays is None:
            self._stamp = timeline_stamp(session)
            self._kept = read_timeline_arrays(session.path, self._stamp, len(session.events)) \
                if self._stamp is not None else None
            self.arrays = EventArrays(session.events, _drawn(session, "clusters"),
                                      heavy_rows=lambda: self._reserving(session.event_lookup.heavy_rows()),
                                      kept=self._kept)
            self._tables = _read_tables(session)
        return self.arrays

    def _keep_later(self, session, plan: LanePlan) -> None:
        """Keep the arrays worked out over the workspace's cached tables and the document lanes ``plan`` (its whole
        layout made) in the cache folder, once, off the GUI thread after the window is drawn (``Later``); only while
        the session's tables are still those they were worked out from (an edit since, which kept the arrays
        because it left the lanes' columns alone, may have changed what the certainty reads)."""
        stamp, arrays = self._stamp, self.arrays
        if stamp is None or self._kept is not None or self._keeping == stamp or arrays is None \
                or not isinstance(plan, KeyedLanes) or timeline_stamp(session) != stamp:
            return
        self._keeping = stamp
        path, events, certainty = session.path, arrays.events, arrays.__dict__.get("certainty")
        # (a case big enough for a columnar cache: at its first opening the folder may not be written yet)
        big = sum(len(session.held(name)) for name in ("events", "documents", "clusters")) >= \
            column_cache.CACHE_FROM_ROWS

        def keep() -> bool:
            parts = {name: getattr(arrays, name) for name in EVENT_ARRAYS if name != "certainty"}  # (rows ordered)
            parts["certainty"] = certainty if certainty is not None else date_certainty(events)
            parts.update(plan.kept_parts("document_"))
            return write_arrays(path, TIMELINE_ARRAYS, stamp, parts, make_folder=big)

        Later(keep)

    def _reserving(self, heavy: list[np.ndarray]) -> list[np.ndarray]:
        """``heavy`` (the busiest entities' rows, asked by the work after the first window, the lookup of the
        time's), each lane plan's buffers for a filter of one of them reserved then (``KeyedLanes.reserve``)."""
        if heavy:
            for plan in list(self.plans.values()):
                if isinstance(plan, KeyedLanes):
                    plan.reserve(max(map(len, heavy)))
        return heavy

    def plan(self, session, mode: str) -> LanePlan:
        plan = self.plans.get(mode)
        if plan is None:
            arrays = self.arrays_of(session)
            plan = kept_document_lanes(arrays, self._kept) if mode == "document" and self._kept is not None else None
            if plan is None:
                plan = lane_plan(mode, arrays, session)
            lookup = session.event_lookup
            if isinstance(plan, KeyedLanes) and plan.lazy and lookup.heavy_rows_ready():
                # (a plan made after the work after opening, a lane mode or a rebuild: its buffers reserved in that
                # work's thread now; at opening the lookup's rows are not ready and the work reserves them itself)
                Later(lambda: self._reserving(lookup.heavy_rows()))
                Later.start_waiting()
        return _newest(self.plans, mode, plan, self.KEPT_PLANS)

    def is_whole(self, placed: Placements) -> bool:
        """Whether ``placed`` is a plan's whole layout, in any lane order (kept as long as the plan)."""
        return any(plan.is_whole(placed) for plan in self.plans.values()) or \
            any(placed is ordered for _, ordered in self.ordered.values())

    def layout(self, session, mode: str, order: str = PLAN_ORDER) -> Placements:
        """The placements for the lane mode and the session's filters, their lanes in ``order``
        (``lane_order``): checked entities and events narrow the timeline (its time window only dims,
        so it plays no part here)."""
        self.arrays_of(session)
        state = session.selection.state
        if not state.narrowed():
            plan = self.plan(session, mode)
            whole = plan.layout()
            if mode == "document":
                self._keep_later(session, plan)
            return self._whole_in_order(mode, whole, order)
        key = (mode, order, state.filter_entity_ids, state.filter_event_ids, state.mark_filter, state.filter_query)
        layout = self.recent.pop(key, None)
        if layout is None:
            unwindowed = replace(state, time_range=None)  # (the rows the event table asked for, when it has no window)
            lookup = session.event_lookup
            mask, rows = lookup.mask(unwindowed), lookup.rows(unwindowed)
            layout = in_order(self.plan(session, mode).layout(mask, state.filter_entity_ids, rows,
                                                              lookup.named_rows(unwindowed)), order)
        return keep_newest(self.recent, key, layout, self.KEPT_LAYOUTS, self.KEPT_LAYOUT_BYTES, shared=self._wholes())

    def _whole_in_order(self, mode: str, whole: Placements, order: str) -> Placements:
        """The whole layout ``whole`` with its lanes in ``order``, made once while that whole is the plan's."""
        if order == PLAN_ORDER:
            return whole
        kept = self.ordered.get((mode, order))
        if kept is None or kept[0] is not whole:  # (the last ``KEPT_PLANS``: a lane array each, 40 MB at ten million)
            kept = _newest(self.ordered, (mode, order), (whole, in_order(whole, order)), self.KEPT_PLANS)
        return kept[1]


def _newest(kept: dict, key, value, limit: int):
    """Put ``value`` in ``kept`` as its newest entry, dropping the oldest past ``limit``; returns it."""
    kept.pop(key, None)
    kept[key] = value
    while len(kept) > limit:
        del kept[next(iter(kept))]
    return value


def lane_plan(mode: str, arrays: EventArrays, session_like) -> LanePlan:
    """The lanes of ``mode`` over ``arrays``' events; ``session_like`` supplies ``documents``
    (indexed by doc_id), ``entity_names`` and ``tables["clusters"]``."""
    if mode not in LANE_MODES:
        raise ValueError(f"unknown lane mode {mode!r}; expected one of {sorted(LANE_MODES)}")
    if mode == "entity":
        return EntityLanes(arrays, session_like.entity_names)
    if mode == "document":
        return _document_lanes(arrays, session_like.documents)
    return _cluster_lanes(arrays, session_like.tables["clusters"])


def place_events(events: pd.DataFrame, session_like, mode: str, checked: frozenset[str] = frozenset(),
                 extents: tuple[np.ndarray, np.ndarray] | None = None) -> Placements:
    """Lay out every event of ``events`` (indexed by event_id) in lanes of ``mode`` (see ``lane_plan``)."""
    arrays = EventArrays(events, session_like.tables["clusters"], extents)
    return lane_plan(mode, arrays, session_like).layout(None, checked)


def timeline_stamp(session) -> str | None:
    """The stamp the timeline's arrays over ``session``'s tables are kept under (``derived_cache``): the content
    stamps of its events, documents and clusters when each is the table read from the workspace, whole and
    unchanged (``column_cache.frame_stamp``); None when one is not (an edit's, a script's tables)."""
    held = getattr(session, "held", None)
    if getattr(session, "path", None) is None or held is None:
        return None
    stamps = {}
    for name in ("events", "documents", "clusters"):
        stamp = frame_stamp(held(name))
        if stamp is None:
            return None
        stamps[name] = stamp
    return derived_stamp(TIMELINE_ARRAYS, stamps, TIMELINE_VERSION)


def read_timeline_arrays(path, stamp: str, events: int) -> dict[str, np.ndarray] | None:
    """The timeline's arrays kept under ``stamp`` for ``events`` events, mapped, when the file is there and they
    are shaped as ``Layouts`` keeps them (lengths that agree, row and lane numbers in range); else None (worked out
    again, and kept again). The checks are passes over the arrays (tens of milliseconds at ten million events): a
    damaged file is never trusted to index with."""
    kept = read_arrays(path, TIMELINE_ARRAYS, stamp)
    return kept if kept is not None and _well_shaped(kept, events) else None


def _well_shaped(kept: dict[str, np.ndarray], events: int) -> bool:
    def rows_in(name: str, size: int) -> bool:
        values = kept[name]
        return values.ndim == 1 and values.dtype.kind in "iu" and \
            (not len(values) or (int(values.min()) >= 0 and int(values.max()) < size))

    try:
        per_event = [kept[name] for name in ("x0", "x1", "start_rank", "certainty", "cluster_code")]
        if any(a.shape != (events,) for a in per_event) or kept["x0"].dtype != np.float64 or \
                kept["x1"].dtype != np.float64 or kept["conflicted"].dtype != bool or kept["conflicted"].ndim != 1:
            return False
        dated, undated, ordered = kept["dated_rows"], kept["undated_rows"], kept["dated_by_start"]
        if len(dated) + len(undated) != events or len(ordered) != len(dated) or \
                not all(rows_in(name, events) for name in ("dated_rows", "undated_rows", "dated_by_start")):
            return False
        codes = kept["cluster_code"]
        if codes.dtype.kind not in "iu" or (len(codes) and (int(codes.min()) < -1 or
                                                           int(codes.max()) >= len(kept["conflicted"]))):
            return False
        keys, lanes = kept["document_keys"], len(kept["document_keys"])
        rows = ordered if kept["document_shared"][0] else kept["document_rows"]
        placed = len(rows)
        if keys.dtype != object or kept["document_lane_sizes"].shape != (lanes,) or \
                int(kept["document_lane_sizes"].sum()) != placed or kept["document_row_lanes"].shape != (placed,) or \
                not rows_in("document_row_lanes", lanes) or (not kept["document_shared"][0] and
                                                             not rows_in("document_rows", events)):
            return False
        if "document_in_table" in kept:
            in_table = int(kept["document_in_table"][0])
            if not 0 <= in_table <= lanes or kept["document_plain"].shape != (in_table,) or \
                    kept["document_may_repeat"].shape != (in_table,):
                return False
        whole = [kept.get(f"document_whole_{name}") for name in ("x0", "x1", "is_bar")]
        return all(a is None for a in whole) or all(a is not None and a.shape == (placed,) for a in whole)
    except (KeyError, IndexError, TypeError, ValueError):
        return False


def kept_document_lanes(arrays: EventArrays, kept: dict[str, np.ndarray]) -> KeyedLanes | None:
    """The document lanes from their parts kept with the timeline's arrays (``KeyedLanes.kept_parts``), or None
    when their labels were not kept."""
    if "document_in_table" not in kept:
        return None
    keys, in_table = kept["document_keys"], int(kept["document_in_table"][0])
    labels = DocumentLabels.of(keys[:in_table], kept["document_plain"], kept["document_may_repeat"])
    shared = bool(kept["document_shared"][0])
    plan = KeyedLanes.made(arrays, arrays.dated_by_start if shared else kept["document_rows"],
                           kept["document_row_lanes"], kept["document_lane_sizes"], keys,
                           _document_names(labels, keys), shared)
    plan.labels_made = labels
    if plan.lazy and "document_whole_x0" in kept:
        plan.whole_extents = (kept["document_whole_x0"], kept["document_whole_x1"], kept["document_whole_is_bar"])
    return plan


def _document_lanes(arrays: EventArrays, documents: pd.DataFrame) -> KeyedLanes:
    uniques, lane_of_row = _held_values(arrays, "doc_id", _dated_doc_codes)  # the documents the events name
    present = set(uniques)
    docs = documents[documents["doc_id"].isin(present)]
    published = docs["published"].fillna("").replace("", "9999")
    docs = docs.assign(_sort=published).sort_values(["_sort", "name"], kind="stable")
    labels = DocumentLabels(docs)
    keys = labels.keys.tolist()
    keys += sorted(present - set(keys))  # events of documents not in the table: labelled by their id
    plan = KeyedLanes(arrays, lane_of_row(keys), keys, _document_names(labels, np.array(keys, dtype=object)))
    plan.labels_made = labels
    return plan


def _document_names(labels: DocumentLabels, keys: np.ndarray) -> Callable[[np.ndarray], list[str]]:
    """Lane numbers -> the names of the document lanes shown: a document of the table by its label (the first
    ``labels.keys``), one the table lacks by its id."""
    in_table = len(labels.keys)

    def names(shown: np.ndarray) -> list[str]:
        return labels.names(shown[shown < in_table]) + keys[shown[shown >= in_table]].tolist()

    return names


def _dated_doc_codes(arrays: EventArrays) -> tuple[np.ndarray, np.ndarray]:
    """The dated events' documents as codes into the documents they name, for a column read without its codes
    (else ``_kept_lane_codes``)."""
    doc_ids = arrays.column("doc_id", arrays.dated_rows)
    if pd.api.types.infer_dtype(doc_ids) != "string":
        doc_ids = np.array([str(d) for d in doc_ids], dtype=object)
    codes, uniques = pd.factorize(doc_ids)
    return codes, np.asarray(uniques, dtype=object)


def _held_values(arrays: EventArrays, name: str, factorize) -> tuple[np.ndarray, Callable[[Any], np.ndarray]]:
    """(the values of column ``name`` the dated events hold, ``lane_of_row(keys)``: each event row's lane among
    the lane keys ``keys``, -1 for undated events): from the codes the column was read with when kept (see
    ``_kept_lane_codes``), else from ``factorize(arrays)``, the dated events' (codes, values)."""
    kept = _kept_lane_codes(arrays, name)
    if kept is not None:
        return kept
    codes, uniques = factorize(arrays)
    return uniques, lambda keys: _lane_of_row(arrays, codes, uniques, keys)


def _kept_lane_codes(arrays: EventArrays, name: str) -> tuple[np.ndarray, Callable[[Any], np.ndarray]] | None:
    """For a column read with codes (``coded.kept_codes``): (the values the dated events hold,
    ``lane_of_row(keys)``), where ``lane_of_row`` numbers each row's lane from the lane keys ``keys`` in one take of the
    column's codes (undated rows -1, 32-bit numbers when they fit); else None. The values the dated events hold
    are counted as all rows' less the undated rows': no pass over the dated rows' codes, no renumbered copy, no
    table of ten million lanes filled and then written into (0.3-0.5 s at ten million events)."""
    kept = kept_codes(arrays.events[name])
    if kept is None:
        return None
    all_codes, values = kept
    if len(all_codes) and int(all_codes.min()) < 0:  # (a categorical's missing value: not a key)
        return None
    counts = np.bincount(all_codes, minlength=len(values))
    counts -= np.bincount(all_codes[arrays.undated_rows], minlength=len(values))
    named = np.flatnonzero(counts)

    def lane_of_row(keys) -> np.ndarray:
        lanes = pd.Index(np.asarray(keys, dtype=object)).get_indexer(values[named])
        lane_of_code = np.full(len(values), -1, dtype=np.int32 if len(keys) < np.iinfo(np.int32).max else np.int64)
        lane_of_code[named] = lanes
        rows = lane_of_code[all_codes]
        rows[arrays.undated_rows] = -1
        return rows

    return values[named], lane_of_row


def _cluster_lanes(arrays: EventArrays, clusters: pd.DataFrame) -> KeyedLanes:
    uniques, lane_of_row = _held_values(arrays, "cluster_id", _dated_cluster_codes)  # (as the document lanes)
    present = set(uniques) - {""}
    rows = clusters[clusters["cluster_id"].isin(present)]
    rows = rows.assign(_sort=rows["date_start"].replace("", "9999")).sort_values(["_sort", "label"])
    labels = ClusterLabels(rows)
    in_table = len(labels.keys)
    keys = labels.keys.tolist()
    keys += sorted(present - set(keys))
    if "" in set(uniques):
        keys.append("")
    keys_array = np.array(keys, dtype=object)
    extra_names = np.array([k or UNCLUSTERED for k in keys], dtype=object)

    def names(shown: np.ndarray) -> list[str]:
        return labels.names(shown[shown < in_table]) + extra_names[shown[shown >= in_table]].tolist()

    return KeyedLanes(arrays, lane_of_row(keys_array), keys, names)


def _dated_cluster_codes(arrays: EventArrays) -> tuple[np.ndarray, np.ndarray]:
    """The dated events' clusters as codes into the clusters they name ("" for none), for a column read
    without its codes."""
    return pd.factorize(text_values(arrays.events["cluster_id"].iloc[arrays.dated_rows]))


def _by_lane_then_start(rows: np.ndarray, lanes: np.ndarray, start_ranks: np.ndarray) -> np.ndarray:
    """``rows`` ordered by lane, then by start (``EventArrays.start_rank``: the same order as the starts), ties
    in the rows' order: one stable sort of one integer key per row (18 ms at a million events, where a
    ``lexsort`` of the lanes and the float starts took 124 ms)."""
    if not len(rows):
        return rows
    key = lanes.astype(np.int64) * (int(start_ranks.max()) + 1) + start_ranks
    return rows[np.argsort(key, kind="stable")]  # (rows come nearly in lane order: numpy's merge sort beats radix)


def _lane_of_row(arrays: EventArrays, codes: np.ndarray, uniques, keys) -> np.ndarray:
    """Each event row's lane number (-1 for undated events), from the dated events' key codes."""
    lane_of_code = pd.Index(np.asarray(keys, dtype=object)).get_indexer(np.asarray(uniques, dtype=object))
    lane_of_row = np.full(len(arrays.ids), -1, dtype=np.int64)
    lane_of_row[arrays.dated_rows] = lane_of_code[codes]
    return lane_of_row


def _with_cluster_order(placed: Placements, cluster_code: np.ndarray) -> Placements:
    """The placements with their cluster grouping (see ``Placements``), sorted once (a lazy layout's when its
    connectors are first drawn)."""
    if not placed.laid_out:
        return placed
    code = cluster_code[placed.event_row][placed.time_order] if len(placed) else np.empty(0, dtype=np.int64)
    clustered = np.flatnonzero(code >= 0)
    placed.cluster_order = placed.time_order[clustered[stable_order(code[clustered])]]
    return placed


def _compact(numbers: np.ndarray) -> np.ndarray:
    """Row or lane numbers as 32-bit integers when they fit (ten million of them: 40 MB, not 80)."""
    fits = not len(numbers) or (int(numbers.max()) < np.iinfo(np.int32).max and int(numbers.min()) >= -1)
    return numbers.astype(np.int32) if fits and numbers.dtype != np.int32 else numbers


def _known_offsets(blocks: list[np.ndarray], known: list[np.ndarray | None]) -> tuple[np.ndarray, np.ndarray]:
    """(known, offsets) over the lanes' placements laid end to end: the lanes with known offsets."""
    sizes = [len(block) for block in blocks]
    is_known = np.repeat([k is not None for k in known], sizes).astype(bool)
    offsets = np.zeros((sum(sizes), 2))
    offsets[is_known] = np.concatenate([np.zeros((0, 2)), *(k for k in known if k is not None)])
    return is_known, offsets


def _ranks(x0: np.ndarray, dated_rows: np.ndarray) -> np.ndarray:
    """Each dated event's start as its rank among the distinct starts: sorting these small integers
    (numpy sorts 16-bit ones by radix) orders events by start at a fraction of sorting the floats."""
    ranks, distinct = _day_ranks(x0[dated_rows])
    rank = np.zeros(len(x0), dtype=np.uint16 if distinct <= 1 << 16 else np.int64)
    rank[dated_rows] = ranks
    return rank


def _day_ranks(starts: np.ndarray) -> tuple[np.ndarray, int]:
    """Each start's rank among the distinct starts, and how many there are. Starts are whole days: ranked by
    marking the days present over their span and counting (two passes, no sort, no hashing of ten million
    floats); other values, or a span past ``DAY_SPAN_LIMIT`` days, by a sorted factorize."""
    if len(starts):
        days = np.floor(starts / DAY)
        first, span = days.min(), days.max() - days.min()
        if span < DAY_SPAN_LIMIT and np.array_equal(days * DAY, starts):
            offsets = (days - first).astype(np.int64)
            present = np.zeros(int(span) + 1, dtype=bool)
            present[offsets] = True
            rank_of_day = np.cumsum(present) - 1
            return rank_of_day[offsets], int(rank_of_day[-1]) + 1
    ranks, distinct = pd.factorize(starts, sort=True)
    return ranks, len(distinct)


DAY_SPAN_LIMIT = 10_000_000  # days (27,000 years): a table of marks this long is 10 MB


_LANE_COLUMNS = ("date_start", "date_end", "doc_id", "cluster_id")  # what the document and cluster lanes read of events


def _read_tables(session) -> tuple:
    """The tables besides the events that the arrays and the document and cluster lanes read (by identity)."""
    held = getattr(session, "held", session.table)  # (a table read after the window is drawn: as held, not made)
    return tuple(id(held(name)) for name in ("clusters", "documents"))


def _drawn(session, name: str) -> pd.DataFrame:
    """``session``'s table as the first window draws it (``Session.drawn``: the clusters without their lists
    while those are being made), or the table."""
    return session.drawn(name) if hasattr(session, "drawn") else session.tables[name]
