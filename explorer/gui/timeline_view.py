"""The timeline: the events in view on a date axis, in lanes, linked to the shared selection.

Dated day events are points (one ``ScatterPlotItem``), events spanning more than a
day are bars (one ``BarGraphItem``); undated events are counted in the toolbar and
selectable from there, never placed. Lanes are documents, entities or clusters.
Events of one cross-source cluster are joined by a connector (red and marked "⚠"
when the sources disagree). The wheel zooms time, a drag pans it, Shift+drag or
the Brush button draws a time window that is the selection's ``time_range``; the
window filters the other views but here only dims what lies outside it, so it can
be moved. Checked entities narrow the timeline. Layout lives in ``timeline.layout``
(Qt-free), tooltips in ``timeline.hover``, pyqtgraph pieces in ``timeline.plot``.
Past ``SMALL_LIMIT`` placements the drawing goes to ``timeline.layer``, which paints
only what is on screen, and a density while too many are (zoom in to see events).

Preview: ``python -m explorer.gui.timeline_view [--screenshot FILE.png]``.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QToolTip,
                               QVBoxLayout, QWidget)

from explorer.gui.timeline.hover import date_words, event_tooltip
from explorer.gui.timeline.layer import DETAIL_LIMIT, EventLayer
from explorer.gui.timeline.layout import (DAY, LANE_MODES, Placements, cluster_codes, cluster_paths, day_seconds,
                                          event_extents, place_events, window_dates)
from explorer.gui.timeline.plot import POINT_SIZE, Styles, TimelineItems, TimelineViewBox, conflict_marks, hit

HOVER_RATE = 20  # tooltip look-ups per second at most
MIN_SPAN = 7 * DAY  # "Fit all" never shows less than a week
MAX_LABEL_WIDTH = 260
MAX_LANE_LABELS = 60  # with more lanes than fit, every n-th is labelled (thousands of labels would overprint)
KEPT_LAYOUTS = 2  # a filter and the layout without it
SMALL_LIMIT = 20_000  # placements drawn as pyqtgraph items; more go to the EventLayer (visible ones only)


_NEVER = object()


class TimelineView(QWidget):
    """Events on a date axis in lanes; writes and follows the session's selection."""

    sig_event_clicked = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._mode = "document"
        self._placed = Placements()
        self._big = False  # drawn by the EventLayer
        self._rows = np.empty(0, dtype=np.int64)  # each placement's row in session.events
        self._arrays = None  # (lookup, x0, x1, cluster code per event, conflicted per code) for session.events
        self._layouts: dict[tuple, tuple[Placements, np.ndarray]] = {}  # recent layouts, newest last
        self._cluster_paths: dict[str, np.ndarray] | None = {}
        self._hover_index: int | None = None
        self._setting_region = False
        self._fitted_path: object = _NEVER  # the workspace the view last fitted itself to
        self._build_toolbar()
        self._build_plot()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(self._toolbar)
        layout.addWidget(self.plot, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        session.sig_workspace_loaded.connect(self._on_workspace_loaded)
        session.sig_selection_changed.connect(self._on_selection_changed)
        self._on_workspace_loaded()

    # ----------------------------------------------------------------- building
    def _build_toolbar(self) -> None:
        self._toolbar = QHBoxLayout()
        self._toolbar.setContentsMargins(4, 0, 4, 0)
        self.lane_combo = QComboBox(self)
        for mode, label in LANE_MODES.items():
            self.lane_combo.addItem(label, mode)
        self.lane_combo.setToolTip("What each lane (row) of the timeline is")
        self.lane_combo.currentIndexChanged.connect(lambda _: self.set_lane_mode(self.lane_combo.currentData()))
        self.brush_button = self._tool_button("Brush", "Drag to draw a time window (or Shift+drag)", self._on_brush_toggled)
        self.brush_button.setCheckable(True)
        self.clear_button = self._tool_button("Clear window", "Remove the time window (Esc)", self.clear_window)
        self.fit_button = self._tool_button("Fit all", "Show all events (Home)", self.fit_all)
        self.compare_button = self._tool_button(
            "Compare sources", "Open every source that reports the selected event side by side (or double-click it)",
            self.compare_selected)
        self.window_label = QLabel(self)
        self.density_label = QLabel(self)
        self.undated_button = QPushButton(self)
        self.undated_button.setToolTip("Events with no known date are not placed; click to select them")
        self.undated_button.clicked.connect(self.select_undated)
        self._toolbar.addWidget(QLabel("Lanes:", self))
        for widget in (self.lane_combo, self.brush_button, self.clear_button, self.fit_button, self.compare_button,
                       self.window_label):
            self._toolbar.addWidget(widget)
        self._toolbar.addStretch(1)
        self._toolbar.addWidget(self.density_label)
        self._toolbar.addWidget(self.undated_button)

    def _tool_button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _build_plot(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.styles = Styles(text)
        self.view_box = TimelineViewBox()
        self.view_box.invertY(True)
        axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        self.plot = pg.PlotWidget(self, background=palette.color(QPalette.ColorRole.Base),
                                  viewBox=self.view_box, axisItems={"bottom": axis})
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=True, y=True, alpha=0.18)
        for name in ("bottom", "left"):
            item.getAxis(name).setPen(text)
            item.getAxis(name).setTextPen(text)
        item.getAxis("left").setStyle(tickLength=0)
        self.items = TimelineItems(item, self.styles)
        self.layer = EventLayer(self.styles, POINT_SIZE)
        self.layer.setZValue(self.items.points.zValue() + 0.5)
        item.addItem(self.layer, ignoreBounds=True)
        self.view_box.sigXRangeChanged.connect(lambda *_: self._show_density_note())
        self.view_box.sigResized.connect(lambda *_: self._label_lanes())
        self.region = self.items.region
        self.empty_label = pg.TextItem("", color=text, anchor=(0.5, 0.5))
        self.view_box.addItem(self.empty_label, ignoreBounds=True)
        self.region.sigRegionChangeFinished.connect(self._on_region_edited)
        self.view_box.sig_brush_dragged.connect(self._on_brush_dragged)
        self.view_box.sig_clicked.connect(self._on_clicked)
        # pyqtgraph's scene reports a Qt 6 double click as a single one: catch it on the viewport
        self.plot.viewport().installEventFilter(self)
        for scatter in self.items.scatters:
            scatter.sigClicked.connect(self._on_scatter_clicked)  # a scatter takes clicks on its points
        self.view_box.disableAutoRange()
        self._hover_proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=HOVER_RATE,
                                           slot=self._on_mouse_moved)

    # ------------------------------------------------------------- public API
    def set_lane_mode(self, mode: str) -> None:
        """Lanes by ``"document"``, ``"entity"`` or ``"cluster"``; keeps the time range shown."""
        if mode not in LANE_MODES:
            raise ValueError(f"unknown lane mode {mode!r}")
        self._mode = mode
        index = self.lane_combo.findData(mode)
        if self.lane_combo.currentIndex() != index:
            self.lane_combo.setCurrentIndex(index)  # calls back here once
            return
        self._rebuild()

    def lane_mode(self) -> str:
        return self._mode

    def lane_names(self) -> list[str]:
        """The lanes' labels, top to bottom."""
        return list(self._placed.lane_names)

    def event_points(self) -> list[tuple[str, float, float, str]]:
        """Every placement as (event_id, x seconds, y, "point" or "bar"), x the bar's centre."""
        placed = self._placed
        kinds = np.where(placed.is_bar, "bar", "point")
        return list(zip(placed.event_id.tolist(), placed.x.tolist(), placed.y.tolist(), kinds.tolist()))

    def undated_event_ids(self) -> list[str]:
        return list(self._placed.undated_ids)

    def cluster_connectors(self) -> dict[str, list[tuple[float, float]]]:
        """The connector drawn for each cluster: its vertices (x, y), joining ≥ 2 placements."""
        if self._cluster_paths is None:  # a big timeline draws them as it paints: work them out when asked
            self._cluster_paths = cluster_paths(self._placed, self.session.events["cluster_id"])
        return {cid: [tuple(v) for v in path] for cid, path in self._cluster_paths.items()}

    def visible_x_range(self) -> tuple[float, float]:
        (x0, x1), _ = self.view_box.viewRange()
        return float(x0), float(x1)

    def set_x_range(self, x0: float, x1: float) -> None:
        self.view_box.setXRange(x0, x1, padding=0)

    def zoom(self, factor: float, center_x: float | None = None) -> None:
        """Magnify time by ``factor`` (> 1 zooms in) around ``center_x`` (default: the middle)."""
        x0, x1 = self.visible_x_range()
        center = (x0 + x1) / 2 if center_x is None else center_x
        self.view_box.scaleBy(x=1.0 / factor, center=QPointF(center, 0))

    def fit_all(self) -> None:
        """Show every placed event (and the lanes, always all of them)."""
        placed = self._placed
        if len(placed):
            lo, hi = float(placed.x0.min()), float(placed.x1.max())
        else:
            lo = hi = day_seconds(_today())
        pad = max(hi - lo, MIN_SPAN) * 0.04
        middle, half = (lo + hi) / 2, max(hi - lo, MIN_SPAN) / 2
        self.view_box.setXRange(middle - half - pad, middle + half + pad, padding=0)

    def brush(self, start_iso: str, end_iso: str) -> None:
        """Set the time window to the inclusive ISO dates, as a Shift+drag would."""
        self._commit_window(day_seconds(start_iso), day_seconds(end_iso) + DAY)

    def clear_window(self) -> None:
        """Remove the time window (the selection's ``time_range``)."""
        self.session.selection.update(time_range=None, origin=self)
        self._show_window()
        self._restyle()

    def select_undated(self) -> None:
        """Select the undated events in view (they are listed, not placed)."""
        self.session.selection.update(event_ids=self._placed.undated_ids, origin=self)
        self._draw_selected()

    def event_at(self, x: float, y: float) -> str | None:
        """The event drawn at view point (x, y), within a few pixels, or None."""
        index = self._hit(x, y)
        return None if index is None else str(self._placed.event_id[index])

    def tooltip_text(self, event_id: str) -> str:
        return event_tooltip(self.session, event_id)

    # ------------------------------------------------------------------ drawing
    def _on_workspace_loaded(self) -> None:
        """Redraw; fit everything in only for a different workspace (an edit keeps the analyst's zoom)."""
        self._layouts.clear()
        self._rebuild()
        if self._fitted_path != self.session.path:
            self._fitted_path = self.session.path
            self.fit_all()

    def _timeline_events(self):
        """Events the checked entities let through (the time window only dims, never hides), their
        rows in ``session.events`` and their extents."""
        state = replace(self.session.selection.state, time_range=None)
        lookup, x0, x1, _, _ = self._event_arrays()
        mask = lookup.mask(state)
        return lookup.in_view(state), np.flatnonzero(mask), (x0[mask], x1[mask])

    def _event_arrays(self):
        """Per-workspace arrays over ``session.events``: extents and cluster codes (built once per tables)."""
        lookup = self.session.event_lookup
        if self._arrays is None or self._arrays[0] is not lookup:
            events = self.session.events
            self._arrays = (lookup, *event_extents(events), *cluster_codes(events, self.session.tables["clusters"]))
        return self._arrays

    def _layout(self) -> tuple[Placements, np.ndarray]:
        """The placements for the lane mode and filters, and each one's row in ``session.events``.

        The last two layouts are kept, so clearing a filter goes back to the layout before
        it without placing a million events again.
        """
        state = self.session.selection.state
        key = (self.session.event_lookup, self._mode, state.filter_entity_ids, state.filter_event_ids)
        layout = self._layouts.pop(key, None)
        if layout is None:
            events, rows, extents = self._timeline_events()
            placed = place_events(events, self.session, self._mode, state.filter_entity_ids, extents=extents)
            layout = (placed, rows[placed.event_row])
        self._layouts[key] = layout
        while len(self._layouts) > KEPT_LAYOUTS:
            del self._layouts[next(iter(self._layouts))]
        return layout

    def _rebuild(self) -> None:
        self._placed, self._rows = self._layout()
        self._big = len(self._placed) > SMALL_LIMIT
        self._hover_index = None
        self._draw_lanes()
        self._draw_connectors()
        self._restyle()
        self._draw_selected()
        self._show_window()
        self._show_undated()
        self._update_compare_button()
        self._show_density_note()

    def _draw_lanes(self) -> None:
        names = self._placed.lane_names or [""]
        self._label_lanes()
        n = len(names)
        self.view_box.setLimits(yMin=-0.5, yMax=n - 0.5, minXRange=6 * 3600, maxXRange=200 * 365 * DAY)
        self.view_box.setYRange(-0.5, n - 0.5, padding=0)
        empty = not len(self._placed)
        self.empty_label.setText("No dated events in view" if empty else "")
        if empty:
            x0, x1 = self.visible_x_range()
            self.empty_label.setPos((x0 + x1) / 2, (n - 1) / 2)

    def _label_lanes(self) -> None:
        """Name the lanes on the left axis; when more lanes than fit, every n-th (again on resize)."""
        names = self._placed.lane_names or [""]
        axis = self.plot.getPlotItem().getAxis("left")
        metrics = QFontMetrics(axis.font() if hasattr(axis, "font") else self.font())
        height = self.view_box.height()
        room = int(height / (2.4 * metrics.lineSpacing())) if height > 0 else MAX_LANE_LABELS  # two lines a label
        step = -(-len(names) // max(1, min(MAX_LANE_LABELS, room)))
        labelled = [(i, names[i]) for i in range(0, len(names), step)]
        axis.setTicks([labelled, []])
        widest = max((metrics.horizontalAdvance(line) for _, name in labelled for line in name.split("\n")), default=0)
        axis.setWidth(min(MAX_LABEL_WIDTH, widest + 16))

    def _draw_connectors(self) -> None:
        """Small timelines: every cluster's connector as pyqtgraph curves. Big ones: the layer draws
        the connectors of clusters on screen as it paints; only the few "⚠" marks are items."""
        clusters = self.session.tables["clusters"]
        if self._big:
            _, _, _, codes, conflicted = self._event_arrays()
            code = codes[self._rows]
            self._cluster_paths = None
            self.items.draw_connectors({}, set())
            self.items.conflict_marks.setData(pos=conflict_marks(self._placed, code, conflicted))
            self.layer.set_placements(self._placed, code, conflicted)
            return
        self.layer.set_placements(Placements(), np.empty(0, dtype=np.int64), np.empty(0, dtype=bool))
        self._cluster_paths = cluster_paths(self._placed, self.session.events["cluster_id"])
        conflicted = set(clusters.loc[clusters["conflict"].fillna("").astype(str) != "", "cluster_id"].astype(str))
        self.items.draw_connectors(self._cluster_paths, conflicted)

    def _dimmed(self) -> np.ndarray:
        window = self.session.selection.state.time_range
        placed = self._placed
        if window is None or not len(placed):
            return np.zeros(len(placed), dtype=bool)
        start, end = day_seconds(window[0]), day_seconds(window[1]) + DAY
        return (placed.x1 <= start) | (placed.x0 >= end)

    def _restyle(self) -> None:
        """Redraw points and bars with their lane colours, dimmed outside the window."""
        if self._big:
            self.items.draw_events(Placements(), np.empty(0, dtype=bool))
            self.layer.set_dimmed(self._dimmed())
        else:
            self.items.draw_events(self._placed, self._dimmed())

    def _selected_mask(self) -> np.ndarray:
        selected = self.session.selection.state.event_ids
        if not selected or not len(self._placed):
            return np.zeros(len(self._placed), dtype=bool)
        chosen = np.zeros(len(self.session.events), dtype=bool)
        chosen[self.session.event_lookup.positions_of(selected)] = True
        return chosen[self._rows]

    def _show_density_note(self) -> None:
        x0, x1 = self.visible_x_range()
        count = self.layer.visible_count(x0, x1) if self._big else 0
        dense = count > DETAIL_LIMIT
        self.density_label.setText("Density: zoom in" if dense else "")
        self.density_label.setToolTip(f"{count:,} events on screen, too many to draw one by one: each small square\n"
                                      "is as bright as the number of events in it. Zoom in to see each event."
                                      if dense else "")

    def _draw_selected(self) -> None:
        self.items.draw_selected(self._placed, self._selected_mask())

    def _scroll_to_selected(self) -> None:
        """Bring the selected events into view if any is off-screen (keeping the zoom if they fit)."""
        mask = self._selected_mask()
        if not mask.any():
            return
        lo, hi = float(self._placed.x0[mask].min()), float(self._placed.x1[mask].max())
        x0, x1 = self.visible_x_range()
        if lo >= x0 and hi <= x1:
            return
        width = x1 - x0
        if hi - lo <= width * 0.9:
            middle = (lo + hi) / 2
            self.set_x_range(middle - width / 2, middle + width / 2)
        else:
            pad = (hi - lo) * 0.05
            self.set_x_range(lo - pad, hi + pad)

    def _show_undated(self) -> None:
        count = len(self._placed.undated_ids)
        self.undated_button.setText(f"{count} undated event{'' if count == 1 else 's'}")
        self.undated_button.setEnabled(count > 0)

    # ------------------------------------------------------------ time window
    def _show_window(self) -> None:
        """Move (or hide) the region to the selection's time range, without echoing it back."""
        window = self.session.selection.state.time_range
        self.clear_button.setEnabled(window is not None)
        if window is None:
            self.region.hide()
            self.window_label.setText("")
            return
        self.window_label.setText(f"Window: {date_words(window[0], window[0])} – {date_words(window[1], window[1])}")
        self._set_region(day_seconds(window[0]), day_seconds(window[1]) + DAY)

    def _set_region(self, x0: float, x1: float) -> None:
        self._setting_region = True
        try:
            self.region.setRegion((x0, x1))
        finally:
            self._setting_region = False
        self.region.show()

    def _on_brush_dragged(self, x0: float, x1: float, finished: bool) -> None:
        if finished:
            self._commit_window(x0, x1)
        else:
            self._set_region(min(x0, x1), max(x0, x1))

    def _on_region_edited(self) -> None:
        if not self._setting_region and self.region.isVisible():
            self._commit_window(*self.region.getRegion())

    def _commit_window(self, x0: float, x1: float) -> None:
        self.session.selection.update(time_range=window_dates(x0, x1), origin=self)
        self._show_window()  # snaps the region to whole days
        self._restyle()

    def _on_brush_toggled(self, checked: bool) -> None:
        self.view_box.brush_mode = checked

    # ------------------------------------------------------- selection, mouse
    def _on_selection_changed(self, changed: set, origin: object) -> None:
        if origin is self:
            return
        if changed & {"filter_entity_ids", "filter_event_ids"}:
            self._rebuild()
        elif "time_range" in changed:
            self._show_window()
            self._restyle()
        if "event_ids" in changed:
            self._draw_selected()
            self._scroll_to_selected()
        self._update_compare_button()

    def _hit(self, x: float, y: float) -> int | None:
        if not self._big:
            return hit(self._placed, self.view_box.viewPixelSize(), x, y)
        rows = self.layer.visible_rows(*self.visible_x_range())  # only what is on screen can be pointed at
        index = hit(self._placed.take(rows), self.view_box.viewPixelSize(), x, y)
        return None if index is None else int(rows[index])

    def _on_clicked(self, x: float, y: float) -> None:
        self.setFocus()
        event_id = self.event_at(x, y)
        selection = self.session.selection
        if event_id is None:
            selection.update(event_ids=(), origin=self)
        else:
            doc_id = str(self.session.events.at[event_id, "doc_id"])
            selection.update(event_ids={event_id}, doc_ids={doc_id}, origin=self)
            self.sig_event_clicked.emit(event_id)
        self._draw_selected()
        self._update_compare_button()

    def _on_scatter_clicked(self, _scatter, _points, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.view_box.mapSceneToView(ev.scenePos())
            self._on_clicked(point.x(), point.y())

    def _on_double_clicked(self, x: float, y: float) -> None:
        """Double-clicking an event several sources report opens them side by side."""
        self._on_clicked(x, y)
        self.compare_selected()

    def selected_cluster(self) -> str:
        """The cluster of the first selected event that has one ("" when none does)."""
        events = self.session.events
        clusters = [events.at[e, "cluster_id"] for e in sorted(self.session.state.event_ids) if e in events.index]
        return next((c for c in clusters if c), "")

    def compare_selected(self) -> None:
        self.session.request_review(self.selected_cluster())

    def _update_compare_button(self) -> None:
        self.compare_button.setEnabled(bool(self.selected_cluster()))

    def _on_mouse_moved(self, args) -> None:
        scene_pos = args[0]
        index = None
        if self.view_box.sceneBoundingRect().contains(scene_pos):
            point = self.view_box.mapSceneToView(scene_pos)
            index = self._hit(point.x(), point.y())
        if index == self._hover_index and (index is None or QToolTip.isVisible()):  # shown again if it was hidden
            return
        self._hover_index = index
        if index is None:
            QToolTip.hideText()
            return
        view_pos = self.plot.mapFromScene(scene_pos)
        QToolTip.showText(self.plot.viewport().mapToGlobal(view_pos),
                          self.tooltip_text(str(self._placed.event_id[index])), self.plot)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if (watched is self.plot.viewport() and event.type() == QEvent.Type.MouseButtonDblClick
                and event.button() == Qt.MouseButton.LeftButton):
            point = self.view_box.mapSceneToView(self.plot.mapToScene(event.position().toPoint()))
            self._on_double_clicked(point.x(), point.y())
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape:
            self.clear_window()
        elif event.key() == Qt.Key.Key_Home:
            self.fit_all()
        else:
            super().keyPressEvent(event)


def _today() -> str:
    return dt.date.today().isoformat()


def main(argv: list[str] | None = None) -> int:
    """Show the timeline on the sample workspace; ``--screenshot FILE.png`` saves it and exits."""
    from PySide6.QtWidgets import QApplication

    from explorer.gui.preview import sample_session

    argv = sys.argv[1:] if argv is None else argv
    app = QApplication.instance() or QApplication(sys.argv[:1])
    view = TimelineView(sample_session())
    view.setWindowTitle("Explorer — timeline")
    view.resize(1100, 500)
    view.show()
    if argv[:1] == ["--screenshot"] and len(argv) > 1:
        app.processEvents()
        return 0 if view.grab().save(argv[1]) else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
