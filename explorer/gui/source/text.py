"""The text widget the source pane and the review columns share, and the offsets it needs.

Offsets in the tables are Python ``str`` indices; Qt counts UTF-16 code units, so
characters outside the BMP (emoji) take two: ``TextOffsets`` converts both ways.
``SourceText`` is the read-only text that outlines ranges and reads back its
highlights; ``DocumentRows`` finds one document's rows of a table without copying it.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

import numpy as np
import pandas as pd
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QPainter, QPen, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from explorer.core.later import Later, resolved
from explorer.core.query import same_values


class TextOffsets:
    """Converts between Python string offsets and Qt (UTF-16) document positions."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        wide = len(text.encode("utf-16-le")) // 2 != len(text)
        # _qt[i] is the Qt position of Python offset i (0..len), only when they differ
        self._qt = [0, *accumulate(2 if ord(c) > 0xFFFF else 1 for c in text)] if wide else None

    def to_qt(self, offset: int) -> int:
        offset = max(0, min(offset, self.length))
        return offset if self._qt is None else self._qt[offset]

    def to_py(self, position: int) -> int:
        """The Python offset of the character at (or, inside a surrogate pair, holding) ``position``."""
        if self._qt is None:
            return max(0, min(position, self.length))
        return max(0, min(bisect_right(self._qt, position) - 1, self.length))


def qt_text(text: str) -> str:
    """Text as it must go into a QTextDocument to keep one position per character.

    Qt turns ``\\r\\n`` into one paragraph break, which would shift every later offset.
    """
    return text.replace("\r\n", " \n").replace("\r", "\n")


class SourceText(QTextBrowser):
    """The read-only text, which can also draw an outline around some ranges (the selected entity's mentions)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, openLinks=False, openExternalLinks=False)
        self.outlines: list[tuple[int, int]] = []  # Qt positions
        self.outline_color = QColor("#000000")

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.outlines:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.outline_color, 2))
        visible = self.viewport().rect()
        for start, end in self.outlines:
            rect = self._range_rect(start, end)
            if rect is not None and rect.intersects(visible):
                painter.drawRoundedRect(rect.adjusted(-1, 0, 1, 0), 3, 3)
        painter.end()

    def property_ranges(self, prop: int, offsets: TextOffsets) -> list[tuple[int, int]]:
        """(start, end) Python offsets of the runs whose format carries ``prop``, one per property value, in order.

        Each highlight stores its kind and row id as a format property, so this reads
        back what the document really shows (a run split by other formats is joined).
        """
        spans: dict[str, list[int]] = {}
        block = self.document().begin()
        while block.isValid():
            for item in block:
                fragment = item.fragment()
                fmt = fragment.charFormat()
                if fmt.hasProperty(prop):
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    span = spans.setdefault(str(fmt.property(prop)), [start, end])
                    span[0], span[1] = min(span[0], start), max(span[1], end)
            block = block.next()
        return sorted((offsets.to_py(s), offsets.to_py(e)) for s, e in spans.values())

    def offset_at(self, point: QPoint, offsets: TextOffsets) -> int | None:
        """The Python offset of the character under a viewport point, or None off the text."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        if abs(point.y() - rect.center().y()) > rect.height():
            return None
        position = cursor.position() - (1 if point.x() < rect.x() else 0)
        if position < 0 or position >= offsets.to_qt(offsets.length):
            return None
        return offsets.to_py(position)

    def _range_rect(self, start: int, end: int) -> QRect | None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        first = self.cursorRect(cursor)
        cursor.setPosition(end)
        last = self.cursorRect(cursor)
        if first.top() != last.top():
            return None  # wrapped over two lines: the colour and weight still mark it
        return QRect(first.left(), first.top(), last.left() - first.left(), first.height())


class DocumentRows:
    """Finds one document's rows of a big table (mentions, timexes) without a copy of the table.

    Holds the row order by (document, start) and each row's document code in that
    order: a document's rows are one binary search away, and the table is read
    only for the few rows shown. (A sorted copy of the mentions cost a hundred MB
    at a million events.) The order is worked out in the background (``Later``: 0.4 s for
    two million mentions, while the window is first drawn); until it is there, a document's
    rows are found by comparing its id with the table's (50 ms at two million mentions).
    """

    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table
        self._built: Later | tuple[pd.Index, np.ndarray, np.ndarray] = Later(lambda: _document_order(table))

    def over(self, table: pd.DataFrame) -> DocumentRows:
        """Finding rows of ``table``, a new version of this one's: the order is reused when the
        documents and starts are the same (an edit of entities changes neither), else found again."""
        if table is self.table:
            return self
        if len(table) != len(self.table) or not all(_same_values(table[c], self.table[c]) for c in ("doc_id", "start")):
            return DocumentRows(table)
        rows = DocumentRows.__new__(DocumentRows)
        rows.table, rows._built = table, self._built
        return rows

    def of(self, doc_id: str) -> pd.DataFrame | None:
        """The document's rows ordered by start, or None when it has none."""
        if isinstance(self._built, Later) and not self._built.done():
            return self._scanned(doc_id)
        self._built = docs, order, codes = resolved(self._built)
        code = docs.get_indexer([doc_id])[0]
        if code < 0:
            return None
        # the bounds as the codes' own dtype: a Python int list would make numpy cast all 2M codes first (16 ms)
        first, last = np.searchsorted(codes, np.array([code, code + 1], dtype=codes.dtype))
        return self.table.iloc[order[first:last]]

    def _scanned(self, doc_id: str) -> pd.DataFrame | None:
        """The document's rows ordered by start, found by one pass over the ids (while the order is built)."""
        rows = np.flatnonzero(self.table["doc_id"].to_numpy(dtype=object) == doc_id)
        if not len(rows):
            return None
        return self.table.iloc[rows[np.argsort(self.table["start"].to_numpy()[rows], kind="stable")]]


def _document_order(table: pd.DataFrame) -> tuple[pd.Index, np.ndarray, np.ndarray]:
    """The documents (as codes' index), the row order by (document, start), each row's code in that order."""
    codes, uniques = pd.factorize(table["doc_id"].to_numpy(dtype=object))
    order = np.lexsort((table["start"].to_numpy(), codes)).astype(np.int32)
    return pd.Index(uniques, dtype=object), order, codes[order].astype(np.int32)


def _same_values(new: pd.Series, old: pd.Series) -> bool:
    """Whether two columns hold the same values: at once when an edit's shallow copy shares their memory."""
    return same_values(new, old)
