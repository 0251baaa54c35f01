"""The sentences behind an edge: the pane the graph opens under the drawing when an edge is clicked.

Every number and line in Explorer leads back to the text that gave it. Clicking an
edge selects its events everywhere (the timeline marks them) and lists them here,
one row per event: its date, its sentence and its document, oldest first. Clicking
a row points the shared selection at that event and its document, so the source
pane shows the sentence in its article; the graph never talks to the source pane.
A relation backed by thousands of events lists the first ``MAX_ROWS`` (all of them
stay selected).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from explorer.core.dates import date_label
from explorer.gui.rows_model import RowsTableModel

MAX_ROWS = 500  # rows listed; word-wrapped rows are measured one by one, so a longer list would stall the click
COL_DATE, COL_SENTENCE, COL_DOCUMENT = range(3)
HEADERS = ("Date", "Sentence", "Document")
COLUMNS = ("date", "sentence", "document")
DOCUMENT_CHARS = 40  # of a document's title shown in its cell (all of it in the tooltip): rows stay one sentence tall
Index = QModelIndex | QPersistentModelIndex


def evidence_rows(session, event_ids: list[str], limit: int = MAX_ROWS) -> tuple[pd.DataFrame, int]:
    """The first ``limit`` of the events, oldest first (undated last), as rows of ``event_id``, ``doc_id``,
    ``date``, ``document`` (its title, else its file name) and ``sentence``; and how many events there are.

    Only the dates are read for every event (an edge at a million events holds twenty thousand); the rest
    for the rows listed. Found through the session's event lookup (positions in its ids' order: no hash
    table over every event).
    """
    events = session.events
    positions = np.asarray(session.event_lookup.positions_of(list(event_ids)))
    starts = _texts(events["date_start"], positions)
    ends = _texts(events["date_end"], positions)
    keys = np.array([s or e or "~" for s, e in zip(starts, ends)], dtype=str)
    order = np.lexsort((positions, keys))[:limit] if len(positions) else np.empty(0, dtype=int)
    chosen = positions[order]
    doc_ids = _texts(events["doc_id"], chosen)
    documents = session.documents
    titles = documents["title"].reindex(doc_ids).fillna("").astype(str).tolist()
    names = documents["name"].reindex(doc_ids).fillna("").astype(str).tolist()
    rows = pd.DataFrame({
        "event_id": _texts(events["event_id"], chosen),
        "doc_id": doc_ids,
        "date": [date_label(starts[i], ends[i]) for i in order.tolist()],
        "document": [t or n for t, n in zip(titles, names)],
        "sentence": [" ".join(s.split()) for s in _texts(events["sentence"], chosen)],
    })
    return rows, len(positions)


def _texts(column: pd.Series, positions: np.ndarray) -> list[str]:
    """The column's cells at ``positions`` as strings ("" for a missing one): taken at once (no copy of the
    whole column, whether it holds codes, Arrow strings or objects)."""
    return [value if isinstance(value, str) else "" for value in column.iloc[positions].tolist()]


class EvidenceModel(RowsTableModel):
    """One row per event behind an edge: date, document, sentence."""

    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows = pd.DataFrame(columns=["event_id", "doc_id", "date", "document", "sentence"])

    def set_rows(self, rows: pd.DataFrame) -> None:
        self.beginResetModel()
        self._rows = rows.reset_index(drop=True)
        self.endResetModel()


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = str(self._rows[COLUMNS[index.column()]].iat[index.row()])
        if index.column() == COL_DOCUMENT and role == Qt.ItemDataRole.DisplayRole and len(text) > DOCUMENT_CHARS:
            return text[:DOCUMENT_CHARS - 1].rstrip() + "…"
        return text

    def event_at(self, row: int) -> tuple[str, str]:
        """(event id, document id) of a row."""
        return str(self._rows["event_id"].iat[row]), str(self._rows["doc_id"].iat[row])


class EvidencePane(QWidget):
    """A title (the edge and how many events back it), a close button and the table of its sentences."""

    sig_closed = Signal()  # the analyst closed the list

    def __init__(self, on_open: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_open = on_open
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip("Close the list of sentences")
        close.clicked.connect(self.close_list)
        self.model = EvidenceModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SENTENCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_DOCUMENT, QHeaderView.ResizeMode.Interactive)
        self.table.clicked.connect(self._open)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_events(self, title: str, rows: pd.DataFrame, total: int) -> None:
        """List ``rows`` (``evidence_rows``: the first of ``total`` events) under ``title`` and show the pane."""
        more = f" (the first {len(rows):,} listed)" if total > len(rows) else ""
        self.title.setText(f"{title}: {total:,} event{'s' if total != 1 else ''}{more}")
        self.model.set_rows(rows)
        self.table.setColumnWidth(COL_DOCUMENT, 180)
        self.show()
        self.table.resizeRowsToContents()

    def close_list(self) -> None:
        self.hide()
        self.sig_closed.emit()

    def _open(self, index: QModelIndex) -> None:
        self._on_open(*self.model.event_at(index.row()))
