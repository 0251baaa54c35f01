"""A click on an entity with many mentions never waits for them: the walk's read runs in the job runner.

The seeds' entities are small, so the size from which the read leaves the GUI thread is lowered to one
mention; the read itself is the real one (``MentionRows.of_entities``), watched for the thread it runs in
and, for the stale click, held until a later click has been answered.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from explorer.core.edits.mentions import MentionRows
from explorer.gui.source import mention_walk, walk_reading
from tests.gui.entity_page.test_open_page import entity_named, sidebar_index


@pytest.fixture
def reads(monkeypatch):
    """Every read of entities' mentions: (entity ids, thread); a read of an entity in ``held_back`` waits for
    ``release``."""
    monkeypatch.setattr(walk_reading, "READ_APART_FROM", 1)
    monkeypatch.setattr(mention_walk, "_kept", [])
    real = MentionRows.of_entities
    seen: list[tuple[frozenset[str], threading.Thread]] = []
    held_back: set[str] = set()
    release = threading.Event()

    def watched(self, entity_ids):
        ids = frozenset(entity_ids)
        seen.append((ids, threading.current_thread()))
        if ids & held_back:
            release.wait(10)
        return real(self, ids)

    monkeypatch.setattr(MentionRows, "of_entities", watched)
    return seen, held_back, release


def click_in_sidebar(qtbot, window, entity_id: str) -> None:
    sidebar = window.sidebar.widget()
    index = sidebar_index(sidebar, entity_id)
    sidebar.tree.scrollTo(index)
    qtbot.mouseClick(sidebar.tree.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.tree.visualRect(index).center())


def first_mention(session, entity_id: str):
    return mention_walk._read(session.mentions, session.documents.index, frozenset({entity_id})).iloc[0]


def test_a_click_reads_the_walk_off_the_gui_thread_and_the_pane_goes_to_the_first_mention_once_read(
        qtbot, window, reads):
    seen, _held_back, _release = reads
    session, pane = window.session, window.source.widget()
    rubio = entity_named(session, "Marco Rubio")
    first = first_mention(session, rubio)
    seen.clear()
    click_in_sidebar(qtbot, window, rubio)
    assert session.state.entity_ids == {rubio}
    assert "reading" in pane.walk_label.text()  # the click returned before the mentions were read
    qtbot.waitUntil(lambda: "mention 1 of" in pane.walk_label.text(), timeout=5000)
    assert seen and all(thread is not threading.main_thread() for ids, thread in seen if rubio in ids)
    assert pane.current_doc_id() == first["doc_id"]
    assert pane.walked_mention_id() == first["mention_id"]
    assert pane.highlighted_ranges("selected-entity")  # its mentions stand out in the document shown


def test_a_later_click_wins_over_a_read_still_under_way(qtbot, window, reads):
    _seen, held_back, release = reads
    session, pane = window.session, window.source.widget()
    rubio, india = entity_named(session, "Marco Rubio"), entity_named(session, "India")
    held_back.add(rubio)
    click_in_sidebar(qtbot, window, rubio)  # its read waits ...
    assert "reading" in pane.walk_label.text()
    click_in_sidebar(qtbot, window, india)  # ... while another entity is clicked and read
    qtbot.waitUntil(lambda: "India: mention" in pane.walk_label.text(), timeout=5000)
    india_at, india_doc = pane.walked_mention_id(), pane.current_doc_id()
    release.set()  # the first read ends now: its result is not wanted
    assert window.jobs.wait(msecs=5000)
    qtbot.wait(50)
    assert session.state.entity_ids == {india}
    assert pane.walk_label.text().startswith("India: mention")
    assert (pane.walked_mention_id(), pane.current_doc_id()) == (india_at, india_doc)


def test_f3_pressed_while_the_mentions_are_read_is_taken_once_they_are(qtbot, window, reads):
    _seen, held_back, release = reads
    session, pane = window.session, window.source.widget()
    rubio = entity_named(session, "Marco Rubio")
    second = mention_walk._read(session.mentions, session.documents.index, frozenset({rubio})).iloc[1]
    held_back.add(rubio)
    click_in_sidebar(qtbot, window, rubio)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert "reading" in pane.walk_label.text()
    release.set()
    qtbot.waitUntil(lambda: "mention 2 of" in pane.walk_label.text(), timeout=5000)
    assert pane.walked_mention_id() == second["mention_id"]
    assert pane.current_doc_id() == second["doc_id"]


def test_an_edit_of_the_mentions_walked_reads_them_again_off_the_gui_thread(qtbot, edit_session, monkeypatch):
    """A merge gives the selected entity new mentions: the pane reads them again in the job runner (its line
    says so at once) and walks all of them once read."""
    from explorer.core.edits import decisions
    from explorer.gui.source.view import SourcePane

    monkeypatch.setattr(walk_reading, "READ_APART_FROM", 1)
    monkeypatch.setattr(mention_walk, "_kept", [])
    session = edit_session
    rubio, state = entity_named(session, "Marco Rubio"), entity_named(session, "US Department of State")
    pane = SourcePane(session)
    qtbot.addWidget(pane)
    pane.resize(420, 300)
    pane.show()
    session.selection.update(entity_ids={rubio})  # as a click in the sidebar does
    qtbot.waitUntil(lambda: pane.walk_label.text() == "Marco Rubio: mention 1 of 12", timeout=5000)
    assert session.do_edit(decisions.merge([rubio, state], rubio, "Marco Rubio"))
    assert "reading" in pane.walk_label.text()
    merged = mention_walk._read(session.mentions, session.documents.index, frozenset({rubio}))
    assert len(merged) > 12
    qtbot.waitUntil(lambda: pane.walk_label.text() == f"Marco Rubio: mention 1 of {len(merged)}", timeout=5000)
    assert pane.current_doc_id() == merged["doc_id"].iloc[0]
