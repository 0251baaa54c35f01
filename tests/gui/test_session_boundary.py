"""The Session's boundary: views read frames they never change, name selection fields by constant,
guard against their own echo one way, and refresh only for the tables an edit changed."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pandas as pd
import pytest

import explorer.gui
from explorer.core import selection
from explorer.core.edits import decisions
from explorer.core.edits import apply_edits

GUI = Path(explorer.gui.__file__).parent


def _copies(session) -> dict[str, pd.DataFrame]:
    return {name: frame.copy() for name, frame in session.tables.items()}


def _assert_unchanged(session, copies) -> None:
    for name, frame in copies.items():
        pd.testing.assert_frame_equal(session.table(name), frame, obj=name)


def _id(session, name):
    entities = session.table("entities")
    return entities.loc[entities["name"] == name, "entity_id"].iloc[0]


def test_views_leave_the_sessions_frames_unchanged(qtbot, window, session):
    """Gestures in every view (pick, check, window, lanes, search, sort) leave every table as it was."""
    copies = _copies(session)
    events, documents = session.events.copy(), session.documents.copy()
    rubio = _id(session, "Marco Rubio")
    for mode in ("entity", "cluster", "document"):
        window.timeline.set_lane_mode(mode)
    session.selection.update(entity_ids={rubio}, filter_entity_ids={rubio})
    dated = session.events[session.events["date_start"] != ""]
    session.selection.update(time_range=(dated["date_start"].min(), dated["date_end"].max()),
                             event_ids=set(dated.index[:3]))
    table = window.events.widget()
    table.view.sortByColumn(0, table.view.horizontalHeader().sortIndicatorOrder())
    session.selection.update(query="Rubio", doc_ids={documents.index[0]})
    session.selection.clear()
    qtbot.wait(50)
    _assert_unchanged(session, copies)
    pd.testing.assert_frame_equal(session.events, events)
    pd.testing.assert_frame_equal(session.documents, documents)


def test_the_tables_cannot_be_swapped_from_outside(session):
    with pytest.raises(TypeError):
        session.tables["entities"] = session.table("entities").head(1)  # type: ignore[index]
    with pytest.raises(AttributeError):
        session.events = session.events.head(1)


def test_a_rename_announces_only_entities_and_shares_the_other_frames(qtbot, edit_session):
    session = edit_session
    before = dict(session.tables)
    copies = _copies(session)
    loaded, changed = [], []
    session.sig_workspace_loaded.connect(lambda: loaded.append(True))
    session.sig_tables_changed.connect(changed.append)
    rubio = _id(session, "Marco Rubio")
    session.do_edit(decisions.rename(rubio, "Senator Rubio", "Marco Rubio"))
    assert changed == [frozenset({"entities"})] and not loaded
    assert session.entity_names[rubio] == "Senator Rubio"
    for name in set(before) - {"entities"}:
        assert session.table(name) is before[name]  # not copied: documents' text above all
    _assert_unchanged_frames(before, copies)  # the frames before the edit were not changed in place
    session.undo_stack.undo()
    assert changed[-1] == frozenset({"entities"})
    _assert_unchanged(session, copies)


def _assert_unchanged_frames(frames, copies) -> None:
    for name, frame in copies.items():
        pd.testing.assert_frame_equal(frames[name], frame, obj=name)


def test_undo_by_replay_gives_the_tables_from_before(qtbot, edit_session, monkeypatch):
    """Two edits, two undos: the second is a replay of the decisions in force (no kept tables)."""
    monkeypatch.setattr("explorer.gui.session.KEEP_ROWS", 0)  # only the latest edit keeps its tables
    session = edit_session
    copies = _copies(session)
    rubio, state = _id(session, "Marco Rubio"), _id(session, "US Department of State")
    session.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
    after_merge = _copies(session)
    session.do_edit(decisions.hide([rubio], True, ["Marco Rubio"]))
    session.undo_stack.undo()
    _assert_unchanged(session, after_merge)
    session.undo_stack.undo()
    _assert_unchanged(session, copies)
    session.undo_stack.redo()
    _assert_unchanged(session, after_merge)


def test_a_view_refreshes_only_when_a_table_it_shows_changed(qtbot, window, session):
    calls: list[str] = []
    rubio = _id(session, "Marco Rubio")
    timeline = window.timeline
    timeline.set_lane_mode("document")
    original = timeline._rebuild
    timeline._rebuild = lambda: (calls.append("timeline"), original())[1]
    session.sig_tables_changed.emit(frozenset({"entities"}))  # what a rename announces
    assert calls == []
    session.sig_tables_changed.emit(frozenset({"events"}))
    assert calls == ["timeline"]
    del rubio


def test_selection_fields_are_named_by_constants():
    names = [f.name for f in fields(selection.SelectionState)]
    assert list(selection.FIELDS) == names
    assert {getattr(selection, n.upper()) for n in names} == set(names)


def _gui_sources():
    return [(p, p.read_text(encoding="utf-8")) for p in GUI.rglob("*.py")]


def test_views_use_the_one_echo_guard():
    """No view keeps its own flag or blocks signals by hand; every selection gesture goes through ``Echo``."""
    for path, text in _gui_sources():
        if path.name == "echo.py":
            continue
        assert "_syncing" not in text and ".blockSignals(True)" not in text, path
        assert not re.search(r"origin is (not )?self\b", text), path
        if path.parent.name != "gui":  # views (the Session itself writes with origin=self)
            assert "origin=self" not in text, path
    for view in ("sidebar", "review", "search", "source", "timeline", "events", "graph"):
        assert "self.echo = Echo(self)" in (GUI / view / "view.py").read_text(encoding="utf-8"), view


def test_views_name_selection_fields_by_constant():
    literal = re.compile(r'"(%s)"\s+(not\s+)?in\s+changed|changed\s*&\s*\{[^}]*"' % "|".join(selection.FIELDS))
    for path, text in _gui_sources():
        assert not literal.search(text), path


def test_a_rename_updates_the_sidebar_in_place(qtbot, edit_session):
    """No reset of 100,000 rows for one name: the row moves to its new place, checks stay."""
    from explorer.gui.sidebar.view import EntitySidebar

    session = edit_session
    sidebar = EntitySidebar(session)
    qtbot.addWidget(sidebar)
    rubio = _id(session, "Marco Rubio")
    session.selection.update(filter_entity_ids={rubio})
    resets: list[bool] = []
    sidebar.model.modelReset.connect(lambda: resets.append(True))
    session.do_edit(decisions.rename(rubio, "Aaron Rubio", "Marco Rubio"))
    assert not resets and sidebar.model.checked() == {rubio}
    names = session.entity_names
    group = [e for e in sidebar.visible_entity_ids() if session.entity_types[e] == session.entity_types[rubio]]
    assert [names[e].casefold().removeprefix("the ") for e in group] == sorted(
        names[e].casefold().removeprefix("the ") for e in group)
    session.undo_stack.undo()
    assert not resets and names is not session.entity_names and session.entity_names[rubio] == "Marco Rubio"


def test_hiding_updates_the_sidebar_in_place(qtbot, edit_session):
    """Hide and its undo: the row leaves and comes back, its group's count with it, without a reset."""
    from explorer.gui.sidebar.view import EntitySidebar

    session = edit_session
    sidebar = EntitySidebar(session)
    qtbot.addWidget(sidebar)
    rubio = _id(session, "Marco Rubio")
    listed = sidebar.visible_entity_ids()
    resets: list[bool] = []
    sidebar.model.modelReset.connect(lambda: resets.append(True))
    session.do_edit(decisions.hide([rubio], True, ["Marco Rubio"]))
    assert not resets and rubio not in sidebar.visible_entity_ids() and not sidebar.model.has_entity(rubio)
    assert len(sidebar.visible_entity_ids()) == len(listed) - 1
    assert sidebar.count_label.text() == f"{len(listed) - 1} of {len(listed)} entities"
    session.undo_stack.undo()
    assert not resets and sidebar.visible_entity_ids() == listed
    sidebar.show_hidden_box.setChecked(True)  # Show hidden: a reset listing every entity
    session.undo_stack.redo()
    assert rubio in sidebar.visible_entity_ids()


def test_undo_restores_the_kept_tables_of_small_edits(qtbot, edit_session):
    """A rename then a hide: both undos give back the very frames from before (no replay)."""
    session = edit_session
    rubio = _id(session, "Marco Rubio")
    before = dict(session.tables)
    session.do_edit(decisions.rename(rubio, "Senator Rubio", "Marco Rubio"))
    session.do_edit(decisions.hide([rubio], True, ["Senator Rubio"]))
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert all(session.table(name) is frame for name, frame in before.items())


def test_a_merge_and_its_undo_update_the_sidebar_in_place(qtbot, edit_session):
    """The merged entities leave the tree and come back on undo, without a reset (checks stay), the rows as
    a tree made afresh lists them, and the survivor's counts and group totals right."""
    from explorer.gui.sidebar.view import EntitySidebar

    session = edit_session
    sidebar = EntitySidebar(session)
    qtbot.addWidget(sidebar)
    rubio, state = _id(session, "Marco Rubio"), _id(session, "US Department of State")
    session.selection.update(filter_entity_ids={rubio})
    listed = sidebar.visible_entity_ids()
    resets: list[bool] = []
    sidebar.model.modelReset.connect(lambda: resets.append(True))

    def fresh() -> list[str]:
        other = EntitySidebar(session)
        qtbot.addWidget(other)
        return other.visible_entity_ids()

    session.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
    assert not resets and sidebar.model.checked() == {rubio} and state not in sidebar.visible_entity_ids()
    assert sidebar.visible_entity_ids() == fresh()
    index = sidebar.model.index_of(rubio, 1)  # the Mentions column
    assert index.data() == f"{int(session.table('entities').set_index('entity_id').at[rubio, 'mention_count']):,}"
    session.undo_stack.undo()
    assert not resets and sidebar.visible_entity_ids() == listed == fresh()
    session.undo_stack.redo()
    assert not resets and sidebar.visible_entity_ids() == fresh()


def test_merge_undo_and_redo_leave_the_session_as_a_fresh_one_would_be(qtbot, edit_session):
    """After a merge, its undo and its redo (tables and lookups put back, not worked out again), the tables,
    the event lookup's answers and the edit index are those of a session opening the same tables afresh."""
    from explorer.core.edits import EditIndex
    from explorer.core.query import events_in_view
    from explorer.gui.session import Session

    session = edit_session
    rubio, state = _id(session, "Marco Rubio"), _id(session, "US Department of State")
    checked = {rubio, state, _id(session, "India")}

    def agrees() -> None:
        other = Session()
        other.set_tables(dict(session.tables), None)
        for ids in (checked, {rubio}, {state}):
            session.selection.update(filter_entity_ids=ids, origin="test")
            expected = events_in_view(session.events, session.state)["event_id"].tolist()
            assert session.events_in_view()["event_id"].tolist() == expected
        fresh = EditIndex.build(session.tables)
        assert session.edit_index is not None and session.edit_index.fits(session.tables)
        for entity in checked:
            assert session.edit_index.event_rows.rows_of_any([entity]).tolist() == \
                fresh.event_rows.rows_of_any([entity]).tolist()
            # the mentions read for an entity are those the decisions in force leave it over the whole table
            whole = apply_edits({**session.raw_tables, "mentions": session.raw_mentions.frame()}, session.edits)
            mine = whole["mentions"][whole["mentions"]["entity_id"] == entity]
            assert session.mentions.of_entities([entity])["mention_id"].tolist() == mine["mention_id"].tolist()

    before = dict(session.tables)
    session.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
    agrees()
    session.undo_stack.undo()
    assert all(session.table(name) is frame for name, frame in before.items())
    agrees()
    session.undo_stack.redo()
    agrees()
