"""The timeline's pointer: clicks, double-clicks and hover tooltips on the plot, in view coordinates.

``PlotPointer`` gathers what the mouse does on the plot apart from panning and
brushing (the view box's own): a left click on the background or on a point, a
double click, and hovering over an event, which shows its tooltip (looked up at
most ``HOVER_RATE`` times a second). The timeline decides what a click means.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QToolTip

HOVER_RATE = 20  # tooltip look-ups per second at most


class PlotPointer(QObject):
    """Turns mouse gestures on ``plot`` into clicks at view points and event tooltips.

    ``placement_at(x, y)`` is the placement drawn at a view point (or None) and
    ``tooltip_of(placement)`` its tooltip text.
    """

    sig_clicked = Signal(float, float)  # a left click at a view point
    sig_double_clicked = Signal(float, float)

    def __init__(self, parent: QObject, plot: pg.PlotWidget, view_box, scatters, placement_at: Callable,
                 tooltip_of: Callable) -> None:
        super().__init__(parent)
        self.plot, self.view_box = plot, view_box
        self._viewport = plot.viewport()  # compared by identity: the plot may be on its way out
        self._placement_at, self._tooltip_of = placement_at, tooltip_of
        self._hover_index: int | None = None
        view_box.sig_clicked.connect(self.sig_clicked)
        for scatter in scatters:
            scatter.sigClicked.connect(self._on_scatter_clicked)  # a scatter takes clicks on its points
        # pyqtgraph's scene reports a Qt 6 double click as a single one: catch it on the viewport
        self._viewport.installEventFilter(self)
        self._hover_proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=HOVER_RATE, slot=self._on_mouse_moved)

    def forget_hover(self) -> None:
        """The placements changed: the next hover shows its tooltip afresh."""
        self._hover_index = None

    def _on_scatter_clicked(self, _scatter, _points, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.view_box.mapSceneToView(ev.scenePos())
            self.sig_clicked.emit(point.x(), point.y())

    def _on_mouse_moved(self, args) -> None:
        scene_pos = args[0]
        index = None
        if self.view_box.sceneBoundingRect().contains(scene_pos):
            point = self.view_box.mapSceneToView(scene_pos)
            index = self._placement_at(point.x(), point.y())
        if index == self._hover_index and (index is None or QToolTip.isVisible()):  # shown again if it was hidden
            return
        self._hover_index = index
        if index is None:
            QToolTip.hideText()
            return
        view_pos = self.plot.mapFromScene(scene_pos)
        QToolTip.showText(self.plot.viewport().mapToGlobal(view_pos), self._tooltip_of(index), self.plot)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if (watched is self._viewport and event.type() == QEvent.Type.MouseButtonDblClick
                and event.button() == Qt.MouseButton.LeftButton):
            point = self.view_box.mapSceneToView(self.plot.mapToScene(event.position().toPoint()))
            self.sig_double_clicked.emit(point.x(), point.y())
            return True
        return super().eventFilter(watched, event)
