"""The relationship graph: entities as nodes, the events they share as edges, linked to the selection.

Nodes are sized by mentions, degree or betweenness (the toolbar's Size; betweenness
worked out in the background) and coloured by entity type; an edge's width grows with
the number of events in view that its two entities share, and an edge that carries a
verb is an arrow from agent to patient labelled with the verb and its dates. The graph
follows the filters (checked entities, search hits, time window): each change relayouts
it off the GUI thread, starting from the positions last drawn so nodes do not jump.
Clicking a node selects the entity everywhere; clicking an edge selects its events and
lists their sentences under the drawing (``evidence``), a row of which points the
selection at its event and document. The selected entities, from any view, are ringed
with their edges darkened. Dragging a node moves it (its links follow) and pins it where
dropped, a decision saved in the workspace and undoable (``core.edits.pins``): later
layouts and openings lay the others out around it until *Unpin all*; dragging the canvas
pans. Labels go to the biggest nodes first, then to the strongest edges, and hide where
they would overlap, so zooming in (wheel) reveals more. Graph building and layout live
in ``core.graph``; label placement, arrows, tooltip text and the pyqtgraph pieces in
``explorer.gui.graph``.

Preview: ``python -m explorer.gui.graph.view [--screenshot FILE.png]``.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyqtgraph as pg
from pyqtgraph.exporters import SVGExporter
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox, QSizePolicy,
                               QSpinBox, QSplitter, QToolButton, QToolTip, QVBoxLayout, QWidget)

from explorer.core.edits import pins
from explorer.core.graph import BETWEENNESS, NODE_MEASURES, Positions, build_graph, node_measure, write_graphml
from explorer.core.selection import ENTITY_IDS, FILTERS
from explorer.gui.echo import Echo
from explorer.gui.files import default_export_path
from explorer.gui.graph.arrows import head_codes
from explorer.gui.graph.evidence import EvidencePane, evidence_rows
from explorer.gui.graph.hover import edge_labels, edge_tooltip, legend_html, legend_tooltip, node_tooltip
from explorer.gui.graph.labels import node_sizes
from explorer.gui.graph.layout import betweenness_of, build_and_lay_out
from explorer.gui.graph.plot import EdgeLabels, GraphItems, GraphViewBox, NodeLabels, edge_at, node_at
from explorer.gui.jobs import Jobs, jobs_of_its_own
from explorer.gui.plot_parts import tool_button

MAX_NODES = 1500  # beyond this a drawing is a hairball and the layout slows; the spin box can raise it
HOVER_RATE = 20


class GraphView(QWidget):
    """Entities and their shared events as a node-link drawing; writes and follows the session's selection."""

    sig_layout_finished = Signal()

    def __init__(self, session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)  # gestures written with this view as origin; its own notices ignored
        self.jobs = jobs if jobs is not None else jobs_of_its_own(self)  # layouts run there
        self._graph = None
        self._positions: Positions = {}  # of the nodes drawn
        self._remembered: Positions = {}  # every entity's last place, so a node that comes back returns there
        self._remembered_path = None
        self._pinned: Positions = {}  # nodes the analyst dropped somewhere: layouts leave them there (``edits.pins``)
        self._pin_edits: list = []  # the pin decisions in force, to tell which an undo took back
        self._drag: tuple[str, np.ndarray] | None = None  # the entity being dragged and where it was picked up
        self._types: list[str] = []
        self._xy = np.empty((0, 2))
        self._sizes = np.empty(0)
        self._pairs = np.empty((0, 2), dtype=int)
        self._heads = np.empty(0, dtype=int)  # per edge: which ends carry an arrowhead (``arrows.head_codes``)
        self._index: dict[str, int] = {}
        self._generation = 0
        self._stale = False  # the session changed while the graph was not on screen: lay out when shown
        self._drawn_generation = 0
        self._fit_next = True
        self._fitted = False  # the view shows the whole graph and the analyst has not zoomed or panned since
        self._hovered: tuple | None = None
        self._relayout_timer = QTimer(self, singleShot=True, interval=150, timeout=self.relayout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addLayout(self._build_toolbar())
        self._build_plot()
        self.evidence = EvidencePane(self._open_event, self)
        self.evidence.hide()
        self.evidence.sig_closed.connect(self._unfocus)
        self._focused: tuple[str, str] | None = None  # the link whose sentences are listed (its ends' entity ids)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)  # sentences read best the whole width
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(self.evidence)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._footer())
        session.on_tables(self._on_workspace_loaded, {"entities", "relations", "events", "mentions"})
        session.sig_selection_changed.connect(self._on_selection_changed)
        session.undo_stack.indexChanged.connect(self._follow_pins)  # (a method: let go when this view goes)
        self._on_workspace_loaded()

    # ----------------------------------------------------------------- building
    def _build_toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        self.min_weight_spin = self._spin(1, 999, 1, "Hide links between entities sharing fewer events than this")
        self.max_nodes_spin = self._spin(10, 100_000, MAX_NODES, "Draw only this many entities, the most mentioned")
        self.max_nodes_spin.setSingleStep(100)
        self.status_label = QLabel(self)
        bar.addWidget(QLabel("Min. events:", self))
        bar.addWidget(self.min_weight_spin)
        bar.addWidget(QLabel("Top:", self))
        bar.addWidget(self.max_nodes_spin)
        self.co_mentions_box = QCheckBox("Co-mentions", self)
        self.co_mentions_box.setToolTip("Also link entities only named in the same sentence (a weaker tie than "
                                        "taking part in the same event)")
        self.co_mentions_box.toggled.connect(lambda _on: self.relayout())
        bar.addWidget(self.co_mentions_box)
        bar.addWidget(QLabel("Size:", self))
        self.size_combo = QComboBox(self)
        for measure in NODE_MEASURES:
            self.size_combo.addItem(measure.title(), measure)
        self.size_combo.setToolTip("What a node's size shows: its mentions; its degree (the entities linked to it); "
                                   "its betweenness (how often it lies on the shortest path between two others: "
                                   "the brokers between groups)")
        self.size_combo.currentIndexChanged.connect(lambda _: self._on_measure_chosen())
        bar.addWidget(self.size_combo)
        bar.addWidget(tool_button(self, "Fit", "Show the whole graph", self.fit_all))
        self.unpin_button = tool_button(self, "Unpin all", "Let the nodes you dragged into place move with the "
                                        "layout again", self.unpin_all)
        self.unpin_button.setEnabled(False)
        bar.addWidget(self.unpin_button)
        bar.addStretch(1)
        bar.addWidget(self._export_button())
        self.legend_label = QLabel(self)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        return bar

    def _footer(self) -> QHBoxLayout:
        """The legend, wrapping onto a second line rather than running into the counts, and the counts whole.

        The counts sit here because the crowded toolbar cut them off; squeezed beside
        them, a one-line legend was cut instead ("Works of art, t50 entities").
        """
        footer = QHBoxLayout()
        footer.setContentsMargins(4, 0, 4, 0)
        footer.setSpacing(24)
        self.legend_label.setWordWrap(True)
        self.legend_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        footer.addWidget(self.legend_label, 1, Qt.AlignmentFlag.AlignTop)
        footer.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        return footer

    def _export_button(self) -> QToolButton:
        """One *Export* button for GraphML and the image: the toolbar keeps the window's default width."""
        button = QToolButton(self)
        button.setText("Export")
        button.setToolTip("Export the graph in view as GraphML (opens in Gephi), or the drawing as PNG or SVG")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        menu.addAction("GraphML…", self._export_graphml_dialog).setToolTip("The graph in view, for Gephi")
        menu.addAction("Image (PNG or SVG)…", self._export_image_dialog)
        button.setMenu(menu)
        return button

    def _spin(self, low: int, high: int, value: int, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.valueChanged.connect(lambda _: self._relayout_timer.start())
        return spin


    def _build_plot(self) -> None:
        palette = self.palette()
        self._base = palette.color(QPalette.ColorRole.Base)
        self._text = palette.color(QPalette.ColorRole.Text)
        self.view_box = GraphViewBox()
        self.plot = pg.PlotWidget(self, background=self._base, viewBox=self.view_box)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.hideAxis("left")
        item.hideAxis("bottom")
        self.items = GraphItems(item, self._text, self._base)
        self.nodes, self.rings = self.items.nodes, self.items.rings
        self.edge_curves, self.highlight_curves = self.items.edge_curves, self.items.highlight_curves
        self.message = pg.TextItem("", color=self._text, anchor=(0.5, 0.5))
        self.view_box.addItem(self.message, ignoreBounds=True)
        self._labels = NodeLabels(self.view_box, self.font(), self._text, self._base)
        self._edge_labels = EdgeLabels(self.view_box, self.font(), self._text, self._base)
        self.view_box.sig_clicked.connect(self._on_clicked)
        self.view_box.node_under = self._node_at
        self.view_box.sig_node_dragged.connect(self._on_node_dragged)
        for scatter in (self.nodes, self.rings):  # a scatter takes the clicks on its points
            scatter.sigClicked.connect(self._on_scatter_clicked)
        self._label_timer = QTimer(self, singleShot=True, interval=30, timeout=self._on_zoomed)
        self.view_box.sigRangeChanged.connect(lambda *_: self._label_timer.start())  # coalesces a zoom's steps
        self.view_box.sigRangeChangedManually.connect(lambda *_: setattr(self, "_fitted", False))
        self.view_box.sigResized.connect(lambda *_: self._fitted and self.fit_all())  # e.g. drawn in a hidden tab
        self._hover_proxy = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=HOVER_RATE,
                                           slot=self._on_mouse_moved)
        self.plot.viewport().installEventFilter(self)  # pyqtgraph's scene reports a Qt 6 double click as a single one

    # ------------------------------------------------------------- public API
    def is_laying_out(self) -> bool:
        return self._drawn_generation != self._generation

    def graph(self):
        """The igraph graph drawn (``core.graph.build_graph``'s), or None before the first layout."""
        return self._graph

    def node_ids(self) -> list[str]:
        """The entity ids drawn, in the graph's order."""
        return list(self._index)

    def node_position(self, entity_id: str) -> tuple[float, float]:
        x, y = self._xy[self._index[entity_id]]
        return float(x), float(y)

    def edge_count(self) -> int:
        return len(self._pairs)

    def click_node(self, entity_id: str) -> None:
        """Click where the node is drawn, as the mouse would."""
        self._on_clicked(*self.node_position(entity_id))

    def edge_tooltip(self, source_id: str, target_id: str) -> str:
        edge = self._edge_between(source_id, target_id)
        return "" if edge is None else edge_tooltip(self.session, self._graph, edge)

    def node_tooltip(self, entity_id: str) -> str:
        return node_tooltip(self._graph, self._index[entity_id], entity_id in self._pinned)

    def pinned_ids(self) -> set[str]:
        """The entities the analyst dragged into place."""
        return set(self._pinned)

    def unpin_all(self) -> None:
        """Let every dragged node move with the layout again, and lay out: a decision, undoable (``edits.pins``)."""
        if self._pinned:
            self.session.do_edit(pins.unpin_all(len(self._pinned)))

    def _follow_pins(self, _index: int = 0) -> None:
        """Show the pins in force after a decision, its undo or its redo (any of them: the undo stack moved).

        A pin taken back by an undo puts its node back where it was before the drag; a pin made or redone puts it
        where it was dropped; freeing nodes with no place to go back to (*Unpin all*) lays the graph out again.
        """
        try:
            if self.session.undo_stack.count() == 0:
                return  # the history cleared: a workspace being opened, whose pins ``_on_workspace_loaded`` reads
        except RuntimeError:  # the stack deleted with its session (a window closing) tells its last change
            return
        edits = [e for e in self.session.edits if e.kind == pins.PIN_NODES]
        undone = [e for e in self._pin_edits if not any(e is kept for kept in edits)]
        self._pin_edits = edits
        pinned = pins.pinned_positions(edits)
        self.unpin_button.setEnabled(bool(pinned))
        if pinned == self._pinned:
            return
        freed = set(self._pinned) - set(pinned)
        self._pinned = pinned
        back = {entity: xy for edit in undone for entity, xy in pins.origins(edit).items() if entity in freed}
        for entity, xy in {**back, **pinned}.items():
            if entity in self._index and self._positions.get(entity) != xy:
                self._move_node(entity, np.array(xy, dtype=float))
            self._remembered[entity] = xy
        if freed - set(back):
            self.relayout()

    def export_graphml(self, path) -> Path:
        """Write the graph in view, with its drawn positions, for Gephi."""
        return write_graphml(self._graph if self._graph is not None else build_graph(self.session.tables, []),
                             path, self._positions)

    def export_image(self, path) -> Path:
        """Save the drawing: SVG if ``path`` ends in .svg, else a PNG of what is on screen."""
        path = Path(path)
        if path.suffix.lower() == ".svg":
            SVGExporter(self.plot.getPlotItem()).export(str(path))
        elif not self.plot.grab().save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return path

    def fit_all(self) -> None:
        if len(self._xy):
            self.view_box.autoRange(padding=0.06)
            self._fitted = True

    def relayout(self) -> None:
        """Rebuild the graph for the events in view and lay it out in the background."""
        self._stale = False
        for task in self.jobs.running(owner=self):
            self.jobs.cancel(task)
        tables, event_ids, previous = self.session.tables, self._event_ids_in_view(), dict(self._remembered)
        min_weight, max_nodes = self.min_weight_spin.value(), self.max_nodes_spin.value()
        self._generation += 1
        work = functools.partial(build_and_lay_out, tables, event_ids, min_weight, max_nodes,
                                 self.co_mentions_box.isChecked(), previous, dict(self._pinned), self.session.events,
                                 self.measure())
        generation = self._generation
        self.status_label.setText("Laying out…")
        if not len(self._xy):
            self._show_message("Laying out…")
        self.jobs.start(work, "Laying out the graph", owner=self, quiet=True, cancel_on_close=True,
                        on_finished=lambda result: self._on_laid_out(generation, result),
                        on_failed=lambda message: self._on_failed(generation, message))

    def draw(self, graph, positions: Positions) -> None:
        """Show a built and laid-out graph (the layout task's result)."""
        self._graph, self._positions = graph, positions
        self._remembered.update(positions)
        ids = graph.vs["entity_id"] if graph.vcount() else []
        self._index = {entity: i for i, entity in enumerate(ids)}
        self._xy = np.array([positions[e] for e in ids], dtype=float).reshape(-1, 2)
        self._pairs = np.array(graph.get_edgelist(), dtype=int).reshape(-1, 2)
        self._heads = head_codes(self._pairs, ids, graph.es["heads"] if len(self._pairs) else [])
        labels = graph.es["label"] if "label" in graph.es.attributes() else edge_labels(graph)
        self._edge_labels.reset(labels if len(self._pairs) else [],
                                np.array([len(e) for e in graph.es["verb_event_ids"]] if len(self._pairs) else []))
        types = self._types = graph.vs["type"] if ids else []
        self._size_nodes()
        self._draw_emphasis()
        self._show_message("" if ids else "No relations among the events in view")
        self._show_status(graph)
        self.legend_label.setText(legend_html(types))
        self.legend_label.setToolTip(legend_tooltip(types))
        if self._fit_next or self._needs_fit():
            self.fit_all()
            self._fit_next = False
        self._on_zoomed()

    def measure(self) -> str:
        """What the nodes' sizes show now (one of ``core.graph.NODE_MEASURES``)."""
        return str(self.size_combo.currentData())

    def node_sizes(self) -> dict[str, float]:
        """Each drawn entity's node diameter in pixels."""
        return dict(zip(self._index, self._sizes.tolist()))

    def _on_measure_chosen(self) -> None:
        """Size the nodes by the measure chosen; betweenness, which costs at thousands of nodes, is worked out in
        the background first (the nodes keep their sizes meanwhile)."""
        graph = self._graph
        if graph is None or not graph.vcount():
            return
        if self.measure() != BETWEENNESS or BETWEENNESS in graph.vs.attributes():
            self._resize_nodes()
            return
        self.status_label.setText("Working out betweenness…")
        self.jobs.start(functools.partial(betweenness_of, graph), "Betweenness of the graph's entities", owner=self,
                        quiet=True, cancel_on_close=True,
                        on_finished=lambda values: self._on_betweenness(graph, values),
                        on_failed=lambda message: self.status_label.setText(f"Betweenness failed: {message}"))

    def _on_betweenness(self, graph, values: list[float]) -> None:
        if graph is not self._graph:
            return  # a newer layout is drawn (it worked betweenness out itself if still wanted)
        graph.vs[BETWEENNESS] = values
        self._show_status(graph)
        self._resize_nodes()

    def _size_nodes(self) -> None:
        """The nodes' sizes from the measure chosen (mentions until betweenness is worked out), their labels'
        order with them (the biggest claim room first)."""
        graph, measure = self._graph, self.measure()
        if measure == BETWEENNESS and graph.vcount() and BETWEENNESS not in graph.vs.attributes():
            measure = "mentions"
        values = node_measure(graph, measure)
        self._sizes = node_sizes(values + (1 if measure == BETWEENNESS else 0))
        self.items.draw_nodes(self._xy, self._sizes, self._types)
        self._labels.reset(graph, values)

    def _resize_nodes(self) -> None:
        self._size_nodes()
        self._draw_emphasis()

    # ------------------------------------------------------------------ drawing
    def _event_ids_in_view(self) -> pd.Index | None:
        state = self.session.selection.state
        if not (state.narrowed() or state.time_range):
            return None  # every event: the relations need no filtering
        # (the index's own Arrow strings at the rows kept: no Python string an event in view, millions in a wide window)
        return self.session.events.index[self.session.event_lookup.mask(state)]

    def _on_laid_out(self, generation: int, result) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        self.draw(*result)
        self._drawn_generation = generation
        self.sig_layout_finished.emit()

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._drawn_generation = generation
            self.status_label.setText(f"Layout failed: {message}")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        self.message.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def _show_status(self, graph) -> None:
        nodes, edges = graph.vcount(), graph.ecount()
        capped = " (the most mentioned)" if nodes >= self.max_nodes_spin.value() else ""
        self.status_label.setText(f"{nodes:,} entities{capped}, {edges:,} links")

    def _needs_fit(self) -> bool:
        """Whether some node is off-screen or the drawing has shrunk to a corner of the view."""
        if not len(self._xy):
            return False
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        extent = np.ptp(self._xy, axis=0)
        small = extent[0] < (x1 - x0) / 3 and extent[1] < (y1 - y0) / 3
        return small or not self._in_view_mask().all()

    def _selected_nodes(self) -> np.ndarray:
        selected = self.session.selection.state.entity_ids
        return np.array([self._index[e] for e in selected if e in self._index], dtype=int)

    def _draw_emphasis(self) -> None:
        """Edges of the selected entities darker, the selected nodes ringed, and their labels placed first."""
        self.items.draw_emphasis(self._xy, self._sizes, self._pairs, self._weights(), self._selected_nodes())
        self._draw_arrows()
        self._draw_focus()
        self._order_labels()

    def _weights(self) -> np.ndarray:
        return np.array(self._graph.es["weight"] if len(self._pairs) else [], dtype=float)

    def _draw_arrows(self) -> None:
        """Arrowheads from agent to patient on the edges that carry a verb (redrawn on zoom: they are in pixels)."""
        if self._graph is not None and len(self._heads) == len(self._pairs):
            self.items.draw_arrows(self._xy, self._sizes, self._pairs, self._heads, self._weights(),
                                   self._selected_nodes(), self.view_box.viewPixelSize())

    def arrowheads(self) -> int:
        """How many arrowheads are drawn."""
        return len(self.items.tips())

    def arrow_tips(self) -> list[tuple[float, float]]:
        """Where the drawn arrowheads point (view coordinates)."""
        return self.items.tips()

    def shown_edge_labels(self) -> dict[tuple[str, str], str]:
        """{(entity id, entity id) of the edge's ends: its label text} for the edge labels visible now."""
        ids = self.node_ids()
        return {(ids[self._pairs[e, 0]], ids[self._pairs[e, 1]]): text for e, text in self._edge_labels.shown().items()}

    # ------------------------------------------------------------------- labels
    def _order_labels(self) -> None:
        self._labels.order(self._selected_nodes().tolist())
        self._place_labels()

    def _on_zoomed(self) -> None:
        """After a zoom or pan has rested: the arrowheads (sized in pixels) and the labels that fit now."""
        self._draw_arrows()
        self._place_labels()

    def _place_labels(self) -> None:
        """Show the labels that fit, most deserving first; zooming in brings lesser entities' labels. The edges'
        labels come after the entities', in the room those leave."""
        taken = self._labels.place(self._xy, self._sizes, self._selected_nodes(), self._in_view_mask())
        if len(self._pairs):
            self._edge_labels.place(self._xy, self._pairs, self._sizes, taken)

    def shown_labels(self) -> list[pg.TextItem]:
        """The label items visible now."""
        return self._labels.shown()

    def _in_view_mask(self) -> np.ndarray:
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        x, y = self._xy[:, 0], self._xy[:, 1]
        return (x >= x0) & (x <= x1) & (y >= y0) & (y <= y1)

    # ------------------------------------------------------- selection, mouse
    def _on_workspace_loaded(self) -> None:
        self._fit_next = True
        self.evidence.hide()
        self._focused = None
        if self.session.path != self._remembered_path:  # another workspace: its entities start afresh
            self._remembered, self._remembered_path = {}, self.session.path
        self._pinned = pins.pinned_positions(self.session.edits)  # the decisions of the workspace opened
        self._pin_edits = [e for e in self.session.edits if e.kind == pins.PIN_NODES]
        self.unpin_button.setEnabled(bool(self._pinned))
        self._relayout_when_visible()

    def _on_selection_changed(self, changed: set, origin: object) -> None:
        if not self.echo.mine(origin) and changed & FILTERS:
            self._relayout_when_visible()
        if ENTITY_IDS in changed and self._graph is not None:
            self._draw_emphasis()

    def _relayout_when_visible(self) -> None:
        """Lay out now if the graph is on screen, else when it is next shown.

        A hidden tab that laid out on every filter change would compete with the
        views the analyst is looking at (at a million events, a layout per change).
        """
        if self.isVisible():
            self.relayout()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.relayout()

    def _node_at(self, x: float, y: float) -> int | None:
        return node_at(self._xy, self._sizes, self.view_box.viewPixelSize(), x, y) if len(self._xy) else None

    def _edge_at(self, x: float, y: float) -> int | None:
        return edge_at(self._xy, self._pairs, self.view_box.viewPixelSize(), x, y) if len(self._pairs) else None

    def _edge_between(self, source_id: str, target_id: str) -> int | None:
        if self._graph is None or source_id not in self._index or target_id not in self._index:
            return None
        edge = self._graph.get_eid(self._index[source_id], self._index[target_id], error=False)
        return None if edge < 0 else edge

    def _on_clicked(self, x: float, y: float) -> None:
        node = self._node_at(x, y)
        if node is not None:
            self.echo.update(entity_ids={self._graph.vs[node]["entity_id"]})
            return
        edge = self._edge_at(x, y)
        if edge is not None:
            self.echo.update(event_ids=self._graph.es[edge]["event_ids"])
            self._show_evidence(edge)
        else:
            self.echo.update(entity_ids=())

    def _show_evidence(self, edge: int) -> None:
        """List the sentences behind an edge under the drawing (``evidence``)."""
        link = self._graph.es[edge]
        a, b = (self._graph.vs[v]["name"] for v in link.tuple)
        verbs = link["verbs"]
        title = f"{a} — {b}" + (f" ({', '.join(verbs)})" if verbs else "")
        self._focused = (self._graph.vs[link.tuple[0]]["entity_id"], self._graph.vs[link.tuple[1]]["entity_id"])
        self._draw_focus()
        opening = not self.evidence.isVisible()
        self.evidence.show_events(title, *evidence_rows(self.session, link["event_ids"]))
        if opening:  # (sized once shown: a hidden pane keeps no room in the splitter)
            height = self.splitter.height()
            self.splitter.setSizes([height * 3 // 5, height - height * 3 // 5])

    def focused_edge(self) -> tuple[str, str] | None:
        """The ends (entity ids) of the link whose sentences are listed, while it is drawn."""
        return self._focused if self._focused and all(e in self._index for e in self._focused) else None

    def _unfocus(self) -> None:
        self._focused = None
        self._draw_focus()

    def _draw_focus(self) -> None:
        """Mark the link whose sentences are listed, in the selection colour, wherever its ends are drawn."""
        focused = self.focused_edge()
        ends = None if focused is None else self._xy[[self._index[focused[0]], self._index[focused[1]]]]
        self.items.draw_focus(ends, self.palette().color(QPalette.ColorRole.Highlight))

    def _open_event(self, event_id: str, doc_id: str) -> None:
        """A row of the evidence list clicked: point the selection at that event, so its source shows it."""
        self.echo.update(event_ids={event_id}, doc_ids={doc_id})

    def _on_node_dragged(self, node: int, dx: float, dy: float, dropped: bool) -> None:
        """Move the node with the pointer, its links after it; where it is dropped it stays (pinned)."""
        if self._drag is None:
            self._drag = (self._graph.vs[node]["entity_id"], self._xy[node].copy())
        entity, origin = self._drag
        if entity in self._index:  # a layout may have finished meanwhile, without it
            self._move_node(entity, origin + (dx, dy))
            if dropped:  # a decision: saved in the workspace, undoable (``_follow_pins`` shows it)
                self.session.do_edit(pins.pin_nodes({entity: self._positions[entity]},
                                                    {entity: (float(origin[0]), float(origin[1]))},
                                                    [self._graph.vs[self._index[entity]]["name"]]))
        if dropped:
            self._drag = None

    def _move_node(self, entity: str, xy: np.ndarray) -> None:
        index = self._index[entity]
        self._xy[index] = xy
        self._positions[entity] = self._remembered[entity] = (float(xy[0]), float(xy[1]))
        self.items.draw_nodes(self._xy, self._sizes, self._types)
        self.items.draw_emphasis(self._xy, self._sizes, self._pairs, self._weights(), self._selected_nodes())
        self._draw_arrows()
        self._draw_focus()
        self._label_timer.start()  # labels catch up when the pointer rests

    def _on_scatter_clicked(self, _scatter, _points, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.view_box.mapSceneToView(ev.scenePos())
            self._on_clicked(point.x(), point.y())

    def _on_mouse_moved(self, args) -> None:
        """The pointer moved: the tooltip of what it is now over, at once (none over the background)."""
        scene_pos = args[0]
        target = self._target_at(scene_pos)
        if target == self._hovered:
            return
        self._hovered = target
        self._show_hover(scene_pos, target)

    def _target_at(self, scene_pos) -> tuple[str, int] | None:
        """("node", index) or ("edge", index) under a point of the scene, a node before the links it covers."""
        if getattr(self, "_graph", None) is None or not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.view_box.mapSceneToView(scene_pos)
        node = self._node_at(point.x(), point.y())
        edge = None if node is not None else self._edge_at(point.x(), point.y())
        return ("node", node) if node is not None else (("edge", edge) if edge is not None else None)

    def _show_hover(self, scene_pos, target: tuple[str, int] | None) -> None:
        if target is None:
            QToolTip.hideText()
            return
        QToolTip.showText(self.plot.viewport().mapToGlobal(self.plot.mapFromScene(scene_pos)),
                          self._hover_text(*target), self.plot)

    def _answer_tooltip_event(self, event) -> bool:
        """The pointer rested (Qt's ToolTip event): show the tooltip of what is under it, and take the event.

        Left to the scene, the event reached ``QGraphicsScene.helpEvent``, which finds no item with a tooltip and
        hides the one shown on the move: on a real display the tooltip of a link or a node vanished as soon as the
        pointer rested on it (the offscreen platform sends no ToolTip event, so the tests never saw it go)."""
        scene_pos = self.plot.mapToScene(event.pos())
        self._hovered = self._target_at(scene_pos)
        self._show_hover(scene_pos, self._hovered)
        return True

    def _hover_text(self, kind: str, index: int) -> str:
        if kind == "node":
            return node_tooltip(self._graph, index, self._graph.vs[index]["entity_id"] in self._pinned)
        return edge_tooltip(self.session, self._graph, index)

    # ------------------------------------------------------------------ exports
    def _export_graphml_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export graph as GraphML",
                                              str(default_export_path("relations.graphml")), "GraphML (*.graphml)")
        self._export(self.export_graphml, path)

    def _export_image_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export graph image", str(default_export_path("relations.png")),
                                              "PNG image (*.png);;SVG image (*.svg)")
        self._export(self.export_image, path)

    def _export(self, export, path: str) -> None:
        if not path:
            return
        try:
            export(path)
        except OSError as error:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{error.strerror or error}")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        """A double click on a node opens the entity's page; the pointer resting shows what it rests on."""
        if event.type() == QEvent.Type.ToolTip and watched is self.plot.viewport():
            return self._answer_tooltip_event(event)
        if (event.type() == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton
                and watched is self.plot.viewport() and getattr(self, "_graph", None) is not None):
            point = self.view_box.mapSceneToView(self.plot.mapToScene(event.position().toPoint()))
            node = self._node_at(point.x(), point.y())
            if node is not None:
                self.session.request_entity_page(self._graph.vs[node]["entity_id"])
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        for task in self.jobs.running(owner=self):  # nobody will draw their results
            self.jobs.cancel(task, forget=True)
            self.jobs.wait(task)
        super().closeEvent(event)


def main(argv: list[str] | None = None) -> int:
    """Show the graph on the sample workspace; ``--screenshot FILE.png`` saves it once laid out and exits."""
    from explorer.gui.preview import preview_main

    return preview_main(GraphView, (1100, 750), "sig_layout_finished", sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
