"""The timeline's toolbar: lane mode, lane order, brush, clear, fit, fit to selection, compare, undated events.

``TimelineToolbar`` builds the row of controls; the timeline connects them to what
they do. The row's texts stay the same as the analyst works (what changes, the time
window's dates and the density note, is written over the plot): a label that grew
with a brushed window's dates raised the row's minimum width, and the main window,
already at its minimum, grew past the screen. The row is a ``QToolBar`` so that what
does not fit (a long "99835 undated" at a million events, a narrow screen) goes behind
its » button instead of widening the window.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QSizePolicy, QToolBar, QToolButton, QWidget

from explorer.gui.plot_parts import tool_button
from explorer.gui.timeline.lane_order import LANE_ORDERS
from explorer.gui.timeline.layout import LANE_MODES

FIT_SELECTION_KEY = "Shift+Home"


class TimelineToolbar:
    """The controls above the plot, in the tool bar ``bar``."""

    def __init__(self, parent: QWidget) -> None:
        self.bar = QToolBar(parent)
        self.bar.setObjectName("timeline-toolbar")
        self.bar.setMovable(False)  # no grip: the row stays where it is, and has room for one more control
        self.bar.setContentsMargins(4, 0, 4, 0)
        self.bar.setStyleSheet("QToolBar { border: 0px; padding: 0px; spacing: 2px; }")  # as tall as its buttons
        self.lane_combo = QComboBox(parent)
        for mode, label in LANE_MODES.items():
            self.lane_combo.addItem(label, mode)
        self.lane_combo.setToolTip("Lanes: what each row of the timeline is")
        self.order_button, self.order_actions = _order_button(parent)
        self.brush_button = tool_button(parent, "Brush", "Drag to draw a time window (or Shift+drag)")
        self.brush_button.setCheckable(True)
        self.clear_button = tool_button(parent, "Clear", "Clear the time window the brush drew (Esc)")
        self.fit_button = tool_button(parent, "Fit all", "Show all events (Home)")
        self.fit_selection_button = tool_button(
            parent, "Fit to selection",
            f"Show the selected events, or else the events the filters leave in view ({FIT_SELECTION_KEY})")
        self.compare_button = tool_button(
            parent, "Compare sources",
            "Open every source that reports the selected event side by side (or double-click it)")
        self.undated_button = QPushButton(parent)
        for widget in (self.lane_combo, self.order_button, self.brush_button, self.clear_button, self.fit_button,
                       self.fit_selection_button, self.compare_button):
            self.bar.addWidget(widget)
        stretch = QWidget(self.bar)
        stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.bar.addWidget(stretch)
        self.bar.addWidget(self.undated_button)

    def show_window(self, window: tuple[str, str] | None) -> None:
        """Offer to clear the time window (inclusive ISO dates) when there is one."""
        self.clear_button.setEnabled(window is not None)

    def show_undated(self, count: int) -> None:
        self.undated_button.setText(f"{count} undated")
        self.undated_button.setToolTip(f"{count} event{'' if count == 1 else 's'} with no known date, not placed; "
                                       "click to select them")
        self.undated_button.setEnabled(count > 0)


def _order_button(parent: QWidget) -> tuple[QToolButton, dict[str, QAction]]:
    """A narrow button ("⇅", the row has no room for another combo box) whose menu orders the lanes: the usual
    order (documents by publication date, clusters by start, entities by events), the lanes holding the most
    events in view first, or those whose first event in view is earliest first. One of them is checked."""
    button = tool_button(parent, "⇅", "Order the lanes: usual order, most events first or earliest first")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    group = QActionGroup(menu)
    actions = {}
    for order, label in LANE_ORDERS.items():
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setData(order)
        group.addAction(action)
        actions[order] = action
    actions[next(iter(LANE_ORDERS))].setChecked(True)
    button.setMenu(menu)
    return button, actions
