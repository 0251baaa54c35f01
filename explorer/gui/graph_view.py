"""The relationship graph: entities as nodes, the events they share as edges, linked to the selection.

Nodes are sized by mentions and coloured by entity type; an edge's width grows with
the number of events in view that its two entities share. The graph follows the
filters (checked entities, search hits, time window): each change relayouts it off
the GUI thread, starting from the positions last drawn so nodes do not jump.
Clicking a node selects the entity everywhere (clicking an edge selects its
events); the selected entities, from any view, are ringed with their edges darkened.
Labels go to the most mentioned nodes first and hide where they would overlap, so
zooming in (wheel) reveals more. Graph building and layout live in ``core.graph``.

Preview: ``python -m explorer.gui.graph_view [--screenshot FILE.png]``.
"""

from __future__ import annotations

import functools
import html
import math
import sys
import time
import textwrap
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import SVGExporter
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QSpinBox, QToolButton, QToolTip,
                               QVBoxLayout, QWidget)

from explorer.core.errors import Cancelled
from explorer.core.graph import Positions, build_graph, layout_graph, write_graphml
from explorer.gui.entity_types import display_name, strong_colors, type_order
from explorer.gui.files import default_export_path
from explorer.gui.task import Task
from explorer.gui.timeline.hover import date_words

MAX_NODES = 1500  # beyond this a drawing is a hairball and the layout slows; the spin box can raise it
LABEL_CANDIDATES = 200  # labels tried per redraw, most mentioned first; the rest show as zoom makes room
MUST_LABEL = 10  # the most mentioned entities are labelled even where nodes crowd them
NODE_SIZES = (7.0, 38.0)  # pixel diameters of the least and the most mentioned node, a hundred or so nodes drawn
CROWDED_SIZES = (4.0, 14.0)  # the same with thousands
EDGE_WIDTHS = (0.8, 1.6, 2.6, 3.8, 5.2)  # edges sharing 1, 2, 3-4, 5-8, 9+ events
HOVER_RATE = 20
HIT_EDGE_PX = 4
TOOLTIP_EVENTS = 5
TOOLTIP_WIDTH_PX = 440


class GraphViewBox(pg.ViewBox):
    """Wheel zoom and drag pan as pyqtgraph does them; left clicks reported in view coordinates."""

    sig_clicked = Signal(float, float)

    def __init__(self) -> None:
        super().__init__(enableMenu=False, lockAspect=True)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            point = self.mapSceneToView(ev.scenePos())
            self.sig_clicked.emit(point.x(), point.y())
            return
        super().mouseClickEvent(ev)


class GraphView(QWidget):
    """Entities and their shared events as a node-link drawing; writes and follows the session's selection."""

    sig_layout_finished = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._graph = None
        self._positions: Positions = {}  # of the nodes drawn
        self._remembered: Positions = {}  # every entity's last place, so a node that comes back returns there
        self._remembered_path = None
        self._xy = np.empty((0, 2))
        self._sizes = np.empty(0)
        self._pairs = np.empty((0, 2), dtype=int)
        self._index: dict[str, int] = {}
        self._tasks: set[Task] = set()
        self._generation = 0
        self._drawn_generation = 0
        self._fit_next = True
        self._fitted = False  # the view shows the whole graph and the analyst has not zoomed or panned since
        self._hovered: tuple | None = None
        self._relayout_timer = QTimer(self, singleShot=True, interval=150, timeout=self.relayout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(self._build_toolbar())
        self._build_plot()
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend_label)
        session.sig_workspace_loaded.connect(self._on_workspace_loaded)
        session.sig_selection_changed.connect(self._on_selection_changed)
        stop = functools.partial(stop_tasks, self._tasks)  # holds the set, not the view
        self.destroyed.connect(stop)
        if QCoreApplication.instance() is not None:
            QCoreApplication.instance().aboutToQuit.connect(stop)
        self._on_workspace_loaded()

    # ----------------------------------------------------------------- building
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        self.min_weight_spin = self._spin(1, 999, 1, "Hide links between entities sharing fewer events than this")
        self.max_nodes_spin = self._spin(10, 100_000, MAX_NODES, "Draw only this many entities, the most mentioned")
        self.max_nodes_spin.setSingleStep(100)
        self.status_label = QLabel(self)
        bar.addWidget(QLabel("Min. shared events:", self))
        bar.addWidget(self.min_weight_spin)
        bar.addWidget(QLabel("Top entities:", self))
        bar.addWidget(self.max_nodes_spin)
        bar.addWidget(self._button("Fit", "Show the whole graph", self.fit_all))
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self._button("Export GraphML…", "Save the graph in view for Gephi",
                                   self._export_graphml_dialog))
        bar.addWidget(self._button("Export image…", "Save the drawing as PNG or SVG", self._export_image_dialog))
        self.legend_label = QLabel(self)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        return bar

    def _spin(self, low: int, high: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.valueChanged.connect(lambda _: self._relayout_timer.start())
        return spin

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_plot(self) -> None:
        palette = self.palette()
        self._base = palette.color(QPalette.ColorRole.Base)
        self._text = palette.color(QPalette.ColorRole.Text)
        self.view_box = GraphViewBox()
        self.plot = pg.PlotWidget(self, background=self._base, viewBox=self.view_box)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.hideAxis("left")
        item.hideAxis("bottom")
        self.edge_curves = [self._curve(z=1) for _ in EDGE_WIDTHS]
        self.highlight_curves = [self._curve(z=2) for _ in EDGE_WIDTHS]
        self.nodes = pg.ScatterPlotItem(pxMode=True, pen=pg.mkPen(self._base, width=1.2))
        self.rings = pg.ScatterPlotItem(pxMode=True, brush=pg.mkBrush(0, 0, 0, 0), pen=pg.mkPen(self._text, width=2.5))
        for z, graphic in ((3, self.nodes), (4, self.rings)):
            graphic.setZValue(z)
            item.addItem(graphic)
        self.message = pg.TextItem("", color=self._text, anchor=(0.5, 0.5))
        self.view_box.addItem(self.message, ignoreBounds=True)
        self._labels: dict[int, pg.TextItem] = {}  # by node index, made when first needed
        self._label_order = np.empty(0, dtype=int)  # node indices in the order they claim label space
        self._must_label: set[int] = set()
        self._by_mentions = np.empty(0, dtype=int)
        bold = QFont(self.font())
        bold.setBold(True)
        self._fonts = (QFont(self.font()), bold)  # labels of the most mentioned are bold
        self.view_box.sig_clicked.connect(self._on_clicked)
        for scatter in (self.nodes, self.rings):  # a scatter takes the clicks on its points
            scatter.sigClicked.connect(self._on_scatter_clicked)
        self._label_timer = QTimer(self, singleShot=True, interval=30, timeout=self._place_labels)
        self.view_box.sigRangeChanged.connect(lambda *_: self._label_timer.start())  # coalesces a zoom's steps
        self.view_box.sigRangeChangedManually.connect(lambda *_: setattr(self, "_fitted", False))
        self.view_box.sigResized.connect(lambda *_: self._fitted and self.fit_all())  # e.g. drawn in a hidden tab
        self._hover_proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=HOVER_RATE,
                                           slot=self._on_mouse_moved)

    def _curve(self, z: int) -> pg.PlotCurveItem:
        curve = pg.PlotCurveItem(connect="pairs")
        curve.setZValue(z)
        self.plot.getPlotItem().addItem(curve)
        return curve

    # ------------------------------------------------------------- public API
    def is_laying_out(self) -> bool:
        return self._drawn_generation != self._generation

    def graph(self):
        """The igraph graph drawn (``core.graph.build_graph``'s), or None before the first layout."""
        return self._graph

    def node_ids(self) -> list[str]:
        """The entity ids drawn, in the graph's order."""
        return list(self._index)

    def node_position(self, entity_id: str) -> tuple[float, float]:
        x, y = self._xy[self._index[entity_id]]
        return float(x), float(y)

    def edge_count(self) -> int:
        return len(self._pairs)

    def click_node(self, entity_id: str) -> None:
        """Click where the node is drawn, as the mouse would."""
        self._on_clicked(*self.node_position(entity_id))

    def edge_tooltip(self, source_id: str, target_id: str) -> str:
        edge = self._edge_between(source_id, target_id)
        return "" if edge is None else edge_tooltip(self.session, self._graph, edge)

    def node_tooltip(self, entity_id: str) -> str:
        return node_tooltip(self._graph, self._index[entity_id])

    def export_graphml(self, path) -> Path:
        """Write the graph in view, with its drawn positions, for Gephi."""
        return write_graphml(self._graph if self._graph is not None else build_graph(self.session.tables, []),
                             path, self._positions)

    def export_image(self, path) -> Path:
        """Save the drawing: SVG if ``path`` ends in .svg, else a PNG of what is on screen."""
        path = Path(path)
        if path.suffix.lower() == ".svg":
            SVGExporter(self.plot.getPlotItem()).export(str(path))
        elif not self.plot.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return path

    def fit_all(self) -> None:
        if len(self._xy):
            self.view_box.autoRange(padding=0.06)
            self._fitted = True

    def relayout(self) -> None:
        """Rebuild the graph for the events in view and lay it out in the background."""
        for task in self._tasks:
            task.cancel()
        tables, event_ids, previous = self.session.tables, self._event_ids_in_view(), dict(self._remembered)
        min_weight, max_nodes = self.min_weight_spin.value(), self.max_nodes_spin.value()

        def work(report, should_cancel):
            graph = build_graph(tables, event_ids, min_weight, max_nodes)
            if should_cancel():
                raise Cancelled()
            return graph, layout_graph(graph, previous)

        self._generation += 1
        generation, task = self._generation, Task(work)
        task.sig_finished.connect(lambda result: self._on_laid_out(generation, result))
        task.sig_failed.connect(lambda message: self._on_failed(generation, message))
        task.sig_done.connect(lambda: self._tasks.discard(task))
        self._tasks.add(task)
        self.status_label.setText("Laying out…")
        if not len(self._xy):
            self._show_message("Laying out…")
        task.start()

    def draw(self, graph, positions: Positions) -> None:
        """Show a built and laid-out graph (the layout task's result)."""
        self._graph, self._positions = graph, positions
        self._remembered.update(positions)
        ids = graph.vs["entity_id"] if graph.vcount() else []
        self._index = {entity: i for i, entity in enumerate(ids)}
        self._xy = np.array([positions[e] for e in ids], dtype=float).reshape(-1, 2)
        self._pairs = np.array(graph.get_edgelist(), dtype=int).reshape(-1, 2)
        self._sizes = node_sizes(np.array(graph.vs["mentions"] if ids else [], dtype=float))
        types = graph.vs["type"] if ids else []
        brushes = {t: pg.mkBrush(_alpha(strong_colors(t)[0], 225)) for t in set(types)}
        self.nodes.setData(pos=self._xy, size=self._sizes, brush=[brushes[t] for t in types])
        self._reset_labels(graph)
        self._draw_emphasis()
        self._show_message("" if ids else "No relations among the events in view")
        self._show_status(graph)
        self.legend_label.setText(_legend_html(types))
        if self._fit_next or self._needs_fit():
            self.fit_all()
            self._fit_next = False
        self._place_labels()

    # ------------------------------------------------------------------ drawing
    def _event_ids_in_view(self) -> list[str] | None:
        state = self.session.selection.state
        if not (state.filter_entity_ids or state.filter_event_ids or state.time_range):
            return None  # every event: the relations need no filtering
        return self.session.events_in_view()["event_id"].astype(str).tolist()

    def _on_laid_out(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.draw(*result)
        self._drawn_generation = generation
        self.sig_layout_finished.emit()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._drawn_generation = generation
            self.status_label.setText(f"Layout failed: {message}")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.message.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _show_status(self, graph) -> None:
        nodes, edges = graph.vcount(), graph.ecount()
        capped = " (the most mentioned)" if nodes >= self.max_nodes_spin.value() else ""
        self.status_label.setText(f"{nodes:,} entities{capped}, {edges:,} links")

    def _needs_fit(self) -> bool:
        """Whether some node is off-screen or the drawing has shrunk to a corner of the view."""
        if not len(self._xy):
            return False
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        extent = np.ptp(self._xy, axis=0)
        small = extent[0] < (x1 - x0) / 3 and extent[1] < (y1 - y0) / 3
        return small or not self._in_view_mask().all()

    def _selected_nodes(self) -> np.ndarray:
        selected = self.session.selection.state.entity_ids
        return np.array([self._index[e] for e in selected if e in self._index], dtype=int)

    def _draw_emphasis(self) -> None:
        """Edges in width classes; those of selected entities darker, on top; selected nodes ringed."""
        selected = self._selected_nodes()
        touching = np.isin(self._pairs, selected).any(axis=1) if len(self._pairs) else np.zeros(0, dtype=bool)
        weights = np.array(self._graph.es["weight"] if len(self._pairs) else [], dtype=float)
        width_class = np.minimum(np.ceil(np.log2(np.maximum(weights, 1))).astype(int), len(EDGE_WIDTHS) - 1)
        faint = 45 if len(selected) else (90 if len(self._pairs) < 2000 else 50)
        for curves, mask, alpha in ((self.edge_curves, ~touching, faint), (self.highlight_curves, touching, 210)):
            for level, curve in enumerate(curves):
                chosen = self._pairs[mask & (width_class == level)]
                points = self._xy[chosen.ravel()] if len(chosen) else np.empty((0, 2))
                curve.setData(x=points[:, 0], y=points[:, 1], connect="pairs",
                              pen=pg.mkPen(_alpha(self._text, alpha), width=EDGE_WIDTHS[level]))
        self.rings.setData(pos=self._xy[selected] if len(selected) else np.empty((0, 2)),
                           size=self._sizes[selected] + 7 if len(selected) else [])
        self._order_labels()

    # ------------------------------------------------------------------- labels
    def _reset_labels(self, graph) -> None:
        for label in self._labels.values():
            self.view_box.removeItem(label)
        self._labels = {}
        mentions = np.array(graph.vs["mentions"] if graph.vcount() else [], dtype=float)
        self._by_mentions = np.lexsort((np.arange(len(mentions)), -mentions))

    def _label_font(self, index: int) -> QFont:
        return self._fonts[index in self._by_mentions[:MUST_LABEL]]

    def _label_size(self, index: int) -> tuple[float, float]:
        """The label's box in pixels, measured without making it (the text item adds a 1 px margin around)."""
        metrics = QFontMetricsF(self._label_font(index))
        return metrics.horizontalAdvance(self._graph.vs[index]["name"]) + 2, math.ceil(metrics.height()) + 2

    def _label(self, index: int) -> pg.TextItem:
        """The node's label item, made when first shown: thousands of text items would take seconds to make."""
        label = self._labels.get(index)
        if label is None:
            label = pg.TextItem(self._graph.vs[index]["name"], color=self._text,
                                fill=pg.mkBrush(_alpha(self._base, 170)))
            label.setFont(self._label_font(index))
            label.textItem.document().setDocumentMargin(1)  # a snug box: labels can sit close without hiding text
            label.updateTextPos()
            self.view_box.addItem(label, ignoreBounds=True)
            self._labels[index] = label
        return label

    def _order_labels(self) -> None:
        """Who gets a label first: the selected entities, the most mentioned, the selected's neighbours, the rest."""
        if self._graph is None:
            return
        selected = self._selected_nodes().tolist()
        rank = np.empty(len(self._by_mentions), dtype=int)
        rank[self._by_mentions] = np.arange(len(self._by_mentions))
        neighbours = sorted({n for s in selected for n in self._graph.neighbors(s)}, key=rank.__getitem__)
        top = self._by_mentions[:MUST_LABEL].tolist()
        order = dict.fromkeys(selected + top + neighbours[:LABEL_CANDIDATES] + self._by_mentions.tolist())
        self._label_order = np.fromiter(order, dtype=int, count=len(order))
        self._must_label = set(selected) | set(top)
        self._place_labels()

    def _place_labels(self) -> None:
        """Show the labels that fit (see ``label_places``), over the first candidates in view.

        Zooming in brings lesser entities' labels, as their nodes draw apart.
        """
        for label in self._labels.values():
            label.hide()
        if not len(self._xy):
            return
        px, py = np.abs(self.view_box.viewPixelSize())
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        radius = self._sizes / 2
        obstacle = radius * 0.8
        obstacle[self._selected_nodes()] = radius[self._selected_nodes()] + 4  # the ring
        in_view = self._in_view_mask()
        candidates = self._label_order[in_view[self._label_order]][:LABEL_CANDIDATES]
        sizes = {int(i): self._label_size(int(i)) for i in candidates}
        places = label_places(self._xy / (px, -py), radius, obstacle, in_view, candidates, sizes, self._must_label,
                              (x0 / px, -y1 / py, x1 / px, -y0 / py))
        for index, (anchor, (dx, dy), over_nodes) in places.items():
            label = self._label(index)
            label.setAnchor(anchor)
            label.setPos(self._xy[index, 0] + dx * px, self._xy[index, 1] - dy * py)
            label.setZValue(5 if over_nodes else 2.5)  # normally under the nodes, so it never hides one
            label.show()

    def shown_labels(self) -> list[pg.TextItem]:
        """The label items visible now."""
        return [label for label in self._labels.values() if label.isVisible()]

    def _in_view_mask(self) -> np.ndarray:
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        x, y = self._xy[:, 0], self._xy[:, 1]
        return (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)

    # ------------------------------------------------------- selection, mouse
    def _on_workspace_loaded(self) -> None:
        self._fit_next = True
        if self.session.path != self._remembered_path:  # another workspace: its entities start afresh
            self._remembered, self._remembered_path = {}, self.session.path
        self.relayout()

    def _on_selection_changed(self, changed: set, origin: object) -> None:
        if origin is not self and changed & {"filter_entity_ids", "filter_event_ids", "time_range"}:
            self.relayout()
        if "entity_ids" in changed and self._graph is not None:
            self._draw_emphasis()

    def _node_at(self, x: float, y: float) -> int | None:
        if not len(self._xy):
            return None
        px, py = self.view_box.viewPixelSize()
        distance = np.hypot((self._xy[:, 0] - x) / px, (self._xy[:, 1] - y) / py) - self._sizes / 2
        best = int(np.argmin(distance))
        return best if distance[best] <= 2 else None

    def _edge_at(self, x: float, y: float) -> int | None:
        if not len(self._pairs):
            return None
        scale = np.array(self.view_box.viewPixelSize())
        a, b, p = self._xy[self._pairs[:, 0]] / scale, self._xy[self._pairs[:, 1]] / scale, np.array([x, y]) / scale
        along = b - a
        t = np.clip(((p - a) * along).sum(axis=1) / np.maximum((along ** 2).sum(axis=1), 1e-9), 0, 1)
        distance = np.hypot(*(a + along * t[:, None] - p).T)
        best = int(np.argmin(distance))
        return best if distance[best] <= HIT_EDGE_PX else None

    def _edge_between(self, source_id: str, target_id: str) -> int | None:
        if self._graph is None or source_id not in self._index or target_id not in self._index:
            return None
        edge = self._graph.get_eid(self._index[source_id], self._index[target_id], error=False)
        return None if edge < 0 else edge

    def _on_clicked(self, x: float, y: float) -> None:
        node = self._node_at(x, y)
        if node is not None:
            self.session.selection.update(entity_ids={self._graph.vs[node]["entity_id"]}, origin=self)
            return
        edge = self._edge_at(x, y)
        if edge is not None:
            self.session.selection.update(event_ids=self._graph.es[edge]["event_ids"], origin=self)
        else:
            self.session.selection.update(entity_ids=(), origin=self)

    def _on_scatter_clicked(self, _scatter, _points, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.view_box.mapSceneToView(ev.scenePos())
            self._on_clicked(point.x(), point.y())

    def _on_mouse_moved(self, args) -> None:
        scene_pos = args[0]
        target = None
        if self.view_box.sceneBoundingRect().contains(scene_pos):
            point = self.view_box.mapSceneToView(scene_pos)
            node = self._node_at(point.x(), point.y())
            edge = None if node is not None else self._edge_at(point.x(), point.y())
            target = ("node", node) if node is not None else (("edge", edge) if edge is not None else None)
        if target == self._hovered:
            return
        self._hovered = target
        if target is None:
            QToolTip.hideText()
            return
        text = node_tooltip(self._graph, target[1]) if target[0] == "node" else \
            edge_tooltip(self.session, self._graph, target[1])
        QToolTip.showText(self.plot.viewport().mapToGlobal(self.plot.mapFromScene(scene_pos)), text, self.plot)

    # ------------------------------------------------------------------ exports
    def _export_graphml_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export graph as GraphML",
                                              str(default_export_path("relations.graphml")), "GraphML (*.graphml)")
        self._export(self.export_graphml, path)

    def _export_image_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export graph image", str(default_export_path("relations.png")),
                                              "PNG image (*.png);;SVG image (*.svg)")
        self._export(self.export_image, path)

    def _export(self, export, path: str) -> None:
        if not path:
            return
        try:
            export(path)
        except OSError as error:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{error.strerror or error}")

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        stop_tasks(self._tasks)
        super().closeEvent(event)


def stop_tasks(tasks: set[Task]) -> None:
    """Cancel layouts still running and wait for their threads, whose results nobody will draw.

    A QThread destroyed while running aborts the process, so a closing view or
    application waits. The wait lets queued events through: a Task's thread ends
    only when its finish notice has reached the GUI thread.
    """
    for task in list(tasks):
        task.cancel()
        task.blockSignals(True)
        deadline = time.monotonic() + 30
        while task.is_running() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 10)
            time.sleep(0.002)
    tasks.clear()


def node_tooltip(graph, index: int) -> str:
    """HTML: the entity's name, type and counts."""
    vertex = graph.vs[index]
    degree = graph.degree(index)
    return (f"<b>{html.escape(vertex['name'])}</b><br>{html.escape(display_name(vertex['type']))}<br>"
            f"{_plural(vertex['mentions'], 'mention')} in {_plural(vertex['documents'], 'document')}<br>"
            f"{_plural(vertex['events'], 'event')} in view, linked to {_plural(degree, 'entity', 'entities')}")


def edge_tooltip(session, graph, edge: int) -> str:
    """HTML: the two entities, how many events they share, and the first few of those events' sentences."""
    link = graph.es[edge]
    names = " — ".join(html.escape(graph.vs[v]["name"]) for v in link.tuple)
    known = [e for e in link["event_ids"] if e in session.events.index]
    events = session.events.loc[known]
    events = events.iloc[sorted(range(len(events)), key=lambda i: (events["date_start"].iat[i] or "~", known[i]))]
    lines = [f"<b>{names}</b>: {_plural(link['weight'], 'shared event')} ({html.escape(', '.join(link['kinds']))})"]
    for _, event in events.head(TOOLTIP_EVENTS).iterrows():
        when = date_words(str(event["date_start"]), str(event["date_end"]))
        sentence = textwrap.shorten(str(event["sentence"]), 200, placeholder=" …")
        lines.append(f"• <i>{html.escape(when)}</i>, {html.escape(str(event['trigger']))}: {html.escape(sentence)}")
    if link["weight"] > TOOLTIP_EVENTS:
        lines.append(f"and {link['weight'] - TOOLTIP_EVENTS} more")
    return f"<table width={TOOLTIP_WIDTH_PX}><tr><td>{'<br>'.join(lines)}</td></tr></table>"


def node_sizes(mentions: np.ndarray) -> np.ndarray:
    """Pixel diameters growing with the square root of mentions; smaller all round when many nodes share the view."""
    count = len(mentions)
    high = float(np.clip(NODE_SIZES[1] * np.sqrt(150 / max(count, 1)), CROWDED_SIZES[1], NODE_SIZES[1]))
    low = NODE_SIZES[0] if count <= 300 else CROWDED_SIZES[0]
    root = np.sqrt(np.maximum(mentions, 1))
    return low + (high - low) * (root - 1) / max(root.max(initial=1) - 1, 1)


def _legend_html(types: list[str]) -> str:
    swatches = (f"<span style='color:{strong_colors(t)[0].name()}'>●</span> {html.escape(display_name(t))}"
                for t in type_order(types))
    return "&nbsp;&nbsp;".join(swatches)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    count = int(count)
    return f"{count:,} {word if count == 1 else (plural or word + 's')}"


def _alpha(color: QColor, alpha: int) -> QColor:
    copy = QColor(color)
    copy.setAlpha(alpha)
    return copy


def label_places(centres: np.ndarray, radius: np.ndarray, obstacle: np.ndarray, in_view: np.ndarray,
                 candidates, sizes: dict, must: set[int], screen: tuple) -> dict[int, tuple]:
    """Where each candidate's label goes: {node: (text anchor, offset in pixels, whether it lies over nodes)}.

    Greedy in the candidates' order, in pixels (y down): the first spot beside
    the node (``_label_spots``) that stays on ``screen`` and overlaps neither a
    label already placed nor another node's ``obstacle`` disc, so every label
    reads whole; candidates in ``must``, if boxed in by nodes, go over them.
    """
    nodes = np.hstack((centres - obstacle[:, None], centres + obstacle[:, None]))
    visible = nodes[in_view]
    taken = np.empty((0, 4))
    places = {}
    for index in candidates:
        spots = [spot for spot in _label_spots(centres[index], radius[index], sizes[index]) if _inside(spot[0], screen)]
        free = [spot for spot in spots if not (_hits(spot[0], taken) or _hits(spot[0], visible, nodes[index]))]
        over_nodes = not free and index in must
        if over_nodes:
            free = [spot for spot in spots if not _hits(spot[0], taken)]
        if free:
            box, anchor, offset = free[0]
            taken = np.vstack((taken, box))
            places[int(index)] = (anchor, offset, over_nodes)
    return places


def _label_spots(centre: np.ndarray, radius: float, size: np.ndarray):
    """(box in pixels, text anchor, offset of the anchor from the node in pixels), nearest spots first.

    Below, above, right, left, then the four corners.
    """
    (cx, cy), (w, h) = centre, size
    corner = radius * 0.7
    for (ax, ay), (dx, dy) in (((0.5, 0), (0, radius)), ((0.5, 1), (0, -radius)), ((0, 0.5), (radius, 0)),
                               ((1, 0.5), (-radius, 0)), ((0, 0), (corner, corner)), ((0, 1), (corner, -corner)),
                               ((1, 0), (-corner, corner)), ((1, 1), (-corner, -corner))):
        left, top = cx + dx - ax * w, cy + dy - ay * h
        yield (left, top, left + w, top + h), (ax, ay), (dx, dy)


def _inside(box: tuple[float, float, float, float], screen: tuple[float, float, float, float]) -> bool:
    return screen[0] <= box[0] and box[2] <= screen[2] and screen[1] <= box[1] and box[3] <= screen[3]


def _hits(box: tuple[float, float, float, float], boxes: np.ndarray, index_box: np.ndarray | None = None) -> bool:
    """Whether ``box`` overlaps a row (x0, y0, x1, y1) of ``boxes`` other than ``index_box`` (the label's own node)."""
    hit = (boxes[:, 0] < box[2]) & (box[0] < boxes[:, 2]) & (boxes[:, 1] < box[3]) & (box[1] < boxes[:, 3])
    if index_box is not None:
        hit &= (boxes != index_box).any(axis=1)
    return bool(hit.any())


def main(argv: list[str] | None = None) -> int:
    """Show the graph on the sample workspace; ``--screenshot FILE.png`` saves it once laid out and exits."""
    from explorer.gui.preview import run_preview, sample_session

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] != ["--screenshot"] or len(argv) < 2:
        run_preview(GraphView, (1100, 750))
        return 0
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = GraphView(sample_session())
    view.resize(1100, 750)
    view.show()
    view.sig_layout_finished.connect(lambda: app.exit(0 if view.grab().save(argv[1]) else 1))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
