"""The main window: wires the views around one Session; holds no logic of its own.

Timeline in the centre; entity sidebar, source pane and event table as docks the
user can rearrange. Layout, geometry and recent files persist in QSettings.
Background work (opening behind a cancellable progress dialog, exports, graph
layouts) runs in the window's one ``Jobs``, which the status bar hears and which
closing the window waits for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressDialog, QTabWidget,
                               QWidget)

from explorer import __version__
from explorer.core.edits import decisions
from explorer.core.edits.marks import WORDS
from explorer.core.export import format_for_path
from explorer.core.export.selection import write_selected_events
from explorer.gui.brief import export as brief
from explorer.gui.entity_page.view import EntityPage
from explorer.gui.events.view import EventTable
from explorer.gui.files import ask_export_path
from explorer.gui.graph.view import GraphView
from explorer.gui.map.view import MapView
from explorer.gui.idle_memory import IdleRelease
from explorer.gui.jobs import Jobs
from explorer.gui.query_bar.bar import QueryBar
from explorer.gui.query_bar.facets import FacetPanel
from explorer.gui.review.view import ReviewWindow
from explorer.gui.search.view import SearchPanel
from explorer.gui.session import Session
from explorer.gui.sidebar.view import EntitySidebar
from explorer.gui.source.view import SourcePane
from explorer.gui.task import Task
from explorer.gui.timeline.image import export_timeline_image_dialog
from explorer.gui.timeline.view import TimelineView
from explorer.gui.window import dialogs, recent
from explorer.gui.window.saved_views import SavedViews
from explorer.gui.window.workspace_loading import add_paths, cache_refresh, is_workspace, open_paths
from explorer.userdata import workspace_for

PHASES = {"read": "Reading files", "extract": "Extracting entities, dates and events", "save": "Saving workspace",
          "load": "Loading workspace", "prepare": "First opening: preparing rows"}


class MainWindow(QMainWindow):
    """Explorer's window over one Session."""

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session or Session(self)
        self.settings = QSettings()
        self.task: Task | None = None  # the latest opening
        self.jobs = Jobs(self)  # every background job of the window
        self.setWindowTitle("Explorer")
        self.resize(1400, 900)
        self.timeline = TimelineView(self.session)
        self.graph = GraphView(self.session, jobs=self.jobs)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, "Timeline")
        self.tabs.addTab(self.graph, "Relationships")
        self.map = MapView(self.session, jobs=self.jobs)
        self.tabs.addTab(self.map, "Map")
        self.entity_page = EntityPage(self.session, jobs=self.jobs)
        self.tabs.addTab(self.entity_page, "Entity")
        self.setCentralWidget(self.tabs)
        self.reviews: list[ReviewWindow] = []
        self.sidebar = self._dock("Entities", EntitySidebar(self.session, jobs=self.jobs), Qt.LeftDockWidgetArea)
        self.source = self._dock("Source", SourcePane(self.session, jobs=self.jobs), Qt.RightDockWidgetArea)
        self.events = self._dock("Events", EventTable(self.session, jobs=self.jobs), Qt.BottomDockWidgetArea)
        self.search = self._dock("Search", SearchPanel(self.session, jobs=self.jobs), Qt.LeftDockWidgetArea)
        self.query_bar = QueryBar(self.session, jobs=self.jobs)  # the query line, over every view (toolbar)
        self._query_toolbar()
        self.facets = self._dock("Facets", FacetPanel(self.session, jobs=self.jobs), Qt.LeftDockWidgetArea)
        self.sidebar.widget().setMinimumWidth(300)
        self.source.widget().setMinimumWidth(400)
        self.arrange_docks()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.jobs.sig_status.connect(self.statusBar().showMessage)
        self._build_menus()
        self.session.sig_workspace_loaded.connect(self._show_counts)
        self.session.sig_tables_changed.connect(lambda _names: self._show_counts())
        self.session.sig_workspace_loaded.connect(self._close_reviews_of_other_workspaces)
        self.session.sig_review_requested.connect(self.open_review)
        self.session.sig_entity_page_requested.connect(self.open_entity_page)
        self.entity_page.sig_mention_opened.connect(self.open_mention)
        self.session.sig_selection_changed.connect(lambda *_: self._show_counts())
        # what a gesture freed handed back to the system once the window is idle (glibc keeps it otherwise)
        self.idle_memory = IdleRelease(self)
        for changed in (self.session.sig_workspace_loaded, self.session.sig_tables_changed,
                        self.session.sig_selection_changed):
            changed.connect(self.idle_memory.poke)
        self.events.widget().sig_exported.connect(self._exported)
        self.sidebar.widget().sig_exported.connect(self._exported)
        self.sidebar.widget().sig_export_failed.connect(
            lambda path, _message: self.statusBar().showMessage(f"Export to {path} failed", 15000))
        self._restore_layout()
        self._show_counts()

    # ----- building -----------------------------------------------------------------
    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _query_toolbar(self) -> None:
        toolbar = self.addToolBar("Query")
        toolbar.setObjectName("toolbar-query")
        toolbar.setMovable(False)
        toolbar.addWidget(self.query_bar)

    def arrange_docks(self) -> None:
        """The docks' default arrangement: View ▸ Reset Layout brings it back, closed docks shown again."""
        for dock, area in ((self.sidebar, Qt.LeftDockWidgetArea), (self.source, Qt.RightDockWidgetArea),
                           (self.events, Qt.BottomDockWidgetArea), (self.search, Qt.LeftDockWidgetArea),
                           (self.facets, Qt.LeftDockWidgetArea)):
            dock.setFloating(False)
            self.addDockWidget(area, dock)  # moves a dock the analyst dragged elsewhere
            dock.show()
        self.tabifyDockWidget(self.sidebar, self.search)
        self.tabifyDockWidget(self.sidebar, self.facets)
        self.sidebar.raise_()
        self.resizeDocks([self.sidebar, self.source], [330, 470], Qt.Horizontal)
        self.resizeDocks([self.events], [215], Qt.Vertical)  # (room for the query bar and the overview strip)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "Open &Folder…", self._ask_folder, QKeySequence("Ctrl+Shift+O"),
                     "Open a folder of articles (extracts it in the background)")
        self._action(file_menu, "Open &Files…", self._ask_files, None)
        self._action(file_menu, "&Open Workspace…", self._ask_workspace, QKeySequence.Open, "Open a workspace")
        self.add_menu = file_menu.addMenu("&Add to Case")  # a case that grows: only what it does not hold is extracted
        self._action(self.add_menu, "&Folder…", self._ask_add_folder, None)
        self._action(self.add_menu, "F&iles…", self._ask_add_files, None)
        self.add_menu.setEnabled(self.session.path is not None)
        self.session.sig_workspace_loaded.connect(lambda: self.add_menu.setEnabled(self.session.path is not None))
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._refresh_recent)  # files deleted meanwhile are left out
        file_menu.addSeparator()
        self._action(file_menu, "&Export Selection…", self.export_selection_dialog, QKeySequence("Ctrl+E"),
                     "Export the selected events (or all in view) as CSV, JSON or Parquet")
        self._action(file_menu, "Export &Brief…", self.export_brief_dialog, QKeySequence("Ctrl+Shift+E"),
                     "Export a brief (HTML or PDF) of the selected events in view, or of every event in view")
        self._action(file_menu, "Export &Timeline Image…", lambda: export_timeline_image_dialog(
            self, self.timeline.plot, lambda message: self.statusBar().showMessage(message, 15000)), None)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.Quit, "Quit")
        self._build_edit_menu()
        view_menu = self.menuBar().addMenu("&View")
        for dock in (self.sidebar, self.search, self.facets, self.source, self.events):
            view_menu.addAction(dock.toggleViewAction())
        self._action(view_menu, "Reset &Layout", self.arrange_docks, None)
        view_menu.addSeparator()
        self._action(view_menu, "&Timeline", lambda: self.tabs.setCurrentWidget(self.timeline), QKeySequence("Ctrl+1"),
                     "Show the timeline")
        self._action(view_menu, "&Relationships", self.show_graph, QKeySequence("Ctrl+2"),
                     "Show the relationship graph")
        self._action(view_menu, "&Map", self.show_map, QKeySequence("Ctrl+3"), "Show the map of places")
        self._action(view_menu, "&Entity Page", lambda: self.tabs.setCurrentWidget(self.entity_page),
                     QKeySequence("Ctrl+4"), "Show the entity page")
        view_menu.addSeparator()
        self._action(view_menu, "Clear Selection and Filters", lambda: self.session.selection.clear(self),
                     QKeySequence("Ctrl+Shift+A"), "Clear the selection, checks and time window")
        view_menu.addSeparator()
        self.saved_views = SavedViews(self, self.session, self.tabs, self.timeline, view_menu)  # Save View…, Saved Views ▸
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&Keyboard Shortcuts", lambda: dialogs.show_shortcuts(self), QKeySequence("F1"),
                     "This list")
        self._action(help_menu, "&About Explorer", lambda: dialogs.show_about(self, __version__), None)
        self._refresh_recent()

    def _build_edit_menu(self) -> None:
        edit_menu = self.menuBar().addMenu("&Edit")
        stack = self.session.undo_stack
        undo = stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.Undo)
        undo.setWhatsThis("Undo the last edit (merge, rename, split, hide, type, date, note, tags, marks, saved views)")
        redo = stack.createRedoAction(self, "&Redo")
        redo.setShortcuts(_redo_keys())
        redo.setWhatsThis("Redo")
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._action(edit_menu, "Correct &Publication Date…", self.correct_publication_date_dialog, None)
        self.session.sig_edit_failed.connect(lambda message: QMessageBox.warning(self, "Edit not saved", message))
        self.session.sig_open_problems.connect(self._show_open_problems)
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find in Documents…", self.show_search, QKeySequence.Find, "Search the documents")
        self._action(edit_menu, "&Query…", self.focus_query, QKeySequence("Ctrl+L"),
                     "The query bar: fields and text over every view (Enter applies, Escape clears)")
        self._action(edit_menu, "Next &Mention", lambda: self.step_mention(1), QKeySequence("F3"),
                     "Source: the selected entity's next mention, in any document")
        self._action(edit_menu, "Previous Mention", lambda: self.step_mention(-1), QKeySequence("Shift+F3"),
                     "Source: its previous mention")

    def _show_open_problems(self, problems: list[str]) -> None:
        """Say, without blocking, what of the workspace just opened was left out (the rest is shown)."""
        self.statusBar().showMessage(f"{len(problems)} part(s) of this workspace could not be read and were left "
                                     "out (see the message)", 30000)
        box = QMessageBox(QMessageBox.Icon.Warning, "Parts of the workspace left out",
                          "This workspace opened, but some of it could not be read and was left out:", parent=self)
        box.setInformativeText("\n".join(problems[:10]) + (f"\n… and {len(problems) - 10} more" if len(problems) > 10
                                                             else ""))
        box.setModal(False)
        box.show()
        self.open_problems_box = box  # kept, so it stays on screen and tests can read it

    def _action(self, menu, text: str, slot, shortcut, about: str = "") -> QAction:
        """A menu item; ``about``: what its shortcut does, in the F1 list (``dialogs.shortcut_rows`` reads it
        from the action's What's This text, so the list is made from the keys that are bound)."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if about:
            action.setWhatsThis(about)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ----- opening ----------------------------------------------------------------
    def open_documents(self, paths: list[Path]) -> Task | None:
        """Extract and open documents, first asking which columns an article table's text and dates are in
        when their names do not say (None: the analyst cancelled that, nothing is opened)."""
        from explorer.gui.window.column_mapping import ask_columns

        columns = ask_columns(self, paths)
        return None if columns is None else self.open_paths(paths, columns=columns)

    def open_paths(self, paths: list[Path], target: Path | None = None, columns: dict[str, str] | None = None) -> Task:
        """Open a workspace or extract documents (into ``target``), in the background, with progress."""
        return self._start_with_progress(
            "Opening…", open_paths([Path(p) for p in paths], target, columns), f"Opening {_names(paths)}",
            on_finished=lambda result: self._opened(paths, result), on_failed=self._failed,
            on_cancelled=lambda: self.statusBar().showMessage("Cancelled; nothing was changed.", 8000))

    def add_to_case(self, paths: list[Path], columns: dict[str, str] | None = None) -> Task:
        """Add documents to the open workspace in the background (``explorer add``), with progress and cancel;
        the views reload when it is saved."""
        workspace = self.session.path
        if workspace is None:
            raise ValueError("no workspace is open")
        return self._start_with_progress(
            "Adding…", add_paths(workspace, [Path(p) for p in paths], columns),
            f"Adding {_names(paths)} to {workspace.name}", on_finished=self._added, on_failed=self._add_failed,
            on_cancelled=lambda: self.statusBar().showMessage("Cancelled; the case was not changed.", 8000))

    def add_documents_to_case(self, paths: list[Path]) -> Task | None:
        """Add to the case, first asking for an article table's columns as opening does (None: cancelled)."""
        from explorer.gui.window.column_mapping import ask_columns

        columns = ask_columns(self, paths)
        return None if columns is None else self.add_to_case(paths, columns)

    def _start_with_progress(self, label: str, work, title: str, **callbacks) -> Task:
        """The window's one long task (opening or adding replaces one still running), with a progress dialog."""
        if self.task is not None and self.task.is_running():
            self.jobs.cancel(self.task)
            self.jobs.wait(self.task)
        dialog = QProgressDialog(label, "Cancel", 0, 0, self)
        dialog.setWindowTitle("Explorer")
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(300)
        task = self.task = self.jobs.start(work, title, cancel_on_close=True, **callbacks)
        dialog.canceled.connect(task.cancel)
        task.sig_progress.connect(lambda phase, done, total: _progress(dialog, phase, done, total))
        task.sig_done.connect(dialog.reset)
        return task

    def _added(self, result) -> None:
        tables, workspace, skipped, said = result
        line = self.session.state.filter_query  # the query in force, answered again over the grown case
        self.session.set_tables(tables, workspace)
        if line:  # (the new tables cleared it silently: a new user, s24)
            self.session.selection.update(filter_query=line)
        self.statusBar().showMessage(said, 15000)
        self._warn_skipped(skipped)

    def _add_failed(self, message: str) -> None:
        QMessageBox.critical(self, "Could not add to the case", message)

    def _ask_add_folder(self) -> None:
        if paths := self._choose_documents("Add a folder of articles to the case", folder=True):
            self.add_documents_to_case(paths)

    def _ask_add_files(self) -> None:
        if paths := self._choose_documents("Add articles to the case", folder=False):
            self.add_documents_to_case(paths)

    def _choose_documents(self, title: str, folder: bool) -> list[Path]:
        """A folder, or files of the kinds Explorer reads, from the file dialog ([] when cancelled)."""
        if folder:
            chosen = QFileDialog.getExistingDirectory(self, title)
            return [Path(chosen)] if chosen else []
        files, _ = QFileDialog.getOpenFileNames(self, title, "", f"Articles ({_patterns()});;All files (*)")
        return [Path(f) for f in files]

    def _opened(self, paths: list[Path], result) -> None:
        tables, workspace, skipped = result
        self.session.set_tables(tables, workspace)
        self.setWindowTitle(f"{workspace.name} — Explorer")
        self._refresh_cache(workspace, tables)
        self._remember_recent(_recent_entries(paths, workspace))
        self._warn_skipped(skipped)

    def _refresh_cache(self, workspace: Path, tables) -> Task | None:
        """Write the columnar cache the next opening reads, in the background, when this one read rows."""
        work = cache_refresh(workspace, tables)
        if work is None:
            return None
        return self.jobs.start(work, f"Preparing {workspace.name} to open faster next time", quiet=True,
                               cancel_on_close=True)

    def _warn_skipped(self, skipped: list) -> None:
        """The files (or rows, messages, members) that gave no document, each with its reason."""
        if skipped:
            names = "\n".join(f"{s.name}: {s.reason}" for s in skipped)
            QMessageBox.warning(self, "Some files were skipped", f"These files could not be read:\n\n{names}")

    def _failed(self, message: str) -> None:
        QMessageBox.critical(self, "Could not open", message)

    def _ask_folder(self) -> None:
        if paths := self._choose_documents("Open a folder of articles", folder=True):
            self.open_documents(paths)

    def _ask_files(self) -> None:
        if paths := self._choose_documents("Open articles", folder=False):
            self.open_documents(paths)

    def _ask_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open a workspace", "", "Explorer workspaces (*.explorer)")
        if path:
            self.open_paths([Path(path)])

    # ----- recent files -----------------------------------------------------------------
    def _remember_recent(self, paths: list[Path]) -> None:
        recent.remember(self.settings, paths)
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        """Workspaces, then what would be extracted again, then Clear Recent; files that are gone left out."""
        menu, entries = self.recent_menu, recent.recent_paths(self.settings)
        menu.clear()
        workspaces = [p for p in entries if recent.is_workspace(p)]
        for group in (workspaces, [p for p in entries if p not in workspaces]):
            if group and menu.actions():
                menu.addSeparator()
            for path in group:
                action = menu.addAction(recent.menu_label(path))
                action.setToolTip(recent.menu_tooltip(path))
                action.triggered.connect(lambda checked=False, p=path: self.open_documents([p]))
        menu.addSeparator()
        menu.addAction("&Clear Recent", self._clear_recent)
        menu.setEnabled(bool(entries))

    def _clear_recent(self) -> None:
        recent.clear(self.settings)
        self._refresh_recent()

    def show_graph(self) -> None:
        """Ctrl+2: the relationship graph in the centre."""
        self.tabs.setCurrentWidget(self.graph)

    def show_map(self) -> None:
        """Ctrl+3: the events' places on the map in the centre."""
        self.tabs.setCurrentWidget(self.map)

    def open_entity_page(self, entity_id: str) -> None:
        """An entity's page in the centre (a double click on it in the sidebar, the graph or the source)."""
        if self.entity_page.show_entity(entity_id):
            self.tabs.setCurrentWidget(self.entity_page)

    def open_mention(self, entity_id: str, mention_id: str) -> None:
        """A row of the entity page: the source pane comes forward at that mention (F3 goes on from it)."""
        said = self.source.widget().open_mention(entity_id, mention_id)
        if said:
            self.source.show()
            self.source.raise_()
            self.statusBar().showMessage(said, 8000)

    def open_review(self, cluster_id: str) -> ReviewWindow:
        """Every source of a cluster side by side, in a window of its own (several can be open)."""
        for review in self.reviews:
            if review.cluster_id == cluster_id and review.isVisible():
                review.raise_()
                review.activateWindow()
                return review
        review = ReviewWindow(self.session, cluster_id)
        review.opened_on = self.session.path
        review.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        review.destroyed.connect(lambda *_: self._forget_review(review))
        self.reviews.append(review)
        review.resize(min(1600, 420 * max(2, len(review.columns())) + 40), 800)
        review.show()
        return review

    def _forget_review(self, review: ReviewWindow) -> None:
        self.reviews = [r for r in self.reviews if r is not review]

    def _close_reviews_of_other_workspaces(self) -> None:
        for review in list(self.reviews):
            if review.opened_on != self.session.path:
                review.close()

    def show_search(self) -> None:
        """Ctrl+F: bring the search dock forward with its box focused."""
        self.search.show()
        self.search.raise_()
        self.search.widget().focus_search()

    def focus_query(self) -> None:
        """Ctrl+L: the cursor in the query line, its text selected."""
        self.query_bar.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_bar.edit.selectAll()

    def step_mention(self, by: int) -> None:
        """F3 / Shift+F3 from anywhere in the window: the source pane comes forward at the selected entity's next mention."""
        said = self.source.widget().step_mention(by)
        if said:
            self.source.show()
            self.source.raise_()
            self.entity_page.show_mention_row(self.source.widget().walked_mention_id())
        self.statusBar().showMessage(said or "Select an entity to step through its mentions with F3", 8000)

    # ----- edits -------------------------------------------------------------------------
    def correct_publication_date_dialog(self) -> None:
        """Ask for the document being read's publication date and correct it (undoable)."""
        doc_id = self.source.widget().current_doc_id()
        if doc_id is None:
            QMessageBox.information(self, "No document", "Open a document in the Source pane first.")
            return
        row = self.session.documents.loc[doc_id]
        published = dialogs.ask_publication_date(self, str(row["name"]), str(row["published"]))
        if published is not None and published != row["published"]:
            self.session.do_edit(decisions.set_published(doc_id, published, str(row["name"])))

    # ----- export -------------------------------------------------------------------
    def export_selection_dialog(self) -> None:
        """Export the selected events in view, or every event in view when none of them is selected."""
        ids = self._events_to_export()
        if not ids:
            QMessageBox.information(self, "Nothing to export", "No events are in view.")
            return
        target = ask_export_path(self, "Export Events", "events")
        if target is not None:
            self.export_events_in_background(target[0], ids, target[1])

    def _events_to_export(self) -> list[str]:
        """The selected events that are in view; with none of those, every event in view."""
        in_view = self.session.events.index[self.session.event_lookup.mask(self.session.state)].tolist()
        selected = [e for e in in_view if e in self.session.state.event_ids]
        return selected or in_view

    def export_events(self, path: Path, event_ids: list[str], fmt: str | None = None) -> int:
        """Write the events now, on this thread (scripts and tests); returns the rows written."""
        count = write_selected_events(self.session.tables, event_ids, path, fmt or _format(path))
        self._exported(str(path), count)
        return count

    def export_events_in_background(self, path: Path, event_ids: list[str], fmt: str | None = None) -> Task:
        """Write the events as ``fmt`` (default: by ``path``'s extension) off the GUI thread; the window stays live.

        The rows are built and written a chunk at a time (memory does not grow with them), with
        progress in the status bar after each chunk; a cancel stops between chunks and leaves no
        file. The tables are taken as they are now: an edit meanwhile installs new tables and
        leaves these alone.
        """
        tables, fmt = self.session.tables, fmt or _format(path)
        return self.jobs.start(lambda report, should_cancel: write_selected_events(tables, event_ids, path, fmt,
                                                                                   report, should_cancel),
                               f"Exporting {len(event_ids):,} events to {path}",
                               on_finished=lambda count: self._exported(str(path), count),
                               on_failed=lambda message: self._export_failed(path, message))

    def export_brief_dialog(self) -> None:
        """Export a brief (HTML or PDF) of the selected events in view, or of every event in view."""
        ids = self._events_to_export()
        if not ids:
            QMessageBox.information(self, "Nothing to export", "No events are in view.")
            return
        target = brief.ask_brief_path(self)
        if target is not None:
            self.export_brief(target, ids)

    def export_brief(self, path: Path, event_ids: list[str]) -> Task:
        """Write the brief off the GUI thread (a PDF is printed here once its page is built)."""
        name = self.session.path.stem if self.session.path is not None else "Explorer"
        title, picture = f"Brief: {name}", brief.picture_of(self.timeline.plot)
        run = brief.brief_job(self.session.tables, event_ids, path, title, picture)

        def finished(result) -> None:
            summary, page = result
            if page is not None:
                try:
                    brief.print_pdf(page, picture, path)
                except OSError as error:
                    self._export_failed(path, str(error))
                    return
            self.statusBar().showMessage(f"Brief of {summary.events:,} events from {summary.documents:,} documents "
                                         f"written to {path}", 15000)
        return self.jobs.start(run, f"Writing a brief of {len(event_ids):,} events to {path}",
                               on_finished=finished, on_failed=lambda message: self._export_failed(path, message))

    def _export_failed(self, path: Path, message: str) -> None:
        QMessageBox.warning(self, "Export failed", f"Could not write {path}:\n{message}")

    def _exported(self, path: str, count: int) -> None:
        self.statusBar().showMessage(f"Exported {count} rows to {path}", 15000)

    # ----- status and settings ----------------------------------------------------------
    def _show_counts(self) -> None:
        tables, state = self.session.tables, self.session.state
        in_view = int(self.session.event_lookup.mask(state).sum())
        parts = [f"{len(tables['documents'])} documents", f"{len(tables['entities'])} entities",
                 f"{in_view} of {len(tables['events'])} events in view"]
        if state.event_ids:
            parts.append(f"{len(state.event_ids)} selected")
        if state.time_range:
            parts.append(f"window {state.time_range[0]} – {state.time_range[1]}")
        if state.mark_filter is not None:
            parts.append(f"{'' if state.mark_filter.present else 'not '}{WORDS[state.mark_filter.mark]} only")
        self.status.setText("   ·   ".join(parts))

    def _restore_layout(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window-state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        for review in list(self.reviews):
            review.close()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window-state", self.saveState())
        self.jobs.close()  # opening and layouts cancelled; exports finish: a file half written is worse than a wait
        super().closeEvent(event)


def _recent_entries(paths: list[Path], workspace: Path) -> list[Path]:
    """The workspace opened, and the folder or file it was extracted from when extracting that again rebuilds it.

    Not the seeds a sample was built from: extracted again they would land in a case of their own.
    """
    paths = [Path(p) for p in paths]
    if is_workspace(paths) or len(paths) != 1 or workspace_for(paths) != workspace:
        return [workspace]
    return [workspace, paths[0]]


def _redo_keys() -> list[QKeySequence]:
    """Ctrl+Shift+Z everywhere, then the platform's other Redo keys, each once.

    On X11 desktops the platform's Redo key is Ctrl+Shift+Z itself; bound twice to
    one action it is an ambiguous shortcut and Qt does nothing at all.
    """
    keys = [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    return list({key.toString(): key for key in keys}.values())


def _format(path: Path) -> str:
    """The format ``path``'s extension names, else CSV."""
    found = format_for_path(path)
    return found.name if found is not None else "csv"


def _patterns() -> str:
    """'*.csv *.eml *.html …': every kind some format reads (e-mail, feeds, tables, PDF, Word, archives)."""
    from explorer.core.ingest.formats import suffixes_read

    return " ".join(f"*{suffix}" for suffix in sorted(suffixes_read()) if suffix)


def _names(paths: list[Path]) -> str:
    return Path(paths[0]).name if len(paths) == 1 else f"{len(paths)} items"


def _progress(dialog: QProgressDialog, phase: str, done: int, total: int) -> None:
    dialog.setLabelText(f"{PHASES.get(phase, phase)}… {done:,} of {total:,}")  # as the status line counts
    dialog.setMaximum(max(total, 1))
    dialog.setValue(min(done, max(total, 1) - 1) if done < total else max(total, 1) - 1)
