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
