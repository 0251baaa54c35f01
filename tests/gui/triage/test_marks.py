"""Triage marks in the window, driven by the analyst's keys, clicks and menus: S, F, R on selected rows, Ctrl+Z,
the mark filter narrowing the event table and the timeline, the document list's marks, and reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from explorer.core.edits.marks import FLAG, REVIEWED, STAR
from explorer.core.store import load_edits, load_workspace
from explorer.gui.events.table_model import COL_MARKS, EVENT_ID_ROLE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def _click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> str:
    """Click the row's Date cell, as the analyst would; returns the row's event id."""
    index = table.proxy.index(row, 0)
    table.view.scrollTo(index)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, modifier, table.view.visualRect(index).center())
    return index.data(EVENT_ID_ROLE)


def _marks_cell(table, event_id: str) -> str:
    return table.model.display(table.model.rows_of([event_id])[0], COL_MARKS)


def test_s_stars_the_selected_row_and_ctrl_z_takes_it_back(qtbot, edit_window, seed_workspace):
    table = edit_window.events.widget()
    event_id = _click_row(qtbot, table, 2)
    assert edit_window.session.state.event_ids == {event_id}
    qtbot.keyClick(table.view, Qt.Key.Key_S)
    assert _marks_cell(table, event_id) == "★"
    assert [e.kind for e in load_edits(seed_workspace)] == ["mark"], "saved in the workspace at once"
    assert edit_window.session.undo_stack.undoText() == "Star event"
    qtbot.keyClick(edit_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _marks_cell(table, event_id) == ""
    assert load_edits(seed_workspace) == []
    qtbot.keyClick(table.view, Qt.Key.Key_S)
    qtbot.keyClick(table.view, Qt.Key.Key_S)  # pressed again on a starred row: the star comes off
    assert _marks_cell(table, event_id) == ""


def test_f_and_r_mark_many_selected_rows_in_one_undoable_step(qtbot, edit_window):
    table = edit_window.events.widget()
    first = _click_row(qtbot, table, 0)
    last = _click_row(qtbot, table, 3, Qt.KeyboardModifier.ShiftModifier)
    chosen = table.selected_event_ids()
    assert len(chosen) == 4 and first in chosen and last in chosen
    qtbot.keyClick(table.view, Qt.Key.Key_F)
    qtbot.keyClick(table.view, Qt.Key.Key_R)
    assert {_marks_cell(table, e) for e in chosen} == {"⚑✓"}
    edit_window.session.undo_stack.undo()
    assert {_marks_cell(table, e) for e in chosen} == {"⚑"}


def test_the_starred_filter_narrows_the_event_table_and_the_timeline(qtbot, edit_window):
    table, timeline = edit_window.events.widget(), edit_window.timeline
    everything = table.model.total_rows()
    starred = {_click_row(qtbot, table, 1)}
    qtbot.keyClick(table.view, Qt.Key.Key_S)
    starred.add(_click_row(qtbot, table, 5))
    qtbot.keyClick(table.view, Qt.Key.Key_S)
    table.mark_filter.setFocus()
    qtbot.keyClick(table.mark_filter, Qt.Key.Key_Down)  # All events → ★ Starred
    assert table.mark_filter.currentText() == "★ Starred"
    assert table.model.total_rows() == 2
    assert {table.model.event_id(r) for r in range(2)} == starred
    assert {e for e, *_ in timeline.event_points()} | set(timeline.undated_event_ids()) == starred
    # a star added while the filter is on joins the rows at once; taken off, it leaves them
    table.mark_filter.setCurrentIndex(0)
    assert table.model.total_rows() == everything
    qtbot.keyClick(table.mark_filter, Qt.Key.Key_Down)
    _click_row(qtbot, table, 0)
    qtbot.keyClick(table.view, Qt.Key.Key_S)  # unstar one of the two
    assert table.model.total_rows() == 1
    qtbot.keyClick(edit_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table.model.total_rows() == 2
    for _ in range(3):
        qtbot.keyClick(table.mark_filter, Qt.Key.Key_Down)  # → Not yet reviewed
    assert table.mark_filter.currentText() == "Not yet reviewed" and table.model.total_rows() == everything


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")  # offscreen menus
def test_the_context_menu_marks_the_selected_rows(qtbot, edit_window):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    table = edit_window.events.widget()
    event_id = _click_row(qtbot, table, 4)
    chosen = []

    def pick_flag():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        chosen.extend(a.text() for a in menu.actions() if a.text())
        flag = next(a for a in menu.actions() if a.text().endswith("Flag"))
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(flag).center())

    QTimer.singleShot(200, pick_flag)
    position = table.view.visualRect(table.proxy.index(table.model.rows_of([event_id])[0], 1)).center()
    table.view.customContextMenuRequested.emit(position)
    assert "⚑ Flag" in chosen and _marks_cell(table, event_id) == "⚑"


def test_a_document_is_marked_in_the_source_pane_and_its_list_shows_it(qtbot, edit_window):
    source = edit_window.source.widget()
    doc_id = source.current_doc_id()
    source.combo.setFocus()
    qtbot.keyClick(source.combo, Qt.Key.Key_F)
    qtbot.keyClick(source.combo, Qt.Key.Key_S)
    assert edit_window.session.marks.of_document(doc_id) == {FLAG, STAR}
    assert source.combo.currentText().startswith("★⚑ ")
    assert source.current_doc_id() == doc_id, "the keys did not jump to another document"
    edit_window.session.undo_stack.undo()
    assert source.combo.currentText().startswith("⚑ ")


def test_marks_are_there_again_when_the_workspace_is_reopened(qtbot, edit_window, seed_workspace):
    from explorer.gui.session import Session

    table = edit_window.events.widget()
    event_id = _click_row(qtbot, table, 2)
    qtbot.keyClick(table.view, Qt.Key.Key_R)
    doc_id = edit_window.source.widget().current_doc_id()
    edit_window.source.widget().combo.setFocus()
    qtbot.keyClick(edit_window.source.widget().combo, Qt.Key.Key_S)
    edit_window.close()
    reopened = Session()
    reopened.set_tables(load_workspace(seed_workspace, edited=False), seed_workspace)
    assert reopened.marks.of_event(event_id) == {REVIEWED}
    assert reopened.marks.of_document(doc_id) == {STAR}


def test_f_on_an_event_clicked_on_the_timeline_flags_it(qtbot, edit_window):
    from PySide6.QtCore import QPointF

    from explorer.gui.timeline.layout import DAY

    timeline, session = edit_window.timeline, edit_window.session
    event_id, x, y, _ = next(p for p in timeline.event_points() if p[3] == "point")
    timeline.set_x_range(x - 3 * DAY, x + 3 * DAY)
    at = timeline.plot.mapFromScene(timeline.view_box.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(timeline.plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert session.state.event_ids == {timeline.event_at(x, y)}
    qtbot.keyClick(timeline.plot, Qt.Key.Key_F)
    assert session.marks.of_event(timeline.event_at(x, y)) == {FLAG}
    assert _marks_cell(edit_window.events.widget(), timeline.event_at(x, y)) == "⚑"
    del event_id


def test_clicking_the_marks_header_puts_the_marked_rows_first(qtbot, edit_window):
    from explorer.gui.events.table_model import COL_MARKS

    table = edit_window.events.widget()
    for row in (7, 11):
        _click_row(qtbot, table, row)
        qtbot.keyClick(table.view, Qt.Key.Key_S)
    marked = edit_window.session.marks.events_marked(STAR)
    header = table.view.horizontalHeader()
    x = header.sectionViewportPosition(COL_MARKS) + header.sectionSize(COL_MARKS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert {table.model.event_id(r) for r in range(2)} == marked, "★ sorts before ⚑ and ✓, unmarked rows last"
    assert table.model.display(2, COL_MARKS) == ""
    _click_row(qtbot, table, 5)
    qtbot.keyClick(table.view, Qt.Key.Key_F)  # a mark made while sorted by marks: sorted again
    assert table.model.display(2, COL_MARKS) == "⚑"
