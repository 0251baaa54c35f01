"""The sidebar's exports: the selected entities, or every mention of them, as CSV, JSON or Parquet.

Writing runs as a job of the window's ``Jobs`` (the mentions of a few common
entities at a million events take seconds to gather and write), like File ▸
Export Selection: the window stays live, success arrives as ``sig_exported``
(the window shows it in the status bar), and a failure (a folder that does not
exist, a full disk) as a warning and ``sig_export_failed``, never as an
exception. The save dialog offers every format of the export registry that
takes any table; ``Jobs`` waits for the exports still writing when the window
closes, since a file half written is worse than a second's wait. The rows are built
and written a chunk at a time, with progress after each; a cancel stops between
chunks and leaves no file (it is written beside its name and renamed at the end).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from explorer.core.export import format_for_path
from explorer.core.export.selection import Report, ShouldCancel, write_selection
from explorer.core.model import Tables
from explorer.gui.files import ask_export_path
from explorer.gui.jobs import Jobs, jobs_of_its_own
from explorer.gui.session import Session
from explorer.gui.task import Task

EXPORT_KINDS = ("entities", "mentions")


class EntityExportActions(QObject):
    """Menu entries and background writers for exporting the entities ``selected()`` returns."""

    sig_exported = Signal(str, int)  # path, rows written
    sig_export_failed = Signal(str, str)  # path, a one-line reason

    def __init__(self, session: Session, parent: QWidget, selected: Callable[[], frozenset[str]],
                 jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.selected = selected
        self.jobs = jobs if jobs is not None else jobs_of_its_own(parent)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction("Export Selected Entities…", lambda: self.export_with_dialog("entities"))
        menu.addAction("Export Mentions of Selected…", lambda: self.export_with_dialog("mentions"))

    def export_with_dialog(self, kind: str) -> Task | None:
        """Ask where to save (and as what), then write in the background; None if the user cancelled."""
        target = ask_export_path(self.parent_widget, f"Export {kind.title()}", kind)
        return self.export_in_background(kind, *target) if target is not None else None

    def export(self, kind: str, path: str | Path, fmt: str | None = None) -> int:
        """Write now, on this thread (scripts and tests); returns the rows written. Errors are raised."""
        ids = self.selected()
        count = write_entity_export(_with_mentions(self.session, kind, ids), kind, ids, path, _format(path, fmt))
        self.sig_exported.emit(str(path), count)
        return count

    def export_in_background(self, kind: str, path: str | Path, fmt: str | None = None) -> Task:
        """Write off the GUI thread; the outcome arrives as ``sig_exported`` or ``sig_export_failed``.

        The tables and the selection are taken as they are now: an edit meanwhile
        installs new tables and leaves these alone.
        """
        session, ids, fmt = self.session, self.selected(), _format(path, fmt)
        tables, mentions = session.tables, session.mentions  # as they are now (the mentions read in the job)
        return self.jobs.start(lambda report, should_cancel: write_entity_export(
                                   _with_mentions(session, kind, ids, tables, mentions), kind, ids, path, fmt,
                                   report, should_cancel),
                               f"Exporting {len(ids):,} {kind if kind == 'entities' else 'entities’ mentions'} to {path}",
                               owner=self, on_finished=lambda count: self.sig_exported.emit(str(path), count),
                               on_failed=lambda message: self._failed(str(path), message))

    def wait(self) -> None:
        """Block until every export still writing has finished."""
        for task in self.jobs.running(owner=self):
            self.jobs.wait(task)

    def _failed(self, path: str, message: str) -> None:
        self.sig_export_failed.emit(path, message)
        QMessageBox.warning(self.parent_widget, "Export failed", f"Could not write {path}:\n{message}")


def write_entity_export(tables: Tables, kind: str, entity_ids, path: str | Path, fmt: str = "csv",
                        report: Report | None = None, should_cancel: ShouldCancel | None = None) -> int:
    """The entities (``kind="entities"``) or their mentions (``"mentions"``) as ``fmt``, a chunk at a time
    (``write_selection``: progress after each, a cancel between them); returns the rows written."""
    if kind not in EXPORT_KINDS:
        raise ValueError(f"unknown export {kind!r}; one of {', '.join(EXPORT_KINDS)}")
    return write_selection(kind, tables, entity_ids, path, fmt, report, should_cancel)


def _with_mentions(session, kind: str, entity_ids, tables=None, mentions=None) -> Tables:
    """The session's tables (or ``tables``), with the selected entities' mentions for an export of them (the
    window holds no mentions table: they are read for the export, off the GUI thread when it runs as a job)."""
    tables = dict(session.tables if tables is None else tables)
    if kind == "mentions":
        tables["mentions"] = (session.mentions if mentions is None else mentions).of_entities(entity_ids)
    return tables


def _format(path: str | Path, fmt: str | None) -> str:
    """``fmt``, else the format ``path``'s extension names, else CSV."""
    return fmt or getattr(format_for_path(path), "name", "csv")
