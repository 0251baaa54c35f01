"""After each edit, undo and redo, what the session and the entity sidebar patched (only the touched entities'
rows read again) is what a session and a sidebar opening the same tables afresh show."""

from __future__ import annotations

import random

from explorer.core.edits import decisions
from explorer.gui.session import Session
from explorer.gui.sidebar.tree_model import COL_DOCS, COL_MENTIONS, COL_NAME
from explorer.gui.sidebar.view import EntitySidebar


def _rows_shown(sidebar: EntitySidebar) -> list[tuple]:
    """Every listed entity as the tree shows it: id, name, mentions, documents, in tree order."""
    model = sidebar.model
    return [(e, *(model.index_of(e, column).data() for column in (COL_NAME, COL_MENTIONS, COL_DOCS)))
            for e in sidebar.visible_entity_ids()]


def _agrees_with_fresh(qtbot, session: Session, sidebar: EntitySidebar) -> None:
    fresh = Session()
    fresh.set_tables(dict(session.tables), None)
    assert session.entity_names == fresh.entity_names
    assert session.entity_types == fresh.entity_types
    assert session.hidden_entity_ids == fresh.hidden_entity_ids
    other = EntitySidebar(session)
    qtbot.addWidget(other)
    other.show_hidden_box.setChecked(sidebar.show_hidden_box.isChecked())
    assert _rows_shown(sidebar) == _rows_shown(other)


def _gesture(session: Session, rng: random.Random):
    entities = session.table("entities").nlargest(30, "mention_count")
    picks = rng.sample(range(len(entities)), k=3)
    ids, names = entities["entity_id"].tolist(), entities["name"].tolist()
    roll = rng.random()
    if roll < 0.35:
        return lambda: session.do_edit(decisions.merge([ids[i] for i in picks[:2]], ids[picks[0]], names[picks[0]]))
    if roll < 0.5:
        return lambda: session.do_edit(decisions.rename(ids[picks[0]], f"Zz {names[picks[0]]}", names[picks[0]]))
    if roll < 0.65:
        return lambda: session.do_edit(decisions.hide([ids[picks[0]]], True, [names[picks[0]]]))
    if roll < 0.75:
        return lambda: session.do_edit(decisions.set_type(ids[picks[0]], "ORG", names[picks[0]]))
    if roll < 0.9:
        return session.undo_stack.undo
    return session.undo_stack.redo


def test_edits_undos_and_redos_leave_the_lookups_and_the_sidebar_as_fresh_ones(qtbot, edit_session):
    session = edit_session
    sidebar = EntitySidebar(session)
    qtbot.addWidget(sidebar)
    sidebar.show_hidden_box.setChecked(True)  # hidden ones listed too: their rows must be right as well
    rng = random.Random(7)
    for _ in range(14):
        _gesture(session, rng)()
        _agrees_with_fresh(qtbot, session, sidebar)


def test_no_collection_runs_during_an_edit_and_the_collector_is_back_after_it(edit_session, monkeypatch):
    """An edit is applied and shown with the cyclic collector paused (at a million events a merge set off 59
    collections, 31 ms), and the collector is on again after it, after its undo, and after an edit the disk
    refused."""
    import gc

    from explorer.core.errors import ExplorerError
    from explorer.gui import session as session_module

    session, collections = edit_session, []
    rubio, state = (session.table("entities").set_index("name").at[n, "entity_id"]
                    for n in ("Marco Rubio", "US Department of State"))

    def count(phase, _info):
        if phase == "start":
            collections.append(True)

    original, during = session_module.apply_forward, []

    def making_garbage(*args):
        for _ in range(50_000):  # cycles enough to set the collector off
            cycle: list = []
            cycle.append(cycle)
        during.append(len(collections))  # collections run while the edit was being applied
        return original(*args)

    monkeypatch.setattr(session_module, "apply_forward", making_garbage)
    gc.callbacks.append(count)
    try:
        assert session.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
        assert during == [0] and gc.isenabled()
        session.undo_stack.undo()
        assert gc.isenabled()

        def refused(*_args):
            raise ExplorerError(session.path, "could not save the edit: the disk is full")

        monkeypatch.setattr(session_module, "append_edit", refused)
        assert not session.do_edit(decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(count)


def test_no_collection_runs_while_a_workspace_is_installed_and_its_objects_are_frozen(seed_tables, monkeypatch):
    """Opening builds lookups over millions of young objects (read with the collector paused): each collection
    then walked them all (1.3 s of building the edit index at a million events). None runs while the session
    installs the tables; afterwards the collector is on and the tables' lists are out of its passes."""
    import gc

    from explorer.gui import session as session_module

    collections, during = [], []
    original = session_module.EditIndex.build

    def making_garbage(*args, **kwargs):
        for _ in range(50_000):  # cycles enough to set the collector off
            cycle: list = []
            cycle.append(cycle)
        during.append(len(collections))
        return original(*args, **kwargs)

    def count(phase, _info):
        if phase == "start":
            collections.append(True)

    monkeypatch.setattr(session_module.EditIndex, "build", making_garbage)
    session = Session()
    gc.callbacks.append(count)
    try:
        session.set_tables({name: frame.copy() for name, frame in seed_tables.items()}, None)
    finally:
        gc.callbacks.remove(count)
    assert during and set(during) == {0} and gc.isenabled()
    participants = session.table("events")["participants"].iloc[0]
    assert gc.is_tracked(participants) and gc.get_freeze_count() > 0
    assert not any(obj is participants for obj in gc.get_objects())  # frozen: no pass walks it
    gc.unfreeze()
