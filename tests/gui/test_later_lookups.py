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


def _opened_at_once(path):
    """A Session over ``path`` with every table made at opening (as before the window read some later)."""
    from explorer.core.store import WINDOW_TABLES, load_workspace
    from explorer.gui.session import Session

    session = Session()
    session.set_tables(load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True), path)
    return session


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

    session = _opened_as_the_window_opens(seed_workspace)
    held = unresolved(session._tables, "relations")
    assert isinstance(held, Later) and not held.done()  # the views rebuilt without them
    eager = _opened_at_once(seed_workspace)
    before = eager.tables["relations"]
    entities = session.table("entities").nlargest(2, "mention_count")
    ids, names = entities["entity_id"].tolist(), entities["name"].tolist()
    assert not held.done()
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


def test_the_timeline_draws_the_clusters_conflicts_before_their_lists_are_made_as_a_full_opening_does(
        qtbot, seed_workspace):
    from explorer.core.later import unresolved
    from explorer.gui.timeline.lanes import Layouts

    session = _opened_as_the_window_opens(seed_workspace)
    held = unresolved(session._tables, "clusters")
    drawn = Layouts().arrays_of(session)
    assert isinstance(held, Later) and not held.done()  # the timeline did not wait for the clusters' lists
    eager = _opened_at_once(seed_workspace)
    full = Layouts().arrays_of(eager)
    assert drawn.cluster_code.tolist() == full.cluster_code.tolist()
    assert drawn.conflicted.tolist() == full.conflicted.tolist()
    made = session.tables["clusters"]
    assert session.drawn("clusters") is made  # once made, the table itself


def test_a_cluster_dismissed_and_undone_before_the_clusters_are_made_gives_a_full_openings_clusters(
        qtbot, seed_workspace):
    import pandas as pd

    from explorer.core.edits import decisions
    from explorer.core.later import unresolved

    session = _opened_as_the_window_opens(seed_workspace)
    eager = _opened_at_once(seed_workspace)
    before = eager.tables["clusters"]
    cluster = before.iloc[0].to_dict()
    assert not unresolved(session._tables, "clusters").done()
    for one in (session, eager):
        one.do_edit(decisions.dismiss_cluster(cluster))
    pd.testing.assert_frame_equal(session.tables["clusters"], eager.tables["clusters"], check_exact=True)
    assert len(session.tables["clusters"]) == len(before) - 1
    session.undo_stack.undo()
    pd.testing.assert_frame_equal(session.tables["clusters"], before, check_exact=True)
    assert session.drawn("clusters") is session.tables["clusters"]


def test_the_later_work_waits_for_the_paint_after_views_that_take_long_to_rebuild(qtbot, qapp, seed_workspace):
    import time

    from explorer.core.later import unresolved
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.core.store.column_cache import refresh_column_cache
    from explorer.gui.session import LATER_AFTER_MS, Session

    refresh_column_cache(seed_workspace, load_workspace(seed_workspace, edited=False))
    # an earlier test's session may still have its start pending (the start is one for the whole process,
    # as the app has one session): let every such timer fire before this session's install is timed
    qtbot.wait(LATER_AFTER_MS * 3)
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)
    session = Session()
    session.sig_workspace_loaded.connect(lambda: time.sleep(LATER_AFTER_MS * 1.5 / 1000))  # a big case's rebuild
    session.set_tables(load_workspace(seed_workspace, WINDOW_TABLES, edited=False, later=LATER_TABLES), seed_workspace)
    qapp.processEvents()  # the first paint: the work would take the interpreter from it
    assert not unresolved(session._tables, "relations").done() and not session.edit_index.pairs_or_later.done()
    qtbot.waitUntil(lambda: not Later.pending(), timeout=10_000)  # and it starts by itself after
    assert unresolved(session._tables, "relations").done()
