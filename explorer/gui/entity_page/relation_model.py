"""The entity's strongest relations as a table model: the other entity, the relation, its weight, its events.

Rows are ``profile.strongest_relations``' (the heaviest ``TOP_RELATIONS``). A verb relation reads
with its direction, from agent to patient: "hosted → Rubio" when this entity is the agent, "← hosted
by" when the other one is. The events column counts the events behind the relation; the page opens them.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from explorer.gui.entity_page.profile import event_ids_at
from explorer.gui.rows_model import RowsTableModel

COL_OTHER, COL_KIND, COL_WEIGHT, COL_EVENTS = range(4)
HEADERS = ("Entity", "Relation", "Weight", "Events")
ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNDIRECTED = {"co-participant", "co-mention"}

Index = QModelIndex | QPersistentModelIndex


class RelationModel(RowsTableModel):
    """The strongest relations of one entity."""

    HEADERS = HEADERS

    def __init__(self, names: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self._names = names
        self._rows = pd.DataFrame(columns=["other", "kind", "outgoing", "weight", "events", "event_ids"])

    def set_relations(self, relations: pd.DataFrame) -> None:
        self.beginResetModel()
        self._rows = relations.reset_index(drop=True)
        self.endResetModel()

    def relation_at(self, row: int) -> tuple[str, list[str]]:
        """(the other entity's id, the ids of the events behind the relation) of a row."""
        return str(self._rows.at[row, "other"]), event_ids_at(self._rows, row)


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        other = str(self._rows.at[row, "other"])
        if role == ENTITY_ID_ROLE:
            return other
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_OTHER:
                return self._names(other)
            if column == COL_KIND:
                return relation_words(str(self._rows.at[row, "kind"]), bool(self._rows.at[row, "outgoing"]))
            return int(self._rows.at[row, "weight" if column == COL_WEIGHT else "events"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_WEIGHT, COL_EVENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ("click: select this entity everywhere · double-click: open its page"
                    if column != COL_EVENTS else "click: select the events behind this relation (their sentences)")
        return None


def relation_words(kind: str, outgoing: bool) -> str:
    """"met →" when this entity is the agent, "← met" when the other one is; co-relations as they are."""
    if kind in UNDIRECTED:
        return kind
    return f"{kind} →" if outgoing else f"← {kind}"
