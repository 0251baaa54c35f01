"""The GUI session: the open workspace's tables and the one shared Selection.

Views receive the session, read tables from it, write user gestures to
``session.selection.update(..., origin=self)``, and redraw on
``sig_selection_changed(changed_fields, origin)`` (ignoring notices whose origin
is themselves) and on ``sig_workspace_loaded`` (new tables: rebuild everything).
No view talks to another.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, Signal

from explorer.core.model import Tables, empty_tables
from explorer.core.query import events_in_view
from explorer.core.selection import Selection


class Session(QObject):
    """Owns the workspace tables, fast lookups over them, and the selection."""

    sig_workspace_loaded = Signal()
    sig_selection_changed = Signal(object, object)  # (set of changed field names, origin)
    sig_review_requested = Signal(str)  # a cluster id: some view asked to compare its sources side by side

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.selection = Selection()
        self.selection.connect(lambda changed, origin: self.sig_selection_changed.emit(changed, origin))
        self.set_tables(empty_tables(), None)

    def set_tables(self, tables: Tables, path: Path | None) -> None:
        """Show a new workspace: clears the selection, then tells every view."""
        self.tables = tables
        self.path = path
        self.entity_names: dict[str, str] = dict(zip(tables["entities"]["entity_id"], tables["entities"]["name"]))
        self.entity_types: dict[str, str] = dict(zip(tables["entities"]["entity_id"], tables["entities"]["type"]))
        self.documents: pd.DataFrame = tables["documents"].set_index("doc_id", drop=False)
        self.events: pd.DataFrame = tables["events"].set_index("event_id", drop=False)
        self.selection.clear(origin=self)
        self.sig_workspace_loaded.emit()

    def request_review(self, cluster_id: str) -> None:
        """Ask the window to open a cluster's sources side by side (views never open windows themselves)."""
        if cluster_id:
            self.sig_review_requested.emit(cluster_id)

    @property
    def state(self):
        """The selection's current snapshot (``SelectionState``)."""
        return self.selection.state

    def events_in_view(self) -> pd.DataFrame:
        """Events that pass the checked-entity and time-window filters."""
        return events_in_view(self.events, self.selection.state)

    def names_of(self, entity_ids) -> list[str]:
        """Display names for entity ids (unknown ids shown as they are)."""
        return [self.entity_names.get(e, e) for e in entity_ids]
