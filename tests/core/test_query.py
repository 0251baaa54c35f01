"""``EventLookup`` (the array fast path every view filters through) against ``events_in_view`` (its pandas reference).

Hypothesis draws small but complete workspaces — documents, clusters, and events that are
undated, dated to a day or dated to a range, with participants and places — and a run of
selections made through ``Selection.update`` as the views make them (checked entities, event
and document selections, time windows, search narrowing). One lookup answers the whole run,
so its kept answers are exercised too; each answer must be exactly the reference's.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.model import make_table
from explorer.core.query import EventLookup, RowOrder, events_in_view
from explorer.core.selection import MarkFilter, Selection, SelectionState

ENTITY_IDS = [f"ent{i}" for i in range(6)]
UNKNOWN_ENTITY = "ent-gone"  # checked, then merged away or never extracted: involves no event
NO_ENTITY = ""  # what the place column holds when there is no place; a selection can hold it too
DAYS = [f"2026-01-{d:02d}" for d in range(1, 11)]
WINDOW_DAYS = ["2025-12-31", *DAYS, "2026-01-11", "2026-02-01"]  # windows may start before or end after every event

entity_lists = st.lists(st.sampled_from(ENTITY_IDS), max_size=4)
places = st.sampled_from(["", *ENTITY_IDS])


@st.composite
def event_dates(draw) -> tuple[str, str]:
    """Undated, one day, or a range (start <= end, as extraction writes them)."""
    kind = draw(st.sampled_from(["undated", "day", "range"]))
    if kind == "undated":
        return "", ""
    first = draw(st.sampled_from(DAYS))
    if kind == "day":
        return first, first
    return first, draw(st.sampled_from([d for d in DAYS if d >= first]))


@st.composite
def workspaces(draw) -> dict[str, pd.DataFrame]:
    """Documents, clusters and events that refer to one another, as ``make_table`` types them."""
    doc_ids = [f"doc{i}" for i in range(draw(st.integers(1, 3)))]
    cluster_ids = [f"clu{i}" for i in range(draw(st.integers(0, 3)))]
    count = draw(st.integers(0, 12))
    # unique ids, or (half the time) maybe a repeated one, which the lookup finds by another path
    event_ids = draw(st.lists(st.sampled_from([f"evt{i}" for i in range(14)]), min_size=count, max_size=count,
                              unique=draw(st.booleans()) or count < 2))
    events = []
    for event_id in event_ids:
        start, end = draw(event_dates())
        events.append({
            "event_id": event_id, "doc_id": draw(st.sampled_from(doc_ids)), "trigger": "met",
            "date_start": start, "date_end": end, "place": draw(places), "participants": draw(entity_lists),
            "cluster_id": draw(st.sampled_from(["", *cluster_ids])),
        })
    clusters = [{"cluster_id": c, "label": c, "event_ids": [e["event_id"] for e in events if e["cluster_id"] == c]}
                for c in cluster_ids]
    return {
        "documents": make_table("documents", [{"doc_id": d, "name": d, "text": "text"} for d in doc_ids]),
        "clusters": make_table("clusters", clusters),
        "events": make_table("events", events),
    }


@st.composite
def selections(draw, tables: dict[str, pd.DataFrame]) -> list[SelectionState]:
    """A run of gestures on one ``Selection``; the state after each."""
    event_ids = [*tables["events"]["event_id"], "evt-gone"]  # narrowing may name an event edited away
    doc_ids = list(tables["documents"]["doc_id"])
    gestures = st.fixed_dictionaries({}, optional={
        "entity_ids": st.lists(st.sampled_from(ENTITY_IDS), max_size=2),
        "event_ids": st.lists(st.sampled_from(event_ids), max_size=2),
        "doc_ids": st.lists(st.sampled_from(doc_ids), max_size=1),
        "filter_entity_ids": st.lists(st.sampled_from([*ENTITY_IDS, UNKNOWN_ENTITY, NO_ENTITY]), max_size=3),
        "filter_event_ids": st.lists(st.sampled_from(event_ids), max_size=4),
        "time_range": st.none() | st.tuples(st.sampled_from(WINDOW_DAYS), st.sampled_from(WINDOW_DAYS)),
        "query": st.sampled_from(["", "met", "talks"]),
        "mark_filter": st.none() | st.builds(MarkFilter, st.sampled_from(["star", "reviewed"]), st.booleans(),
                                             st.frozensets(st.sampled_from(event_ids), max_size=4)),
    })
    selection, states = Selection(), []
    for changes in draw(st.lists(gestures, min_size=1, max_size=6)):
        selection.update(origin="test", **changes)
        states.append(selection.state)
    return states


def reference_mask(events: pd.DataFrame, state: SelectionState) -> np.ndarray:
    """``events_in_view`` as one bool per row (by position, so repeated ids are told apart)."""
    mask = np.zeros(len(events), dtype=bool)
    mask[events_in_view(events.reset_index(drop=True), state).index.to_numpy(dtype=np.int64)] = True
    return mask


def assert_agree(lookup: EventLookup, state: SelectionState, rows: bool = False) -> list[bool]:
    """The lookup's mask is the reference's (returned); with ``rows``, so are the rows it hands out."""
    events = lookup.events
    expected = reference_mask(events, state).tolist()
    assert lookup.mask(state).tolist() == expected, state
    assert lookup.rows(state).tolist() == np.flatnonzero(expected).tolist(), state
    if rows:
        pd.testing.assert_frame_equal(lookup.in_view(state), events_in_view(events, state))
    return expected


@st.composite
def cases(draw):
    tables = draw(workspaces())
    return tables, draw(selections(tables))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.booleans())
def test_lookup_agrees_with_events_in_view(case, indexed_by_id):
    tables, states = case
    events = tables["events"]
    if indexed_by_id:  # as the session holds it: one hash table shared with the views
        events = events.set_index("event_id", drop=False)
    lookup = EventLookup(events)
    answers = []
    for state in states:
        answers.append((state, assert_agree(lookup, state, rows=True)))
        assert_agree(lookup, replace(state, time_range=None))  # the timeline's lanes ask without the window
    for state, expected in reversed(answers):  # asked again: a kept answer or a new one, the same either way
        assert lookup.mask(state).tolist() == expected, state


def test_checked_entities_an_inclusive_window_and_narrowing_on_a_worked_example():
    """Worked example of the filters: checked entity as participant or place, inclusive window, narrowing."""
    events = make_table("events", [
        {"event_id": "a", "date_start": "2026-01-01", "date_end": "2026-01-03", "participants": ["p"]},
        {"event_id": "b", "date_start": "2026-01-05", "date_end": "2026-01-05", "place": "p"},
        {"event_id": "c", "participants": ["p"]},  # undated: never inside a window
        {"event_id": "d", "date_start": "2026-01-03", "date_end": "2026-01-04", "participants": ["q"]},
    ]).set_index("event_id", drop=False)
    lookup = EventLookup(events)
    checked = SelectionState(filter_entity_ids=frozenset({"p"}))
    assert list(lookup.in_view(checked).index) == ["a", "b", "c"]
    in_window = replace(checked, time_range=("2026-01-03", "2026-01-05"))
    assert list(lookup.in_view(in_window).index) == ["a", "b"]
    assert list(lookup.in_view(replace(in_window, filter_event_ids=frozenset({"b", "gone"}))).index) == ["b"]
    for state in (checked, in_window, SelectionState(time_range=("2026-01-04", "2026-01-04"))):
        assert lookup.mask(state).tolist() == reference_mask(events, state).tolist()


def test_a_mark_filter_keeps_the_marked_events_or_the_unmarked_ones():
    """Starred: only the starred events (an id no longer in the table is no event); not yet reviewed: the others,
    combined with the other filters."""
    events = make_table("events", [
        {"event_id": "a", "date_start": "2026-01-01", "date_end": "2026-01-01", "participants": ["p"]},
        {"event_id": "b", "date_start": "2026-01-05", "date_end": "2026-01-05", "participants": ["p"]},
        {"event_id": "c", "participants": ["q"]},
    ]).set_index("event_id", drop=False)
    lookup = EventLookup(events)
    starred = SelectionState(mark_filter=MarkFilter("star", True, frozenset({"b", "gone"})))
    assert list(lookup.in_view(starred).index) == ["b"]
    not_reviewed = SelectionState(mark_filter=MarkFilter("reviewed", False, frozenset({"b"})))
    assert list(lookup.in_view(not_reviewed).index) == ["a", "c"]
    assert list(lookup.in_view(replace(not_reviewed, filter_entity_ids=frozenset({"p"}))).index) == ["a"]
    for state in (starred, not_reviewed):
        assert lookup.mask(state).tolist() == reference_mask(events, state).tolist()


def test_checking_the_empty_id_brings_in_no_event_without_a_place():
    """Regression (found by the property test): ``events_in_view`` took "" — the place column's
    "no place" — for an entity, so a selection holding "" (``update(filter_entity_ids="")`` makes
    one) let every event without a place through, while the lookup let none through."""
    events = make_table("events", [
        {"event_id": "a", "participants": ["p"]},
        {"event_id": "b", "place": "p"},
    ])
    selection = Selection()
    selection.update(filter_entity_ids="")
    assert selection.state.filter_entity_ids == frozenset({""})
    assert events_in_view(events, selection.state).empty
    assert not EventLookup(events).mask(selection.state).any()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.data())
def test_an_updated_lookup_agrees_after_an_edit_changes_participants_places_or_dates(case, data):
    """``EventLookup.updated`` (an edit's new events, only changed rows indexed again) answers as a new lookup would."""
    tables, states = case
    events = tables["events"].set_index("event_id", drop=False)
    lookup = EventLookup(events)
    for _ in range(3):  # edits one after another, each over the lookup the last one updated
        changed = events.copy(deep=False)
        participants, place = changed["participants"].tolist(), changed["place"].tolist()
        rows = data.draw(st.lists(st.integers(0, len(changed) - 1), max_size=4)) if len(changed) else []
        for row in rows:
            participants[row], place[row] = data.draw(entity_lists), data.draw(places)
        changed["participants"] = pd.Series(participants, index=changed.index, dtype=object)
        changed["place"] = pd.Series(place, index=changed.index, dtype=object)
        if rows and data.draw(st.booleans()):  # a date corrected too: the date arrays are made again
            dates = data.draw(event_dates())
            changed["date_start"] = changed["date_start"].where(np.arange(len(changed)) != rows[0], dates[0])
            changed["date_end"] = changed["date_end"].where(np.arange(len(changed)) != rows[0], dates[1])
        lookup, events = lookup.updated(changed), changed
        for state in states:
            assert_agree(lookup, state, rows=True)
            assert_agree(lookup, replace(state, time_range=None))


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_rows_a_filter_keeps_in_an_order_are_those_its_mask_keeps_there(data):
    """``RowOrder.kept`` (the kept rows marked where they stand in the order, then read in order) gives what
    reading the mask along the order gives, for orders of some or all of the rows, with or without the rows."""
    size = data.draw(st.integers(0, 40))
    order = np.array(data.draw(st.permutations(range(size))), dtype=np.int64)[:data.draw(st.integers(0, size))]
    mask = np.array(data.draw(st.lists(st.booleans(), min_size=size, max_size=size)), dtype=bool)
    ordered = RowOrder(order, size)
    expected = np.flatnonzero(mask[order]).tolist()
    assert ordered.kept(mask).tolist() == expected
    assert ordered.kept(mask, np.flatnonzero(mask)).tolist() == expected
    assert ordered.kept(mask, np.flatnonzero(mask)).tolist() == expected  # (where each row stands: kept)
    later = RowOrder(order, size, later=True)  # (where each row stands worked out later, or when first asked)
    assert later.kept(mask, np.flatnonzero(mask)).tolist() == expected
    assert later.where().tolist() == ordered.where().tolist()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.data())
def test_where_the_busiest_entities_events_stand_is_worked_out_ahead_and_gives_what_marking_gives(case, data):
    """A view's order works out ahead where the events of the entities involved in the most events stand
    (``RowOrder(warm=EventLookup.heavy_rows)``, after the first window): a filter of one such entity then takes
    them as they are, with no marking (the work of a filter bounded by nothing), and the same indices as
    marking gives; any other filter (two entities, a window, an entity's rows changed by an edit) is marked."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        _worked_out_ahead(case, data, monkeypatch)


def _worked_out_ahead(case, data, monkeypatch) -> None:
    import explorer.core.query as query

    tables, states = case
    events = tables["events"]
    monkeypatch.setattr(query, "WARM_FROM", 0)
    monkeypatch.setattr(query, "WARM_SHARE", 0.0)
    monkeypatch.setattr(query, "WARMED", len(ENTITY_IDS) + 1)
    lookup = EventLookup(events)
    size = len(events)
    order = np.array(data.draw(st.permutations(range(size))), dtype=np.int64)[:data.draw(st.integers(0, size))]
    ordered = RowOrder(order, size, later=True, warm=lookup.heavy_rows)
    ordered.warmed()  # (the work after the first window, done here)
    heaviest = lookup.heavy_rows()[:1]
    if heaviest and 0 < len(heaviest[0]) <= query.MARKED_UP_TO * len(order):
        assert query._named_key(heaviest[0]) in ordered._named  # (the busiest fits: held)
    marked = []
    real = RowOrder._marked
    monkeypatch.setattr(RowOrder, "_marked", lambda self, rows: marked.append(len(rows)) or real(self, rows))
    for state in [*states, *(SelectionState(filter_entity_ids=frozenset({e})) for e in ENTITY_IDS)]:
        unwindowed = replace(state, time_range=None)
        for asked in (state, unwindowed):
            mask, rows, named = lookup.mask(asked), lookup.rows(asked), lookup.named_rows(asked)
            marked.clear()
            assert ordered.kept(mask, rows, named).tolist() == np.flatnonzero(mask[order]).tolist(), asked
            if named is not None and query._named_key(named) in ordered._named:
                assert not marked, "an entity worked out ahead is not marked again"
            assert (named is None) == (len(asked.filter_entity_ids) != 1 or bool(asked.filter_event_ids)
                                       or asked.time_range is not None or asked.mark_filter is not None)
    # the same values in another array (an edit's rows for the entity) are not taken for them: marked
    for entity_id in ENTITY_IDS:
        state = SelectionState(filter_entity_ids=frozenset({entity_id}))
        mask, rows = lookup.mask(state), lookup.rows(state)
        copied = lookup.named_rows(state).copy()
        marked.clear()
        assert ordered.kept(mask, rows, copied).tolist() == np.flatnonzero(mask[order]).tolist()
        assert bool(marked) == (len(rows) <= query.MARKED_UP_TO * len(order))


def test_the_entities_naming_the_most_rows_come_first_and_small_ones_are_left_out():
    from explorer.core.edits.index import RowsByKey

    keys = np.array(["a", "b", "b", "c", "c", "c", "d"], dtype=object)
    index = RowsByKey(keys, np.arange(len(keys)))
    assert index.largest(2) == ["c", "b"]
    assert index.largest(10, least=2) == ["c", "b"]
    patched = index.with_rows({"a": np.arange(5), "c": np.empty(0, dtype=np.int64)})
    assert patched.largest(10, least=1) == ["a", "b", "d"]


def test_what_an_order_works_out_ahead_holds_no_more_numbers_than_it_has_rows():
    """The busiest entities' positions are held as long as the order: at most one number per row of it
    (heaviest first; a set that does not fit is left to marking, a smaller one after it may fit)."""
    order = np.arange(10)[::-1].copy()
    held = np.arange(10)
    sets = [held[0:6], held[2:7], held[7:10]]  # 6, 5 and 3 rows: the 5 no longer fit after the 6
    ordered = RowOrder(order, 10, later=True, warm=lambda: sets)
    assert ordered.warmed() == 2
    mask = np.zeros(10, dtype=bool)
    for rows in sets:
        mask[:] = False
        mask[rows] = True
        assert ordered.kept(mask, rows, rows).tolist() == np.flatnonzero(mask[order]).tolist()
    assert sum(len(kept) for _, kept in ordered._named.values()) <= len(order)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ids=st.lists(st.sampled_from(["a", "b", "ab", "é", "Z", "b2", "", "ä-1", "a b"]), max_size=12),
       asked=st.lists(st.sampled_from(["a", "b", "ab", "é", "Z", "b2", "", "ä-1", "a b", "zz"]), max_size=8))
def test_ids_found_by_their_order_are_found_as_pandas_finds_them(ids, asked):
    """``IdPositions`` (the ids' sorted order, no hash table over them) gives ``get_indexer``'s rows, in the
    asked order, unknown ids left out; ids held twice: every row of each, ascending (``isin``'s); one id: the
    first row. Both ways of finding many or few ids are checked (``SEARCHED_UP_TO``)."""
    from explorer.core import query
    from explorer.core.query import IdPositions

    reference = pd.Index(np.array(ids, dtype=object), dtype=object)  # (pandas' own look-ups: a hash table)
    # the ids held as Python strings, and as Arrow strings (the window's event ids: ``ARROW_KEYS``)
    for index in (pd.Index(np.array(ids, dtype=object), dtype=object), pd.Index(ids, dtype="str")):
        for share, one_by_one in ((query.SEARCHED_UP_TO, 32), (1.0, 32), (1.0, 0), (0.0, 32)):
            query.SEARCHED_UP_TO, query.BISECTED_ONE_BY_ONE = share, one_by_one
            try:
                found = IdPositions(index).positions(asked)
            finally:
                query.SEARCHED_UP_TO, query.BISECTED_ONE_BY_ONE = 1 / 16, 32
            if reference.is_unique:
                expected = reference.get_indexer(asked)
                assert found.tolist() == expected[expected >= 0].tolist()
            else:
                assert found.tolist() == np.flatnonzero(reference.isin(asked)).tolist()
        for one in asked:
            rows = np.flatnonzero(np.array(ids, dtype=object) == one)
            assert IdPositions(index).position(one) == (int(rows[0]) if len(rows) else None)
        assert not index._engine.is_mapping_populated  # (pandas' hash table never built)


def test_ids_held_as_arrow_strings_are_ordered_and_found_without_a_python_string_an_id():
    """The window's event ids are Arrow strings (``table_reader.ARROW_KEYS``: ten million Python strings were
    ~640 MB): their order is made and ids are found in their own array, no Python string made for the ids not asked
    for (Python's allocations while it is made and asked stay far below one string an id), and the answers are
    those of the same ids held as Python strings."""
    import tracemalloc

    from explorer.core.query import IdPositions

    count = 200_000
    ids = pd.Index(pd.array([f"d{i * 7919 % count:07d}-e{i % 13}" for i in range(count)], dtype="str"))
    asked = [ids[5], ids[count - 1], "no such id", ids[count // 2]]
    tracemalloc.start()
    try:
        positions = IdPositions(ids)
        found = positions.positions(asked), positions.position(ids[77])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found[0].tolist() == [5, count - 1, count // 2] and found[1] == 77
    assert peak < count * 50 / 4  # (a Python string an id: ~60 bytes each; the rows' order, 4 bytes an id, is numpy's)
    plain = IdPositions(pd.Index(np.asarray(ids, dtype=object), dtype=object))
    assert plain.positions(asked).tolist() == found[0].tolist()


def test_the_ids_order_asked_for_from_two_threads_at_once_is_made_once(monkeypatch):
    """The lookup makes the ids' order in the ``Later`` thread while the table's model may ask for it in the GUI
    thread: the second asker waits for the one being made (one ``IdPositions``, not two: ~120 MB each at ten
    million events)."""
    import threading
    import time

    from explorer.core import query

    made = []
    real = query.IdPositions.__init__

    def slow(self, ids):
        made.append(self)
        time.sleep(0.2)  # (the other asker comes while this one is being made)
        real(self, ids)

    monkeypatch.setattr(query.IdPositions, "__init__", slow)
    index = pd.Index(np.array([f"e{i}" for i in range(100)], dtype=object), dtype=object)
    found = []
    threads = [threading.Thread(target=lambda: found.append(query.id_positions(index))) for _ in range(2)]
    for thread in threads:
        thread.start()
        time.sleep(0.05)
    for thread in threads:
        thread.join()
    assert len(made) == 1 and found[0] is found[1]
    assert found[0].positions(["e7", "e99", "x"]).tolist() == [7, 99]


def _one_busy_entity(count: int, seed: int = 11) -> pd.DataFrame:
    """``count`` events, a third involving entity "busy" (some as participant and place at once), the rest others."""
    rng = np.random.default_rng(seed)
    busy = rng.random(count) < 1 / 3
    participants = [["busy", f"e{i % 50}"] if b else [f"e{i % 50}"] for i, b in enumerate(busy)]
    places = np.where(busy & (rng.random(count) < 0.2), "busy", "")
    return pd.DataFrame({"event_id": [f"ev{i}" for i in range(count)], "participants": participants,
                         "place": places, "date_start": "", "date_end": ""}).set_index("event_id", drop=False)


def test_the_rows_of_one_checked_entity_are_its_own_rows_each_once_without_a_pass_over_every_row():
    """One entity alone: the rows in view are its own rows (a row it names twice, once), 32-bit, worked out from
    them; marking them and reading every row's mark (``flatnonzero`` over the table: at ten million events a
    pass over 10 MB and 17 MB of int64 for the busiest entity) allocated 8 bytes a row in view."""
    import tracemalloc

    events = _one_busy_entity(200_000)
    lookup = EventLookup(events)
    state = SelectionState(filter_entity_ids=frozenset({"busy"}))
    expected = reference_mask(events, state)
    assert lookup.mask(state).tolist() == expected.tolist()
    tracemalloc.start()
    try:
        rows = lookup.rows(state)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert rows.tolist() == np.flatnonzero(expected).tolist()
    assert peak < 6 * len(rows), (peak, len(rows))  # (int64 from the mask: 8 bytes a row)
    assert lookup.rows(state) is rows  # (kept for the other views)


def test_the_answers_kept_are_bounded_by_their_bytes_the_newest_two_always(monkeypatch):
    """Four answers are kept while their masks and rows fit ``RECENT_BYTES``; past it, the newest two only (the
    views of one gesture ask with and without its time window)."""
    from explorer.core import query

    events = _one_busy_entity(200_000)
    lookup = EventLookup(events)
    states = [SelectionState(filter_entity_ids=frozenset({e})) for e in ("busy", "e1", "e2", "e3")]
    for state in states:
        lookup.rows(state)
    assert len(lookup._recent) == 4  # (each well under the budget: 200 KB of mask, its rows)
    monkeypatch.setattr(query, "RECENT_BYTES", 500_000)
    for state in states:
        lookup.rows(state)
        kept = list(lookup._recent.values())
        assert sum(query._answer_bytes(answer) for answer in kept[:-2]) + \
            sum(query._answer_bytes(answer) for answer in kept[-2:]) <= 500_000 or len(kept) <= 2
    assert list(lookup._recent)[-2:] == [(s.filter_entity_ids, frozenset(), None, None, "") for s in states[-2:]]
    assert len(lookup._recent) < 4
