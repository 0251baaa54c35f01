"""What the analyst decides in the review when the sources do not tell one happening.

The "Not the same happening…" menu dismisses the cluster (its events become
unclustered), takes one source out of it, or splits some sources off into a
cluster of their own (kept if two of them report it); a column's right-click menu
adds "Take this sentence out of the cluster" over one of its passages. Each is a
decision (``core.edits.decisions``) made through ``session.do_edit``: saved in the
workspace, kept when extraction runs again, undone with Ctrl+Z (the window gets
the undo stack's own actions, as the main window's Edit menu has them). The views,
this window included, follow through ``sig_tables_changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QMenu, QVBoxLayout, QWidget

from explorer.core.edits import decisions
from explorer.core.review.compare import Review
from explorer.gui.review.column import ReviewColumnPane
from explorer.gui.session import Session

NOT_THE_SAME = "Not the same happening…"
DISMISS = "Dismiss this cluster"
SPLIT = "Split sources off…"
TAKE_SENTENCE = "Take this sentence out of the cluster"


def take_out_text(label: str) -> str:
    """The menu item that takes one source out: "Take ANI out of the cluster"."""
    return f"Take {label} out of the cluster"


class ClusterDecisions:
    """The review window's cluster decisions: its menu, its columns' context menus, and the edits."""

    def __init__(self, session: Session, parent: QWidget) -> None:
        self.session, self.parent = session, parent
        self.review: Review | None = None
        self.menu = QMenu(NOT_THE_SAME, parent)

    def undo_actions(self) -> list[QAction]:
        """Undo and Redo for the window (the main window's shortcuts do not reach another window)."""
        undo = self.session.undo_stack.createUndoAction(self.parent, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self.parent, "&Redo")
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        return [undo, redo]

    def show_review(self, review: Review | None) -> None:
        """Fill the menu for the review shown (empty when its cluster is gone)."""
        self.review = review
        self.menu.clear()
        if review is None:
            return
        self.menu.addAction(DISMISS, self.dismiss).setToolTip("Its events become unclustered")
        self.menu.addSeparator()
        for column in review.columns:
            self.menu.addAction(take_out_text(column.label), lambda d=column.doc_id: self.take_out([d]))
        if len(review.columns) > 3:  # with three or fewer, taking one out is every split there is
            self.menu.addSeparator()
            self.menu.addAction(SPLIT, self.ask_split)

    def attach(self, pane: ReviewColumnPane) -> None:
        """Give a column the right-click menu with the cluster decisions."""
        pane.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        pane.text.customContextMenuRequested.connect(
            lambda pos, p=pane: self.column_menu(p, pos).exec(p.text.viewport().mapToGlobal(pos)))

    def column_menu(self, pane: ReviewColumnPane, pos: QPoint) -> QMenu:
        """The column's right-click menu at viewport point ``pos``: copy and select, then the decisions."""
        menu = pane.text.createStandardContextMenu(pane.text.viewport().mapToGlobal(pos))
        menu.setParent(self.parent, menu.windowFlags())
        if self.review is None:
            return menu
        menu.addSeparator()
        offset = pane.offset_at(pos)
        events = [e for p in pane.column.passages if offset is not None and p.start <= offset < p.end
                  for e in (p.event_ids or (p.event_id,))]
        sentence = menu.addAction(TAKE_SENTENCE, lambda: self.take_sentence_out(events))
        sentence.setEnabled(bool(events))
        if not events:
            sentence.setToolTip("Right-click one of the cluster's sentences")
        menu.addAction(take_out_text(pane.column.label), lambda: self.take_out([pane.column.doc_id]))
        menu.addAction(DISMISS, self.dismiss)
        return menu

    # -- the decisions ---------------------------------------------------------------------------
    def dismiss(self) -> bool:
        cluster = self._cluster()
        return cluster is not None and self.session.do_edit(decisions.dismiss_cluster(cluster))

    def take_out(self, doc_ids: list[str]) -> bool:
        """Take these sources out of the cluster (into a cluster of their own if two or more report it)."""
        cluster, review = self._cluster(), self.review
        if cluster is None or review is None or not doc_ids or len(set(doc_ids)) >= len(review.columns):
            return False
        labels = [c.label for c in review.columns if c.doc_id in doc_ids]
        return self.session.do_edit(decisions.split_cluster(cluster, list(doc_ids), labels))

    def take_sentence_out(self, event_ids: list[str]) -> bool:
        """The sentence's events leave the cluster: one step on the undo stack, however many events it holds."""
        cluster = self._cluster()
        if cluster is None or not event_ids:
            return False
        stack = self.session.undo_stack
        stack.beginMacro(decisions.remove_from_cluster(event_ids[0], cluster).label)
        try:
            done = [self.session.do_edit(decisions.remove_from_cluster(e, cluster)) for e in event_ids]
        finally:
            stack.endMacro()
        return all(done)

    def ask_split(self) -> None:
        """Ask which sources to split off, then split them."""
        if self.review is None:
            return
        dialog = QDialog(self.parent, windowTitle="Split sources off")
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel("The sources ticked tell another happening (kept as a cluster if two or more):"))
        boxes = [(QCheckBox(c.label), c.doc_id) for c in self.review.columns]
        for box, _ in boxes:
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.take_out([doc_id for box, doc_id in boxes if box.isChecked()])

    def _cluster(self) -> dict | None:
        """The cluster's row as the workspace holds it now."""
        if self.review is None:
            return None
        clusters = self.session.table("clusters")
        rows = clusters[clusters["cluster_id"] == self.review.cluster_id]
        return None if rows.empty else rows.iloc[0].to_dict()
