"""The analyst's cluster decisions from the review window: the menu gestures, what the views show, and Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QCheckBox

from explorer.core.edits.decisions import cluster_name
from explorer.core.review.compare import largest_cluster_id
from explorer.core.store import load_edits
from explorer.gui.review.decisions import DISMISS, NOT_THE_SAME, SPLIT, TAKE_SENTENCE, take_out_text
from explorer.gui.review.view import ReviewWindow
from explorer.gui.timeline.view import TimelineView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def ministerial(edit_session):
    """The seeds' largest cluster: the Critical Minerals Ministerial, told by four sources or more."""
    clusters = edit_session.table("clusters")
    cluster = clusters[clusters["cluster_id"] == largest_cluster_id(edit_session.tables)].iloc[0].to_dict()
    assert len(cluster["doc_ids"]) >= 4
    return cluster


@pytest.fixture
def review(qtbot, edit_session, ministerial):
    window = ReviewWindow(edit_session, ministerial["cluster_id"])
    qtbot.addWidget(window)
    window.resize(1300, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def timeline(qtbot, edit_session):
    view = TimelineView(edit_session)
    qtbot.addWidget(view)
    view.set_lane_mode("cluster")
    return view


def menu_action(review: ReviewWindow, text: str):
    assert review.not_the_same.text() == NOT_THE_SAME and review.not_the_same.isEnabled()
    return next(a for a in review.not_the_same.menu().actions() if a.text() == text)


def lanes_of(view: TimelineView, cluster: dict) -> list[str]:
    """The timeline's cluster lanes named as ``cluster`` (two once it is split)."""
    return [name for name in view.lane_names() if name.startswith(cluster_name(cluster))]


def undo_with_ctrl_z(qtbot, review: ReviewWindow) -> None:
    qtbot.keyClick(review.columns()[0].text if review.columns() else review, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)


def test_dismissing_from_the_menu_removes_the_cluster_everywhere_and_ctrl_z_brings_it_back(
        qtbot, review, timeline, edit_session, ministerial):
    sources = len(review.columns())
    assert sources == len(ministerial["doc_ids"]) and lanes_of(timeline, ministerial)
    menu_action(review, DISMISS).trigger()
    assert review.columns() == [] and "no longer in the workspace" in review.conflict_text()
    assert not review.not_the_same.isEnabled() and not any(a.isEnabled() for a in review.export_actions)
    assert lanes_of(timeline, ministerial) == [], "the timeline's cluster lanes lose it"
    assert [e.label for e in load_edits(edit_session.path)] == [f"Dismiss cluster ‘{cluster_name(ministerial)}’"]
    assert edit_session.undo_stack.undoText() == f"Dismiss cluster ‘{cluster_name(ministerial)}’"

    qtbot.keyClick(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(review.columns()) == sources
    assert lanes_of(timeline, ministerial)
    assert load_edits(edit_session.path) == []


def test_taking_a_source_out_from_the_menu_leaves_the_others_side_by_side(qtbot, review, timeline, ministerial):
    sources = [pane.column.doc_id for pane in review.columns()]
    taken = review.columns()[0].column.label
    menu_action(review, take_out_text(taken)).trigger()
    assert [pane.column.doc_id for pane in review.columns()] == sources[1:]
    assert taken not in [pane.column.label for pane in review.columns()]
    assert lanes_of(timeline, ministerial), "the cluster stays, over the other sources"
    assert take_out_text(taken) not in [a.text() for a in review.not_the_same.menu().actions()]

    undo_with_ctrl_z(qtbot, review)
    assert [pane.column.doc_id for pane in review.columns()] == sources


def test_a_passages_right_click_menu_takes_that_sentence_out(qtbot, review, edit_session):
    pane = review.columns()[0]
    first = pane.column.reporting[0]
    assert (first.start, first.end) in pane.highlighted_ranges("passage")
    cursor = QTextCursor(pane.text.document())
    cursor.setPosition(pane.offsets.to_qt(first.start + 2))
    pane.text.ensureCursorVisible()
    at = pane.text.cursorRect(cursor).center()
    menu = review.decisions.column_menu(pane, at)
    action = next(a for a in menu.actions() if a.text() == TAKE_SENTENCE)
    assert action.isEnabled()
    action.trigger()
    assert first.event_id not in {p.event_id for pane in review.columns() for p in pane.column.passages}
    assert edit_session.events.at[first.event_id, "cluster_id"] == ""

    undo_with_ctrl_z(qtbot, review)
    assert first.event_id in {p.event_id for p in review.columns()[0].column.passages}


def test_splitting_two_sources_off_makes_them_a_cluster_of_their_own(qtbot, review, timeline, edit_session,
                                                                     ministerial):
    panes = review.columns()
    apart = [pane.column.label for pane in panes[:2]]

    def tick_two_and_accept():
        dialog = QApplication.activeModalWidget()
        for box in dialog.findChildren(QCheckBox):
            box.setChecked(box.text() in apart)
        dialog.accept()

    QTimer.singleShot(0, tick_two_and_accept)
    menu_action(review, SPLIT).trigger()  # four sources: a split is offered
    assert [pane.column.doc_id for pane in review.columns()] == [pane.column.doc_id for pane in panes[2:]]
    assert len(lanes_of(timeline, ministerial)) == 2, "two clusters now, each in its lane"
    assert edit_session.undo_stack.undoText() == f"Split 2 sources off cluster ‘{cluster_name(ministerial)}’"
    edit_session.undo_stack.undo()
    assert len(lanes_of(timeline, ministerial)) == 1 and len(review.columns()) == len(panes)
