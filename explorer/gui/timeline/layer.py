"""The timeline's drawing for big workspaces: only what is on screen, as events or as a density.

pyqtgraph's scatter and bar items cost a Python step per event each time their data
is set, which a million events cannot afford on every filter. ``EventLayer`` holds
the placements sorted by time and does its work when painted, for the visible time
range only: while at most ``DETAIL_LIMIT`` placements are visible it draws each one
(dots stamped from a pre-rendered atlas, bars as rectangles, clusters' connectors
as line segments); beyond that it draws their density, events per small square of screen in
the colour of their lane, brighter where more fall. Zooming in turns the density
into events. Setting new placements or a new dimming is array work, never per event,
and what was prepared for the last placements shown (and for the whole layout) is kept,
so clearing a filter draws the whole timeline again at once.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QPolygonF

from explorer.gui.timeline.layout import BAR_HEIGHT, Placements
from explorer.gui.timeline.plot import CERTAINTY_SYMBOLS, conflict_marks

DETAIL_LIMIT = 8000  # visible placements drawn one by one; more are drawn as a density
DENSITY_FLOOR = 70  # alpha of a pixel with one event; the busiest pixel is opaque
DIM_FACTOR = 0.3  # alpha kept by bins outside the time window
BIN_PX = 2  # a density bin is this many screen pixels square (single pixels are too faint to read)
KEPT_IMAGES = 4  # density images kept per placements, newest last: Fit all after zooming in is a blit


class EventLayer(pg.GraphicsObject):
    """Placements drawn by the paint call, culled to the view: events when few, a density when many."""

    def __init__(self, styles, point_size: int) -> None:
        super().__init__()
        self.styles = styles
        self._point_size = point_size
        self._atlas, self._cell = _symbol_atlas(styles, point_size)
        self._fragments = PrimitiveArray(QPainter.PixmapFragment, 10)
        self._rects = PrimitiveArray(QRectF, 4)
        self._lines = PrimitiveArray(QLineF, 4)
        self._colours = np.array([[c.red(), c.green(), c.blue()] for c in styles.colors], dtype=np.uint8)
        self._bounds = QRectF()
        self._dimming = 0  # bumped by every dimming with something dimmed
        self._dim_key: int | None = None  # None while nothing is dimmed, else the dimming's number
        self._prepared: dict[int, _Prepared] = {}  # id(placements) -> their drawing arrays; newest last
        self._kept: _Prepared | None = None  # the whole layout's, kept while it is not shown
        self.set_placements(Placements(), np.empty(0, dtype=np.int64), np.empty(0, dtype=bool))

    # ----- data ----------------------------------------------------------------------------------
    def set_placements(self, placed: Placements, cluster_code: np.ndarray, conflicted: np.ndarray,
                       keep: bool = False, certainty: np.ndarray | None = None) -> None:
        """Show these placements; ``cluster_code`` per event row (-1 for none), ``conflicted`` per code,
        ``certainty`` per event row (``core.dates``; None: every date stated).

        The arrays prepared for the last two placements are kept (a filter and back again), and
        those of the placements shown with ``keep`` (the whole layout) until others are.
        """
        prepared = self._kept if self._kept is not None and self._kept.placed is placed else \
            self._prepared.pop(id(placed), None)
        if prepared is None or prepared.placed is not placed:
            sure = None if certainty is None or not len(certainty) else certainty[placed.event_row]
            prepared = _Prepared(placed, cluster_code[placed.event_row], conflicted, len(self.styles.colors), sure)
        if keep:
            self._kept = prepared
        else:
            self._prepared[id(placed)] = prepared
            while len(self._prepared) > 2:
                del self._prepared[next(iter(self._prepared))]
        self._current = prepared
        self.rows, self.x0, self.x1, self.y, self.x = prepared.rows, prepared.x0, prepared.x1, prepared.y, prepared.x
        self.is_bar, self.colour, self.cluster = prepared.is_bar, prepared.colour, prepared.cluster
        self.certainty = prepared.certainty
        self.conflicted = conflicted
        self.dim = np.zeros(len(self.rows), dtype=bool)
        self._dim_key = None
        self._max_span = prepared.max_span
        self.prepareGeometryChange()
        self._bounds = prepared.bounds
        self.update()

    def forget_kept(self) -> None:
        """Drop the kept whole layout's arrays (a new workspace has another)."""
        self._kept = None

    def conflict_marks(self) -> np.ndarray:
        """Where the "⚠" of each conflicting cluster shown goes (see ``plot.conflict_marks``)."""
        return self._current.marks

    def set_dimmed(self, dim: np.ndarray) -> None:
        """Fade these placements (one bool per placement, in placement order)."""
        self.dim = dim[self.rows] if len(dim) else np.zeros(len(self.rows), dtype=bool)
        self._dimming += 1
        self._dim_key = self._dimming if self.dim.any() else None
        self.update()

    def visible_rows(self, x_min: float, x_max: float) -> np.ndarray:
        """Placement indices overlapping [x_min, x_max], in time order."""
        return self.rows[self._visible(x_min, x_max)]

    def visible_count(self, x_min: float, x_max: float) -> int:
        """About how many placements overlap [x_min, x_max] (long bars just before it may count):
        more than ``DETAIL_LIMIT`` shows as a density."""
        first, last = self._candidates(x_min, x_max)
        return last - first

    def _visible(self, x_min: float, x_max: float) -> np.ndarray:
        first, last = self._candidates(x_min, x_max)
        return np.arange(first, last)[self.x1[first:last] > x_min]

    def _cluster_groups(self) -> tuple[np.ndarray, np.ndarray]:
        """See ``_Prepared.group_clusters``: a filter's are worked out when its connectors are first drawn."""
        if self._current.groups is None:
            self._current.group_clusters()
        return self._current.groups

    # ----- painting ------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        view = self.viewRect()
        if view is None or not len(self.rows):
            return
        first, last = self._candidates(view.left(), view.right())
        if last <= first:
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # dots come antialiased from the atlas
        if last - first > DETAIL_LIMIT:
            self._paint_density(painter, transform, view, first, last)
        else:
            visible = np.arange(first, last)
            self._paint_events(painter, transform, visible[self.x1[first:last] > view.left()])
        painter.restore()

    def _candidates(self, x_min: float, x_max: float) -> tuple[int, int]:
        """The sorted positions that may overlap [x_min, x_max]: those starting after x_min less the longest span."""
        first = int(np.searchsorted(self.x0, x_min - self._max_span, side="left"))
        return first, int(np.searchsorted(self.x0, x_max, side="right"))

    def _paint_density(self, painter: QPainter, transform, view: QRectF, first: int, last: int) -> None:
        """Events per bin, from slices of the time-sorted arrays (no copies). Each placements' last
        few images are kept by view and dimming: a repaint for a selection, the whole layout again
        once a filter is cleared, or going back to Fit all after zooming in costs nothing."""
        target = transform.mapRect(view).toAlignedRect()
        key = (self._dim_key, target.left(), target.top(), target.width(), target.height(),
               transform.m11(), transform.m22(), transform.dx(), transform.dy())
        kept = self._current.density
        found = kept.pop(key, None)
        if found is None:
            found = self._density_image(transform, target, first, last)
        kept[key] = found
        while len(kept) > KEPT_IMAGES:
            del kept[next(iter(kept))]
        image, width, height = found
        qimage = QImage(image.data, width, height, 4 * width, QImage.Format.Format_RGBA8888)
        painter.drawImage(QRectF(target.left(), target.top(), width * BIN_PX, height * BIN_PX), qimage)

    def _density_image(self, transform, target, first: int, last: int) -> tuple[np.ndarray, int, int]:
        width, height = max(-(-target.width() // BIN_PX), 1), max(-(-target.height() // BIN_PX), 1)
        px = (self.x[first:last] * (transform.m11() / BIN_PX) + (transform.dx() - target.left()) / BIN_PX)
        py = (self.y[first:last] * (transform.m22() / BIN_PX) + (transform.dy() - target.top()) / BIN_PX)
        inside = (px >= 0) & (px < width) & (py >= 0) & (py < height)
        pixel = py.astype(np.int64)
        pixel *= width
        pixel += px.astype(np.int64)
        pixel = pixel[inside]
        counts = np.bincount(pixel, minlength=width * height)
        colour = np.zeros(width * height, dtype=np.uint8)
        colour[pixel] = self.colour[first:last][inside]  # a bin takes the colour of one of its events
        hit = np.flatnonzero(counts)
        alpha = np.zeros(width * height, dtype=np.uint8)
        scale = (255 - DENSITY_FLOOR) / np.log1p(counts.max()) if len(hit) else 0.0
        level = DENSITY_FLOOR + scale * np.log1p(counts[hit])
        dim = self.dim[first:last][inside]
        if dim.any():
            bright = np.bincount(pixel[~dim], minlength=width * height)[hit]
            level[bright == 0] *= DIM_FACTOR
        alpha[hit] = level
        image = np.empty((height * width, 4), dtype=np.uint8)
        image[:, :3] = self._colours[colour]
        image[:, 3] = alpha
        return image.reshape(height, width, 4), width, height

    def _paint_events(self, painter: QPainter, transform, visible: np.ndarray) -> None:
        self._paint_connectors(painter, transform, visible)
        bars, points = visible[self.is_bar[visible]], visible[~self.is_bar[visible]]
        self._paint_bars(painter, transform, bars)
        if len(points):
            self._fragments.resize(len(points))
            fragments = self._fragments.ndarray()
            fragments[:, 0] = self.x[points] * transform.m11() + transform.dx()
            fragments[:, 1] = self.y[points] * transform.m22() + transform.dy()
            count = len(self.styles.colors)
            fragments[:, 2] = (self.colour[points] + count * self.dim[points]
                               + 2 * count * self.certainty[points]) * self._cell
            fragments[:, 3] = 0
            fragments[:, 4:6] = self._cell
            fragments[:, 6:10] = [1.0, 1.0, 0.0, 1.0]
            painter.drawPixmapFragments(*self._fragments.drawargs(), self._atlas)

    def _paint_bars(self, painter: QPainter, transform, bars: np.ndarray) -> None:
        if not len(bars):
            return
        height = abs(BAR_HEIGHT * transform.m22())
        outlined = height >= 3  # an outline would hide a thin bar
        height = max(height, 1.0)
        count = len(self.styles.colors)
        style = self.colour[bars] + count * self.dim[bars] + 2 * count * (self.certainty[bars] != 0)
        for key in np.unique(style):
            chosen = bars[style == key]
            self._rects.resize(len(chosen))
            rects = self._rects.ndarray()
            rects[:, 0] = self.x0[chosen] * transform.m11() + transform.dx()
            rects[:, 1] = self.y[chosen] * transform.m22() + transform.dy() - height / 2
            rects[:, 2] = (self.x1[chosen] - self.x0[chosen]) * transform.m11()
            rects[:, 3] = height
            colour, dim, unsure = int(key) % count, (int(key) // count) % 2, int(key) >= 2 * count
            pen = self.styles.uncertain_bar_pen if unsure else self.styles.bar_pen
            painter.setPen(pen if outlined else Qt.PenStyle.NoPen)
            painter.setBrush(self.styles.brush(colour, bool(dim or unsure), bar=True))  # a guessed span is pale
            painter.drawRects(*self._rects.drawargs())

    def _paint_connectors(self, painter: QPainter, transform, visible: np.ndarray) -> None:
        """Each cluster with a visible member, joined through all its members in time order."""
        codes = np.unique(self.cluster[visible])
        codes = codes[codes >= 0]
        if not len(codes):
            return
        by_cluster, cluster_start = self._cluster_groups()
        starts, ends = cluster_start[codes], cluster_start[codes + 1]
        members = by_cluster[_ranges(starts, ends)]
        code = self.cluster[members]
        joined = np.flatnonzero(code[1:] == code[:-1])  # segment i joins member i and i + 1
        if not len(joined):
            return
        xs = self.x[members] * transform.m11() + transform.dx()
        ys = self.y[members] * transform.m22() + transform.dy()
        conflicted = self.conflicted[code[joined]] if len(self.conflicted) else np.zeros(len(joined), dtype=bool)
        for pen, chosen in ((self.styles.connector_pen, joined[~conflicted]),
                            (self.styles.conflict_pen, joined[conflicted])):
            if not len(chosen):
                continue
            self._lines.resize(len(chosen))
            lines = self._lines.ndarray()
            lines[:, 0], lines[:, 1] = xs[chosen], ys[chosen]
            lines[:, 2], lines[:, 3] = xs[chosen + 1], ys[chosen + 1]
            painter.setPen(pen)
            painter.drawLines(*self._lines.drawargs())


class _Prepared:
    """What drawing some placements needs: their arrays in time order, bounds and "⚠" marks.

    The placements' own time order is used when they have it (lane plans make it by
    sorting small integers, not a million floats). Kept per placements with the last
    few density images drawn of them.
    """

    def __init__(self, placed: Placements, code: np.ndarray, conflicted: np.ndarray, colours: int,
                 certainty: np.ndarray | None = None) -> None:
        self.placed = placed
        order = placed.time_order if placed.time_order is not None else np.argsort(placed.x0, kind="stable")
        self.rows = order  # placement index of each sorted position
        self.x0, self.x1, self.y = placed.x0[order], placed.x1[order], placed.y[order]
        self.x = placed.x_at(order)  # points spread across their day
        self.is_bar = placed.is_bar[order]
        self.colour = (placed.lane[order] % colours).astype(np.uint8)
        self.cluster = code[order] if len(code) else np.full(len(order), -1)
        self.certainty = (certainty[order] if certainty is not None else np.zeros(len(order))).astype(np.int64)
        self.max_span = float((self.x1 - self.x0).max()) if len(order) else 0.0
        self.bounds = QRectF() if not len(order) else QRectF(
            float(self.x0[0]), float(self.y.min()) - 0.5, float(self.x1.max() - self.x0[0]),
            float(self.y.max() - self.y.min()) + 1.0)
        self.marks = conflict_marks(placed, code, conflicted)
        self.groups: tuple[np.ndarray, np.ndarray] | None = None  # by cluster, when connectors are first drawn
        self.density: dict[tuple, tuple[np.ndarray, int, int]] = {}  # view key → density image, newest last
        if placed.cluster_order is not None:  # the whole layout's: ready before the first zoom in
            self.group_clusters()

    def group_clusters(self) -> None:
        """Sorted positions grouped by cluster (time order within), and each cluster's slice of them:
        what drawing connectors needs (from the placements' cluster order when they have one)."""
        if self.placed.cluster_order is not None:
            position = np.empty(len(self.rows), dtype=np.int64)
            position[self.rows] = np.arange(len(self.rows))
            by_cluster = position[self.placed.cluster_order]
        else:
            clustered = np.flatnonzero(self.cluster >= 0)
            by_cluster = clustered[np.argsort(self.cluster[clustered], kind="stable")]
        codes = self.cluster[by_cluster]
        self.groups = by_cluster, np.searchsorted(codes, np.arange((int(codes.max()) + 2) if len(codes) else 1))


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The concatenation of arange(s, e) for each pair, without a Python loop."""
    lengths = ends - starts
    total = int(lengths.sum())
    if not total:
        return np.empty(0, dtype=np.int64)
    offsets = np.repeat(starts - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
    return np.arange(total) + offsets


def _symbol_atlas(styles, size: int) -> tuple[QPixmap, int]:
    """One pixmap with a symbol per certainty (``core.dates``), dimness and lane colour, side by side:
    filled dots, hollow dots, hollow triangles pointing back ("on or before") and forward ("on or after")."""
    cell = size + 2
    count = len(styles.colors)
    atlas = QPixmap(cell * count * 2 * len(CERTAINTY_SYMBOLS), cell)
    atlas.fill(QColor(0, 0, 0, 0))
    painter = QPainter(atlas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for certainty in sorted(CERTAINTY_SYMBOLS):
        for dim in (False, True):
            for colour in range(count):
                painter.setPen(styles.point_outline(colour, dim, certainty))
                painter.setBrush(styles.point_brush(colour, dim, certainty))
                left = (colour + count * dim + 2 * count * certainty) * cell
                _draw_symbol(painter, CERTAINTY_SYMBOLS[certainty], QRectF(left + 1.5, 1.5, size - 1, size - 1))
    painter.end()
    return atlas, cell


def _draw_symbol(painter: QPainter, symbol: str, box: QRectF) -> None:
    """A dot, or a triangle pointing left ("t3") or right ("t2"), as pyqtgraph's scatter draws them."""
    if symbol == "o":
        painter.drawEllipse(box)
        return
    tip, back = (box.left(), box.right()) if symbol == "t3" else (box.right(), box.left())
    painter.drawPolygon(QPolygonF([QPointF(tip, box.center().y()), QPointF(back, box.top()),
                                   QPointF(back, box.bottom())]))

