"""The source pane after an edit of entities: the reader keeps their place, and the highlights say what changed."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from explorer.core.edits import decisions
from explorer.gui.source.view import SourcePane


def _id(session, name: str) -> str:
    entities = session.table("entities")
    return entities.loc[entities["name"] == name, "entity_id"].iloc[0]


def _tooltip_at(pane: SourcePane, offset: int) -> str:
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane._offsets.to_qt(offset) + 1)  # the format of the character before the cursor
    return cursor.charFormat().toolTip()


def _reading_a_document_naming(qtbot, session, entity_id: str):
    """A pane reading (scrolled half way down) the longest document that mentions ``entity_id``; and that mention."""
    mentions = session.table("mentions")
    mentions = mentions[mentions["entity_id"] == entity_id]
    lengths = session.documents["text"].str.len()
    doc_id = max(set(mentions["doc_id"]), key=lambda d: lengths[d])
    pane = SourcePane(session)
    qtbot.addWidget(pane)
    pane.resize(420, 260)
    pane.show()
    qtbot.waitExposed(pane)
    session.selection.update(doc_ids={doc_id})  # as choosing it in the document list does
    bar = pane.text.verticalScrollBar()
    assert pane.current_doc_id() == doc_id and bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    return pane, bar, int(mentions.loc[mentions["doc_id"] == doc_id, "start"].iloc[0])


def test_a_merge_keeps_the_reader_where_they_were_and_renames_the_mentions(qtbot, edit_session):
    """Merging two entities leaves the document being read at the line it was scrolled to (it jumped back to
    the top), while a mention of the merged-away entity now names the survivor; undo takes the name back."""
    session = edit_session
    rubio, state = _id(session, "Marco Rubio"), _id(session, "US Department of State")
    pane, bar, start = _reading_a_document_naming(qtbot, session, state)
    doc_id, place = pane.current_doc_id(), bar.value()
    assert "US Department of State" in _tooltip_at(pane, start)
    session.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
    assert pane.current_doc_id() == doc_id and bar.value() == place
    assert "Marco Rubio" in _tooltip_at(pane, start) and "US Department of State" not in _tooltip_at(pane, start)
    session.undo_stack.undo()
    assert pane.current_doc_id() == doc_id and bar.value() == place
    assert "US Department of State" in _tooltip_at(pane, start)


def test_a_rename_keeps_the_reader_where_they_were(qtbot, edit_session):
    session = edit_session
    rubio = _id(session, "Marco Rubio")
    pane, bar, start = _reading_a_document_naming(qtbot, session, rubio)
    place = bar.value()
    session.do_edit(decisions.rename(rubio, "Secretary Rubio", "Marco Rubio"))
    assert bar.value() == place and "Secretary Rubio" in _tooltip_at(pane, start)
