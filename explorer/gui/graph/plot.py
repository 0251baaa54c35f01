"""The graph's pyqtgraph pieces: a view box that reports clicks, the drawing, the node labels, and hit tests.

``GraphViewBox`` zooms (wheel) and pans (drag) as pyqtgraph does and turns a left
click into ``sig_clicked`` in view coordinates, so the widget decides what it
means; a drag that starts on a node becomes ``sig_node_dragged`` instead of a pan. ``GraphItems`` owns the few graphics items (one curve per edge width
class, one scatter of nodes, one of rings, one path of arrowheads), each redrawn with one ``setData``.
``NodeLabels`` owns the name labels: thousands of text items would take seconds
to make, so each is made the first time its node wins a place
(``labels.label_places``); ``EdgeLabels`` likewise for the verbs on directed edges.
``node_at`` and ``edge_at`` find what lies under a
point, measured in screen pixels.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsPathItem

from explorer.gui.entity_types import strong_colors
from explorer.gui.graph.arrows import arrow_triangles
from explorer.gui.graph.labels import (EDGE_LABEL_CANDIDATES, LABEL_CANDIDATES, MUST_LABEL, by_mentions,
                                       edge_label_places, label_order, label_places)
from explorer.gui.plot_parts import ClickableViewBox

EDGE_WIDTHS = (0.8, 1.6, 2.6, 3.8, 5.2)  # edges sharing 1, 2, 3-4, 5-8, 9+ events
HIT_EDGE_PX = 4


class GraphViewBox(ClickableViewBox):
    """Wheel zoom and drag pan as pyqtgraph does them; left clicks reported in view coordinates; a left drag
    that starts on a node (``node_under``, the widget's hit test) moves that node instead of the canvas."""

    sig_node_dragged = Signal(int, float, float, bool)  # node, pointer's move since the press (view units), dropped

    def __init__(self) -> None:
        super().__init__(enableMenu=False, lockAspect=True)
        self.node_under = lambda x, y: None
        self._dragged: int | None = None

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802 (Qt naming)
        if ev.button() == Qt.MouseButton.LeftButton and ev.isStart():
            down = self.mapSceneToView(ev.buttonDownScenePos())
            self._dragged = self.node_under(down.x(), down.y())
        if ev.button() != Qt.MouseButton.LeftButton or self._dragged is None:
            super().mouseDragEvent(ev, axis)  # the canvas pans
            return
        ev.accept()
        moved = self.mapSceneToView(ev.scenePos()) - self.mapSceneToView(ev.buttonDownScenePos())
        self.sig_node_dragged.emit(self._dragged, moved.x(), moved.y(), ev.isFinish())
        if ev.isFinish():
            self._dragged = None



class GraphItems:
    """Edges in width classes (plain, and those of selected entities on top), nodes, and rings round the selected."""

    def __init__(self, plot_item: pg.PlotItem, text: QColor, base: QColor) -> None:
        self._text = text
        self.edge_curves = [self._curve(plot_item, z=1) for _ in EDGE_WIDTHS]
        self.highlight_curves = [self._curve(plot_item, z=2) for _ in EDGE_WIDTHS]
        self.focus = self._curve(plot_item, z=1.2)  # the link whose sentences are listed: a band under it
        self.arrows = [self._path(plot_item, z=1.5), self._path(plot_item, z=2.5)]  # plain, of the selected's edges
        self.nodes = pg.ScatterPlotItem(pxMode=True, pen=pg.mkPen(base, width=1.2))
        self.rings = pg.ScatterPlotItem(pxMode=True, brush=pg.mkBrush(0, 0, 0, 0), pen=pg.mkPen(text, width=2.5))
        for z, graphic in ((3, self.nodes), (4, self.rings)):
            graphic.setZValue(z)
            plot_item.addItem(graphic)

    @staticmethod
    def _curve(plot_item: pg.PlotItem, z: int) -> pg.PlotCurveItem:
        curve = pg.PlotCurveItem(connect="pairs")
        curve.setZValue(z)
        plot_item.addItem(curve)
        return curve

    @staticmethod
    def _path(plot_item: pg.PlotItem, z: float) -> QGraphicsPathItem:
        path = QGraphicsPathItem()
        path.setPen(pg.mkPen(None))
        path.setZValue(z)
        plot_item.getViewBox().addItem(path, ignoreBounds=True)
        return path

    def draw_arrows(self, xy: np.ndarray, sizes: np.ndarray, pairs: np.ndarray, codes: np.ndarray,
                    weights: np.ndarray, selected: np.ndarray, pixel_size) -> None:
        """Arrowheads on the directed edges (``codes``: ``arrows.head_codes``), as dark as their edges are drawn."""
        touching = _touching(pairs, selected)
        faint = _faint(len(pairs), len(selected))
        widths = np.array(EDGE_WIDTHS)[width_classes(weights)] if len(pairs) else np.empty(0)
        for path, mask, alpha in ((self.arrows[0], ~touching, faint + 60), (self.arrows[1], touching, 230)):
            chosen = mask & (codes != 0)
            triangles = arrow_triangles(xy, sizes, pairs[chosen], codes[chosen], widths[chosen], pixel_size) \
                if chosen.any() else np.empty((0, 3, 2))
            path.setPath(_triangles_path(triangles))
            path.setBrush(pg.mkBrush(with_alpha(self._text, min(alpha, 255))))

    def draw_focus(self, ends: np.ndarray | None, color: QColor) -> None:
        """Mark the link whose sentences are listed (``ends``: its two ends, or None for none) in ``color``."""
        points = np.empty((0, 2)) if ends is None else ends
        self.focus.setData(x=points[:, 0], y=points[:, 1], connect="pairs",
                           pen=pg.mkPen(with_alpha(color, 170), width=6))

    def tips(self) -> list[tuple[float, float]]:
        """The drawn arrowheads' tips in view coordinates (each head is a closed triangle of 4 points, tip first)."""
        tips = []
        for path in self.arrows:
            drawn = path.path()
            tips += [(drawn.elementAt(i).x, drawn.elementAt(i).y) for i in range(0, drawn.elementCount(), 4)]
        return tips

    def draw_nodes(self, xy: np.ndarray, sizes: np.ndarray, types: list[str]) -> None:
        brushes = {t: pg.mkBrush(with_alpha(strong_colors(t)[0], 225)) for t in set(types)}
        self.nodes.setData(pos=xy, size=sizes, brush=[brushes[t] for t in types])

    def draw_emphasis(self, xy: np.ndarray, sizes: np.ndarray, pairs: np.ndarray, weights: np.ndarray,
                      selected: np.ndarray) -> None:
        """Edges touching a ``selected`` node darker, on top; the rest fainter the more there are; selected ringed."""
        touching = _touching(pairs, selected)
        width_class = width_classes(weights)
        faint = _faint(len(pairs), len(selected))
        for curves, mask, alpha in ((self.edge_curves, ~touching, faint), (self.highlight_curves, touching, 210)):
            for level, curve in enumerate(curves):
                chosen = pairs[mask & (width_class == level)]
                points = xy[chosen.ravel()] if len(chosen) else np.empty((0, 2))
                curve.setData(x=points[:, 0], y=points[:, 1], connect="pairs",
                              pen=pg.mkPen(with_alpha(self._text, alpha), width=EDGE_WIDTHS[level]))
        self.rings.setData(pos=xy[selected] if len(selected) else np.empty((0, 2)),
                           size=sizes[selected] + 7 if len(selected) else [])


def width_classes(weights: np.ndarray) -> np.ndarray:
    """Each edge's index into ``EDGE_WIDTHS``: thicker the more events back it (1, 2, 3-4, 5-8, 9+)."""
    return np.minimum(np.ceil(np.log2(np.maximum(weights, 1))).astype(int), len(EDGE_WIDTHS) - 1)


def _touching(pairs: np.ndarray, selected: np.ndarray) -> np.ndarray:
    return np.isin(pairs, selected).any(axis=1) if len(pairs) else np.zeros(0, dtype=bool)


def _faint(edges: int, selected: int) -> int:
    """The alpha of edges not touching the selection: fainter while something is selected or edges are many."""
    return 45 if selected else (90 if edges < 2000 else 50)


def _triangles_path(triangles: np.ndarray):
    """One painter path of closed triangles (heads, 3, 2): one item for every head, filled at once."""
    closed = np.concatenate((triangles, triangles[:, :1]), axis=1).reshape(-1, 2)
    connect = np.tile(np.array([1, 1, 1, 0], dtype=np.int32), len(triangles))
    return pg.arrayToQPath(closed[:, 0], closed[:, 1], connect=connect)


class NodeLabels:
    """The nodes' name labels in a view box: who claims space first, and where those that fit are shown."""

    def __init__(self, view_box: pg.ViewBox, font: QFont, text: QColor, base: QColor) -> None:
        self.view_box = view_box
        self._text, self._base = text, base
        bold = QFont(font)
        bold.setBold(True)
        self._fonts = (QFont(font), bold)  # labels of the most mentioned are bold
        self._graph = None
        self._items: dict[int, pg.TextItem] = {}  # by node index, made when first needed
        self._order = np.empty(0, dtype=int)  # node indices in the order they claim label space
        self._must: set[int] = set()
        self._by_mentions = np.empty(0, dtype=int)

    def reset(self, graph, sizes: np.ndarray) -> None:
        """Drop the previous graph's labels; the new graph's are made as they are shown, the nodes biggest by
        ``sizes`` (the measure their size shows) first."""
        for label in self._items.values():
            self.view_box.removeItem(label)
        self._items = {}
        self._graph = graph
        self._by_mentions = by_mentions(np.asarray(sizes, dtype=float))

    def order(self, selected: list[int]) -> None:
        """Who gets a label first: the selected entities, the most mentioned, the selected's neighbours, the rest."""
        if self._graph is None:
            return
        neighbours = {n for s in selected for n in self._graph.neighbors(s)}
        self._order, self._must = label_order(self._by_mentions, selected, neighbours)

    def place(self, xy: np.ndarray, sizes: np.ndarray, selected: np.ndarray, in_view: np.ndarray) -> list:
        """Show the labels that fit (see ``label_places``), over the first candidates in view; returns their boxes
        in pixels (y down), which the edge labels keep off.

        Zooming in brings lesser entities' labels, as their nodes draw apart.
        """
        for label in self._items.values():
            label.hide()
        if not len(xy):
            return []
        px, py = np.abs(self.view_box.viewPixelSize())
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        radius = sizes / 2
        obstacle = radius * 0.8
        obstacle[selected] = radius[selected] + 4  # the ring
        candidates = self._order[in_view[self._order]][:LABEL_CANDIDATES]
        boxes = {int(i): self._size(int(i)) for i in candidates}
        places = label_places(xy / (px, -py), radius, obstacle, in_view, candidates, boxes, self._must,
                              (x0 / px, -y1 / py, x1 / px, -y0 / py))
        for index, (anchor, (dx, dy), over_nodes, _box) in places.items():
            label = self._item(index)
            label.setAnchor(anchor)
            label.setPos(xy[index, 0] + dx * px, xy[index, 1] - dy * py)
            label.setZValue(5 if over_nodes else 2.5)  # normally under the nodes, so it never hides one
            label.show()
        return [box for *_, box in places.values()]

    def shown(self) -> list[pg.TextItem]:
        return [label for label in self._items.values() if label.isVisible()]

    def _font(self, index: int) -> QFont:
        return self._fonts[index in self._by_mentions[:MUST_LABEL]]

    def _size(self, index: int) -> tuple[float, float]:
        """The label's box in pixels, measured without making it (the text item adds a 1 px margin around)."""
        metrics = QFontMetricsF(self._font(index))
        return metrics.horizontalAdvance(self._graph.vs[index]["name"]) + 2, math.ceil(metrics.height()) + 2

    def _item(self, index: int) -> pg.TextItem:
        label = self._items.get(index)
        if label is None:
            label = pg.TextItem(self._graph.vs[index]["name"], color=self._text,
                                fill=pg.mkBrush(with_alpha(self._base, 170)))
            label.setFont(self._font(index))
            label.textItem.document().setDocumentMargin(1)  # a snug box: labels can sit close without hiding text
            label.updateTextPos()
            self.view_box.addItem(label, ignoreBounds=True)
            self._items[index] = label
        return label


class EdgeLabels:
    """The verbs' labels on directed edges: the strongest edges first, shown where they cover no node nor label
    (``labels.edge_label_places``)."""

    def __init__(self, view_box: pg.ViewBox, font: QFont, text: QColor, base: QColor) -> None:
        self.view_box = view_box
        self._text, self._base = text, base
        self._font = QFont(font)
        self._font.setItalic(True)
        self._font.setPointSizeF(max(font.pointSizeF() - 1, 6))
        self._texts: list[str] = []
        self._order = np.empty(0, dtype=int)
        self._items: dict[int, pg.TextItem] = {}

    def reset(self, texts: list[str], strength: np.ndarray) -> None:
        """The new graph's edge labels (``hover.edge_label``, "" for none), the strongest (``strength``) first."""
        for label in self._items.values():
            self.view_box.removeItem(label)
        self._items, self._texts = {}, texts
        labelled = np.flatnonzero(np.array([bool(t) for t in texts], dtype=bool))
        self._order = labelled[np.lexsort((labelled, -strength[labelled]))] if len(labelled) else labelled

    def place(self, xy: np.ndarray, pairs: np.ndarray, sizes: np.ndarray, taken: list) -> None:
        """Show the labels that fit (``labels.edge_label_places``) along their edges."""
        for label in self._items.values():
            label.hide()
        if not len(self._order):
            return
        px, py = np.abs(self.view_box.viewPixelSize())
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        middles = (xy[pairs[:, 0]] + xy[pairs[:, 1]]) / 2
        in_view = (middles[:, 0] >= x0) & (middles[:, 0] <= x1) & (middles[:, 1] >= y0) & (middles[:, 1] <= y1)
        candidates = self._order[in_view[self._order]][:EDGE_LABEL_CANDIDATES]
        metrics = QFontMetricsF(self._font)
        boxes = {int(e): (metrics.horizontalAdvance(self._texts[e]) + 2, math.ceil(metrics.height()) + 2)
                 for e in candidates}
        centres = xy / (px, -py)
        radius = (sizes / 2)[:, None]
        nodes = np.hstack((centres - radius, centres + radius))
        ends = np.stack((xy[pairs[:, 0]], xy[pairs[:, 1]]), axis=1) / (px, -py)
        places = edge_label_places(ends, boxes, candidates, taken, nodes, (x0 / px, -y1 / py, x1 / px, -y0 / py))
        for edge, (left, top, right, bottom) in places.items():
            label = self._item(edge)
            label.setPos((left + right) / 2 * px, -(top + bottom) / 2 * py)
            label.show()

    def shown(self) -> dict[int, str]:
        """{edge: label text} of the labels visible now."""
        return {edge: label.toPlainText() for edge, label in self._items.items() if label.isVisible()}

    def _item(self, edge: int) -> pg.TextItem:
        label = self._items.get(edge)
        if label is None:
            label = pg.TextItem(self._texts[edge], color=with_alpha(self._text, 200), anchor=(0.5, 0.5),
                                fill=pg.mkBrush(with_alpha(self._base, 190)))
            label.setFont(self._font)
            label.textItem.document().setDocumentMargin(1)
            label.updateTextPos()
            label.setZValue(2.6)
            self.view_box.addItem(label, ignoreBounds=True)
            self._items[edge] = label
        return label


def node_at(xy: np.ndarray, sizes: np.ndarray, pixel_size, x: float, y: float) -> int | None:
    """The node whose disc (of ``sizes`` pixel diameters) lies within 2 px of view point (x, y), the nearest."""
    if not len(xy):
        return None
    px, py = pixel_size
    distance = np.hypot((xy[:, 0] - x) / px, (xy[:, 1] - y) / py) - sizes / 2
    best = int(np.argmin(distance))
    return best if distance[best] <= 2 else None


def edge_at(xy: np.ndarray, pairs: np.ndarray, pixel_size, x: float, y: float) -> int | None:
    """The edge (row of ``pairs``) drawn within ``HIT_EDGE_PX`` pixels of view point (x, y), the nearest."""
    if not len(pairs):
        return None
    scale = np.array(pixel_size)
    a, b, p = xy[pairs[:, 0]] / scale, xy[pairs[:, 1]] / scale, np.array([x, y]) / scale
    along = b - a
    t = np.clip(((p - a) * along).sum(axis=1) / np.maximum((along ** 2).sum(axis=1), 1e-9), 0, 1)
    distance = np.hypot(*(a + along * t[:, None] - p).T)
    best = int(np.argmin(distance))
    return best if distance[best] <= HIT_EDGE_PX else None


def with_alpha(color: QColor, alpha: int) -> QColor:
    copy = QColor(color)
    copy.setAlpha(alpha)
    return copy
