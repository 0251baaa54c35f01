"""The timeline's lane labels: a left axis that names every lane it has room for, inside its own bounds.

pyqtgraph's axis measures each label in a fixed box, clips what is wider than the
axis at its left edge (cutting a long title's start) and drops labels overhanging
the axis' top or bottom. ``LaneAxis`` lays its labels out itself instead: each is
elided in the middle to the axis' width, so a title's start and end both stay
readable, and kept within the axis. When lanes are too close for two lines (title,
then source and date) a label is its title alone, in a font up to
``MIN_LABEL_POINTS`` smaller if that lets every lane have one; only lanes closer
still are labelled every n-th. Hovering a label's lane shows its whole name. Titles are counted (is a
title another lane's too?) once per family of lane lists, from its longest list: a filter's lanes
are some of the whole layout's, so a title repeated among them is repeated among all.
"""

from __future__ import annotations

import html
import math
from collections import Counter

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

MAX_LABEL_WIDTH = 260  # pixels: long titles are elided to this
LABEL_PADDING = 10  # pixels between a label and the plot, and at the axis' left edge
MIN_LABEL_POINTS = 7.5  # the smallest font lane labels shrink to so that every lane has one
FONT_STEP = 0.5  # points
ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LaneAxis(pg.AxisItem):
    """The left axis naming the lanes (lane i at y = i)."""

    def __init__(self, font: QFont) -> None:
        super().__init__("left")
        self.setStyle(tickLength=0, hideOverlappingLabels=False)
        self._base_font = QFont(font)
        self._names: list[str] = []
        self._titles: Counter[str] | None = None  # lanes per title (a label's first line), counted when needed
        self._counted: list[tuple[list[str], Counter[str]]] = []  # the last lane lists' counts: a filter and back
        self._family: object = None  # what the lanes are (the lanes of one layout and its filters)
        self._families: dict[object, tuple[int, Counter[str]]] = {}  # family -> (lanes counted, title counts)
        self._font, self._lines, self._step = QFont(font), 2, 1

    def set_lanes(self, names: list[str], height: float, family: object = None) -> None:
        """Label ``names`` (top to bottom) on an axis ``height`` pixels tall: choose the font, the lines
        per label and which lanes get one, and a width that fits the widest label (up to a limit).
        ``family``, when given, names the whole list these lanes are some of (see the module)."""
        self._names = names
        self._family = family
        self._titles = None
        self._font, self._lines, self._step = label_plan(len(names), height, self._base_font)
        labelled = range(0, len(names), self._step)
        self.setStyle(tickFont=self._font)
        self.setTicks([[(i, "") for i in labelled], []])  # the grid's lines; the text is drawn below
        metrics = QFontMetricsF(self._font)
        widest = max((metrics.horizontalAdvance(line) for i in labelled for line in self._shown_lines(i)), default=0)
        self.setWidth(int(min(MAX_LABEL_WIDTH, math.ceil(widest) + 2 * LABEL_PADDING)))

    def labels(self) -> list[tuple[int, str, QRectF]]:
        """The labels drawn: (lane, text as shown, where in the axis' coordinates)."""
        view = self.linkedView()
        if view is None or not self._names:
            return []
        bounds = self.rect()  # the axis itself (its bounding rect spans the plot too, for the grid)
        metrics = QFontMetricsF(self._font)
        width = max(bounds.width() - 2 * LABEL_PADDING, 0)
        drawn, free_from = [], bounds.top()
        for lane in range(0, len(self._names), self._step):
            lines = [metrics.elidedText(line, Qt.TextElideMode.ElideMiddle, width) for line in self._shown_lines(lane)]
            height = len(lines) * metrics.height()
            middle = self.mapFromScene(view.mapViewToScene(QPointF(0, lane))).y()
            top = min(max(middle - height / 2, bounds.top()), bounds.bottom() - height)  # inside the axis
            if top < free_from - 0.5:  # moved inside, it would cover the label above
                continue
            drawn.append((lane, "\n".join(lines), QRectF(bounds.left() + LABEL_PADDING, top, width, height)))
            free_from = top + height
        return drawn

    def lane_at(self, scene_pos: QPointF) -> int | None:
        """The lane whose label row is under ``scene_pos`` (on the axis), or None."""
        view = self.linkedView()
        if view is None or not self._names or not self.sceneBoundingRect().contains(scene_pos):
            return None
        lane = round(view.mapSceneToView(scene_pos).y())
        return lane if 0 <= lane < len(self._names) else None

    def tooltip_of(self, lane: int) -> str:
        """A lane's whole name, title in bold."""
        title, *rest = self._names[lane].split("\n")
        return "<br>".join([f"<b>{html.escape(title)}</b>", *(html.escape(line) for line in rest)])

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph naming)
        axis, ticks, _ = super().generateDrawSpecs(p)
        return axis, ticks, [(rect, ALIGN, text) for _, text, rect in self.labels()]

    def _shown_lines(self, lane: int) -> list[str]:
        """A label's lines as room allows: with one line, the title (and, if another lane's title reads the
        same, its source and date after it, which the elision in the middle keeps)."""
        lines = self._names[lane].split("\n")
        if self._lines >= len(lines):
            return lines
        return [" · ".join(lines)] if self._title_counts()[lines[0]] > 1 else [lines[0]]

    def _title_counts(self) -> Counter[str]:
        if self._titles is None:
            self._titles = next((counts for names, counts in self._counted if names is self._names), None)
        if self._titles is None and self._family is not None:
            counted = self._families.get(self._family)
            self._titles = counted[1] if counted is not None and counted[0] >= len(self._names) else None
        if self._titles is None:
            self._titles = Counter(name.split("\n", 1)[0] for name in self._names)
            self._counted = [*self._counted[-1:], (self._names, self._titles)]
            if self._family is not None:
                self._families = {self._family: (len(self._names), self._titles)}  # (one family kept)
        return self._titles


def label_plan(count: int, height: float, font: QFont) -> tuple[QFont, int, int]:
    """(font, lines per label, label every n-th lane) for ``count`` lanes over ``height`` pixels."""
    if count == 0 or height <= 0:
        return QFont(font), 2, 1
    pitch = height / count
    if pitch >= 2 * QFontMetricsF(font).height():
        return QFont(font), 2, 1
    for candidate in _smaller_fonts(font):
        if pitch >= QFontMetricsF(candidate).height():
            return candidate, 1, 1
    return QFont(font), 1, math.ceil(QFontMetricsF(font).height() / pitch)


def _smaller_fonts(font: QFont) -> list[QFont]:
    """``font`` and the same in smaller sizes, down to ``MIN_LABEL_POINTS``."""
    size = font.pointSizeF()
    if size <= 0:  # sized in pixels: only that size
        return [QFont(font)]
    sizes = [size]
    while sizes[-1] - FONT_STEP >= MIN_LABEL_POINTS:
        sizes.append(sizes[-1] - FONT_STEP)
    fonts = []
    for points in sizes:
        smaller = QFont(font)
        smaller.setPointSizeF(points)
        fonts.append(smaller)
    return fonts
