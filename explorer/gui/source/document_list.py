"""The source pane's list of documents, as a model over the documents table's columns.

Filling a ``QComboBox`` item by item cost 0.23 s for 20,000 documents at every opening (two
calls into Qt per document); this model only points at the titles and ids, and says a
document's title (after the analyst's marks: ★ starred, ⚑ flagged, ✓ reviewed), id
(``Qt.UserRole``, as ``addItem``'s data) or tooltip when the combo asks for a row it shows. ``row_of`` finds a document's row without Qt's search through every row.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from explorer.core.edits.marks import Marks, glyphs


class DocumentListModel(QAbstractListModel):
    """One row per document: its title (else name, else id), its id as user data, a tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids = np.empty(0, dtype=object)
        self._titles = np.empty(0, dtype=object)
        self._names = np.empty(0, dtype=object)
        self._shared = np.empty(0, dtype=bool)  # whether each title is another document's too
        self._rows = pd.Index([], dtype=object)
        self._published_by: Callable[[], dict[str, str]] = dict
        self._marks = Marks()

    def set_marks(self, marks: Marks) -> None:
        """Show the documents' marks before their titles (a repaint: the rows stay)."""
        self._marks = marks
        if len(self._ids):
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def set_documents(self, documents: pd.DataFrame, published_by: Callable[[], dict[str, str]]) -> None:
        """List ``documents`` (indexed by doc_id); ``published_by()`` gives the copies' lines for the tooltips."""
        self.beginResetModel()
        self._ids = np.asarray(documents.index, dtype=object)
        names = documents["name"].to_numpy(dtype=object)
        titles = documents["title"].to_numpy(dtype=object)
        self._names = names
        self._titles = titles
        # a title two documents share is told apart by the file ("Briefing: …" from report.pdf and from a copy of
        # it in articles.zip read alike in the list, found by a new user, s24)
        self._shared = pd.Series(titles, dtype=object).duplicated(keep=False).to_numpy(dtype=bool)
        self._rows = pd.Index(self._ids, dtype=object)
        self._published_by = published_by
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = index.row()
        doc_id = self._ids[row]
        if role == Qt.ItemDataRole.UserRole:
            return doc_id
        own_title = str(self._titles[row])
        title = own_title or str(self._names[row]) or str(doc_id)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if own_title and self._shared[row]:
                title = f"{title} \u2014 {self._names[row]}"
            marked = glyphs(self._marks.of_document(doc_id))
            return f"{marked} {title}" if marked else title
        if role == Qt.ItemDataRole.ToolTipRole:
            copies = self._published_by()
            return f"{title}\n{self._names[row]}" + (f"\n{copies[doc_id]}" if doc_id in copies else "")
        return None

    def row_of(self, doc_id: str | None) -> int:
        """The document's row, or -1 when it is not listed."""
        if doc_id is None or not len(self._rows):
            return -1
        return int(self._rows.get_indexer([doc_id])[0])
