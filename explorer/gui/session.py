"""The GUI session: the open workspace's tables, the analyst's edits, and the one shared Selection.

Views receive the session, read tables from it, write user gestures to
``session.selection.update(..., origin=self)``, and redraw on
``sig_selection_changed(changed_fields, origin)`` (ignoring notices whose origin
is themselves) and on ``sig_workspace_loaded`` (new tables: rebuild everything;
also sent after each edit, with the selection kept). No view talks to another.

Edits go through ``do_edit``: the decision is saved in the workspace file at
once, applied over extraction's rows, and pushed on ``undo_stack`` so Ctrl+Z and
Ctrl+Shift+Z take it back and forth (each step saved too).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from explorer.core.edits import Edit, apply_edits
from explorer.core.errors import ExplorerError
from explorer.core.model import Tables, empty_tables
from explorer.core.query import EventLookup
from explorer.core.selection import Selection
from explorer.core.store import append_edit, load_edits, remove_edit


class Session(QObject):
    """Owns the workspace tables, fast lookups over them, the edits and the selection."""

    sig_workspace_loaded = Signal()
    sig_selection_changed = Signal(object, object)  # (set of changed field names, origin)
    sig_review_requested = Signal(str)  # a cluster id: some view asked to compare its sources side by side
    sig_edit_failed = Signal(str)  # a one-line reason an edit could not be saved

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.selection = Selection()
        self.selection.connect(lambda changed, origin: self.sig_selection_changed.emit(changed, origin))
        self.undo_stack = QUndoStack(self)
        self.edits: list[Edit] = []
        self.set_tables(empty_tables(), None)

    def set_tables(self, tables: Tables, path: Path | None) -> None:
        """Show a new workspace (extraction's tables; its saved edits are applied over them).

        Clears the selection and the undo history, then tells every view. The selection is
        cleared while the tables it points into are still installed: a view redrawing
        its old document or events on that notice must find them.
        """
        self.selection.clear(origin=self)
        self.raw_tables = tables
        self.path = path
        self.edits = _saved_edits(path)
        self.undo_stack.clear()
        self._install(apply_edits(tables, self.edits) if self.edits else tables)
        self.sig_workspace_loaded.emit()

    # ----- edits ----------------------------------------------------------------------------
    def do_edit(self, edit: Edit) -> bool:
        """Make a decision: save it, apply it, and make it undoable. False (and ``sig_edit_failed``) if it can't be saved."""
        try:
            self._save(edit)
        except (ExplorerError, OSError) as exc:
            self.sig_edit_failed.emit(str(exc))
            return False
        self.undo_stack.push(_EditCommand(self, edit))
        return True

    def _save(self, edit: Edit) -> None:
        if self.path is not None:
            append_edit(self.path, edit)
        self.edits.append(edit)
        self._reapply(edit)

    def _take_back(self, edit: Edit) -> None:
        try:
            if self.path is not None and edit.edit_id is not None:
                remove_edit(self.path, edit.edit_id)
        except (ExplorerError, OSError) as exc:
            self.sig_edit_failed.emit(str(exc))
            return
        self.edits = [e for e in self.edits if e is not edit]
        self._reapply(edit)

    def _reapply(self, edit: Edit) -> None:
        """Apply the edits in force over extraction's rows and redraw, keeping what the analyst points at."""
        self._install(apply_edits(self.raw_tables, self.edits))
        self._keep_selection(edit)
        self.sig_workspace_loaded.emit()

    def _keep_selection(self, edit: Edit) -> None:
        """Entities merged away are replaced by the one they joined; ids that no longer exist are dropped."""
        state, known = self.selection.state, set(self.entity_names)
        into = edit.payload.get("into") if edit.kind == "merge" else None
        merged = set(edit.payload.get("entity_ids", [])) if into else set()

        def kept(ids):
            return {into if e in merged else e for e in ids} & known

        self.selection.update(origin=self, entity_ids=kept(state.entity_ids),
                              filter_entity_ids=kept(state.filter_entity_ids),
                              event_ids=set(state.event_ids) & set(self.events.index))

    # ----- lookups ----------------------------------------------------------------------------
    def _install(self, tables: Tables) -> None:
        self.tables = tables
        entities = tables["entities"]
        self.entity_names: dict[str, str] = dict(zip(entities["entity_id"], entities["name"]))
        self.entity_types: dict[str, str] = dict(zip(entities["entity_id"], entities["type"]))
        self.hidden_entity_ids: frozenset[str] = frozenset(entities.loc[entities["hidden"] != 0, "entity_id"])
        self.documents: pd.DataFrame = tables["documents"].set_index("doc_id", drop=False)
        self.events: pd.DataFrame = tables["events"].set_index("event_id", drop=False)
        self.event_lookup = EventLookup(self.events)  # the filters as array lookups, asked after every gesture

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
        return self.event_lookup.in_view(self.selection.state)

    def names_of(self, entity_ids) -> list[str]:
        """Display names for entity ids (unknown ids shown as they are)."""
        return [self.entity_names.get(e, e) for e in entity_ids]


class _EditCommand(QUndoCommand):
    """One decision on the undo stack; the first redo is the ``do_edit`` that pushed it."""

    def __init__(self, session: Session, edit: Edit) -> None:
        super().__init__(edit.label)
        self.session, self.edit = session, edit
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        try:
            self.session._save(self.edit)
        except (ExplorerError, OSError) as exc:
            self.session.sig_edit_failed.emit(str(exc))

    def undo(self) -> None:
        self.session._take_back(self.edit)


def _saved_edits(path: Path | None) -> list[Edit]:
    """The decisions in a workspace file; none for a new or unreadable one (opening already checked it)."""
    if path is None or not Path(path).is_file():
        return []
    try:
        return load_edits(path)
    except ExplorerError:
        return []
