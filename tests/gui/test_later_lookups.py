"""What a new workspace leaves to be worked out after the window is drawn (``Later``): a filter or an
edit that comes first gets the same answer as if it had all been built at once."""

from __future__ import annotations

from explorer.core.edits.index import event_rows
from explorer.core.later import Later
from explorer.core.query import EventLookup
from explorer.core.selection import SelectionState


def test_a_filter_right_after_opening_finds_the_events_the_built_lookup_finds(session, qtbot):
    lookup = session.event_lookup
    assert isinstance(lookup._rows, Later) and not lookup._rows.done()  # the window is not drawn yet
    top = str(session.tables["entities"].sort_values("mention_count", ascending=False)["entity_id"].iloc[0])
    state = SelectionState(filter_entity_ids=frozenset({top}))
    built = EventLookup(session.events, event_rows(session.events))
    assert lookup.mask(state).tolist() == built.mask(state).tolist()
    assert lookup.mask(state).any()


def test_the_later_work_starts_by_itself_once_the_views_have_rebuilt(session, qtbot):
    index = session.edit_index
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    assert index.event_rows_or_later.done() and index.pairs_or_later.done()
    events = session.tables["events"]
    entity = str(events["participants"].iloc[0][0])
    assert all(entity in events["participants"].iloc[row] or events["place"].iloc[row] == entity
               for row in index.event_rows.rows_of(entity))
    assert index.mention_rows is None  # the window holds no mentions: an edit reads those it needs


def _opened_as_the_window_opens(path):
    """A Session over ``path`` with its columnar cache written, opened as the window opens it."""
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.core.store.column_cache import refresh_column_cache
    from explorer.gui.session import Session

    refresh_column_cache(path, load_workspace(path, edited=False))
    session = Session()
    session.set_tables(load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES), path)
    return session


def test_a_merge_and_its_undo_before_the_relations_are_read_give_the_relations_of_a_full_opening(
        qtbot, seed_workspace):
    import pandas as pd

    from explorer.core.edits import decisions
    from explorer.core.later import unresolved
    from explorer.gui.session import Session

    session = _opened_as_the_window_opens(seed_workspace)
    held = unresolved(session._tables, "relations")
    assert isinstance(held, Later) and not held.done()  # the views rebuilt without them
    eager = Session()
    eager.set_tables({name: frame.copy() for name, frame in session.tables.items()}, None)
    before = session.tables["relations"]
    entities = session.table("entities").nlargest(2, "mention_count")
    ids, names = entities["entity_id"].tolist(), entities["name"].tolist()
    for one in (session, eager):
        one.do_edit(decisions.merge(ids, ids[0], names[0]))
    pd.testing.assert_frame_equal(session.tables["relations"], eager.tables["relations"], check_exact=True)
    assert not session.tables["relations"]["source"].isin(ids[1:]).any()
    session.undo_stack.undo()
    pd.testing.assert_frame_equal(session.tables["relations"], before, check_exact=True)
    session.undo_stack.redo()
    pd.testing.assert_frame_equal(session.tables["relations"], eager.tables["relations"], check_exact=True)


def test_the_relations_are_read_after_the_window_is_drawn(qtbot, seed_workspace):
    from explorer.core.later import unresolved

    session = _opened_as_the_window_opens(seed_workspace)
    held = unresolved(session._tables, "relations")
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    assert held.done() and session.edit_index.pairs_or_later.done()
    assert session.tables["relations"] is session.edit_index.relations
