"""The entity sidebar: every entity, grouped by type, to find, check, select and export.

``EntitySidebar`` writes gestures to the shared selection: checks become
``filter_entity_ids``, the selected rows ``entity_ids``. It follows changes made
elsewhere and ignores the notices it caused itself. Its parts live in
``explorer.gui.sidebar``: the tree model (``tree_model``), the filter the box
drives (``filter_proxy``) and the right-click exports, written in the background
(``export_actions``); their public names are importable from here too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.selection import ENTITY_IDS, FILTER_ENTITY_IDS
from explorer.gui.echo import Echo
from explorer.gui.jobs import Jobs
from explorer.gui.session import Session
from explorer.gui.sidebar.edit_actions import EntityEditActions
from explorer.gui.sidebar.export_actions import EntityExportActions
from explorer.gui.sidebar.filter_proxy import EntityFilterProxyModel
from explorer.gui.sidebar.tree_model import (
    COL_DOCS,
    COL_MENTIONS,
    COL_NAME,
    ENTITY_ID_ROLE,
    HEADERS,
    SORT_ROLE,
    EntityTreeModel,
)
from explorer.gui.task import Task

__all__ = ["COL_DOCS", "COL_MENTIONS", "COL_NAME", "ENTITY_ID_ROLE", "HEADERS", "SORT_ROLE", "EntityFilterProxyModel",
           "EntitySidebar", "EntityTreeModel"]

FILTER_DELAY_MS = 120
EXPAND_LIMIT = 5000  # groups open by themselves only while this few entities are shown


class EntitySidebar(QWidget):
    """A filterable tree of entities by type, linked to the shared selection."""

    sig_exported = Signal(str, int)  # path, rows written
    sig_export_failed = Signal(str, str)  # path, a one-line reason (already shown to the user in a warning)

    def __init__(self, session: Session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)  # gestures written with this view as origin; its own notices ignored
        self._workspace = session.path  # whose entities the filter and Show hidden were set for
        self._spans_later = False  # a filter is being applied: the type headers are spanned after it
        self.model = EntityTreeModel(self)
        self.proxy = EntityFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._build_widgets()
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.edits = EntityEditActions(session, self)
        self.exports = EntityExportActions(session, self, self.selected_entity_ids, jobs)
        self.exports.sig_exported.connect(self.sig_exported)
        self.exports.sig_export_failed.connect(self.sig_export_failed)
        self._connect()
        self.rebuild()

    # -- public ----------------------------------------------------------------------------
    def rebuild(self, in_place: bool = False) -> None:
        """Reload the entities from the session (hidden ones only when asked) and show its current selection.

        ``in_place`` (after an edit): when only names or counts changed, the rows are updated without
        a reset of the tree (a rename of one among 100,000 entities costs one row, not the tree).
        """
        entities = self.session.tables["entities"]
        hidden = int((entities["hidden"] != 0).sum())
        self.show_hidden_box.setText(f"Show hidden ({hidden})" if hidden else "Show hidden")
        self.show_hidden_box.setEnabled(bool(hidden) or self.show_hidden_box.isChecked())
        show = self.show_hidden_box.isChecked()  # the model lists hidden entities only then
        touched = self.session.touched_entity_ids if in_place else None
        if not (in_place and self.model.update_entities(entities, show, touched, self.session.touched_entity_rows)):
            self.model.set_entities(entities, show)
        self._expand_groups()
        self._show_checks(self.session.state.filter_entity_ids)
        self._show_selected(self.session.state.entity_ids)

    def apply_filter(self) -> None:
        """Apply the filter box's text now (typing applies it after a short pause)."""
        self._filter_timer.stop()
        self._spans_later = True  # (spanned once the groups are opened or closed: see ``_span_groups``)
        try:
            with self.echo.applying():  # rows hidden by the filter leave the tree's selection, not the shared one
                self.proxy.set_needle(self.filter_edit.text())
        finally:
            self._spans_later = False
        self._expand_groups()
        self._span_groups()
        self._show_selected(self.session.state.entity_ids, reveal=False)
        self.count_label.setText(self._count_text(self.model.hit_count()))

    def visible_entity_ids(self) -> list[str]:
        """Entity ids the tree shows now, top to bottom (for tests and exports)."""
        ids = []
        for g in range(self.proxy.rowCount()):
            group = self.proxy.index(g, 0)
            ids += [self.proxy.index(r, 0, group).data(ENTITY_ID_ROLE) for r in range(self.proxy.rowCount(group))]
        return ids

    def selected_entity_ids(self) -> frozenset[str]:
        """Entity ids of the selected rows."""
        rows = self.tree.selectionModel().selectedRows(COL_NAME)
        return frozenset(i.data(ENTITY_ID_ROLE) for i in rows if i.data(ENTITY_ID_ROLE))

    # -- building --------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.filter_edit = QLineEdit(placeholderText="Filter entities…", clearButtonEnabled=True)
        self.filter_edit.setToolTip("Show entities whose name or an alias contains this text")
        self.tree = QTreeView(uniformRowHeights=True, alternatingRowColors=True, sortingEnabled=True)
        self.tree.setModel(self.proxy)
        # middle elision keeps both ends: 'Critical…Summit' and 'Critical…Mission' tell apart where
        # 'Critical Mineral…' three times over did not
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setIndentation(14)
        self.tree.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        metrics = header.fontMetrics()
        for column, label in ((COL_MENTIONS, "Mentions"), (COL_DOCS, "Docs")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(label) + 26)  # room for the sort arrow
        self.count_label = QLabel()
        self.show_hidden_box = QCheckBox("Show hidden")
        self.show_hidden_box.setToolTip("List the entities you hid (shown in italics)")
        self.clear_button = QPushButton("Clear checks")
        self.clear_button.setToolTip("Uncheck every entity (show events of all entities)")
        bottom = QHBoxLayout()  # the counts get a line of their own: beside the buttons a narrow dock cut them
        bottom.addStretch(1)
        bottom.addWidget(self.show_hidden_box)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.model.sig_checks_edited.connect(self._on_checks_edited)
        self.model.modelReset.connect(self._on_model_reset)
        for change in (self.proxy.modelReset, self.proxy.layoutChanged):
            change.connect(self._span_groups)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.clear_button.clicked.connect(self._clear_checks)
        self.show_hidden_box.toggled.connect(lambda _on: self.rebuild())
        self.session.on_tables(self._on_workspace_loaded, {"entities"}, changed=lambda _names: self.rebuild(True))
        self.session.sig_selection_changed.connect(self._on_selection_changed)

    def _count_text(self, shown: int) -> str:
        total = len(self.session.tables["entities"])
        checked = len(self.model.checked())
        text = f"{total:,} entities" if shown == total else f"{shown:,} of {total:,} entities"
        return text + (f", {checked:,} checked" if checked else "")

    def _on_workspace_loaded(self) -> None:
        """Another case starts unfiltered; an edit (the same workspace reloaded) keeps what the analyst typed."""
        if self.session.path != self._workspace:
            self._workspace = self.session.path
            self._forget_workspace_view()
        self.rebuild()

    def _forget_workspace_view(self) -> None:
        """Drop the filter text and Show hidden: set for the old case, they would hide most of the new one."""
        self.filter_edit.clear()
        self._filter_timer.stop()  # the rebuild that follows applies the empty filter
        with self.echo.applying(self.show_hidden_box):  # likewise: no rebuild of its own
            self.show_hidden_box.setChecked(False)
        self.tree.scrollToTop()

    def _on_model_reset(self) -> None:
        self.apply_filter()

    def _span_groups(self) -> None:
        """Type headers across the whole row: "Groups & nationalities (6)" reads whole in a narrow dock.

        Their mention totals (in the tooltip) no longer squeeze them into "Groups & nation…".
        Only a header not spanned yet is set: each ``setFirstColumnSpanned`` lays the tree out first, which
        asked the model about every row of the open groups (a keystroke widening a filter from 1,102 to 24,153
        entities in open groups: 175–312 ms of 1M events' sidebar, where every other keystroke took ≤ 35 ms).
        While a filter is applied (``_spans_later``) it waits until the groups are opened or closed.
        """
        if self._spans_later:
            return
        for row in range(self.proxy.rowCount()):
            if not self.tree.isFirstColumnSpanned(row, QModelIndex()):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def _expand_groups(self) -> None:
        """Open the groups while few entities are shown; close them when many are (laying out 100k rows is slow)."""
        if self.model.hit_count() > EXPAND_LIMIT:
            self.tree.collapseAll()
            return
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))

    # -- gestures → selection ---------------------------------------------------------------
    def _on_checks_edited(self, checked: frozenset[str]) -> None:
        self._refresh_checks_ui()
        self.echo.update(filter_entity_ids=checked)

    def _clear_checks(self) -> None:
        self.model.set_checked(())
        self._refresh_checks_ui()
        self.echo.update(filter_entity_ids=frozenset())

    def _check_only(self, entity_id: str) -> None:
        self.model.set_checked({entity_id})
        self._refresh_checks_ui()
        self.echo.update(filter_entity_ids={entity_id})

    def _on_tree_selection(self, *_args) -> None:
        if self.echo.active:
            return
        self.echo.update(entity_ids=self.selected_entity_ids())

    def _on_double_clicked(self, index: QModelIndex) -> None:
        """Double-clicking an entity opens its page (a type's header opens or closes its group, as before)."""
        entity_id = index.data(ENTITY_ID_ROLE) if index.isValid() else None
        if entity_id:
            self.session.request_entity_page(entity_id)

    def _show_menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        entity_id = index.data(ENTITY_ID_ROLE) if index.isValid() else None
        if not entity_id:
            return
        menu = QMenu(self)
        menu.addAction("Open Entity Page", lambda: self.session.request_entity_page(entity_id))
        menu.addAction("Check only this", lambda: self._check_only(entity_id))
        clear = menu.addAction("Clear checks", self._clear_checks)
        clear.setEnabled(bool(self.model.checked()))
        menu.addSeparator()
        selected = sorted(self.selected_entity_ids() | {entity_id})
        self.edits.add_to_menu(menu, selected if entity_id in self.selected_entity_ids() else [entity_id])
        menu.addSeparator()
        self.exports.add_to_menu(menu)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def export_selected(self, kind: str, path: str | Path, fmt: str | None = None) -> int:
        """Write the selected entities (``kind="entities"``) or their mentions now; returns the row count.

        ``fmt``: a registered format's name (default: the one ``path``'s extension names, else CSV).
        """
        return self.exports.export(kind, path, fmt)

    def export_selected_in_background(self, kind: str, path: str | Path, fmt: str | None = None) -> Task:
        """The same off the GUI thread, as the right-click menu does it; the outcome comes as a signal.

        ``sig_exported`` when written, ``sig_export_failed`` (and a warning) when not.
        """
        return self.exports.export_in_background(kind, path, fmt)

    def _refresh_checks_ui(self) -> None:
        checked = len(self.model.checked())
        self.clear_button.setEnabled(bool(checked))
        self.clear_button.setText(f"Clear checks ({checked})" if checked else "Clear checks")
        self.count_label.setText(self._count_text(self.model.hit_count()))

    # -- selection → view ------------------------------------------------------------------
    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if self.echo.mine(origin):
            return
        if FILTER_ENTITY_IDS in changed:
            self._show_checks(self.session.state.filter_entity_ids)
        if ENTITY_IDS in changed:
            self._show_selected(self.session.state.entity_ids)

    def _show_checks(self, entity_ids) -> None:
        self.model.set_checked(entity_ids)
        self._refresh_checks_ui()

    def _show_selected(self, entity_ids, reveal: bool = True) -> None:
        """Select these entities' rows; with ``reveal``, clear a filter hiding them and scroll to the first.

        Never writes back to the shared selection.
        """
        hidden = [e for e in entity_ids if self.model.has_entity(e) and not self._proxy_index(e).isValid()]
        if reveal and hidden:
            self.filter_edit.clear()  # a filter hides what was selected elsewhere: show it
            self.apply_filter()
        selection = QItemSelection()
        indexes = [self._proxy_index(e) for e in sorted(entity_ids)]
        indexes = [i for i in indexes if i.isValid()]
        for index in indexes:
            selection.select(index, index)
        with self.echo.applying():
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.selectionModel().select(selection, flags)
            if indexes and reveal:
                self.tree.selectionModel().setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(indexes[0], QAbstractItemView.ScrollHint.PositionAtCenter)

    def _proxy_index(self, entity_id: str) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(entity_id))


if __name__ == "__main__":
    from explorer.gui.preview import run_preview

    sidebar = run_preview(EntitySidebar, (350, 600))
