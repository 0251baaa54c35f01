"""Opening a big case as the window opens it keeps the events' participants as the columnar cache's Arrow lists
(not a Python list a row: 3.7 s and ~760 MB of the first window at ten million events), and the analyst sees no
difference: the table's Participants column and its sort, an entity's filter, the timeline's entity lanes, a merge
with its undo and redo, a split, and an exported selection are those of the same workspace read from its rows."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest

from tests.gui.opening import both_ways, generated_tables, with_column_cache



@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A synthetic workspace (events with none, one or several participants), its columnar cache written."""
    return with_column_cache(generated_tables(11), tmp_path_factory.mktemp("lists") / "generated.explorer")


@pytest.fixture
def both(generated, qtbot):
    """(opened from the cache, opened from the rows); their work left for later done before the next test (it
    would otherwise start with the next test's session and do its work before that test looks)."""
    yield from both_ways(generated, qtbot)


def _participants(session) -> list[list[str]]:
    return [list(cell) for cell in session.events["participants"]]


def test_the_participants_are_kept_as_arrow_lists_holding_the_rows_values(both):
    cached, rows = both
    assert cached.events["participants"].dtype != object  # Arrow: no Python list made a row at opening
    assert rows.events["participants"].dtype == object
    assert _participants(cached) == _participants(rows)
    assert sum(map(len, _participants(rows))) > len(rows.events)  # (events with several participants)


def test_the_tables_participants_column_and_its_sort_are_those_of_the_rows(both):
    from PySide6.QtCore import Qt

    from explorer.gui.events.table_model import COL_PARTICIPANTS, EventTableModel

    shown = []
    for session in both:
        model = EventTableModel()
        model.set_rows(session.events, session.entity_names)
        texts = [model.display(row, COL_PARTICIPANTS) for row in range(model.rowCount())]
        model.sort(COL_PARTICIPANTS, Qt.SortOrder.DescendingOrder)
        shown.append((texts, [model.event_id(row) for row in range(model.rowCount())]))
    assert shown[0] == shown[1]
    assert any(", " in text for text in shown[0][0])


def test_an_entitys_filter_and_the_timelines_entity_lanes_are_those_of_the_rows(both):
    from explorer.core.selection import SelectionState
    from explorer.gui.timeline.lanes import Layouts, lane_plan

    cached, rows = both
    for entity in rows.tables["entities"].nlargest(3, "mention_count")["entity_id"].tolist():
        state = SelectionState(filter_entity_ids=frozenset({entity}))
        assert cached.event_lookup.mask(state).tolist() == rows.event_lookup.mask(state).tolist()
    plans = [lane_plan("entity", Layouts().arrays_of(session), session) for session in both]
    layouts = [plan.layout(np.ones(len(session.events), dtype=bool)) for plan, session in zip(plans, both)]
    assert [(list(p.lane_keys), p.event_row.tolist(), p.lane.tolist()) for p in layouts[:1]] == \
        [(list(p.lane_keys), p.event_row.tolist(), p.lane.tolist()) for p in layouts[1:]]
    assert len(layouts[0].lane_keys) > 1


def test_a_merge_its_undo_and_redo_and_a_split_give_the_rows_participants(both):
    from explorer.core.edits import decisions
    from explorer.core.selection import SelectionState

    cached, rows = both
    entities = rows.table("entities").nlargest(2, "mention_count")
    ids, names = entities["entity_id"].tolist(), entities["name"].tolist()
    opened = _participants(cached)
    merged = SelectionState(filter_entity_ids=frozenset({ids[0]}))
    for session in both:
        assert session.do_edit(decisions.merge(ids, ids[0], names[0]))
    assert _participants(cached) == _participants(rows) != opened
    assert cached.event_lookup.mask(merged).tolist() == rows.event_lookup.mask(merged).tolist()
    for session in both:
        session.undo_stack.undo()
    assert _participants(cached) == _participants(rows) == opened
    for session in both:
        session.undo_stack.redo()
    assert _participants(cached) == _participants(rows) != opened
    mentions = rows.mentions.of_entities([ids[0]])
    alias = mentions["text"].value_counts().index[-1]
    for session in both:
        assert session.do_edit(decisions.split(ids[0], alias, names[0]))
    assert _participants(cached) == _participants(rows)


def test_an_exported_selection_of_events_is_that_of_the_rows(both):
    from explorer.core.export.selection import write_selected_events

    written = []
    for session in both:
        out = io.BytesIO()
        write_selected_events(dict(session.tables), session.events["event_id"].tolist()[::7], out)
        written.append(out.getvalue())
    assert written[0] == written[1] and b"participant" in written[0]
