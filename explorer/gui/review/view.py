"""The side-by-side review: every source of a cluster in its own column.

A cluster groups events from different documents that report the same happening;
this window lets the analyst read those documents next to each other. The
disagreements ``explorer.core.review`` finds are stated at the top; each column
has a header (title, outlet, publication date and its basis) and the
document's text with mentions on their type's colour, the passages that report
the clustered event emphasised, and disagreeing spans underlined in red with the
reason as a tooltip (a column is a ``column.ReviewColumnPane``). Each
column opens with its first passage at the top, and while "Link scrolling" is on,
scrolling one column scrolls the others by the same distance from their own first
passage, so the passages stay side by side.
Clicking a mention selects its entity in the shared selection; the selected
entity's mentions are shown strongly in every column. Escape or Ctrl+W closes it.
When the sources do not tell one happening, the "Not the same happening" menu
(and a column's right-click menu) dismisses the cluster, takes a source out of it
or splits some sources off, and takes one sentence out: decisions made through
``session.do_edit``, undone with Ctrl+Z here as in the main window.

Preview: ``python -m explorer.gui.review.view [--screenshot FILE.png]``.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.export import EXPORT_FORMATS
from explorer.core.export.review import write_review_csv, write_review_html
from explorer.core.review.compare import Review, build_review
from explorer.core.selection import ENTITY_IDS
from explorer.gui.echo import Echo
from explorer.gui.entity_types import entity_type, is_dark
from explorer.gui.files import default_export_path
from explorer.gui.review.column import COLUMN_MIN_WIDTH, ElidedLabel, ReviewColumnPane  # noqa: F401 (re-exported)
from explorer.gui.review.decisions import NOT_THE_SAME, ClusterDecisions
from explorer.gui.session import Session

MAX_CONFLICT_LINES = 6


class ReviewWindow(QWidget):
    """A cluster's sources side by side, linked to the shared selection."""

    def __init__(self, session: Session, cluster_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.echo = Echo(self)  # gestures written with this view as origin; its own notices ignored
        self.cluster_id = cluster_id
        self.review: Review | None = None
        self._columns: list[ReviewColumnPane] = []
        self._realign = QTimer(self, singleShot=True, interval=0)  # after a resize rewraps the texts
        self._realign.timeout.connect(self._follow_first_column)
        self.decisions = ClusterDecisions(session, self)
        self._build_widgets()
        self.session.on_tables(self.rebuild, {"documents", "mentions", "entities", "events", "clusters", "timexes"})
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
        self.echo.update(entity_ids={mention.entity_id})
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
        with self.echo.applying():
            for pane in self._columns:
                pane.leave_room_below()
                pane.text.verticalScrollBar().setValue(pane.anchor_value())

    def rebuild(self) -> None:
        """Build the review again from the session's tables (a new workspace, or an edit)."""
        try:
            self.review = build_review(self.session.tables, self.cluster_id, self.session.mentions.of_documents)
        except KeyError:
            self.review = None
        for pane in self._columns:
            self.strip_layout.removeWidget(pane)
            pane.hide()  # at once: deleted later, it would still be drawn under the new columns until then
            pane.deleteLater()
        self._columns = [ReviewColumnPane(c) for c in (self.review.columns if self.review else [])]
        for index, pane in enumerate(self._columns):
            self.strip_layout.insertWidget(index, pane, 1)
            pane.text.viewport().installEventFilter(self)
            pane.text.verticalScrollBar().valueChanged.connect(
                lambda value, i=index: self._on_column_scrolled(i, value))
            self.decisions.attach(pane)
        self.decisions.show_review(self.review)
        for widget in (self.not_the_same, *self.export_actions):
            widget.setEnabled(self.review is not None)  # a dismissed cluster has nothing to decide or export
        label = self.review.label if self.review else "cluster not found"
        self.setWindowTitle(f"{label} — sources side by side")
        self._show_conflicts()
        self.restyle()
        if self.isVisible():
            self.align_passages()
            QTimer.singleShot(0, self.align_passages)  # again once the new columns are laid out (an edit, an undo)

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
        csv = EXPORT_FORMATS["csv"]  # the passages' CSV, described by the export registry
        self.export_actions = [
            self.toolbar.addAction("Export CSV…", lambda: self._ask_export(csv.label, csv.extension.lstrip("."),
                                                                            self.export_csv)),
            self.toolbar.addAction("Export HTML…", lambda: self._ask_export("HTML", "html", self.export_html))]
        self.toolbar.addSeparator()
        self.not_the_same = QToolButton(text=NOT_THE_SAME, popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        self.not_the_same.setToolTip("These sources do not report one happening: dismiss the cluster, or take "
                                     "a source or a sentence out of it (undo with Ctrl+Z)")
        self.not_the_same.setMenu(self.decisions.menu)
        self.toolbar.addWidget(self.not_the_same)
        for action in self.decisions.undo_actions():
            self.addAction(action)  # Ctrl+Z here too: the main window's shortcut does not reach this window
        close = QAction("Close", self, shortcuts=[QKeySequence("Escape"), QKeySequence("Ctrl+W")])
        close.triggered.connect(self.close)
        self.addAction(close)  # on the window, not the toolbar: the keys work wherever the focus is in it
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
            lines, color = ["This cluster is no longer in the workspace (Ctrl+Z brings back a decision "
                            "that dismissed it)."], None
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
        if self.echo.active or not self.is_linked():
            return
        distance = value - self._columns[index].anchor_value()
        with self.echo.applying():
            for other, pane in enumerate(self._columns):
                if other != index:
                    pane.text.verticalScrollBar().setValue(pane.anchor_value() + distance)

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
        if not self.echo.mine(origin) and ENTITY_IDS in changed:
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

    from explorer.core.review.compare import largest_cluster_id
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
        saved = window.grab().save(argv[1])
        window.close()  # a window left open would sit over whatever the process shows next
        window.deleteLater()
        return 0 if saved else 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
