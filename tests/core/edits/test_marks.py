"""Triage marks and saved views as decisions: folded from the edits, saved in the workspace, kept when extraction
runs again over the same documents, and found again by their anchor when extraction renames an event."""

from __future__ import annotations

from explorer.core.build.local import build_workspace
from explorer.core.edits import apply_edits
from explorer.core.edits.marks import DOCUMENTS, EVENTS, FLAG, REVIEWED, STAR, Marks, mark, marks_of, relocated
from explorer.core.edits.saved_views import SavedView, delete_view, rename_view, save_view, saved_views_of
from explorer.core.selection import MarkFilter, SelectionState
from explorer.core.store import append_edit, load_edits, load_workspace


def _anchors(events, ids):
    rows = events.set_index("event_id", drop=False).loc[ids]
    return {e: (d, int(t)) for e, d, t in zip(rows["event_id"], rows["doc_id"], rows["trigger_start"])}


def test_marks_fold_in_order_and_change_no_table(seed_tables):
    events = seed_tables["events"]
    a, b = events["event_id"].iloc[0], events["event_id"].iloc[1]
    doc = seed_tables["documents"]["doc_id"].iloc[0]
    edits = [mark(EVENTS, [a, b], STAR, True), mark(EVENTS, [a], FLAG, True), mark(EVENTS, [b], STAR, False),
             mark(DOCUMENTS, [doc], REVIEWED, True)]
    marks = marks_of(edits)
    assert marks.of_event(a) == {STAR, FLAG} and marks.of_event(b) == frozenset()
    assert marks.events_marked(STAR) == {a} and marks.of_document(doc) == {REVIEWED}
    assert [e.label for e in edits] == ["Star 2 events", "Flag event", "Unstar event", "Mark Reviewed document"]
    applied = apply_edits(seed_tables, edits)
    assert all(applied[name] is seed_tables[name] for name in seed_tables), "no table copied or changed"


def test_marks_and_saved_views_are_kept_when_extraction_runs_again(seed_workspace, seeds_dir):
    events = load_workspace(seed_workspace, ["events"])["events"]
    starred = list(events["event_id"].iloc[[3, 7]])
    doc = load_workspace(seed_workspace, ["documents"])["documents"]["doc_id"].iloc[0]
    view = SavedView(query="minerals", time_range=("2026-01-01", "2026-02-28"), checked=("e1",), mark=STAR,
                     tab="Timeline", lanes="entity")
    for edit in (mark(EVENTS, starred, STAR, True, _anchors(events, starred)), mark(DOCUMENTS, [doc], FLAG, True),
                 save_view("January minerals", view)):
        append_edit(seed_workspace, edit)
    build_workspace([seeds_dir], seed_workspace)  # extraction again, onto the same workspace
    kept = load_edits(seed_workspace)
    assert [e.kind for e in kept] == ["mark", "mark", "save_view"]
    marks = relocated(marks_of(kept), load_workspace(seed_workspace, ["events"])["events"])
    assert marks.events_marked(STAR) == set(starred), "the same documents give the same event ids"
    assert set(starred) <= set(load_workspace(seed_workspace, ["events"])["events"]["event_id"])
    assert marks.of_document(doc) == {FLAG}
    assert saved_views_of(kept) == {"January minerals": view}


def test_a_marked_event_whose_id_changed_is_found_again_by_its_anchor(seed_tables):
    events = seed_tables["events"]
    event_id = events["event_id"].iloc[5]
    edit = mark(EVENTS, [event_id], STAR, True, _anchors(events, [event_id]))
    renamed = events.copy()
    renamed.loc[renamed["event_id"] == event_id, "event_id"] = event_id + "-renamed"  # other rules, another id
    marks = relocated(marks_of([edit]), renamed)
    assert marks.events_marked(STAR) == {event_id + "-renamed"}
    assert relocated(marks_of([edit]), events) == marks_of([edit]), "ids still held: nothing moves"
    assert relocated(Marks(), events) == Marks()


def test_saved_views_are_saved_renamed_replaced_and_deleted_in_order():
    one, two = SavedView(query="a"), SavedView(query="b", mark=REVIEWED, mark_present=False)
    edits = [save_view("one", one), save_view("two", two), rename_view("one", "first"), save_view("two", one, True)]
    assert saved_views_of(edits) == {"first": one, "two": one}
    assert list(saved_views_of(edits)) == ["first", "two"], "a rename keeps its place"
    assert saved_views_of([*edits, delete_view("first")]) == {"two": one}
    assert SavedView.from_json(two.to_json()) == two


def test_a_saved_view_gives_back_the_selections_filters():
    state = SelectionState(filter_entity_ids=frozenset({"e2", "e1"}), time_range=("2026-01-01", "2026-01-31"),
                           query="rubio", filter_event_ids=frozenset({"x"}),
                           mark_filter=MarkFilter(STAR, True, frozenset({"x", "y"})))
    view = SavedView.of_state(state, tab="Relationships")
    assert view.checked == ("e1", "e2") and view.mark == STAR and view.tab == "Relationships"
    filters = view.filters(frozenset({"y", "z"}))  # the events starred when it is reopened
    assert filters["mark_filter"] == MarkFilter(STAR, True, frozenset({"y", "z"}))
    assert (filters["query"], filters["time_range"], filters["filter_entity_ids"], filters["filter_event_ids"]) == \
        ("rubio", ("2026-01-01", "2026-01-31"), {"e1", "e2"}, {"x"})
