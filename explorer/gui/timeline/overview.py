"""The overview strip above the timeline: the events in view over their whole span, and the part shown below.

``DensityStrip`` draws ``density.Histogram`` as bars over the whole span of the events in view (it follows the
filters as the timeline does, never its zoom), so where the events crowd reads at a glance however far the
timeline is zoomed in. The timeline's visible time range is marked on it as a region, two-way linked with the
timeline's x range: drag the region to pan, drag either of its edges to zoom, drag across the strip's background
to show that span, click the strip to centre the timeline there, double-click a bar to show its span, turn the
wheel over it to zoom the timeline around that date. The selection's time window, when there is one, is a line along
the strip's foot. Hovering a bar tells its dates and count. Moving the region to follow the timeline never
writes back to it (a guard, as ``echo.Echo`` does for the selection). The strip is a part of the timeline view,
which owns it and gives it the timeline's view box; it reads no table and holds no selection.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from explorer.gui.timeline.density import EMPTY, Histogram, date_ticks, per_words

STRIP_HEIGHT = 42  # pixels: the dates along its top, the bars under them (the lanes below keep all the room they can)
HEADROOM = 1.5  # the busiest bar reaches two thirds of the way up: the dates are written above the bars
MIN_TICK_PX = 70  # pixels between two dates written along the strip
MIN_DRAG_PX = 4  # a background drag shorter than this is a click
WHEEL_STEP = 1.0015  # zoom per eighth of a degree of wheel turn (pyqtgraph's own rate, made explicit)
BAR_ALPHA = 170
REGION_ALPHA = 45  # the visible window's fill: the bars under it still read
LEAST_BAR = 0.06  # of the busiest bar's height, the least a bar with any event has (a lone event still shows)
CAPTION_PADDING = 10  # pixels between the caption and the bars, as the lane labels below keep
GESTURES = "The marked part is the timeline shown below: drag it to pan, drag an edge to zoom, drag across the " \
    "strip to show that span, click to centre there, double-click a bar to show its dates, turn the wheel to zoom; " \
    "a line along its foot is the time window"
WINDOW_COLOUR = (70, 130, 180, 230)  # the time window's line: the timeline's window colour (``plot.WINDOW_BRUSH``)


class StripViewBox(pg.ViewBox):
    """A view box that never moves itself: it reports clicks, background drags and wheel turns in view x."""

    sig_clicked = Signal(float)  # x of a left click
    sig_dragged = Signal(float, float, bool)  # (x at press, x now, finished) of a left drag on the background
    sig_wheeled = Signal(float, float)  # (x under the pointer, eighths of a degree turned)

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=False, y=False)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.sig_clicked.emit(self.mapSceneToView(ev.scenePos()).x())
            return
        super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        start = self.mapSceneToView(ev.buttonDownScenePos()).x()
        self.sig_dragged.emit(start, self.mapSceneToView(ev.scenePos()).x(), ev.isFinish())

    def wheelEvent(self, ev, axis=None) -> None:  # noqa: N802
        ev.accept()
        self.sig_wheeled.emit(self.mapToView(ev.pos()).x(), float(ev.delta()))


class StripAxis(pg.AxisItem):
    """The strip's left axis: as wide as the lane labels below (so the strip's dates stand over the timeline's),
    saying what a bar counts ("events per week") and the busiest bar's count instead of ticks."""

    def __init__(self, font: QFont) -> None:
        super().__init__("left")
        self.setStyle(tickLength=0, showValues=False)
        self.setPen(pg.mkPen(None))
        self._font = QFont(font)
        self._font.setPointSizeF(max(font.pointSizeF() - 1, 7.0) if font.pointSizeF() > 0 else 8.0)
        self._lines: list[str] = []

    def set_caption(self, lines: list[str]) -> None:
        self._lines = lines
        self.picture = None  # (drawn again)
        self.update()

    def caption(self) -> str:
        return "\n".join(self._lines)

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph naming)
        axis, ticks, _ = super().generateDrawSpecs(p)
        bounds = self.rect()
        p.setFont(self._font)
        box = QRectF(bounds.left() + CAPTION_PADDING, bounds.top(), max(bounds.width() - 2 * CAPTION_PADDING, 0),
                     bounds.height())
        return axis, ticks, [(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.caption())]


class StripDates(pg.GraphicsObject):
    """Calendar dates written along the top of the strip, each with a faint line down through the bars (a date axis
    under the bars took a row of pixels the lanes below need): the finest calendar step whose labels are at least
    ``MIN_TICK_PX`` apart, worked out when painted, so a resize re-spaces them."""

    def __init__(self, text: QColor, font: QFont) -> None:
        super().__init__()
        self._text = QColor(text)
        line = QColor(text)
        line.setAlpha(50)
        self._line = QPen(line)
        self._line.setWidth(0)
        self._font = font

    def ticks(self, width_px: float) -> list[tuple[float, str]]:
        """The (seconds, label) written across the view ``width_px`` pixels wide."""
        view = self.viewRect()
        if view is None or view.width() <= 0:
            return []
        return date_ticks(view.left(), view.right(), int(width_px // MIN_TICK_PX))

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph naming)
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        view = self.viewRect()
        return QRectF() if view is None else QRectF(view)

    def paint(self, painter: QPainter, *args) -> None:
        view = self.viewRect()
        if view is None:
            return
        transform = painter.transform()
        corners = [transform.map(QPointF(view.left(), y)) for y in (view.top(), view.bottom())]
        top, bottom = min(p.y() for p in corners), max(p.y() for p in corners)
        painter.save()
        painter.resetTransform()
        painter.setFont(self._font)
        for x, label in self.ticks(abs(transform.m11()) * view.width()):
            px = transform.map(QPointF(x, 0)).x()
            painter.setPen(self._line)
            painter.drawLine(QPointF(px, top), QPointF(px, bottom))
            painter.setPen(self._text)
            painter.drawText(QRectF(px + 3, top, MIN_TICK_PX, bottom - top),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        painter.restore()


class DensityStrip(pg.PlotWidget):
    """The histogram of the events in view, with the timeline's visible range as a draggable region."""

    def __init__(self, parent: QWidget, timeline_box: pg.ViewBox) -> None:
        palette = parent.palette()
        self.box = StripViewBox()
        self.axis = StripAxis(parent.font())
        super().__init__(parent, background=palette.color(QPalette.ColorRole.Base), viewBox=self.box,
                         axisItems={"left": self.axis})
        self.setFixedHeight(STRIP_HEIGHT)
        self.timeline_box = timeline_box
        self.histogram: Histogram = EMPTY
        self._following = False  # the region is being moved to show the timeline's range: not written back
        self._driving = False  # the timeline is being moved from the region: its echo is not followed
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.hideAxis("bottom")
        item.layout.setContentsMargins(0, 1, 0, 1)
        text = palette.color(QPalette.ColorRole.Text)
        small = QFont(parent.font())
        small.setPointSizeF(max(small.pointSizeF() - 1.5, 7.0) if small.pointSizeF() > 0 else 7.5)
        self.dates = StripDates(text, small)
        self.axis.setTextPen(text)
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        bar = QColor(highlight)
        bar.setAlpha(BAR_ALPHA)
        self.bars = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=pg.mkBrush(bar), pen=pg.mkPen(None))
        fill, hover, edge = QColor(highlight), QColor(highlight), QColor(text)
        fill.setAlpha(REGION_ALPHA)
        hover.setAlpha(REGION_ALPHA + 30)
        edge.setAlpha(210)
        self.region = pg.LinearRegionItem(orientation="vertical", brush=pg.mkBrush(fill),
                                          hoverBrush=pg.mkBrush(hover), pen=pg.mkPen(edge, width=2),
                                          hoverPen=pg.mkPen(highlight, width=3))
        self.window_mark = pg.PlotCurveItem(pen=pg.mkPen(WINDOW_COLOUR, width=5))
        for z, graphic in enumerate((self.dates, self.bars, self.window_mark, self.region)):
            graphic.setZValue(z)
            item.addItem(graphic, ignoreBounds=graphic is not self.bars)
        self.box.disableAutoRange()
        self.region.sigRegionChanged.connect(lambda *_: self._drive(finished=False))
        self.region.sigRegionChangeFinished.connect(lambda *_: self._drive(finished=True))
        self.box.sig_clicked.connect(self.centre_at)
        self.box.sig_dragged.connect(self._on_background_dragged)
        self.box.sig_wheeled.connect(self._on_wheeled)
        timeline_box.sigXRangeChanged.connect(lambda *_: self.follow())
        # the timeline's view box given its new transform as soon as its range or size changes: pyqtgraph sets it when
        # the plot is about to paint, which dirties the plot again, and with the strip repainted in the same pass Qt
        # then painted the plot twice (~9 ms more a pan step at a million events, ``bench/overview_scale.py``)
        for changed in (timeline_box.sigRangeChanged, timeline_box.sigResized):
            changed.connect(lambda *_: timeline_box.updateMatrix())
        self._hover = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=20, slot=self._on_mouse_moved)
        # pyqtgraph's scene reports a Qt 6 double click as a single one (``pointer``): caught on the viewport
        self.viewport().installEventFilter(self)
        self.show_histogram(EMPTY)

    # ----- what the strip shows -----------------------------------------------------------------
    def show_histogram(self, histogram: Histogram) -> None:
        """Draw ``histogram`` across the strip's whole width and mark the timeline's range on it."""
        self.histogram = histogram
        edges, counts = histogram.edges, histogram.counts
        busiest = int(counts.max()) if len(counts) else 0
        self.bars.setOpts(x0=edges[:-1], x1=edges[1:], y0=0,
                          height=np.where(counts > 0, np.maximum(counts, busiest * LEAST_BAR), 0.0))
        self.axis.set_caption([per_words(histogram.size), f"busiest {busiest:,}"] if busiest else [])
        if len(counts):
            pad = (edges[-1] - edges[0]) * 0.01
            self.box.setXRange(edges[0] - pad, edges[-1] + pad, padding=0)
        self.box.setYRange(0, max(busiest, 1) * HEADROOM, padding=0)
        self.follow()

    def show_window(self, window: tuple[float, float] | None) -> None:
        """Draw the time window [start, end) seconds as a line along the strip's foot (None: no line)."""
        if window is None:
            self.window_mark.setData([], [])
        else:
            self.window_mark.setData(list(window), [0.0, 0.0])

    def window_shown(self) -> tuple[float, float] | None:
        """The time window drawn (seconds), or None."""
        xs, _ = self.window_mark.getData()
        return None if xs is None or not len(xs) else (float(xs[0]), float(xs[-1]))

    def align_with(self, left_width: int) -> None:
        """Make the strip's left margin ``left_width`` pixels (the lane labels' below): its dates then stand
        over the timeline's plot."""
        if self.axis.fixedWidth != int(left_width):
            self.axis.setWidth(int(left_width))

    def follow(self) -> None:
        """Move the region to the timeline's visible range, without writing it back."""
        if self._driving:
            return
        (x0, x1), _ = self.timeline_box.viewRange()
        self._following = True
        try:
            self.region.setRegion((x0, x1))
        finally:
            self._following = False

    def tooltip_at(self, x: float) -> str:
        """What hovering the strip at ``x`` seconds tells: the bar's dates and count, and the gestures."""
        index = self.histogram.bin_at(x)
        return GESTURES if index is None else f"{self.histogram.describe(index)}\n{GESTURES}"

    # ----- gestures -----------------------------------------------------------------------------
    def show_bins(self, first: int, last: int) -> None:
        """Show the span of bars ``first`` to ``last`` (clipped to the bars) on the timeline."""
        edges = self.histogram.edges
        if not len(self.histogram):
            return
        first, last = max(first, 0), min(last, len(self.histogram) - 1)
        self.timeline_box.setXRange(float(edges[first]), float(edges[last + 1]), padding=0)

    def show_around_busiest(self, bars: int = 0) -> None:
        """Show the busiest bar's span and ``bars`` bars either side of it."""
        if len(self.histogram):
            busiest = int(self.histogram.counts.argmax())
            self.show_bins(busiest - bars, busiest + bars)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        """A double click on a bar shows that bar's span on the timeline."""
        if watched is self.viewport() and event.type() == QEvent.Type.MouseButtonDblClick \
                and event.button() == Qt.MouseButton.LeftButton:
            x = self.box.mapSceneToView(self.mapToScene(event.position().toPoint())).x()
            index = self.histogram.bin_at(x)
            if index is not None:
                self.show_bins(index, index)
            return True
        return super().eventFilter(watched, event)

    def centre_at(self, x: float) -> None:
        """Centre the timeline on ``x`` seconds, keeping its zoom."""
        (x0, x1), _ = self.timeline_box.viewRange()
        half = (x1 - x0) / 2
        self.timeline_box.setXRange(x - half, x + half, padding=0)

    def _drive(self, finished: bool) -> None:
        """The region was dragged (or an edge of it): show its range on the timeline; when the drag ends, the region
        takes the range the timeline could show (it keeps a least and a greatest zoom)."""
        if self._following:
            return
        x0, x1 = self.region.getRegion()
        if x1 > x0:
            self._driving = True
            try:
                self.timeline_box.setXRange(x0, x1, padding=0)
            finally:
                self._driving = False
        if finished:
            self.follow()

    def _on_background_dragged(self, start: float, now: float, finished: bool) -> None:
        """A drag across the strip's background shows the span dragged over."""
        pixel = self.box.viewPixelSize()[0]
        if abs(now - start) < MIN_DRAG_PX * pixel:
            return
        self.timeline_box.setXRange(min(start, now), max(start, now), padding=0)

    def _on_wheeled(self, x: float, delta: float) -> None:
        """The wheel over the strip zooms the timeline around that date (forward: in), as over the timeline."""
        factor = WHEEL_STEP ** -delta
        self.timeline_box.scaleBy(x=factor, center=QPointF(x, 0))

    def _on_mouse_moved(self, args) -> None:
        """Hovering a bar tells its dates and count (shown by hand: the graphics scene answers Qt's own tooltip
        request with nothing, see ``pointer``)."""
        scene_pos = args[0]
        if not self.box.sceneBoundingRect().contains(scene_pos):
            QToolTip.hideText()
            return
        viewport = self.viewport()
        QToolTip.showText(viewport.mapToGlobal(self.mapFromScene(scene_pos)),
                          self.tooltip_at(self.box.mapSceneToView(scene_pos).x()), viewport)
