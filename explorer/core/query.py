"""Which rows are in view for a selection: the filters every view applies alike.

An event is in view when it involves at least one checked entity (as participant
or place) — or no entity is checked — and its dates overlap the time window — or
no window is set — and it is one of the events the view was narrowed to (search
hits) — or it was not narrowed — and it carries the mark filtered on (or, for
"not yet reviewed", does not) — or no mark filter is set. Undated events never fall inside a time window.

The query bar's line (``filter_query``) keeps the events it matches too; it needs the other tables
(documents, entities, the full-text index), so only ``EventLookup`` answers it, through the query
language's context the session gives it (``set_query``); ``events_in_view`` leaves it out.

``events_in_view`` answers for any events table. ``EventLookup`` answers the same
question for one table many times (the GUI asks after every gesture): built once,
it holds each entity's events (the ``RowsByKey`` the edits' index keeps, so an edit
that hands on its index costs the lookup nothing more) and the dates as arrays, so a
filter costs a few array operations rather than a Python step per event, and the last
answer is kept for the other views that ask about the same filters.
"""

from __future__ import annotations

import operator
import threading
from collections.abc import Callable
from typing import Protocol

import numpy as np
import pandas as pd

from explorer.core.coded import _found, _keep, codes_of, flat_of, lists_of, one_chunk, value_mask, values_at
from explorer.core.edits.index import RowsByKey, event_rows
from explorer.core.kept import held_bytes, keep_newest
from explorer.core.later import Later, resolved
from explorer.core.scratch import Scratch
from explorer.core.selection import SelectionState

RECENT_ANSWERS = 4  # views ask with and without the time window: keep both, and the previous filters
RECENT_BYTES = 48 << 20  # ... while their masks and rows fit (the newest two always): at ten million events an
                         # entity's answer is a 10 MB mask and its rows (8 MB for two million), four of them ~100 MB
SPARE_BYTES = 24 << 20  # buffers no answer uses kept for the next one's mask and rows (``core.scratch``): one
                        # answer of the busiest entity at ten million events (10 MB mask, 9 MB of rows, 2 MB of marks)
EACH_ONCE_CHUNK = 1 << 13  # rows compacted at a time by ``_each_once`` (its temporaries stay small)
MARKED_UP_TO = 0.75  # of an order's rows kept, up to which ``RowOrder.kept`` marks where they stand
WARM_FROM = 100_000  # an entity's events from which a view's order works out where they stand ahead (``RowOrder``)
WARM_SHARE = 0.02  # ... and of the table's events
WARMED = 8  # the most entities a view's order works that out for ahead, the most involved first


class QueryMasks(Protocol):
    """What answers a query line with one bool an event (``query_language.QueryContext``)."""

    def mask(self, line: str) -> np.ndarray: ...


def events_in_view(events: pd.DataFrame, state: SelectionState) -> pd.DataFrame:
    """The events the selection's filters let through, in their original order."""
    mask = pd.Series(True, index=events.index)
    if state.filter_entity_ids:
        mask &= involves_any(events, state.filter_entity_ids)
    if state.filter_event_ids:
        mask &= events["event_id"].isin(state.filter_event_ids)
    if state.time_range is not None:
        mask &= overlaps(events, *state.time_range)
    if state.mark_filter is not None:
        marked = events["event_id"].isin(state.mark_filter.event_ids)
        mask &= marked if state.mark_filter.present else ~marked
    return events[mask]


def involves_any(events: pd.DataFrame, entity_ids: frozenset[str]) -> pd.Series:
    """True for events with one of ``entity_ids`` as a participant or the place.

    An empty place is no place: it involves no entity, not even an id "" a selection may hold.
    """
    wanted = list(entity_ids)
    counts, items = flat_of(events["participants"])  # (no Python list a row, none kept, when the column is Arrow)
    found = np.zeros(len(events), dtype=bool)
    found[np.repeat(np.arange(len(events)), counts)[pd.Series(items, dtype=object).isin(wanted).to_numpy()]] = True
    # the places tested once each when the column holds codes (``coded.value_mask``), else row by row
    found |= value_mask(events["place"], lambda places: (places != "") & pd.Series(places, dtype=object).isin(wanted).to_numpy())
    return pd.Series(found, index=events.index, dtype=bool)


def overlaps(events: pd.DataFrame, start: str, end: str) -> pd.Series:
    """True for dated events whose [date_start, date_end] meets [start, end]."""
    dated = events["date_start"] != ""
    return dated & (events["date_start"] <= end) & (events["date_end"] >= start)


class EventLookup:
    """``events_in_view`` for one events table, answered from arrays built once.

    The table must not change after the lookup is built (the session builds a new
    one for new tables). ``rows``: each entity's event rows when already grouped
    (``edits.index.event_rows``, over the same rows in the same order). ``later``: the ids'
    hash table, which only finding an event by id needs, is built later (``Later``).
    """

    def __init__(self, events: pd.DataFrame, rows: RowsByKey | Later | None = None, later: bool = False) -> None:
        self.events = events
        # the table's own index when it is the event ids (the session's is): one ``IdPositions`` for every view
        ids = events.index if events.index.name == "event_id" else pd.Index(events["event_id"], dtype=object)
        self._positions = ids
        # the ids' sorted order (``IdPositions``: ~120 MB at ten million events where pandas' hash table over the
        # index took ~300 MB) only finds events by id (a selection, a search's hits): with ``later`` (the window's
        # opening) worked out after the first window is drawn, or by the first such look-up, in its thread (``Later``)
        self._unique_ids: Later | IdPositions = Later(lambda: id_positions(ids)) if later else id_positions(ids)
        self._starts, self._start_values, self._dated = _ranks(events["date_start"])
        self._ends, self._end_values, _ = _ranks(events["date_end"])
        self._rows = rows if rows is not None else event_rows(events)
        self._recent: dict[tuple, list] = {}  # a few last answers [mask, frame or None, rows or None], newest last
        self._scratch = Scratch(SPARE_BYTES)  # the answers' masks and rows: memory dropped answers used (Run s14b)
        self._query: QueryMasks | None = None  # answers the selection's query line (``set_query``)

    def updated(self, events: pd.DataFrame, rows: RowsByKey | Later | None = None) -> EventLookup:
        """The lookup for ``events``, a new version of this lookup's table: what did not change is reused.

        The same events in the same order (an edit of entities, notes or tags): the ids and the dates are
        kept when their columns are equal, and each entity's events are ``rows`` when given (the edit's
        index, patched), else only the events whose participants or place changed are indexed again.
        Any other table: built anew.
        """
        old = self.events
        if len(events) != len(old) or not same_values(events["event_id"], old["event_id"]):
            return EventLookup(events, rows)
        lookup = EventLookup.__new__(EventLookup)
        lookup.events = events
        lookup._positions, lookup._unique_ids = self._positions, self._unique_ids
        if same_values(events["date_start"], old["date_start"]) and same_values(events["date_end"], old["date_end"]):
            lookup._dated, lookup._starts, lookup._start_values = self._dated, self._starts, self._start_values
            lookup._ends, lookup._end_values = self._ends, self._end_values
        else:
            lookup._starts, lookup._start_values, lookup._dated = _ranks(events["date_start"])
            lookup._ends, lookup._end_values, _ = _ranks(events["date_end"])
        lookup._rows = rows if rows is not None else resolved(self._rows).with_rows(self._rows_changed(events))
        lookup._recent = {}
        lookup._query = None  # (the session sets the new tables' own: ``set_query``)
        lookup._scratch = self._scratch  # (buffers the old lookup's answers still view stay theirs: ``Scratch``)
        return lookup

    def _rows_changed(self, events: pd.DataFrame) -> dict[str, np.ndarray]:
        """The rows of each entity involved, before or after, in an event whose participants or place changed."""
        old_lists, new_lists = lists_of(self.events["participants"]), lists_of(events["participants"])
        old_places, new_places = _places(self.events["place"]), _places(events["place"])
        changed = np.fromiter(map(operator.is_not, old_lists, new_lists), bool, len(new_lists)) | (old_places != new_places)
        rows = np.flatnonzero(changed)
        added: dict[str, list[int]] = {}
        touched: set[str] = set()
        for row in rows.tolist():
            touched.update(_involved(old_lists[row], old_places[row]))
            for entity_id in _involved(new_lists[row], new_places[row]):
                added.setdefault(entity_id, []).append(row)
        touched.update(added)
        result = {}
        for entity_id in touched:  # rows kept (unchanged events) and rows added (changed events): never both
            rows_before = self._rows_of(entity_id)
            result[entity_id] = np.sort(np.concatenate([rows_before[~changed[rows_before]],
                                                        np.asarray(added.get(entity_id, []), dtype=rows_before.dtype)]))
        return result

    def _rows_of(self, entity_id: str) -> np.ndarray:
        """Row positions of the events an entity is involved in."""
        return resolved(self._rows).rows_of(entity_id)  # (a ``Later`` while the workspace opens)

    def mask(self, state: SelectionState) -> np.ndarray:
        """True for the rows of the table in view (one bool per row, in table order)."""
        return self._answer(state)[0]

    def in_view(self, state: SelectionState) -> pd.DataFrame:
        """The rows in view, as ``events_in_view`` gives them (a shallow copy: changing it leaves the table alone)."""
        answer = self._answer(state)
        if answer[1] is None:  # the frame is taken when a view first asks for it, not for every mask
            answer[1] = self.events if answer[0].all() else self.events[answer[0]]
        return answer[1].copy(deep=False)

    def rows(self, state: SelectionState) -> np.ndarray:
        """The positions of the rows in view, ascending (``mask``'s, worked out once per answer: the views that
        ask about the same filters share them)."""
        answer = self._answer(state)
        if answer[2] is None:
            named = self.named_rows(state)
            # one entity alone: its own rows (ascending, a row twice when it names it twice) each once, in their
            # 32 bits, not every row's mark read (at ten million events a pass over 10 MB and a fresh 17 MB of
            # int64 for the busiest entity's two million rows, at each of its filters: Run s14)
            rows = _each_once(named, self._scratch) if named is not None else np.flatnonzero(answer[0])
            rows.flags.writeable = False  # (shared by the views)
            answer[2] = rows
            self._bound_answers()
        return answer[2]

    def named_rows(self, state: SelectionState) -> np.ndarray | None:
        """When the filters are one checked entity alone: that entity's event rows as the lookup holds them
        (the same array each time, so a view's ``RowOrder`` can find where they stand worked out ahead:
        ``heavy_rows``); else None."""
        if len(state.filter_entity_ids) != 1 or state.filter_event_ids or state.time_range is not None \
                or state.mark_filter is not None or state.filter_query:
            return None
        return self._rows_of(next(iter(state.filter_entity_ids)))

    def heavy_rows(self) -> list[np.ndarray]:
        """The event rows (``named_rows``) of the entities involved in the most events: at least
        ``WARM_FROM`` and ``WARM_SHARE`` of the table's, ``WARMED`` at most, the most involved first. The buffers
        of a filter of one of them (its mask and rows) are reserved (``Scratch.reserve``) when there are some."""
        least = max(WARM_FROM, int(WARM_SHARE * len(self.events)))
        heavy = [self._rows_of(key) for key in resolved(self._rows).largest(WARMED, least)]
        if heavy:  # (asked in the work after the first window: the buffers of a filter of them made then, mapped)
            self._scratch.reserve([len(self.events), max(map(len, heavy)) * heavy[0].itemsize])
        return heavy

    def heavy_rows_ready(self) -> bool:
        """Whether ``heavy_rows`` answers without waiting for the work after the first window."""
        return not isinstance(self._rows, Later) or self._rows.done()

    def positions_of(self, event_ids) -> np.ndarray:
        """Row positions of the given event ids in the table (unknown ids left out), in the ids' order (every
        row of an id the table holds more than once, ascending, when its ids are not unique)."""
        event_ids = list(event_ids)
        if not event_ids:  # (nothing selected: the views ask as they draw; the ids' order stays for later)
            return np.zeros(0, dtype=np.int64)
        return resolved(self._unique_ids).positions(event_ids)  # (the ids' order, worked out now if it is not yet)

    def position_of(self, event_id: str) -> int | None:
        """The row of one event id (the first, when the table holds it more than once), or None."""
        return resolved(self._unique_ids).position(event_id)

    def set_query(self, query: QueryMasks | None) -> None:
        """Answer the selection's query line (``filter_query``) with ``query`` (the query language's context over
        this lookup's tables, which the core's query floor does not import): the answers of queries kept so far
        are dropped (the line may mean other events over other entities, documents or tags)."""
        self._query = query
        self._recent = {key: answer for key, answer in self._recent.items() if not key[3]}

    def involving(self, entity_ids) -> np.ndarray:
        """A new mask: True for the events an entity of ``entity_ids`` takes part in (participant or place)."""
        involved = np.zeros(len(self.events), dtype=bool)
        for entity_id in entity_ids:
            involved[self._rows_of(entity_id)] = True
        return involved

    def within(self, start: str, end: str) -> np.ndarray:
        """A new mask: True for the dated events whose dates overlap [start, end] (ISO, inclusive), as the
        time window keeps them (rank comparisons: a date is <= end when fewer than "values <= end" precede it)."""
        before_end = np.searchsorted(self._start_values, end, side="right")
        from_start = np.searchsorted(self._end_values, start, side="left")
        return self._dated & (self._starts < before_end) & (self._ends >= from_start)

    def _answer(self, state: SelectionState) -> list:
        key = (state.filter_entity_ids, state.filter_event_ids, state.time_range, state.mark_filter, state.filter_query)
        answer = self._recent.pop(key, None)
        if answer is None:
            answer = [self._mask(state), None, None]
        self._recent[key] = answer
        self._bound_answers()
        return answer

    def _bound_answers(self) -> None:
        """Keep the last ``RECENT_ANSWERS`` answers, fewer past ``RECENT_BYTES`` of masks and rows (the newest two
        always: a gesture's views ask with and without its time window)."""
        newest = next(reversed(self._recent))
        keep_newest(self._recent, newest, self._recent[newest], RECENT_ANSWERS, RECENT_BYTES, floor=1,
                    size=_answer_bytes)
        self._scratch.trim()  # (the buffers of answers let go: ``SPARE_BYTES`` of them kept)

    def _mask(self, state: SelectionState) -> np.ndarray:
        if state.filter_entity_ids and not state.filter_event_ids and state.time_range is None \
                and state.mark_filter is None and not state.filter_query:
            return self._involving(state.filter_entity_ids)  # (the mask itself: no second array of ten million)
        mask = np.ones(len(self.events), dtype=bool)
        if state.filter_entity_ids:
            mask &= self._involving(state.filter_entity_ids)
        if state.filter_event_ids:
            narrowed = np.zeros(len(self.events), dtype=bool)
            narrowed[self.positions_of(state.filter_event_ids)] = True
            mask &= narrowed
        if state.time_range is not None:
            mask &= self.within(*state.time_range)
        if state.mark_filter is not None:  # (the marked events are a few: found by id, never a pass over every id)
            marked = np.zeros(len(self.events), dtype=bool)
            marked[self.positions_of(state.mark_filter.event_ids)] = True
            mask &= marked if state.mark_filter.present else ~marked
        if state.filter_query:
            # (no context: a lookup outside a session, e.g. a script, has no documents to answer with; keeps all)
            if self._query is not None:
                mask &= self._query.mask(state.filter_query)
        return mask

    def _involving(self, entity_ids: frozenset[str]) -> np.ndarray:
        involved = self._scratch.zeros(len(self.events), bool)
        for entity_id in entity_ids:
            involved[self._rows_of(entity_id)] = True
        return involved


class RowOrder:
    """Some rows of a table in a view's order (the event table's by date, the timeline's by start), and the
    rows a filter keeps in that order.

    ``kept`` marks where each kept row stands in the order (one look-up per kept row, in the rows' order) and
    reads the marks in order, rather than reading the filter's mask at every row of the order: at ten million
    rows the mask read in the order's (random) row order took 50-110 ms, where marking the two million an
    entity keeps takes ~20 ms. Where each row stands is worked out once per order: with ``later`` (a view's
    order made as the window opens) after the first window is drawn (``Later``: 30-60 ms at ten million
    rows, which the first filter would otherwise pay), else when first needed.

    With ``warm`` (``EventLookup.heavy_rows``: the event rows of the few entities involved in the most events)
    the same work after the first window also marks where each of those entities' events stands, once: a
    filter of one of them (``EventLookup.named_rows``) then takes those indices as they are. At ten million
    events the busiest entity takes part in two million; each view's marking of them and reading ten million
    marks (~20 ms of GUI-thread CPU a view, the table's and the timeline's) is done once, off the GUI thread.
    The answers are found by the rows' array itself (the lookup's, never written in place), so an edit that
    gives an entity new rows gives it a new array, which is marked as any other.
    """

    def __init__(self, order: np.ndarray, size: int, later: bool = False,
                 warm: Callable[[], list[np.ndarray]] | None = None) -> None:
        self.order = order  # row positions, each at most once
        self._size = size  # rows in the table
        # row -> its index in ``order`` (-1: not in it)
        self._where: np.ndarray | Later | None = Later(self._where_made) if later else None
        # where the rows of a few big entities stand (``EventLookup.heavy_rows``), worked out ahead after the
        # first window is drawn (``Later``): (their rows, the indices kept), by ``_named_key``
        self._named: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}
        self._warming = Later(lambda: self._warm(warm)) if later and warm is not None else None

    def kept(self, mask: np.ndarray, rows: np.ndarray | None = None, named: np.ndarray | None = None) -> np.ndarray:
        """The indices into ``order`` (ascending) of the rows ``mask`` keeps; ``rows``, when given, are those
        rows (``EventLookup.rows``); ``named``, when given, the rows of the one entity the filter keeps as the
        lookup holds them (``EventLookup.named_rows``: a row may be there twice): when they are one of the big
        entities worked out ahead, their indices are taken as they are (the two million events of the busiest
        entity at ten million events: ~20 ms a view of marking and reading ten million marks saved)."""
        if named is not None:
            known = self._named.get(_named_key(named))
            if known is not None and _same_slice(known[0], named):
                return known[1]
        if rows is None or len(rows) > MARKED_UP_TO * len(self.order):  # (most rows kept: read the mask)
            return np.flatnonzero(mask[self.order])
        return self._marked(rows)

    def _marked(self, rows: np.ndarray) -> np.ndarray:
        at = self.where()[rows]
        marked = np.zeros(len(self.order), dtype=bool)
        marked[at[at >= 0]] = True
        return np.flatnonzero(marked)

    def _warm(self, heavy: Callable[[], list[np.ndarray]]) -> None:
        """Work out where each of ``heavy()``'s row sets stands (in the ``Later`` thread: numpy lets go of the
        interpreter for the work; the dictionary takes each answer whole). What is held is at most as many
        32-bit numbers as the order has rows (40 MB at ten million; the busiest entity of the bench's ten
        million events, 2.1 million events, 8 MB): the sets past that are marked when filtered, as any other."""
        room = len(self.order)
        for rows in heavy():
            if len(rows) <= min(MARKED_UP_TO * len(self.order), room) and (not len(rows) or rows[-1] < self._size):
                kept = self._marked(rows).astype(self.where().dtype, copy=False)  # (32 bits when they fit)
                kept.flags.writeable = False  # (shared by every filter of the entity)
                self._named[_named_key(rows)] = (rows, kept)
                room -= len(rows)

    def warmed(self) -> int:
        """How many row sets were worked out ahead (waiting for the work when it is under way)."""
        if self._warming is not None:
            resolved(self._warming)
        return len(self._named)

    def where(self) -> np.ndarray:
        """Each row's index in the order (-1 for a row not in it), as 32-bit numbers when they fit."""
        if self._where is None:
            self._where = self._where_made()
        return resolved(self._where)

    def _where_made(self) -> np.ndarray:
        dtype = np.int32 if len(self.order) < np.iinfo(np.int32).max else np.int64
        where = np.full(self._size, -1, dtype=dtype)
        where[self.order] = np.arange(len(self.order), dtype=dtype)
        return where


def _each_once(rows: np.ndarray, scratch: Scratch | None = None) -> np.ndarray:
    """Ascending ``rows`` with each row once (a row named twice by an entity, as participant and place, is one
    event in view), in ``scratch``'s memory when given: counted, then copied, a chunk at a time (no mark a row
    nor ``compress``'s 8 bytes a row of indices made whole)."""
    if len(rows) < 2:
        return rows.copy()
    chunks = range(0, len(rows), EACH_ONCE_CHUNK)
    count = sum(int(np.count_nonzero(_firsts(rows, start))) for start in chunks)
    kept = scratch.empty(count, rows.dtype) if scratch is not None else np.empty(count, dtype=rows.dtype)
    done = 0
    for start in chunks:
        part = rows[start:start + EACH_ONCE_CHUNK][_firsts(rows, start)]
        kept[done:done + len(part)] = part
        done += len(part)
    return kept


def _firsts(rows: np.ndarray, start: int) -> np.ndarray:
    """Whether each of the ``EACH_ONCE_CHUNK`` ascending ``rows`` from ``start`` differs from the one before it."""
    part = rows[start:start + EACH_ONCE_CHUNK]
    firsts = np.empty(len(part), dtype=bool)
    firsts[0] = start == 0 or rows[start] != rows[start - 1]
    np.not_equal(part[1:], part[:-1], out=firsts[1:])
    return firsts


def _answer_bytes(answer: list) -> int:
    """The bytes of an answer's mask and rows (its frame, when a view asked for one, shares the table's columns
    or copies the rows in view: counted as its index's rows)."""
    mask, frame, rows = answer
    return held_bytes([mask, rows]) + (0 if frame is None else 8 * len(frame))


def _named_key(rows: np.ndarray) -> tuple:
    """Where an array's values start and how many: with ``_same_slice``, a slice of the same held array."""
    return rows.__array_interface__["data"][0], len(rows), rows.strides, rows.dtype.str


def _same_slice(held: np.ndarray, rows: np.ndarray) -> bool:
    """Whether ``rows`` views the same memory as ``held`` (which keeps that memory alive, so the address was
    not reused): the same values, as the lookup's rows are never written in place."""
    base = held.base if held.base is not None else held
    return (rows.base if rows.base is not None else rows) is base and _named_key(held) == _named_key(rows)


def _places(column: pd.Series) -> np.ndarray:
    """The events' places as an object array of strings (a categorical's: its strings taken by its codes)."""
    return values_at(column, slice(None))


def same_values(new: pd.Series, old: pd.Series) -> bool:
    """Whether two columns hold the same values: at once when they share their memory (an edit's shallow
    copy of a table shares every column it left alone), else compared value by value."""
    if isinstance(new.dtype, pd.StringDtype) or isinstance(old.dtype, pd.StringDtype):
        return _same_arrow_strings(new, old)
    a, b = new.to_numpy(), old.to_numpy()
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    if a is b or (a.__array_interface__["data"][0] == b.__array_interface__["data"][0] and a.strides == b.strides):
        return True
    return bool((a == b).all())


def _same_arrow_strings(new: pd.Series, old: pd.Series) -> bool:
    """``same_values`` of Arrow-backed strings (the window's event ids: ``ARROW_KEYS``), compared in C, never made
    into ten million Python strings (``to_numpy``): at once when they are the same array."""
    import pyarrow as pa

    if len(new) != len(old) or new.dtype != old.dtype:
        return False
    a, b = pa.array(new.array), pa.array(old.array)
    return a is b or a.equals(b)


def _involved(participants, place: str) -> set[str]:
    """The entities an event involves, as ``edits.index.event_rows`` groups them."""
    involved = set(participants) if isinstance(participants, (list, tuple, np.ndarray)) else set()
    return involved | {place} if place != "" else involved


SEARCHED_UP_TO = 1 / 16  # of the table's ids, up to which ids asked for are found by binary search (``IdPositions``)
BISECTED_ONE_BY_ONE = 32  # wanted ids up to which Arrow-held ids are searched an id at a time, not all at each step


class IdPositions:
    """Finds the rows of ids among a table's ids (strings) without a hash table over them all.

    pandas' hash table over ten million event ids (``Index.get_indexer``, ``id in index``, ``.at[id, ...]``)
    held ~300 MB for the window's whole life, where looking ids up is rare and about a few: a click, a hover,
    a selection, a search's hits. This holds the ids' sorted order instead (each one's row: 4 bytes), sorted in C
    by Arrow (UTF-8 bytes sort as Python's ``str`` compares), and finds ids by binary search (~23 comparisons an id
    at ten million). Ids held as Arrow strings (the window's event ids: ``table_reader.ARROW_KEYS``) are searched
    in their own array, all the wanted ids a step at a time in C (``_bisect``): no Python string is made for the ids
    not asked for. Ids held as Python strings keep their sorted pointers (8 bytes an id) for ``numpy.searchsorted``.
    Many ids at once (more than ``SEARCHED_UP_TO`` of the table's) are found by one pass over the table's ids
    (``isin``: a hash of the few asked for). Ids that are not unique are found by that pass always.
    """

    def __init__(self, ids) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        self._ids = ids  # (held: the index, or its values)
        self._arrow = arrow_strings(ids)  # (the ids' own Arrow array, or None: Python strings)
        pool = pa.system_memory_pool()  # (malloc's: the sort's scratch, ~270 MB at ten million, given back after)
        if self._arrow is None:
            values = np.asarray(ids, dtype=object)
            order = pc.sort_indices(pa.array(values, type=pa.large_string(), memory_pool=pool),
                                    memory_pool=pool).to_numpy()
        else:
            order = pc.sort_indices(self._arrow, memory_pool=pool).to_numpy()
        self._rows = order.astype(np.int32 if len(order) < np.iinfo(np.int32).max else np.int64)
        if self._arrow is None:
            self._sorted = values[self._rows]
            self.unique = not bool((self._sorted[1:] == self._sorted[:-1]).any())
        else:
            self._sorted = None
            ordered = pc.take(self._arrow, pa.array(self._rows), memory_pool=pool)  # (for the check only: freed after)
            self.unique = len(ordered) < 2 or not pc.any(pc.equal(ordered[1:], ordered[:-1])).as_py()

    def __len__(self) -> int:
        return len(self._rows)

    def positions(self, wanted) -> np.ndarray:
        """The rows of the ``wanted`` ids, in their order (unknown ids left out; when the ids are not unique,
        every row of each, ascending)."""
        wanted = np.asarray([w for w in wanted if isinstance(w, str)], dtype=object)  # (ids are strings)
        if not len(wanted):
            return np.zeros(0, dtype=np.int64)
        if not self.unique:
            return np.flatnonzero(self._isin(wanted))
        if len(wanted) > SEARCHED_UP_TO * len(self):
            return self._passed(wanted)
        at = self._bisect(wanted)
        found = at < len(self)
        found[found] = self._at(at[found]) == wanted[found]
        return self._rows[at[found]].astype(np.int64)

    def _at(self, at: np.ndarray) -> np.ndarray:
        """The sorted ids at ``at`` (positions in the order), as Python strings."""
        if self._arrow is None:
            return self._sorted[at]
        return np.asarray(self._arrow.take(self._rows[at]).to_numpy(zero_copy_only=False), dtype=object)

    def _bisect(self, wanted: np.ndarray) -> np.ndarray:
        """Where each wanted id stands in the sorted order (the first of equal ids: ``searchsorted``, left)."""
        if self._arrow is None:
            return np.searchsorted(self._sorted, wanted)
        if len(wanted) <= BISECTED_ONE_BY_ONE:  # (a click, a hover, a selection: ~23 ids read an id, microseconds)
            return np.array([self._bisect_one(w) for w in wanted.tolist()], dtype=np.int64)
        import pyarrow as pa
        import pyarrow.compute as pc

        wanted_arrow = pa.array(wanted, type=self._arrow.type)
        low, high = np.zeros(len(wanted), dtype=np.int64), np.full(len(wanted), len(self), dtype=np.int64)
        going = np.arange(len(wanted))
        while len(going):  # (every wanted id a step at a time: ~23 steps at ten million ids)
            middle = (low[going] + high[going]) // 2
            less = pc.less(self._arrow.take(self._rows[middle]), wanted_arrow.take(going)).to_numpy(zero_copy_only=False)
            low[going[less]] = middle[less] + 1
            high[going[~less]] = middle[~less]
            going = going[low[going] < high[going]]
        return low

    def _bisect_one(self, wanted: str) -> int:
        """``_bisect`` of one id, each step reading one id of the Arrow array (the vectorised steps cost ~0.15 ms
        each in calls, ~4 ms an id)."""
        ids, rows = self._arrow, self._rows
        low, high = 0, len(rows)
        while low < high:
            middle = (low + high) // 2
            if ids[int(rows[middle])].as_py() < wanted:
                low = middle + 1
            else:
                high = middle
        return low

    def _isin(self, wanted: np.ndarray) -> np.ndarray:
        """Whether each of the table's ids is among ``wanted`` (one pass, a hash of the few wanted)."""
        if self._arrow is None:
            return pd.Index(self._ids, dtype=object).isin(wanted)
        import pyarrow as pa
        import pyarrow.compute as pc

        found = pc.is_in(self._arrow, value_set=pa.array(wanted, type=self._arrow.type))
        return found.to_numpy(zero_copy_only=False)

    def _passed(self, wanted: np.ndarray) -> np.ndarray:
        """``positions`` by one pass over the ids (many wanted): each wanted id's row, in the wanted order."""
        rows = np.flatnonzero(self._isin(wanted))
        if self._arrow is None:
            taken = np.asarray(self._ids, dtype=object)[rows]
        else:
            taken = self._arrow.take(rows).to_numpy(zero_copy_only=False)
        found = pd.Index(np.asarray(taken, dtype=object), dtype=object)  # (a hash of the few found)
        at = found.get_indexer(wanted)
        return rows[at[at >= 0]]

    def position(self, wanted: str) -> int | None:
        """The row of one id (the first, when it is not unique), or None."""
        if not isinstance(wanted, str) or not len(self):
            return None
        at = int(self._bisect(np.asarray([wanted], dtype=object))[0])
        if at < len(self) and self._at(np.asarray([at]))[0] == wanted:
            return int(self._rows[at])  # (the sort is stable: the first of equal ids is the first row)
        return None


def arrow_strings(values):
    """The Arrow string array (one chunk) holding ``values`` (an index or series of Arrow-backed pandas strings:
    the window's event ids), or None when they are held otherwise (Python strings)."""
    array = getattr(values, "array", None)
    chunked = getattr(array, "_pa_array", None)
    if chunked is None or not isinstance(getattr(values, "dtype", None), pd.StringDtype):
        return None
    return one_chunk(chunked)


_kept_positions: dict = {}
_making_positions = threading.Lock()  # (held while one is made: a view asking meanwhile waits for it, not a second)


def id_positions(ids) -> IdPositions:
    """``IdPositions`` of ``ids`` (an index or array of strings), made once while ``ids`` lives: the session's
    events' index is shared by the lookup (which makes it in the ``Later`` thread) and the views that find events
    by id (the table's model, in the GUI thread: it waits for the one being made rather than making another, ~3 s
    and 120 MB more at ten million events)."""
    with _making_positions:
        kept = _found(_kept_positions, ids)
        if kept is None:
            kept = IdPositions(ids)
            _keep(_kept_positions, ids, kept)
    return kept


def _ranks(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each value's rank among the column's distinct values (sorted as str sorts), those values, and whether
    each value is not "".

    Comparing ranks compares the strings (ISO dates) without a Python step per row. The distinct values come
    from the codes the column was read with (``coded.codes_of``: a few thousand dates, not ten million strings).
    """
    codes, uniques = codes_of(column)
    values = np.array(sorted(set(uniques.tolist())), dtype=object)
    rank_of_code = np.searchsorted(values, uniques).astype(np.int32) if len(values) else np.empty(0, np.int32)
    ranks = rank_of_code[codes]
    return ranks, values, (uniques != "")[codes]
