"""Whether the analyst can see a panel, and a call when a dock's tab comes forward.

Docks tabified together (Entities, Search and Facets share the left area) stay *visible* to Qt when
another tab covers them: ``isVisible()`` is True, no hide or show event comes when the tab changes,
only the dock's ``visibilityChanged``. A panel that does work on every filter for what it shows (the
facets' counts: a second or more of a background thread at ten million events) asks ``on_screen``
before doing it, and ``follow_dock`` tells it when its tab is raised so it does the work it put off
(bench/README.md, Run s17: a covered facets tab counted at every filter and slowed every gesture).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDockWidget, QWidget


def on_screen(widget: QWidget) -> bool:
    """Shown and not covered: a page of a tabbed dock group behind another page (or a panel squeezed to
    nothing) has an empty visible region though ``isVisible()`` says True."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def dock_of(widget: QWidget) -> QDockWidget | None:
    """The dock holding ``widget`` (itself or an ancestor), or None."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent


class DockFollower:
    """Calls ``shown()`` each time the dock holding ``widget`` comes forward (shown, or its tab raised);
    ``follow()`` again after ``widget`` has moved to another dock (its ``ParentChange``)."""

    def __init__(self, widget: QWidget, shown: Callable[[], None]) -> None:
        self._widget = widget
        self._shown = shown
        self._dock: QDockWidget | None = None

    def follow(self) -> None:
        dock = dock_of(self._widget)
        if dock is self._dock:
            return
        if self._dock is not None:
            try:
                self._dock.visibilityChanged.disconnect(self._on_visibility)
            except (RuntimeError, TypeError):  # (the old dock is gone)
                pass
        self._dock = dock
        if dock is not None:
            dock.visibilityChanged.connect(self._on_visibility)

    def _on_visibility(self, visible: bool) -> None:
        if visible:
            self._shown()
