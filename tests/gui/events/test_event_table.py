"""The event table: a sound lazy model, the filters, two-way selection, sorting and export."""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt

from explorer.core.export.formats import make_inert
from explorer.gui.events.view import (
    CHUNK_ROWS,
    COL_DATE,
    COL_DOCUMENT,
    COL_PARTICIPANTS,
    COL_PLACE,
    COL_SENTENCE,
    COL_TRIGGER,
    EVENT_ID_ROLE,
    EventTable,
    EventTableModel,
)

# The offscreen platform says this when a window is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def table(qtbot, session):
    widget = EventTable(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def notices(session):
    """Every selection notice as (changed fields, origin)."""
    seen: list[tuple[set, object]] = []
    session.sig_selection_changed.connect(lambda changed, origin: seen.append((set(changed), origin)))
    return seen


def fetch_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def shown_ids(widget: EventTable) -> list[str]:
    fetch_all(widget.proxy)
    return [widget.proxy.index(r, 0).data(EVENT_ID_ROLE) for r in range(widget.proxy.rowCount())]


def select_rows(widget: EventTable, rows: list[int]) -> None:
    """Select proxy rows as a user would: the last one becomes the current row."""
    model = widget.view.selectionModel()
    selection = QItemSelection()
    for row in rows:
        selection.select(widget.proxy.index(row, 0), widget.proxy.index(row, COL_SENTENCE))
    model.setCurrentIndex(widget.proxy.index(rows[-1], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def many_events(events: pd.DataFrame, count: int) -> pd.DataFrame:
    """``count`` events made by repeating ``events`` under new ids."""
    copies = []
    for n in range(count // len(events) + 1):
        copy = events.copy()
        copy["event_id"] = [f"{e}#{n}" for e in copy["event_id"]]
        copies.append(copy)
    return pd.concat(copies, ignore_index=True).iloc[:count]


def test_model_passes_the_model_tester(qtmodeltester, session):
    model = EventTableModel()
    model.set_rows(session.events_in_view(), session.entity_names, {})
    qtmodeltester.check(model)


def test_large_tables_arrive_in_chunks_of_500(qtmodeltester, session):
    model = EventTableModel()
    model.set_rows(many_events(session.tables["events"], 1234), session.entity_names, {})
    qtmodeltester.check(model)  # it fetches every row itself
    assert model.rowCount() == 1234
    model = EventTableModel()  # a fresh one: Qt's tester fetches inside a reset, which it then reports
    model.set_rows(many_events(session.tables["events"], 1234))
    assert model.rowCount() == CHUNK_ROWS and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * CHUNK_ROWS
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 1234 and not model.canFetchMore(QModelIndex())
    assert model.total_rows() == 1234


def test_sorting_a_large_table_sorts_every_row_not_only_the_loaded_ones(session):
    model = EventTableModel()
    model.set_rows(many_events(session.tables["events"], 1500))
    model.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == CHUNK_ROWS
    latest = max(session.tables["events"]["date_start"])
    assert model.index(0, COL_DATE).data().startswith(latest)
    fetch_all(model)
    assert model.index(1499, COL_DATE).data() == "undated"


def test_the_table_shows_every_event_in_view(table, session):
    events = session.events_in_view()
    at = events["date_start"].where(events["date_start"] != "", events["date_end"])  # a bound sorts at its day
    ordered = events.assign(_at=at).sort_values(["_at", "date_end"], key=lambda s: s.replace("", "\uffff"),
                                                kind="stable")
    assert shown_ids(table) == list(ordered["event_id"])
    assert len(shown_ids(table)) == len(session.events_in_view()) == len(session.events)


def test_cells_show_dates_names_and_titles(table, session):
    events, docs = session.events, session.documents
    fetch_all(table.proxy)
    seen_range = seen_undated = False
    for row in range(table.proxy.rowCount()):
        event = events.loc[table.proxy.index(row, 0).data(EVENT_ID_ROLE)]
        cell = lambda column, row=row: table.proxy.index(row, column).data()  # noqa: E731
        if not event["date_start"] and not event["date_end"]:
            assert cell(COL_DATE) == "undated"
            seen_undated = True
        elif not event["date_start"] or not event["date_end"]:
            assert cell(COL_DATE) in (f"≤ {event['date_end']}", f"≥ {event['date_start']}")
        elif event["date_end"] != event["date_start"]:
            assert cell(COL_DATE) == f"{event['date_start']} – {event['date_end']}"
            seen_range = True
        else:
            assert cell(COL_DATE) == event["date_start"]
        assert cell(COL_TRIGGER) == event["trigger"]
        assert cell(COL_PARTICIPANTS) == ", ".join(session.names_of(event["participants"]))
        assert cell(COL_PLACE) == (session.entity_names[event["place"]] if event["place"] else "")
        assert cell(COL_DOCUMENT) == (docs.loc[event["doc_id"], "title"] or docs.loc[event["doc_id"], "name"])
        assert cell(COL_SENTENCE) == " ".join(event["sentence"].split())
        assert table.proxy.index(row, COL_TRIGGER).data(Qt.ItemDataRole.ToolTipRole) == event["sentence"]
    assert seen_range and seen_undated


def test_checked_entities_narrow_the_rows(table, session):
    rubio = next(e for e, name in session.entity_names.items() if name == "Marco Rubio")
    session.selection.update(filter_entity_ids={rubio}, origin="entities")
    ids = shown_ids(table)
    assert 0 < len(ids) == len(session.events_in_view()) < len(session.events)
    for event_id in ids:
        event = session.events.loc[event_id]
        assert rubio in event["participants"] or event["place"] == rubio


def test_where_each_event_stands_in_date_order_is_worked_out_after_opening_not_by_the_first_filter(
        qtbot, table, session, monkeypatch):
    """The table finds a filter's rows in its date order by where each event stands in it (``RowOrder``):
    that is made by the work started once the window is drawn, so the first filter does not pay for it."""
    from explorer.core.later import Later
    from explorer.core.query import RowOrder

    Later.start_waiting()
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    made = []
    monkeypatch.setattr(RowOrder, "_where_made", lambda self: made.append(self) or np.empty(0))
    rubio = next(e for e, name in session.entity_names.items() if name == "Marco Rubio")
    session.selection.update(filter_entity_ids={rubio}, origin="entities")
    assert not made
    assert 0 < len(shown_ids(table)) == len(session.events_in_view())


def test_the_busiest_entitys_filter_finds_its_rows_worked_out_and_their_buffer_reserved_after_opening(
        qtbot, table, session, monkeypatch):
    """The work after the first window works out where the busiest entities' events stand in the date order and
    reserves the buffer of their filter's rows (``core.scratch``: memory mapped then, not by the filter); their
    filter then takes both as they are (at ten million events: ~20 ms and 9 MB of fresh pages, Run s14b)."""
    from explorer.core import query, scratch
    from explorer.core.later import Later

    monkeypatch.setattr(query, "WARM_FROM", 1)
    monkeypatch.setattr(query, "WARM_SHARE", 0.0)
    monkeypatch.setattr(scratch, "LEAST", 0)
    session.set_tables({**session.tables}, session.path)  # (the table's order made again, its work to come)
    Later.start_waiting()
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    order = table._workspace[2]
    assert order.warmed() >= 1
    reserved = table._scratch.held()
    assert reserved > 0 and table._scratch.spare_bytes() == reserved
    involved = pd.Series([e for ps in session.events["participants"] for e in ps]).value_counts()
    session.selection.update(filter_entity_ids={involved.index[0]}, origin="entities")
    assert table._scratch.held() == reserved and table._scratch.spare_bytes() < reserved  # (the reserved one used)
    assert 0 < len(shown_ids(table)) == len(session.events_in_view())


def test_a_time_range_narrows_the_rows(table, session):
    session.selection.update(time_range=("2026-02-03", "2026-02-05"), origin="timeline")
    ids = shown_ids(table)
    assert 0 < len(ids) == len(session.events_in_view()) < len(session.events)
    for event_id in ids:
        event = session.events.loc[event_id]
        assert event["date_start"] <= "2026-02-05" and event["date_end"] >= "2026-02-03"


def test_selecting_rows_writes_event_ids_and_the_document(table, session, notices):
    ids = shown_ids(table)
    select_rows(table, [0, 1, 4])
    assert session.state.event_ids == {ids[0], ids[1], ids[4]}
    assert session.state.doc_ids == {session.events.loc[ids[4], "doc_id"]}
    assert notices and all(origin is table for _, origin in notices)
    assert len(table.view.selectionModel().selectedRows()) == 3


def test_events_selected_elsewhere_are_selected_and_shown_here_without_echo(table, session, notices):
    ids = shown_ids(table)
    wanted = {ids[-3], ids[-1]}
    session.selection.update(event_ids=wanted, origin="timeline")
    assert set(table.selected_event_ids()) == wanted
    assert len(notices) == 1, "the table must not echo a selection it was told about"
    first = table.proxy.index(len(ids) - 3, 0)
    assert table.view.viewport().rect().contains(table.view.visualRect(first)), "scrolled to the selection"
    # and back the other way: a click here is one notice, from the table
    select_rows(table, [3])
    assert session.state.event_ids == {ids[3]}
    assert [origin for _, origin in notices] == ["timeline", table]


def test_the_selection_survives_a_change_of_filters(table, session):
    ids = shown_ids(table)
    session.selection.update(event_ids={ids[0]}, origin="timeline")
    session.selection.update(time_range=("2000-01-01", "2100-01-01"), origin="timeline")
    assert table.selected_event_ids() == [ids[0]]


def test_sorting_by_date_is_chronological_with_undated_last(table, session):
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        table.view.sortByColumn(COL_DATE, order)
        events = session.events.loc[shown_ids(table)]
        at = [s or e for s, e in zip(events["date_start"], events["date_end"])]  # a bound sorts at its day
        dated = [(a, e) for a, e in zip(at, events["date_end"]) if a]
        assert dated == sorted(dated, reverse=order == Qt.SortOrder.DescendingOrder)
        assert at == [a for a, _ in dated] + [""] * (len(events) - len(dated))
    table.view.sortByColumn(COL_TRIGGER, Qt.SortOrder.AscendingOrder)
    triggers = [table.proxy.index(r, COL_TRIGGER).data() for r in range(table.proxy.rowCount())]
    assert triggers == sorted(triggers, key=str.casefold)


def test_the_filter_box_narrows_the_rows_and_keeps_the_selection(qtbot, table, session):
    ids = shown_ids(table)
    session.selection.update(event_ids={ids[0], ids[1]}, origin="timeline")
    qtbot.keyClicks(table.filter_box, "jaishankar")
    shown = shown_ids(table)
    assert 0 < len(shown) < len(ids)
    for event_id in shown:
        row = table.model.rows_of([event_id])[0]
        assert "jaishankar" in table.model.search_text(row).casefold()
    assert session.state.event_ids == {ids[0], ids[1]}, "hiding rows must not change the shared selection"
    table.filter_box.clear()
    assert set(table.selected_event_ids()) == {ids[0], ids[1]}


def test_export_selected_writes_the_selected_events(qtbot, table, session, tmp_path):
    ids = shown_ids(table)
    chosen = {ids[0], ids[5], ids[-1]}
    session.selection.update(event_ids=chosen, origin="timeline")
    path = tmp_path / "events.csv"
    with qtbot.waitSignal(table.sig_exported) as signal:
        table.export_selected(path)
    assert signal.args == [str(path), 3]
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["event_id"] for r in rows} == chosen
    for row in rows:
        event = session.events.loc[row["event_id"]]
        doc = session.documents.loc[event["doc_id"]]
        assert row["doc_id"] == event["doc_id"] and row["document"] == doc["name"]
        assert (row["date_start"], row["date_end"]) == (event["date_start"], event["date_end"])
        assert row["sentence"] == make_inert(event["sentence"])
        assert row["participants"] == "; ".join(event["participants"])


def test_a_new_workspace_refreshes_the_table(table, session):
    tables = {name: frame.copy() for name, frame in session.tables.items()}
    tables["events"] = tables["events"].iloc[:7]
    session.set_tables(tables, None)
    assert len(shown_ids(table)) == 7


def test_the_preview_runs(qtbot, monkeypatch, session):
    import explorer.gui.preview as preview_module
    from explorer.gui.events import view as event_table

    monkeypatch.setattr(preview_module, "sample_session", lambda: session)
    widget = event_table.preview()
    qtbot.addWidget(widget)
    assert widget.isVisible() and widget.model.total_rows() == len(session.events)


def test_an_event_selected_elsewhere_beyond_the_loaded_rows_is_fetched_and_shown(table, session):
    tables = {name: frame.copy() for name, frame in session.tables.items()}
    tables["events"] = many_events(tables["events"], 1600)
    session.set_tables(tables, None)
    assert table.model.rowCount() == CHUNK_ROWS
    undated = tables["events"][(tables["events"]["date_start"] == "") & (tables["events"]["date_end"] == "")]
    target = undated["event_id"].iloc[-1]  # sorted by date, it is the very last row
    session.selection.update(event_ids={target}, origin="timeline")
    assert table.selected_event_ids() == [target]
    index = table.view.selectionModel().selectedRows()[0]
    assert index.row() >= CHUNK_ROWS
    assert table.view.viewport().rect().contains(table.view.visualRect(index)), "scrolled to the selection"


def test_the_filter_box_searches_every_row_not_only_the_loaded_ones(qtbot, table, session):
    tables = {name: frame.copy() for name, frame in session.tables.items()}
    tables["events"] = many_events(tables["events"], 1600)
    session.set_tables(tables, None)
    docs = session.tables["documents"]
    everything = EventTableModel()  # the same rows unfiltered, in the same (date) order
    everything.set_rows(session.events_in_view(), session.entity_names,
                        {d: t or n for d, t, n in zip(docs["doc_id"], docs["title"], docs["name"])})
    everything.sort(COL_DATE)
    fetch_all(everything)
    texts = [(everything.event_id(r), everything.search_text(r).casefold()) for r in range(everything.rowCount())]
    word = texts[-1][1].split()[0]  # a word of the very last row
    matching = [event_id for event_id, text in texts if word in text]
    hidden = next(event_id for event_id, text in texts if word not in text)
    qtbot.keyClicks(table.filter_box, word.upper())
    session.selection.update(event_ids={matching[-1], hidden}, origin="timeline")
    assert table.selected_event_ids() == [matching[-1]], "found past the first rows; the hidden one left out"
    index = table.view.selectionModel().selectedRows()[0]
    assert index.row() == len(matching) - 1
    assert table.view.viewport().rect().contains(table.view.visualRect(index)), "scrolled to the selection"
    assert session.state.event_ids == {matching[-1], hidden}, "filtering must not change the shared selection"
    assert shown_ids(table) == matching


def test_export_selection_writes_off_the_gui_thread(qtbot, table, session, tmp_path, monkeypatch):
    import threading

    from explorer.gui.events import view

    writers = []

    def recording(*args):
        writers.append(threading.current_thread())
        return write(*args)

    write = view.write_selected_events
    monkeypatch.setattr(view, "write_selected_events", recording)
    session.selection.update(event_ids=set(shown_ids(table)[:4]), origin="timeline")
    with qtbot.waitSignal(table.sig_exported, timeout=10000) as signal:
        table.export_selected(tmp_path / "events.csv")
    assert signal.args[1] == 4
    assert writers and writers[0] is not threading.main_thread()


@pytest.mark.parametrize("chosen_filter", ["JSON files (*.json)", "Parquet files (*.parquet)"])
def test_the_dialog_offers_the_registry_formats_and_saves_the_rows_of_the_csv(
        qtbot, table, session, tmp_path, monkeypatch, chosen_filter):
    from PySide6.QtWidgets import QFileDialog

    from explorer.core.export import selection_formats

    asked = []

    def answer(parent, title, suggested, filters):
        asked.append(filters)
        return str(tmp_path / "chosen"), chosen_filter  # no extension typed: the filter decides

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    session.selection.update(event_ids=set(shown_ids(table)[:6]), origin="timeline")
    with qtbot.waitSignal(table.sig_exported, timeout=10000):
        table._export_with_dialog()
    assert asked == [";;".join(f.file_filter for f in selection_formats())]
    assert asked[0].startswith("CSV files (*.csv);;JSON files (*.json);;Parquet files (*.parquet)")
    with qtbot.waitSignal(table.sig_exported, timeout=10000):
        table.export_selected(tmp_path / "chosen.csv")
    with open(tmp_path / "chosen.csv", newline="", encoding="utf-8") as handle:
        csv_ids = [row["event_id"] for row in csv.DictReader(handle)]
    written = tmp_path / ("chosen.json" if "json" in chosen_filter else "chosen.parquet")
    ids = (list(pd.read_json(written, dtype=False)["event_id"]) if written.suffix == ".json"
           else list(pd.read_parquet(written)["event_id"]))
    assert ids == csv_ids and len(ids) == 6


def test_export_selection_counts_its_chunks_and_a_cancel_leaves_no_file(qtbot, table, session, tmp_path, monkeypatch):
    """Issue 19: the table's right-click export of many rows shows how far it is and can be stopped."""
    import threading

    from explorer.core.export import selection
    from explorer.gui.events import view

    monkeypatch.setattr(selection, "CHUNK_ROWS", 2)
    ids = shown_ids(table)[:7]
    session.selection.update(event_ids=set(ids), origin="timeline")
    progress = []
    task = table.export_selected(tmp_path / "events.csv")
    task.sig_progress.connect(lambda phase, done, total: progress.append((done, total)))
    with qtbot.waitSignal(table.sig_exported, timeout=10000):
        pass
    assert progress and progress[-1] == (7, 7) and len(progress) == 4

    write, release = view.write_selected_events, threading.Event()

    def held(*args):
        release.wait(10)  # cancelled before its first chunk
        return write(*args)

    monkeypatch.setattr(view, "write_selected_events", held)
    task = table.export_selected(tmp_path / "cancelled.parquet")
    table.jobs.cancel(task)
    release.set()
    with qtbot.waitSignal(task.sig_cancelled, timeout=10000):
        pass
    assert not list(tmp_path.glob("cancelled*")) and not list(tmp_path.glob(".cancelled*"))


def test_sentences_held_as_arrow_strings_show_sort_and_filter_as_python_strings_do(session):
    """The window holds the sentences as Arrow-backed strings (decoded a row at a time): every cell, tooltip,
    sort and filter of the table is what it is over Python strings, accented text included."""
    events = session.events_in_view().copy()
    events["sentence"] = [f"{s} — café n°{i}" for i, s in enumerate(events["sentence"])]  # not all ASCII
    arrow = events.assign(sentence=events["sentence"].astype("str"))
    assert arrow["sentence"].dtype == "str"
    models = []
    for frame in (events, arrow):
        model = EventTableModel()
        model.set_rows(frame, session.entity_names, {})
        model.sort(COL_SENTENCE, Qt.SortOrder.DescendingOrder)
        fetch_all(model)
        models.append(model)
    rows = range(models[0].rowCount())
    for model in models[1:]:
        assert model.rowCount() == models[0].rowCount() > 0
        assert [model.index(r, COL_SENTENCE).data() for r in rows] == \
            [models[0].index(r, COL_SENTENCE).data() for r in rows]
        assert [model.index(r, COL_DATE).data(Qt.ItemDataRole.ToolTipRole) for r in rows] == \
            [models[0].index(r, COL_DATE).data(Qt.ItemDataRole.ToolTipRole) for r in rows]
        assert [model.index(r, COL_SENTENCE).data(Qt.ItemDataRole.ToolTipRole) for r in rows] == \
            [models[0].index(r, COL_SENTENCE).data(Qt.ItemDataRole.ToolTipRole) for r in rows]


def test_events_found_by_id_stand_where_the_table_shows_them_few_or_many(session):
    """A few events selected elsewhere are found by a pass over the display order each, more by its inverse: both
    give the rows the table shows them at, sorted, filtered by time or not, with the filter box's text or not."""
    from explorer.gui.events.table_model import FEW_POSITIONS

    events = many_events(session.tables["events"], 1500)
    events["event_id"] = events["event_id"].astype(object)  # (as the tables hold them)
    ids = events["event_id"].tolist()
    for sort, rows in ((COL_DATE, None), (COL_TRIGGER, list(range(0, 1500, 3)))):
        for needle in ("", "a"):
            model = EventTableModel()
            model.set_rows(events, rows=None if rows is None else pd.Series(rows).to_numpy())
            model.sort(sort, Qt.SortOrder.DescendingOrder)
            model.set_filter_text(needle)
            for wanted in (ids[1:1 + FEW_POSITIONS // 2], ids[::7]):
                found = model.rows_of(wanted)
                fetch_all(model)
                shown = [model.event_id(r) for r in range(model.rowCount())]
                assert found == sorted(shown.index(e) for e in wanted if e in shown)
                assert found, (sort, needle)


@pytest.mark.parametrize("descending", [False, True])
def test_the_date_keys_take_each_rows_pair_once_in_32_bits_and_sort_as_the_dates_do(descending):
    """The Date column's key of every row is taken from a table of the (start, end) pairs in one pass, the pair's
    number made in place in 32 bits (ten million events: 0.45 s of the opening was 64-bit temporaries and three
    takes); the keys sort the rows as the dates do (a bound at its day, undated last, ties in row order)."""
    import tracemalloc

    from explorer.core import coded
    from explorer.gui.events.table_model import _date_keys, _stable_order

    count = 300_000
    rng = np.random.default_rng(1)
    days = np.array(["", *[f"2024-0{m}-{d:02d}" for m in (1, 2) for d in range(1, 29)]], dtype=object)
    start_codes, end_codes = rng.integers(0, len(days), count), rng.integers(0, len(days), count)
    starts, ends = days[start_codes], days[end_codes]
    coded.remember(starts, start_codes, days)  # (as the window's read keeps them: ``coded.codes_of``)
    coded.remember(ends, end_codes, days)
    tracemalloc.start()
    try:
        keys = _date_keys(starts, ends, None, descending)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10.5 * count  # (before: the pair in 64 bits, its temporaries and three takes, 12.1 bytes a row)
    order = _stable_order(keys).tolist()
    sample = order[::97]
    at = [(starts[r] or ends[r], ends[r]) for r in sample]
    dated = [a for a in at if a[0]]
    assert dated == sorted(dated, reverse=descending) and all(a[0] for a in at[:len(dated)])
    assert not any(a[0] for a in at[len(dated):])
    subset = np.sort(rng.choice(count, 5000, replace=False))  # (a filter's rows: ranked among their own pairs)
    assert _stable_order(_date_keys(starts, ends, subset, descending)).tolist() == _stable_order(keys[subset]).tolist()


def test_a_filter_of_a_busy_entity_takes_where_its_events_stand_in_date_order_as_worked_out_after_opening(
        qtbot, table, session, monkeypatch):
    """Where the busiest entities' events stand in the date order is worked out by the work started once the
    window is drawn (``RowOrder``'s warm work): filtering one of them marks no row and shows its events in date
    order; two entities are found by marking, as before."""
    from explorer.core import query
    from explorer.core.later import Later
    from explorer.core.query import RowOrder

    involved = session.event_lookup.rows  # (the lookup's rows per state: the busiest entity's count)
    counts = pd.Series([e for ps in session.events["participants"] for e in ps]).value_counts()
    busiest, other = counts.index[0], counts.index[1]
    monkeypatch.setattr(query, "WARM_FROM", int(counts.iloc[0]))  # (only the busiest: the seeds are small)
    monkeypatch.setattr(query, "WARM_SHARE", 0.0)
    table._workspace = None  # (the table's order made again, as a new workspace's is)
    table.refresh()
    Later.start_waiting()
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    marked = []
    real = RowOrder._marked
    monkeypatch.setattr(RowOrder, "_marked", lambda self, rows: marked.append(len(rows)) or real(self, rows))
    for checked, busy in (({busiest}, True), ({busiest, other}, False), ({other}, False)):
        marked.clear()
        session.selection.update(filter_entity_ids=checked, origin="entities")
        assert bool(marked) != busy, checked
        ids = shown_ids(table)
        in_view = session.events_in_view()
        assert sorted(ids) == sorted(in_view.index) and len(involved(session.state)) == len(ids)
        order = table._workspace[2].order  # the date order, read along with the filter's mask
        assert ids == list(session.events.index[order[session.event_lookup.mask(session.state)[order]]])
