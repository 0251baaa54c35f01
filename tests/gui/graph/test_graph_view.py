"""The relationship graph view: what it draws from the seed workspace, how it follows and writes the selection."""

from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import igraph as ig
import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QToolTip

from explorer.core.graph import build_graph
from explorer.gui.graph.view import GraphView

# Qt's offscreen platform cannot pass a shown window's size hints on (nor raise a tooltip); every other warning fails.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")


@pytest.fixture
def view(qtbot, session):
    view = GraphView(session)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    qtbot.waitExposed(view)
    _wait_for_layout(qtbot, view)
    return view


def _wait_for_layout(qtbot, view: GraphView) -> None:
    qtbot.waitUntil(lambda: not view.is_laying_out(), timeout=20_000)


def _id_of(session, name: str) -> str:
    return next(e for e, n in session.entity_names.items() if n == name)


def _viewport_pos(view: GraphView, x: float, y: float):
    return view.plot.mapFromScene(view.view_box.mapViewToScene(QPointF(x, y)))


def _click(qtbot, view: GraphView, x: float, y: float) -> None:
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=_viewport_pos(view, x, y))


def _curve_x(curve) -> np.ndarray:
    x = curve.getData()[0]
    return np.empty(0) if x is None else x


def _point_on_edge(view: GraphView, a: str, b: str) -> tuple[float, float]:
    """A point of the drawn link between ``a`` and ``b`` where the pointer meets that link and no node: the middle
    may lie under a third node or a crossing link, depending on the layout the seeds give."""
    (xa, ya), (xb, yb) = view.node_position(a), view.node_position(b)
    wanted = view._edge_between(a, b)
    for zoomed in (False, True):
        if zoomed:  # two big nodes close together cover their link: zoom in on it, as a user would
            view.view_box.setRange(xRange=sorted((xa, xb)), yRange=sorted((ya, yb)), padding=0.1)
        for t in np.linspace(0.5, 0.15, 15).tolist() + np.linspace(0.5, 0.85, 15).tolist():
            x, y = xa + (xb - xa) * t, ya + (yb - ya) * t
            if view._node_at(x, y) is None and view._edge_at(x, y) == wanted:
                return x, y
    raise AssertionError("the heaviest link is hidden everywhere by nodes or other links")


def _heaviest_edge(session) -> tuple[str, str, list[str]]:
    graph = build_graph(session.tables)
    edge = graph.es[int(np.argmax(graph.es["weight"]))]
    a, b = (graph.vs[v]["entity_id"] for v in edge.tuple)
    return a, b, edge["event_ids"]


def test_layout_finishes_with_a_node_per_related_entity(view, session, qtbot):
    relations = session.tables["relations"]
    acting = relations[relations["kind"] != "co-mention"]  # co-mentions link only when asked
    assert set(view.node_ids()) == set(acting["source"]) | set(acting["target"])
    assert len(view.nodes.data) == len(view.node_ids()) >= 40
    with qtbot.waitSignal(view.sig_layout_finished, timeout=10000):
        view.co_mentions_box.setChecked(True)
    assert set(view.node_ids()) == set(relations["source"]) | set(relations["target"])
    with qtbot.waitSignal(view.sig_layout_finished, timeout=10000):
        view.co_mentions_box.setChecked(False)
    assert not view.is_laying_out()
    assert "entities" in view.status_label.text()
    sizes = dict(zip(view.node_ids(), view.nodes.data["size"]))
    mentions = dict(zip(view.graph().vs["entity_id"], view.graph().vs["mentions"]))
    assert sizes[_id_of(session, "India")] > sizes[min(mentions, key=mentions.get)]  # size by mentions
    brushes = {view.nodes.data["brush"][i].color().name() for i in range(len(view.node_ids()))}
    assert len(brushes) >= 4  # coloured by type
    assert "People" in view.legend_label.text()


def test_labels_are_shown_for_the_main_entities_without_overlapping(view, session):
    shown = view.shown_labels()
    assert len(shown) >= 30
    names = {label.toPlainText() for label in shown}
    graph = view.graph()
    most_mentioned = sorted(range(graph.vcount()), key=lambda v: -graph.vs[v]["mentions"])[:5]
    assert {graph.vs[v]["name"] for v in most_mentioned} <= names
    boxes = [label.sceneBoundingRect() for label in shown]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_a_hidden_graph_waits_to_be_shown_then_fills_the_view(qtbot, session):
    view = GraphView(session)  # as in a tab not yet opened
    qtbot.addWidget(view)
    session.selection.update(time_range=("2026-01-01", "2026-12-31"))
    assert not view.is_laying_out() and not view.node_ids(), "no layout work while nobody sees the graph"
    view.resize(1100, 750)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: bool(view.node_ids()) and not view.is_laying_out(), timeout=20_000)
    corners = [_viewport_pos(view, *view.node_position(e)) for e in view.node_ids()]
    width = max(p.x() for p in corners) - min(p.x() for p in corners)
    height = max(p.y() for p in corners) - min(p.y() for p in corners)
    viewport = view.plot.viewport().size()
    assert width > 0.6 * viewport.width() or height > 0.6 * viewport.height()


def test_clicking_a_node_selects_the_entity_everywhere(view, session, qtbot):
    india = _id_of(session, "India")
    _click(qtbot, view, *view.node_position(india))
    assert session.selection.state.entity_ids == {india}
    assert len(view.rings.data) == 1  # drawn emphasised
    china = _id_of(session, "China")
    view.click_node(china)
    assert session.selection.state.entity_ids == {china}


def test_clicking_an_edge_selects_its_events_and_the_background_clears(view, session, qtbot):
    a, b, event_ids = _heaviest_edge(session)
    _click(qtbot, view, *_point_on_edge(view, a, b))
    assert session.selection.state.event_ids == set(event_ids)
    view.click_node(a)
    (x0, x1), (y0, y1) = view.view_box.viewRange()
    corner = (x0 + (x1 - x0) * 0.01, y0 + (y1 - y0) * 0.01)  # inside the fit's margin: nothing drawn there
    _click(qtbot, view, *corner)
    assert session.selection.state.entity_ids == frozenset()
    assert len(view.rings.data) == 0


def test_a_new_workspace_is_drawn_afresh(view, session, qtbot):
    tables = {name: frame.copy() for name, frame in session.tables.items()}
    india = _id_of(session, "India")
    relations = tables["relations"]
    relations = relations[relations["kind"] != "co-mention"]
    tables["relations"] = relations[(relations["source"] == india) | (relations["target"] == india)]
    with qtbot.waitSignal(view.sig_layout_finished, timeout=20_000):
        session.set_tables(tables, session.path)
    pairs = {frozenset(pair) for pair in zip(tables["relations"]["source"], tables["relations"]["target"])}
    assert india in view.node_ids() and view.edge_count() == len(pairs)
    assert len(view.node_ids()) == len(pairs) + 1  # a star around India


def test_entities_selected_elsewhere_are_emphasised(view, session):
    rubio = _id_of(session, "Marco Rubio")
    session.selection.update(entity_ids={rubio}, origin="sidebar")
    assert len(view.rings.data) == 1
    assert tuple(view.rings.data["x"][0:1]) == (view.node_position(rubio)[0],)
    highlighted = sum(len(_curve_x(curve)) for curve in view.highlight_curves) // 2
    assert highlighted == len(build_graph(session.tables).neighbors(view.node_ids().index(rubio)))
    session.selection.update(entity_ids=(), origin="sidebar")
    assert len(view.rings.data) == 0


def test_a_time_window_relayouts_with_fewer_nodes_that_stay_in_place(view, session, qtbot):
    nodes, edges = len(view.node_ids()), view.edge_count()
    before = {e: view.node_position(e) for e in view.node_ids()}
    with qtbot.waitSignal(view.sig_layout_finished, timeout=20_000):
        session.selection.update(time_range=("2026-02-03", "2026-02-05"), origin="timeline")
    assert 0 < len(view.node_ids()) < nodes and view.edge_count() < edges
    in_window = set(session.events_in_view()["event_id"])
    assert all(set(ids) <= in_window for ids in view.graph().es["event_ids"])
    size = np.ptp(np.array(list(before.values())), axis=0).max()
    moved = [np.hypot(*np.subtract(view.node_position(e), before[e])) for e in view.node_ids()]
    assert np.median(moved) < 0.15 * size
    with qtbot.waitSignal(view.sig_layout_finished, timeout=20_000):
        session.selection.update(time_range=None, origin="timeline")
    assert len(view.node_ids()) == nodes


def test_checked_entities_narrow_the_graph(view, session, qtbot):
    china = _id_of(session, "China")
    with qtbot.waitSignal(view.sig_layout_finished, timeout=20_000):
        session.selection.update(filter_entity_ids={china}, origin="sidebar")
    assert china in view.node_ids() and len(view.node_ids()) < 30


def test_min_weight_spin_box_hides_weak_links(view, session, qtbot):
    edges = view.edge_count()
    with qtbot.waitSignal(view.sig_layout_finished, timeout=20_000):
        view.min_weight_spin.setValue(3)
    assert 0 < view.edge_count() < edges
    assert all(w >= 3 for w in view.graph().es["weight"])


def test_edge_tooltip_names_the_events_sentences(view, session):
    a, b, event_ids = _heaviest_edge(session)
    text = html.unescape(view.edge_tooltip(a, b))
    assert session.entity_names[a] in text and session.entity_names[b] in text
    assert f"{len(event_ids)} shared events" in text
    shown = [e for e in event_ids  # a sentence can report several events: each is its trigger and sentence
             if f"{session.events.at[e, 'trigger']}: " + " ".join(session.events.at[e, "sentence"].split())[:60] in text]
    assert len(shown) == min(5, len(event_ids))
    if len(event_ids) > 5:
        assert f"and {len(event_ids) - 5} more" in text
    assert view.edge_tooltip(a, "no-such-entity") == ""


def test_hovering_an_edge_and_a_node_shows_tooltips(view, session, qtbot):
    a, b, _ = _heaviest_edge(session)
    (xa, ya) = view.node_position(a)
    qtbot.mouseMove(view.plot.viewport(), _viewport_pos(view, *_point_on_edge(view, a, b)))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "shared event" in QToolTip.text(), timeout=2000)
    qtbot.mouseMove(view.plot.viewport(), _viewport_pos(view, xa, ya))
    qtbot.waitUntil(lambda: "mentions" in QToolTip.text(), timeout=2000)
    assert html.escape(session.entity_names[a]) in QToolTip.text()


def _rest_pointer_at(qtbot, view: GraphView, x: float, y: float) -> None:
    """The pointer resting at (x, y) of the graph: Qt's ToolTip event there, as a real display sends it after the
    pointer has stood still (the offscreen platform never does)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication

    viewport = view.plot.viewport()
    at = _viewport_pos(view, x, y)
    qtbot.mouseMove(viewport, at)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))


def test_resting_the_pointer_on_a_link_or_a_node_keeps_its_tooltip(view, session, qtbot):
    """The scene answered Qt's ToolTip event, found no item with a tooltip and hid the link's: on a real display
    the tooltip was gone as soon as the pointer rested on a link."""
    a, b, event_ids = _heaviest_edge(session)
    _rest_pointer_at(qtbot, view, *_point_on_edge(view, a, b))
    assert QToolTip.isVisible()
    text = html.unescape(QToolTip.text())
    assert f"{session.entity_names[a]} — {session.entity_names[b]}" in text or \
        f"{session.entity_names[b]} — {session.entity_names[a]}" in text
    assert f"{len(event_ids)} shared events" in text
    bullets = [line for line in text.replace("<br>", "\n").splitlines() if line.startswith("• ")]
    triggers = set(session.events.loc[event_ids, "trigger"])
    assert len(bullets) == min(5, len(event_ids))  # the first few events: when, trigger, sentence
    assert all(bullet.split("</i>, ", 1)[1].split(": ", 1)[0] in triggers for bullet in bullets)
    _rest_pointer_at(qtbot, view, *view.node_position(a))
    assert QToolTip.isVisible() and "mentions in" in QToolTip.text()
    assert html.escape(session.entity_names[a]) in QToolTip.text()


def test_exports_write_graphml_png_and_svg(view, session, tmp_path):
    graphml = view.export_graphml(tmp_path / "graph.graphml")
    back = ig.Graph.Read_GraphML(str(graphml))
    assert back.vcount() == len(view.node_ids()) and back.ecount() == view.edge_count()
    assert "India" in back.vs["label"] and max(back.es["weight"]) > 1
    png = view.export_image(tmp_path / "graph.png")
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 1000
    svg = view.export_image(tmp_path / "graph.svg")
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert "India" in svg.read_text(encoding="utf-8")


def test_preview_runs_and_saves_a_screenshot(seed_build, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(seed_build.path, data / "sample.explorer")
    env = {**os.environ, "EXPLORER_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    shot = tmp_path / "preview.png"
    result = subprocess.run([sys.executable, "-m", "explorer.gui.graph.view", "--screenshot", str(shot)],
                            env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 10_000


def _plain(rich: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_legend_and_node_tooltips_name_types_readably_with_the_code_in_tooltips(view, session):
    legend = _plain(view.legend_label.text())
    for name in ("People", "Organisations", "Places", "Facilities", "Works of art"):
        assert name in legend
    assert not any(code in legend for code in ("PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART"))
    assert "Places: countries, cities, states (GPE)" in view.legend_label.toolTip().splitlines()
    assert "Places (GPE)" in _plain(view.node_tooltip(_id_of(session, "India")))


def test_the_legend_and_the_counts_are_whole_and_apart_at_the_default_window_size(qtbot, seed_tables):
    """Every type in the legend (ten of them) reads whole beside the counts, in a window of the default size."""
    from PySide6.QtGui import QTextDocument

    from explorer.gui.entity_types import ENTITY_TYPES, display_name
    from explorer.gui.window.main_window import MainWindow

    tables = {name: frame.copy() for name, frame in seed_tables.items()}
    entities = tables["entities"]
    related = build_graph(tables).vs["entity_id"]
    rows = entities.index[entities["entity_id"].isin(related)]
    for row, type_ in zip(rows, [t for t in ENTITY_TYPES if t != "other"]):
        entities.loc[row, "type"] = type_  # a case with every type of entity among the related
    window = MainWindow()
    qtbot.addWidget(window)
    window.session.set_tables(tables, None)
    window.show()
    window.show_graph()
    view = window.graph
    qtbot.waitUntil(lambda: not view.is_laying_out() and bool(view.node_ids()), timeout=20_000)
    legend, counts = view.legend_label, view.status_label
    qtbot.waitUntil(lambda: legend.height() >= legend.heightForWidth(legend.width()), timeout=2000)
    document = QTextDocument()
    document.setDefaultFont(legend.font())
    document.setDocumentMargin(0)  # as a label lays its text out
    document.setHtml(legend.text())
    document.setTextWidth(legend.contentsRect().width())
    for type_ in ENTITY_TYPES:
        if type_ != "other":
            assert display_name(type_) in document.toPlainText().replace("\xa0", " ")
    assert document.size().height() <= legend.contentsRect().height() + 1, "the legend is cut off"
    assert document.idealWidth() <= legend.contentsRect().width()
    assert counts.text() == f"{len(view.node_ids())} entities, {view.edge_count()} links"
    assert counts.width() >= counts.fontMetrics().horizontalAdvance(counts.text())
    assert legend.geometry().right() + 8 <= counts.geometry().left(), "legend and counts run together"


def _drag(qtbot, view: GraphView, start, end, steps: int = 8) -> None:
    """Press the left button at view point ``start``, move in steps to ``end`` and release, as a hand would."""
    viewport = view.plot.viewport()
    a, b = _viewport_pos(view, *start), _viewport_pos(view, *end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, steps + 1):
        qtbot.mouseMove(viewport, a + (b - a) * step / steps)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def _pixels(view: GraphView, dx: float, dy: float) -> tuple[float, float]:
    """A move of (dx, dy) screen pixels in view units (y up)."""
    px, py = view.view_box.viewPixelSize()
    return dx * px, -dy * py


def test_dragging_a_node_moves_it_and_its_links_and_pins_it_through_a_relayout(edit_session, qtbot):
    session = edit_session  # a private copy of the seeds: a pin is a decision saved in the workspace file
    view = GraphView(session)
    qtbot.addWidget(view)
    view.resize(1100, 750)
    view.show()
    qtbot.waitExposed(view)
    _wait_for_layout(qtbot, view)
    rubio = _id_of(session, "Marco Rubio")
    before = {e: view.node_position(e) for e in view.node_ids()}
    view_range = view.view_box.viewRange()
    (x, y), (dx, dy) = before[rubio], _pixels(view, 120, 90)
    _drag(qtbot, view, (x, y), (x + dx, y + dy))
    moved = view.node_position(rubio)
    px, py = view.view_box.viewPixelSize()
    assert abs(moved[0] - (x + dx)) <= 2 * px and abs(moved[1] - (y + dy)) <= 2 * py, "the node follows the pointer"
    assert view.view_box.viewRange() == view_range, "the canvas did not pan"
    assert all(view.node_position(e) == p for e, p in before.items() if e != rubio), "the rest stays"
    drawn_x = np.concatenate([_curve_x(c) for c in (*view.edge_curves, *view.highlight_curves)])
    assert np.isclose(drawn_x, moved[0]).any() and not np.isclose(drawn_x, x).any(), "its links follow"
    assert view.pinned_ids() == {rubio} and view.unpin_button.isEnabled()
    assert "pinned where you dropped it" in view.node_tooltip(rubio)
    session.selection.update(time_range=("2026-02-01", "2026-02-28"))  # a filter change lays the graph out again
    _wait_for_layout(qtbot, view)
    assert len(view.node_ids()) < len(before) and view.node_position(rubio) == moved
    view.unpin_button.click()
    _wait_for_layout(qtbot, view)
    assert view.pinned_ids() == set() and not view.unpin_button.isEnabled()


def test_dragging_the_empty_canvas_pans_it(view, qtbot):
    before = {e: view.node_position(e) for e in view.node_ids()}
    (x0, x1), (y0, y1) = view.view_box.viewRange()
    start = (x0 + (x1 - x0) * 0.02, y0 + (y1 - y0) * 0.02)  # a corner, away from every node and link
    assert view._node_at(*start) is None and view._edge_at(*start) is None
    _drag(qtbot, view, start, (start[0] + (x1 - x0) * 0.2, start[1]))
    assert view.view_box.viewRange()[0][0] < x0 - (x1 - x0) * 0.1  # the view moved left under the pointer
    assert {e: view.node_position(e) for e in view.node_ids()} == before
