"""The event table: every event in view as a sortable, filterable, exportable row.

``EventTableModel`` is a thin model over the events in view (one row per event),
loaded in chunks of ``CHUNK_ROWS`` so a million events never load at once. It
sorts the whole table itself (dates chronologically, undated always last), so a
sorted view stays right while rows are still arriving. ``EventTable`` puts a
filter box and a ``QTableView`` over it, writes the rows the analyst selects to
the shared Selection, selects and scrolls to events selected elsewhere, and
exports the selected rows (``export_selected``, or right-click ▸ Export Selection…).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.export.selection import export_selection, selected_events_frame
from explorer.gui.event_edit_actions import EventEditActions
from explorer.gui.files import default_export_path  # noqa: F401 (re-exported for tests)
from explorer.gui.session import Session

COL_DATE, COL_TRIGGER, COL_PARTICIPANTS, COL_PLACE, COL_DOCUMENT, COL_SENTENCE, COL_NOTES = range(7)
HEADERS = ["Date", "Trigger", "Participants", "Place", "Document", "Sentence", "Notes"]
COLUMN_WIDTHS = {COL_DATE: 100, COL_TRIGGER: 100, COL_PARTICIPANTS: 160, COL_PLACE: 100, COL_DOCUMENT: 150,
                 COL_NOTES: 160}

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole  # the row's event_id
DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's doc_id
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the text the filter box searches

CHUNK_ROWS = 500
UNDATED = "undated"
RANGE_DASH = " – "
_EVENT_FIELDS = ["event_id", "doc_id", "sentence", "trigger", "date_start", "date_end", "place", "participants",
                 "cluster_id", "note", "tags"]
_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_UNDATED_BRUSH = QBrush(QColor(128, 128, 128))
_ROWS_FLAGS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def date_label(start: str, end: str) -> str:
    """"2026-02-04", "2026-02-02 – 2026-02-04" for a range, "undated" for none."""
    if not start:
        return UNDATED
    return start if not end or end == start else f"{start}{RANGE_DASH}{end}"


class EventTableModel(QAbstractTableModel):
    """One row per event; rows arrive in chunks; sorting happens over all rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events = pd.DataFrame(columns=_EVENT_FIELDS)  # as given
        self._columns: dict[str, np.ndarray] = {f: np.empty(0, dtype=object) for f in _EVENT_FIELDS}
        self._order = np.empty(0, dtype=np.int64)  # display row -> row of the events as given
        self._display_rows: np.ndarray | None = None  # the inverse, built when first needed
        self._names: Mapping[str, str] = {}
        self._titles: Mapping[str, str] = {}
        self._loaded = 0
        self._positions: pd.Index | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- contents ---------------------------------------------------------------------

    def set_rows(self, events: pd.DataFrame, entity_names: Mapping[str, str] | None = None,
                 doc_titles: Mapping[str, str] | None = None, by_date: np.ndarray | None = None) -> None:
        """Show ``events`` (rows of the events table), in the current sort order.

        ``entity_names`` maps entity ids to names, ``doc_titles`` doc ids to titles.
        ``by_date``, when the caller knows it, is the rows' positions sorted as the Date
        column sorts ascending (it saves sorting a million rows on every filter).
        """
        self.beginResetModel()
        if entity_names is not None:
            self._names = entity_names
        if doc_titles is not None:
            self._titles = doc_titles
        self._events = events.reindex(columns=_EVENT_FIELDS).reset_index(drop=True)
        self._columns = {f: self._events[f].to_numpy(dtype=object) for f in _EVENT_FIELDS}  # no copies
        ascending = self._sort_order == Qt.SortOrder.AscendingOrder
        given = by_date is not None and self._sort_column == COL_DATE and ascending and len(by_date) == len(events)
        self._order = by_date if given else self._sorted_rows(self._sort_column, self._sort_order)
        self._display_rows = None
        # the events' own index when it holds their ids (the session's does): its hash table is shared
        self._positions = events.index if events.index.name == "event_id" else None
        self._loaded = min(CHUNK_ROWS, len(self._order))
        self.endResetModel()

    def total_rows(self) -> int:
        """All rows the model holds, loaded or not."""
        return len(self._order)

    def rows_of(self, event_ids: Iterable[str]) -> list[int]:
        """Model rows (loading them if needed) of the given events, ascending; unknown ids skipped."""
        wanted = list(event_ids)
        if not wanted or not len(self._order):
            return []
        if self._positions is None:
            self._positions = pd.Index(self._columns["event_id"], dtype=object)
        if self._positions.is_unique:  # computed once per index (with its hash table)
            found = self._positions.get_indexer(wanted)
            found = found[found >= 0]
        else:
            found = np.flatnonzero(self._positions.isin(wanted))
        if self._display_rows is None:
            self._display_rows = np.empty(len(self._order), dtype=np.int64)
            self._display_rows[self._order] = np.arange(len(self._order))
        rows = sorted(self._display_rows[found].tolist())
        if rows:
            self.ensure_loaded(rows[-1])
        return rows

    def ensure_loaded(self, row: int) -> None:
        """Load chunks until ``row`` is among the rows the views see."""
        if row >= self._loaded:
            self._load((min(len(self._order), (row // CHUNK_ROWS + 1) * CHUNK_ROWS)) - self._loaded)

    def event_id(self, row: int) -> str:
        return self._columns["event_id"][self._order[row]]

    def doc_id(self, row: int) -> str:
        return self._columns["doc_id"][self._order[row]]

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        return not parent.isValid() and self._loaded < len(self._order)

    def fetchMore(self, parent: QModelIndex) -> None:
        if not parent.isValid():
            self._load(min(CHUNK_ROWS, len(self._order) - self._loaded))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell(row, "sentence")
        if role == EVENT_ID_ROLE:
            return self.event_id(row)
        if role == DOC_ID_ROLE:
            return self.doc_id(row)
        if role == SEARCH_ROLE:
            return self.search_text(row)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DATE and not self._cell(row, "date_start"):
            return _UNDATED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_ALIGN.value)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort all rows (not only the loaded ones); empty keys (undated, no place) go last."""
        self._sort_column, self._sort_order = column, order
        self.set_rows(self._events)

    # -- cells ---------------------------------------------------------------------------

    def display(self, row: int, column: int) -> str:
        """The text shown in a cell."""
        position = self._order[row]
        return _display(lambda field: self._columns[field][position], self._names, self._titles, column)

    def search_text(self, row: int) -> str:
        """Trigger, participants, place, sentence and document of a row, for the filter box."""
        return "\n".join(self.display(row, c) for c in
                         (COL_TRIGGER, COL_PARTICIPANTS, COL_PLACE, COL_SENTENCE, COL_DOCUMENT, COL_NOTES))

    def _cell(self, row: int, field: str):
        return self._columns[field][self._order[row]]

    # -- loading and sorting -------------------------------------------------------------

    def _load(self, count: int) -> None:
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def date_order(self) -> np.ndarray:
        """The rows' positions as the Date column sorts them ascending (for ``set_rows(by_date=...)``)."""
        return self._sorted_rows(COL_DATE, Qt.SortOrder.AscendingOrder)

    def _sorted_rows(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        """Row positions sorted by ``column``'s key; rows with an empty key always last.

        Each distinct key is ranked once (Python sorts the few thousand dates, not a
        million rows), then the ranks sort in numpy, stably, so ties keep their order.
        """
        count = len(self._columns["event_id"])
        if column < 0 or not count:
            return np.arange(count)
        if column == COL_DATE:
            starts = self._columns["date_start"]
            keys = [_ranks(starts, lambda d: d + "|"), _ranks(self._columns["date_end"])]  # as "start|end" sorts
            filled = _texts(starts) != ""
        else:
            texts = self._sort_texts(column)
            keys, filled = [_ranks(texts)], texts != ""
        rows = np.flatnonzero(filled)
        sign = 1 if order == Qt.SortOrder.AscendingOrder else -1
        ranked = rows[np.lexsort([sign * key[rows] for key in reversed(keys)])]
        return np.concatenate([ranked, np.flatnonzero(~filled)])

    def _sort_texts(self, column: int) -> np.ndarray:
        """One casefolded string per row of the unsorted events, as the column shows it."""
        columns = self._columns
        if column == COL_TRIGGER:
            texts = _texts(columns["trigger"])
        elif column == COL_PLACE:
            texts = np.array([self._names.get(p, p) for p in _texts(columns["place"])], dtype=object)
        elif column == COL_DOCUMENT:
            texts = np.array([self._titles.get(d, "") for d in columns["doc_id"]], dtype=object)
        else:
            texts = np.array([_display(lambda field, r=r: columns[field][r], self._names, self._titles, column)
                              for r in range(len(columns["event_id"]))], dtype=object)
        return np.array([t.casefold() for t in texts], dtype=object)


def _texts(values: np.ndarray) -> np.ndarray:
    """A column's values as strings ("" for missing ones)."""
    if pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"):
        return values
    return np.array(["" if v is None or v != v else str(v) for v in values], dtype=object)


def _ranks(values: np.ndarray, key=None) -> np.ndarray:
    """Each value's rank among the distinct values, sorted as Python sorts strings (by ``key``)."""
    codes, uniques = pd.factorize(_texts(values))
    order = sorted(range(len(uniques)), key=lambda i: uniques[i] if key is None else key(uniques[i]))
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[order] = np.arange(len(uniques))
    return rank[codes]


class EventProxyModel(QSortFilterProxyModel):
    """Filters rows by the filter box's text; sorting is left to the source model.

    The source sorts all of its rows, loaded or not, so the order stays right as
    chunks arrive; the proxy keeps the source's order.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class EventTable(QWidget):
    """The events in view as a table, linked both ways to the shared Selection."""

    sig_exported = Signal(str, int)  # (path written, number of events)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = EventTableModel(self)
        self._date_order: tuple[object, np.ndarray] | None = None  # (the session's lookup, its events' date order)
        self.proxy = EventProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText("Filter events…")
        self.filter_box.setClearButtonEnabled(True)
        self.view = QTableView(self)
        self.edits = EventEditActions(session, self)
        self._build_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        self.filter_box.textChanged.connect(self._filter_rows)
        self.view.selectionModel().selectionChanged.connect(self._on_rows_selected)
        self.view.customContextMenuRequested.connect(self._show_context_menu)
        self.proxy.modelReset.connect(self._show_selected_events)
        session.sig_workspace_loaded.connect(self.refresh)
        session.sig_selection_changed.connect(self._on_selection_changed)
        self.refresh()

    def _build_view(self) -> None:
        view = self.view
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAlternatingRowColors(True)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setDefaultAlignment(_ALIGN)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        widest_date = date_label("2026-02-02", "2026-02-04")  # a range: the longest date shown
        header.resizeSection(COL_DATE, max(COLUMN_WIDTHS[COL_DATE], view.fontMetrics().horizontalAdvance(widest_date) + 24))
        header.setSectionResizeMode(COL_SENTENCE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)

    # -- from the session ------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the events in view (new workspace, or the filters changed)."""
        docs = self.session.tables["documents"]
        titles = {d: t or n for d, t, n in zip(docs["doc_id"], docs["title"], docs["name"])}
        self.model.set_rows(self.session.events_in_view(), self.session.entity_names, titles,
                            by_date=self._in_view_by_date())

    def _in_view_by_date(self) -> np.ndarray:
        """The events in view in date order, taken from the whole workspace's date order (sorted
        once per workspace): a filter then costs a pass over a mask, not a sort."""
        lookup = self.session.event_lookup
        if self._date_order is None or self._date_order[0] is not lookup:
            everything = EventTableModel()
            everything.set_rows(self.session.events)
            self._date_order = (lookup, everything.date_order())
        in_view = lookup.mask(self.session.state)
        order = self._date_order[1]
        return (np.cumsum(in_view) - 1)[order[in_view[order]]]

    def _filter_rows(self, text: str) -> None:
        # Rows the filter hides leave the view's selection, not the shared Selection.
        with QSignalBlocker(self.view.selectionModel()):
            self.proxy.setFilterFixedString(text)
        self._show_selected_events()

    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if origin is self:
            return
        if changed & {"filter_entity_ids", "filter_event_ids", "time_range"}:
            self.refresh()  # the reset shows the selected events again
        elif "event_ids" in changed:
            self._show_selected_events()

    def _show_selected_events(self) -> None:
        """Select (and scroll to) the Selection's events, without echoing it back."""
        rows = self.model.rows_of(self.session.state.event_ids)
        indexes = [self.proxy.mapFromSource(self.model.index(r, 0)) for r in rows]
        proxy_rows = sorted(i.row() for i in indexes if i.isValid())
        selection = QItemSelection()
        for first, last in _runs(proxy_rows):
            selection.select(self.proxy.index(first, 0), self.proxy.index(last, len(HEADERS) - 1))
        selection_model = self.view.selectionModel()
        with QSignalBlocker(selection_model):
            selection_model.select(selection, _ROWS_FLAGS)
            if proxy_rows:
                selection_model.setCurrentIndex(self.proxy.index(proxy_rows[0], 0),
                                                QItemSelectionModel.SelectionFlag.NoUpdate)
        self.view.viewport().update()
        if proxy_rows:
            self.view.updateGeometries()  # rows may have just been fetched: scroll over the full range
            self.view.scrollTo(self.proxy.index(proxy_rows[0], 0), QAbstractItemView.ScrollHint.EnsureVisible)

    # -- from the analyst -------------------------------------------------------------------

    def selected_event_ids(self) -> list[str]:
        """The event ids of the rows selected here, top to bottom."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=QModelIndex.row)
        return [index.data(EVENT_ID_ROLE) for index in rows]

    def _on_rows_selected(self, *_args) -> None:
        selected = self.view.selectionModel().selectedRows()
        if not selected:
            self.session.selection.update(origin=self, event_ids=frozenset())
            return
        current = self.view.currentIndex()
        anchor = current if current.isValid() and self.view.selectionModel().isRowSelected(current.row()) \
            else selected[-1]
        self.session.selection.update(origin=self, event_ids=self.selected_event_ids(),
                                      doc_ids={anchor.data(DOC_ID_ROLE)})

    def export_selected(self, path: str | Path) -> int:
        """Write the selected events as CSV to ``path``; returns how many rows were written."""
        frame = selected_events_frame(self.session.tables, self.selected_event_ids())
        count = export_selection("events", frame, path)
        self.sig_exported.emit(str(path), count)
        return count

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        index = self.view.indexAt(position)
        event_id = index.data(EVENT_ID_ROLE) if index.isValid() else None
        if event_id:
            self.edits.add_to_menu(menu, event_id)
            menu.addSeparator()
        action = menu.addAction("Export Selection…")
        action.setEnabled(self.view.selectionModel().hasSelection())
        action.triggered.connect(self._export_with_dialog)
        menu.exec(self.view.viewport().mapToGlobal(position))

    def _export_with_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export Selected Events", str(default_export_path()),
                                              "CSV files (*.csv)")
        if not path:
            return
        try:
            self.export_selected(path)
        except OSError as error:
            QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{error.strerror or error}")


def _display(cell, names: Mapping[str, str], titles: Mapping[str, str], column: int) -> str:
    """The text of one cell, by table column; ``cell(field)`` gives the row's value of an event field."""
    if column == COL_DATE:
        return date_label(cell("date_start"), cell("date_end"))
    if column == COL_TRIGGER:
        return cell("trigger")
    if column == COL_PARTICIPANTS:
        return ", ".join(names.get(e, e) for e in cell("participants"))
    if column == COL_PLACE:
        return names.get(cell("place"), cell("place"))
    if column == COL_DOCUMENT:
        return titles.get(cell("doc_id"), "")
    if column == COL_SENTENCE:
        return " ".join(cell("sentence").split())
    if column == COL_NOTES:
        tags = cell("tags")
        tags = " ".join(f"#{t}" for t in tags) if isinstance(tags, list) else ""
        note = cell("note") if isinstance(cell("note"), str) else ""
        return " ".join(part for part in (tags, " ".join(note.split())) if part)
    return ""


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def preview() -> EventTable:
    """The event table on the sample workspace, shown (for ``python -m`` and a smoke test)."""
    from explorer.gui.preview import sample_session

    table = EventTable(sample_session())
    table.setWindowTitle("Events — preview")
    table.resize(1000, 400)
    table.show()
    return table


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv)
    window = preview()
    sys.exit(app.exec())
