"""Where Explorer keeps files of its own for this user (the sample workspace, later settings).

The platform's usual place: ``$XDG_DATA_HOME/explorer`` (``~/.local/share/explorer``)
on Linux, ``~/Library/Application Support/Explorer`` on macOS, ``%LOCALAPPDATA%\\Explorer``
on Windows. ``EXPLORER_DATA_DIR`` overrides it (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The user's Explorer data folder, created on first use."""
    override = os.environ.get("EXPLORER_DATA_DIR")
    if override:
        folder = Path(override)
    elif sys.platform == "win32":
        folder = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "Explorer"
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Application Support" / "Explorer"
    else:
        folder = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "explorer"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def workspace_for(paths: list[Path]) -> Path:
    """Where documents opened from ``paths`` (not a workspace) are extracted to."""
    first = Path(paths[0]).resolve()
    stem = (first.name if first.is_dir() else first.stem) or "documents"
    return data_dir() / f"{stem}.explorer"


def sample_workspace() -> Path:
    """The sample workspace built from the bundled ``seeds/``."""
    return data_dir() / "sample.explorer"
