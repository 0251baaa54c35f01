"""The event table: every event in view as a sortable, filterable, exportable row.

``EventTable`` puts a filter box and a ``QTableView`` over an ``EventTableModel``
(``table_model``: the events in view, sorted and filtered over every row,
shown in chunks), writes the rows the analyst selects to the shared Selection,
selects and scrolls to events selected elsewhere, and exports the selected rows
(``export_selected``, or right-click ▸ Export Selection…) as CSV, JSON or Parquet,
written off the GUI thread through the window's ``Jobs``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.export import format_for_path
from explorer.core.export.selection import write_selected_events
from explorer.core.query import RowOrder, same_values
from explorer.core.scratch import Scratch
from explorer.core.selection import EVENT_IDS, FILTERS
from explorer.gui.echo import Echo
from explorer.gui.events.edit_actions import EventEditActions
from explorer.gui.events.table_model import (  # noqa: F401 (the model's names are re-exported for tests)
    ALIGN,
    CHUNK_ROWS,
    COL_DATE,
    COL_DOCUMENT,
    COL_NOTES,
    COL_PARTICIPANTS,
    COL_PLACE,
    COL_SENTENCE,
    COL_TRIGGER,
    DOC_ID_ROLE,
    EVENT_ID_ROLE,
    HEADERS,
    SEARCH_ROLE,
    EventProxyModel,
    EventTableModel,
    date_label,
)
from explorer.gui.files import ask_export_path, default_export_path  # noqa: F401 (re-exported for tests)
from explorer.gui.jobs import Jobs, jobs_of_its_own
from explorer.gui.session import Session
from explorer.gui.task import Task

COLUMN_WIDTHS = {COL_DATE: 100, COL_TRIGGER: 100, COL_PARTICIPANTS: 160, COL_PLACE: 100, COL_DOCUMENT: 150,
                 COL_NOTES: 160}
DATE_COLUMNS = ("date_start", "date_end")  # all the Date column's order reads
_ROWS_FLAGS = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class EventTable(QWidget):
    """The events in view as a table, linked both ways to the shared Selection."""

    sig_exported = Signal(str, int)  # (path written, number of events)

    def __init__(self, session: Session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)  # gestures written with this view as origin; its own notices ignored
        self.jobs = jobs if jobs is not None else jobs_of_its_own(self)  # exports run there
        self.model = EventTableModel(self)
        self._workspace: tuple | None = None  # (the session's events, document titles, their date order (a
        # ``RowOrder``), the documents)
        # a filter's rows in date order made in memory the last filter's used, not fresh pages (Run s14b): 9 MB
        # for the busiest entity at ten million events, kept while the model shows another filter's
        self._scratch = Scratch(16 << 20)
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
        session.on_tables(self.refresh, {"events", "entities", "documents"})
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
        header.setDefaultAlignment(ALIGN)
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
        """Reload the events in view (new workspace, or the filters changed): the model shows the
        workspace's events at the positions in view, in date order taken from the whole workspace's
        (sorted once per workspace, and again only when an edit changes the events' dates: a merge
        changes who takes part, not when), so a filter costs passes over a mask, not a copy or a sort."""
        lookup, events = self.session.event_lookup, self.session.events
        docs = self.session.table("documents")
        kept = self._workspace
        if kept is None or kept[3] is not docs or not _same_dates(kept[0], events):
            titles = {d: t or n for d, t, n in zip(docs["doc_id"], docs["title"], docs["name"])}
            everything = EventTableModel()
            everything.set_rows(events)
            # (where the busiest entities' events stand in it worked out after the first window: ``RowOrder``)
            # (in 32 bits when they fit: 40 MB, not 80, kept at ten million events, and a filter's rows taken
            # from it half as many fresh bytes: 8 MB, not 17, for the busiest entity, Run s14)
            by_date = everything.date_order()
            if len(by_date) and int(by_date.max()) <= np.iinfo(np.int32).max:
                by_date = by_date.astype(np.int32)
            itemsize = by_date.itemsize  # (``by_date`` names the ``RowOrder`` below by the time the work runs)
            order = RowOrder(by_date, len(events), later=True, warm=lambda: self._reserving(itemsize))
            kept = (events, titles, order, docs)
        self._workspace = (events, *kept[1:])
        _, titles, by_date, _ = self._workspace
        in_view = lookup.mask(self.session.state)
        rows = None if in_view.all() else lookup.rows(self.session.state)  # (the timeline's too, when it asks)
        self.model.set_rows(self.session.events, self.session.entity_names, titles,
                            by_date=by_date.order if rows is None else
                            self._scratch.take(by_date.order,
                                               by_date.kept(in_view, rows, lookup.named_rows(self.session.state))),
                            rows=rows)
        self._scratch.trim()  # (the last filter's rows, when the model let them go: one spare at most)

    def _reserving(self, itemsize: int) -> list[np.ndarray]:
        """The busiest entities' rows (``EventLookup.heavy_rows``), the buffer of their filter's rows reserved (in
        the work after the first window: even the first filter of one fills memory already mapped)."""
        heavy = self.session.event_lookup.heavy_rows()
        if heavy:
            self._scratch.reserve([max(map(len, heavy)) * itemsize])
        return heavy

    def _filter_rows(self, text: str) -> None:
        # Rows the filter hides leave the view's selection, not the shared Selection; the model's
        # reset shows the selected events it still has again.
        with QSignalBlocker(self.view.selectionModel()):
            self.model.set_filter_text(text)

    def _on_selection_changed(self, changed: set[str], origin: object) -> None:
        if self.echo.mine(origin):
            return
        if changed & FILTERS:
            self.refresh()  # the reset shows the selected events again
        elif EVENT_IDS in changed:
            self._show_selected_events()

    def _show_selected_events(self) -> None:
        """Select (and scroll to) the Selection's events, without echoing it back."""
        proxy_rows = self.model.rows_of(self.session.state.event_ids)  # the proxy passes rows through as they are
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
            self.echo.update(event_ids=frozenset())
            return
        current = self.view.currentIndex()
        anchor = current if current.isValid() and self.view.selectionModel().isRowSelected(current.row()) \
            else selected[-1]
        self.echo.update(event_ids=self.selected_event_ids(), doc_ids={anchor.data(DOC_ID_ROLE)})

    def export_selected(self, path: str | Path, fmt: str | None = None) -> Task:
        """Write the selected events to ``path`` off the GUI thread; returns the running ``Task``.

        ``fmt`` is a registered format's name (default: the one ``path``'s extension names, else CSV).
        ``sig_exported`` follows when they are written, a warning when they cannot be. Rows are written a
        chunk at a time with progress in the window's job bar; a cancel stops between chunks and leaves no
        file. The tables and the selection are taken as they are now: an edit meanwhile leaves these alone.
        """
        fmt = fmt or getattr(format_for_path(path), "name", "csv")
        tables, ids = self.session.tables, self.selected_event_ids()
        return self.jobs.start(lambda report, should_cancel: write_selected_events(tables, ids, path, fmt,
                                                                                   report, should_cancel),
                               f"Exporting {len(ids):,} events to {path}", owner=self,
                               on_finished=lambda count: self.sig_exported.emit(str(path), count),
                               on_failed=lambda message: self._export_failed(path, message))

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
        target = ask_export_path(self, "Export Selected Events", "events")
        if target is not None:
            self.export_selected(*target)

    def _export_failed(self, path: str | Path, message: str) -> None:
        QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{message}")


def _same_dates(old: pd.DataFrame, new: pd.DataFrame) -> bool:
    """Whether two versions of the events hold the same events in the same order with the same dates
    (columns an edit left alone are shared, so this is a few pointer comparisons)."""
    return old is new or (old.index is new.index and all(same_values(new[c], old[c]) for c in DATE_COLUMNS))


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
