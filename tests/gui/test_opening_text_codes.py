"""Opening a big case as the window opens it holds the events' repeated texts (trigger, lemma, tense, place,
timex_id, note, the dates' basis, the cluster ids) as codes — the columnar cache's dictionaries, as pandas categoricals — not an
object array of ten million pointers each (~80 MB and 0.1-0.2 s a column at ten million events), and the analyst
sees no difference: the table's cells and sorts, a place's filter, a note with its undo and redo, a corrected
publication date that re-dates events, a merge that renames a place, the cluster decisions (split, take out,
dismiss) with their undo and redo, the timeline's clusters, and an exported selection are those of the
same workspace read from its rows."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.gui.opening import both_ways, generated_tables, with_column_cache

CODED = ["trigger", "lemma", "tense", "place", "timex_id", "note", "date_basis", "cluster_id"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic workspace with places and a few notes, its columnar cache written."""
    tables = generated_tables(13)
    events = tables["events"].copy()
    notes = np.full(len(events), "", dtype=object)
    notes[::50] = "check the wire copy"
    events["note"] = notes
    places = np.full(len(events), "", dtype=object)
    ids = tables["entities"]["entity_id"].to_numpy(dtype=object)
    places[::3] = ids[np.arange(0, len(events), 3) % 20]  # twenty entities named as places
    events["place"] = places
    tables["events"] = events
    return with_column_cache(tables, tmp_path_factory.mktemp("text_codes") / "generated.explorer")


@pytest.fixture
def both(generated, qtbot):
    """(opened from the cache, opened from the rows), their later work done after the test."""
    yield from both_ways(generated, qtbot)


def _texts(session) -> dict[str, list[str]]:
    return {name: [str(v) for v in session.events[name].tolist()] for name in CODED + ["date_start", "date_end"]}


def test_the_repeated_texts_are_held_as_codes_holding_the_rows_values(both):
    cached, rows = both
    for name in CODED:
        assert isinstance(cached.events[name].dtype, pd.CategoricalDtype), name  # no Python string a row
        assert rows.events[name].dtype == object
    assert _texts(cached) == _texts(rows)
    assert (rows.events["place"] != "").sum() > 10 and (rows.events["note"] != "").sum() > 10


def test_the_tables_cells_and_sorts_are_those_of_the_rows(both):
    from PySide6.QtCore import Qt

    from explorer.gui.events.table_model import (COL_DATE, COL_NOTES, COL_PLACE, COL_TRIGGER, SEARCH_ROLE,
                                                  EventTableModel)

    shown = []
    for session in both:
        model = EventTableModel()
        model.set_rows(session.events, session.entity_names)
        seen = []
        for column, order in ((COL_TRIGGER, Qt.SortOrder.AscendingOrder), (COL_PLACE, Qt.SortOrder.DescendingOrder),
                              (COL_DATE, Qt.SortOrder.AscendingOrder)):
            model.sort(column, order)
            seen.append([model.event_id(row) for row in range(model.rowCount())])
            seen.append([[model.display(row, c) for c in (COL_DATE, COL_TRIGGER, COL_PLACE, COL_NOTES)]
                         + [model.index(row, COL_DATE).data(Qt.ItemDataRole.ToolTipRole),
                            model.index(row, COL_DATE).data(Qt.ItemDataRole.FontRole) is not None,
                            model.index(row, 0).data(SEARCH_ROLE)] for row in range(model.rowCount())])
        model.set_filter_text("wire copy")
        seen.append([model.event_id(row) for row in range(model.rowCount())])
        shown.append(seen)
    assert shown[0] == shown[1]
    assert len(shown[0][-1]) >= 5  # (notes found by the table's filter box)


def test_a_places_filter_is_that_of_the_rows(both):
    from explorer.core.query import events_in_view
    from explorer.core.selection import SelectionState

    cached, rows = both
    places = rows.events.loc[rows.events["place"] != "", "place"].value_counts().index[:3].tolist()
    for place in places:
        state = SelectionState(filter_entity_ids=frozenset({place}))
        assert cached.event_lookup.mask(state).tolist() == rows.event_lookup.mask(state).tolist()
        assert events_in_view(cached.events, state)["event_id"].tolist() == \
            events_in_view(rows.events, state)["event_id"].tolist()


def test_a_note_a_redating_and_a_merge_with_their_undo_and_redo_give_the_rows_texts(both):
    from explorer.core.edits import decisions

    cached, rows = both
    opened = _texts(rows)
    event = rows.events["event_id"].iloc[7]
    for session in both:  # a note none had: not among the column's strings
        assert session.do_edit(decisions.note(event, "a new note, never written before"))
    assert _texts(cached) == _texts(rows) != opened
    assert rows.events.set_index("event_id").at[event, "note"] == "a new note, never written before"
    documents = rows.table("documents")
    doc = documents.loc[rows.events["doc_id"].value_counts().index[0] == documents["doc_id"]].iloc[0]
    for session in both:  # the events of a document dated again: dates, basis and timex ids written
        assert session.do_edit(decisions.set_published(doc["doc_id"], "2031-07-04", str(doc["name"])))
    assert _texts(cached) == _texts(rows)
    place = rows.events.loc[rows.events["place"] != "", "place"].value_counts().index[0]
    other = rows.table("entities").set_index("entity_id").drop(index=place).nlargest(1, "mention_count")
    for session in both:  # the place renamed to the survivor
        assert session.do_edit(decisions.merge([other.index[0], place], other.index[0], str(other["name"].iloc[0])))
    merged = _texts(rows)
    assert merged["place"].count(other.index[0]) > opened["place"].count(other.index[0])
    assert _texts(cached) == merged
    # the window's merge renames the place in its codes: no string a row made (the first merge at ten million events)
    assert isinstance(cached.events["place"].dtype, pd.CategoricalDtype)
    for _ in range(3):
        for session in both:
            session.undo_stack.undo()
    assert _texts(cached) == _texts(rows) == opened
    for _ in range(3):
        for session in both:
            session.undo_stack.redo()
    assert _texts(cached) == _texts(rows) == merged


def _clusters(session) -> list:
    clusters = session.table("clusters")
    return [clusters[name].tolist() for name in ("cluster_id", "label", "date_start", "date_end", "event_ids")]


def test_the_cluster_decisions_with_their_undo_and_redo_give_the_rows_cluster_ids(both):
    from explorer.core.edits import decisions
    from explorer.gui.timeline.layout import cluster_codes

    cached, rows = both
    opened, opened_clusters = _texts(rows), _clusters(rows)
    assert _texts(cached) == opened and _clusters(cached) == opened_clusters
    clusters = rows.table("clusters")
    sizes = clusters["doc_ids"].map(len)
    big = clusters[sizes >= 3].iloc[:3]
    assert len(big) == 3 and (rows.events["cluster_id"] != "").sum() > 100
    first, second, third = (big.iloc[i].to_dict() for i in range(3))
    member = rows.events.loc[rows.events["cluster_id"] == second["cluster_id"], "event_id"].iloc[0]
    made = [lambda: decisions.split_cluster(first, list(first["doc_ids"])[:1], ["one source"]),
            lambda: decisions.remove_from_cluster(member, second), lambda: decisions.dismiss_cluster(third)]
    for edit in made:
        for session in both:  # (a decision each: a session numbers the decisions it is given)
            assert session.do_edit(edit())
        assert _texts(cached) == _texts(rows) and _clusters(cached) == _clusters(rows)
    edited, edited_clusters = _texts(rows), _clusters(rows)
    assert edited["cluster_id"] != opened["cluster_id"] and third["cluster_id"] not in set(edited["cluster_id"])
    # the timeline's clusters after the decisions: each event's number by first appearance, and the conflicts
    numbers = [[part.tolist() for part in cluster_codes(s.events, s.table("clusters"))] for s in both]
    assert numbers[0] == numbers[1]
    for _ in made:
        for session in both:
            session.undo_stack.undo()
    assert _texts(cached) == _texts(rows) == opened and _clusters(cached) == _clusters(rows) == opened_clusters
    assert isinstance(cached.events["cluster_id"].dtype, pd.CategoricalDtype)  # (the opened tables, as read)
    for _ in made:
        for session in both:
            session.undo_stack.redo()
    assert _texts(cached) == _texts(rows) == edited and _clusters(cached) == _clusters(rows) == edited_clusters


def test_the_timelines_cluster_numbers_are_those_of_the_rows(both):
    from explorer.gui.timeline.layout import cluster_codes

    cached, rows = both
    (codes, conflicted), (row_codes, row_conflicted) = (cluster_codes(s.events, s.table("clusters")) for s in both)
    assert codes.tolist() == row_codes.tolist() and conflicted.tolist() == row_conflicted.tolist()
    assert codes.max() > 50  # (numbered by first appearance either way: the read's dictionary order is kept)


def test_an_exported_selection_of_events_is_that_of_the_rows(both):
    from explorer.core.export.selection import write_selected_events

    written = []
    for session in both:
        out = io.BytesIO()
        write_selected_events(dict(session.tables), session.events["event_id"].tolist()[::7], out)
        written.append(out.getvalue())
    assert written[0] == written[1] and b"wire copy" in written[0]
