"""The entity filter: the filter box's text and the header's sort clicks, handed to the tree model.

The tree sees the model through ``EntityFilterProxyModel``, which passes it
through unchanged; filtering and sorting happen in the model itself.
"""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, Qt


class EntityFilterProxyModel(QIdentityProxyModel):
    """The tree model as the tree sees it; the filter text and sorting go to the model.

    The model filters and sorts itself in one pass each (a filter proxy would ask
    Python about every one of 100k rows per keystroke); this proxy maps nothing row by row.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_needle(self, text: str) -> None:
        """Filter to entities whose name or an alias contains ``text`` (any case).

        The model matches every entity in one pass and moves its rows with a layout
        change (no model reset: selections and expansion survive).
        """
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        self._needle = needle
        self.sourceModel().set_search(needle)

    def needle(self) -> str:
        return self._needle

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
