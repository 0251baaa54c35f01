"""The facet panel: each field's values among the events in view, with counts, and the saved queries.

Entity type, outlet, document, date basis, cluster and tag each list their values with
how many events in view have them (``core.query_language.facets``), the most first; the
counts follow every filter (the query, checked entities, the time window, search
narrowing), as they are the events the other views show. Clicking a value adds its
``field:value`` term to the query line and applies it; clicking a value the line holds
(shown ticked) takes its term out again. Below, the saved queries: click one to run it;
right-click to delete it (an edit, undoable).

The counts are worked out when the panel is on screen — a hidden panel, or one whose dock tab
is behind another (by default Facets sits behind Entities), waits until it is brought forward
(``gui.on_screen``) — from the lookup's mask: a ``bincount`` or a few ``count_nonzero`` per
facet; in a big case (``BACKGROUND_FROM`` events) in the window's Jobs, off the GUI thread
(~0.2 s at a million events, a second or more at ten million), one count at a time: a filter
changed meanwhile asks the running count to stop (between facets) and counts again, with the
newest filters, once it has. (Counting behind the Entities tab at every filter, each count a
thread of its own that went on after a newer one started, took the interpreter and ~500 MB from
every gesture at ten million events: bench/README.md, Run s17.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QListWidget, QListWidgetItem, QMenu, QSplitter, QTreeWidget, QTreeWidgetItem, \
    QVBoxLayout, QWidget

from explorer.core.dates import HOW_FOUND
from explorer.core.edits import decisions
from explorer.core.edits.saved_queries import saved
from explorer.core.query_language import QuerySyntaxError, has_term, with_term, without_term
from explorer.core.query_language.facets import FACETS, TITLES, facet_counts
from explorer.core.entity_types import type_name
from explorer.core.selection import FILTERS
from explorer.gui.echo import Echo
from explorer.gui.jobs import Jobs
from explorer.gui.on_screen import DockFollower, on_screen
from explorer.gui.session import Session
from explorer.gui.task import Task

FIELD_ROLE = Qt.ItemDataRole.UserRole
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole
BACKGROUND_FROM = 100_000  # events from which the counts are worked out in the background (~0.2 s at a million)


class FacetPanel(QWidget):
    """Facets with counts over the events in view, and the saved queries."""

    def __init__(self, session: Session, parent: QWidget | None = None, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.echo = Echo(self)
        self._stale = True
        self.jobs = jobs or Jobs(self)
        self._task: Task | None = None  # counts being worked out in the background (a big case): one at a time
        self._again = False  # the filters changed while a count ran: count again once it has ended
        self._generation = 0  # bumped by each refresh: counts of an older one are dropped
        self._dock = DockFollower(self, self._brought_forward)  # a covered dock tab raised: count what was put off
        self.tree = QTreeWidget()
        self.tree.setObjectName("facets")
        self.tree.setHeaderLabels(["Value", "Events"])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemClicked.connect(self._on_item_clicked)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.saved_list = QListWidget()
        self.saved_list.setObjectName("saved-queries")
        self.saved_list.itemClicked.connect(self._run_saved)
        self.saved_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.saved_list.customContextMenuRequested.connect(self._saved_menu)
        saved_box = QWidget()
        saved_layout = QVBoxLayout(saved_box)
        saved_layout.setContentsMargins(0, 0, 0, 0)
        saved_layout.addWidget(QLabel("<b>Saved queries</b> (click to run)"))
        saved_layout.addWidget(self.saved_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(saved_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        session.sig_selection_changed.connect(self._on_selection_changed)
        session.sig_workspace_loaded.connect(self._on_tables)
        session.sig_tables_changed.connect(lambda _names: self._on_tables())  # (a saved query changes no table)
        self._on_tables()

    # -- public --------------------------------------------------------------------------------
    def counts(self) -> dict[str, dict[str, int]]:
        """The counts listed, by field then value (scripts and tests)."""
        root = self.tree.invisibleRootItem()
        return {root.child(i).data(0, FIELD_ROLE): {root.child(i).child(j).data(0, VALUE_ROLE):
                                                    int(root.child(i).child(j).text(1))
                                                    for j in range(root.child(i).childCount())}
                for i in range(root.childCount())}

    def item_of(self, field: str, value: str) -> QTreeWidgetItem | None:
        """The listed value's row, or None."""
        root = self.tree.invisibleRootItem()
        for i in range(root.childCount()):
            group = root.child(i)
            for j in range(group.childCount()):
                if group.data(0, FIELD_ROLE) == field and group.child(j).data(0, VALUE_ROLE) == value:
                    return group.child(j)
        return None

    def toggle(self, field: str, value: str) -> str:
        """Add ``field:value`` to the query line, or take it out when the line holds it; returns the new line."""
        line = self.session.state.filter_query
        try:
            line = without_term(line, field, value) if has_term(line, field, value) else with_term(line, field, value)
        except QuerySyntaxError:
            line = with_term("", field, value)
        self.echo.update(filter_query=line)
        self.refresh()
        return line

    def refresh(self) -> None:
        """Count again now (when on screen; else when next brought forward)."""
        if not on_screen(self):
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        if self._task is not None:  # one count at a time: the running one stops at its next facet, then this one
            self._again = True
            self.jobs.cancel(self._task)
            return
        state = self.session.state
        context, mask = self.session.query_context, self.session.event_lookup.mask(state)
        generation = self._generation
        if len(mask) < BACKGROUND_FROM:
            self._show(facet_counts(context, mask), state.filter_query)
            return
        self._task = self.jobs.start(
            lambda report, should_cancel: facet_counts(context, mask, should_cancel=should_cancel), "Counting facets",
            owner=self, quiet=True, cancel_on_close=True,
            on_finished=lambda counted: self._counted(generation, counted, state.filter_query),
            on_failed=lambda _message: self._counted(generation, None, state.filter_query),
            on_cancelled=lambda: self._counted(generation, None, state.filter_query))

    def wait(self) -> None:
        """Block until counts being worked out in the background are listed (scripts and tests)."""
        while self._task is not None:
            task = self._task
            self.jobs.wait(task)
            QCoreApplication.sendPostedEvents()
            if self._task is task:  # (its end not delivered: the panel or its jobs gone)
                break

    def _counted(self, generation: int, counted: dict | None, line: str) -> None:
        self._task = None
        if self._again:  # the filters changed meanwhile: count with the newest ones (when still on screen)
            self._again = False
            self.refresh()
        elif counted is not None and generation == self._generation:
            self._show(counted, line)

    def _show(self, counted: dict[str, list[tuple[str, int]]], line: str) -> None:
        """List each facet's values and counts; the values ``line`` holds ticked (and listed at any count)."""
        expanded = {self.tree.topLevelItem(i).data(0, FIELD_ROLE): self.tree.topLevelItem(i).isExpanded()
                    for i in range(self.tree.topLevelItemCount())}
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        for field in FACETS:
            group = QTreeWidgetItem([TITLES[field], ""])
            group.setData(0, FIELD_ROLE, field)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            listed = dict(counted[field])
            for value in _held_values(line, field):
                listed.setdefault(value, 0)  # a value the line holds stays listed (to click it out) at any count
            for value, count in listed.items():
                shown = _shown(field, value)
                item = QTreeWidgetItem(group, [shown, str(count)])
                item.setData(0, VALUE_ROLE, value)
                item.setData(0, FIELD_ROLE, field)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(0, f"{field}:{value} — click to {'take out of' if _holds(line, field, value) else 'add to'}"
                                   " the query")
                if _holds(line, field, value):
                    font = QFont(item.font(0))
                    font.setBold(True)
                    item.setFont(0, font)
                    item.setText(0, f"✓ {shown}")
            group.setExpanded(expanded.get(field, True))
            group.setText(1, "" if listed else "—")
        self.tree.setUpdatesEnabled(True)

    # -- events --------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._brought_forward()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)  # (a dock squeezed to nothing and opened again)
        if self._stale and on_screen(self):
            self.refresh()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and hasattr(self, "_dock"):
            self._dock.follow()  # (put in its dock after it was made)
        return super().event(event)

    def _brought_forward(self) -> None:
        """Shown, or its dock's tab raised: count what changed while it was not on screen (the tab's raise may
        land a moment after its signal: looked at again once the events queued are handled)."""
        if not self._stale:
            return
        if on_screen(self):
            self.refresh()
        else:
            QTimer.singleShot(0, self, lambda: self._stale and on_screen(self) and self.refresh())

    def _on_selection_changed(self, changed: set, origin: object) -> None:
        if changed & FILTERS and not self.echo.mine(origin):
            self.refresh()

    def _on_tables(self) -> None:
        self._list_saved()
        self.refresh()

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, VALUE_ROLE)
        if value is not None:
            self.toggle(item.data(0, FIELD_ROLE), value)

    # -- saved queries ----------------------------------------------------------------------------
    def _list_saved(self) -> None:
        self.saved_list.clear()
        for name, line in saved(self.session.edits).items():
            item = QListWidgetItem(name)
            item.setData(LINE_ROLE, line)
            item.setToolTip(line)
            self.saved_list.addItem(item)

    def saved_queries(self) -> dict[str, str]:
        """The saved queries listed (name -> line)."""
        return {self.saved_list.item(i).text(): self.saved_list.item(i).data(LINE_ROLE)
                for i in range(self.saved_list.count())}

    def _run_saved(self, item: QListWidgetItem) -> None:
        self.echo.update(filter_query=item.data(LINE_ROLE))
        self.refresh()

    def _saved_menu(self, position) -> None:
        item = self.saved_list.itemAt(position)
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction("Run", lambda: self._run_saved(item))
        menu.addAction("Delete", lambda: self.session.do_edit(decisions.save_query(item.text(), "")))
        menu.exec(self.saved_list.viewport().mapToGlobal(position))


def _shown(field: str, value: str) -> str:
    """A value as the analyst reads it elsewhere, with the word the query takes after it ("People (PERSON)",
    "publication day (dct)")."""
    words = type_name(value) if field == "type" else HOW_FOUND.get(value, value) if field == "basis" else value
    return value if words == value else f"{words} ({value})"


def _held_values(line: str, field: str) -> list[str]:
    from explorer.core.query_language import parse

    try:
        return [term.value for term in parse(line) if term.field == field and not term.negated]
    except QuerySyntaxError:
        return []


def _holds(line: str, field: str, value: str) -> bool:
    try:
        return has_term(line, field, value)
    except QuerySyntaxError:
        return False
