"""View ▸ Save View… and View ▸ Saved Views: a named state of the window, reopened in one click.

A view (``core.edits.saved_views.SavedView``) holds the selection's filters (search text and the events it
narrowed to, time window, checked entities, mark filter), the centre tab, the docks' arrangement and the
timeline's lanes. Saving,
renaming and deleting one are decisions made through ``session.do_edit`` (undoable, saved in the workspace,
kept when extraction runs again). Reopening one writes its filters to the one selection, as a gesture would,
so every view follows; the mark filter takes the events that carry its mark now.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMenu, QMessageBox, QTabWidget

from explorer.core.edits.marks import WORDS
from explorer.core.edits.saved_views import SavedView, delete_view, rename_view, save_view
from explorer.gui.echo import Echo
from explorer.gui.session import Session
from explorer.gui.timeline.view import TimelineView


class SavedViews:
    """The window's saved views: capture, reopen, rename, delete, and the menu that lists them."""

    def __init__(self, window: QMainWindow, session: Session, tabs: QTabWidget, timeline: TimelineView,
                 menu: QMenu) -> None:
        self.window, self.session, self.tabs, self.timeline = window, session, tabs, timeline
        self.echo = Echo(self)  # reopening a view is a gesture on the one selection
        menu.addAction("Save &View…", self.ask_save)
        self.menu = menu.addMenu("Saved &Views")
        self.menu.setToolTipsVisible(True)
        self.rename_menu, self.delete_menu = QMenu("&Rename", self.menu), QMenu("&Delete", self.menu)  # (kept: refilled)
        self.menu.aboutToShow.connect(self.refresh_menu)
        session.sig_triage_changed.connect(self.refresh_menu)
        session.sig_workspace_loaded.connect(self.refresh_menu)
        self.refresh_menu()

    # ----- what a view holds -------------------------------------------------------------------
    def current(self) -> SavedView:
        """The window as it is now, as a view."""
        layout = base64.b64encode(bytes(self.window.saveState().data())).decode("ascii")
        return SavedView.of_state(self.session.state, tab=self.tabs.tabText(self.tabs.currentIndex()), layout=layout,
                                  lanes=self.timeline.lane_mode())

    def open(self, name: str) -> bool:
        """Restore the view saved as ``name``: the docks, the tab, then the filters (every view follows them)."""
        view = self.session.saved_views.get(name)
        if view is None:
            return False
        if view.layout:
            self.window.restoreState(QByteArray(base64.b64decode(view.layout)))
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == view.tab:
                self.tabs.setCurrentIndex(index)
        if view.lanes and view.lanes != self.timeline.lane_mode():
            self.timeline.set_lane_mode(view.lanes)
        marked = self.session.marks.events_marked(view.mark) if view.mark else frozenset()
        self.echo.update(**view.filters(marked))
        bar = self.window.query_bar
        if bar.edit.text().strip() != view.filter_query or self.session.state.filter_query != view.filter_query:
            bar.edit.setText(view.filter_query)  # through the bar: a line with free text is looked up first
            bar.apply()
        self.window.statusBar().showMessage(f"View ‘{name}’ reopened", 8000)
        return True

    # ----- decisions ---------------------------------------------------------------------------
    def save(self, name: str) -> bool:
        """Save the window as it is now under ``name`` (replacing a view of that name)."""
        name = name.strip()
        if not name:
            return False
        return self.session.do_edit(save_view(name, self.current(), replacing=name in self.session.saved_views))

    def rename(self, name: str, new_name: str) -> bool:
        new_name = new_name.strip()
        if not new_name or new_name == name or name not in self.session.saved_views:
            return False
        return self.session.do_edit(rename_view(name, new_name))

    def delete(self, name: str) -> bool:
        return name in self.session.saved_views and self.session.do_edit(delete_view(name))

    # ----- dialogs and the menu ----------------------------------------------------------------
    def ask_save(self) -> None:
        name, ok = QInputDialog.getText(self.window, "Save View", "Name of this view (filters, window, tab, layout):",
                                        text=f"View {len(self.session.saved_views) + 1}")
        if not ok or not name.strip():
            return
        if name.strip() in self.session.saved_views and QMessageBox.question(
                self.window, "Replace View", f"Replace the view ‘{name.strip()}’?") != QMessageBox.StandardButton.Yes:
            return
        self.save(name)

    def ask_rename(self, name: str) -> None:
        new_name, ok = QInputDialog.getText(self.window, "Rename View", f"New name for ‘{name}’:", text=name)
        if ok:
            self.rename(name, new_name)

    def refresh_menu(self) -> None:
        """One entry a view (a click reopens it), then Rename and Delete submenus."""
        menu, views = self.menu, self.session.saved_views
        menu.clear()
        for name, view in views.items():
            action = menu.addAction(name, lambda n=name: self.open(n))
            action.setToolTip(describe(view, self.session.names_of))
        if not views:
            menu.addAction("No saved views (View ▸ Save View…)").setEnabled(False)
            return
        menu.addSeparator()
        rename, delete = self.rename_menu, self.delete_menu
        rename.clear()
        delete.clear()
        menu.addMenu(rename)
        menu.addMenu(delete)
        for name in views:
            rename.addAction(name, lambda n=name: self.ask_rename(n))
            delete.addAction(name, lambda n=name: self.delete(n))


def describe(view: SavedView, names_of) -> str:
    """A view in a line: what it narrows to and what it shows (the menu's tooltip)."""
    parts = [f"search “{view.query}”"] if view.query else []
    if view.time_range:
        parts.append(f"{view.time_range[0]} – {view.time_range[1]}")
    if view.checked:
        parts.append(", ".join(names_of(view.checked[:3])) + (" …" if len(view.checked) > 3 else ""))
    if view.mark:
        parts.append(("" if view.mark_present else "not ") + WORDS.get(view.mark, view.mark))
    return " · ".join([*parts, view.tab or "Timeline"])
