"""Dates the text does not state are drawn as such: hollow when inferred, a triangle for a bound."""

from __future__ import annotations

import pytest

from explorer.core.dates import BEFORE, INFERRED, certainty
from explorer.gui.timeline.layout import day_seconds
from explorer.gui.timeline.view import TimelineView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _with_uncertain_dates(session) -> tuple[dict, str, str]:
    """The seed tables with one event bounded ("on or before 2026-01-20") and one dated by the narrative."""
    tables = {name: frame.copy() for name, frame in session.tables.items()}
    events = tables["events"]
    dated = events.index[(events["date_start"] != "") & (events["date_basis"] == "timex")]
    bounded, narrative = dated[0], dated[1]
    events.loc[bounded, ["date_start", "date_end", "date_basis"]] = ["", "2026-01-20", "bounded"]
    events.loc[narrative, "date_basis"] = "narrative"
    return tables, str(events.at[bounded, "event_id"]), str(events.at[narrative, "event_id"])


@pytest.fixture
def shown(qtbot, session):
    tables, bounded, narrative = _with_uncertain_dates(session)
    session.set_tables(tables, session.path)
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    qtbot.waitExposed(view)
    return view, bounded, narrative


def test_an_event_on_or_before_a_day_is_placed_at_its_bound_not_left_undated(shown):
    view, bounded, _ = shown
    placed = {eid: x for eid, x, _, _ in view.event_points()}
    assert bounded in placed
    assert day_seconds("2026-01-20") <= placed[bounded] < day_seconds("2026-01-21")
    assert bounded not in view.undated_event_ids()


def test_a_bound_is_a_triangle_and_an_inferred_date_a_hollow_dot(shown):
    view, bounded, narrative = shown
    points = view.items.points.data
    ids = [eid for eid, *_ in view.event_points() if _ != "bar"]
    placed = view._placed
    row_of = {placed.event_id_at(i): i for i in range(len(placed)) if not placed.is_bar[i]}
    order = sorted(row_of.values())
    symbol = {placed.event_id_at(i): points["symbol"][k] for k, i in enumerate(order)}
    brush = {placed.event_id_at(i): points["brush"][k].color().alpha() for k, i in enumerate(order)}
    assert ids
    assert symbol[bounded] == "t3"  # pointing back in time: the event lies on or before it
    assert symbol[narrative] == "o" and brush[narrative] < 100  # hollow
    events = view.session.events
    certain = next(e for e in symbol if e not in (bounded, narrative) and events.at[e, "date_basis"] == "timex")
    assert symbol[certain] == "o" and brush[certain] == 255


def test_the_big_timeline_draws_the_same_certainties(shown):
    view, bounded, narrative = shown
    arrays = view.layouts.arrays_of(view.session)
    rows = view.session.event_lookup.positions_of([bounded, narrative])
    assert list(arrays.certainty[rows]) == [BEFORE, INFERRED]
    events = view.session.events
    expected = [certainty(s, e, b) for s, e, b in zip(events["date_start"], events["date_end"], events["date_basis"])]
    assert list(arrays.certainty) == expected  # the core's reading, row by row
    view.layer.set_placements(view._placed, arrays.cluster_code, arrays.conflicted, certainty=arrays.certainty)
    drawn = {view._placed.event_id_at(int(r)): c for r, c in zip(view.layer.rows, view.layer.certainty)}
    assert drawn[bounded] == BEFORE and drawn[narrative] == INFERRED


def test_the_tooltip_says_the_date_is_a_bound(shown):
    from explorer.gui.timeline.hover import event_tooltip

    view, bounded, _ = shown
    text = event_tooltip(view.session, bounded)
    assert "on or before 20 January 2026" in text and "bounded by the report" in text


def test_the_marks_are_explained_under_the_time_axis(shown):
    view, *_ = shown
    legend = view.plot.getPlotItem().getAxis("bottom").labelText
    assert all(words in legend for words in ("date stated", "inferred", "on or before", "on or after"))


def test_the_event_table_words_a_bound_and_sets_inferred_dates_in_italics(qtbot, shown):
    from PySide6.QtCore import Qt

    from explorer.gui.events.table_model import COL_DATE
    from explorer.gui.events.view import EventTable

    view, bounded, narrative = shown
    table = EventTable(view.session)
    qtbot.addWidget(table)
    rows = dict(zip((bounded, narrative), table.model.rows_of([bounded, narrative])))
    cell = {e: table.model.index(r, COL_DATE) for e, r in rows.items()}
    assert cell[bounded].data() == "≤ 2026-01-20"
    assert "on or before 20 January 2026" in cell[bounded].data(Qt.ItemDataRole.ToolTipRole)
    assert all(cell[e].data(Qt.ItemDataRole.FontRole).italic() for e in (bounded, narrative))
    stated = view.session.events.index[view.session.events["date_basis"] == "timex"][0]
    assert table.model.index(table.model.rows_of([stated])[0], COL_DATE).data(Qt.ItemDataRole.FontRole) is None
