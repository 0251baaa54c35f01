"""The timeline's toolbar: lane mode, brush, clear, fit, compare, and its notes on what is shown.

``TimelineToolbar`` builds the row of controls and the texts it shows (the time
window, "Density: zoom in", the undated events' count); the timeline connects the
controls to what they do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from explorer.gui.timeline.hover import date_words
from explorer.gui.timeline.layer import DETAIL_LIMIT
from explorer.gui.timeline.layout import LANE_MODES


class TimelineToolbar:
    """The controls above the plot, laid out in ``layout``."""

    def __init__(self, parent: QWidget) -> None:
        self.layout = QHBoxLayout()
        self.layout.setContentsMargins(4, 0, 4, 0)
        self.lane_combo = QComboBox(parent)
        for mode, label in LANE_MODES.items():
            self.lane_combo.addItem(label, mode)
        self.lane_combo.setToolTip("What each lane (row) of the timeline is")
        self.brush_button = _tool_button(parent, "Brush", "Drag to draw a time window (or Shift+drag)")
        self.brush_button.setCheckable(True)
        self.clear_button = _tool_button(parent, "Clear window", "Remove the time window (Esc)")
        self.fit_button = _tool_button(parent, "Fit all", "Show all events (Home)")
        self.compare_button = _tool_button(
            parent, "Compare sources",
            "Open every source that reports the selected event side by side (or double-click it)")
        self.window_label = QLabel(parent)
        self.density_label = QLabel(parent)
        self.undated_button = QPushButton(parent)
        self.undated_button.setToolTip("Events with no known date are not placed; click to select them")
        self.layout.addWidget(QLabel("Lanes:", parent))
        for widget in (self.lane_combo, self.brush_button, self.clear_button, self.fit_button, self.compare_button,
                       self.window_label):
            self.layout.addWidget(widget)
        self.layout.addStretch(1)
        self.layout.addWidget(self.density_label)
        self.layout.addWidget(self.undated_button)

    def show_window(self, window: tuple[str, str] | None) -> None:
        """Name the time window (inclusive ISO dates), or nothing when there is none."""
        self.clear_button.setEnabled(window is not None)
        self.window_label.setText("" if window is None else
                                  f"Window: {date_words(window[0], window[0])} – {date_words(window[1], window[1])}")

    def show_density(self, on_screen: int) -> None:
        """Say when the plot shows a density because too many events are on screen."""
        dense = on_screen > DETAIL_LIMIT
        self.density_label.setText("Density: zoom in" if dense else "")
        self.density_label.setToolTip(
            f"{on_screen:,} events on screen, too many to draw one by one: each small square\n"
            "is as bright as the number of events in it. Zoom in to see each event." if dense else "")

    def show_undated(self, count: int) -> None:
        self.undated_button.setText(f"{count} undated event{'' if count == 1 else 's'}")
        self.undated_button.setEnabled(count > 0)


def _tool_button(parent: QWidget, text: str, tip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    return button
