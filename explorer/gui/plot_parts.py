"""Pieces the plotted views (timeline, graph, map) share: a view box that reports left clicks, and a tool button.

A click on empty plot space means something in each view (clear the selection, pick the nearest mark, a place);
pyqtgraph's view box only pans and zooms, so each view box reports the click in view coordinates and the view
decides. Written once here rather than once per view.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget


class ClickableViewBox(pg.ViewBox):
    """Wheel zoom and drag pan as pyqtgraph does them; a left click reported in view coordinates."""

    sig_clicked = Signal(float, float)  # view coordinates of a left click

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (Qt naming)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            point = self.mapSceneToView(ev.scenePos())
            self.sig_clicked.emit(point.x(), point.y())
            return
        super().mouseClickEvent(ev)


def tool_button(parent: QWidget, text: str, tip: str, slot=None) -> QToolButton:
    """A toolbar's text button with its tooltip, connected to ``slot`` when given."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    if slot is not None:
        button.clicked.connect(slot)
    return button
