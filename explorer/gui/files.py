"""Where the GUI suggests saving the files the user exports, and the save dialog for selections.

The dialog's filters come from the export registry (``core.export``): every
format that writes any table, CSV first. The format written is the one whose
extension the user typed, else the filter they chose (its extension added).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from explorer.core.export import format_for_path, selection_formats


def default_export_path(name: str = "events.csv") -> Path:
    """``name`` in the user's Documents folder, or their home folder if there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / name


def selection_filters() -> str:
    """The save dialog's filters for a selection: ``"CSV files (*.csv);;JSON files (*.json);;…"``."""
    return ";;".join(f.file_filter for f in selection_formats())


def ask_export_path(parent: QWidget, title: str, stem: str) -> tuple[Path, str] | None:
    """Ask where to save a selection named ``stem`` ("events"); returns (path, format name), or None if cancelled."""
    suggested = default_export_path(f"{stem}{selection_formats()[0].extension}")
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), selection_filters())
    return export_target(path, chosen) if path else None


def export_target(path: str, chosen_filter: str) -> tuple[Path, str]:
    """The file and format for what the dialog returned: the typed extension's format, else the chosen filter's."""
    formats = selection_formats()
    typed = format_for_path(path, formats)
    if typed is not None:
        return Path(path), typed.name
    picked = next((f for f in formats if f.file_filter == chosen_filter), formats[0])
    return Path(path + picked.extension), picked.name
