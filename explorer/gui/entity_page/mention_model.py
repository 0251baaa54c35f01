"""Every mention of the entity as a table model: its document, the document's date, and its sentence.

A thin ``QAbstractTableModel`` over the mentions' columns as arrays (``EntityProfile.mentions``, in
reading order), so the most mentioned entity's 270,105 rows cost arrays, not 800,000 items: a view asks
for the rows it paints, and only those rows' sentences are cut from their documents' text (``snippets``;
a few hundred kept). ``show_only(form)`` narrows the list to the mentions written one way (a surface
form's count opens the sentences behind it). ``SentenceDelegate`` paints the sentence with the mention in
bold.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from explorer.gui.entity_page.provenance import written_forms
from explorer.gui.entity_page.snippets import marked_html, sentence_parts
from explorer.gui.rows_model import RowsTableModel

COL_DOCUMENT, COL_PUBLISHED, COL_SENTENCE = range(3)
HEADERS = ("Document", "Published", "Sentence")
HTML_ROLE = Qt.ItemDataRole.UserRole + 1  # the sentence as HTML, the mention in bold
MENTION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
BEFORE_SHOWN = 50  # characters of the sentence before the mention a row shows (the tooltip has all of it)
KEPT_SENTENCES = 2000  # sentences cut and kept, for the rows painted (dropped when more are cut)

Index = QModelIndex | QPersistentModelIndex


class MentionListModel(RowsTableModel):
    """The mentions of one entity (or those written one way), one row each, in reading order."""

    HEADERS = HEADERS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: pd.DataFrame | None = None
        self._all = pd.DataFrame(columns=["mention_id", "doc_id", "start", "end", "text"])
        self._rows = np.empty(0, dtype=np.int64)  # the positions in ``_all`` listed
        self._ids = self._docs = self._texts = np.empty(0, dtype=object)
        self._starts = self._ends = np.empty(0, dtype=np.int64)
        self._sentences: dict[int, tuple[str, str, str]] = {}
        self._document_cells: dict[str, tuple[str, str, str]] = {}
        self.form = ""

    # ----- filling ---------------------------------------------------------------------------
    def set_mentions(self, mentions: pd.DataFrame, documents: pd.DataFrame) -> None:
        """Show these mentions (``mention_id``, ``doc_id``, ``start``, ``end``, ``text``, in order)."""
        self.beginResetModel()
        self._documents, self._all = documents, mentions
        self._ids = mentions["mention_id"].to_numpy(dtype=object)
        self._docs = mentions["doc_id"].to_numpy(dtype=object)
        self._starts = mentions["start"].to_numpy(dtype=np.int64)
        self._ends = mentions["end"].to_numpy(dtype=np.int64)
        self._texts = mentions["form"].to_numpy(dtype=object) if "form" in mentions else \
            np.asarray(written_forms(mentions["text"]), dtype=object)
        self._rows = np.arange(len(mentions), dtype=np.int64)
        self._sentences, self._document_cells, self.form = {}, {}, ""
        self.endResetModel()

    def show_only(self, form: str) -> None:
        """List only the mentions written ``form`` ("" lists them all again)."""
        self.beginResetModel()
        self.form = form
        self._rows = np.flatnonzero(self._texts == form) if form else np.arange(len(self._ids), dtype=np.int64)
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    # ----- reading ---------------------------------------------------------------------------
    def mention_at(self, row: int) -> tuple[str, str, int, int]:
        """(mention id, document id, start, end) of a listed row."""
        at = int(self._rows[row])
        return str(self._ids[at]), str(self._docs[at]), int(self._starts[at]), int(self._ends[at])

    def row_of(self, mention_id: str) -> int:
        """The listed row of a mention, -1 when not listed."""
        hits = np.flatnonzero(self._ids[self._rows] == mention_id)
        return int(hits[0]) if len(hits) else -1


    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        at, column = int(self._rows[index.row()]), index.column()
        if role == MENTION_ID_ROLE:
            return str(self._ids[at])
        if column == COL_SENTENCE:
            return self._sentence_data(at, role)
        title, published, tip = self._document_cell(str(self._docs[at]))
        if role == Qt.ItemDataRole.DisplayRole:
            return title if column == COL_DOCUMENT else published
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def _sentence_data(self, at: int, role: int):
        if role not in (Qt.ItemDataRole.DisplayRole, HTML_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        before, mention, after = self._sentence(at)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<p>{marked_html((before, mention, after))}</p><i>click to read it in the source</i>"
        shown = before if len(before) <= BEFORE_SHOWN else "…" + before[-BEFORE_SHOWN:].lstrip()
        if role == HTML_ROLE:
            return marked_html((shown, mention, after))
        return f"{shown}{mention}{after}"

    def _sentence(self, at: int) -> tuple[str, str, str]:
        parts = self._sentences.get(at)
        if parts is None:
            if len(self._sentences) >= KEPT_SENTENCES:
                self._sentences.clear()
            doc_id = str(self._docs[at])
            text = "" if self._documents is None or doc_id not in self._documents.index else \
                str(self._documents.at[doc_id, "text"])
            parts = self._sentences[at] = sentence_parts(text, int(self._starts[at]), int(self._ends[at]))
        return parts

    def _document_cell(self, doc_id: str) -> tuple[str, str, str]:
        """(title or name, publication date, tooltip) of a document, kept per document."""
        cell = self._document_cells.get(doc_id)
        if cell is None:
            documents = self._documents
            if documents is None or doc_id not in documents.index:
                cell = (doc_id, "", doc_id)
            else:
                row = documents.loc[doc_id, ["title", "name", "source", "published"]]
                title = str(row["title"] or row["name"])
                source = f" · {row['source']}" if row["source"] else ""
                cell = (title, str(row["published"] or "unknown"),
                        f"<b>{html.escape(title)}</b><br>{html.escape(str(row['name']))}{html.escape(source)}")
            self._document_cells[doc_id] = cell
        return cell


class SentenceDelegate(QStyledItemDelegate):
    """Paints a cell's ``HTML_ROLE`` (the sentence, the mention in bold) on one line, clipped to the cell."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        text = index.data(HTML_ROLE)
        if text is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(2)
        document.setHtml(f"<span style='white-space:pre'>{text}</span>")
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.setClipRect(option.rect)
        top = option.rect.top() + max(0, (option.rect.height() - document.size().height()) / 2)
        painter.translate(option.rect.left(), top)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), option.fontMetrics.height() + 6))
