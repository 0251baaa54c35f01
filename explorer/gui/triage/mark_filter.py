"""A box that shows only the starred, flagged, reviewed or not yet reviewed events, in every view.

It writes the selection's ``mark_filter`` (``core.selection.MarkFilter``: the mark and the few events that carry
it, from ``session.mark_filter``), so the event table, the timeline and the graph narrow through the one filter
machinery (``EventLookup``), and it shows the filter set elsewhere (a saved view, Clear Selection and Filters).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from explorer.core.edits.marks import FLAG, GLYPHS, REVIEWED, STAR
from explorer.core.selection import MARK_FILTER
from explorer.gui.echo import Echo
from explorer.gui.session import Session

CHOICES = [("All events", None), (f"{GLYPHS[STAR]} Starred", (STAR, True)), (f"{GLYPHS[FLAG]} Flagged", (FLAG, True)),
           (f"{GLYPHS[REVIEWED]} Reviewed", (REVIEWED, True)), ("Not yet reviewed", (REVIEWED, False))]


class MarkFilterBox(QComboBox):
    """All events / Starred / Flagged / Reviewed / Not yet reviewed."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)
        for label, _ in CHOICES:
            self.addItem(label)
        self.setToolTip("Show only the events you starred, flagged or marked reviewed (S, F, R on selected rows)")
        self.currentIndexChanged.connect(self._chosen)
        session.sig_selection_changed.connect(self._on_selection_changed)
        session.sig_workspace_loaded.connect(self._show_current)

    def choose(self, mark: str | None, present: bool = True) -> None:
        """Pick the entry of ``mark`` (None: all events), as the analyst would."""
        self.setCurrentIndex(next(i for i, (_, c) in enumerate(CHOICES) if c == (None if mark is None else (mark, present))))

    def _chosen(self, index: int) -> None:
        if self.echo.active:
            return
        choice = CHOICES[index][1]
        self.echo.update(mark_filter=None if choice is None else self.session.mark_filter(*choice))

    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if MARK_FILTER in changed and not self.echo.mine(origin):
            self._show_current()

    def _show_current(self) -> None:
        current = self.session.state.mark_filter
        choice = None if current is None else (current.mark, current.present)
        with self.echo.applying(self):
            self.setCurrentIndex(next((i for i, (_, c) in enumerate(CHOICES) if c == choice), 0))
