"""One guard against a view's own echo, used by every view.

Linked views write the analyst's gestures into the shared Selection and redraw on
its notices. Two loops must not happen: a view redrawing on a notice it caused
itself, and a view's own widgets (a tree's selection, a combo box, a line edit)
writing back a change the view is only *showing*. ``Echo`` handles both:

    self.echo = Echo(self)
    self.echo.update(entity_ids={e})          # a gesture: origin is the view
    if self.echo.mine(origin): return         # in the selection handler
    with self.echo.applying(self.combo):      # showing a change made elsewhere
        ...                                   # the combo's signals are blocked,
    if self.echo.active: return               # and handlers of other widgets check this
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager

from PySide6.QtCore import QObject, QSignalBlocker


class Echo:
    """A view's echo guard: the origin it writes with, and a flag (with blocked widgets) while it shows a change."""

    def __init__(self, view: QObject) -> None:
        self.view = view
        self._depth = 0

    def update(self, **changes: object) -> set[str]:
        """Write a gesture into the shared selection, with this view as the origin."""
        return self.view.session.selection.update(origin=self.view, **changes)  # type: ignore[attr-defined]

    def mine(self, origin: object) -> bool:
        """Whether a selection notice is this view's own change coming back."""
        return origin is self.view

    @property
    def active(self) -> bool:
        """True while the view is showing a change (its widgets' handlers must not write it back)."""
        return self._depth > 0

    @contextmanager
    def applying(self, *widgets: QObject) -> Iterator[None]:
        """Show a change made elsewhere: ``active`` is True and ``widgets`` send no signals meanwhile."""
        self._depth += 1
        try:
            with ExitStack() as stack:
                for widget in widgets:
                    blocker = QSignalBlocker(widget)
                    stack.callback(blocker.unblock)
                yield
        finally:
            self._depth -= 1
