"""The shape every read-only list of the workbench shares: rows held in ``_rows``, a fixed row of column headers.

The entity page's mentions and relations and the graph's evidence list each show rows worked out elsewhere; what
Qt asks of a table model beyond ``data`` (how many rows and columns, the headers) is the same for all of them, so it
is written once here and a model gives only its ``HEADERS`` and its ``data``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsTableModel(QAbstractTableModel):
    """A table model over ``self._rows`` (anything with a length) with the columns ``HEADERS``."""

    HEADERS: tuple[str, ...] = ()
    _rows: object

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)  # type: ignore[arg-type]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None
