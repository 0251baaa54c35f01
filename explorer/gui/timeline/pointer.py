"""The timeline's pointer: clicks, double-clicks and hover tooltips on the plot, in view coordinates.

``PlotPointer`` gathers what the mouse does on the plot apart from panning and
brushing (the view box's own): a left click on the background or on a point, a
double click, and hovering over an event or a lane's label, which shows its
tooltip (looked up at most ``HOVER_RATE`` times a second). The timeline decides
what a click means and what is under the pointer.

A tooltip stays while the pointer rests on what it describes: Qt's own tooltip
request, sent after the mouse has rested a moment, would reach the graphics scene,
which has no tooltip of its own and so would hide ours; the pointer answers that
request itself instead.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QToolTip

HOVER_RATE = 20  # tooltip look-ups per second at most
TOOLTIP_MS = 10 * 60 * 1000  # a resting pointer keeps its tooltip this long; moving off hides it at once


class PlotPointer(QObject):
    """Turns mouse gestures on ``plot`` into clicks at view points and tooltips.

    ``target_at(scene_pos)`` is what the pointer is over (any hashable: a placement,
    a lane's label) or None, and ``tooltip_of(target)`` its tooltip text.
    """

    sig_clicked = Signal(float, float)  # a left click at a view point
    sig_double_clicked = Signal(float, float)

    def __init__(self, parent: QObject, plot: pg.PlotWidget, view_box, scatters,
                 target_at: Callable[[QPointF], Hashable | None], tooltip_of: Callable[[Hashable], str]) -> None:
        super().__init__(parent)
        self.plot, self.view_box = plot, view_box
        self._viewport = plot.viewport()  # compared by identity: the plot may be on its way out
        self._target_at, self._tooltip_of = target_at, tooltip_of
        self._hovered: Hashable | None = None
        view_box.sig_clicked.connect(self.sig_clicked)
        for scatter in scatters:
            scatter.sigClicked.connect(self._on_scatter_clicked)  # a scatter takes clicks on its points
        # pyqtgraph's scene reports a Qt 6 double click as a single one: catch it on the viewport
        self._viewport.installEventFilter(self)
        self._hover_proxy = pg.SignalProxy(plot.scene().sigMouseMoved, rateLimit=HOVER_RATE, slot=self._on_mouse_moved)

    def forget_hover(self) -> None:
        """The placements changed: the next hover shows its tooltip afresh."""
        self._hovered = None

    def _on_scatter_clicked(self, _scatter, _points, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            point = self.view_box.mapSceneToView(ev.scenePos())
            self.sig_clicked.emit(point.x(), point.y())

    def _on_mouse_moved(self, args) -> None:
        scene_pos = args[0]
        target = self._target_at(scene_pos)
        if target == self._hovered and (target is None or QToolTip.isVisible()):  # shown again if it was hidden
            return
        self._hovered = target
        if target is None:
            QToolTip.hideText()
            return
        self._show(self._viewport.mapToGlobal(self.plot.mapFromScene(scene_pos)))

    def _show(self, global_pos) -> None:
        QToolTip.showText(global_pos, self._tooltip_of(self._hovered), self._viewport, self._viewport.rect(),
                          TOOLTIP_MS)

    def _on_tooltip_request(self, event) -> bool:
        """Qt asks for a tooltip after the mouse rested: keep ours up if the pointer is still on its target."""
        scene_pos = self.plot.mapToScene(event.pos())
        if self._hovered is not None and self._target_at(QPointF(scene_pos)) == self._hovered:
            if not QToolTip.isVisible():
                self._show(event.globalPos())
            return True
        return False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if watched is not self._viewport:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.ToolTip:
            return self._on_tooltip_request(event)
        if event.type() == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton:
            point = self.view_box.mapSceneToView(self.plot.mapToScene(event.position().toPoint()))
            self.sig_double_clicked.emit(point.x(), point.y())
            return True
        return super().eventFilter(watched, event)
