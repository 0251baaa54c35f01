"""The side-by-side review: every source of a cluster in its own column.

A cluster groups events from different documents that report the same happening;
this window lets the analyst read those documents next to each other. The
disagreements ``explorer.core.review`` finds are stated at the top; each column
has a header (outlet, publication date and its basis, file name, title) and the
document's text with mentions on their type's colour, the passages that report
the clustered event emphasised, and disagreeing spans underlined in red with the
reason as a tooltip. Each column opens with its first passage at the top, and
while "Link scrolling" is on, scrolling one column scrolls the others by the same
distance from their own first passage, so the passages stay side by side.
Clicking a mention selects its entity in the shared selection; the selected
entity's mentions are shown strongly in every column.

Preview: ``python -m explorer.gui.review_window [--screenshot FILE.png]``.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QScrollArea, QSizePolicy,
                               QToolBar, QVBoxLayout, QWidget)

from explorer.core.export.review import write_review_csv, write_review_html
from explorer.core.review import DATE_KIND, NUMBER_KIND, Review, ReviewColumn, build_review, span_text
from explorer.gui.entity_types import entity_type, is_dark, sentence_color, strong_colors, type_colors
from explorer.gui.files import default_export_path
from explorer.gui.session import Session
from explorer.gui.source_pane import BASIS_TEXT, SourceText, TextOffsets, qt_text

KINDS = ("passage", "mention", "mark", "selected-entity")
_PROPERTY = {kind: QTextFormat.Property.UserProperty + 40 + i for i, kind in enumerate(KINDS)}
COLUMN_MIN_WIDTH = 320
TOP_MARGIN = 0  # pixels left above a column's first passage when it is scrolled to the top
MARK_COLORS = {DATE_KIND: "#d32f2f", NUMBER_KIND: "#d32f2f"}  # wavy underline; participants get orange
PARTICIPANT_MARK_COLOR = "#ef8f00"
MARK_GROUND = {False: ("#ffcdd2", "#7f0000"), True: ("#7f1d1d", "#ffe0e0")}  # dates, numbers: (background, text)
MAX_CONFLICT_LINES = 6


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
        """Five one-line labels, the same in every column, so the texts start at the same height."""
        column = self.column
        outlet = QLabel(f"<b>{html.escape(column.source or 'Unknown outlet')}</b>")
        basis = BASIS_TEXT.get(column.published_basis, column.published_basis)
        published = (f"Published {column.published} ({basis or 'no basis'})" if column.published
                     else "Publication date unknown")
        title = ElidedLabel(column.title or column.name)
        title.setFont(QFont(title.font().family(), -1, QFont.Weight.DemiBold))
        name = ElidedLabel(column.name)
        name.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        dates = ", ".join(span_text(s) for s in column.date_spans)
        passages = ElidedLabel(f"{len(column.passages)} passage{'s' if len(column.passages) != 1 else ''}, "
                               + (f"dated {dates}" if dates else "undated"))
        if any(m.kind == DATE_KIND for m in column.marks):
            passages.setStyleSheet(f"color: {MARK_COLORS[DATE_KIND]}")
        return [outlet, ElidedLabel(published), name, title, passages]

    # -- highlights ------------------------------------------------------------------------
    def restyle(self, selected: frozenset[str], entity_names: dict[str, str]) -> None:
        """Apply every highlight again, keeping the scroll position."""
        bar = self.text.verticalScrollBar()
        scroll = bar.value()
        cursor = QTextCursor(self.text.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        self.text.outlines = []
        self.text.outline_color = self.palette().color(QPalette.ColorRole.Text)
        self._style_passages(cursor)
        self._style_mentions(cursor, entity_names)
        self._style_marks(cursor)
        self._style_selected(cursor, selected)
        cursor.endEditBlock()
        bar.setValue(scroll)
        self.text.viewport().update()

    def _apply(self, cursor: QTextCursor, kind: str, key: str, start: int, end: int, fmt: QTextCharFormat) -> None:
        fmt.setProperty(_PROPERTY[kind], key)
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def _style_passages(self, cursor: QTextCursor) -> None:
        for passage in self.column.passages:
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
            fmt.setToolTip(f"<b>{html.escape(name)}</b> ({html.escape(mention.type)})<br><i>click to select</i>")
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
        prop = _PROPERTY[kind]
        spans: dict[str, list[int]] = {}
        block = self.text.document().begin()
        while block.isValid():
            for item in block:
                fragment = item.fragment()
                fmt = fragment.charFormat()
                if fmt.hasProperty(prop):
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    span = spans.setdefault(str(fmt.property(prop)), [start, end])
                    span[0], span[1] = min(span[0], start), max(span[1], end)
            block = block.next()
        return sorted((self.offsets.to_py(s), self.offsets.to_py(e)) for s, e in spans.values())

    # -- geometry --------------------------------------------------------------------------
    def anchor_value(self) -> int:
        """The scroll position that puts the first passage at the top (0 when there is none)."""
        if not self.column.passages:
            return 0
        return max(0, round(self.y_of(self.column.passages[0].start)) - TOP_MARGIN)

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
        cursor = self.text.cursorForPosition(point)
        rect = self.text.cursorRect(cursor)
        if abs(point.y() - rect.center().y()) > rect.height():
            return None
        position = cursor.position() - (1 if point.x() < rect.x() else 0)
        if position < 0 or position >= self.offsets.to_qt(self.offsets.length):
            return None
        return self.offsets.to_py(position)


class ReviewWindow(QWidget):
    """A cluster's sources side by side, linked to the shared selection."""

    def __init__(self, session: Session, cluster_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.cluster_id = cluster_id
        self.review: Review | None = None
        self._columns: list[ReviewColumnPane] = []
        self._syncing = False
        self._realign = QTimer(self, singleShot=True, interval=0)  # after a resize rewraps the texts
        self._realign.timeout.connect(self._follow_first_column)
        self._build_widgets()
        self.session.sig_workspace_loaded.connect(self.rebuild)
        self.session.sig_selection_changed.connect(self._on_selection_changed)
        self.rebuild()

    # -- public ----------------------------------------------------------------------------
    def columns(self) -> list[ReviewColumnPane]:
        """The column widgets, left to right."""
        return list(self._columns)

    def column_doc_ids(self) -> list[str]:
        return [pane.column.doc_id for pane in self._columns]

    def passage_ranges(self, index: int) -> list[tuple[int, int]]:
        """(start, end) offsets of the passages column ``index`` shows emphasised."""
        return self._columns[index].highlighted_ranges("passage")

    def conflict_text(self) -> str:
        """The disagreement statements shown at the top, one per line, as plain text."""
        return self._conflict_plain

    def is_linked(self) -> bool:
        return self.link_action.isChecked()

    def set_linked(self, linked: bool) -> None:
        """Turn linked scrolling on or off; turning it on brings the other columns in line with the first."""
        self.link_action.setChecked(linked)

    def click_offset(self, column_index: int, offset: int) -> str | None:
        """Do what a click on character ``offset`` of a column does: select the entity mentioned there."""
        mention = self._columns[column_index].mention_at(offset)
        if mention is None:
            return None
        self.session.selection.update(entity_ids={mention.entity_id}, origin=self)
        self.restyle()
        return mention.entity_id

    def export_csv(self, path: str | Path) -> int:
        """Write the passages as CSV; returns the number of rows."""
        return write_review_csv(self.review, path) if self.review else 0

    def export_html(self, path: str | Path) -> None:
        """Write the side-by-side report as one self-contained HTML file, in the app's type colours."""
        if self.review is None:
            return
        types = {m.type for c in self.review.columns for m in c.mentions}
        write_review_html(self.review, path, {t: (entity_type(t).light, "#1a1a1a") for t in types})

    def align_passages(self) -> None:
        """Scroll every column so its first passage is at the top."""
        self._syncing = True
        try:
            for pane in self._columns:
                pane.leave_room_below()
                pane.text.verticalScrollBar().setValue(pane.anchor_value())
        finally:
            self._syncing = False

    def rebuild(self) -> None:
        """Build the review again from the session's tables (a new workspace, or an edit)."""
        try:
            self.review = build_review(self.session.tables, self.cluster_id)
        except KeyError:
            self.review = None
        for pane in self._columns:
            self.strip_layout.removeWidget(pane)
            pane.deleteLater()
        self._columns = [ReviewColumnPane(c) for c in (self.review.columns if self.review else [])]
        for index, pane in enumerate(self._columns):
            self.strip_layout.insertWidget(index, pane, 1)
            pane.text.viewport().installEventFilter(self)
            pane.text.verticalScrollBar().valueChanged.connect(
                lambda value, i=index: self._on_column_scrolled(i, value))
        label = self.review.label if self.review else "cluster not found"
        self.setWindowTitle(f"{label} — sources side by side")
        self._show_conflicts()
        self.restyle()
        if self.isVisible():
            self.align_passages()

    def restyle(self) -> None:
        names = self.review.entity_names if self.review else {}
        for pane in self._columns:
            pane.restyle(self.session.state.entity_ids, names)

    # -- building --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.conflict_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.conflict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict_label.setContentsMargins(8, 6, 8, 6)
        self.conflict_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.toolbar = QToolBar()
        self.link_action = QAction("Link scrolling", self, checkable=True, checked=True)
        self.link_action.setToolTip("Scroll the columns together, their passages side by side")
        self.link_action.toggled.connect(self._on_link_toggled)
        self.toolbar.addAction(self.link_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction("Export CSV…", lambda: self._ask_export("CSV", "csv", self.export_csv))
        self.toolbar.addAction("Export HTML…", lambda: self._ask_export("HTML", "html", self.export_html))
        strip = QWidget()
        self.strip_layout = QHBoxLayout(strip)
        self.strip_layout.setContentsMargins(4, 4, 4, 4)
        self.strip = QScrollArea(widgetResizable=True)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.setWidget(strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.conflict_label)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.strip, 1)

    def _show_conflicts(self) -> None:
        dark = is_dark(self.palette())
        if self.review is None:
            lines, color = ["This cluster is no longer in the workspace."], None
        elif self.review.conflicts:
            lines, color = [f"⚠ {s}" for s in self.review.conflicts], ("#ffcc80" if dark else "#8a3a00")
        else:
            lines, color = ["✓ The sources agree on dates, participants and numbers."], None
        self._conflict_plain = "\n".join(lines)
        shown = [html.escape(line) for line in lines[:MAX_CONFLICT_LINES]]
        if len(lines) > MAX_CONFLICT_LINES:
            shown.append(f"<i>… and {len(lines) - MAX_CONFLICT_LINES} more (hover to read them all)</i>")
        self.conflict_label.setToolTip("<br>".join(html.escape(line) for line in lines))
        body = "<br>".join(shown)
        self.conflict_label.setText(f"<span style='color:{color}'><b>{body}</b></span>" if color else body)
        background = ("#4a2a00" if dark else "#fff4e5") if color else "transparent"
        self.conflict_label.setStyleSheet(f"QLabel {{ background: {background}; }}")

    # -- scrolling ---------------------------------------------------------------------------
    def _on_column_scrolled(self, index: int, value: int) -> None:
        if self._syncing or not self.is_linked():
            return
        distance = value - self._columns[index].anchor_value()
        self._syncing = True
        try:
            for other, pane in enumerate(self._columns):
                if other != index:
                    pane.text.verticalScrollBar().setValue(pane.anchor_value() + distance)
        finally:
            self._syncing = False

    def _on_link_toggled(self, linked: bool) -> None:
        if linked:
            self._follow_first_column()

    def _follow_first_column(self) -> None:
        """Line the other columns up with the first (linking turned on, or the texts rewrapped)."""
        if self._columns:
            self._on_column_scrolled(0, self._columns[0].text.verticalScrollBar().value())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.align_passages()
        QTimer.singleShot(0, self.align_passages)  # again once the texts have their final width

    # -- selection and mouse -------------------------------------------------------------------
    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if origin is not self and "entity_ids" in changed:
            self.restyle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        index = next((i for i, p in enumerate(self._columns) if p.text.viewport() is watched), None)
        if index is not None:
            pane = self._columns[index]
            if event.type() == QEvent.Type.Resize:
                pane.leave_room_below()
                self._realign.start()
            elif event.type() == QEvent.Type.MouseMove:
                over = pane.offset_at(event.position().toPoint())
                if over is not None and pane.mention_at(over) is not None:
                    pane.text.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
                else:
                    pane.text.viewport().unsetCursor()
            elif (event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton
                  and not pane.text.textCursor().hasSelection()):
                offset = pane.offset_at(event.position().toPoint())
                if offset is not None:
                    self.click_offset(index, offset)
        return super().eventFilter(watched, event)

    # -- exports -----------------------------------------------------------------------------
    def _ask_export(self, label: str, suffix: str, write) -> None:
        stem = "".join(ch if ch.isalnum() else "-" for ch in (self.review.label if self.review else "review"))
        suggested = str(default_export_path(f"review-{stem.strip('-')[:40]}.{suffix}"))
        path, _ = QFileDialog.getSaveFileName(self, f"Export review as {label}", suggested,
                                              f"{label} files (*.{suffix})")
        if not path:
            return
        try:
            write(path)
        except OSError as error:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{error.strerror or error}")


def main(argv: list[str] | None = None) -> int:
    """Show the sample's largest cluster side by side; ``--screenshot FILE.png`` saves it and exits."""
    from PySide6.QtWidgets import QApplication

    from explorer.core.review import largest_cluster_id
    from explorer.gui.preview import sample_session

    argv = sys.argv[1:] if argv is None else argv
    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = sample_session()
    window = ReviewWindow(session, largest_cluster_id(session.tables) or "")
    window.resize(1200, 750)
    window.show()
    if argv[:1] == ["--screenshot"] and len(argv) > 1:
        app.processEvents()
        window.align_passages()
        return 0 if window.grab().save(argv[1]) else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
