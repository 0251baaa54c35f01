"""The timeline's pyqtgraph pieces: a view box that turns gestures into signals, and the drawing.

``TimelineViewBox`` zooms and pans the x axis only (the lanes stay put), and turns
a Shift+drag (or any drag while brush mode is on) into ``sig_brush_dragged`` and a
left click into ``sig_clicked``, both in view coordinates, so the widget decides
what they mean. ``TimelineItems`` owns the few graphics items (one per kind, never
one per event) and redraws them from ``Placements`` with one ``setData`` each.
Colours, brushes and the "⚠" symbol are built once in ``Styles``. A date the text does not state
is drawn hollow (``core.dates``: inferred, or a bound shown as a triangle pointing where the event lies).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from explorer.core.dates import AFTER, BEFORE, CERTAIN, INFERRED
from explorer.gui.plot_parts import ClickableViewBox
from explorer.gui.timeline.layout import BAR_HEIGHT, Placements

# A qualitative palette (Tableau 10), readable on light and dark backgrounds.
PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2",
           "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
DIM_ALPHA = 45
POINT_SIZE = 9
SELECTED_SIZE = 15
CONNECTOR_COLOR = (60, 75, 100, 190)
CONFLICT_COLOR = "#d62728"
WINDOW_BRUSH = (70, 130, 180, 45)
WINDOW_HOVER_BRUSH = (70, 130, 180, 75)
HIT_RADIUS_PX = 7
HOLLOW_WIDTH = 2.0
# A point's shape says how sure its date is: a dot for a stated or inferred day (inferred ones hollow),
# a triangle pointing into the past for "on or before", into the future for "on or after".
CERTAINTY_SYMBOLS = {CERTAIN: "o", INFERRED: "o", BEFORE: "t3", AFTER: "t2"}
# Said under the time axis, in sight whenever the marks are (an event's tooltip says where its date came from)
DATE_LEGEND = "&nbsp;&nbsp;&nbsp;".join(("● date stated", "○ inferred", "◁ on or before", "▷ on or after"))


class TimelineViewBox(ClickableViewBox):
    """A ViewBox that zooms/pans x only and reports brushes and clicks."""

    sig_brush_dragged = Signal(float, float, bool)  # (x at press, x now, finished)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.brush_mode = False
        self._brushing = False
        self.setMouseEnabled(x=True, y=False)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802 (Qt naming)
        if ev.isStart():  # a drag brushes or pans from start to finish, whatever keys change meanwhile
            shift = bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._brushing = ev.button() == Qt.MouseButton.LeftButton and (self.brush_mode or shift)
        if self._brushing:
            ev.accept()
            start = self.mapSceneToView(ev.buttonDownScenePos()).x()
            self.sig_brush_dragged.emit(start, self.mapSceneToView(ev.scenePos()).x(), ev.isFinish())
            return
        super().mouseDragEvent(ev, axis=0 if axis is None else axis)



class Styles:
    """Pens and brushes shared by every redraw (one QBrush per colour and dimness)."""

    def __init__(self, text_color: QColor) -> None:
        self.text_color = QColor(text_color)
        self.colors = [QColor(c) for c in PALETTE]
        self.brushes = [pg.mkBrush(c) for c in self.colors]
        self.dim_brushes = [pg.mkBrush(_with_alpha(c, DIM_ALPHA)) for c in self.colors]
        self.bar_brushes = [pg.mkBrush(_with_alpha(c, 150)) for c in self.colors]
        self.dim_bar_brushes = [pg.mkBrush(_with_alpha(c, DIM_ALPHA)) for c in self.colors]
        self.point_pen = pg.mkPen(_with_alpha(self.text_color, 90), width=0.8)
        self.bar_pen = pg.mkPen(_with_alpha(self.text_color, 110), width=1)
        self.selected_pen = pg.mkPen(self.text_color, width=2.2)
        self.connector_pen = pg.mkPen(CONNECTOR_COLOR, width=2)
        self.conflict_pen = pg.mkPen(CONFLICT_COLOR, width=2, style=Qt.PenStyle.DashLine)
        self.conflict_brush = pg.mkBrush(CONFLICT_COLOR)
        self.conflict_outline = pg.mkPen(_with_alpha(QColor("white"), 200), width=1)
        self.hollow_brush = pg.mkBrush(_with_alpha(QColor("white"), 60))
        self.hollow_pens = [pg.mkPen(c, width=HOLLOW_WIDTH) for c in self.colors]
        self.dim_hollow_pens = [pg.mkPen(_with_alpha(c, DIM_ALPHA), width=HOLLOW_WIDTH) for c in self.colors]
        self.uncertain_bar_pen = pg.mkPen(_with_alpha(self.text_color, 160), width=1, style=Qt.PenStyle.DashLine)

    def point_brush(self, lane: int, dim: bool, certainty: int):
        """A stated date's point is filled; one the text does not state is hollow."""
        return self.brush(lane, dim) if certainty == CERTAIN else self.hollow_brush

    def point_outline(self, lane: int, dim: bool, certainty: int):
        """The outline: the lane's colour (thick) when the point is hollow, else the thin grey one."""
        if certainty == CERTAIN:
            return self.point_pen
        return self.dim_hollow_pens[lane % len(self.colors)] if dim else self.hollow_pens[lane % len(self.colors)]

    def brush(self, lane: int, dim: bool, bar: bool = False):
        index = lane % len(self.colors)
        if bar:
            return self.dim_bar_brushes[index] if dim else self.bar_brushes[index]
        return self.dim_brushes[index] if dim else self.brushes[index]


def _with_alpha(color: QColor, alpha: int) -> QColor:
    copy = QColor(color)
    copy.setAlpha(alpha)
    return copy


def warning_symbol() -> QPainterPath:
    """A "⚠" scatter symbol in pyqtgraph's unit box: a triangle with a "!" cut out of it."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    path.addPolygon(QPolygonF([QPointF(0, -0.5), QPointF(0.5, 0.4), QPointF(-0.5, 0.4), QPointF(0, -0.5)]))
    path.addRect(QRectF(-0.055, -0.18, 0.11, 0.34))  # the bar of the "!"
    path.addRect(QRectF(-0.055, 0.22, 0.11, 0.1))  # its dot
    return path


class TimelineItems:
    """The timeline's graphics items, added to a PlotItem, and how they are redrawn."""

    def __init__(self, plot_item: pg.PlotItem, styles: Styles) -> None:
        self.styles = styles
        self.connectors = pg.PlotCurveItem(pen=styles.connector_pen, connect="finite")
        self.conflict_connectors = pg.PlotCurveItem(pen=styles.conflict_pen, connect="finite")
        self.bars = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], pen=styles.bar_pen)
        self.selected_bars = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], pen=styles.selected_pen,
                                             brush=pg.mkBrush(0, 0, 0, 0))
        self.points = pg.ScatterPlotItem(pxMode=True, size=POINT_SIZE, pen=styles.point_pen)
        self.selected_points = pg.ScatterPlotItem(pxMode=True, size=SELECTED_SIZE, pen=styles.selected_pen)
        self.conflict_marks = pg.ScatterPlotItem(pxMode=True, size=20, symbol=warning_symbol(),
                                                 pen=styles.conflict_outline, brush=styles.conflict_brush)
        self.region = pg.LinearRegionItem(orientation="vertical", brush=WINDOW_BRUSH, hoverBrush=WINDOW_HOVER_BRUSH)
        self.region.hide()
        for z, graphic in enumerate((self.region, self.connectors, self.conflict_connectors, self.bars, self.points,
                                     self.selected_bars, self.selected_points, self.conflict_marks)):
            graphic.setZValue(z)
            plot_item.addItem(graphic, ignoreBounds=graphic is self.region)

    @property
    def scatters(self) -> tuple[pg.ScatterPlotItem, ...]:
        return self.points, self.selected_points, self.conflict_marks

    def draw_events(self, placed: Placements, dim: np.ndarray, certainty: np.ndarray | None = None) -> None:
        """Points and bars in their lane colours, the ``dim`` ones faded; dates the text does not state
        (``certainty`` per placement) drawn hollow, a bound as a triangle pointing where the event lies."""
        styles, points, bars = self.styles, ~placed.is_bar, placed.is_bar
        lanes, dims = placed.lane.tolist(), dim.tolist()
        sure = (np.zeros(len(placed), dtype=np.int8) if certainty is None else certainty).tolist()
        point_rows = [(lane, d, c) for lane, d, c, p in zip(lanes, dims, sure, points) if p]
        self.points.setData(x=placed.x[points], y=placed.y[points],
                            brush=[styles.point_brush(lane, d, c) for lane, d, c in point_rows],
                            pen=[styles.point_outline(lane, d, c) for lane, d, c in point_rows],
                            symbol=[CERTAINTY_SYMBOLS[c] for _, _, c in point_rows])
        bar_rows = [(lane, d, c) for lane, d, c, b in zip(lanes, dims, sure, bars) if b]
        self.bars.setOpts(x0=placed.x0[bars], x1=placed.x1[bars], y0=placed.y[bars] - BAR_HEIGHT / 2,
                          height=np.full(int(bars.sum()), BAR_HEIGHT),
                          brushes=[styles.brush(lane, d or c != CERTAIN, bar=True) for lane, d, c in bar_rows],
                          pen=styles.bar_pen, pens=self._bar_pens(bar_rows))

    def _bar_pens(self, bar_rows: list[tuple[int, bool, int]]) -> list | None:
        """A dashed outline for spans the text does not state; None (one pen) when every span is stated
        (pyqtgraph cannot take an empty list of pens)."""
        if all(c == CERTAIN for _, _, c in bar_rows):
            return None
        return [self.styles.uncertain_bar_pen if c != CERTAIN else self.styles.bar_pen for _, _, c in bar_rows]

    def draw_selected(self, placed: Placements, rows: np.ndarray) -> None:
        """The selected placements (at ``rows``) again, bigger and outlined, on top."""
        points, bars = rows[~placed.is_bar[rows]], rows[placed.is_bar[rows]]
        x, y = placed.xy_at(points)  # a few of a million: theirs alone (a lazy layout's laid out)
        self.selected_points.setData(x=x, y=y,
                                     brush=[self.styles.brush(int(lane), False) for lane in placed.lane[points]])
        self.selected_bars.setOpts(x0=placed.x0[bars], x1=placed.x1[bars],
                                   y0=placed.y_at(bars) - BAR_HEIGHT / 2 - 0.03,
                                   height=np.full(len(bars), BAR_HEIGHT + 0.06))

    def draw_connectors(self, paths: dict[str, np.ndarray], conflicted: set[str]) -> None:
        """One polyline per cluster; conflicting clusters red, dashed and marked "⚠" above."""
        for curve, wanted in ((self.connectors, False), (self.conflict_connectors, True)):
            chosen = [np.vstack((path, [np.nan, np.nan])) for cid, path in paths.items()
                      if (cid in conflicted) == wanted]
            data = np.vstack(chosen) if chosen else np.empty((0, 2))
            curve.setData(x=data[:, 0], y=data[:, 1], connect="finite")
        marks = [(path[:, 0].mean(), (path[:, 1].min() + path[:, 1].max()) / 2)
                 for cid, path in paths.items() if cid in conflicted]
        marks_xy = np.array(marks) if marks else np.empty((0, 2))
        self.conflict_marks.setData(x=marks_xy[:, 0], y=marks_xy[:, 1])


class PlotNote(pg.TextItem):
    """A short note over the plot (the time window's dates, "Density: zoom in"), on a translucent
    backing that keeps it readable over events without hiding them; hidden while it has no text.
    Its owner places it."""

    def __init__(self, styles: Styles, background: QColor, anchor: tuple[float, float]) -> None:
        backing = QColor(background)
        backing.setAlpha(150)  # the events under it still show
        super().__init__("", color=styles.text_color, anchor=anchor, fill=pg.mkBrush(backing))
        self.setZValue(100)
        self.hide()

    def set_note(self, text: str, tip: str = "") -> None:
        if text != self.toPlainText() or tip != self.toolTip():  # set on every pan: lay the text out only anew
            self.setText(text)
            self.setToolTip(tip)
        self.setVisible(bool(text))

    def place(self, x: float, y: float, x_min: float, x_max: float) -> None:
        """Put the note at (x, y) in view coordinates, moved along x as need be to keep it all within [x_min, x_max]."""
        view = self.getViewBox()
        half = self.textItem.boundingRect().width() * view.viewPixelSize()[0] / 2 if view is not None else 0.0
        left, right = x - 2 * half * self.anchor.x(), x + 2 * half * (1 - self.anchor.x())
        shift = max(x_min - left, 0.0) - max(right - x_max, 0.0)
        self.setPos(x + shift, y)


def conflict_marks(placed: Placements, cluster_code: np.ndarray, conflicted: np.ndarray) -> np.ndarray:
    """Where the "⚠" of each conflicting cluster with two or more placements goes: above its middle.

    ``cluster_code`` per placement (-1 for none), ``conflicted`` per code; (x, y) rows, as
    ``draw_connectors`` places them, without building every cluster's path.
    """
    chosen = np.flatnonzero(cluster_code >= 0)
    chosen = chosen[conflicted[cluster_code[chosen]]] if len(conflicted) else chosen[:0]
    if not len(chosen):
        return np.empty((0, 2))
    frame = pd.DataFrame({"code": cluster_code[chosen], "x": placed.x[chosen], "y": placed.y[chosen]})
    groups = frame.groupby("code")
    marks = pd.DataFrame({"x": groups["x"].mean(), "y": (groups["y"].min() + groups["y"].max()) / 2,
                          "n": groups.size()})
    return marks.loc[marks["n"] >= 2, ["x", "y"]].to_numpy(dtype=float)


def hit(placed: Placements, pixel_size: tuple[float, float], x: float, y: float) -> int | None:
    """The placement drawn at view point (x, y): the nearest point within a few pixels, else a bar under it."""
    if not len(placed):
        return None
    px, py = pixel_size
    distance = np.hypot((placed.x - x) / px, (placed.y - y) / py)
    distance[placed.is_bar] = np.inf
    best = int(np.argmin(distance))
    if distance[best] <= HIT_RADIUS_PX:
        return best
    inside = placed.is_bar & (placed.x0 <= x) & (x <= placed.x1) & (np.abs(placed.y - y) <= BAR_HEIGHT / 2 + 2 * py)
    hits = np.flatnonzero(inside)
    return int(hits[np.argmin(np.abs(placed.y[hits] - y))]) if len(hits) else None
