"""The timeline's drawing for big workspaces: only what is on screen, as events or as a density.

pyqtgraph's scatter and bar items cost a Python step per event each time their data
is set, which a million events cannot afford on every filter. ``EventLayer`` holds
the placements sorted by time and does its work when painted, for the visible time
range only: while at most ``DETAIL_LIMIT`` placements are visible it draws each one
(dots stamped from a pre-rendered atlas, bars as rectangles, clusters' connectors
as line segments), laid out then (a lazy layout's, ``layout.Placements``: only those); beyond that
it draws their density, events per small square of screen in the colour of the lane at that height,
brighter where more fall. The density of a wide view of many placements is read from a grid counted
once per placements and plot height (``GRID_COLUMNS`` time columns over the whole extent, a bin row
per screen bin, kept as running sums along time), so zooming out, panning and "Fit all" cost the
screen's bins, not the events; a view narrower than the grid's columns counts the events it holds. Zooming in turns the density
into events. The time window dims by time (what lies outside it), never by a mask over every
event, and what was prepared for the last placements shown (and for the whole layout) is kept,
so clearing a filter draws the whole timeline again at once.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt.internals import PrimitiveArray
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap, QPolygonF

from explorer.core.kept import keep_newest, keep_within
from explorer.core.query import RowOrder
from explorer.core.scratch import Scratch
from explorer.gui.timeline.layout import (BAR_HEIGHT, DAY, DAY_ROWS, DAY_WIDTH_USED, ROW_STEP, Placements, _ranges,
                                          cluster_members)
from explorer.gui.timeline.plot import CERTAINTY_SYMBOLS, conflict_marks

DETAIL_LIMIT = 8000  # visible placements drawn one by one; more are drawn as a density
DENSITY_FLOOR = 70  # alpha of a pixel with one event; the busiest pixel is opaque
DIM_FACTOR = 0.3  # alpha kept by bins outside the time window
BIN_PX = 2  # a density bin is this many screen pixels square (single pixels are too faint to read)
KEPT_IMAGES = 4  # density images kept per placements, newest last: Fit all after zooming in is a blit
GRID_COLUMNS = 1 << 13  # time columns of the density grid over the whole extent
THIN_FROM = 200  # connector segments on screen from which they are drawn one pixel wide (Qt's fast lines)
CLIP_MARGIN = 20  # pixels beyond the plot a connector is drawn to
COUNTED_UP_TO = 50 * DETAIL_LIMIT  # candidates on screen counted one by one (more are taken as all visible)
GRID_CHUNK = 1 << 18  # placements counted into the grid at a time
GRID_FROM = 200_000  # placements from which a density is summed from a grid (fewer are counted each time)
KEPT_GRIDS = 2  # density grids kept per placements (one per plot height), newest last
GRID_SPARE_BYTES = 16 << 20  # grids no placements keep, kept for the next ones (``core.scratch``): two at ten million
KEPT_PREPARED = 2  # placements (not the whole layout's) whose drawing arrays are kept: a filter and back again
KEPT_PREPARED_BYTES = 64 << 20  # ... while they fit with their grids (``core.kept``; the newest always): the busiest
#                                 entity's at ten million events hold ~60 MB, and another's would stay alive with it


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
        self._thin_pens = tuple(_thin(pen) for pen in (styles.connector_pen, styles.conflict_pen))
        self._bounds = QRectF()
        self._window: tuple[float, float] | None = None  # the time window: what lies outside it is dimmed
        self._prepared: dict[int, _Prepared] = {}  # id(placements) -> their drawing arrays; newest last
        # the density grids (8 MB each at ten million events) made in memory a dropped one used (Run s14b)
        self._scratch = Scratch(GRID_SPARE_BYTES)
        self._kept: _Prepared | None = None  # the whole layout's, kept while it is not shown
        self._marked: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # (codes, conflicted, in_conflict)
        self.set_placements(Placements(), np.empty(0, dtype=np.int64), np.empty(0, dtype=bool))

    def keep_within_budget(self) -> None:
        """The whole layout shown again: the drawing arrays of other placements kept only while they fit
        ``KEPT_PREPARED_BYTES`` (the newest too: ``Layouts.keep_within_budget``), the grids' spares bounded."""
        keep_within(self._prepared, KEPT_PREPARED_BYTES, shared=self._kept)
        self._scratch.trim()

    # ----- data ----------------------------------------------------------------------------------
    def set_placements(self, placed: Placements, cluster_code: np.ndarray, conflicted: np.ndarray,
                       keep: bool = False, certainty: np.ndarray | None = None, members=None,
                       placed_rows=None) -> None:
        """Show these placements; ``cluster_code`` per event row (-1 for none), ``conflicted`` per code,
        ``certainty`` per event row (``core.dates``; None: every date stated), ``members`` (a ``Later``) each
        cluster's event rows (``layout.cluster_members``), or None; ``placed_rows`` a ``core.query.RowOrder``
        whose order may be these placements' event rows (the whole layout's: where each event stands is then
        the one the lane plans' filters use, not a second array as long as the events).

        The arrays prepared for the last two placements are kept (a filter and back again), and
        those of the placements shown with ``keep`` (the whole layout) until others are.
        """
        prepared = self._kept if self._kept is not None and self._kept.placed is placed else \
            self._prepared.pop(id(placed), None)
        if prepared is None or prepared.placed is not placed:
            prepared = _Prepared(placed, cluster_code, conflicted, len(self.styles.colors), certainty, members,
                                 self._in_conflict_of(cluster_code, conflicted), self._scratch)
            if placed_rows is not None and placed_rows.order is placed.event_row:
                prepared.placed_rows = placed_rows
        if keep:
            self._kept = prepared
        else:
            keep_newest(self._prepared, id(placed), prepared, KEPT_PREPARED, KEPT_PREPARED_BYTES, shared=self._kept)
        self._current = prepared
        self.x0, self.x1 = prepared.x0, prepared.x1
        self.conflicted = conflicted
        self._window = None
        self._max_span = prepared.max_span
        self.prepareGeometryChange()
        self._bounds = prepared.bounds
        self.update()

    @property
    def rows(self) -> np.ndarray:
        """The placement index of each position in time order."""
        return self._current.rows_at(np.arange(self._current.count))

    @property
    def certainty(self) -> np.ndarray:
        """Each position's date certainty (``core.dates``), in time order."""
        return self._current.certainty_at(np.arange(self._current.count))

    def _in_conflict_of(self, code: np.ndarray, conflicted: np.ndarray) -> np.ndarray | None:
        """``in_conflict`` of these codes, kept for the events table's next placements (a filter's)."""
        if not len(code) or not len(conflicted) or not conflicted.any():
            return None
        if self._marked is None or self._marked[0] is not code or self._marked[1] is not conflicted:
            self._marked = (code, conflicted, in_conflict(code, conflicted))
        return self._marked[2]

    def forget_kept(self) -> None:
        """Drop the kept whole layout's arrays (a new workspace has another)."""
        self._kept = None
        self._marked = None

    def conflict_marks(self) -> np.ndarray:
        """Where the "⚠" of each conflicting cluster shown goes (see ``plot.conflict_marks``)."""
        return self._current.marks

    def set_window(self, window: tuple[float, float] | None) -> None:
        """Fade what lies outside [start, end) seconds (None: nothing is faded)."""
        self._window = window
        self.update()

    def visible_rows(self, x_min: float, x_max: float) -> np.ndarray:
        """Placement indices overlapping [x_min, x_max], in time order."""
        return self._current.rows_at(self._visible(x_min, x_max))

    def visible_count(self, x_min: float, x_max: float) -> int:
        """How many placements overlap [x_min, x_max] (or about as many, past ``COUNTED_UP_TO`` that may:
        long bars just before it may count): more than ``DETAIL_LIMIT`` shows as a density."""
        first, last = self._candidates(x_min, x_max)
        if last - first > COUNTED_UP_TO:
            return last - first
        return int(np.count_nonzero(self.x1[first:last] > x_min))

    def _visible(self, x_min: float, x_max: float) -> np.ndarray:
        first, last = self._candidates(x_min, x_max)
        return np.arange(first, last)[self.x1[first:last] > x_min]

    def _dimmed(self, positions: np.ndarray) -> np.ndarray:
        """Whether the placements at these positions lie outside the time window."""
        if self._window is None:
            return np.zeros(len(positions), dtype=bool)
        start, end = self._window
        return (self.x1[positions] <= start) | (self.x0[positions] >= end)

    # ----- painting ------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        view = self.viewRect()
        if view is None or not self._current.count:
            return
        first, last = self._candidates(view.left(), view.right())
        if last <= first:
            return
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # dots come antialiased from the atlas
        if self.visible_count(view.left(), view.right()) > DETAIL_LIMIT:
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
        """Events per bin. Each placements' last few images are kept by view and time window: a repaint for
        a selection, the whole layout again once a filter is cleared, or going back to Fit all after zooming
        in costs nothing."""
        target = transform.mapRect(view).toAlignedRect()
        key = (self._window, target.left(), target.top(), target.width(), target.height(),
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
        """The view's bins: counted from the grid when its columns are no wider than a bin, else from the
        events on screen; a bin in the colour of the lane at its height, faded when none of its events lies
        in the time window."""
        width, height = max(-(-target.width() // BIN_PX), 1), max(-(-target.height() // BIN_PX), 1)
        sx, ox = transform.m11() / BIN_PX, (transform.dx() - target.left()) / BIN_PX
        sy, oy = transform.m22() / BIN_PX, (transform.dy() - target.top()) / BIN_PX
        prepared = self._current
        if prepared.grid_fits(sx):
            counts, bright = prepared.counts_from_grid(sx, ox, sy, oy, width, height, self._window)
        else:
            counts, bright = prepared.counts_of(first, last, sx, ox, sy, oy, width, height, self._window)
        colour = prepared.row_colours(sy, oy, height)
        hit = np.flatnonzero(counts)
        alpha = np.zeros(width * height, dtype=np.uint8)
        scale = (255 - DENSITY_FLOOR) / np.log1p(counts.max()) if len(hit) else 0.0
        level = DENSITY_FLOOR + scale * np.log1p(counts[hit])
        if bright is not None:
            level[bright[hit] == 0] *= DIM_FACTOR
        alpha[hit] = level
        image = np.empty((height, width, 4), dtype=np.uint8)
        image[:, :, :3] = self._colours[colour][:, None, :]
        image[:, :, 3] = alpha.reshape(height, width)
        return image, width, height

    def _paint_events(self, painter: QPainter, transform, visible: np.ndarray) -> None:
        prepared = self._current
        self._paint_connectors(painter, transform, visible)
        bars, points = visible[prepared.is_bar[visible]], visible[~prepared.is_bar[visible]]
        self._paint_bars(painter, transform, bars)
        if len(points):
            x, y = prepared.xy(points)
            self._fragments.resize(len(points))
            fragments = self._fragments.ndarray()
            fragments[:, 0] = x * transform.m11() + transform.dx()
            fragments[:, 1] = y * transform.m22() + transform.dy()
            count = len(self.styles.colors)
            fragments[:, 2] = (prepared.colour_at(points) + count * self._dimmed(points)
                               + 2 * count * prepared.certainty_at(points)) * self._cell
            fragments[:, 3] = 0
            fragments[:, 4:6] = self._cell
            fragments[:, 6:10] = [1.0, 1.0, 0.0, 1.0]
            if self._exportOpts is not False:  # an export (SVG): Qt's SVG writer cannot cut a mark out of the atlas
                self._paint_point_shapes(painter, fragments[:, 0], fragments[:, 1], fragments[:, 2] / self._cell)
                return
            painter.drawPixmapFragments(*self._fragments.drawargs(), self._atlas)

    def _paint_point_shapes(self, painter: QPainter, xs: np.ndarray, ys: np.ndarray, cells: np.ndarray) -> None:
        """The points at device pixels (xs, ys) drawn as shapes (an exported image's vectors), each as its atlas cell
        ``cells`` shows it: colour, dimness and certainty."""
        count, size = len(self.styles.colors), self._point_size
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for cell in np.unique(cells).astype(np.int64).tolist():
            colour, dim, certainty = cell % count, bool((cell // count) % 2), cell // (2 * count)
            painter.setPen(self.styles.point_outline(colour, dim, certainty))
            painter.setBrush(self.styles.point_brush(colour, dim, certainty))
            for x, y in zip(xs[cells == cell].tolist(), ys[cells == cell].tolist()):
                _draw_symbol(painter, CERTAINTY_SYMBOLS[certainty], QRectF(x - size / 2, y - size / 2, size, size))

    def _paint_bars(self, painter: QPainter, transform, bars: np.ndarray) -> None:
        if not len(bars):
            return
        prepared = self._current
        height = abs(BAR_HEIGHT * transform.m22())
        outlined = height >= 3  # an outline would hide a thin bar
        height = max(height, 1.0)
        count = len(self.styles.colors)
        style = prepared.colour_at(bars) + count * self._dimmed(bars) + 2 * count * (prepared.certainty_at(bars) != 0)
        _, ys = prepared.xy(bars)
        for key in np.unique(style):
            chosen = style == key
            at = bars[chosen]
            self._rects.resize(len(at))
            rects = self._rects.ndarray()
            rects[:, 0] = self.x0[at] * transform.m11() + transform.dx()
            rects[:, 1] = ys[chosen] * transform.m22() + transform.dy() - height / 2
            rects[:, 2] = (self.x1[at] - self.x0[at]) * transform.m11()
            rects[:, 3] = height
            colour, dim, unsure = int(key) % count, (int(key) // count) % 2, int(key) >= 2 * count
            pen = self.styles.uncertain_bar_pen if unsure else self.styles.bar_pen
            painter.setPen(pen if outlined else Qt.PenStyle.NoPen)
            painter.setBrush(self.styles.brush(colour, bool(dim or unsure), bar=True))  # a guessed span is pale
            painter.drawRects(*self._rects.drawargs())

    def _paint_connectors(self, painter: QPainter, transform, visible: np.ndarray) -> None:
        """Each cluster with a visible member, joined through all its members in time order."""
        prepared = self._current
        codes = np.unique(prepared.cluster_at(visible))
        codes = codes[codes >= 0]
        if not len(codes):
            return
        members = prepared.members_of(codes)
        code = prepared.cluster_at(members)
        joined = np.flatnonzero(code[1:] == code[:-1])  # segment i joins member i and i + 1
        if not len(joined):
            return
        x, y = prepared.xy(members, within=visible)
        xs = x * transform.m11() + transform.dx()
        ys = y * transform.m22() + transform.dy()
        left, right = painter.viewport().left() - CLIP_MARGIN, painter.viewport().right() + CLIP_MARGIN
        if self._exportOpts is not False:  # an export's painter (SVG) has no viewport: the plot's area instead
            view = self.viewRect()
            ends = sorted(x * transform.m11() + transform.dx() for x in (view.left(), view.right()))
            left, right = ends[0] - CLIP_MARGIN, ends[1] + CLIP_MARGIN
        segments = _clipped(xs[joined], ys[joined], xs[joined + 1], ys[joined + 1], left, right)
        conflicted = self.conflicted[code[joined]] if len(self.conflicted) else np.zeros(len(joined), dtype=bool)
        shown = ~np.isnan(segments[:, 0])
        pens = self._thin_pens if np.count_nonzero(shown) > THIN_FROM else \
            (self.styles.connector_pen, self.styles.conflict_pen)
        for pen, chosen in ((pens[0], shown & ~conflicted), (pens[1], shown & conflicted)):
            if not chosen.any():
                continue
            self._lines.resize(int(chosen.sum()))
            self._lines.ndarray()[:] = segments[chosen]
            painter.setPen(pen)
            painter.drawLines(*self._lines.drawargs())


class _Prepared:
    """What drawing some placements needs, by position in time order: extents, bounds, "⚠" marks.

    A lazy layout (``layout.Placements``) is in time order already: nothing is copied, and what a
    position needs (its colour, cluster, certainty, laid-out x and y) is looked up when drawn. Other
    placements are copied in their time order (the placements' own when they have one: lane plans make
    it by sorting small integers, not a million floats). Kept per placements with the last few density
    images and grids drawn of them.
    """

    def __init__(self, placed: Placements, code: np.ndarray, conflicted: np.ndarray, colours: int,
                 certainty: np.ndarray | None = None, members=None, marked: np.ndarray | None = None,
                 scratch: Scratch | None = None) -> None:
        self.placed = placed
        self._scratch = scratch  # where its density grids are made (the layer's), or None: fresh arrays
        self._members = members  # each cluster's event rows (a ``Later``), or None
        self._position_of_row: np.ndarray | None = None
        self.placed_rows = None  # a ``RowOrder`` of these placements' event rows, when one is kept elsewhere
        self.count = len(placed)
        self._colours = colours
        self._code = code  # per event row
        self._certainty = certainty if certainty is not None and len(certainty) else None  # per event row
        if placed.laid_out:
            order = placed.time_order if placed.time_order is not None else np.argsort(placed.x0, kind="stable")
            self.rows: np.ndarray | None = order  # placement index of each sorted position
            self.x0, self.x1, self.y = placed.x0[order], placed.x1[order], placed.y[order]
            self.x = placed.x_at(order)  # points spread across their day
            self.is_bar, self.lane = placed.is_bar[order], placed.lane[order]
            self.event_row = placed.event_row[order]
        else:
            self.rows = None  # (the positions are the placements)
            self.x0, self.x1, self.y, self.x = placed.x0, placed.x1, None, None
            self.is_bar, self.lane, self.event_row = placed.is_bar, placed.lane, placed.event_row
        self.max_span = _max_span(self.x0, self.x1)
        lanes = float(self.lane.max()) + 1.0 if self.count else 0.0
        self.bounds = QRectF() if not self.count else QRectF(
            float(self.x0[0]), -0.5, float(self.x1.max() - self.x0[0]), lanes)
        self.marks = _conflict_marks(placed, code, conflicted, marked)
        self.density: dict[tuple, tuple[np.ndarray, int, int]] = {}  # view key → density image, newest last
        self.grids: dict[tuple, np.ndarray] = {}  # (y mapping, bin rows) → counts per bin row and time column
        self._groups: tuple[np.ndarray, np.ndarray] | None = None  # a lazy layout's: when first drawn
        if placed.cluster_order is not None:  # the whole layout's: ready before the first zoom in
            self._groups = self._group_clusters()

    def held_arrays(self) -> list:
        """The arrays these placements' drawing keeps alive (``core.kept``): the placements', the copies and
        orders made of them, the grids and images (the per-event-row arrays are the events table's)."""
        return [self.placed, self.rows, self.x0, self.x1, self.y, self.x, self.is_bar, self.lane, self.event_row,
                self.marks, self._position_of_row, self._groups, self.grids, list(self.density.values())]

    # ----- per position --------------------------------------------------------------------------
    def rows_at(self, positions: np.ndarray) -> np.ndarray:
        return positions if self.rows is None else self.rows[positions]

    def xy(self, positions: np.ndarray, within: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Laid-out (x, y) of the placements at these positions; with ``within`` (sorted positions: those on
        screen), a lazy layout lays out only those among them and puts the others (a connector's far ends,
        off screen) at their day's and lane's middle."""
        if self.x is not None and self.y is not None:
            return self.x[positions], self.y[positions]
        if within is None:
            return self.placed.xy_at(positions)
        x = (self.x0[positions] + self.x1[positions]) * 0.5
        y = self.lane[positions].astype(np.float64)
        at = np.minimum(np.searchsorted(within, positions), len(within) - 1)
        shown = np.flatnonzero(within[at] == positions) if len(within) else np.empty(0, dtype=np.int64)
        x[shown], y[shown] = self.placed.xy_at(positions[shown])
        return x, y

    def colour_at(self, positions: np.ndarray) -> np.ndarray:
        return (self.lane[positions] % self._colours).astype(np.int64)

    def cluster_at(self, positions: np.ndarray) -> np.ndarray:
        if not len(self._code):
            return np.full(len(positions), -1, dtype=np.int64)
        return self._code[self.event_row[positions]]

    def certainty_at(self, positions: np.ndarray) -> np.ndarray:
        if self._certainty is None:
            return np.zeros(len(positions), dtype=np.int64)
        return self._certainty[self.event_row[positions]].astype(np.int64)

    def members_of(self, codes: np.ndarray) -> np.ndarray:
        """The positions of the clusters ``codes``' placements, grouped by cluster (in ``codes``' order), in
        time order within. A lazy layout with one placement per event finds them from each cluster's events
        (``members``) and where each event is placed (made once: a scatter, not a sort of every placement)."""
        positions = self._position_of_rows() if self._members is not None and not self.placed.laid_out else None
        if positions is None:
            by_cluster, cluster_start = self.cluster_groups()
            return by_cluster[_ranges(cluster_start[codes], cluster_start[codes + 1])]
        rows, starts = self._members.get()
        found = positions[rows[_ranges(starts[codes], starts[codes + 1])]]
        found = found[found >= 0]
        return found[np.lexsort((found, self.cluster_at(found)))] if len(found) else found

    def _position_of_rows(self) -> np.ndarray | None:
        """Each event row's position (-1: not placed), or None when an event has several (lanes by entity)."""
        if self._position_of_row is None:  # (kept by the lane plans when one placement per dated event: its position)
            position = (self.placed_rows or RowOrder(self.event_row, len(self._code))).where()
            self._position_of_row = position if self.placed_rows is not None \
                or np.count_nonzero(position >= 0) == self.count else np.empty(0, dtype=np.int32)
        return self._position_of_row if len(self._position_of_row) else None

    def cluster_groups(self) -> tuple[np.ndarray, np.ndarray]:
        """Positions grouped by cluster (time order within), and each cluster's slice of them: what drawing
        connectors needs (a filter's worked out when its connectors are first drawn)."""
        if self._groups is None:
            self._groups = self._group_clusters()
        return self._groups

    def _group_clusters(self) -> tuple[np.ndarray, np.ndarray]:
        if self.placed.cluster_order is None or self.rows is None:  # (positions are in time order)
            return cluster_members(self.cluster_at(np.arange(self.count)))
        position = np.empty(self.count, dtype=np.int64)
        position[self.rows] = np.arange(self.count)
        by_cluster = position[self.placed.cluster_order]
        codes = self.cluster_at(by_cluster)
        return by_cluster, np.searchsorted(codes, np.arange((int(codes.max()) + 2) if len(codes) else 1))

    # ----- density -------------------------------------------------------------------------------
    def _density_xy(self, first: int, last: int) -> tuple[np.ndarray, np.ndarray]:
        """Where the placements at positions [first, last) count in a density: laid out when they are,
        else a bar's middle or a point's day, at its lane's middle give or take a day's rows (by event row).
        (Worked out in place, a few temporaries a chunk: a filter's grid counts two million of them.)"""
        if self.x is not None and self.y is not None:  # (copies: the grid works in them)
            return self.x[first:last].copy(), self.y[first:last].copy()
        x = np.add(self.x0[first:last], self.x1[first:last])
        x *= 0.5
        # a point anywhere across the middle of its day, as a busy day's zigzag spreads them, and on one of
        # a day's rows (a hash of its event row: evenly and always the same)
        hashed = self.event_row[first:last].astype(np.int64)
        hashed *= 40503
        shift = (hashed & 1023).astype(np.float64)
        shift *= DAY_WIDTH_USED * DAY / 1024
        shift -= DAY_WIDTH_USED * DAY / 2
        np.copyto(shift, 0.0, where=self.is_bar[first:last])
        x += shift
        hashed >>= 10
        y = hashed.astype(np.float64)  # (the hash's row: y % DAY_ROWS in floats, exact below 2 ** 52, where
        row = y / DAY_ROWS             # numpy's int64 modulo is a division a value, the chunk's slowest step)
        np.floor(row, out=row)
        row *= DAY_ROWS
        y -= row
        y -= (DAY_ROWS - 1) / 2.0
        y *= ROW_STEP
        y += self.lane[first:last]
        return x, y

    def _column_seconds(self) -> tuple[float, float]:
        """The grid's first second and its columns' width."""
        lo, hi = self.placed.extent  # (worked out once per placements)
        return lo, max(hi - lo, 1.0) / GRID_COLUMNS

    def grid_fits(self, sx: float) -> bool:
        """Whether to read the density from the grid: many placements, and a bin of ``1 / sx`` seconds at
        least a grid column wide."""
        return self.count >= GRID_FROM and 1.0 / sx >= self._column_seconds()[1]

    def _grid(self, sy: float, oy: float, height: int) -> np.ndarray:
        """Per bin row, the placements counted up to each time column boundary (``GRID_COLUMNS`` + 1 running
        sums: a column range's count is a difference), made once per plot height: y never zooms."""
        key = (round(sy, 9), round(oy, 6), height)
        grid = self.grids.pop(key, None)
        if grid is None:
            lo, width = self._column_seconds()
            cells = height * (GRID_COLUMNS + 1)  # (ten million events fit 32 bits)
            grid = (self._scratch.zeros(cells, np.uint32) if self._scratch is not None else
                    np.zeros(cells, dtype=np.uint32)).reshape(height, GRID_COLUMNS + 1)
            counts = grid[:, 1:]
            for first in range(0, self.count, GRID_CHUNK):  # a chunk at a time: its temporaries stay small
                x, y = self._density_xy(first, min(first + GRID_CHUNK, self.count))
                y *= sy
                y += oy
                row = y.astype(np.int64)
                inside = (row >= 0) & (row < height)
                if not inside.all():  # (fitting the lanes in, every placement is)
                    row, x = row[inside], x[inside]
                if not len(row):
                    continue
                x -= lo
                x /= width
                column = x.astype(np.int64)
                np.clip(column, 0, GRID_COLUMNS - 1, out=column)
                # a chunk of placements in time order spans a few columns: counted over those alone
                start, span = int(column.min()), int(column.max() - column.min()) + 1
                cell = row
                cell *= span
                column -= start
                cell += column
                chunk = np.bincount(cell, minlength=height * span).reshape(height, span)
                part = counts[:, start:start + span]
                np.add(part, chunk, out=part, casting="unsafe")
            np.cumsum(counts, axis=1, out=counts)
        self.grids[key] = grid
        while len(self.grids) > KEPT_GRIDS:
            del self.grids[next(iter(self.grids))]
        return grid

    def counts_from_grid(self, sx: float, ox: float, sy: float, oy: float, width: int, height: int,
                         window: tuple[float, float] | None) -> tuple[np.ndarray, np.ndarray | None]:
        """(events, events in the time window or None) per bin, from the grid's running sums: a bin takes the
        columns whose middle falls in it; a column is in the window when its middle is."""
        grid = self._grid(sy, oy, height)
        lo, col = self._column_seconds()
        edges = (np.arange(width + 1) - ox) / sx  # each bin's first second, and the last bin's end
        first = np.clip(np.ceil((edges - lo) / col - 0.5), 0, GRID_COLUMNS).astype(np.int64)  # first column in it
        counts = (grid[:, first[1:]].astype(np.int64) - grid[:, first[:-1]]).ravel()
        if window is None:
            return counts, None
        lit = np.clip(np.ceil((np.asarray(window) - lo) / col - 0.5), 0, GRID_COLUMNS).astype(np.int64)
        a, b = np.maximum(first[:-1], lit[0]), np.minimum(first[1:], lit[1])
        b = np.maximum(a, b)
        return counts, (grid[:, b].astype(np.int64) - grid[:, a]).ravel()

    def counts_of(self, first: int, last: int, sx: float, ox: float, sy: float, oy: float, width: int,
                  height: int, window: tuple[float, float] | None) -> tuple[np.ndarray, np.ndarray | None]:
        """(events, events in the time window or None) per bin, counted from the placements at [first, last)."""
        x, y = self._density_xy(first, last)
        px, py = x * sx + ox, y * sy + oy
        inside = (px >= 0) & (px < width) & (py >= 0) & (py < height)
        pixel = py.astype(np.int64)
        pixel *= width
        pixel += px.astype(np.int64)
        pixel = pixel[inside]
        counts = np.bincount(pixel, minlength=width * height)
        if window is None:
            return counts, None
        lit = ((x >= window[0]) & (x < window[1]))[inside]
        return counts, np.bincount(pixel[lit], minlength=width * height)

    def row_colours(self, sy: float, oy: float, height: int) -> np.ndarray:
        """Each bin row's colour: that of the lane at its middle."""
        lanes = np.rint((np.arange(height) + 0.5 - oy) / sy).astype(np.int64) if sy else np.zeros(height, np.int64)
        return np.clip(lanes, 0, None) % self._colours


def _thin(pen: QPen) -> QPen:
    thin = QPen(pen)
    thin.setWidthF(1.0)
    return thin


def _clipped(x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray, left: float,
             right: float) -> np.ndarray:
    """Segments (x0, y0)–(x1, y1) cut to left <= x <= right, as (x0, y0, x1, y1) rows (NaN rows: wholly outside):
    a connector to a member far off screen is drawn only where it crosses the screen (Qt lays a dashed pen out
    along a line's whole length)."""
    flip = x1 < x0
    ax, ay, bx, by = np.where(flip, x1, x0), np.where(flip, y1, y0), np.where(flip, x0, x1), np.where(flip, y0, y1)
    outside = (bx < left) | (ax > right)
    run = np.where(bx > ax, bx - ax, 1.0)
    slope = (by - ay) / run
    cut_a, cut_b = ax < left, bx > right
    ay = np.where(cut_a, ay + slope * (left - ax), ay)
    ax = np.where(cut_a, left, ax)
    by = np.where(cut_b, by - slope * (bx - right), by)
    bx = np.where(cut_b, right, bx)
    segments = np.column_stack((ax, ay, bx, by))
    segments[outside] = np.nan
    return segments


def _max_span(x0: np.ndarray, x1: np.ndarray) -> float:
    """The longest placement's span, a chunk at a time (no temporary as long as the placements)."""
    spans = [float((x1[i:i + GRID_CHUNK] - x0[i:i + GRID_CHUNK]).max()) for i in range(0, len(x0), GRID_CHUNK)]
    return max(spans, default=0.0)


def in_conflict(code: np.ndarray, conflicted: np.ndarray) -> np.ndarray:
    """Per event row, whether its cluster's sources conflict."""
    marked = np.zeros(len(code), dtype=bool)
    clustered = code >= 0
    marked[clustered] = conflicted[code[clustered]]
    return marked


def _conflict_marks(placed: Placements, code: np.ndarray, conflicted: np.ndarray,
                    marked: np.ndarray | None = None) -> np.ndarray:
    """``plot.conflict_marks`` of the placements whose events' clusters conflict (found by one look-up per
    placement in ``marked``, ``in_conflict`` made once per events table, not their codes copied for every
    placement)."""
    if not len(code) or not len(conflicted) or not conflicted.any():
        return np.empty((0, 2))
    in_conflict_ = in_conflict(code, conflicted) if marked is None else marked
    chosen = np.flatnonzero(in_conflict_[placed.event_row])
    # (a lazy layout's at its lanes' middles: the mark sits between them, not on a point)
    return conflict_marks(_subset(placed, chosen), code[placed.event_row[chosen]], conflicted)


def _subset(placed: Placements, rows: np.ndarray) -> Placements:
    return Placements(placed.lane_keys, placed.lane_names, placed.lane[rows], placed.x0[rows], placed.x1[rows],
                      placed.y[rows], placed.is_bar[rows], placed.undated_ids, placed.event_row[rows], placed.ids,
                      dx=placed.dx[rows])


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

