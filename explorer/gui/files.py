"""Where the GUI suggests saving files the user exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def default_export_path(name: str = "events.csv") -> Path:
    """``name`` in the user's Documents folder, or their home folder if there is none."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return folder / name
