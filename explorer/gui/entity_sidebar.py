"""The entity sidebar: every entity, grouped by type, to find, check and select.

``EntityTreeModel`` is a thin two-level model over the ``entities`` table (type
groups such as "PERSON (24)" at the top, entities under them; columns Name,
Mentions, Documents). It sorts itself (one Python sort per click, not a proxy
comparison per pair, so 100k entities stay quick), holds the checked ids, and
filters itself on name and aliases (case-insensitive substring; a group shows
while one of its entities matches): one pass over the names per keystroke, then
a layout change, where a filter proxy would ask Python about every row.
``EntityFilterProxyModel`` passes the model through to the tree and the filter
box's text to the model.

``EntitySidebar`` writes gestures to the shared selection: checks become
``filter_entity_ids``, the selected rows ``entity_ids``. It follows changes made
elsewhere and ignores the notices it caused itself.
"""

from __future__ import annotations

import html
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import (QAbstractItemModel, QIdentityProxyModel, QItemSelection, QItemSelectionModel, QModelIndex,
                            Qt, QTimer, Signal)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMenu, QMessageBox, QPushButton, QTreeView, QVBoxLayout, QWidget)

from explorer.core.export.selection import export_selection, selected_entities_frame, selected_mentions_frame
from explorer.gui.entity_edit_actions import EntityEditActions
from explorer.gui.entity_types import display_name, type_colors, type_order
from explorer.gui.files import default_export_path
from explorer.gui.session import Session

COL_NAME, COL_MENTIONS, COL_DOCS = range(3)
HEADERS = ("Name", "Mentions", "Docs")  # "Docs": the Documents column, short to leave room for names

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_DELAY_MS = 120
EXPAND_LIMIT = 5000  # groups open by themselves only while this few entities are shown

_GROUP = 0  # internalId of a top-level (type group) index; a child's is its group row + 1
# flags, built once: flags() runs for every row the tree lays out
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ENTITY_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
_CHECKABLE_FLAGS = _ENTITY_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


class _Group:
    """One type and the rows (indices into the model's entity lists) under it."""

    def __init__(self, type_: str, rows: list[int]) -> None:
        self.type = type_
        self.rows = rows
        self.mentions = 0
        self.docs = 0
        self.sorted_rows = np.asarray(rows, dtype=np.int64)  # ``rows`` as an array, after each sort
        self.shown = self.sorted_rows  # the rows the search keeps, in sorted order
        self.hits = len(rows)  # entities matching the search


def _sort_name(name: str) -> str:
    folded = name.casefold()
    return folded[4:] if folded.startswith("the ") else folded


class EntityTreeModel(QAbstractItemModel):
    """Type groups with their entities as children; entities are checkable."""

    sig_checks_edited = Signal(object)  # frozenset of checked ids, after a user edit through setData

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._names: list[str] = []
        self._types: list[str] = []
        self._aliases: list[list[str]] = []
        self._mentions: list[int] = []
        self._docs: list[int] = []
        self._search: list[str] = []  # casefolded name and aliases, for the filter
        self._groups: list[_Group] = []  # every type, in sort order
        self._shown: list[_Group] = []  # the types with an entity the search keeps: the top-level rows
        self._row_of: dict[str, int] = {}  # entity id -> entity row
        self._group_of = np.empty(0, dtype=np.int64)  # entity row -> top-level row (-1: not shown)
        self._child_of = np.empty(0, dtype=np.int64)  # entity row -> row under its group
        self._checked: set[str] = set()
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)
        self._needle = ""
        self._hit = np.empty(0, dtype=bool)  # by entity row: it matches the search

    # -- filling ---------------------------------------------------------------------------
    def set_entities(self, entities: pd.DataFrame) -> None:
        """Show a new entities table (resets the model; checks are dropped)."""
        self.beginResetModel()
        self._ids = [str(v) for v in entities["entity_id"]]
        self._names = [str(v) for v in entities["name"]]
        self._types = [str(v) or "other" for v in entities["type"]]
        self._aliases = [v if isinstance(v, list) else list(v) for v in entities["aliases"]]  # read, never changed
        self._mentions = entities["mention_count"].astype("int64").tolist()
        self._docs = entities["doc_count"].astype("int64").tolist()
        self._hidden = (entities["hidden"] != 0).tolist()
        self._search = ["\n".join([n, *a]).casefold() for n, a in zip(self._names, self._aliases)]
        self._row_of = {entity_id: row for row, entity_id in enumerate(self._ids)}
        by_type: dict[str, list[int]] = {}
        for row, type_ in enumerate(self._types):
            by_type.setdefault(type_, []).append(row)
        self._groups = [_Group(t, by_type[t]) for t in type_order(by_type)]
        for group in self._groups:
            group.mentions = sum(self._mentions[r] for r in group.rows)
            group.docs = len(group.rows)
        self._checked = set()
        self._needle, needle = "", self._needle
        self._hit = np.ones(len(self._ids), dtype=bool)
        self._sort_rows(*self._sort)
        self._match(needle)
        self.endResetModel()

    def set_search(self, needle: str) -> int:
        """Keep only the entities whose name or an alias contains ``needle`` (casefolded), and their groups.

        A layout change, not a reset: selections and expanded groups survive (rows the
        search drops leave the selection). Returns the number of matching entities.
        """
        if needle != self._needle:
            self._relayout(lambda: self._match(needle))
        return self.hit_count()

    def hit_count(self) -> int:
        """How many entities the search keeps."""
        return sum(g.hits for g in self._groups)

    def _match(self, needle: str) -> None:
        """Mark the matching entities (typing on only re-checks the previous matches), then show them."""
        previous, self._needle = self._needle, needle
        if not needle:
            self._hit = np.ones(len(self._ids), dtype=bool)
        else:
            narrowing = previous and previous in needle and len(self._hit) == len(self._ids)
            candidates = np.flatnonzero(self._hit) if narrowing else range(len(self._ids))
            search = self._search
            self._hit = np.zeros(len(self._ids), dtype=bool)
            self._hit[[r for r in candidates if needle in search[r]]] = True
        self._show_rows()

    def _show_rows(self) -> None:
        """The shown groups and rows, and where each entity sits in them, from the sort and the search."""
        for group in self._groups:
            rows = group.sorted_rows
            group.shown = rows[self._hit[rows]] if self._needle else rows
            group.hits = len(group.shown)
        self._shown = [g for g in self._groups if g.hits] if self._needle else list(self._groups)
        self._group_of = np.full(len(self._ids), -1, dtype=np.int64)
        self._child_of = np.full(len(self._ids), -1, dtype=np.int64)
        for row, group in enumerate(self._shown):
            self._group_of[group.shown] = row
            self._child_of[group.shown] = np.arange(len(group.shown))

    def _relayout(self, change) -> None:
        """Run ``change`` (a new sort or search) as a layout change that keeps persistent indexes."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_where = [self._locate(index) for index in old]
        change()
        self.changePersistentIndexList(old, [self._relocate(where, index.column()) for where, index in
                                             zip(old_where, old)])
        self.layoutChanged.emit()

    def set_checked(self, entity_ids) -> None:
        """Show these ids as checked (no ``sig_checks_edited``: the change came from outside)."""
        wanted = set(entity_ids) & self._row_of.keys()
        changed = wanted ^ self._checked
        self._checked = wanted
        spans: dict[int, list[int]] = {}  # one dataChanged per group, over the changed rows' span
        for entity_id in changed:
            row = self._row_of[entity_id]
            group_row, child_row = int(self._group_of[row]), int(self._child_of[row])
            if group_row < 0:
                continue  # filtered out: nothing on screen to repaint
            span = spans.setdefault(group_row, [child_row, child_row])
            span[0], span[1] = min(span[0], child_row), max(span[1], child_row)
        for group_row, (first, last) in spans.items():
            self.dataChanged.emit(self.createIndex(first, COL_NAME, group_row + 1),
                                  self.createIndex(last, COL_NAME, group_row + 1), [Qt.ItemDataRole.CheckStateRole])

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    # -- lookups -------------------------------------------------------------------------
    def index_of(self, entity_id: str, column: int = COL_NAME) -> QModelIndex:
        """The index of an entity (invalid if unknown)."""
        row = self._row_of.get(entity_id)
        if row is None or self._group_of[row] < 0:
            return QModelIndex()
        return self.createIndex(int(self._child_of[row]), column, int(self._group_of[row]) + 1)

    def has_entity(self, entity_id: str) -> bool:
        return entity_id in self._row_of

    def entity_id(self, index: QModelIndex) -> str | None:
        """The entity id at an index, or None for a group or an invalid index."""
        row = self._entity_row(index)
        return None if row is None else self._ids[row]

    def _entity_row(self, index: QModelIndex) -> int | None:
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        return int(self._shown[index.internalId() - 1].shown[index.row()])

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # hot path (called per row while filtering 100k entities): plain bounds checks, no hasIndex
        if not 0 <= column < 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if row < len(self._shown) else QModelIndex()
        group_row = parent.row()
        if (parent.internalId() == _GROUP and parent.column() == 0 and group_row < len(self._shown)
                and row < len(self._shown[group_row].shown)):
            return self.createIndex(row, column, group_row + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._shown[parent.row()].shown)
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return ("Canonical name (click to sort)", "Mentions across all documents (click to sort)",
                        "Documents that mention it (click to sort)")[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _GROUP:
            return _GROUP_FLAGS
        return _CHECKABLE_FLAGS if index.column() == COL_NAME else _ENTITY_FLAGS

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._shown[index.row()], index.column(), role)
        return self._entity_data(int(self._shown[index.internalId() - 1].shown[index.row()]), index.column(), role)

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entity_id = self.entity_id(index)
        if entity_id is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_NAME:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(entity_id)
        else:
            self._checked.discard(entity_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_checks_edited.emit(self.checked())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort groups and the entities within each group by a column."""
        if not 0 <= column < len(HEADERS):
            return
        self._relayout(lambda: self._sort_rows(column, order))

    # -- internals -----------------------------------------------------------------------
    def _group_data(self, group: _Group, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{group.type} ({len(group.rows):,})", f"{group.mentions:,}", None)[column]
        if role == SORT_ROLE:
            return (group.type, group.mentions, group.docs)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{display_name(group.type)}: {len(group.rows):,} entities, {group.mentions:,} mentions"
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NAME:
            return type_colors(group.type)[0].darker(115)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _entity_data(self, row: int, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (self._names[row], f"{self._mentions[row]:,}", f"{self._docs[row]:,}")[column]
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_NAME:
            return Qt.CheckState.Checked if self._ids[row] in self._checked else Qt.CheckState.Unchecked
        if role == ENTITY_ID_ROLE:
            return self._ids[row]
        if role == SORT_ROLE:
            return (_sort_name(self._names[row]), self._mentions[row], self._docs[row])[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != COL_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._hidden[row]:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, row: int) -> str:
        type_ = self._types[row]
        lines = [f"<b>{html.escape(self._names[row])}</b>", f"{html.escape(display_name(type_))} ({type_})"]
        if self._aliases[row]:
            lines.append("Also: " + html.escape(", ".join(self._aliases[row])))
        mentions, docs = self._mentions[row], self._docs[row]
        lines.append(f"{mentions:,} mention{'s' * (mentions != 1)} in {docs:,} document{'s' * (docs != 1)}")
        if self._hidden[row]:
            lines.append("<i>hidden (right-click ▸ Show)</i>")
        return "<br>".join(lines)

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        reverse = order == Qt.SortOrder.DescendingOrder
        names = [_sort_name(n) for n in self._names]
        if column == COL_NAME:
            def key(r):
                return names[r]
            self._groups.sort(key=lambda g: g.type, reverse=reverse)
        else:
            counts = self._mentions if column == COL_MENTIONS else self._docs
            # ties broken by name, always A→Z
            ranked = sorted(range(len(names)), key=lambda r: names[r])
            tie = {r: i for i, r in enumerate(ranked)}

            def key(r):
                return (counts[r], -tie[r]) if reverse else (counts[r], tie[r])
            self._groups.sort(key=lambda g: g.mentions if column == COL_MENTIONS else g.docs, reverse=reverse)
        for group in self._groups:
            group.rows.sort(key=key, reverse=reverse)
            group.sorted_rows = np.asarray(group.rows, dtype=np.int64)
        self._show_rows()

    def _locate(self, index: QModelIndex):
        """A stable key for an index: ("group", type) or ("entity", id)."""
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return ("group", self._shown[index.row()].type)
        return ("entity", self.entity_id(index))

    def _relocate(self, where, column: int) -> QModelIndex:
        if where is None:
            return QModelIndex()
        kind, key = where
        if kind == "entity":
            return self.index_of(key, column)
        row = next((i for i, g in enumerate(self._shown) if g.type == key), None)
        return QModelIndex() if row is None else self.createIndex(row, column, _GROUP)


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


class EntitySidebar(QWidget):
    """A filterable tree of entities by type, linked to the shared selection."""

    sig_exported = Signal(str, int)  # path, rows written

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._syncing = False  # True while showing a selection made elsewhere
        self.model = EntityTreeModel(self)
        self.proxy = EntityFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._build_widgets()
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.edits = EntityEditActions(session, self)
        self._connect()
        self.rebuild()

    # -- public ----------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Reload the entities from the session (hidden ones only when asked) and show its current selection."""
        entities = self.session.tables["entities"]
        hidden = int((entities["hidden"] != 0).sum())
        self.show_hidden_box.setText(f"Show hidden ({hidden})" if hidden else "Show hidden")
        self.show_hidden_box.setEnabled(bool(hidden) or self.show_hidden_box.isChecked())
        if not self.show_hidden_box.isChecked():
            entities = entities[entities["hidden"] == 0]
        self.model.set_entities(entities)
        self._expand_groups()
        self._show_checks(self.session.state.filter_entity_ids)
        self._show_selected(self.session.state.entity_ids)

    def apply_filter(self) -> None:
        """Apply the filter box's text now (typing applies it after a short pause)."""
        self._filter_timer.stop()
        self._syncing = True  # rows hidden by the filter leave the tree's selection, not the shared one
        try:
            self.proxy.set_needle(self.filter_edit.text())
        finally:
            self._syncing = False
        self._expand_groups()
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
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.show_hidden_box)
        bottom.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.model.sig_checks_edited.connect(self._on_checks_edited)
        self.model.modelReset.connect(self._on_model_reset)
        self.tree.selectionModel().selectionChanged.connect(self._on_tree_selection)
        self.tree.customContextMenuRequested.connect(self._show_menu)
        self.clear_button.clicked.connect(self._clear_checks)
        self.show_hidden_box.toggled.connect(lambda _on: self.rebuild())
        self.session.sig_workspace_loaded.connect(self.rebuild)
        self.session.sig_selection_changed.connect(self._on_selection_changed)

    def _count_text(self, shown: int) -> str:
        total = len(self.session.tables["entities"])
        checked = len(self.model.checked())
        text = f"{total:,} entities" if shown == total else f"{shown:,} of {total:,} entities"
        return text + (f", {checked:,} checked" if checked else "")

    def _on_model_reset(self) -> None:
        self.apply_filter()

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
        self.session.selection.update(filter_entity_ids=checked, origin=self)

    def _clear_checks(self) -> None:
        self.model.set_checked(())
        self._refresh_checks_ui()
        self.session.selection.update(filter_entity_ids=frozenset(), origin=self)

    def _check_only(self, entity_id: str) -> None:
        self.model.set_checked({entity_id})
        self._refresh_checks_ui()
        self.session.selection.update(filter_entity_ids={entity_id}, origin=self)

    def _on_tree_selection(self, *_args) -> None:
        if self._syncing:
            return
        self.session.selection.update(entity_ids=self.selected_entity_ids(), origin=self)

    def _show_menu(self, pos) -> None:
        index = self.tree.indexAt(pos)
        entity_id = index.data(ENTITY_ID_ROLE) if index.isValid() else None
        if not entity_id:
            return
        menu = QMenu(self)
        menu.addAction("Check only this", lambda: self._check_only(entity_id))
        clear = menu.addAction("Clear checks", self._clear_checks)
        clear.setEnabled(bool(self.model.checked()))
        menu.addSeparator()
        selected = sorted(self.selected_entity_ids() | {entity_id})
        self.edits.add_to_menu(menu, selected if entity_id in self.selected_entity_ids() else [entity_id])
        menu.addSeparator()
        menu.addAction("Export Selected Entities…", lambda: self._export_with_dialog("entities"))
        menu.addAction("Export Mentions of Selected…", lambda: self._export_with_dialog("mentions"))
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def export_selected(self, kind: str, path: str | Path) -> int:
        """Write the selected entities (``kind="entities"``) or their mentions as CSV; returns the row count."""
        ids = self.selected_entity_ids()
        if kind == "entities":
            frame = selected_entities_frame(self.session.tables, ids)
        else:
            frame = selected_mentions_frame(self.session.tables, ids)
        count = export_selection(kind, frame, path)
        self.sig_exported.emit(str(path), count)
        return count

    def _export_with_dialog(self, kind: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, f"Export {kind.title()}", str(default_export_path(f"{kind}.csv")),
                                              "CSV files (*.csv)")
        if not path:
            return
        try:
            self.export_selected(kind, path)
        except OSError as error:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{error.strerror or error}")

    def _refresh_checks_ui(self) -> None:
        checked = len(self.model.checked())
        self.clear_button.setEnabled(bool(checked))
        self.clear_button.setText(f"Clear checks ({checked})" if checked else "Clear checks")
        self.count_label.setText(self._count_text(self.model.hit_count()))

    # -- selection → view ------------------------------------------------------------------
    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if origin is self:
            return
        if "filter_entity_ids" in changed:
            self._show_checks(self.session.state.filter_entity_ids)
        if "entity_ids" in changed:
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
        self._syncing = True
        try:
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.tree.selectionModel().select(selection, flags)
            if indexes and reveal:
                self.tree.selectionModel().setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)
                self.tree.scrollTo(indexes[0], QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._syncing = False

    def _proxy_index(self, entity_id: str) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(entity_id))


if __name__ == "__main__":
    from explorer.gui.preview import run_preview

    sidebar = run_preview(EntitySidebar, (350, 600))
