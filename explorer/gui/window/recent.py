"""The cases opened lately, as QSettings keeps them: File ▸ Open Recent, and what a relaunch reopens.

Two kinds of entry behave differently, so the menu says which is which: a
workspace (``.explorer``) reopens as it was saved, edits and all; a folder or an
article file is extracted again (slow, and it picks up articles added since).
Opening a folder remembers the workspace it was extracted into as well, so the
case comes back without extracting. Entries whose file is gone are dropped when
the list is read, so the menu never offers what cannot open.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from explorer.core.errors import WorkspaceError
from explorer.core.store import WORKSPACE_SUFFIX, read_meta

MAX_RECENT = 10
KEY = "recent"


def recent_paths(settings: QSettings) -> list[Path]:
    """The remembered paths that still exist, newest first (the ones that vanished are forgotten)."""
    stored = _stored(settings)
    kept = [p for p in stored if Path(p).exists()]
    if kept != stored:
        settings.setValue(KEY, kept)
    return [Path(p) for p in kept]


def remember(settings: QSettings, paths: list[Path]) -> None:
    """Put ``paths`` (a workspace, and the folder it came from) first, each once."""
    entries = [str(Path(p).resolve()) for p in paths]
    settings.setValue(KEY, list(dict.fromkeys(entries + _stored(settings)))[:MAX_RECENT])


def clear(settings: QSettings) -> None:
    settings.remove(KEY)


def last_workspace(settings: QSettings) -> Path | None:
    """The newest remembered workspace that can still be read, for a relaunch without a path."""
    return next((p for p in recent_paths(settings) if is_workspace(p) and is_readable(p)), None)


def is_workspace(path: Path) -> bool:
    return path.suffix == WORKSPACE_SUFFIX and not path.is_dir()


def is_readable(path: Path) -> bool:
    """Whether the workspace opens: readable by this user and an Explorer workspace this version reads."""
    if not os.access(path, os.R_OK):
        return False
    try:
        read_meta(path)
    except (WorkspaceError, OSError):
        return False
    return True


def menu_label(path: Path) -> str:
    """``seeds.explorer — ~/cases`` for a workspace; ``Extract again: articles/ — ~/news`` for a folder or file."""
    where = _home_relative(path.parent)
    if is_workspace(path):
        text = f"{path.name} — {where}"
    else:
        text = f"Extract again: {path.name}{'/' if path.is_dir() else ''} — {where}"
    return text.replace("&", "&&")  # a lone & would underline the next letter as a shortcut


def menu_tooltip(path: Path) -> str:
    if is_workspace(path):
        return f"Open the workspace {path} as it was saved, with your edits"
    return f"Read and extract {path} again (picks up articles added since; your edits are kept)"


def _home_relative(folder: Path) -> str:
    home = Path.home()
    if folder == home:
        return "~"
    return f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)


def _stored(settings: QSettings) -> list[str]:
    value = settings.value(KEY, [])
    return [value] if isinstance(value, str) else [str(v) for v in value or []]
