"""The map: the events' places on a world outline, sized by their events in view, linked to the selection.

A world outline that ships with the app (``resources/map/``: Natural Earth's 1:110m borders and
coasts, no tile server, nothing fetched) is drawn in plain longitude and latitude; each place an
event names is a circle at its coordinates from the gazetteer (``core.places``), its area
growing with the events in view there. Places the gazetteer does not know — buildings, regions
it lacks, misspellings — are listed beside the map under *Places not found*, with their counts,
never drawn at a guessed spot. The map follows the filters (checked entities, search narrowing,
the time window): only events in view are counted. Wheel zooms, drag pans; hovering a place
shows its name, its count and how the gazetteer found it; clicking a place (or a row of the
list) selects its events in view through the shared selection, so the timeline, the event table
and the source follow; the places of the selected events are ringed, whichever view selected them.

Resolving the places (the gazetteer built once per process, about a second) runs off the GUI
thread, when the map is first shown and after an edit of entities or events; counting is one
``np.bincount`` of the place column's codes over the rows in view, done when the filters change
and the map is on screen.

Preview: ``python -m explorer.gui.map.view [--screenshot FILE.png]``.
"""

from __future__ import annotations

import functools
import html
import sys

import numpy as np
import pandas as pd
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter, QToolTip, QVBoxLayout,
                               QWidget)

from explorer.core.coded import codes_of, values_at
from explorer.core.places import ResolvedPlaces, events_at_place, load_outline, place_counts
from explorer.core.selection import EVENT_IDS, FILTERS
from explorer.gui.echo import Echo
from explorer.gui.entity_types import ENTITY_TYPES
from explorer.gui.jobs import Jobs, jobs_of_its_own
from explorer.gui.map.resolving import resolve
from explorer.gui.plot_parts import ClickableViewBox, tool_button

HOVER_RATE = 20
MIN_PX, MAX_PX = 7.0, 38.0  # circle diameters of the place with one event in view and of the busiest
LABELLED = 12  # the busiest places get their name written beside them
WORLD = ((-180.0, 180.0), (-58.0, 84.0))  # the inhabited world (no Antarctica) when the map opens
HIT_SLACK_PX = 3.0
LISTED = 500  # places not found listed, the busiest first (the list is rebuilt at each filter change)
ID_ROLE = Qt.ItemDataRole.UserRole


class MapViewBox(ClickableViewBox):
    """Wheel zoom and drag pan as pyqtgraph does them, degrees kept square; left clicks reported in map
    coordinates (longitude, latitude)."""


    def __init__(self) -> None:
        super().__init__(enableMenu=False, lockAspect=True)



class MapView(QWidget):
    """The events' places on a world map and the places not found; writes and follows the session's selection."""

    sig_resolved = Signal()  # the places are resolved and drawn (or could not be: ``failure`` says why)

    def __init__(self, session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)
        self.jobs = jobs if jobs is not None else jobs_of_its_own(self)
        self._resolved: ResolvedPlaces | None = None
        self._generation = 0
        self._resolved_generation = 0
        self._stale = False  # the tables changed while the map was hidden: resolve when shown
        self._counts_stale = False  # the filters changed while hidden: count when shown
        self._ids = np.empty(0, dtype=object)  # the places drawn, busiest first
        self._xy = np.empty((0, 2))
        self._counts = np.empty(0, dtype=np.int64)
        self._sizes = np.empty(0)
        self._hovered: int | None = None
        self.failure = ""  # why the places could not be found, if they could not
        self._clicked = ""  # the place whose events the map itself selected last
        self._labels: list[pg.TextItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(self._build_toolbar())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_plot())
        splitter.addWidget(self._build_not_found())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([5, 1])  # the map most of the room, the list a narrow column
        layout.addWidget(splitter, 1)
        session.on_tables(self._on_tables_changed, {"entities", "events"})
        session.sig_selection_changed.connect(self._on_selection_changed)
        self._on_tables_changed()

    # ----------------------------------------------------------------- building
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(tool_button(self, "World", "Show the whole world", self.show_world))
        bar.addWidget(tool_button(self, "Fit places", "Zoom to the places drawn", self.fit_places))
        self.status_label = QLabel(self)
        bar.addWidget(self.status_label, 1)
        return bar


    def _build_plot(self) -> pg.PlotWidget:
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        self._text = text
        self.view_box = MapViewBox()
        self.plot = pg.PlotWidget(self, background=base, viewBox=self.view_box)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.hideAxis("left")
        item.hideAxis("bottom")
        outline = load_outline()
        line = QColor(text)
        line.setAlpha(90)
        self.outline = pg.PlotCurveItem(outline.lines[:, 0], outline.lines[:, 1], connect="finite",
                                        pen=pg.mkPen(line, width=1))
        item.addItem(self.outline)
        strong = QColor(ENTITY_TYPES["GPE"].strong)
        strong.setAlpha(170)
        self.places = pg.ScatterPlotItem(pxMode=True, brush=pg.mkBrush(strong), pen=pg.mkPen(base, width=1.2))
        self.rings = pg.ScatterPlotItem(pxMode=True, brush=pg.mkBrush(0, 0, 0, 0), pen=pg.mkPen(text, width=2.5))
        for z, graphic in ((2, self.places), (3, self.rings)):
            graphic.setZValue(z)
            item.addItem(graphic)
        for scatter in (self.places, self.rings):  # a scatter takes the clicks on its points (a ring's too)
            scatter.sigClicked.connect(self._on_scatter_clicked)
        self.view_box.sig_clicked.connect(self._on_clicked)
        self.message = pg.TextItem("", color=text, anchor=(0.5, 0.5))
        self.view_box.addItem(self.message, ignoreBounds=True)
        self.show_world()
        self.view_box.sigRangeChanged.connect(lambda *_: self._place_labels())
        self._hover_proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=HOVER_RATE,
                                           slot=self._on_mouse_moved)
        return self.plot

    def _build_not_found(self) -> QWidget:
        panel = QWidget(self)
        column = QVBoxLayout(panel)
        column.setContentsMargins(4, 0, 0, 0)
        self.not_found_label = QLabel("Places not found", panel)
        self.not_found_label.setToolTip("Places the events name that the gazetteer (GeoNames' countries, US states, "
                                        "continents and cities of 15,000 people or more) does not know, or that are "
                                        "not countries, regions or towns (buildings, facilities): listed, not guessed. "
                                        "Click one to select its events.")
        self.not_found_list = QListWidget(panel)
        self.not_found_list.setWordWrap(True)  # a long name wraps in the narrow column rather than being cut
        panel.setMinimumWidth(150)
        self.not_found_list.itemClicked.connect(self._on_not_found_clicked)
        self.not_found_list.itemActivated.connect(self._on_not_found_clicked)
        column.addWidget(self.not_found_label)
        column.addWidget(self.not_found_list, 1)
        return panel

    # ------------------------------------------------------------- public API
    def is_resolving(self) -> bool:
        return self._resolved_generation != self._generation

    def place_ids(self) -> list[str]:
        """The place entities drawn, busiest first."""
        return self._ids.tolist()

    def place_count(self, entity_id: str) -> int:
        """A drawn place's events in view."""
        return int(self._counts[self._index_of(entity_id)])

    def place_position(self, entity_id: str) -> tuple[float, float]:
        """Where a drawn place is: (longitude, latitude)."""
        x, y = self._xy[self._index_of(entity_id)]
        return float(x), float(y)

    def not_found(self) -> list[tuple[str, int]]:
        """The places listed as not found: (entity id, events in view), as listed."""
        return [(item.data(ID_ROLE), item.data(ID_ROLE + 1))
                for item in map(self.not_found_list.item, range(self.not_found_list.count())) if item.data(ID_ROLE)]

    def place_tooltip(self, entity_id: str) -> str:
        return self._tooltip(self._index_of(entity_id))

    def show_world(self) -> None:
        self.view_box.setRange(xRange=WORLD[0], yRange=WORLD[1], padding=0.02)

    def fit_places(self) -> None:
        """Zoom to the places drawn (at least 20° across, so one city shows its surroundings)."""
        if not len(self._xy):
            return
        (x0, y0), (x1, y1) = self._xy.min(axis=0), self._xy.max(axis=0)
        cx, cy, half = (x0 + x1) / 2, (y0 + y1) / 2, max(x1 - x0, y1 - y0, 20.0) / 2
        self.view_box.setRange(xRange=(cx - half, cx + half), yRange=(cy - half, cy + half), padding=0.1)

    def resolve(self) -> None:
        """Resolve every place the workspace's events name, in the background, then count and draw."""
        self._stale = False
        for task in self.jobs.running(owner=self):
            self.jobs.cancel(task)
        self._generation += 1
        generation = self._generation
        _codes, places = codes_of(self.session.events["place"])
        work = functools.partial(resolve, self.session.table("entities"), [p for p in places.tolist() if p])
        self.status_label.setText("Finding the places…")
        self.jobs.start(work, "Finding the places", owner=self, quiet=True, cancel_on_close=True,
                        on_finished=lambda result: self._on_resolved(generation, result),
                        on_failed=lambda message: self._on_failed(generation, message))

    def recount(self) -> None:
        """Count the events in view per place and draw: circles for the places found, the list for the others."""
        self._counts_stale = False
        if self._resolved is None:
            return
        counts = place_counts(self.session.events, self._in_view_mask())
        placed = self._resolved.placed
        drawn = counts[counts.index.isin(placed.index)]
        self._ids = drawn.index.to_numpy(dtype=object)
        self._counts = drawn.to_numpy(dtype=np.int64)
        self._xy = placed.loc[self._ids, ["lon", "lat"]].to_numpy(dtype=float).reshape(-1, 2)
        self._sizes = _diameters(self._counts)
        order = np.argsort(-self._sizes, kind="stable")  # the big drawn first, the small on top of them
        self.places.setData(pos=self._xy[order], size=self._sizes[order])  # (no per-point data: 0.4 s at 3,000)
        self._draw_labels()
        self._draw_rings()
        self._show_not_found(counts[counts.index.isin(self._resolved.not_found.index)])
        self._show_status(counts)

    # ------------------------------------------------------------------ drawing
    def _in_view_mask(self) -> np.ndarray | None:
        state = self.session.selection.state
        if not (state.narrowed() or state.time_range):
            return None
        return self.session.event_lookup.mask(state)

    def _on_resolved(self, generation: int, result: ResolvedPlaces) -> None:
        if generation != self._generation:
            return
        self._resolved, self.failure = result, ""
        self._resolved_generation = generation
        self.recount()
        self.sig_resolved.emit()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._resolved_generation = generation
            self.failure = f"could not find the places: {message}"
            self.status_label.setText(self.failure[:1].upper() + self.failure[1:])
            self.sig_resolved.emit()

    def _draw_labels(self) -> None:
        """Name the busiest places; the label items are made once and reused, not made again at every filter
        change."""
        names = self._resolved.placed["name"] if self._resolved is not None else pd.Series(dtype=object)
        shown = min(LABELLED, len(self._ids))
        while len(self._labels) < shown:
            label = pg.TextItem("", color=self._text, anchor=(0, 0.5))
            label.setZValue(4)
            self.view_box.addItem(label, ignoreBounds=True)
            self._labels.append(label)
        for index, label in enumerate(self._labels):
            if index < shown:
                label.setText(str(names[self._ids[index]]))
        self._place_labels()
        self.message.setText("" if len(self._ids) else "No place among the events in view")
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.message.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _place_labels(self) -> None:
        """Each label just right of its circle, whatever the zoom (the circles keep their size in pixels); a label
        that would overlap a busier place's is hidden until zooming in parts them."""
        px = self.view_box.viewPixelSize()[0]
        taken: list = []
        for index, label in enumerate(self._labels):
            if index >= len(self._ids):
                label.setVisible(False)
                continue
            x, y = self._xy[index]
            label.setPos(x + (self._sizes[index] / 2 + 3) * px, y)
            box = label.mapRectToScene(label.boundingRect())
            label.setVisible(not any(box.intersects(other) for other in taken))
            if label.isVisible():
                taken.append(box)

    def _draw_rings(self, selected: list[str] | None = None) -> None:
        """Ring the places of the selected events (the rings follow a selection made in any view); ``selected``:
        those places when known (the map's own click), else found from the selected events."""
        selected = self._selected_places() if selected is None else selected
        ringed = np.flatnonzero(pd.Index(self._ids).isin(selected)) if len(selected) else np.empty(0, dtype=int)
        self.rings.setData(pos=self._xy[ringed], size=self._sizes[ringed] + 6)

    def _selected_places(self) -> list[str]:
        event_ids = self.session.selection.state.event_ids
        if not event_ids or not len(self._ids):
            return []
        rows = self.session.event_lookup.positions_of(event_ids)
        return pd.unique(values_at(self.session.events["place"], rows)).tolist()

    def _show_not_found(self, counts: pd.Series) -> None:
        names = self._resolved.not_found if self._resolved is not None else pd.Series(dtype=object)
        with self.echo.applying(self.not_found_list):
            self.not_found_list.clear()
            for entity_id, count in counts.iloc[:LISTED].items():
                item = QListWidgetItem(f"{names[entity_id]} — {_events(count)}")
                item.setData(ID_ROLE, entity_id)
                item.setData(ID_ROLE + 1, int(count))
                item.setToolTip(self._not_found_tip(entity_id))
                self.not_found_list.addItem(item)
            if len(counts) > LISTED:
                more = QListWidgetItem(f"… and {len(counts) - LISTED:,} more with fewer events")
                more.setFlags(Qt.ItemFlag.NoItemFlags)
                self.not_found_list.addItem(more)
        self.not_found_label.setText(f"Places not found ({len(counts):,})")

    def _not_found_tip(self, entity_id: str) -> str:
        kind = self.session.entity_types.get(entity_id, "")
        why = "the gazetteer has no buildings or facilities" if kind == "FAC" else \
            "no name or alias of it is in the gazetteer" if kind in ("GPE", "LOC") else \
            f"typed {kind or 'unknown'}, not a country, region or town"
        return f"{html.escape(self.session.entity_names.get(entity_id, entity_id))}: not placed ({why})"

    def _show_status(self, counts: pd.Series) -> None:
        on_map = int(self._counts.sum())
        missing = len(counts) - len(self._ids)
        state = self.session.selection.state
        in_view = len(self.session.events) if self._in_view_mask() is None else int(
            self.session.event_lookup.mask(state).sum())
        without = in_view - int(counts.sum())
        parts = [f"{len(self._ids):,} places, {_events(on_map)} on the map"]
        if missing:
            parts.append(f"{missing:,} not found")
        if without:
            parts.append(f"{_events(without)} in view name no place")
        self.status_label.setText(" · ".join(parts))

    def _tooltip(self, index: int) -> str:
        entity_id = self._ids[index]
        row = self._resolved.placed.loc[entity_id]
        found = f"{row['kind']} {row['gazetteer_name']}" + \
            (f", found as “{row['found_as']}”" if row["found_as"] != row["gazetteer_name"] else "")
        return (f"<b>{html.escape(str(row['name']))}</b><br>{_events(self._counts[index])} in view"
                f"<br><span style='color:gray'>{html.escape(found)} · click to select its events</span>")

    # ------------------------------------------------------- selection, mouse
    def _on_tables_changed(self) -> None:
        self._resolved = None
        if self.isVisible():
            self.resolve()
        else:
            self._stale = True

    def _on_selection_changed(self, changed: set, origin: object) -> None:
        if changed & FILTERS:
            if self.isVisible():
                self.recount()
            else:
                self._counts_stale = True
        elif EVENT_IDS in changed and self._resolved is not None and self.isVisible():
            # a click here: its place, not its events looked up again (81,000 ids: 0.9 s at a million events);
            # hidden: drawn when next shown
            self._draw_rings([self._clicked] if self.echo.mine(origin) and self._clicked else None)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._stale:
            self.resolve()
        elif self._counts_stale:
            self.recount()
        elif self._resolved is not None:
            self._draw_rings()

    def _index_of(self, entity_id: str) -> int:
        found = np.flatnonzero(self._ids == entity_id)
        if not len(found):
            raise KeyError(entity_id)
        return int(found[0])

    def _place_at(self, x: float, y: float) -> int | None:
        """The drawn place under a point: of the circles drawn over it, the smallest (it is drawn on top: New
        York's over Washington's at world scale); else the nearest whose circle the point just misses (by
        ``HIT_SLACK_PX``), so a small circle need not be hit exactly."""
        if not len(self._xy):
            return None
        px, py = self.view_box.viewPixelSize()
        distance = np.hypot((self._xy[:, 0] - x) / px, (self._xy[:, 1] - y) / py)
        inside = np.flatnonzero(distance <= self._sizes / 2)
        if len(inside):
            return int(inside[np.argmin(self._sizes[inside])])
        near = np.flatnonzero(distance <= self._sizes / 2 + HIT_SLACK_PX)
        return int(near[np.argmin(distance[near])]) if len(near) else None

    def _on_clicked(self, x: float, y: float) -> None:
        index = self._place_at(x, y)
        if index is not None:
            self._select_place(self._ids[index])

    def _on_scatter_clicked(self, _scatter, _points, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.view_box.mapSceneToView(ev.scenePos())
            self._on_clicked(point.x(), point.y())

    def _on_not_found_clicked(self, item: QListWidgetItem) -> None:
        if not self.echo.active and item.data(ID_ROLE):
            self._select_place(item.data(ID_ROLE))

    def _select_place(self, entity_id: str) -> None:
        """Select the place's events in view, everywhere."""
        ids = events_at_place(self.session.events, [entity_id], self._in_view_mask())
        self._clicked = entity_id
        self.echo.update(event_ids=ids.tolist())

    def _on_mouse_moved(self, args) -> None:
        scene_pos = args[0]
        index = None
        if self.view_box.sceneBoundingRect().contains(scene_pos):
            point = self.view_box.mapSceneToView(scene_pos)
            index = self._place_at(point.x(), point.y())
        if index == self._hovered:
            return
        self._hovered = index
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.plot.viewport().mapToGlobal(self.plot.mapFromScene(scene_pos)),
                          self._tooltip(index), self.plot)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        for task in self.jobs.running(owner=self):  # nobody will draw their results
            self.jobs.cancel(task, forget=True)
            self.jobs.wait(task)
        super().closeEvent(event)


def _diameters(counts: np.ndarray) -> np.ndarray:
    """Circle diameters in pixels: from ``MIN_PX`` (one event) to ``MAX_PX`` (the busiest place), the area
    growing with the count."""
    if not len(counts):
        return np.empty(0)
    scale = np.sqrt((counts - 1) / max(int(counts.max()) - 1, 1))
    return MIN_PX + (MAX_PX - MIN_PX) * scale


def _events(count: int) -> str:
    return f"{int(count):,} event" + ("" if count == 1 else "s")


def main(argv: list[str] | None = None) -> int:
    """Show the map on the sample workspace; ``--screenshot FILE.png`` saves it once drawn and exits."""
    from explorer.gui.preview import preview_main

    return preview_main(MapView, (1100, 650), "sig_resolved", sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
