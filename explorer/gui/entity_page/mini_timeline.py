"""The entity page's small timeline: the entity's events by date, each a mark that selects it.

Drawn as the main timeline draws dates (``core.dates``): a stated day a filled dot, a day inferred from
the passage a hollow one, a bound a hollow triangle (◁ on or before the day it sits on, ▷ on or after),
a span a bar from its first day to its last with a hollow square at its middle to click. Same-day marks
stack up to ``STACK`` high. Clicking a mark selects that event everywhere (``sig_events_clicked``);
*Select all* selects every event counted in the caption, the undated ones too.

Past ``MARKS_LIMIT`` events (the most mentioned entity of a million events takes part in 246,000) single
marks would take seconds to draw and could not be told apart: the events are drawn as a count per step
(``BINS`` bars over the span shown), and clicking a bar selects the events it counts. Zooming in (the
wheel; dragging pans) draws again for the span shown: once it holds ``MARKS_LIMIT`` dated events or
fewer, they are drawn as marks again.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from explorer.core.dates import AFTER, BEFORE, CERTAIN, INFERRED
from explorer.gui.timeline.date_axis import DateAxis

DAY = 86400.0
STACK = 4  # same-day marks stack this high, then start again at the bottom
MARKS_LIMIT = 3000  # events drawn one mark each; more are drawn as counts
BINS = 120  # bars of the histogram drawn past MARKS_LIMIT
SYMBOLS = {CERTAIN: "o", INFERRED: "o", BEFORE: "t3", AFTER: "t2"}  # t3 points left (◁), t2 right (▷)


class MiniTimeline(QWidget):
    """A small date plot of one entity's events."""

    sig_events_clicked = Signal(object)  # a list of event ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(axisItems={"bottom": DateAxis()}, background=self.palette().color(
            QPalette.ColorRole.Base))
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.hideAxis("left")
        item.getViewBox().setMouseEnabled(x=True, y=False)
        self.caption = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)  # a long count never widens the window
        self.select_all_button = QPushButton("Select all", enabled=False)
        self.select_all_button.setToolTip("Select every event of this entity, dated or not, in every view")
        self.select_all_button.clicked.connect(
            lambda: self.sig_events_clicked.emit([str(e) for e in self._event_ids.tolist()]))
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.select_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        text = self.palette().color(QPalette.ColorRole.Text)
        self._spans = pg.PlotCurveItem(connect="pairs", pen=pg.mkPen(text, width=1.5, style=Qt.PenStyle.DashLine))
        self._marks = pg.ScatterPlotItem(pxMode=True, size=8)
        self._bars = pg.BarGraphItem(x0=[], x1=[], height=[], brush=pg.mkBrush(text.red(), text.green(),
                                                                             text.blue(), 140), pen=None)
        for graphic in (self._bars, self._spans, self._marks):
            item.addItem(graphic)
        self._marks.sigClicked.connect(self._on_marks_clicked)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self._event_ids = np.empty(0, dtype=object)
        self._mark_events = np.empty(0, dtype=np.int64)  # the event (position in ``_event_ids``) of each mark
        self._edges = np.empty(0)  # the histogram's bin edges (seconds), when drawn as counts
        self._x0 = np.empty(0)
        self._drawn: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None  # dated, x0, x1, certainty
        self._span_timer = QTimer(self, singleShot=True, interval=60, timeout=self._draw_span)  # a zoom's steps as one
        item.getViewBox().sigXRangeChanged.connect(lambda *_: self._span_timer.start())

    # ----- public --------------------------------------------------------------------------
    def show_events(self, event_ids: np.ndarray, x0: np.ndarray, x1: np.ndarray, certainty: np.ndarray) -> None:
        """Draw these events (``x0``/``x1``: start and exclusive end in seconds, NaN when undated)."""
        self._event_ids = np.asarray(event_ids, dtype=object)
        dated = np.flatnonzero(~np.isnan(x0))
        undated = len(event_ids) - len(dated)
        self._x0 = np.asarray(x0, dtype=float)
        self._drawn = (dated, self._x0, np.asarray(x1, dtype=float), np.asarray(certainty))
        self._draw(dated)
        rest = f" · {undated:,} undated" if undated else ""
        how = f"{len(dated):,} dated; zoom in (wheel) for single marks; click a bar to select its events" \
            if len(dated) > MARKS_LIMIT else "click a mark to select its event"
        self.caption.setText(f"Events: {len(event_ids):,}{rest} · {how}" if len(event_ids) else "No events")
        self.select_all_button.setEnabled(len(event_ids) > 0)
        # no dated event: no axis of meaningless ticks ("00.100 00.200 …", a new user, s24), the caption says why
        self.plot.setVisible(len(dated) > 0)
        if len(dated):
            lo, hi = float(np.nanmin(x0[dated])), float(np.nanmax(x1[dated]))
            pad = max(DAY * 2, (hi - lo) * 0.04)
            self.plot.getPlotItem().getViewBox().setRange(xRange=(lo - pad, hi + pad), padding=0)
            self._span_timer.stop()  # (the whole span, drawn above: not a zoom to draw again)

    def mark_positions(self) -> list[tuple[str, float, float]]:
        """(event id, x, y) of each mark drawn (tests: where to click)."""
        points = self._marks.data
        return [(str(self._event_ids[e]), float(p["x"]), float(p["y"])) for e, p in zip(self._mark_events, points)]

    def drawn_as_counts(self) -> bool:
        return len(self._edges) > 0

    # ----- drawing ---------------------------------------------------------------------------
    def _draw(self, shown: np.ndarray) -> None:
        """Marks for the ``shown`` events (positions of dated ones) when few enough, else counts."""
        _, x0, x1, certainty = self._drawn  # type: ignore[misc]
        if len(shown) > MARKS_LIMIT:
            self._draw_counts(shown, x0, x1)
        else:
            self._draw_marks(shown, x0, x1, certainty)

    def _draw_span(self) -> None:
        """After a zoom or pan of many events: draw again what the span shown holds (marks once they are few)."""
        if self._drawn is None or len(self._drawn[0]) <= MARKS_LIMIT:
            return  # every event has its mark already
        dated, x0, x1, _ = self._drawn
        lo, hi = self.plot.getPlotItem().getViewBox().viewRange()[0]
        self._draw(dated[(x1[dated] > lo) & (x0[dated] < hi)])

    def _draw_marks(self, dated: np.ndarray, x0: np.ndarray, x1: np.ndarray, certainty: np.ndarray) -> None:
        self._edges = np.empty(0)
        self._bars.setOpts(x0=[], x1=[], height=[])
        order = dated[np.lexsort((dated, x0[dated]))]
        days = np.floor(x0[order] / DAY)
        first = np.concatenate(([True], days[1:] != days[:-1])) if len(days) else np.empty(0, dtype=bool)
        starts = np.maximum.accumulate(np.where(first, np.arange(len(days)), 0)) if len(days) else np.empty(0, int)
        y = ((np.arange(len(days)) - starts) % STACK).astype(float)
        is_span = (x1[order] - x0[order]) > DAY
        cert = np.asarray(certainty)[order]
        x = np.where(is_span, (x0[order] + x1[order]) / 2, x0[order] + DAY / 2)
        text, base = self.palette().color(QPalette.ColorRole.Text), self.palette().color(QPalette.ColorRole.Base)
        filled = (cert == CERTAIN) & ~is_span
        spots = [{"pos": (float(xi), float(yi)), "symbol": "s" if span else SYMBOLS.get(int(c), "o"),
                  "brush": pg.mkBrush(text) if full else pg.mkBrush(base), "pen": pg.mkPen(text, width=1.3)}
                 for xi, yi, span, c, full in zip(x.tolist(), y.tolist(), is_span.tolist(), cert.tolist(),
                                                  filled.tolist())]
        self._marks.setData(spots)
        self._mark_events = order
        spans = order[is_span]
        ys = y[is_span]
        xs = np.column_stack([x0[spans], x1[spans]]).ravel() if len(spans) else np.empty(0)
        self._spans.setData(x=xs, y=np.repeat(ys, 2) if len(spans) else np.empty(0), connect="pairs")
        self.plot.getPlotItem().getViewBox().setYRange(-1, STACK, padding=0)

    def _draw_counts(self, dated: np.ndarray, x0: np.ndarray, x1: np.ndarray) -> None:
        """A histogram of the events' start days (each event counted once, at its first day)."""
        self._marks.setData([])
        self._spans.setData(x=np.empty(0), y=np.empty(0))
        self._mark_events = np.empty(0, dtype=np.int64)
        lo, hi = (float(x0[dated].min()), float(x0[dated].max()) + DAY) if len(dated) else (0.0, DAY)
        step = max(DAY, np.ceil((hi - lo) / BINS / DAY) * DAY)
        self._edges = np.arange(lo, hi + step, step)
        counts, _ = np.histogram(x0[dated], bins=self._edges)
        self._bars.setOpts(x0=self._edges[:-1], x1=self._edges[1:], height=counts)
        self.plot.getPlotItem().getViewBox().setYRange(0, max(1, int(counts.max()) if len(counts) else 1) * 1.05,
                                                       padding=0)

    # ----- clicks ----------------------------------------------------------------------------
    def _on_marks_clicked(self, _scatter, points, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton or not len(points):
            return
        ev.accept()
        index = int(points[0].index())
        self.sig_events_clicked.emit([str(self._event_ids[self._mark_events[index]])])

    def _on_scene_clicked(self, ev) -> None:
        """A click on a bar of the histogram selects the events it counts."""
        if ev.isAccepted() or ev.button() != Qt.MouseButton.LeftButton or not len(self._edges):
            return
        x = self.plot.getPlotItem().getViewBox().mapSceneToView(ev.scenePos()).x()
        at = int(np.searchsorted(self._edges, x, side="right")) - 1
        if 0 <= at < len(self._edges) - 1:
            inside = (self._x0 >= self._edges[at]) & (self._x0 < self._edges[at + 1])
            ids = self._event_ids[np.flatnonzero(inside)]
            if len(ids):
                self.sig_events_clicked.emit([str(e) for e in ids])

