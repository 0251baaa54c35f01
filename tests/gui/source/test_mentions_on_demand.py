"""The window opens a workspace without its mentions and reads a document's when it shows it: after the
analyst merged, split and retyped entities and opened the case again, the source pane highlights every
mention with the entity the decisions give it, and the entities' counts are those of the whole table."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from explorer.core.edits import decisions
from explorer.core.store import WINDOW_TABLES, load_workspace
from explorer.gui.session import Session
from explorer.gui.source.view import SourcePane


def _id(tables, name: str) -> str:
    entities = tables["entities"]
    return entities.loc[entities["name"] == name, "entity_id"].iloc[0]


def _tooltip_at(pane: SourcePane, offset: int) -> str:
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane._offsets.to_qt(offset) + 1)  # the format of the character before the cursor
    return cursor.charFormat().toolTip()


def test_a_reopened_case_highlights_its_edited_entities_mentions(qtbot, seed_workspace):
    first = Session()
    first.set_tables(load_workspace(seed_workspace, WINDOW_TABLES, edited=False), seed_workspace)
    tables = first.tables
    rubio, state, us = _id(tables, "Marco Rubio"), _id(tables, "US Department of State"), _id(tables, "United States")
    assert first.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
    assert first.do_edit(decisions.split(us, "America", "United States"))
    assert first.do_edit(decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))
    assert first.do_edit(decisions.set_type(us, "LOC", "United States"))

    session = Session()  # the case opened again, as the window opens it
    session.set_tables(load_workspace(seed_workspace, WINDOW_TABLES, edited=False), seed_workspace)
    assert "mentions" not in session.tables
    whole = load_workspace(seed_workspace)  # every table, the decisions applied (as the command line reads it)
    mentions = whole["mentions"]
    columns = ["entity_id", "name", "type", "mention_count", "doc_count"]
    assert session.tables["entities"][columns].equals(whole["entities"][columns])

    pane = SourcePane(session)
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    split_off = _id(whole, "America")
    for entity_id, name in ((rubio, "Secretary Rubio"), (split_off, "America")):
        mine = mentions[mentions["entity_id"] == entity_id]
        doc_id = mine["doc_id"].iloc[0]
        session.selection.update(doc_ids={doc_id})
        assert pane.current_doc_id() == doc_id
        here = mentions[mentions["doc_id"] == doc_id]
        assert pane.highlighted_ranges("mention") == sorted(zip(here["start"].astype(int), here["end"].astype(int)))
        for start in mine.loc[mine["doc_id"] == doc_id, "start"]:
            assert name in _tooltip_at(pane, int(start))
    state_mentions = mentions[mentions["text"].str.contains("State Department|Department of State")]
    assert state_mentions["entity_id"].eq(rubio).any()  # the merged-away entity's mentions are the survivor's
    retyped = mentions[mentions["entity_id"] == us]
    assert len(retyped) and set(retyped["type"]) == {"LOC"}
    assert set(session.mentions.of_entities([us])["type"]) == {"LOC"}


def test_the_review_and_the_mentions_export_read_the_merged_mentions(qtbot, edit_session, tmp_path):
    """Opened as the window opens it (no mentions in memory), the review of a cluster and the sidebar's export
    of an entity's mentions give what the whole table with the decisions applied gives, after a merge."""
    import csv

    from explorer.core.review.compare import build_review, largest_cluster_id
    from explorer.gui.sidebar.view import EntitySidebar

    session = edit_session
    assert "mentions" not in session.tables
    rubio, state = _id(session.tables, "Marco Rubio"), _id(session.tables, "US Department of State")
    assert session.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
    whole = load_workspace(session.path)  # every table, the decisions applied

    cluster = largest_cluster_id(whole)
    on_demand = build_review(session.tables, cluster, session.mentions.of_documents)
    expected = build_review(whole, cluster)
    assert [c.mentions for c in on_demand.columns] == [c.mentions for c in expected.columns]
    assert on_demand.conflicts == expected.conflicts

    sidebar = EntitySidebar(session)
    qtbot.addWidget(sidebar)
    session.selection.update(entity_ids={rubio})
    count = sidebar.export_selected("mentions", tmp_path / "mentions.csv")
    mine = whole["mentions"][whole["mentions"]["entity_id"] == rubio]
    assert count == len(mine) > 0
    with (tmp_path / "mentions.csv").open(encoding="utf-8", newline="") as handle:
        assert [r["mention_id"] for r in csv.DictReader(handle)] == mine["mention_id"].tolist()
