"""Opening a big case as the window opens it works on the distinct dates and cluster ids (the dictionary codes
the columnar cache read them with, ``core.coded``) and leaves the event ids' hash table for after the window is
drawn: the table's date order, the filters' time windows and the timeline's clusters and days are those every
row's strings give, and an event found by id right after opening is found."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.gui.opening import opened as _opened

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic workspace (days, months, ranges, undated events, many on the same day) with some events
    bounded on one side only ("on or before" its end, "on or after" its start), its columnar cache written."""
    sys.path.insert(0, str(REPO / "bench"))
    import make_workspace

    from explorer.core.store import load_workspace, save_workspace
    from explorer.core.store.column_cache import refresh_column_cache

    tables = make_workspace.tables_from(make_workspace.build(3000, 120, 25, seed=5))
    events = tables["events"].copy()
    starts, ends = events["date_start"].to_numpy(dtype=object).copy(), events["date_end"].to_numpy(dtype=object).copy()
    draw = np.random.default_rng(7).random(len(events))
    starts[draw < 0.05] = ""  # on or before its end
    ends[(draw >= 0.05) & (draw < 0.1)] = ""  # on or after its start
    events["date_start"], events["date_end"] = starts, ends
    events["date_basis"] = np.where((draw >= 0.1) & (draw < 0.15), "narrative", events["date_basis"].to_numpy(object))
    tables["events"] = events
    path = tmp_path_factory.mktemp("codes") / "generated.explorer"
    save_workspace(tables, path)
    refresh_column_cache(path, load_workspace(path, edited=False))
    return path


@pytest.fixture
def factorized(monkeypatch):
    """The lengths of every column ``pd.factorize`` is asked to number (as the views call it)."""
    lengths: list[int] = []
    real = pd.factorize

    def counting(values, *args, **kwargs):
        lengths.append(len(values))
        return real(values, *args, **kwargs)

    monkeypatch.setattr(pd, "factorize", counting)
    return lengths


def _date_order_of_strings(events: pd.DataFrame, descending: bool = False) -> list[int]:
    """The Date column's order from every row's strings: "start|end" (a start left open sorts at its end),
    ties in table order, undated rows last in table order."""
    starts, ends = events["date_start"].tolist(), events["date_end"].tolist()
    keys = [((s or e) + "|", e) for s, e in zip(starts, ends)]
    dated = [row for row in range(len(keys)) if starts[row] or ends[row]]
    undated = [row for row in range(len(keys)) if not (starts[row] or ends[row])]
    return sorted(dated, key=keys.__getitem__, reverse=descending) + undated


def test_the_cache_read_keeps_the_dates_codes_so_no_row_string_is_factorized(qapp, generated, factorized):
    from explorer.core.coded import codes_of
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace

    events = load_workspace(generated, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES)["events"]
    factorized.clear()
    for column in ("date_start", "date_end", "cluster_id"):
        codes, values = codes_of(events[column])
        assert values[codes].tolist() == events[column].tolist()
        assert len(set(values.tolist())) == len(values)
    assert not factorized


@pytest.mark.parametrize("cached", [True, False])
def test_the_tables_date_order_is_the_order_of_every_rows_dates(qapp, generated, cached, factorized):
    from PySide6.QtCore import Qt

    from explorer.gui.events.table_model import COL_DATE, EventTableModel

    session = _opened(generated, cached)
    events = session.events
    assert (events["date_start"] == "").sum() > len(events) // 20 and events["date_start"].duplicated().sum() > 100
    factorized.clear()
    model = EventTableModel()
    model.set_rows(events)
    assert model.date_order().tolist() == _date_order_of_strings(events)
    assert model._sorted_rows(COL_DATE, Qt.SortOrder.DescendingOrder).tolist() == \
        _date_order_of_strings(events, descending=True)
    if cached:  # numbered from the codes the cache read the dates with: no column of every row factorized
        assert max(factorized, default=0) < len(events)


@pytest.mark.parametrize("cached", [True, False])
def test_time_windows_and_the_timelines_clusters_days_and_certainty_are_those_of_the_strings(qapp, generated, cached,
                                                                                   factorized):
    from explorer.core.edits.index import event_rows
    from explorer.core.query import EventLookup, events_in_view
    from explorer.core.selection import SelectionState
    from explorer.core.dates import AFTER, BEFORE, CERTAIN, INFERRED
    from explorer.gui.timeline.lanes import EventArrays
    from explorer.gui.timeline.layout import _safe_seconds, cluster_codes, date_certainty, event_extents

    session = _opened(generated, cached)
    events, clusters = session.events, session.table("clusters")
    expected, uniques = pd.factorize(events["cluster_id"].to_numpy(dtype=object))
    expected[expected == list(uniques).index("")] = -1
    conflicting = set(clusters.loc[clusters["conflict"] != "", "cluster_id"])
    starts, ends = events["date_start"].tolist(), events["date_end"].tolist()
    first = np.array([_safe_seconds(s or e) for s, e in zip(starts, ends)])
    last = np.array([_safe_seconds(e or s) for s, e in zip(starts, ends)]) + 86_400
    rows = event_rows(events)
    basis = events["date_basis"].tolist()
    sure = [AFTER if s and not e else BEFORE if e and not s else
            INFERRED if b in ("narrative", "bounded") or bool(s) != bool(e) else CERTAIN
            for s, e, b in zip(starts, ends, basis)]

    factorized.clear()
    lookup = EventLookup(events, rows)
    codes, conflicted = cluster_codes(events, clusters)
    x0, x1 = event_extents(events)
    certainty = date_certainty(events)
    start_rank = EventArrays(events, clusters).start_rank
    if cached:  # numbered from the codes the cache read them with: no column of every row factorized
        assert max(factorized, default=0) < len(events)

    for window in [("2020-01-01", "2020-12-31"), ("2021-03-05", "2021-03-05"), ("1900-01-01", "2100-01-01")]:
        state = SelectionState(time_range=window)
        assert lookup.mask(state).tolist() == events.index.isin(events_in_view(events, state).index).tolist()
    assert codes.tolist() == expected.tolist()
    assert conflicted.tolist() == [u in conflicting for u in uniques]
    assert np.array_equal(x0, np.where(last > first, first, np.nan), equal_nan=True)
    assert np.array_equal(x1, np.where(last > first, last, np.nan), equal_nan=True)
    assert certainty.tolist() == sure and {BEFORE, AFTER, INFERRED, CERTAIN} <= set(sure)
    dated = np.flatnonzero(~np.isnan(x0))
    assert start_rank[dated].tolist() == pd.factorize(x0[dated], sort=True)[0].tolist()


def _window_opening(generated, qtbot, monkeypatch):
    """The main window shown with the workspace opened as the window opens it (from the cache, lookups left for
    later), every view rebuilt and drawn, the timeline drawn as a big case's (by its layer)."""
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.gui.session import Session
    from explorer.gui.timeline import view
    from explorer.gui.window.main_window import MainWindow

    monkeypatch.setattr(view, "SMALL_LIMIT", 1000)
    window = MainWindow(Session())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.session.set_tables(load_workspace(generated, WINDOW_TABLES, edited=False, arrow_text=True,
                                             later=LATER_TABLES), generated)
    window.grab()
    return window


def test_an_event_found_by_id_right_after_opening_is_found_without_a_hash_table_of_the_ids(qapp, qtbot, generated,
                                                                                      monkeypatch):
    from explorer.core.later import Later

    window = _window_opening(generated, qtbot, monkeypatch)
    session = window.session
    ids = session.events.index
    lookup = session.event_lookup
    assert isinstance(lookup._unique_ids, Later) and not lookup._unique_ids.done()  # left for after the paint
    assert not ids._engine.is_mapping_populated
    wanted = [str(ids[2000]), str(ids[7]), "no such event"]
    assert session.event_lookup.positions_of(wanted).tolist() == [2000, 7]
    session.selection.update(origin=None, event_ids={str(ids[2000])})
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    assert not ids._engine.is_mapping_populated  # found by the ids' order: no hash table over every id



def test_the_views_find_events_by_id_without_a_hash_table_over_every_id(qapp, qtbot, generated, monkeypatch):
    """A hover, a click, a selection (the timeline's cluster, the source pane's document, the table's rows) and an
    edit's field find their events through the lookup's ids' order: pandas' hash table over the events' index
    (~300 MB at ten million events) is never built, and what they find is the event's own."""
    from explorer.core.later import Later
    from explorer.gui.events.edit_actions import EventEditActions

    window = _window_opening(generated, qtbot, monkeypatch)
    session = window.session
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    events, ids = session.events, session.events.index
    clustered = np.flatnonzero(events["cluster_id"].astype(str).to_numpy() != "")
    row = int(clustered[len(clustered) // 2])
    event_id = str(ids[row])
    assert str(events["trigger"].iat[row]) in window.timeline.tooltip_text(event_id)
    session.selection.update(origin=None, event_ids={event_id})
    qtbot.wait(50)
    assert window.timeline.selected_cluster() == str(events["cluster_id"].iat[row])
    assert window.events.widget().model.rows_of([event_id, "no such event"])  # (its row, wherever the table shows it)
    assert window.source.widget()._doc_for_events([event_id]) == str(events["doc_id"].iat[row])
    assert EventEditActions._field(type("Actions", (), {"session": session})(), event_id, "trigger") == \
        events["trigger"].iat[row]
    assert not ids._engine.is_mapping_populated

def test_the_windows_event_ids_stay_arrow_strings_in_every_view(qapp, qtbot, generated, monkeypatch):
    """Opened from the cache, the events' ids are Arrow strings (``ARROW_KEYS``: ten million Python strings were
    ~640 MB) held once: the column, the index, the timeline's ids and the relations' and clusters' lists of event ids
    share one buffer, and the views read a row's id when they show it (the table's rows, a placed event, the lookup's
    answers), the same ids as the rows give."""
    from explorer.core.later import Later

    window = _window_opening(generated, qtbot, monkeypatch)
    session = window.session
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    events = session.events
    column, index = events["event_id"], events.index
    assert column.dtype == "str" and index.dtype == "str"
    buffer = column.array._pa_array.chunk(0).buffers()[2].address
    assert index.array._pa_array.chunk(0).buffers()[2].address == buffer
    arrays = window.timeline.layouts.arrays
    assert not isinstance(arrays.ids, np.ndarray) and arrays.ids._pa_array.chunk(0).buffers()[2].address == buffer
    for name in ("relations", "clusters"):
        lists = session.tables[name]["event_ids"].array._pa_array.chunk(0)
        assert lists.values.dictionary.buffers()[2].address == buffer
    model = window.events.widget().model
    last = len(events) - 1
    assert session.event_lookup.positions_of([str(index[last]), str(index[0])]).tolist() == [last, 0]
    assert model.rows_of([str(index[last])]) and isinstance(model.event_id(0), str)
    assert str(arrays.ids[7]) == str(index[7])
    wanted = {str(index[3]), str(index[last])}  # the graph's events in view: the index's rows, as Arrow strings
    session.selection.update(origin=None, filter_event_ids=frozenset(wanted))
    in_view = window.graph._event_ids_in_view()
    assert in_view.dtype == "str" and set(in_view.tolist()) == wanted


def test_the_document_lanes_from_the_cache_are_those_from_the_rows(qapp, generated, factorized):
    from explorer.gui.timeline.lanes import EventArrays, lane_plan

    plans = []
    for cached in (True, False):
        session = _opened(generated, cached)
        arrays = EventArrays(session.events, session.table("clusters"))
        factorized.clear()
        plans.append(lane_plan("document", arrays, session))
        if cached:  # the documents numbered from the codes the cache read them with
            assert max(factorized, default=0) < len(session.events) // 2
    from_cache, from_rows = plans
    assert from_cache.keys.tolist() == from_rows.keys.tolist()
    assert from_cache.rows.tolist() == from_rows.rows.tolist()
    assert from_cache.row_lanes.tolist() == from_rows.row_lanes.tolist()
    whole_cache, whole_rows = from_cache.layout(), from_rows.layout()
    assert whole_cache.lane_names == whole_rows.lane_names and len(whole_cache.lane_names) > 10


@pytest.mark.parametrize("high", [3, 60_000, 1_600_000, 365_000_000, 2**40])
def test_the_timelines_stable_order_is_numpys_stable_sort(high):
    from explorer.gui.timeline.layout import stable_order

    keys = np.random.default_rng(high % 1000).integers(0, high, 50_000)
    for typed in (keys, keys.astype(np.int32) if high < 2**31 else keys, keys.astype(np.uint64)):
        assert stable_order(typed).tolist() == np.argsort(typed, kind="stable").tolist()
    assert stable_order(np.array([], dtype=np.int64)).tolist() == []
