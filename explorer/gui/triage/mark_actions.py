"""The mark gestures of a view: S stars, F flags, R marks reviewed the rows selected in it, and a menu does the same.

A view that lists events or documents gives a function that says what is selected (the target, the ids, and for
events their anchors); the actions toggle: a mark every selected row carries is taken off, else put on all of them,
as one decision (one Ctrl+Z takes it back). The keys are bound to the view's own widget (``WidgetShortcut``, or
with its children), so they act only where the view has the keyboard focus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget

from explorer.core.edits.marks import DOCUMENTS, EVENTS, FLAG, GLYPHS, MARKS, NAMES, REVIEWED, STAR, Anchor, mark
from explorer.gui.session import Session

KEYS = {STAR: "S", FLAG: "F", REVIEWED: "R"}

Picked = tuple[str, list[str], Mapping[str, Anchor]]  # (target, ids, anchors of events)


def picked_events(session: Session, ids: list[str]) -> Picked:
    """Events to mark, with their anchors (document, trigger offset) read at their rows alone (no column made whole)."""
    events = session.events
    at = session.event_lookup.positions_of(ids)
    anchors = zip(events["event_id"].iloc[at].tolist(), events["doc_id"].iloc[at].tolist(),
                  events["trigger_start"].iloc[at].tolist())
    return EVENTS, ids, {e: (str(d), int(t)) for e, d, t in anchors}


class MarkActions:
    """Star / Flag / Mark Reviewed for what ``picked()`` says is selected in ``widget``."""

    def __init__(self, session: Session, widget: QWidget, picked: Callable[[], Picked],
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut) -> None:
        self.session, self.picked = session, picked
        self.actions: dict[str, QAction] = {}
        for which in MARKS:
            action = QAction(f"{GLYPHS[which]} {NAMES[which]}", widget)
            action.setShortcut(QKeySequence(KEYS[which]))
            action.setShortcutContext(context)
            action.triggered.connect(lambda _checked=False, w=which: self.toggle(w))
            widget.addAction(action)
            self.actions[which] = action

    def toggle(self, which: str) -> bool:
        """Put ``which`` on the selected rows, or take it off when all of them carry it; False when none is selected."""
        target, ids, anchors = self.picked()
        if not ids:
            return False
        held = self.session.marks.of_document if target == DOCUMENTS else self.session.marks.of_event
        on = not all(which in held(i) for i in ids)
        return self.session.do_edit(mark(target, ids, which, on, anchors))

    def add_to_menu(self, menu: QMenu) -> None:
        """The three marks, each saying whether it puts on or takes off for the rows selected now."""
        target, ids, _ = self.picked()
        held = self.session.marks.of_document if target == DOCUMENTS else self.session.marks.of_event
        for which, action in self.actions.items():
            off = bool(ids) and all(which in held(i) for i in ids)
            action.setText(f"{GLYPHS[which]} {'Remove ' + NAMES[which].replace('Mark ', '') if off else NAMES[which]}")
            action.setEnabled(bool(ids))
            menu.addAction(action)
