"""The analyst's edits in the window: each undoable, saved at once, there again after reopening."""

from __future__ import annotations

import pytest

from explorer.core.store import load_edits, load_workspace


def _id(session, name):
    entities = session.tables["entities"]
    return entities.loc[entities["name"] == name, "entity_id"].iloc[0]


def _reopened(path):
    from explorer.gui.session import Session

    session = Session()
    session.set_tables(load_workspace(path, edited=False), path)
    return session


def test_merge_undo_redo_then_reopen_shows_the_merge(qtbot, edit_session, seed_workspace):
    from explorer.gui.sidebar.view import EntitySidebar

    sidebar = EntitySidebar(edit_session)
    qtbot.addWidget(sidebar)
    rubio, state = _id(edit_session, "Marco Rubio"), _id(edit_session, "US Department of State")
    before = len(sidebar.visible_entity_ids())
    assert sidebar.edits.merge([rubio, state], rubio)
    assert state not in sidebar.visible_entity_ids() and len(sidebar.visible_entity_ids()) == before - 1
    assert edit_session.undo_stack.undoText() == "Merge 2 entities into Marco Rubio"
    edit_session.undo_stack.undo()
    assert state in sidebar.visible_entity_ids()
    assert load_edits(seed_workspace) == []
    edit_session.undo_stack.redo()
    assert state not in sidebar.visible_entity_ids()
    reopened = _reopened(seed_workspace)
    assert state not in reopened.entity_names
    assert "US Department of State" in reopened.tables["entities"].set_index("entity_id").at[rubio, "aliases"]


def test_merge_keeps_the_selection_on_the_merged_entity(edit_session):
    from explorer.gui.sidebar.edit_actions import EntityEditActions

    rubio, state = _id(edit_session, "Marco Rubio"), _id(edit_session, "US Department of State")
    edit_session.selection.update(entity_ids={state}, filter_entity_ids={state})
    EntityEditActions(edit_session, None).merge([rubio, state], rubio)
    assert edit_session.state.entity_ids == {rubio}
    assert edit_session.state.filter_entity_ids == {rubio}


def test_rename_split_type_and_hide_from_the_sidebar(qtbot, edit_session):
    from explorer.gui.sidebar.view import EntitySidebar

    sidebar = EntitySidebar(edit_session)
    qtbot.addWidget(sidebar)
    us = _id(edit_session, "United States")
    assert sidebar.edits.rename(us, "USA")
    assert edit_session.entity_names[us] == "USA"
    assert sidebar.edits.split(us, "America")
    assert "America" in set(edit_session.tables["entities"]["name"])
    assert sidebar.edits.set_type(us, "LOC")
    assert edit_session.entity_types[us] == "LOC"
    assert sidebar.edits.set_hidden([us], True)
    assert us not in sidebar.visible_entity_ids()
    sidebar.show_hidden_box.setChecked(True)
    assert us in sidebar.visible_entity_ids()
    labels = [edit_session.undo_stack.text(i) for i in range(edit_session.undo_stack.count())]
    assert labels == ["Rename United States to USA", "Split “America” off USA", "Make USA a LOC", "Hide USA"]
    while edit_session.undo_stack.canUndo():
        edit_session.undo_stack.undo()
    assert edit_session.entity_names[us] == "United States" and edit_session.entity_types[us] == "GPE"
    assert "America" not in set(edit_session.tables["entities"]["name"])


def test_date_correction_moves_the_documents_events_on_the_timeline(qtbot, edit_session):
    from explorer.core.edits import decisions
    from explorer.gui.timeline.view import TimelineView

    timeline = TimelineView(edit_session)
    qtbot.addWidget(timeline)
    documents = edit_session.documents
    doc = documents[documents["name"].str.startswith("000_")].iloc[0]
    events = edit_session.events
    dct_ids = set(events[(events["doc_id"] == doc.doc_id) & (events["date_basis"] == "dct")]["event_id"])
    before = {e: x for e, x, *_ in timeline.event_points() if e in dct_ids}
    edit_session.do_edit(decisions.set_published(doc.doc_id, "2026-03-09", doc["name"]))
    after = {e: x for e, x, *_ in timeline.event_points() if e in dct_ids}
    assert before and set(after) == set(before)
    assert all(after[e] - before[e] == pytest.approx(33 * 86400, abs=86400) for e in before)
    edit_session.undo_stack.undo()
    assert {e: x for e, x, *_ in timeline.event_points() if e in dct_ids} == before


def test_note_and_tags_show_in_the_event_table_and_survive_reopening(qtbot, edit_session, seed_workspace):
    from explorer.gui.events.view import COL_NOTES, EventTable

    table = EventTable(edit_session)
    qtbot.addWidget(table)
    event_id = edit_session.events["event_id"].iloc[0]
    assert table.edits.set_note(event_id, "second source needed")
    assert table.edits.set_tags(event_id, ["#visit", "minerals"])
    row = table.model.rows_of([event_id])[0]
    assert table.model.display(row, COL_NOTES) == "#minerals #visit second source needed"
    reopened = _reopened(seed_workspace)
    assert reopened.events.at[event_id, "note"] == "second source needed"
    assert reopened.events.at[event_id, "tags"] == ["minerals", "visit"]


def test_ctrl_z_and_ctrl_shift_z_in_the_window(qtbot, window):
    from PySide6.QtCore import Qt

    session = window.session
    rubio = _id(session, "Marco Rubio")
    session.path = None  # the shared seed workspace must not be written: edits stay in memory here
    window.sidebar.widget().edits.rename(rubio, "M. Rubio")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.entity_names[rubio] == "Marco Rubio"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.entity_names[rubio] == "M. Rubio"


def test_an_edit_that_cannot_be_saved_says_so_and_changes_nothing(qtbot, edit_session, seed_workspace):
    from explorer.gui.sidebar.edit_actions import EntityEditActions

    seed_workspace.write_bytes(b"not a workspace any more")
    rubio = _id(edit_session, "Marco Rubio")
    with qtbot.waitSignal(edit_session.sig_edit_failed) as failed:
        assert not EntityEditActions(edit_session, None).rename(rubio, "X")
    assert "seeds.explorer" in failed.args[0]
    assert edit_session.entity_names[rubio] == "Marco Rubio" and edit_session.undo_stack.count() == 0


def test_taking_an_event_out_of_its_cluster_from_the_event_table_menu(qtbot, edit_session, seed_workspace):
    from PySide6.QtWidgets import QMenu

    from explorer.gui.events.view import EventTable

    table = EventTable(edit_session)
    qtbot.addWidget(table)
    events = edit_session.events
    event_id = events.loc[events["cluster_id"] != "", "event_id"].iloc[0]
    cluster_id = events.at[event_id, "cluster_id"]
    menu = QMenu()
    table.edits.add_to_menu(menu, event_id)
    action = next(a for a in menu.actions() if a.text() == "Take Out of Its Cluster")
    assert action.isEnabled()
    action.trigger()
    assert edit_session.events.at[event_id, "cluster_id"] != cluster_id
    assert "Take event out of cluster" in edit_session.undo_stack.undoText()
    assert load_edits(seed_workspace)[-1].kind == "remove_from_cluster"
    edit_session.undo_stack.undo()
    assert edit_session.events.at[event_id, "cluster_id"] == cluster_id
    unclustered = events.loc[events["cluster_id"] == "", "event_id"].iloc[0]
    menu = QMenu()
    table.edits.add_to_menu(menu, unclustered)
    assert not next(a for a in menu.actions() if a.text() == "Take Out of Its Cluster").isEnabled()


def test_an_edit_the_disk_cannot_hold_is_said_and_nothing_changes(qtbot, edit_session, monkeypatch):
    """Issue 17, case 6 in the window: a full disk during an edit told the analyst nothing."""
    import sqlite3

    from explorer.core.store import edits_store

    original = sqlite3.connect

    def full(*args, **kwargs):
        conn = original(*args, **kwargs)
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn

    monkeypatch.setattr(edits_store.sqlite3, "connect", full)
    rubio = _id(edit_session, "Marco Rubio")
    event_id = edit_session.events["event_id"].iloc[0]
    from explorer.core.edits import decisions

    with qtbot.waitSignal(edit_session.sig_edit_failed) as failed:
        assert not edit_session.do_edit(decisions.note(event_id, "a long note " * 3000))
    assert "could not save the edit" in failed.args[0] and "full" in failed.args[0]
    assert edit_session.events.at[event_id, "note"] == "" and edit_session.entity_names[rubio] == "Marco Rubio"
    assert not edit_session.undo_stack.canUndo()
