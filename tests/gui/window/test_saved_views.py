"""View ▸ Save View… and View ▸ Saved Views: a view saved from the window, everything changed, one click on its
entry brings each part back (search, time window, checked entities, mark filter, tab, docks); rename, delete and
undo; and the views are there again when the workspace is reopened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog

from explorer.core.store import load_edits, load_workspace
from explorer.gui.events.table_model import EVENT_ID_ROLE

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)")


def _click_menu_entry(qtbot, menu, text: str) -> None:
    """Click the entry of an open menu by its text, as the analyst would."""
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _open_view_menu(qtbot, window):
    """Click View in the menu bar; returns the menu it opens."""
    from PySide6.QtWidgets import QMenu

    bar = window.menuBar()
    menu = next(m for m in window.findChildren(QMenu) if m.title() == "&View")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    return menu


def _narrow_everything(qtbot, window) -> dict:
    """Search, check an entity, star an event and show only starred ones, set a window, show the graph, hide Source."""
    session, table, search = window.session, window.events.widget(), window.search.widget()
    qtbot.keyClicks(search.edit, "minerals")
    qtbot.waitUntil(lambda: session.state.query == "minerals", timeout=5000)
    search.wait()
    qtbot.mouseClick(search.narrow_button, Qt.MouseButton.LeftButton)  # only the events whose sentence matches
    assert session.state.filter_event_ids
    sidebar = window.sidebar.widget()
    entities = session.tables["entities"]
    rubio = entities.loc[entities["name"] == "Marco Rubio", "entity_id"].iloc[0]
    sidebar.proxy.setData(sidebar.proxy.mapFromSource(sidebar.model.index_of(rubio)), Qt.CheckState.Checked.value,
                          Qt.ItemDataRole.CheckStateRole)
    index = table.proxy.index(0, 0)
    qtbot.mouseClick(table.view.viewport(), Qt.MouseButton.LeftButton, pos=table.view.visualRect(index).center())
    qtbot.keyClick(table.view, Qt.Key.Key_S)
    table.mark_filter.setFocus()
    qtbot.keyClick(table.mark_filter, Qt.Key.Key_Down)  # ★ Starred
    session.selection.update(origin="timeline", time_range=("2025-06-01", "2026-12-31"))  # (as Shift+drag writes)
    window.timeline.lane_combo.setFocus()
    qtbot.keyClick(window.timeline.lane_combo, Qt.Key.Key_Down)  # lanes by entity
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Relationships tab
    window.source.close()
    return {"state": session.state, "tab": window.tabs.currentIndex(), "rows": table.model.total_rows(),
            "lanes": window.timeline.lane_mode(),
            "starred": index.data(EVENT_ID_ROLE)}


def test_a_saved_view_is_reopened_by_one_click_on_its_entry(qtbot, edit_window, monkeypatch):
    window, session = edit_window, edit_window.session
    saved = _narrow_everything(qtbot, window)
    assert saved["state"].mark_filter is not None and saved["rows"] == 1
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Rubio on minerals", True))
    _click_menu_entry(qtbot, _open_view_menu(qtbot, window), "Save View…")
    assert list(session.saved_views) == ["Rubio on minerals"]
    assert session.undo_stack.undoText() == "Save view ‘Rubio on minerals’"
    # everything changed
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.source.show()
    window.timeline.set_lane_mode("document")
    assert saved["lanes"] != "document"
    assert session.state.query == "" and not session.state.filter_entity_ids and session.state.mark_filter is None
    assert window.events.widget().model.total_rows() > 1
    # one click on its entry
    menu = window.saved_views.menu
    menu.popup(window.mapToGlobal(QPoint(200, 200)))
    qtbot.waitUntil(menu.isVisible)
    _click_menu_entry(qtbot, menu, "Rubio on minerals")
    state = session.state
    assert (state.query, state.time_range, state.filter_entity_ids, state.filter_event_ids) == \
        (saved["state"].query, saved["state"].time_range, saved["state"].filter_entity_ids,
         saved["state"].filter_event_ids)
    assert state.mark_filter == saved["state"].mark_filter
    assert window.tabs.currentIndex() == saved["tab"] == 1
    assert not window.source.isVisible()
    assert window.timeline.lane_mode() == saved["lanes"]
    assert window.search.widget().edit.text() == "minerals"
    assert window.events.widget().mark_filter.currentText() == "★ Starred"
    assert window.events.widget().model.total_rows() == saved["rows"]
    assert window.events.widget().model.event_id(0) == saved["starred"]


def test_views_are_renamed_deleted_undone_and_there_again_after_reopening(qtbot, edit_window, seed_workspace,
                                                                           monkeypatch):
    from explorer.gui.session import Session

    window, session = edit_window, edit_window.session
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("First look", True))
    _click_menu_entry(qtbot, _open_view_menu(qtbot, window), "Save View…")
    session.selection.update(origin="timeline", time_range=("2026-01-01", "2026-01-31"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("January", True))
    _click_menu_entry(qtbot, _open_view_menu(qtbot, window), "Save View…")
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Overview", True))
    window.saved_views.refresh_menu()
    rename = window.saved_views.rename_menu
    rename.popup(window.mapToGlobal(QPoint(200, 200)))
    qtbot.waitUntil(rename.isVisible)
    _click_menu_entry(qtbot, rename, "First look")
    assert list(session.saved_views) == ["Overview", "January"]
    delete = window.saved_views.delete_menu
    delete.popup(window.mapToGlobal(QPoint(200, 200)))
    qtbot.waitUntil(delete.isVisible)
    _click_menu_entry(qtbot, delete, "January")
    assert list(session.saved_views) == ["Overview"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert list(session.saved_views) == ["Overview", "January"]
    assert [e.kind for e in load_edits(seed_workspace)] == ["save_view", "save_view", "rename_view"]
    window.close()
    reopened = Session()
    reopened.set_tables(load_workspace(seed_workspace, edited=False), seed_workspace)
    assert list(reopened.saved_views) == ["Overview", "January"]
    assert reopened.saved_views["January"].time_range == ("2026-01-01", "2026-01-31")


def test_a_saved_view_keeps_the_query_bars_line_and_reopens_it_through_the_bar(qtbot, edit_window, monkeypatch):
    window, session = edit_window, edit_window.session
    bar = window.query_bar
    qtbot.mouseClick(bar.edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(bar.edit, 'outlet:ANI "minerals"')  # a field and free text (looked up in the background)
    bar.completer.popup().hide()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    bar.wait()
    narrowed = window.events.widget().model.total_rows()
    assert 0 < narrowed < len(session.events)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("ANI on minerals", True))
    _click_menu_entry(qtbot, _open_view_menu(qtbot, window), "Save View…")
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)  # the line emptied: every event back
    bar.wait()
    assert session.state.filter_query == "" and window.events.widget().model.total_rows() == len(session.events)
    menu = window.saved_views.menu
    menu.popup(window.mapToGlobal(QPoint(200, 200)))
    qtbot.waitUntil(menu.isVisible)
    _click_menu_entry(qtbot, menu, "ANI on minerals")
    bar.wait()
    assert session.state.filter_query == 'outlet:ANI "minerals"' and bar.edit.text() == 'outlet:ANI "minerals"'
    qtbot.waitUntil(lambda: window.events.widget().model.total_rows() == narrowed, timeout=5000)
