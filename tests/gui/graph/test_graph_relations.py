"""Directed, labelled relations in the graph: arrows from agent to patient, verbs and dates on the edges, and the
sentences behind an edge listed when it is clicked (opened in the source pane from there)."""

from __future__ import annotations

import html

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolButton

from explorer.core.graph import build_graph
from explorer.core.model import empty_tables, make_table
from explorer.gui.graph.view import GraphView

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


def generated_tables() -> dict:
    """Ann hosts Bob twice (4-5 Feb 2026; a verb from agent to patient), Bob and Cyd only take part together."""
    tables = empty_tables()
    tables["documents"] = make_table("documents", [{"doc_id": "d1", "name": "d1.txt", "title": "Visit",
                                                    "published": "2026-02-06", "text": "x" * 200}])
    tables["entities"] = make_table("entities", [
        {"entity_id": e, "name": e.title(), "type": "PERSON", "mention_count": 3, "doc_count": 1}
        for e in ("ann", "bob", "cyd")])
    tables["events"] = make_table("events", [
        {"event_id": f"ev{i}", "doc_id": "d1", "sentence": text, "start": 40 * i, "end": 40 * i + 30,
         "trigger": trigger, "date_start": day, "date_end": day, "date_basis": "timex", "participants": who}
        for i, (text, trigger, day, who) in enumerate([
            ("Ann hosted Bob on Wednesday.", "hosted", "2026-02-04", ["ann", "bob"]),
            ("Ann hosted Bob again on Thursday.", "hosted", "2026-02-05", ["ann", "bob"]),
            ("Bob and Cyd were there.", "were", "2026-02-05", ["bob", "cyd"])], start=1)])
    tables["relations"] = make_table("relations", [
        {"source": "ann", "target": "bob", "kind": "co-participant", "weight": 2, "event_ids": ["ev1", "ev2"]},
        {"source": "ann", "target": "bob", "kind": "host", "weight": 2, "event_ids": ["ev1", "ev2"]},
        {"source": "bob", "target": "cyd", "kind": "co-participant", "weight": 1, "event_ids": ["ev3"]}])
    return tables


def _shown(qtbot, session) -> GraphView:
    view = GraphView(session)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.is_laying_out() and bool(view.node_ids()), timeout=20_000)
    return view


@pytest.fixture
def generated(qtbot, qapp):
    from explorer.gui.session import Session

    session = Session()
    session.set_tables(generated_tables(), None)
    return _shown(qtbot, session)


@pytest.fixture
def view(qtbot, session):
    return _shown(qtbot, session)


def _viewport_pos(view: GraphView, x: float, y: float):
    return view.plot.mapFromScene(view.view_box.mapViewToScene(QPointF(x, y)))


def _point_on_edge(view: GraphView, a: str, b: str) -> tuple[float, float]:
    (xa, ya), (xb, yb) = view.node_position(a), view.node_position(b)
    wanted = view._edge_between(a, b)
    for zoomed in (False, True):
        if zoomed:
            view.view_box.setRange(xRange=sorted((xa, xb)), yRange=sorted((ya, yb)), padding=0.1)
        for t in np.linspace(0.5, 0.15, 15).tolist() + np.linspace(0.5, 0.85, 15).tolist():
            x, y = xa + (xb - xa) * t, ya + (yb - ya) * t
            if view._node_at(x, y) is None and view._edge_at(x, y) == wanted:
                return x, y
    raise AssertionError("the link is hidden everywhere by nodes or other links")


def _wheel(view: GraphView, notches: int) -> None:
    """Turn the mouse wheel over the middle of the drawing (forward: zoom in)."""
    viewport = view.plot.viewport()
    centre = viewport.rect().center()
    wheel = QWheelEvent(QPointF(centre), QPointF(viewport.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)


def test_a_verb_is_an_arrow_from_its_agent_to_its_patient_and_co_participants_a_plain_line(generated):
    view = generated
    assert generated.edge_count() == 2
    assert view.arrowheads() == 1, "one arrow: Ann hosts Bob; Bob and Cyd only took part together"
    (tip,) = view.arrow_tips()
    distance = {e: np.hypot(*np.subtract(tip, view.node_position(e))) for e in ("ann", "bob", "cyd")}
    assert distance["bob"] < distance["ann"] and distance["bob"] < distance["cyd"], "the head touches the patient"
    px = abs(view.view_box.viewPixelSize()[0])
    radius = view.nodes.data["size"][view.node_ids().index("bob")] / 2
    assert distance["bob"] / px == pytest.approx(radius + 1, abs=1.5), "the tip sits on the patient's disc"


def test_the_arrow_keeps_touching_its_patient_when_the_wheel_zooms(generated, qtbot):
    view = generated
    (before,) = view.arrow_tips()
    _wheel(view, 2)
    qtbot.waitUntil(lambda: view.arrow_tips()[0] != before, timeout=2000)
    (after,) = view.arrow_tips()
    px = abs(view.view_box.viewPixelSize()[0])
    radius = view.nodes.data["size"][view.node_ids().index("bob")] / 2
    distance = np.hypot(*np.subtract(after, view.node_position("bob"))) / px
    assert distance == pytest.approx(radius + 1, abs=1.5), "zoomed in, the head still touches the disc"


def test_the_edge_is_labelled_with_its_verb_and_dates_and_its_tooltip_names_them(generated):
    view = generated
    assert view.shown_edge_labels() == {("ann", "bob"): "host · 4–5 Feb 2026"}
    tooltip = html.unescape(view.edge_tooltip("ann", "bob"))
    assert "Ann → host → Bob (2 events, 4 to 5 February 2026)" in tooltip


def test_edge_labels_go_to_the_strongest_edges_first_and_never_overlap(view, session, qtbot):
    qtbot.wait(100)  # painted: a text item sets its anchored place when drawn
    shown = view.shown_edge_labels()
    graph = view.graph()
    labelled = [e for e in range(graph.ecount()) if graph.es[e]["verbs"]]
    assert 0 < len(shown) < len(labelled), "some, not all: the rest would cover nodes or labels"
    items = [label for label in view._edge_labels._items.values() if label.isVisible()]
    edge_boxes = [label.sceneBoundingRect() for label in items]
    others = edge_boxes + [label.sceneBoundingRect() for label in view.shown_labels()]
    assert not any(a.intersects(b) for a in edge_boxes for b in others if b is not a), "edge labels cover no label"
    for a in edge_boxes:  # nor a node
        for x, y in (view.node_position(e) for e in view.node_ids()):
            assert not a.contains(view.view_box.mapViewToScene(QPointF(x, y)))
    _wheel(view, 4)  # zoomed in on the middle: room for more of them
    qtbot.waitUntil(lambda: bool(set(view.shown_edge_labels()) - set(shown)), timeout=2000)


def table_shows_the_sentences(table) -> bool:
    """The sentence column lies within the list's viewport, wider than a third of it."""
    rect = table.visualRect(table.model().index(0, 1))
    return table.viewport().rect().contains(rect.center()) and rect.width() > table.viewport().width() / 3


def test_clicking_an_edge_lists_its_sentences_and_a_row_opens_its_source(window, session, qtbot):
    window.show_graph()
    view = window.graph
    qtbot.waitUntil(lambda: not view.is_laying_out() and bool(view.node_ids()), timeout=20_000)
    graph = build_graph(session.tables)
    edge = graph.es[int(np.argmax(graph.es["weight"]))]
    a, b = (graph.vs[v]["entity_id"] for v in edge.tuple)
    assert not view.evidence.isVisible()
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=_viewport_pos(view, *_point_on_edge(view, a, b)))
    assert session.selection.state.event_ids == set(edge["event_ids"])
    assert view.evidence.isVisible()
    assert view.focused_edge() == (a, b), "the link listed is marked in the drawing"
    marked = view.items.focus.getData()
    assert sorted(zip(marked[0], marked[1])) == sorted([view.node_position(a), view.node_position(b)])
    model = view.evidence.model
    assert model.rowCount() == len(edge["event_ids"])
    sentences = {" ".join(session.events.at[e, "sentence"].split()) for e in edge["event_ids"]}
    listed = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert set(listed) == sentences
    dates = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert dates == sorted(dates, key=lambda d: d.lstrip("≤≥ ") or "~")
    assert table_shows_the_sentences(view.evidence.table)
    source = window.source.widget()
    rows = [r for r in range(model.rowCount()) if model.event_at(r)[1] != source.current_doc_id()]
    row = rows[0] if rows else model.rowCount() - 1  # another document than the one shown, where there is one
    event_id, doc_id = model.event_at(row)
    table = view.evidence.table
    table.scrollTo(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, 1)).center())
    assert session.selection.state.event_ids == {event_id}
    assert session.selection.state.doc_ids == {doc_id}
    assert source.current_doc_id() == doc_id, "the source pane shows the sentence's document"
    close = next(b for b in view.evidence.findChildren(QToolButton) if b.text() == "×")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not view.evidence.isVisible() and view.focused_edge() is None
    assert view.items.focus.getData()[0] is None or len(view.items.focus.getData()[0]) == 0


def _choose_size(qtbot, view: GraphView, label: str) -> None:
    """Pick a size measure in the toolbar's combo box with the keyboard, as a user would."""
    combo = view.size_combo
    combo.setFocus()
    while combo.currentText() != label:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_node_size_follows_the_measure_chosen_in_the_toolbar(view, session, qtbot):
    graph = view.graph()
    degree = dict(zip(graph.vs["entity_id"], graph.degree()))
    mentions = dict(zip(graph.vs["entity_id"], graph.vs["mentions"]))
    # two entities the measures rank in opposite orders
    a, b = next((a, b) for a in degree for b in degree if degree[a] > degree[b] and mentions[a] < mentions[b])
    sizes = view.node_sizes()
    assert sizes[a] < sizes[b], "by mentions first"
    _choose_size(qtbot, view, "Degree")
    sizes = view.node_sizes()
    assert sizes[a] > sizes[b]
    assert max(sizes, key=sizes.get) in {e for e, d in degree.items() if d == max(degree.values())}
    assert view.nodes.data["size"].tolist() == list(sizes.values()), "drawn so"
    _choose_size(qtbot, view, "Betweenness")
    qtbot.waitUntil(lambda: "betweenness" in view.graph().vs.attributes(), timeout=10_000)
    betweenness = dict(zip(graph.vs["entity_id"], graph.betweenness()))
    sizes = view.node_sizes()
    broker = max(betweenness, key=betweenness.get)
    assert sizes[broker] == max(sizes.values())
    assert "betweenness" in view.node_tooltip(broker)
    with qtbot.waitSignal(view.sig_layout_finished, timeout=20_000):  # a filter's new graph comes with it
        session.selection.update(time_range=("2026-02-01", "2026-02-28"))
    assert "betweenness" in view.graph().vs.attributes()


def _drag(qtbot, view: GraphView, start, end, steps: int = 8) -> None:
    """Press the left button at view point ``start``, move in steps to ``end`` and release, as a hand would."""
    viewport = view.plot.viewport()
    a, b = _viewport_pos(view, *start), _viewport_pos(view, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, a + (b - a) * step / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _opened(path):
    """A Session over the workspace file, opened as the window opens it (its saved decisions replayed)."""
    from explorer.core.store import LATER_TABLES, WINDOW_TABLES, load_workspace
    from explorer.gui.session import Session

    session = Session()
    session.set_tables(load_workspace(path, WINDOW_TABLES, edited=False, arrow_text=True, later=LATER_TABLES), path)
    return session


def test_a_dropped_node_stays_there_through_undo_redo_and_reopening_the_workspace(edit_session, qtbot):
    from explorer.core.store import load_edits
    from explorer.gui.window.main_window import MainWindow

    window = MainWindow(edit_session)
    qtbot.addWidget(window)
    window.show()
    window.show_graph()
    view = window.graph
    qtbot.waitUntil(lambda: not view.is_laying_out() and bool(view.node_ids()), timeout=20_000)
    rubio = next(e for e, n in edit_session.entity_names.items() if n == "Marco Rubio")
    before = view.node_position(rubio)
    px, py = view.view_box.viewPixelSize()
    _drag(qtbot, view, before, (before[0] + 120 * px, before[1] - 90 * py))
    dropped = view.node_position(rubio)
    assert view.pinned_ids() == {rubio}
    assert [e.kind for e in load_edits(edit_session.path)] == ["pin_nodes"], "saved in the workspace at once"
    assert edit_session.undo_stack.undoText() == "Pin Marco Rubio in the graph", "named in the Edit menu"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.node_position(rubio) == pytest.approx(before) and view.pinned_ids() == set(), "undo puts it back"
    assert load_edits(edit_session.path) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.node_position(rubio) == pytest.approx(dropped) and view.pinned_ids() == {rubio}, "and redo again"
    window.close()

    reopened = _shown(qtbot, _opened(edit_session.path))
    assert reopened.pinned_ids() == {rubio}
    assert reopened.node_position(rubio) == pytest.approx(dropped), "where it was dropped, the others around it"
    assert reopened.unpin_button.isEnabled()
    qtbot.mouseClick(reopened.unpin_button, Qt.MouseButton.LeftButton)  # Unpin all: a decision too
    qtbot.waitUntil(lambda: not reopened.is_laying_out(), timeout=20_000)
    assert reopened.pinned_ids() == set() and not reopened.unpin_button.isEnabled()
    assert [e.kind for e in load_edits(edit_session.path)] == ["pin_nodes", "pin_nodes"]
    reopened.session.undo_stack.undo()  # (Ctrl+Z in a window: the same undo stack)
    assert reopened.pinned_ids() == {rubio} and reopened.node_position(rubio) == pytest.approx(dropped)


def test_an_edge_label_moves_along_its_edge_off_a_node_and_reads_dates_shortly():
    from explorer.gui.graph.hover import short_date
    from explorer.gui.graph.labels import edge_label_places

    ends = np.array([[[0.0, 0.0], [200.0, 0.0]]])
    node_in_the_middle = np.array([[90.0, -10.0, 110.0, 10.0]])
    (box,) = edge_label_places(ends, {0: (40, 14)}, [0], [], node_in_the_middle, (-50, -50, 250, 50)).values()
    assert (box[0] + box[2]) / 2 == pytest.approx(70.0), "a third of the way, not over the node"
    assert edge_label_places(ends, {0: (40, 14)}, [0], [(0, -20, 200, 20)], np.empty((0, 4)),
                             (-50, -50, 250, 50)) == {}, "never over a node's label"
    assert [short_date(*span) for span in (("2026-02-04", "2026-02-04"), ("2026-02-02", "2026-02-04"),
                                           ("2025-09-01", "2025-09-30"), ("", "2026-01-13"), ("", ""))] == \
        ["4 Feb 2026", "2–4 Feb 2026", "Sep 2025", "≤ 13 Jan 2026", ""]
