"""The timeline: the events in view on a date axis, in lanes, linked to the shared selection.

Dated day events are points (one ``ScatterPlotItem``), events spanning more than a
day are bars (one ``BarGraphItem``); undated events are counted in the toolbar and
selectable from there, never placed. Lanes are documents, entities or clusters.
Events of one cross-source cluster are joined by a connector (red and marked "⚠"
when the sources disagree). The wheel zooms time, a drag pans it, Shift+drag or
the Brush button draws a time window that is the selection's ``time_range``; the
window filters the other views but here only dims what lies outside it, so it can
be moved. Checked entities and search narrowing narrow the timeline; *Fit to
selection* (Shift+Home) then zooms to what is left, or to the selected events.
The overview strip above the plot (``timeline.overview``) shows the events in view over their whole span, with the
visible range marked and draggable; the lanes can be ordered by events or by first date (``timeline.lane_order``).
Lanes are planned once per workspace and lane mode in ``timeline.lanes`` (a filter
then takes a subset of the whole layout), placed in ``timeline.layout`` (both
Qt-free); tooltips are ``timeline.hover``, the toolbar ``timeline.toolbar``, the
time window ``timeline.window``, the lane labels ``timeline.lane_axis`` and the
other pyqtgraph pieces ``timeline.plot``. Past ``SMALL_LIMIT`` placements the
drawing goes to ``timeline.layer``, which paints only what is on screen, and a
density while too many are (zoom in to see events); the layout is then lazy
(``layout.Placements``): the events on screen, under the pointer or selected are laid
out when drawn, so opening, a filter or a time window costs array passes over the
events, not their layout.

Preview: ``python -m explorer.gui.timeline.view [--screenshot FILE.png]``.
"""

from __future__ import annotations

import datetime as dt
import sys
import weakref

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.core.selection import EVENT_IDS, NARROWING, TIME_RANGE
from explorer.gui.echo import Echo
from explorer.gui.timeline.date_axis import DateAxis
from explorer.gui.timeline.density import events_histogram
from explorer.gui.timeline.hover import event_tooltip
from explorer.gui.timeline.lane_axis import LaneAxis
from explorer.gui.timeline.lane_order import LANE_ORDERS, PLAN_ORDER
from explorer.gui.timeline.lanes import Layouts
from explorer.gui.timeline.layer import DETAIL_LIMIT, EventLayer, in_conflict
from explorer.gui.timeline.layout import DAY, LANE_MODES, LAZY_LIMIT, Placements, cluster_paths, day_seconds
from explorer.gui.timeline.overview import DensityStrip
from explorer.gui.timeline.plot import (DATE_LEGEND, HIT_RADIUS_PX, POINT_SIZE, PlotNote, Styles, TimelineItems,
                                        TimelineViewBox, hit)
from explorer.gui.timeline.pointer import PlotPointer
from explorer.gui.timeline.toolbar import TimelineToolbar
from explorer.gui.timeline.window import TimeWindow
from explorer.gui.triage.mark_actions import MarkActions, picked_events

MIN_SPAN = 7 * DAY  # "Fit all" and "Fit to selection" never show less than a week
OVERVIEW_FROM_HEIGHT = 360  # pixels: a shorter timeline hides its overview strip (its lanes need every row then)
SELECTED_BY_DAY = 1000  # selected events a lazy layout finds by their day; more by reading every placement
SMALL_LIMIT = LAZY_LIMIT  # placements drawn as pyqtgraph items; more go to the EventLayer (visible ones only)


_NEVER = object()


class TimelineView(QWidget):
    """Events on a date axis in lanes; writes and follows the session's selection."""

    sig_event_clicked = Signal(str)

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)  # gestures written with this view as origin; its own notices ignored
        # S, F, R star, flag, mark reviewed the selected events (triage), as in the event table
        self.marks = MarkActions(session, self, lambda: picked_events(session, sorted(session.state.event_ids)),
                                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._mode = "document"
        self._order = PLAN_ORDER  # the lanes' order, kept while the window is open (a workspace opened keeps it)
        self._histogram_of: weakref.ref | None = None  # the placements the overview strip counts
        self._placed = Placements()
        self._big = False  # drawn by the EventLayer
        self.layouts = Layouts()
        self._layouts = self.layouts.recent  # the filtered layouts kept (bench/interaction_scale.py drops them)
        self._cluster_paths: dict[str, np.ndarray] | None = {}
        self._fitted_path: object = _NEVER  # the workspace the view last fitted itself to
        self._selected: tuple[tuple, np.ndarray] | None = None  # ((layout, selection), its placements' mask)
        self._build_toolbar()
        self._build_plot()
        self.overview = DensityStrip(self, self.view_box)
        self.time_window = TimeWindow(session, self, self.items.region, self.window_note, self.toolbar)
        self.time_window.sig_window_written.connect(self._restyle)
        self.time_window.sig_window_written.connect(self._update_fit_selection)
        self.view_box.sig_brush_dragged.connect(self.time_window.on_brush_dragged)
        for changed in (self.view_box.sigXRangeChanged, self.view_box.sigResized):
            changed.connect(lambda *_: self.time_window.place_note())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar.bar)
        layout.addWidget(self.overview)
        layout.addWidget(self.plot, 1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        session.on_tables(self._on_workspace_loaded, self._tables_shown, changed=self._on_tables_changed)
        session.sig_selection_changed.connect(self._on_selection_changed)
        self._on_workspace_loaded()

    # ----------------------------------------------------------------- building
    def _build_toolbar(self) -> None:
        self.toolbar = toolbar = TimelineToolbar(self)
        self.lane_combo, self.brush_button, self.clear_button = toolbar.lane_combo, toolbar.brush_button, \
            toolbar.clear_button
        self.fit_button, self.compare_button, self.undated_button = toolbar.fit_button, toolbar.compare_button, \
            toolbar.undated_button
        self.fit_selection_button = toolbar.fit_selection_button
        self.lane_combo.currentIndexChanged.connect(lambda _: self.set_lane_mode(self.lane_combo.currentData()))
        self.order_button, self.order_actions = toolbar.order_button, toolbar.order_actions
        for order, action in self.order_actions.items():
            action.triggered.connect(lambda _checked=False, order=order: self.set_lane_order(order))
        self.brush_button.clicked.connect(self._on_brush_toggled)
        self.clear_button.clicked.connect(self.clear_window)
        self.fit_button.clicked.connect(self.fit_all)
        self.fit_selection_button.clicked.connect(self.fit_selection)
        self.compare_button.clicked.connect(self.compare_selected)
        self.undated_button.clicked.connect(self.select_undated)

    def _build_plot(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.styles = Styles(text)
        self.view_box = TimelineViewBox()
        self.view_box.invertY(True)
        axis = DateAxis()
        self.lane_axis = LaneAxis(self.font())
        self.plot = pg.PlotWidget(self, background=palette.color(QPalette.ColorRole.Base),
                                  viewBox=self.view_box, axisItems={"bottom": axis, "left": self.lane_axis})
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.showGrid(x=True, y=True, alpha=0.18)
        for name in ("bottom", "left"):
            item.getAxis(name).setPen(text)
            item.getAxis(name).setTextPen(text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        item.getAxis("bottom").setLabel(DATE_LEGEND, color=muted, **{"font-size": "8pt"})
        self.items = TimelineItems(item, self.styles)
        self.layer = EventLayer(self.styles, POINT_SIZE)
        self.layer.setZValue(self.items.points.zValue() + 0.5)
        item.addItem(self.layer, ignoreBounds=True)
        self.view_box.sigResized.connect(lambda *_: self._label_lanes())
        self.empty_label = pg.TextItem("", color=text, anchor=(0.5, 0.5))
        self.window_note = PlotNote(self.styles, palette.color(QPalette.ColorRole.Base), anchor=(0.5, 0))
        self.density_note = PlotNote(self.styles, palette.color(QPalette.ColorRole.Base), anchor=(1, 1))
        for label in (self.empty_label, self.window_note, self.density_note):
            self.view_box.addItem(label, ignoreBounds=True)
        for changed in (self.view_box.sigXRangeChanged, self.view_box.sigResized):
            changed.connect(lambda *_: self._show_density_note())
        self.view_box.disableAutoRange()
        self.pointer = PlotPointer(self, self.plot, self.view_box, self.items.scatters, self._pointed_at,
                                   self._tooltip_of)
        self.pointer.sig_clicked.connect(self._on_clicked)
        self.pointer.sig_double_clicked.connect(self._on_double_clicked)

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

    def set_lane_order(self, order: str) -> None:
        """Lanes in their usual order (``"plan"``), most events in view first (``"count"``) or earliest first
        event first (``"first"``); keeps the time range shown."""
        if order not in LANE_ORDERS:
            raise ValueError(f"unknown lane order {order!r}")
        self.order_actions[order].setChecked(True)
        if order != self._order:
            self._order = order
            self._rebuild()

    def lane_order(self) -> str:
        return self._order

    def lane_names(self) -> list[str]:
        """The lanes' labels, top to bottom."""
        return list(self._placed.lane_names)

    def event_points(self) -> list[tuple[str, float, float, str]]:
        """Every placement as (event_id, x seconds, y, "point" or "bar"), x the bar's centre (a big
        timeline's all laid out, in time order: for tests and tools, not drawing)."""
        placed = self._placed.laid_out_whole()
        kinds = np.where(placed.is_bar, "bar", "point")
        return list(zip(placed.event_id.tolist(), placed.x.tolist(), placed.y.tolist(), kinds.tolist()))

    def undated_event_ids(self) -> list[str]:
        return [str(e) for e in self._placed.undated_ids]

    def cluster_connectors(self) -> dict[str, list[tuple[float, float]]]:
        """The connector drawn for each cluster: its vertices (x, y), joining ≥ 2 placements."""
        if self._cluster_paths is None:  # a big timeline draws them as it paints: work them out when asked
            self._cluster_paths = cluster_paths(self._placed.laid_out_whole(), self.session.events["cluster_id"])
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
            self._show_span(*placed.extent)
        else:
            self._show_span(day_seconds(_today()), day_seconds(_today()))

    def _show_span(self, lo: float, hi: float) -> None:
        """Show [lo, hi] seconds, at least ``MIN_SPAN`` wide, with 4 % room on each side."""
        span = max(hi - lo, MIN_SPAN)
        middle, pad = (lo + hi) / 2, span * 0.04
        self.view_box.setXRange(middle - span / 2 - pad, middle + span / 2 + pad, padding=0)

    def fit_selection(self) -> None:
        """Show the selected events, else those the filters leave (see ``_fit_target``), with a little room."""
        target = self._fit_target()
        if len(target):
            self._show_span(float(self._placed.x0[target].min()), float(self._placed.x1[target].max()))

    def brush(self, start_iso: str, end_iso: str) -> None:
        """Set the time window to the inclusive ISO dates, as a Shift+drag would."""
        self.time_window.commit(day_seconds(start_iso), day_seconds(end_iso) + DAY)

    def clear_window(self) -> None:
        """Remove the time window (the selection's ``time_range``)."""
        self.time_window.clear()

    def select_undated(self) -> None:
        """Select the undated events in view (they are listed, not placed)."""
        self.echo.update(event_ids=self._placed.undated_ids)
        self._draw_selected()
        self._update_fit_selection()

    def event_at(self, x: float, y: float) -> str | None:
        """The event drawn at view point (x, y), within a few pixels, or None."""
        index = self._hit(x, y)
        return None if index is None else self._placed.event_id_at(index)

    def tooltip_text(self, event_id: str) -> str:
        return event_tooltip(self.session, event_id)

    def _pointed_at(self, scene_pos) -> tuple[str, int] | None:
        """What a tooltip would describe at ``scene_pos``: ("event", placement) or ("lane", lane)."""
        if self.view_box.sceneBoundingRect().contains(scene_pos):
            point = self.view_box.mapSceneToView(scene_pos)
            index = self._hit(point.x(), point.y())
            return None if index is None else ("event", index)
        lane = self.lane_axis.lane_at(scene_pos)
        return None if lane is None else ("lane", lane)

    def _tooltip_of(self, target: tuple[str, int]) -> str:
        kind, index = target
        return self.tooltip_text(self._placed.event_id_at(index)) if kind == "event" else \
            self.lane_axis.tooltip_of(index)

    # ------------------------------------------------------------------ drawing
    def _tables_shown(self) -> set[str]:
        """The tables drawn: entities' names only label lanes by entity."""
        return {"events", "clusters", "documents"} | ({"entities"} if self._mode == "entity" else set())

    def _on_workspace_loaded(self) -> None:
        """Redraw; fit everything in only for a different workspace (an edit keeps the analyst's zoom)."""
        self.layouts.forget_layouts()
        self.layer.forget_kept()
        self._rebuild()
        if self._fitted_path != self.session.path:
            self._fitted_path = self.session.path
            self.fit_all()

    def _on_tables_changed(self, _names: frozenset[str]) -> None:
        """An edit: redraw, keeping the lanes it leaves as they were (and what the layer prepared to draw
        them) and the analyst's zoom."""
        if not self.layouts.after_edit(self.session):
            self.layer.forget_kept()
        self._rebuild()

    def _rebuild(self) -> None:
        self._placed = self.layouts.layout(self.session, self._mode, self._order)
        self._selected = None
        self._big = len(self._placed) > SMALL_LIMIT
        self.pointer.forget_hover()
        self._draw_lanes()
        self._draw_connectors()
        if self.layouts.is_whole(self._placed):  # (no filter: what filters kept is bounded by its bytes alone)
            self.layouts.keep_within_budget()
            self.layer.keep_within_budget()
        self._restyle()
        self._draw_selected()
        self.time_window.show()
        self.toolbar.show_undated(len(self._placed.undated_ids))
        self._update_compare_button()
        self._update_fit_selection()
        self._show_density_note()
        self._show_overview()

    def _show_overview(self) -> None:
        """Count the placements' events for the overview strip, once per placements (a pan or zoom only moves its
        region); from the arrays the layout holds (``density``: binary searches over a big layout's starts)."""
        placed = self._placed
        if self._histogram_of is not None and self._histogram_of() is placed:
            return
        self._histogram_of = weakref.ref(placed)
        arrays = self.layouts.arrays_of(self.session)
        entity = self._mode == "entity"
        self.overview.show_histogram(events_histogram(placed, not entity, arrays.start_rank if entity else None,
                                                      arrays.rank_starts if entity and not placed.laid_out else None))

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
        # (a filter's lanes are some of its lane plan's: their titles counted once, over the plan's)
        plan = self.layouts.plans.get(self._mode)
        family = None if plan is None else (self._mode, weakref.ref(plan))  # (not the id: a new plan may reuse it)
        self.lane_axis.set_lanes(self._placed.lane_names or [""], self.view_box.height(), family)
        self.overview.align_with(int(self.lane_axis.maximumWidth()))

    def _draw_connectors(self) -> None:
        """Small timelines: every cluster's connector as pyqtgraph curves. Big ones: the layer draws
        the connectors of clusters on screen as it paints; only the few "⚠" marks are items."""
        if self._big:
            arrays = self.layouts.arrays_of(self.session)
            self._cluster_paths = None
            self.items.draw_connectors({}, set())
            self.layer.set_placements(self._placed, arrays.cluster_code, arrays.conflicted,
                                      keep=self.layouts.is_whole(self._placed), certainty=arrays.certainty,
                                      members=arrays.cluster_members, placed_rows=arrays.by_start)
            self.items.conflict_marks.setData(pos=self.layer.conflict_marks())
            return
        self.layer.set_placements(Placements(), np.empty(0, dtype=np.int64), np.empty(0, dtype=bool))
        self._cluster_paths = cluster_paths(self._placed, self.session.events["cluster_id"])
        self.items.draw_connectors(self._cluster_paths, self._conflicted_drawn())

    def _conflicted_drawn(self) -> set[str]:
        """The ids of the drawn events' clusters whose sources conflict, looked up for those events only: a
        few events filtered out of ten million are drawn this way, and reading the whole clusters table's
        conflict column as text took ~90 ms of each such redraw."""
        arrays = self.layouts.arrays_of(self.session)
        if not len(self._placed) or not arrays.conflicted.any():
            return set()
        hit = in_conflict(arrays.cluster_code[self._placed.event_row], arrays.conflicted)
        # (by the drawn events' rows: a look-up by id would hash every event id of the table)
        return set(self.session.events["cluster_id"].iloc[self._placed.event_row[hit]].astype(str).tolist())

    def _window_seconds(self) -> tuple[float, float] | None:
        """The time window as [start, end) seconds (its last day whole), or None when there is none."""
        window = self.session.selection.state.time_range
        return None if window is None else (day_seconds(window[0]), day_seconds(window[1]) + DAY)

    def _dimmed(self) -> np.ndarray:
        window = self._window_seconds()
        placed = self._placed
        if window is None or not len(placed):
            return np.zeros(len(placed), dtype=bool)
        start, end = window
        return (placed.x1 <= start) | (placed.x0 >= end)

    def _restyle(self) -> None:
        """Redraw points and bars with their lane colours, dimmed outside the window (marked on the strip too)."""
        self.overview.show_window(self._window_seconds())
        if self._big:  # the layer dims by time, from the window's seconds
            self.items.draw_events(Placements(), np.empty(0, dtype=bool))
            self.layer.set_window(self._window_seconds())
        else:
            certainty = self.layouts.arrays_of(self.session).certainty
            self.items.draw_events(self._placed, self._dimmed(),
                                   certainty[self._placed.event_row] if len(certainty) else None)

    def _selected_rows(self) -> np.ndarray:
        """The placements of selected events, in order (worked out once per selection and layout: drawing it,
        scrolling to it and offering "Fit to selection" each ask, and a big layout's placements are many)."""
        selected = self.session.selection.state.event_ids
        if not selected or not len(self._placed):
            return np.empty(0, dtype=np.int64)
        key = (id(self._placed), selected)
        if self._selected is None or self._selected[0] != key:
            self._selected = (key, self._placements_of(self.session.event_lookup.positions_of(selected)))
        return self._selected[1]

    def _placements_of(self, event_rows: np.ndarray) -> np.ndarray:
        """The placements of the events at ``event_rows``: a lazy layout's few found among the placements of
        their start days (it is sorted by start), else by marking the events and reading every placement."""
        placed = self._placed
        if placed.laid_out or len(event_rows) > SELECTED_BY_DAY:
            chosen = np.zeros(len(self.session.events), dtype=bool)
            chosen[event_rows] = True
            return np.flatnonzero(chosen[placed.event_row])
        starts = self.layouts.arrays_of(self.session).x0[event_rows]
        found = [lo + np.flatnonzero(placed.event_row[lo:hi] == row) for row, lo, hi in
                 zip(event_rows.tolist(), np.searchsorted(placed.x0, starts, side="left").tolist(),
                     np.searchsorted(placed.x0, starts, side="right").tolist())]
        return np.unique(np.concatenate([np.empty(0, dtype=np.int64), *found]))

    def _fit_target(self) -> np.ndarray:
        """The placements "Fit to selection" shows: the selected ones, else those in view (not dimmed by
        the time window; checked entities and narrowing have left only events in view placed)."""
        selected = self._selected_rows()
        return selected if len(selected) else np.flatnonzero(~self._dimmed())

    def _fit_count(self) -> int:
        """How many placements ``_fit_target`` gives, counted without listing them: with none of the selected
        events placed (an undated one: the table's last row at ten million events) the target is every placement
        in view, and listing them (``flatnonzero``) made an 80 MB array at each selection, 0.1-0.2 s of the table's
        jump to its last row where the freshly mapped pages were slow to come (issue 19, run s13b)."""
        selected = self._selected_rows()
        if len(selected):
            return len(selected)
        if self._window_seconds() is None:
            return len(self._placed)  # (nothing dimmed)
        return len(self._placed) - int(np.count_nonzero(self._dimmed()))

    def _update_fit_selection(self) -> None:
        """Offer "Fit to selection" only when it would show fewer events than the workspace has dated."""
        if not self.session.selection.state.event_ids and self.session.selection.state.time_range is None:
            self.fit_selection_button.setEnabled(len(self._placed) > 0 and self._narrowed())  # (no mask)
            return
        count = self._fit_count()
        every = count == len(self._placed)
        self.fit_selection_button.setEnabled(bool(count) and (not every or self._narrowed()))

    def _narrowed(self) -> bool:
        """Whether the filters left fewer dated events placed than the workspace has (an event may
        have several placements, one per lane it is in)."""
        if self.layouts.is_whole(self._placed):
            return False
        arrays = self.layouts.arrays_of(self.session)
        if self._mode != "entity":  # one placement per dated event: counting them is enough
            return len(self._placed) < len(arrays.dated_rows)
        placed = np.zeros(len(arrays.ids), dtype=bool)
        placed[self._placed.event_row] = True  # a scatter, not a sort: a million placements take milliseconds
        return int(placed.sum()) < len(arrays.dated_rows)

    def _show_density_note(self) -> None:
        """Say, in the plot's corner, when it shows a density because too many events are on screen."""
        on_screen = self.layer.visible_count(*self.visible_x_range()) if self._big else 0
        dense = on_screen > DETAIL_LIMIT
        self.density_note.set_note(
            "Density: zoom in" if dense else "",
            f"{on_screen:,} events on screen, too many to draw one by one: each small square\n"
            "is as bright as the number of events in it. Zoom in to see each event." if dense else "")
        if dense:
            (x0, x1), (_, bottom) = self.view_box.viewRange()
            self.density_note.place(x1, bottom, x0, x1)

    def _draw_selected(self) -> None:
        self.items.draw_selected(self._placed, self._selected_rows())

    def _scroll_to_selected(self) -> None:
        """Bring the selected events into view if any is off-screen (keeping the zoom if they fit)."""
        rows = self._selected_rows()
        if not len(rows):
            return
        lo, hi = float(self._placed.x0[rows].min()), float(self._placed.x1[rows].max())
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

    # ------------------------------------------------------- selection, mouse
    def _on_brush_toggled(self, checked: bool) -> None:
        self.view_box.brush_mode = checked

    def _on_selection_changed(self, changed: set, origin: object) -> None:
        if self.echo.mine(origin):
            return
        if changed & NARROWING:
            self._rebuild()
        elif TIME_RANGE in changed:
            self.time_window.show()
            self._restyle()
        if EVENT_IDS in changed:
            self._draw_selected()
            self._scroll_to_selected()
        self._update_compare_button()
        self._update_fit_selection()

    def _hit(self, x: float, y: float) -> int | None:
        if not self._big:
            return hit(self._placed, self.view_box.viewPixelSize(), x, y)
        # only what is drawn within reach of the pointer (a day's width more: a point sits anywhere in its
        # day) can be under it: those few laid out
        reach = HIT_RADIUS_PX * self.view_box.viewPixelSize()[0] + DAY
        x0, x1 = self.visible_x_range()
        rows = self.layer.visible_rows(max(x - reach, x0), min(x + reach, x1))
        index = hit(self._placed.take(rows), self.view_box.viewPixelSize(), x, y)
        return None if index is None else int(rows[index])

    def _on_clicked(self, x: float, y: float) -> None:
        self.setFocus()
        event_id = self.event_at(x, y)
        if event_id is None:
            self.echo.update(event_ids=())
        else:
            row = self.session.event_lookup.position_of(event_id)  # (no hash table over every event id)
            doc_id = "" if row is None else str(self.session.events["doc_id"].iat[row])
            self.echo.update(event_ids={event_id}, doc_ids={doc_id})
            self.sig_event_clicked.emit(event_id)
        self._draw_selected()
        self._update_compare_button()
        self._update_fit_selection()

    def _on_double_clicked(self, x: float, y: float) -> None:
        """Double-clicking an event several sources report opens them side by side."""
        self._on_clicked(x, y)
        self.compare_selected()

    def selected_cluster(self) -> str:
        """The cluster of the first selected event that has one ("" when none does)."""
        of = self.session.events["cluster_id"]
        clusters = [of.iat[row] for row in self.session.event_lookup.positions_of(sorted(self.session.state.event_ids)).tolist()]
        return next((c for c in clusters if c), "")

    def compare_selected(self) -> None:
        self.session.request_review(self.selected_cluster())

    def _update_compare_button(self) -> None:
        self.compare_button.setEnabled(bool(self.selected_cluster()))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """Show the overview strip while the timeline is tall enough to spare it its rows; the plot takes the rows
        it leaves at once (not at the next turn of the event loop, with its lane labels planned twice)."""
        super().resizeEvent(event)
        shown = event.size().height() >= OVERVIEW_FROM_HEIGHT
        if shown != self.overview.isVisibleTo(self):
            self.overview.setVisible(shown)
            self.layout().activate()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape:
            self.clear_window()
        elif event.key() == Qt.Key.Key_Home and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.fit_selection()
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
