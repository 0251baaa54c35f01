"""One source in the side-by-side review: its header and its text with every highlight.

A ``ReviewColumnPane`` shows one ``core.review.compare.ReviewColumn``: four one-line header
labels (title, or the file name when there is none; outlet; publication date and
its basis; passages and their dates), the same in every column so the texts start
at the same height, then the document's text with mentions on their type's colour,
the passages that report the happening emphasised (not every sentence clustered
with it: ``ReviewColumn.reporting``), and disagreeing spans underlined with the
reason as a tooltip. Each highlight carries a text property naming its kind, so
tests and the window can read back what is shown. The pane also measures where a
passage lies, so the window can scroll the columns in step.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from explorer.core.dates import iso_span
from explorer.core.review.compare import DATE_KIND, NUMBER_KIND, ReviewColumn
from explorer.gui.entity_types import display_name, is_dark, sentence_color, strong_colors, type_colors
from explorer.gui.source.text import SourceText, TextOffsets, qt_text
from explorer.gui.source.view import BASIS_TEXT

KINDS = ("passage", "mention", "mark", "selected-entity")
_PROPERTY = {kind: QTextFormat.Property.UserProperty + 40 + i for i, kind in enumerate(KINDS)}
COLUMN_MIN_WIDTH = 320
TOP_MARGIN = 0  # pixels left above a column's first passage when it is scrolled to the top
MARK_COLORS = {DATE_KIND: "#d32f2f", NUMBER_KIND: "#d32f2f"}  # wavy underline; participants get orange
PARTICIPANT_MARK_COLOR = "#ef8f00"
NO_PASSAGE = "No sentence linked to the happening: joined by the people and names it shares"
RELATED_PASSAGES = "Not linked to this action"
# why a source listed without a sentence of the action is in it ({}: "this" or "the" action)
_LISTED_WHY = ("Extraction put this source in the happening by the people and names it shares with the other "
               "sources; none of its sentences was linked to {} action.")
MARK_GROUND = {False: ("#ffcdd2", "#7f0000"), True: ("#7f1d1d", "#ffe0e0")}  # dates, numbers: (background, text)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to fit, keeping the whole text as a tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40)))


class ReviewColumnPane(QFrame):
    """One source: its header and its highlighted text."""

    def __init__(self, column: ReviewColumn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.offsets = TextOffsets(column.text)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = SourceText()
        self.text.setReadOnly(True)
        self.text.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # a stable width: no relayout loops
        self.text.document().setUndoRedoEnabled(False)
        self.text.document().setDocumentMargin(8)
        self.text.setPlainText(qt_text(column.text))
        self.text.viewport().setMouseTracking(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(1)
        for line in self._header_lines():
            layout.addWidget(line)
        layout.addWidget(self.text, 1)

    # -- header ----------------------------------------------------------------------------
    def _header_lines(self) -> list[QLabel]:
        """Four one-line labels, the same in every column, so the texts start at the same height.

        The title heads the column: extracted file names are hashes that tell a reader
        nothing, so the file name only stands in for a missing title (and is in the tooltip).
        """
        column = self.column
        title = ElidedLabel(column.title or column.name)
        title.setFont(QFont(title.font().family(), -1, QFont.Weight.DemiBold))
        title.setToolTip(f"{column.title}\n{column.name}" if column.title else column.name)
        basis = BASIS_TEXT.get(column.published_basis, column.published_basis)
        published = (f"Published {column.published} ({basis or 'no basis'})" if column.published
                     else "Publication date unknown")
        outlet = ElidedLabel(" · ".join(p for p in (column.source or "Unknown outlet", column.copies) if p))
        return [title, outlet, ElidedLabel(published), self._passages_line()]

    def _passages_line(self) -> QLabel:
        column = self.column
        if column.related:
            count = len(column.related)
            line = ElidedLabel(f"{RELATED_PASSAGES}; {count} related sentence{'s' * (count != 1)}")
            line.setToolTip(f"{line.toolTip()}\n{_LISTED_WHY.format('this')} The sentences emphasised tell the "
                            "happening's other actions; they are not compared.")
            return line
        if not column.passages:
            line = ElidedLabel(NO_PASSAGE)
            line.setToolTip(f"{NO_PASSAGE}\n{_LISTED_WHY.format('the')} Read it, and take it out if it tells "
                            "another story.")
            return line
        dates = ", ".join(iso_span(*s) for s in column.date_spans)
        line = ElidedLabel(f"{len(column.reporting)} of {len(column.passages)} clustered sentences emphasised, "
                           + (f"dated {dates}" if dates else "undated"))
        line.setToolTip(f"{line.toolTip()}\nEmphasised: the account's lead and the sentences that date or name "
                        "the happening; the others are like it in words and participants (background, comment).")
        if any(m.kind == DATE_KIND for m in column.marks):
            line.setStyleSheet(f"color: {MARK_COLORS[DATE_KIND]}")
        return line

    # -- highlights ------------------------------------------------------------------------
    def restyle(self, selected: frozenset[str], entity_names: dict[str, str]) -> None:
        """Apply every highlight again, keeping the scroll position."""
        bar = self.text.verticalScrollBar()
        scroll = bar.value()
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        try:  # an edit block left open stops the text's layout: the column would stay blank
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setCharFormat(QTextCharFormat())
            self.text.outlines = []
            self.text.outline_color = self.palette().color(QPalette.ColorRole.Text)
            self._style_passages(cursor)
            self._style_mentions(cursor, entity_names)
            self._style_marks(cursor)
            self._style_selected(cursor, selected)
        finally:
            cursor.endEditBlock()
        bar.setValue(scroll)
        self.text.viewport().update()

    def _apply(self, cursor: QTextCursor, kind: str, key: str, start: int, end: int, fmt: QTextCharFormat) -> None:
        fmt.setProperty(_PROPERTY[kind], key)
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _style_passages(self, cursor: QTextCursor) -> None:
        for passage in self.column.reporting:
            fmt = QTextCharFormat()
            fmt.setBackground(sentence_color(self.palette()))
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setToolTip(f"Reports the clustered event ({html.escape(passage.date or 'no date')})")
            self._apply(cursor, "passage", passage.event_id, passage.start, passage.end, fmt)

    def _style_mentions(self, cursor: QTextCursor, entity_names: dict[str, str]) -> None:
        for mention in self.column.mentions:
            background, foreground = type_colors(mention.type, self.palette())
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            fmt.setForeground(foreground)
            name = entity_names.get(mention.entity_id, mention.entity_id)
            fmt.setToolTip(f"<b>{html.escape(name)}</b><br>{html.escape(display_name(mention.type))} "
                           f"({html.escape(mention.type)})<br><i>click to select</i>")
            self._apply(cursor, "mention", f"{mention.start}", mention.start, mention.end, fmt)

    def _style_marks(self, cursor: QTextCursor) -> None:
        for mark in self.column.marks:
            fmt = QTextCharFormat()
            fmt.setFontUnderline(True)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(MARK_COLORS.get(mark.kind, PARTICIPANT_MARK_COLOR)))
            if mark.kind in MARK_COLORS:  # what the sources contradict each other on: impossible to miss
                background, foreground = MARK_GROUND[is_dark(self.palette())]
                fmt.setBackground(QColor(background))
                fmt.setForeground(QColor(foreground))
            fmt.setToolTip(f"⚠ <b>The sources disagree ({html.escape(mark.kind)})</b><br>{html.escape(mark.note)}")
            self._apply(cursor, "mark", f"{mark.kind}:{mark.start}", mark.start, mark.end, fmt)

    def _style_selected(self, cursor: QTextCursor, selected: frozenset[str]) -> None:
        for mention in self.column.mentions:
            if mention.entity_id not in selected:
                continue
            self.text.outlines.append((self.offsets.to_qt(mention.start), self.offsets.to_qt(mention.end)))
            background, foreground = strong_colors(mention.type)
            fmt = QTextCharFormat()
            fmt.setBackground(background)
            fmt.setForeground(foreground)
            fmt.setFontWeight(QFont.Weight.Bold)
            self._apply(cursor, "selected-entity", f"{mention.start}", mention.start, mention.end, fmt)

    def highlighted_ranges(self, kind: str) -> list[tuple[int, int]]:
        """(start, end) Python offsets of every highlight of ``kind`` the text shows now, in text order."""
        return self.text.property_ranges(_PROPERTY[kind], self.offsets)

    # -- geometry --------------------------------------------------------------------------
    def anchor_value(self) -> int:
        """The scroll position that puts the first passage at the top (0 when there is none)."""
        if not self.column.reporting:
            return 0
        return max(0, round(self.y_of(self.column.reporting[0].start)) - TOP_MARGIN)

    def y_of(self, offset: int) -> float:
        """The document's y (pixels from its top) of the line holding Python offset ``offset``."""
        document = self.text.document()
        position = self.offsets.to_qt(offset)
        block = document.findBlock(position)
        top = document.documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(position - block.position())
        return top + (line.y() if line.isValid() else 0)

    def leave_room_below(self) -> None:
        """Blank space after the text as tall as the view, so even a last passage can come to the top."""
        root = self.text.document().rootFrame()
        fmt = root.frameFormat()
        room = self.text.viewport().height()
        if abs(fmt.bottomMargin() - room) > 1:
            fmt.setBottomMargin(room)
            root.setFrameFormat(fmt)

    def mention_at(self, offset: int):
        return next((m for m in self.column.mentions if m.start <= offset < m.end), None)

    def offset_at(self, point: QPoint) -> int | None:
        """The Python offset of the character under a viewport point, or None off the text."""
        return self.text.offset_at(point, self.offsets)
