"""What the analyst can do with one event from a menu: compare its sources, take it out of its
cluster, note it, tag it.

Notes and tags are decisions saved through ``session.do_edit`` (undoable, kept
when extraction runs again); "Compare Sources" asks the window for the
side-by-side review of the event's cluster.
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from explorer.core.edits import decisions
from explorer.gui.session import Session


class EventEditActions:
    """Builds the event part of a context menu and makes the edits."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        self.session = session
        self.parent = parent

    def add_to_menu(self, menu: QMenu, event_id: str) -> None:
        cluster_id = self._field(event_id, "cluster_id")
        compare = menu.addAction("Compare Sources…", lambda: self.session.request_review(cluster_id))
        compare.setEnabled(bool(cluster_id))
        if not cluster_id:
            compare.setToolTip("No other source reports this event")
        take_out = menu.addAction("Take Out of Its Cluster", lambda: self.take_out_of_cluster(event_id))
        take_out.setEnabled(bool(cluster_id))
        menu.addAction("Edit Note…" if self._field(event_id, "note") else "Add Note…", lambda: self._ask_note(event_id))
        menu.addAction("Tags…", lambda: self._ask_tags(event_id))

    def take_out_of_cluster(self, event_id: str) -> bool:
        """The event is not the happening its cluster tells: it leaves the cluster (undoable, kept when
        extraction runs again; the cluster goes if fewer than two sources are left)."""
        cluster_id = self._field(event_id, "cluster_id")
        clusters = self.session.table("clusters")
        rows = clusters[clusters["cluster_id"] == cluster_id]
        if not cluster_id or rows.empty:
            return False
        return self.session.do_edit(decisions.remove_from_cluster(event_id, rows.iloc[0]))

    def set_note(self, event_id: str, text: str) -> bool:
        text = text.strip()
        if text == self._field(event_id, "note"):
            return False
        return self.session.do_edit(decisions.note(event_id, text))

    def set_tags(self, event_id: str, tags: list[str]) -> bool:
        clean = sorted({t.strip().lstrip("#") for t in tags if t.strip().lstrip("#")})
        if clean == sorted(self._field(event_id, "tags") or []):
            return False
        return self.session.do_edit(decisions.tags(event_id, clean))

    def _ask_note(self, event_id: str) -> None:
        text, ok = QInputDialog.getMultiLineText(self.parent, "Note on Event", self._field(event_id, "sentence")[:200],
                                                 self._field(event_id, "note"))
        if ok:
            self.set_note(event_id, text)

    def _ask_tags(self, event_id: str) -> None:
        current = ", ".join(self._field(event_id, "tags") or [])
        text, ok = QInputDialog.getText(self.parent, "Tag Event", "Tags, separated by commas:", text=current)
        if ok:
            self.set_tags(event_id, text.split(","))

    def _field(self, event_id: str, field: str):
        row = self.session.event_lookup.position_of(event_id)  # (no hash table over every event id)
        return "" if row is None else self.session.events[field].iat[row]
